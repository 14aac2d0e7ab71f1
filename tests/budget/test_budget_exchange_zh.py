"""File-level refusals of the budget import (size, encoding, damaged or
hostile archives, too many rows or columns) read in Chinese in the Chinese
interface, in the dialog's problem list."""

from __future__ import annotations

import zipfile

import pytest

from app.services.budget.exchange_read import MAX_ROWS
from tests.budget_exchange_support import small_plan, stored_budget


@pytest.fixture
def zh_dialog(window, qtbot, tmp_path):
    from app.views.budget.import_dialog import BudgetImportDialog
    from app.views.common import translations

    assert window.open_plan(str(small_plan(tmp_path / "plan.stratdeck")))
    assert translations.install_language("zh")
    box = BudgetImportDialog(window.document, window)
    qtbot.addWidget(box)
    yield box
    translations.install_language("en")


def _shown(dialog, window, path) -> str:
    """The one problem the dialog lists for *path*; nothing was imported."""
    before = stored_budget(window.document.plan)
    assert not dialog.run_import(path)
    assert dialog.problems.count() == 1
    assert dialog.summary.text() == "未导入任何内容。"
    assert stored_budget(window.document.plan) == before
    return dialog.problems.item(0).text()


def _laughs(tmp_path):
    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    sheet = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>&lol1;</t></is></c></row></sheetData></worksheet>'
    )
    path = tmp_path / "实体.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = sheet.encode() if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename)
            target.writestr(item, data)
    return path


def test_file_level_refusals_read_in_chinese(window, zh_dialog, tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert _shown(zh_dialog, window, big) == "big.csv 太大（22.0 MB），上限为 20 MB。"

    gbk = tmp_path / "预算.csv"
    gbk.write_bytes(b"Channel,2027-01 planned\nSearch,\xff\xfe\xff\n")
    assert _shown(zh_dialog, window, gbk) == "预算.csv 既不是 UTF-8 也不是 GB18030 文本，请另存为“CSV UTF-8”。"

    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert _shown(zh_dialog, window, cut) == "cut.xlsx 不是 XLSX 工作簿（zip 压缩包已损坏）。"

    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"<html>not a workbook</html>")
    assert _shown(zh_dialog, window, fake) == "fake.xlsx 不是 XLSX 工作簿（它不是 zip 压缩包）。"

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"a" * 50_000_000)
    text = _shown(zh_dialog, window, bomb)
    assert text.startswith("bomb.xlsx 解压后为 50 MB（压缩比 ") and text.endswith("），疑似 zip 炸弹，未打开。")

    entities = _shown(zh_dialog, window, _laughs(tmp_path))
    assert entities == "实体.xlsx 含有 XML 实体声明，正常电子表格不需要它，因此未读取该文件。"

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert _shown(zh_dialog, window, empty) == "empty.csv 是空文件。"
    assert _shown(zh_dialog, window, tmp_path / "gone.xlsx") == "gone.xlsx 不存在。"


def test_too_many_rows_or_columns_read_in_chinese(window, zh_dialog, tmp_path):
    from openpyxl import Workbook

    long_csv = tmp_path / "long.csv"
    long_csv.write_text("Channel,2027-01 planned\n" + "Search,1\n" * (MAX_ROWS + 5), encoding="utf-8")
    assert _shown(zh_dialog, window, long_csv) == f"long.csv 超过 {MAX_ROWS} 行。"
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(["x"] * 1000) + "\n", encoding="utf-8")
    assert _shown(zh_dialog, window, wide) == "wide.csv 超过 400 列（第 1 行）。"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("预算")
    sheet.append(["x"] * 500)
    book.save(tmp_path / "wide.xlsx")
    assert _shown(zh_dialog, window, tmp_path / "wide.xlsx") == "wide.xlsx 的工作表“预算”超过 400 列。"


def test_a_shape_not_listed_stays_english_not_garbled(qapp):
    from app.services.budget.messages import MESSAGES
    from app.views.common import translations
    from app.views.common.message_text import message_text

    assert translations.install_language("zh")
    try:
        assert message_text(RuntimeError("Something new went wrong.")) == "Something new went wrong."
        assert message_text(MESSAGES("import_bad_key", key="Fee")) == "“Fee”不是预算字段，也不是月份列。"
    finally:
        translations.install_language("en")
