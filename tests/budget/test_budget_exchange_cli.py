"""``stratdeck export --format xlsx`` and ``stratdeck import-budget PLAN
FILE``: all or nothing, exit code 4 and one readable line for bad data."""

from __future__ import annotations

from openpyxl import load_workbook

from app.services.plan.storage.plan_file import PlanFile
from tests.budget_exchange_support import small_plan, stored_budget, write_xlsx
from tests.cli_support import assert_one_error_line, run


def _budget(path):
    with PlanFile.open(path, read_only=True) as plan:
        return stored_budget(plan)


def test_export_then_import_budget_round_trip(capsys, tmp_path):
    plan = small_plan(tmp_path / "plan.stratdeck")
    before = _budget(plan)
    code, out, err = run(capsys, "export", plan, "--format", "xlsx", "-o", tmp_path / "out.xlsx")
    assert code == 0 and err == "" and "out.xlsx" in out
    assert load_workbook(tmp_path / "out.xlsx", read_only=True).sheetnames[0] == "Budget"
    code, out, err = run(capsys, "import-budget", plan, tmp_path / "out.xlsx")
    assert (code, err) == (0, "")
    assert out.strip() == "Imported 2 budget lines (4 line-months with amounts) from out.xlsx into plan.stratdeck"
    assert _budget(plan) == before


def test_csv_export_of_the_budget_part(capsys, tmp_path):
    plan = small_plan(tmp_path / "plan.stratdeck")
    code, out, _err = run(capsys, "export", plan, "--format", "csv", "--part", "budget", "-o", tmp_path / "b.csv")
    assert code == 0 and "(2 rows)" in out
    text = (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Channel,Sub-channel,Campaign,Owner,Note,2026-12 planned")
    assert "'=HYPERLINK" in text and ",'@ops," in text  # formula-like text is escaped


def test_bad_data_exits_4_with_one_line_and_changes_nothing(capsys, tmp_path):
    plan = small_plan(tmp_path / "plan.stratdeck")
    before = _budget(plan)
    bad = write_xlsx(tmp_path / "bad.xlsx", [["Channel", "2027-03 planned"], ["Search", "12,5x"], ["Radio", 1]])
    code, out, err = run(capsys, "import-budget", plan, bad)
    assert code == 4 and out == ""
    assert_one_error_line(err, "2 problems in bad.xlsx; first: Sheet 'Budget', row 2, column B (2027-03 planned): "
                          "'12,5x' is not a number.", "Nothing was imported.")  # fmt: skip
    assert _budget(plan) == before
    code, _out, err = run(capsys, "import-budget", plan, tmp_path / "missing.csv")
    assert code == 4
    assert_one_error_line(err, "missing.csv does not exist.")


def test_a_plan_that_is_not_a_plan_exits_3_and_usage_errors_exit_2(capsys, tmp_path):
    (tmp_path / "x.stratdeck").write_bytes(b"not sqlite")
    good = write_xlsx(tmp_path / "good.xlsx", [["Channel", "2027-03 planned"], ["Search", 1]])
    code, _out, err = run(capsys, "import-budget", tmp_path / "x.stratdeck", good)
    assert code == 3
    assert_one_error_line(err)
    code, _out, err = run(capsys, "import-budget", tmp_path / "x.stratdeck")
    assert code == 2
    assert_one_error_line(err, "the following arguments are required: file")
