"""New Plan templates: each builds a valid plan with the seeds' typical rows,
with fresh ids, and exports as a deck without warnings; the gallery creates
plans from them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.services.plan import templates
from app.services.plan.storage.plan_file import PlanFile
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
    suggested = []
    from app.views.common import dialogs

    monkeypatch.setattr(dialogs, "choose_save_path", lambda _p, _t, s="": suggested.append(s) or log.save_path)
    dialog._accept()
    assert window.document is not None
    assert window.editors["overview"].title_edit.text() == "双11"  # the name the planner gave the file
    assert Path(suggested[0]).name.startswith("电商推广计划 20") and suggested[0].endswith(".stratdeck")
    window.new_plan()
    log.save_path = str(tmp_path / "blank.stratdeck")
    window.new_plan_dialog._accept()  # blank is preselected
    assert window.editors["overview"].title_edit.text() == "blank"
    window.close()


# -- prompts are placeholders, never data -------------------------------------------------
def _text_values(path):
    from app.services.plan import schema

    values = []
    for table in schema.tables():
        names = [c.name for c in table.columns if c.type == "str"]
        if names:
            columns = ", ".join(f'"{n}"' for n in names)
            for row in _rows(path, f'SELECT {columns} FROM "{table.name}"'):
                values += [(table.name, n, v) for n, v in zip(names, row, strict=True) if isinstance(v, str)]
    return values


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_a_plan_from_a_template_holds_no_prompt_text(tmp_path, key, language):
    from app.models.prompts import is_prompt, without_prompt
    from app.services.plan.prompt_findings import prompt_findings

    path = templates.create_from_template(key, language, tmp_path / f"{key}.stratdeck")
    left = [(t, f, v) for t, f, v in _text_values(path) if is_prompt(v) or without_prompt(v) != v.rstrip()]
    assert left == []
    assert not any(marker in v for _t, _f, v in _text_values(path) for marker in ("提示", "Prompt", "prompt"))
    with PlanFile.open(path) as plan:
        assert prompt_findings(plan) == []
    # starter content stays, without its marker; instructions became placeholders
    assert len(_rows(path, "SELECT id FROM risk WHERE title <> ''")) >= 3
    assert _rows(path, "SELECT count(*) FROM swot_item") == [(0,)]
    assert _rows(path, 'SELECT market_context FROM "plan"') == [("",)]


def test_the_template_files_themselves_hold_no_prompt_text():
    from app.models.prompts import is_prompt

    for path in sorted(templates.templates_dir().glob("*.json")):
        text = path.read_text(encoding="utf-8")
        assert "（提示" not in text and "(Prompt)" not in text and "（提示：" not in text, path.name

    assert is_prompt("（提示）我们最大的优势") and is_prompt("(Prompt) Our biggest strength")


def test_problems_flag_prompt_text_left_in_an_older_plan(new_plan):
    from app.services.plan import problems

    new_plan.conn.execute('UPDATE "plan" SET market_context = ?', ("（提示）概述市场规模与增速。",))
    new_plan.conn.execute(
        "INSERT INTO objective (id, position, text, metric, target) VALUES (?, 0, ?, '', '')",
        ("11111111-1111-4111-8111-111111111111", "全年营收增长（提示：写明幅度）"),
    )
    new_plan.conn.commit()
    found = [f for f in problems.collect_findings(new_plan) if f.rule == "plan.prompt_left"]
    assert {(f.canvas, f.table, f.field) for f in found} == {
        ("overview", "plan", "market_context"),
        ("overview", "objective", "text"),
    }
    objective = next(f for f in found if f.table == "objective")
    assert objective.item_id == "11111111-1111-4111-8111-111111111111"
    assert "Replace it with your own words" in objective.message and "全年营收增长" in objective.message


def test_emptied_fields_show_what_to_write_as_greyed_placeholders(window, monkeypatch, tmp_path):
    target = tmp_path / "from-template.stratdeck"
    templates.create_from_template("annual-strategic-plan", "en", target)
    assert window.open_plan(str(target))
    window.navigator.setCurrentRow(list(window.editors).index("risks"))
    risks = window.editors["risks"]
    description = risks.findChildren(type(window.editors["overview"].market_context))
    assert any(w.placeholderText().startswith("Why it could happen") and not w.toPlainText() for w in description)
    assert window.editors["overview"].market_context.placeholderText()
    playbooks = window.editors["playbooks"]
    product = playbooks.findChild(object, "playbook-product")
    assert product.text() == "" and "{product}" in product.placeholderText()
