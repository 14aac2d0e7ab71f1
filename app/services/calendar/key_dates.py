"""Read and edit the plan's key dates: public holidays and adjusted working
days, e-commerce festivals and the plan's own brand days (no Qt).

Holidays come from chinese_calendar / holidays (see key_date_sources);
``add_key_dates_for_years`` stores them as ordinary rows, so the user can
rename, hide or delete them like any other key date. Each edit validates
first (EditRefused, nothing stored), commits one transaction and returns a
Change for the "calendar" canvas."""

from __future__ import annotations

import datetime as dt
import uuid

from app.models.calendar.choices import KEY_DATE_KINDS
from app.services.calendar import key_date_sources as sources
from app.services.calendar.messages import MESSAGES
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import is_iso_date
from app.services.plan.messages import Message
from app.services.plan.rows import delete_row, insert_row, plan_language, read_rows, restore_row
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "calendar"
TABLE = "key_date"
NAME_LIMIT = 200
EDITABLE = ("name", "kind", "date", "end_date", "visible")
PUBLIC = ("id", "name", "kind", "date", "end_date", "visible", "position")


def _row(plan: PlanFile, key_date_id: str, field: str = "") -> dict:
    cursor = plan.conn.execute(f"SELECT {', '.join(PUBLIC)} FROM key_date WHERE id = ?", (key_date_id,))
    found = cursor.fetchone()
    if found is None:
        raise EditRefused(field, MESSAGES("key_date_gone"))
    return dict(zip(PUBLIC, found, strict=True))


def _public(row: dict) -> dict:
    out = {k: row[k] for k in PUBLIC}
    out["visible"] = bool(out["visible"])
    year = _year(row["date"])
    out["provisional"] = row["kind"] in ("holiday", "workday") and year is not None and sources.is_provisional(year)
    return out


def _year(value) -> int | None:
    try:
        return dt.date.fromisoformat(value).year
    except (TypeError, ValueError):
        return None


def list_key_dates(plan: PlanFile) -> list[dict]:
    """Key dates in their order: id, name, kind, date, end_date, visible,
    position, and ``provisional`` (a holiday or adjusted working day of a
    year whose schedule the government has not published yet)."""
    return [_public(row) for row in read_rows(plan.conn, TABLE)]


def _label(name: str) -> Message:
    return MESSAGES("key_date_subject", name=shown(name) or "untitled")


def _check_date(name: str, field: str, value, optional: bool) -> str | None:
    """An ISO date for *field*; None only when *optional*."""
    if value in (None, "") and optional:
        return None
    if isinstance(value, dt.date):
        value = value.isoformat()
    if not is_iso_date(value):
        start = field == "date"
        if value in (None, ""):
            raise EditRefused(
                field, MESSAGES("key_date_start_missing" if start else "key_date_end_missing", subject=_label(name))
            )
        raise EditRefused(
            field, MESSAGES("bad_start" if start else "bad_end", subject=_label(name), value=shown(value))
        )
    return value


def _check_range(name: str, field: str, start: str, end: str | None) -> None:
    if end is not None and end < start:
        raise EditRefused(field, MESSAGES("end_before_start", subject=_label(name), end=end, start=start))


def _check_name(name) -> str:
    if not isinstance(name, str):
        raise EditRefused("name", MESSAGES("key_date_name_not_text"))
    if not name.strip():
        raise EditRefused("name", MESSAGES("key_date_needs_name"))
    if len(name) > NAME_LIMIT:
        raise EditRefused("name", MESSAGES("key_date_name_too_long", limit=NAME_LIMIT, length=len(name)))
    return name


def _plan_years(plan: PlanFile) -> list[int]:
    start, end = plan.conn.execute('SELECT period_start, period_end FROM "plan"').fetchone()
    first, last = _year(start), _year(end)
    if first is None and last is None:
        raise EditRefused("period_start", MESSAGES("key_dates_need_period"))
    first, last = first or last, last or first
    return list(range(first, last + 1))


def _plan_language(plan: PlanFile) -> str:
    return plan_language(plan)


def proposed_key_dates(years: list[int], language: str) -> list[sources.KeyDateEntry]:
    """Holidays, adjusted working days and festival presets of *years*, by date."""
    found = []
    for year in years:
        found += sources.holiday_entries(year, language) + sources.festival_entries(year, language)
    return sorted(found, key=lambda e: (e.date, e.kind))


def _is_present(entry: sources.KeyDateEntry, existing: list[dict]) -> bool:
    """Whether *entry* is already among the key dates: a holiday or working
    day on the same first day, or a festival preset of the same name in the
    same year or on the same dates (it may have been renamed or moved)."""
    for row in existing:
        if row["kind"] != entry.kind:
            continue
        if row["date"] == entry.date:
            return True
        if entry.kind == "festival" and row["name"] in sources.festival_names() and row["name"] == entry.name:
            same_year = _year(row["end_date"] or row["date"]) == _year(entry.end_date or entry.date)
            if same_year:
                return True
    return False


def add_key_dates_for_years(plan: PlanFile, years: list[int] | None = None) -> Change:
    """Add the holidays, adjusted working days and festival presets of
    *years* (None: the plan period's years) that are not there yet, in one
    transaction. New rows are placed among the existing ones by date;
    Change.ids lists them (empty when everything was already there)."""
    years = _plan_years(plan) if years is None else sorted(set(years))
    allowed = sources.supported_years()
    for year in years:
        if not isinstance(year, int) or year not in allowed:
            raise EditRefused(
                "date", MESSAGES("key_dates_bad_year", first=allowed.start, last=allowed.stop - 1, year=shown(year))
            )
    existing = read_rows(plan.conn, TABLE)
    new = []
    for entry in proposed_key_dates(years, _plan_language(plan)):
        if not _is_present(entry, existing + new):
            new.append(
                {
                    "id": str(uuid.uuid4()),
                    "name": entry.name,
                    "kind": entry.kind,
                    "date": entry.date,
                    "end_date": entry.end_date,
                    "visible": 1,
                }
            )
    if not new:
        return Change(CANVAS, TABLE, (), structure=False)
    order = list(existing)
    for row in new:  # before the first row that starts later, so the list stays in date order
        index = next((i for i, other in enumerate(order) if other["date"] > row["date"]), len(order))
        order.insert(index, row)
    with plan.transaction() as conn:
        conn.executemany(
            "INSERT INTO key_date (id, position, name, kind, date, end_date, visible) VALUES (?, -1, ?, ?, ?, ?, ?)",
            [(r["id"], r["name"], r["kind"], r["date"], r["end_date"], r["visible"]) for r in new],
        )
        conn.executemany("UPDATE key_date SET position = ? WHERE id = ?", [(i, r["id"]) for i, r in enumerate(order)])
    return Change(CANVAS, TABLE, tuple(r["id"] for r in new), structure=True)


def set_key_date_visible(plan: PlanFile, key_date_id: str, visible: bool) -> Change:
    """Show or hide a key date on the calendar and in the deck."""
    return update_key_date(plan, key_date_id, "visible", visible)


def add_brand_day(
    plan: PlanFile, name: str, date, end_date=None, index: int | None = None, key_date_id: str | None = None
) -> Change:
    """Add one of the plan's own brand days (a single day or a range);
    Change.ids holds its id."""
    name = _check_name(name)
    start = _check_date(name, "date", date, optional=False)
    end = _check_date(name, "end_date", end_date, optional=True)
    _check_range(name, "end_date", start, end)
    values = {"name": name, "kind": "brand_day", "date": start, "end_date": end, "visible": 1}
    new_id = insert_row(plan, TABLE, values, index, key_date_id)
    return Change(CANVAS, TABLE, (new_id,), structure=True)


def update_key_date(plan: PlanFile, key_date_id: str, field: str, value) -> Change:
    """Change one field (name, kind, date, end_date, visible) of a key date."""
    if field not in EDITABLE:
        raise EditRefused(field, MESSAGES("unknown_key_date_field", field=shown(field)))
    row = _row(plan, key_date_id, field)
    name = row["name"]
    if field == "name":
        value = _check_name(value)
    elif field == "kind":
        if value not in KEY_DATE_KINDS:
            raise EditRefused(
                field, MESSAGES("key_date_bad_kind", subject=_label(name), kinds=", ".join(KEY_DATE_KINDS))
            )
    elif field == "visible":
        if not isinstance(value, (bool, int)):
            raise EditRefused(field, MESSAGES("key_date_bad_visible", subject=_label(name)))
        value = 1 if value else 0
    else:
        value = _check_date(name, field, value, optional=field == "end_date")
        start = value if field == "date" else row["date"]
        end = value if field == "end_date" else row["end_date"]
        _check_range(name, field, start, end)
    with plan.transaction() as conn:
        conn.execute(f'UPDATE key_date SET "{field}" = ? WHERE id = ?', (value, key_date_id))
    return Change(CANVAS, TABLE, (key_date_id,), (field,))


def delete_key_date(plan: PlanFile, key_date_id: str) -> tuple[Change, dict]:
    """Delete a key date; return the change and a snapshot for undo."""
    _row(plan, key_date_id)
    row, index = delete_row(plan, TABLE, key_date_id)
    return Change(CANVAS, TABLE, (key_date_id,), structure=True), {"row": row, "index": index}


def restore_key_date(plan: PlanFile, snapshot: dict) -> Change:
    """Put a deleted key date back where it was (undo of delete)."""
    restore_row(plan, TABLE, snapshot["row"], snapshot["index"])
    return Change(CANVAS, TABLE, (snapshot["row"]["id"],), structure=True)


def delete_key_dates(plan: PlanFile, key_date_ids) -> tuple[Change, dict]:
    """Delete several key dates in one transaction (e.g. undo of "Add
    holidays and festivals"); return the change and a snapshot for
    :func:`restore_key_dates`. Ids that no longer exist are skipped."""
    wanted = set(key_date_ids)
    before = read_rows(plan.conn, TABLE)
    gone = [row for row in before if row["id"] in wanted]
    snapshot = {"rows": gone, "order": [row["id"] for row in before]}
    if not gone:
        return Change(CANVAS, TABLE, (), structure=False), snapshot
    with plan.transaction() as conn:
        conn.executemany("DELETE FROM key_date WHERE id = ?", [(row["id"],) for row in gone])
        kept = [row["id"] for row in before if row["id"] not in wanted]
        conn.executemany("UPDATE key_date SET position = ? WHERE id = ?", [(i, k) for i, k in enumerate(kept)])
    return Change(CANVAS, TABLE, tuple(row["id"] for row in gone), structure=True), snapshot


def restore_key_dates(plan: PlanFile, snapshot: dict) -> Change:
    """Put key dates deleted by :func:`delete_key_dates` back in their
    places, in one transaction."""
    rows = snapshot["rows"]
    if not rows:
        return Change(CANVAS, TABLE, (), structure=False)
    with plan.transaction() as conn:
        conn.executemany(
            "INSERT INTO key_date (id, position, name, kind, date, end_date, visible) VALUES (?, -1, ?, ?, ?, ?, ?)",
            [(r["id"], r["name"], r["kind"], r["date"], r["end_date"], r["visible"]) for r in rows],
        )
        present = [r[0] for r in conn.execute("SELECT id FROM key_date ORDER BY position, id")]
        rank = {key: n for n, key in enumerate(snapshot["order"])}
        order = sorted(present, key=lambda k: (rank.get(k, len(rank)), present.index(k)))
        conn.executemany("UPDATE key_date SET position = ? WHERE id = ?", [(i, k) for i, k in enumerate(order)])
    return Change(CANVAS, TABLE, tuple(r["id"] for r in rows), structure=True)
