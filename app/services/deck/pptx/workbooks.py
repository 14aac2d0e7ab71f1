"""Chart data whose embedded workbook can hold no formula and no link.

python-pptx writes a chart's workbook with XlsxWriter's default options,
under which a string starting with ``=`` is written as a formula and one
that looks like a URL as a hyperlink: a category or series name typed in
the plan ("=HYPERLINK(…)", "=cmd|…") would become live in Excel when the
user clicks *Edit Data*. These subclasses open the workbook with both
conversions off, so every name is a text cell."""

from __future__ import annotations

from contextlib import contextmanager

from pptx.chart.data import CategoryChartData, XyChartData
from pptx.chart.xlsx import CategoryWorkbookWriter, XyWorkbookWriter

OPTIONS = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}


@contextmanager
def _safe_worksheet(xlsx_file):
    from xlsxwriter import Workbook

    workbook = Workbook(xlsx_file, OPTIONS)
    worksheet = workbook.add_worksheet()
    yield workbook, worksheet
    workbook.close()


class _SafeWorksheet:
    """A workbook writer whose worksheet keeps every name as text."""

    def _open_worksheet(self, xlsx_file):
        return _safe_worksheet(xlsx_file)


class _SafeCategoryWriter(_SafeWorksheet, CategoryWorkbookWriter):
    pass


class _SafeXyWriter(_SafeWorksheet, XyWorkbookWriter):
    pass


class _SafeWorkbook:
    """Chart data written by its safe workbook writer (``WRITER``)."""

    WRITER: type

    @property
    def _workbook_writer(self):
        writer = self.__dict__.get("_safe_writer")
        if writer is None:
            writer = self.__dict__["_safe_writer"] = self.WRITER(self)
        return writer


class SafeCategoryChartData(_SafeWorkbook, CategoryChartData):
    """CategoryChartData whose workbook keeps every name as text."""

    WRITER = _SafeCategoryWriter


class SafeXyChartData(_SafeWorkbook, XyChartData):
    """XyChartData whose workbook keeps every name as text."""

    WRITER = _SafeXyWriter
