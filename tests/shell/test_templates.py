"""New Plan templates: each builds a valid plan with the seeds' typical rows,
with fresh ids, and exports as a deck without warnings; the gallery creates
plans from them."""

from __future__ import annotations

import sqlite3

import pytest

from app.services.plan import templates
from app.services.plan.plan_file import PlanFile
from tests.gui_support import patch_dialogs

KEYS = list(templates.ORDER)


def _rows(path, sql):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_every_template_exists_in_both_languages():
    for language, titles in (
        ("zh", {"年度战略营销规划", "电商推广计划", "重要客户市场策略", "营销方案优化迭代"}),
        ("en", None),
    ):
        found = templates.list_templates(language)
        assert [t.key for t in found] == KEYS
        if titles:
            assert {t.title for t in found} == titles
        assert all(t.description for t in found)


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_a_plan_from_each_template_exports_a_deck_without_warnings(tmp_path, key, language):
    from app.services.deck import build_deck

    path = templates.create_from_template(key, language, tmp_path / f"{key}.stratdeck")
    assert _rows(path, 'SELECT language FROM "plan"') == [(language,)]
    assert [r[0] for r in _rows(path, "SELECT target_share_pct FROM channel ORDER BY position")] == [40, 30, 15, 15]
    assert [r[0] for r in _rows(path, "SELECT customer_share_pct FROM value_tier ORDER BY position")] == [2, 18, 30, 50]
    assert [r[0] for r in _rows(path, "SELECT level FROM severity_level ORDER BY position")] == [1, 2, 3]
    assert len(_rows(path, "SELECT id FROM kpi")) >= 3 and len(_rows(path, "SELECT id FROM objective")) == 3
    with PlanFile.open(path) as plan:
        result = build_deck(plan, tmp_path / f"{key}.pdf")
    assert result.pages > 0 and list(result.warnings) == []


def test_each_new_plan_gets_fresh_ids(tmp_path):
    first = templates.create_from_template(KEYS[0], "zh", tmp_path / "a.stratdeck")
    second = templates.create_from_template(KEYS[0], "zh", tmp_path / "b.stratdeck")
    ids = "SELECT id FROM plan UNION ALL SELECT id FROM channel UNION ALL SELECT id FROM kpi"
    assert not {r[0] for r in _rows(first, ids)} & {r[0] for r in _rows(second, ids)}


def test_new_plan_gallery_creates_a_plan_from_a_template(qtbot, monkeypatch, tmp_path):
    from app.views.common import settings
    from app.views.shell.main_window import MainWindow

    settings.app_settings().setValue("ui/language", "en")
    window = MainWindow()
    log = patch_dialogs(monkeypatch)
    qtbot.addWidget(window)
    window.show()
    window.new_plan()
    dialog = window.new_plan_dialog
    assert dialog.gallery.count() == 5 and dialog.gallery.item(0).text() == "Blank plan"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh"))
    assert dialog.gallery.item(2).text() == "电商推广计划"
    dialog.choose("ecommerce-promotion")
    log.save_path = str(tmp_path / "双11.stratdeck")
    dialog._accept()
    assert window.document is not None
    assert window.editors["overview"].title_edit.text() == "电商推广计划"
    window.new_plan()
    log.save_path = str(tmp_path / "blank.stratdeck")
    window.new_plan_dialog._accept()  # blank is preselected
    assert window.editors["overview"].title_edit.text() == "blank"
    window.close()
