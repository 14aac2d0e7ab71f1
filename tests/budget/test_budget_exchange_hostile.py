"""Files someone sent you: not a zip, zip bombs, enormous sheets, huge
files, empty files. Each is refused quickly with one readable line and the
plan's budget stays as it was."""

from __future__ import annotations

import time
import zipfile

import pytest

from app.services.budget import exchange as budget_exchange
from app.services.budget.exchange_read import MAX_ROWS
from app.services.plan.errors import ImportDataError
from app.services.plan.storage.plan_file import PlanFile
from tests.budget_exchange_support import small_plan, stored_budget


@pytest.fixture
def plan(tmp_path):
    with PlanFile.open(small_plan(tmp_path / "budget.stratdeck")) as opened:
        yield opened


def _refused(plan, path) -> str:
    before = stored_budget(plan)
    start = time.perf_counter()
    with pytest.raises(ImportDataError) as refused:
        budget_exchange.import_budget(plan, path)
    assert time.perf_counter() - start < 10
    assert stored_budget(plan) == before
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_an_xlsx_that_is_not_a_zip(plan, tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"<html>not a workbook</html>")
    assert _refused(plan, path) == "budget.xlsx is not an XLSX workbook (it is not a zip archive)."


def test_a_damaged_zip(plan, tmp_path):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert _refused(plan, path) == "cut.xlsx is not an XLSX workbook (the zip archive is damaged)."


def test_a_zip_bomb_is_refused_from_its_directory(plan, tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\x00" * (1 << 20)
            for _ in range(260):  # 260 MB of zeros, about 250 KB packed
                member.write(chunk)
    assert path.stat().st_size < 2_000_000
    assert "looks like a zip bomb" in _refused(plan, path)


def test_a_highly_compressed_member_is_refused_even_when_small(plan, tmp_path):
    path = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"a" * 50_000_000)
    assert "zip bomb" in _refused(plan, path)


def test_a_sheet_with_too_many_rows(plan, tmp_path):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Budget")
    sheet.append(["Channel", "2027-01 planned"])
    for _ in range(MAX_ROWS + 5):
        sheet.append(["Search", 1])
    book.save(tmp_path / "long.xlsx")
    assert _refused(plan, tmp_path / "long.xlsx") == f"Sheet 'Budget' of long.xlsx has more than {MAX_ROWS} rows."


def test_a_csv_with_too_many_rows_or_columns(plan, tmp_path):
    long = tmp_path / "long.csv"
    long.write_text("Channel,2027-01 planned\n" + "Search,1\n" * (MAX_ROWS + 5), encoding="utf-8")
    assert _refused(plan, long) == f"long.csv has more than {MAX_ROWS} rows."
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(["x"] * 1000) + "\n", encoding="utf-8")
    assert "more than 400 columns" in _refused(plan, wide)


def test_a_file_over_20_mb_and_an_empty_or_missing_file(plan, tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert _refused(plan, big) == "big.csv is too large (22.0 MB); the limit is 20 MB."
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert _refused(plan, empty) == "empty.csv is empty."
    assert _refused(plan, tmp_path / "gone.xlsx") == "gone.xlsx does not exist."


def test_billion_laughs_in_a_sheet_is_not_expanded(plan, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "laughs.xlsx"
    Workbook().save(path)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">' for i in range(9))
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>&lol8;</t></is></c></row></sheetData></worksheet>'
    )
    rebuilt = tmp_path / "laughs2.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = laughs.encode() if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename)
            target.writestr(item, data)
    message = _refused(plan, rebuilt)
    assert message == ("laughs2.xlsx contains XML entity declarations, which spreadsheets never need; it was not read.")
