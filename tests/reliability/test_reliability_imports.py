"""Imports that used to be silently wrong (issue 20): a JSON export with a
key written twice (a hand merge), an XLSX whose amounts are formulas without
saved values (as scripts write them), a CSV mixing UTF-8 and GBK lines. Each
is refused with one line naming where; nothing changes. A CSV wholly in GBK
is read as GB18030 — never mojibake."""

from __future__ import annotations

import json

import pytest
from cli_support import assert_one_error_line, run
from file_checks import names_in, sha256
from openpyxl import Workbook

from app.services.budget import exchange as budget_exchange
from app.services.budget import exchange_read
from app.services.exchange import json_exchange
from app.services.overview import service as overview_service
from app.services.plan.storage.plan_file import PlanFile
from tests.budget_exchange_support import small_plan, stored_budget


@pytest.fixture
def exported(new_plan, tmp_path):
    """The JSON export (text) of a plan with two objectives."""
    overview_service.add_objective(new_plan, "Win Double 11")
    overview_service.add_objective(new_plan, "Grow members")
    return json_exchange.dumps(json_exchange.export_plan(new_plan.conn))


def hand_merge_top_level(text: str) -> str:
    """Two "objective" arrays in one document, as merging two exports by hand leaves it."""
    document = json.loads(text)
    merged = json.dumps(document, ensure_ascii=False, indent=2)
    return merged.replace('"objective": [', '"objective": [],\n  "objective": [', 1)


@pytest.mark.parametrize(
    "edit, where",
    [
        (hand_merge_top_level, "$.objective: the key 'objective'"),
        (
            lambda text: text.replace('"text": "Grow members"', '"text": "Grow members", "text": "x"'),
            "$.objective[1].text",
        ),
        (lambda text: text.replace('"format_version"', '"format_version": 3, "format_version"'), "$.format_version"),
    ],
)
def test_a_key_written_twice_is_an_import_error_naming_its_path(exported, tmp_path, capsys, edit, where):
    source = tmp_path / "merged.json"
    source.write_text(edit(exported), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(capsys, "import", source, "-o", out / "merged.stratdeck")
    assert code == 4
    assert_one_error_line(err, where, "appears more than once")
    assert names_in(out) == set()


@pytest.fixture
def budget_plan(tmp_path):
    return small_plan(tmp_path / "budget.stratdeck")


def test_formula_amounts_without_saved_values_are_refused_naming_the_cell(budget_plan, tmp_path, capsys):
    book = Workbook()
    sheet = book.active
    sheet.title = "Budget"
    sheet.append(["Channel", "2027-01 planned", "2027-02 planned"])
    sheet.append(["Search", 100, 200])
    sheet.append(["E-commerce", 300, "=B3*2"])  # a script's formula: no value saved with it
    source = tmp_path / "scripted.xlsx"
    book.save(source)
    before = sha256(budget_plan)
    code, _, err = run(capsys, "import-budget", budget_plan, source)
    assert code == 4
    assert_one_error_line(err, "Sheet 'Budget'", "cell C3", "=B3*2", "no saved value", "Nothing was imported")
    with PlanFile.open(budget_plan, read_only=True) as plan:
        assert len(stored_budget(plan)[0]) == 2  # the two lines it had
    assert sha256(budget_plan) == before


def test_csv_mixing_utf8_and_gbk_is_refused_naming_a_line_of_each(budget_plan, tmp_path, capsys):
    source = tmp_path / "mixed.csv"
    source.write_bytes(
        b"Channel,Owner,2027-01 planned\n" + "Search,张三,100\n".encode() + "E-commerce,李四,200\n".encode("gbk")
    )
    code, _, err = run(capsys, "import-budget", budget_plan, source)
    assert code == 4
    assert_one_error_line(err, "mixes text encodings", "line 2 is UTF-8", "line 3")


def test_csv_wholly_in_gbk_is_read_as_gb18030_without_mojibake(budget_plan, tmp_path):
    source = tmp_path / "gbk.csv"
    source.write_bytes("Channel,Owner,2027-01 planned\nSearch,张三,100\n社交媒体,李四,200\n".encode("gbk"))
    table = exchange_read.read_table(source)
    assert table.encoding == "GB18030"
    with PlanFile.open(budget_plan, keep_backups=0) as plan:
        budget_exchange.import_budget(plan, source)
        lines, _ = stored_budget(plan)
    assert [(line[0], line[3]) for line in lines] == [("Search", "张三"), ("社交媒体", "李四")]


def test_the_cli_names_the_encoding_a_gbk_budget_was_read_in(budget_plan, tmp_path, capsys):
    source = tmp_path / "gbk.csv"
    source.write_bytes("Channel,Owner,2027-01 planned\n社交媒体,李四,200\n".encode("gbk"))
    code, out, err = run(capsys, "import-budget", budget_plan, source)
    assert (code, err) == (0, "")
    assert "read as GB18030 text" in out
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("Channel,Owner,2027-01 planned\n社交媒体,李四,200\n", encoding="utf-8")
    code, out, _err = run(capsys, "import-budget", budget_plan, utf8)
    assert code == 0 and "read as" not in out
