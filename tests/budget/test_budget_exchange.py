"""Budget out to Excel and back, without Qt: round trips (XLSX, CSV, GB18030),
every bad cell named by sheet, row and column, all or nothing, undo by
snapshot, and the sheets as another program reads them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.services.budget import exchange as budget_exchange
from app.services.exchange import exports
from app.services.plan.errors import ImportDataError
from app.services.plan.storage.plan_file import PlanFile
from tests.budget_exchange_support import small_plan, stored_budget, write_xlsx

HEADER = ["Channel", "Sub-channel", "Campaign", "Owner", "Note", "2027-01 planned", "2027-01 actual"]


@pytest.fixture
def plan(tmp_path):
    with PlanFile.open(small_plan(tmp_path / "budget.stratdeck")) as opened:
        yield opened


def _problems(plan, path, mapping=None) -> list[str]:
    before = stored_budget(plan)
    with pytest.raises(ImportDataError) as refused:
        budget_exchange.import_budget(plan, path, mapping)
    assert stored_budget(plan) == before  # nothing was applied
    assert refused.value.exit_code == 4 and "\n" not in str(refused.value)
    return getattr(refused.value, "problems", [str(refused.value)])


def test_the_budget_part_has_one_row_per_line_and_two_columns_per_month(plan):
    exports.load()
    table = exports.TABLE_PARTS["budget"](plan)
    assert table.columns[:7] == [*HEADER[:5], "2026-12 planned", "2026-12 actual"]  # a month outside the period is kept
    assert table.columns[-2:] == ["2027-12 planned", "2027-12 actual"] and len(table.columns) == 5 + 2 * 13
    first = table.rows[0]
    assert first[:5] == ["社交媒体", "小红书", "双11 大促", "陈思远", '=HYPERLINK("http://x")']
    assert first[7:11] == [1000.0, 1200.5, 500.0, None]
    assert table.rows[1][2] == "" and table.rows[1][5] == 300.0


def test_xlsx_round_trip_gives_the_same_budget(plan, tmp_path):
    before = stored_budget(plan)
    target = tmp_path / "budget.xlsx"
    lines = budget_exchange.export_xlsx(plan, target)
    assert "Budget" in lines[0]
    change = budget_exchange.import_budget(plan, target)
    assert stored_budget(plan) == before
    assert change.canvas == "budget" and change.structure and len(change.ids) == 2
    budget_exchange.restore_budget(plan, change.extra["snapshot"])  # undo puts the old lines (same ids) back
    assert [r[0] for r in plan.conn.execute("SELECT id FROM budget_line ORDER BY position")] == ["l0", "l1"]


def test_the_workbook_is_safe_and_typed_for_excel(plan, tmp_path):
    target = tmp_path / "budget.xlsx"
    budget_exchange.export_xlsx(plan, target)
    book = load_workbook(target)  # not read-only: styles and panes are visible
    sheet = book["Budget"]
    assert [c.value for c in sheet[1]][:5] == HEADER[:5] and sheet["A1"].font.b
    assert sheet.freeze_panes == "F2"
    assert sheet["H2"].value == 1000.0 and sheet["H2"].data_type == "n"
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s" and not cell.value.startswith(("=", "+", "-", "@")), cell.value
    assert sheet["E2"].value == '\'=HYPERLINK("http://x")' and sheet["D3"].value == "'@ops"


def test_csv_round_trip_and_a_gb18030_file(plan, tmp_path):
    before = stored_budget(plan)
    exports.load()
    target = tmp_path / "budget.csv"
    exports.write_csv(exports.TABLE_PARTS["budget"](plan), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    budget_exchange.import_budget(plan, target)
    assert stored_budget(plan) == before
    text = target.read_bytes()[3:].decode("utf-8")
    (tmp_path / "gbk.csv").write_bytes(text.encode("gb18030"))
    budget_exchange.import_budget(plan, tmp_path / "gbk.csv")
    assert stored_budget(plan) == before


def test_a_file_made_by_hand_with_chinese_headers_is_read(plan, tmp_path):
    path = write_xlsx(tmp_path / "hand.xlsx", [
        ["渠道", "子渠道", "负责人", "2027年3月 计划", "2027年3月 实际", "Total"],
        ["search", "百度", "Li", "12,500", 13000, 25500],
        [None, None, None, None, None, None],
        ["ＳＥＡＲＣＨ", "", "", 0, None, None],
    ])  # fmt: skip
    budget_exchange.import_budget(plan, path)
    lines, cells = stored_budget(plan)
    assert lines == [("Search", "百度", None, "Li", ""), ("Search", "", None, "", "")]
    assert cells == [(0, "2027-03", 12500.0, 13000.0), (1, "2027-03", 0.0, None)]


def test_every_bad_cell_is_named_by_sheet_row_and_column(plan, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [
        [*HEADER, "2027-13 planned"],
        ["社交媒体", "", "", "", "", "12,5x", -5, None],
        ["TikTok", "", "Black Friday", "", "", 10, 1e20, None],
        ["", "", "", "", "note only", 1, None, None],
    ])  # fmt: skip
    problems = _problems(plan, path)
    assert problems == [
        "Sheet 'Budget', row 1, column H (2027-13 planned): this is not a month column (write YYYY-MM planned or "
        "YYYY-MM actual, e.g. 2027-03 planned).",
    ]  # the header is checked first: a misspelt month would silently drop a column
    path = write_xlsx(tmp_path / "bad.xlsx", [row[:7] for row in [
        HEADER,
        ["社交媒体", "", "", "", "", "12,5x", -5],
        ["TikTok", "", "Black Friday", "", "", 10, 1e20],
        ["", "", "", "", "note only", 1, None],
    ]])  # fmt: skip
    problems = _problems(plan, path)
    assert problems == [
        "Sheet 'Budget', row 2, column F (2027-01 planned): '12,5x' is not a number.",
        "Sheet 'Budget', row 2, column G (2027-01 actual): '-5' is negative; amounts are 0 or more.",
        "Sheet 'Budget', row 3, column A (Channel): 'TikTok' is not a channel of this plan (add it in Budget › "
        "Summary › Channels first).",
        "Sheet 'Budget', row 3, column C (Campaign): 'Black Friday' is not a campaign of this plan.",
        "Sheet 'Budget', row 3, column G (2027-01 actual): '100000000000000000000' is too large "
        "(at most 10,000,000,000,000).",
        "Sheet 'Budget', row 4, column A (Channel): the channel is empty.",
    ]


def test_the_one_line_message_counts_the_problems(plan, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [HEADER, ["社交媒体", "", "", "", "", "x", "y"]])
    with pytest.raises(ImportDataError) as refused:
        budget_exchange.import_budget(plan, path)
    assert str(refused.value) == (
        "2 problems in bad.xlsx; first: Sheet 'Budget', row 2, column F (2027-01 planned): 'x' is not a number. "
        "Nothing was imported."
    )


def test_many_errors_are_capped(plan, tmp_path):
    rows = [HEADER] + [["Nowhere", "", "", "", "", "x", "y"] for _ in range(150)]
    problems = _problems(plan, write_xlsx(tmp_path / "many.xlsx", rows))
    assert len(problems) == 201 and problems[-1] == "… and 250 more."


def test_a_mapping_names_the_columns_of_any_layout(plan, tmp_path):
    path = write_xlsx(tmp_path / "own.xlsx", [["Cost centre", "Media", "Jan"], ["Li", "search", 700]])
    assert "no Channel column" in _problems(plan, path)[0]
    budget_exchange.import_budget(plan, path, {"owner": 0, "channel": 1, "2027-01 planned": 2})
    assert stored_budget(plan) == ([("Search", "", None, "Li", "")], [(0, "2027-01", 700.0, None)])
    with pytest.raises(ImportDataError, match="'January' is not a budget field or a month column"):
        budget_exchange.import_budget(plan, path, {"channel": 1, "January": 2})


def test_ragged_csv_rows_and_bad_encodings_are_refused(plan, tmp_path):
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("Channel,2027-01 planned\nSearch,1,surprise\nSearch\n", encoding="utf-8")
    assert _problems(plan, ragged) == ["Sheet 'ragged.csv', row 2: the row has 3 cells but the header names 2 columns."]
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x00" * 10)
    assert "neither UTF-8 nor GB18030" in _problems(plan, binary)[0] or "binary" in _problems(plan, binary)[0]


def test_formula_cells_without_a_saved_value_are_refused_never_evaluated(plan, tmp_path):
    path = write_xlsx(tmp_path / "formula.xlsx", [HEADER, ["search", "=1+1", "", "", "", "=1000*2", None]])
    before = stored_budget(plan)
    # openpyxl (like any script) stores no computed value: reading it as blank would blank the amount,
    # evaluating it would run the sheet's code; the first such cell is named and nothing is imported
    with pytest.raises(ImportDataError) as caught:
        budget_exchange.import_budget(plan, path)
    assert "cell B2: the formula =1+1 has no saved value" in str(caught.value)
    assert stored_budget(plan) == before


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(list("=+-@'\t")), max_size=30
).map(str.strip)


@example(owner="=1+1", note="@SUM(A1)", planned=1e-05, fmt="csv")
@example(owner="+86 138", note="-5% rebate", planned=None, fmt="xlsx")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    owner=_TEXT,
    note=_TEXT,
    planned=st.none()
    | st.sampled_from([1e-05, 1.5e-7])
    | st.floats(0, 1e12, allow_nan=False).map(lambda x: round(x, 2)),
    fmt=st.sampled_from(["xlsx", "csv"]),
)
def test_any_text_and_amount_survive_the_round_trip_and_no_cell_is_a_formula(plan, tmp_path, owner, note, planned, fmt):
    with plan.transaction() as conn:  # the plan is shared by every example: address the second line by place
        line = conn.execute("SELECT id FROM budget_line WHERE position = 1").fetchone()[0]
        conn.execute("UPDATE budget_line SET owner = ?, note = ? WHERE id = ?", (owner, note, line))
        conn.execute("INSERT OR REPLACE INTO budget_cell VALUES (?, '2026-12', ?, NULL)", (line, planned))
    before = stored_budget(plan)
    target = tmp_path / f"round.{fmt}"
    if fmt == "xlsx":
        budget_exchange.export_xlsx(plan, target)
        for row in load_workbook(target)["Budget"].iter_rows():
            for cell in row:
                assert cell.data_type in ("s", "n") and not (
                    isinstance(cell.value, str) and cell.value.startswith(exports.FORMULA_PREFIXES)
                ), cell.value
    else:
        exports.load()
        exports.write_csv(exports.TABLE_PARTS["budget"](plan), target)
    budget_exchange.import_budget(plan, target)
    assert stored_budget(plan) == before
