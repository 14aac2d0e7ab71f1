"""Export safety (reliability cases 14 and 19) on a plan full of hostile text:
every free-text column of every row of the demo plan gets text starting with
= + - @, tabs, line breaks, quotes, Chinese, emoji and injected iCalendar
lines. For every table part in exports.TABLE_PARTS no CSV cell starts with a
formula character unless it is a number; the XLSX export of every part
(``--format xlsx --part …``, read back with openpyxl) holds no formula and no
text cell starting with one; the ICS export parses back with icalendar with
exactly one event per BEGIN:VEVENT, and a summary that carries
``END:VEVENT`` stays inside its own event."""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import time
from pathlib import Path

import pytest
from reliability_support import base_seed, record_figures
from test_reliability_json import free_text_columns

from app.services.exchange import exports
from app.services.plan import samples, schema
from app.services.plan.storage.plan_file import PlanFile

FORMULA = ("=", "+", "-", "@", "\t", "\r", "\n")
INJECTED = "Launch\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned"
HOSTILE = (
    '=HYPERLINK("http://x","点我")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=cmd|' /C calc'!A0",
    "\r=1",
    "\n+双11",
    "=1,2;3\\4",
    "\"quoted\" 'single'",
    "栖云茶研 私域复购",
    "😀👍🏽🇨🇳 emoji",
    "-",
    "=",
    INJECTED,
    "line one\nline two",
    "  =padded",
    "'=already quoted",
)


def hostile_plan(folder: Path, seed: int) -> Path:
    """The demo plan with every free-text cell replaced by hostile text
    (plain SQL on the closed file: the text is valid, only awkward)."""
    path = samples.create_demo_plan("zh", folder)
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    try:
        with conn:
            for table in schema.tables():
                columns = free_text_columns(table)
                if not columns:
                    continue
                ids = [r[0] for r in conn.execute(f'SELECT rowid FROM "{table.name}"')]
                for rowid in ids:
                    values = [rng.choice(HOSTILE) + rng.choice(("", " x", "-1")) for _ in columns]
                    sets = ", ".join(f'"{c}" = ?' for c in columns)
                    conn.execute(f'UPDATE "{table.name}" SET {sets} WHERE rowid = ?', (*values, rowid))
            conn.execute("UPDATE plan SET title = ?", ('=HYPERLINK("http://x")\n栖云 😀 \t@title',))
            # one campaign's name tries to close its event and open another
            conn.execute("UPDATE campaign SET name = ? WHERE rowid = (SELECT min(rowid) FROM campaign)", (INJECTED,))
    finally:
        conn.close()
    return path


def numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def check_csv(part: str, data: bytes) -> int:
    assert data.startswith(b"\xef\xbb\xbf")
    cells = escaped = 0
    for row in csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")):
        for cell in row:
            cells += 1
            escaped += cell.startswith("'") and cell[1:].startswith(FORMULA)
            assert not cell.startswith(FORMULA) or numeric(cell), f"CSV part {part}: cell {cell!r} reads as a formula"
    assert escaped, f"CSV part {part}: no hostile text reached the export"
    return cells


def check_xlsx(part: str, path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path)
    cells = 0
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    cells += cell.value is not None
                    assert cell.data_type != "f", f"XLSX part {part}: {cell.coordinate} is a formula {cell.value!r}"
                    if isinstance(cell.value, str):
                        assert not cell.value.startswith(FORMULA), f"XLSX part {part}: {cell.coordinate} {cell.value!r}"
    finally:
        book.close()
    return cells


def check_ics(data: bytes, written: int) -> None:
    from icalendar import Calendar

    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    raw = [line for line in data.decode("utf-8").split("\r\n") if line == "BEGIN:VEVENT"]
    assert len(events) == len(raw) == written, (len(events), len(raw), written)
    summaries = [str(e.get("summary")) for e in events]
    assert not any(s == "pwned" for s in summaries), "an injected SUMMARY line became an event"
    kept = INJECTED.replace("\r\n", "\n")  # iCalendar has one escape for a line break: \n
    assert sum(s.startswith(kept) for s in summaries) >= 1, "the injected campaign name was not kept literally"


def run_exports(tmp_path: Path, plans: int) -> None:
    exports.load()
    from app.services.calendar.export import calendar_ics

    started, figures = time.monotonic(), {"plans": 0, "csv_cells": 0, "xlsx_cells": 0, "ics_events": 0}
    for n in range(plans):
        seed = base_seed() + n
        folder = tmp_path / f"plan{n}"
        folder.mkdir()
        path = hostile_plan(folder, seed)
        try:
            with PlanFile.open(path, read_only=True) as plan:
                for part, build in sorted(exports.TABLE_PARTS.items()):
                    figures["csv_cells"] += check_csv(part, exports.csv_bytes(build(plan)))
                    target = folder / f"{part}.xlsx"
                    exports.FILE_FORMATS["xlsx"](plan, target, part)
                    figures["xlsx_cells"] += check_xlsx(part, target)
                target = folder / "all.xlsx"
                exports.FILE_FORMATS["xlsx"](plan, target, None)
                figures["xlsx_cells"] += check_xlsx("(default sheets)", target)
                data, written, _ = calendar_ics(plan)
                check_ics(data, written)
                figures["ics_events"] += written
        except AssertionError as exc:
            raise AssertionError(f"plan {n} (seed {seed}): {exc}") from exc
        figures["plans"] += 1
    record_figures(
        "canvas export safety",
        parts=len(exports.TABLE_PARTS),
        **figures,
        seconds=round(time.monotonic() - started, 1),
        failures=0,
    )


def test_hostile_text_never_exports_as_a_formula_or_a_second_event(tmp_path):
    run_exports(tmp_path, plans=3)


@pytest.mark.slow
def test_hostile_text_exports_long(tmp_path):
    run_exports(tmp_path, plans=40)


def test_cli_csv_export_of_every_part_is_safe(tmp_path):
    """The same through `stratdeck export --format csv --part …` (app.main)."""
    from app.main import main

    exports.load()
    path = hostile_plan(tmp_path, base_seed())
    for part in sorted(exports.TABLE_PARTS):
        output = tmp_path / f"{part}.csv"
        assert main(["export", str(path), "--format", "csv", "--part", part, "--output", str(output)]) == 0
        check_csv(part, output.read_bytes())


def test_a_plan_title_with_a_line_break_exports_to_ics(tmp_path):
    """Found by this suite: icalendar does not escape an X- property and
    asserted on the newline of a plan title put into X-WR-CALNAME (a
    traceback from `stratdeck export --format ics`). The name is now one line."""
    from app.main import main
    from app.services.overview import service as overview_service

    path = samples.create_demo_plan("en", tmp_path)
    with PlanFile.open(path, keep_backups=0) as plan:
        overview_service.set_field(plan, "title", "FY2027\nplan")
    assert main(["export", str(path), "--format", "ics", "--output", str(tmp_path / "c.ics")]) == 0
