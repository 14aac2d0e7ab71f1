"""Two interface languages: every visible string is wrapped for translation,
the Chinese translation is complete, switching language on a running window
keeps the plan, and numbers, money and dates follow the locale."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "app" / "views"
TS = ROOT / "resources" / "translations" / "stratdeck_zh_CN.ts"

# Calls whose string arguments a user sees.
VISIBLE_CALLS = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "showMessage",
    "addMenu",
    "addAction",
    "setInformativeText",
    "setDetailedText",
    "setSpecialValueText",
    "addItem",
    "addItems",
    "setTitle",
    "addRow",
    "addTab",
    "setTabText",
    "setHeaderLabels",
    "setSuffix",
    "setPrefix",
    "insertItem",
    "setLabelText",
    "setItemText",
    "show_error",
    "show_info",
    "choose_save_path",
    "QLabel",
    "QPushButton",
    "QAction",
    "QCheckBox",
    "QGroupBox",
    "QRadioButton",
    "QMessageBox",
    "QToolButton",
    "QDockWidget",
    "QMenu",
    "QCommandLinkButton",
    "getSaveFileName",
    "getOpenFileName",
    "getColor",
}
# Text that is deliberately not translated: the product name, a dash, and the
# language names in the language lists (each language is offered in its own name).
ALLOWED = {"Stratdeck", "中文 (简体)", "English"}


def _literal_text(node) -> str | None:
    """The literal text of a string constant, f-string or "…" % x, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return _literal_text(node.left) or _literal_text(node.right)
    return None


def _needs_translation(text: str) -> bool:
    for allowed in ALLOWED:
        text = text.replace(allowed, "")
    return any(c.isalpha() for c in text)


def unwrapped_strings(source: str, filename: str = "<code>") -> list[str]:
    """'file:line: text' for each visible literal not passed through tr()/translate()."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in VISIBLE_CALLS:
            continue
        args = node.args[:1] if name == "addItem" else node.args  # addItem(text, data): data is not shown
        for arg in [*args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]:
            text = _literal_text(arg)
            if text is not None and _needs_translation(text):
                found.append(f"{filename}:{node.lineno}: {text!r}")
    return found


def test_the_scanner_finds_unwrapped_text():
    code = (
        'QLabel("Budget", self)\nself.setWindowTitle(f"{n} plans")\nbox.setText("Total %s" % x)\n'
        'QLabel(self.tr("Budget"))\nQLabel("–")\nself.setWindowTitle("Stratdeck")\n'
    )
    assert [line.split(": ", 1)[1] for line in unwrapped_strings(code)] == ["'Budget'", "' plans'", "'Total %s'"]


def test_every_visible_string_in_the_views_is_wrapped_for_translation():
    problems = []
    for path in sorted(VIEWS.rglob("*.py")):
        problems += unwrapped_strings(path.read_text(encoding="utf-8"), path.name)
    assert problems == [], "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(problems)


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.find("name").text, message


def test_the_chinese_translation_is_complete():
    problems = []
    for context, message in _messages(TS):
        source = message.find("source").text
        translation = message.find("translation")
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(t and t.strip() for t in texts):
            problems.append(f"{context}: {source!r}")
        for placeholder in ("%s", "%n", "{name}", "{value}", "{days}", "{index}", "{label}", "{done}", "{total}"):
            if placeholder in source and not all(placeholder in t for t in texts):
                problems.append(f"{context}: {source!r} loses {placeholder}")
    assert problems == [], "translate these in resources/translations/stratdeck_zh_CN.ts:\n" + "\n".join(problems)


def test_the_translation_source_is_current_with_the_code(tmp_path):
    """lupdate on a copy adds nothing: every tr() string of app/views is in the .ts."""
    from build.update_translations import tool

    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    files = sorted(str(p) for p in VIEWS.rglob("*.py"))
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", *files, "-ts", str(copy)], check=True)
    fresh = {(c, m.find("source").text) for c, m in _messages(copy)}
    known = {(c, m.find("source").text) for c, m in _messages(TS)}
    assert fresh - known == set(), "run python build/update_translations.py and translate the new strings"
    unfinished = [m.find("source").text for _c, m in _messages(copy) if m.find("translation").get("type")]
    assert unfinished == []


# -- Chinese installed -------------------------------------------------------------
@pytest.fixture
def chinese(qapp):
    """The Chinese interface for one test; English again afterwards."""
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def test_findings_are_translated_by_rule(chinese):
    from app.models.overview.rules import check_overview
    from app.views.common.service_text import finding_text

    plan = {"id": "p", "title": "", "owner": "", "period_start": "2026-01-01", "period_end": "2030-01-01"}
    findings = check_overview(plan, [{"id": "o", "text": ""}])
    rules = {f.rule for f in findings}
    assert {"overview.no_title", "overview.long_period", "overview.empty_objective"} <= rules
    texts = {f.rule: finding_text(f) for f in findings}
    assert texts["overview.long_period"] == "计划周期超过三年（1462 天）。"
    assert texts["overview.empty_objective"] == "第 1 个目标为空。"
    assert all(not any("a" <= c <= "z" for c in text) for text in texts.values()), texts


def test_refused_edits_from_the_services_are_translated(chinese, new_plan, tmp_path):
    from app.services.overview import service as svc
    from app.services.plan import images
    from app.services.plan.errors import EditRefused
    from app.views.common.message_text import message_text

    attempts = [
        lambda: svc.set_period(new_plan, "2027-01-01", "2020-01-01"),
        lambda: svc.set_field(new_plan, "period_start", "soon"),
        lambda: svc.set_field(new_plan, "title", "x" * 100_000),
        lambda: svc.set_field(new_plan, "currency", "yuan"),
        lambda: svc.set_field(new_plan, "language", "fr"),
        lambda: svc.set_field(new_plan, "brand_color", "red"),
        lambda: images.load_image(str(tmp_path / "missing.png"), "logo"),
    ]
    (tmp_path / "logo.png").write_bytes(b"not an image")
    attempts.append(lambda: images.load_image(str(tmp_path / "logo.png"), "logo"))
    for attempt in attempts:
        with pytest.raises(EditRefused) as refused:
            attempt()
        english = str(refused.value)
        chinese_text = message_text(refused.value)
        assert chinese_text != english and any("\u4e00" <= c <= "\u9fff" for c in chinese_text), english
    with pytest.raises(EditRefused) as refused:
        svc.set_period(new_plan, "2027-01-01", "2020-01-01")
    assert message_text(refused.value) == "计划周期的结束日期 2020-01-01 早于开始日期 2027-01-01。"
    with pytest.raises(EditRefused) as refused:
        svc.set_field(new_plan, "title", "x" * 100_000)
    assert message_text(refused.value) == "标题过长（100000 个字符，最多 300 个）。"  # the label is translated too
    assert message_text(RuntimeError("Something new.")) == "Something new."  # plain text stays as it is


# -- switching on a running window ---------------------------------------------------
@pytest.fixture
def window(window):
    """The shared main window (tests/conftest.py); English again afterwards."""
    from app.views.common import translations

    yield window
    translations.install_language("en")


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_keeps_the_plan_and_its_undo_history(window, qtbot):
    from app.views.common import settings

    assert window.open_demo()
    editor = window.editors["overview"]
    editor.edit("title", "Singles' Day 2026")
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert _menu_titles(window)[0] == "&File"
    window.navigator.setCurrentRow(1)

    window.show_preferences()
    dialog = window.preferences_dialog
    assert dialog.windowTitle() == "Preferences"
    dialog.choose_language("zh")
    dialog.keep_box.setValue(4)
    dialog.apply()  # what OK does

    assert settings.interface_language() == "zh" and settings.backups_to_keep() == 4
    assert _menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.navigator.item(1).text() == "概览" and window.navigator.currentRow() == 1
    editor = window.editors["overview"]
    assert editor.title_edit.text() == "Singles' Day 2026"  # the plan stayed open
    assert editor.objectives.add_button.text() == "添加目标"
    assert window.problems.windowTitle().startswith("问题")
    assert window.document.undo_stack is stack and stack.count() == 1
    window.undo_action.trigger()
    assert window.editors["overview"].title_edit.text() != "Singles' Day 2026"
    assert stack.index() == 0

    window.choose_backup()  # a dialog opened after the switch speaks Chinese
    assert window.backup_dialog.windowTitle() == "从备份恢复"
    window.backup_dialog.reject()
    window.show_preferences()
    assert window.preferences_dialog.windowTitle() == "偏好设置"
    window.preferences_dialog.choose_language("en")
    window.preferences_dialog.apply()
    assert _menu_titles(window)[0] == "&File"
    assert window.editors["overview"].objectives.add_button.text() == "Add objective"


def test_start_page_switches_language_without_a_plan(window):
    window.apply_language("zh")
    assert window.start_page.new_button.text() == "新建营销计划…"
    assert window.findChild(type(window.start_page), "start-page") is window.start_page
    window.apply_language("en")
    assert window.start_page.new_button.text() == "New plan…"


def test_interface_follows_the_system_locale_unless_chosen(monkeypatch):
    from PySide6.QtCore import QLocale

    from app.views.common import settings

    settings.set_interface_language("")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert settings.interface_language() == "zh"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert settings.interface_language() == "en"
    settings.set_interface_language("zh")
    assert settings.interface_language() == "zh" and settings.chosen_language() == "zh"


# -- locale formatting --------------------------------------------------------------------
def test_money_numbers_and_dates_follow_the_locale(qapp):
    from app.views.common.locale_format import format_date, format_datetime, format_money, format_number

    assert format_money(1234.5, "CNY", "zh") == "¥1,234.50"
    assert format_money(1234.5, "USD", "en") == "$1,234.50"
    assert format_money(-99, "EUR", "en") == "-€99.00"
    assert format_money(1500000, "JPY", "zh") == "¥1,500,000"
    assert format_number(1234567, language="en") == "1,234,567"
    assert format_number(0.125, 2, "zh") == "0.13" or format_number(0.125, 2, "zh") == "0.12"
    assert format_date("2026-11-11", "zh") == "2026年11月11日"
    assert format_date(dt.date(2026, 11, 11), "en") == "11 Nov 2026"
    assert format_datetime(dt.datetime(2026, 11, 23, 11, 48, 6), "zh") == "2026年11月23日 11:48:06"


def test_backups_list_and_date_fields_use_the_interface_language(window, chinese, tmp_path):
    from app.services.plan import samples
    from app.views.shell.backups_dialog import describe_backup

    # opening a plan keeps a backup (a demo just copied from the sample does not need one)
    assert window.open_plan(str(samples.create_demo_plan("zh", tmp_path)))
    from app.services.plan.storage import backups

    backup = backups.list_backups(window.document.plan.path)[0]
    text = describe_backup(backup)
    assert "年" in text and "月" in text and text.endswith("KB")
    window.retranslate()
    editor = window.editors["overview"]
    assert editor.start_edit.displayFormat() == "yyyy年M月d日"
    assert "年" in editor.start_edit.text()


def test_plan_file_errors_are_translated(chinese, tmp_path):
    """Opening, locking and write failures reach the user in Chinese too."""
    import sqlite3

    from app.services.plan.errors import PlanFileError, PlanLockedError, PlanWriteError
    from app.services.plan.storage.plan_file import PlanFile, write_error
    from app.views.common.message_text import message_text

    def is_chinese(text: str) -> bool:
        return any("\u4e00" <= c <= "\u9fff" for c in text)

    cases = {
        "empty.stratdeck": b"",
        "random.stratdeck": b"\x00garbage" * 64,
    }
    foreign = tmp_path / "foreign.stratdeck"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    messages = []
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    for path in [tmp_path / name for name in cases] + [foreign, tmp_path]:
        with pytest.raises(PlanFileError) as refused:
            PlanFile.open(path, keep_backups=0)
        messages.append(refused.value)
    plan = PlanFile.create(tmp_path / "held.stratdeck", title="held")
    try:
        with pytest.raises(PlanLockedError) as locked:
            PlanFile.open(tmp_path / "held.stratdeck", keep_backups=0)
        messages.append(locked.value)
    finally:
        plan.close()
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"
    messages.append(write_error(full, "plan.stratdeck"))
    assert isinstance(write_error(full, "plan.stratdeck"), PlanWriteError)
    for error in messages:
        translated = message_text(error)
        assert translated != str(error) and is_chinese(translated), str(error)
    assert "另存为" in message_text(messages[-1]) and "磁盘已满" in message_text(messages[-1])
