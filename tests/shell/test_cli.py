"""The ``stratdeck`` command line: exit codes 0 / 2 / 3 / 4, one-line errors
starting "stratdeck: ", never a traceback."""

from __future__ import annotations

import json

import pytest
from cli_support import assert_one_error_line, run
from file_checks import names_in, raw_sqlite, sha256
from full_plan import every_table_rows
from plan_builders import write_rows

from app.main import main
from app.services.overview import service as overview_service
from app.services.plan.storage.plan_file import PlanFile


# -- new and check -----------------------------------------------------------------
def test_new_creates_a_plan_with_title_and_language(capsys, plan_path):
    code, out, err = run(capsys, "new", plan_path, "--title", "Spring tea", "--language", "en")
    assert (code, err) == (0, "")
    assert out == f"Created {plan_path}\n"
    assert names_in(plan_path.parent) == {plan_path.name}
    with PlanFile.open(plan_path, read_only=True) as plan:
        row = overview_service.get_overview(plan)
    assert (row["title"], row["language"]) == ("Spring tea", "en")


def test_new_adds_the_suffix_and_titles_from_the_name(capsys, tmp_path):
    code, _, _ = run(capsys, "new", tmp_path / "Q3 push")
    assert code == 0
    with PlanFile.open(tmp_path / "Q3 push.stratdeck", read_only=True) as plan:
        assert overview_service.get_overview(plan)["title"] == "Q3 push"


def test_new_refuses_an_existing_file(capsys, plan_path):
    plan_path.write_text("keep me", encoding="utf-8")
    code, out, err = run(capsys, "new", plan_path)
    assert (code, out) == (2, "")
    assert_one_error_line(err, "already exists")
    assert plan_path.read_text(encoding="utf-8") == "keep me"


def test_check_prints_summary_counts_and_findings(capsys, new_plan, plan_path):
    overview_service.set_period(new_plan, "2027-01-01", "2030-06-30")
    for text in ("GMV 1.2 亿", "10k members"):
        overview_service.add_objective(new_plan, text)
    write_rows(
        new_plan,
        {
            "swot_item": [
                {"id": f"00000000-0000-4000-8000-00000000000{n}", "position": n, "quadrant": "S"} for n in range(3)
            ]
        },
    )
    code, out, err = run(capsys, "check", plan_path)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:3] == ["Plan: Launch plan", "Period: 2027-01-01 – 2030-06-30", "Plan format: 3"]
    assert "Overview: 2 objectives" in lines
    assert "SWOT & TOWS: 3 SWOT items, 0 TOWS strategies" in lines
    assert "Campaign calendar: 0 campaigns, 0 phases, 0 milestones, 0 key dates" in lines
    assert "warning: [overview] The plan period is longer than three years (1277 days)." in lines
    assert "info: [overview] The plan has no owner." in lines
    findings = [line for line in lines if line.startswith(("warning: ", "info: "))]
    assert f"Findings: {len(findings)}" in lines
    assert "warning: [overview] The plan has no objectives." not in lines


def test_check_of_an_empty_plan_reports_no_objectives(capsys, new_plan, plan_path):
    code, out, _ = run(capsys, "check", plan_path)
    assert code == 0
    assert "Overview: 0 objectives" in out.splitlines()
    assert "warning: [overview] The plan has no objectives." in out.splitlines()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"\x00garbage" * 100, "is not a Stratdeck plan"), (b"", "is empty"), (None, "does not exist")],
    ids=["garbage", "empty", "missing"],
)
def test_check_of_a_bad_file_exits_3(capsys, plan_path, content, fragment):
    if content is not None:
        plan_path.write_bytes(content)
    code, out, err = run(capsys, "check", plan_path)
    assert (code, out) == (3, "")
    assert_one_error_line(err, plan_path.name, fragment)


def test_check_of_a_newer_plan_exits_3_and_leaves_it(capsys, new_plan, plan_path):
    new_plan.close()
    with raw_sqlite(plan_path) as conn:
        conn.execute("PRAGMA user_version = 5")
    digest = sha256(plan_path)
    code, _, err = run(capsys, "check", plan_path)
    assert code == 3
    assert_one_error_line(err, "made by a newer Stratdeck")
    assert sha256(plan_path) == digest


# -- export and import ---------------------------------------------------------------
def test_export_then_import_round_trip(capsys, new_plan, plan_path, tmp_path):
    write_rows(new_plan, every_table_rows())
    exported = tmp_path / "plan.json"
    code, out, err = run(capsys, "export", plan_path, "--format", "json", "-o", exported)
    assert (code, out, err) == (0, f"Exported {exported}\n", "")

    copy = tmp_path / "copy.stratdeck"
    code, out, err = run(capsys, "import", exported, "-o", copy)
    assert (code, out, err) == (0, f"Imported {exported} into {copy}\n", "")

    again = tmp_path / "again.json"
    assert run(capsys, "export", copy, "--format", "json", "-o", again)[0] == 0
    assert again.read_bytes() == exported.read_bytes()
    assert json.loads(again.read_text(encoding="utf-8"))["plan"]["title"] == "Spring tea launch"


def test_export_works_while_the_plan_is_open_elsewhere(capsys, new_plan, plan_path, tmp_path):
    overview_service.set_field(new_plan, "owner", "Lin Wei")
    code, _, _ = run(capsys, "export", plan_path, "--format", "json", "-o", tmp_path / "out.json")
    assert code == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["plan"]["owner"] == "Lin Wei"


def test_export_of_a_value_json_cannot_hold_exits_3(capsys, new_plan, plan_path, tmp_path):
    """A hand-made file may store infinity in an unbounded number column."""
    write_rows(new_plan, {"kpi": [{"id": "00000000-0000-4000-8000-000000000001", "name": "GMV"}]})
    new_plan.close()
    with raw_sqlite(plan_path) as conn:
        conn.execute("UPDATE kpi SET baseline = 9e999")
    code, out, err = run(capsys, "export", plan_path, "--format", "json", "-o", tmp_path / "out.json")
    assert (code, out) == (3, "")
    assert_one_error_line(err, "cannot be exported: row 1 of kpi holds a baseline that is not a number")
    assert not (tmp_path / "out.json").exists()


def test_import_refuses_to_overwrite_without_force(capsys, new_plan, plan_path, tmp_path):
    exported = tmp_path / "plan.json"
    overview_service.set_field(new_plan, "title", "From JSON")
    assert run(capsys, "export", plan_path, "--format", "json", "-o", exported)[0] == 0
    new_plan.close()
    target = tmp_path / "existing.stratdeck"
    PlanFile.create(target, title="Existing").close()
    digest = sha256(target)

    code, out, err = run(capsys, "import", exported, "-o", target)
    assert (code, out) == (2, "")
    assert_one_error_line(err, "existing.stratdeck already exists", "--force")
    assert sha256(target) == digest

    code, _, _ = run(capsys, "import", exported, "-o", target, "--force")
    assert code == 0
    with PlanFile.open(target, read_only=True) as plan:
        assert overview_service.get_overview(plan)["title"] == "From JSON"


def test_import_of_bad_data_exits_4_and_creates_nothing(capsys, tmp_path):
    source = tmp_path / "plan.json"
    source.write_text(
        json.dumps(
            {
                "format": "stratdeck-plan",
                "format_version": 1,
                "plan": {"id": "11111111-1111-4111-8111-111111111111"},
                "swot_item": [{"id": "22222222-2222-4222-8222-222222222222", "quadrant": "S", "weight": "high"}],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", source, "-o", tmp_path / "new.stratdeck")
    assert (code, out) == (4, "")
    assert err == "stratdeck: $.swot_item[0].weight: must be a whole number, not str\n"
    assert names_in(tmp_path) == {"plan.json"}


def test_import_error_quoting_a_value_stays_on_one_line(capsys, tmp_path):
    """A bad value holding a line break or terminal escape is shown escaped."""
    source = tmp_path / "plan.json"
    source.write_text(
        json.dumps(
            {
                "format": "stratdeck-plan",
                "format_version": 1,
                "plan": {
                    "id": "11111111-1111-4111-8111-111111111111",
                    "period_start": "2027-01-01\n\x1b[2Jstratdeck: ok",
                },
            }
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", source, "-o", tmp_path / "new.stratdeck")
    assert code == 4
    assert_one_error_line(err, "$.plan.period_start: ", "is not a date")
    assert "\x1b" not in err


def test_import_of_a_missing_file_exits_4(capsys, tmp_path):
    code, _, err = run(capsys, "import", tmp_path / "nope.json", "-o", tmp_path / "new.stratdeck")
    assert code == 4
    assert_one_error_line(err, "nope.json does not exist")


# -- usage errors ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["export", "{plan}", "--format", "docx", "-o", "{out}"], "Unknown export format 'docx'"),
        (["export", "{plan}", "--format", "json", "--part", "swot", "-o", "{out}"], "--part is not used"),
        (["export", "{plan}", "-o", "{out}"], "the following arguments are required: --format"),
        (["new", "{plan}", "--language", "fr"], "invalid choice: 'fr'"),
        (["import"], "the following arguments are required"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
    ids=["unknown-format", "part-with-json", "missing-format", "bad-language", "import-without-source", "bad-option"],
)
def test_usage_errors_exit_2(capsys, new_plan, plan_path, tmp_path, argv, fragment):
    argv = [a.format(plan=plan_path, out=tmp_path / "out.json") for a in argv]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert_one_error_line(err, fragment)
    assert not (tmp_path / "out.json").exists()


def test_import_force_refuses_to_replace_a_plan_that_is_open(tmp_path, capsys):
    from app.services.plan.storage.plan_file import PlanFile

    target = tmp_path / "open.stratdeck"
    source = tmp_path / "plan.json"
    PlanFile.create(target, title="Open elsewhere").close()
    assert main(["export", str(target), "--format", "json", "-o", str(source)]) == 0
    before = target.read_bytes()
    with PlanFile.open(target, keep_backups=0):
        assert main(["import", str(source), "-o", str(target), "--force"]) == 3
    assert "already open by" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert main(["import", str(source), "-o", str(target), "--force"]) == 0
    assert not (tmp_path / f".~lock.{target.name}#").exists()


@pytest.mark.parametrize(
    "fmt_args",
    [("--format", "csv", "--part", "risks"), ("--format", "json"), ("--format", "ics"), ("--format", "pdf")],
)
def test_export_never_overwrites_the_plan_it_reads(capsys, new_plan, plan_path, fmt_args):
    new_plan.close()
    before = sha256(plan_path)
    code, out, err = run(capsys, "export", plan_path, *fmt_args, "-o", plan_path)
    assert (code, out) == (2, "")
    assert_one_error_line(err, "is the plan itself")
    assert sha256(plan_path) == before
    with PlanFile.open(plan_path, read_only=True):
        pass  # still a plan


def test_new_from_a_template_in_english_holds_no_prompt_text(capsys, tmp_path):
    from app.services.plan.prompt_findings import prompt_findings

    target = tmp_path / "Singles Day 2026"
    code, out, err = run(capsys, "new", target, "--template", "ecommerce-promotion", "--language", "en")
    assert (code, err) == (0, "")
    assert "ecommerce-promotion" in out
    with PlanFile.open(tmp_path / "Singles Day 2026.stratdeck", read_only=True) as plan:
        row = overview_service.get_overview(plan)
        assert (row["title"], row["language"]) == ("Singles Day 2026", "en")  # the file's name, not the template's
        assert prompt_findings(plan) == []
        assert plan.conn.execute("SELECT count(*) FROM channel").fetchone()[0] == 4


def test_new_lists_the_template_names_and_refuses_an_unknown_one(capsys, tmp_path):
    from app.services.plan.templates import ORDER

    with pytest.raises(SystemExit):
        main(["new", "--help"])
    help_text = capsys.readouterr().out.replace("\n", " ").replace("- ", "-")
    assert all(name in help_text for name in ORDER)
    code, out, err = run(capsys, "new", tmp_path / "x", "--template", "nope")
    assert code == 2 and out == ""
    assert_one_error_line(err, "nope")
    run(capsys, "new", tmp_path / "y", "--template", ORDER[0])
    code, _out, err = run(capsys, "new", tmp_path / "y", "--template", ORDER[0])
    assert code == 2
    assert_one_error_line(err, "already exists")


def test_check_names_a_missing_forecast_input_as_a_planner_would(capsys, tmp_path):
    """"CAC not set", never the field name "cac not set"."""
    from app.services.forecast import service as forecast
    from app.services.plan import samples

    path = samples.create_demo_plan("en")
    with PlanFile.open(path) as plan:
        channel = plan.conn.execute("SELECT id FROM channel ORDER BY position").fetchone()[0]
        forecast.set_input(plan, channel, "cac", None)
    code, out, _err = run(capsys, "check", path)
    assert code == 0
    assert "CAC not set, so some figures are blank" in out and "cac not set" not in out


def test_xlsx_of_a_chinese_plan_has_chinese_headers_and_imports_back(capsys, tmp_path):
    from openpyxl import load_workbook

    from app.services.plan import samples

    path = samples.create_demo_plan("zh")
    book = tmp_path / "预算.xlsx"
    code, _out, err = run(capsys, "export", path, "--format", "xlsx", "-o", book)
    assert (code, err) == (0, "")
    sheets = load_workbook(book, read_only=True)
    assert "预算" in sheets.sheetnames
    header = next(sheets["预算"].iter_rows(max_row=1, values_only=True))
    assert header[:5] == ("渠道", "子渠道", "营销活动", "负责人", "备注") and "2027-01 计划" in header
    code, out, err = run(capsys, "import-budget", path, book)
    assert code == 0, err


def test_csv_of_an_english_plan_keeps_english_headers(capsys, tmp_path):
    from app.services.plan import samples

    path = samples.create_demo_plan("en")
    target = tmp_path / "risks.csv"
    code, _out, _err = run(capsys, "export", path, "--format", "csv", "--part", "risks", "-o", target)
    assert code == 0
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("title,category")
