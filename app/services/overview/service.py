"""Read and edit the Overview canvas: plan fields, logo and objectives.

Each edit validates first (refusing with EditRefused, nothing stored), then
commits in its own transaction and returns a Change."""

from __future__ import annotations

from pathlib import Path

from app.models.overview.rules import COLOR_PATTERN, CURRENCY_PATTERN, period_error
from app.services.overview.messages import LABELS, MESSAGES
from app.services.plan import images, kept_links
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.field_checks import is_iso_date, text_value
from app.services.plan.messages import Term
from app.services.plan.rows import delete_row, insert_row, move_row, query_rows, read_rows, restore_row, update_field
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "overview"
TEXT_FIELDS = {"title": 300, "brand": 200, "owner": 200, "market_context": 100_000, "confidentiality": 100}
FIELDS = (*TEXT_FIELDS, "currency", "language", "period_start", "period_end", "brand_color")
OBJECTIVE_FIELDS = {"text": 2_000, "metric": 300, "target": 300}


def get_overview(plan: PlanFile) -> dict:
    """The plan row as a dict (logo bytes included)."""
    return query_rows(plan.conn, 'SELECT * FROM "plan"')[0]


def _plan_id(plan: PlanFile) -> str:
    """The id of the plan row."""
    return plan.conn.execute('SELECT id FROM "plan"').fetchone()[0]


def _check_date(field: str, value) -> str | None:
    """Validate an ISO date (or None) for *field*."""
    if value in (None, ""):
        return None
    if not is_iso_date(value):
        raise EditRefused(field, MESSAGES("bad_date", label=Term(LABELS[field]), value=value))
    return value


def validate_field(plan: PlanFile, field: str, value):
    """Return the value to store for *field*, or raise EditRefused."""
    if field not in FIELDS:
        raise EditRefused(field, MESSAGES("unknown_field", field=field))
    label = Term(LABELS[field])
    if field in TEXT_FIELDS:
        return text_value(field, label, value, TEXT_FIELDS[field])
    if field == "currency":
        if not isinstance(value, str) or not CURRENCY_PATTERN.match(value):
            raise EditRefused(field, MESSAGES("bad_currency", label=label))
        return value
    if field == "language":
        if value not in ("zh", "en"):
            raise EditRefused(field, MESSAGES("bad_language", label=label))
        return value
    if field == "brand_color":
        if value in (None, ""):
            return None
        if not isinstance(value, str) or not COLOR_PATTERN.match(value):
            raise EditRefused(field, MESSAGES("bad_colour", label=label))
        return value.upper()
    value = _check_date(field, value)
    current = get_overview(plan)
    start = value if field == "period_start" else current["period_start"]
    end = value if field == "period_end" else current["period_end"]
    if period_error(start, end):
        raise EditRefused(field, MESSAGES("period_end_before_start", end=end, start=start))
    return value


def set_field(plan: PlanFile, field: str, value) -> Change:
    """Store one overview field after validating it."""
    stored = validate_field(plan, field, value)
    with plan.transaction() as conn:
        conn.execute(f'UPDATE "plan" SET "{field}" = ?', (stored,))
    return Change(CANVAS, "plan", (_plan_id(plan),), (field,))


def set_period(plan: PlanFile, start: str | None, end: str | None) -> Change:
    """Store both ends of the period at once (refused if end < start)."""
    start, end = _check_date("period_start", start), _check_date("period_end", end)
    if period_error(start, end):
        raise EditRefused("period_end", MESSAGES("period_end_before_start", end=end, start=start))
    with plan.transaction() as conn:
        conn.execute('UPDATE "plan" SET period_start = ?, period_end = ?', (start, end))
    return Change(CANVAS, "plan", (_plan_id(plan),), ("period_start", "period_end"))


def set_logo_from_file(plan: PlanFile, path: Path) -> Change:
    """Check, scale and store an image file as the plan's logo."""
    data, mime = images.load_image(Path(path), "logo")
    return set_logo(plan, data, mime)


def set_logo(plan: PlanFile, data: bytes | None, mime: str | None) -> Change:
    """Store already-checked logo bytes (None clears the logo)."""
    if (data is None) != (mime is None):
        raise EditRefused("logo", MESSAGES("logo_incomplete"))
    images.check_stored_image(data, "logo")
    with plan.transaction() as conn:
        conn.execute('UPDATE "plan" SET logo = ?, logo_mime = ?', (data, mime))
    return Change(CANVAS, "plan", (_plan_id(plan),), ("logo",))


# -- objectives --------------------------------------------------------------
def list_objectives(plan: PlanFile) -> list[dict]:
    """Objectives in their order."""
    return read_rows(plan.conn, "objective")


def add_objective(plan: PlanFile, text: str = "", index: int | None = None, objective_id: str | None = None) -> Change:
    """Insert an objective at *index* (end by default); Change.ids holds its id."""
    _check_objective_value("text", text)
    new_id = insert_row(plan, "objective", {"text": text}, index, objective_id)
    return Change(CANVAS, "objective", (new_id,), structure=True)


def update_objective(plan: PlanFile, objective_id: str, field: str, value: str) -> Change:
    """Change one field (text, metric, target) of an objective."""
    _check_objective_value(field, value)
    update_field(plan, "objective", objective_id, field, value, MESSAGES("objective_gone"))
    return Change(CANVAS, "objective", (objective_id,), (field,))


def delete_objective(plan: PlanFile, objective_id: str) -> tuple[Change, dict, int]:
    """Delete an objective; return the change, the row and its index (for undo)."""
    kept_links.keep(plan, "objective", [objective_id])
    row, index = delete_row(plan, "objective", objective_id)
    return Change(CANVAS, "objective", (objective_id,), structure=True), row, index


def restore_objective(plan: PlanFile, row: dict, index: int) -> Change:
    """Put a deleted objective back at *index* (undo of delete), with the links to it."""
    with plan.transaction() as conn:
        restore_row(plan, "objective", row, index)
        kept_links.put_back(conn, plan, "objective", [row["id"]])
    return Change(CANVAS, "objective", (row["id"],), structure=True)


def move_objective(plan: PlanFile, objective_id: str, index: int) -> Change:
    """Move an objective to *index* in the list."""
    move_row(plan, "objective", objective_id, index)
    return Change(CANVAS, "objective", (objective_id,), structure=True)


def _check_objective_value(field: str, value) -> None:
    """Refuse unknown fields, non-text and over-long values."""
    if field not in OBJECTIVE_FIELDS:
        raise EditRefused(field, MESSAGES("unknown_objective_field", field=field))
    if not isinstance(value, str):
        raise EditRefused(field, MESSAGES("objective_not_text"))
    if len(value) > OBJECTIVE_FIELDS[field]:
        raise EditRefused(field, MESSAGES("objective_too_long", length=len(value), limit=OBJECTIVE_FIELDS[field]))
