"""The budget import dialog: preview, guessed mapping, problems listed in
the dialog with nothing applied, a valid import as one undo step."""

from __future__ import annotations

import pytest

from app.services.plan.storage.plan_file import PlanFile
from tests.budget_exchange_support import small_plan, stored_budget, write_xlsx


@pytest.fixture
def dialog(window, qtbot, tmp_path):
    from app.views.budget.import_dialog import BudgetImportDialog

    assert window.open_plan(str(small_plan(tmp_path / "plan.stratdeck")))
    box = BudgetImportDialog(window.document, window)
    qtbot.addWidget(box)
    return box


def _budget(window):
    return stored_budget(window.document.plan)


def test_a_valid_file_is_imported_as_one_undo_step(window, dialog, tmp_path):
    before = _budget(window)
    path = write_xlsx(tmp_path / "in.xlsx", [
        ["渠道", "子渠道", "2027年1月 计划", "2027-01 actual"],
        ["search", "Baidu", 700, 650],
        ["E-commerce", "JD", "1,200", None],
    ])  # fmt: skip
    stack = window.document.undo_stack
    count = stack.count()
    assert dialog.load_file(path)
    assert dialog.preview_model.rowCount() == 2 and dialog.preview_model.headerData(0, 1) == "A: 渠道"
    assert dialog.combos["channel"].currentData() == 0 and dialog.combos["2027-01 actual"].currentData() == 3
    assert dialog.combos["owner"].currentData() is None
    assert dialog.run_import(path)
    after = _budget(window)
    assert after == ([("Search", "Baidu", None, "", ""), ("E-commerce", "JD", None, "", "")],
                     [(0, "2027-01", 700.0, 650.0), (1, "2027-01", 1200.0, None)])  # fmt: skip
    assert stack.count() == count + 1
    window.undo_action.trigger()
    assert _budget(window) == before
    window.redo_action.trigger()
    assert _budget(window) == after
    window.close_plan()
    with PlanFile.open(tmp_path / "plan.stratdeck", read_only=True) as plan:
        assert stored_budget(plan) == after


def test_problems_are_listed_in_the_dialog_and_nothing_is_applied(window, dialog, tmp_path):
    before = _budget(window)
    path = write_xlsx(tmp_path / "bad.xlsx", [["Channel", "2027-01 planned"], ["Radio", "-5"], ["Search", "lots"]])
    count = window.document.undo_stack.count()
    assert not dialog.run_import(path)
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert items == [
        "Sheet 'Budget', row 2, column A (Channel): 'Radio' is not a channel of this plan (add it in Budget › "
        "Summary › Channels first).",
        "Sheet 'Budget', row 2, column B (2027-01 planned): '-5' is negative; amounts are 0 or more.",
        "Sheet 'Budget', row 3, column B (2027-01 planned): 'lots' is not a number.",
    ]
    assert dialog.problems.isVisibleTo(dialog) and dialog.summary.text() == "3 problems; nothing was imported."
    assert _budget(window) == before and window.document.undo_stack.count() == count


def test_the_user_maps_columns_the_header_does_not_name(window, dialog, tmp_path):
    path = write_xlsx(tmp_path / "own.xlsx", [["Media", "Who", "Jan spend"], ["search", "Li", 90]])
    assert not dialog.run_import(path)
    assert "no Channel column" in dialog.problems.item(0).text()
    assert dialog.run_import(path, {"channel": 0, "owner": 1, "2027-01 planned": 2})
    assert _budget(window) == ([("Search", "", None, "Li", "")], [(0, "2027-01", 90.0, None)])


def test_an_unreadable_file_is_reported_in_the_dialog(window, dialog, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"hello")
    assert not dialog.load_file(path)
    assert dialog.problems.item(0).text() == "fake.xlsx is not an XLSX workbook (it is not a zip archive)."
    assert not dialog.import_button.isEnabled()


def test_budget_import_problems_speak_chinese(qapp):
    from app.services.budget.messages import MESSAGES
    from app.views.common import translations
    from app.views.common.message_text import message_text

    place = MESSAGES("place_cell_titled", sheet="Budget", row=7, column="H", title="2027-03 planned")
    problem = MESSAGES("problem_at", place=place, problem=MESSAGES("import_not_number", value="12,5x"))
    assert str(problem) == "Sheet 'Budget', row 7, column H (2027-03 planned): '12,5x' is not a number."
    assert translations.install_language("zh")
    try:
        assert message_text(problem) == "工作表“Budget”第 7 行 H 列 (2027-03 planned)：“12,5x”不是数字。"
    finally:
        translations.install_language("en")
