"""Read and edit the Competitors canvas: the competitor table and the
positioning map's axes (stored in the plan row, so the deck uses the same
map). Each edit validates first (EditRefused, nothing stored), then commits
in its own transaction and returns a Change."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.competitors import rules
from app.services.competitors.messages import MESSAGES
from app.services.competitors.problems import AXIS_FIELDS
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import refuse_non_characters
from app.services.plan.messages import Term
from app.services.plan.rows import delete_row, insert_row, move_row, read_rows, restore_row, update_field
from app.services.plan.storage.plan_file import PlanFile

CANVAS = rules.CANVAS
TABLE = rules.TABLE


@dataclass(frozen=True)
class Axes:
    """The positioning map's axes: keys (price, quality…) and custom labels."""

    x_axis: str = "price"
    y_axis: str = "quality"
    x_label: str = ""
    y_label: str = ""

    def title(self, axis: str) -> str:
        """English title of *axis* (a custom axis shows its label)."""
        return rules.axis_title(axis, self.x_label, self.y_label)


@dataclass(frozen=True)
class MapData:
    """What the positioning map shows: axes, placed points, and the
    competitors left off (a score missing)."""

    axes: Axes
    points: list[rules.MapPoint]
    off_map: list[dict]


def list_competitors(plan: PlanFile) -> list[dict]:
    """Competitors in their order, as dicts."""
    return read_rows(plan.conn, TABLE)


def get_axes(plan: PlanFile) -> Axes:
    """The map axes stored in the plan row."""
    row = plan.conn.execute(f'SELECT {", ".join(AXIS_FIELDS)} FROM "plan"').fetchone()
    return Axes(row[0] or "price", row[1] or "quality", row[2] or "", row[3] or "")


def map_data(plan: PlanFile, rows: list[dict] | None = None) -> MapData:
    """The positioning map of the plan (pass *rows* to skip re-reading them)."""
    axes = get_axes(plan)
    points, off = rules.place_on_map(list_competitors(plan) if rows is None else rows, axes.x_axis, axes.y_axis)
    return MapData(axes, points, off)


def _plan_id(plan: PlanFile) -> str:
    return plan.conn.execute('SELECT id FROM "plan"').fetchone()[0]


def _name_for(plan: PlanFile, competitor_id: str) -> str:
    """How a competitor is named in a refusal (its name, or its number)."""
    rows = list_competitors(plan)
    for index, row in enumerate(rows, 1):
        if row["id"] == competitor_id:
            return shown(rules.display_name(row, index))
    return Term("competitor")


def validate_value(field: str, value, name: str | Term = Term("competitor")):
    """The value to store for competitor *field*, or raise EditRefused.

    Numbers may be given as text ('12.5', '12.5 %'); blank clears them."""
    if field not in rules.FIELDS:
        raise EditRefused(field, MESSAGES("unknown_field", field=shown(field)))
    label = Term(rules.LABELS[field])
    if field in rules.TEXT_FIELDS:
        if not isinstance(value, str):
            raise EditRefused(field, MESSAGES("text_only", label=label, name=name))
        limit = rules.TEXT_FIELDS[field]
        if len(value) > limit:
            raise EditRefused(field, MESSAGES("too_long", label=label, name=name, length=len(value), limit=limit))
        refuse_non_characters(field, MESSAGES("field_of", label=label, name=name), value)
        return value
    if field == "is_own_brand":
        if value not in (True, False, 0, 1):
            raise EditRefused(field, MESSAGES("yes_or_no", label=label, name=name))
        return bool(value)
    try:
        number = rules.parse_number(value)
    except (TypeError, ValueError):
        raise EditRefused(field, MESSAGES("not_a_number", label=label, name=name, value=shown(value))) from None
    high = rules.number_limit(field)
    if number is not None and not 0 <= number <= high:
        raise EditRefused(
            field, MESSAGES("out_of_range", label=label, name=name, value=f"{number:g}", high=f"{high:g}")
        )
    return number


def add_competitor(
    plan: PlanFile, values: dict | None = None, index: int | None = None, competitor_id: str | None = None
) -> Change:
    """Insert a competitor at *index* (end by default); Change.ids holds its id."""
    values = dict(values or {})
    checked = {
        field: validate_value(field, value, shown(values["name"]) if values.get("name") else Term("the new competitor"))
        for field, value in values.items()
    }
    new_id = insert_row(plan, TABLE, checked, index, competitor_id)
    return Change(CANVAS, TABLE, (new_id,), structure=True)


def update_competitor(plan: PlanFile, competitor_id: str, field: str, value) -> Change:
    """Change one field of a competitor."""
    stored = validate_value(field, value, _name_for(plan, competitor_id))
    update_field(plan, "competitor", competitor_id, field, stored, MESSAGES("competitor_gone"))
    return Change(CANVAS, TABLE, (competitor_id,), (field,))


def delete_competitor(plan: PlanFile, competitor_id: str) -> tuple[Change, dict, int]:
    """Delete a competitor; return the change, the row and its index (for undo)."""
    try:
        row, index = delete_row(plan, TABLE, competitor_id)
    except EditRefused:
        raise EditRefused("", MESSAGES("competitor_gone")) from None
    return Change(CANVAS, TABLE, (competitor_id,), structure=True), row, index


def restore_competitor(plan: PlanFile, row: dict, index: int) -> Change:
    """Put a deleted competitor back at *index* (undo of delete)."""
    restore_row(plan, TABLE, row, index)
    return Change(CANVAS, TABLE, (row["id"],), structure=True)


def move_competitor(plan: PlanFile, competitor_id: str, index: int) -> Change:
    """Move a competitor to *index* in the table."""
    try:
        move_row(plan, TABLE, competitor_id, index)
    except EditRefused:
        raise EditRefused("", MESSAGES("competitor_gone")) from None
    return Change(CANVAS, TABLE, (competitor_id,), structure=True)


def set_axes(plan: PlanFile, axes: Axes) -> Change:
    """Store the map's axes and custom axis labels (refused: an unknown
    axis, the same axis twice, a label over 60 characters)."""
    if rules.axes_error(axes.x_axis, axes.y_axis):
        bad = next((axis for axis in (axes.x_axis, axes.y_axis) if axis not in rules.MAP_AXES), None)
        problem = MESSAGES("same_axes") if bad is None else MESSAGES("bad_axis", axis=bad)
        raise EditRefused("competitor_x_axis", problem)
    for field, label in (("custom_axis_x_label", axes.x_label), ("custom_axis_y_label", axes.y_label)):
        if not isinstance(label, str):
            raise EditRefused(field, MESSAGES("axis_name_not_text"))
        if len(label) > rules.AXIS_LABEL_LIMIT:
            raise EditRefused(field, MESSAGES("axis_name_too_long", limit=rules.AXIS_LABEL_LIMIT, length=len(label)))
    with plan.transaction() as conn:
        conn.execute(
            f'UPDATE "plan" SET {", ".join(f"{f} = ?" for f in AXIS_FIELDS)}',
            (axes.x_axis, axes.y_axis, axes.x_label, axes.y_label),
        )
    return Change(CANVAS, "plan", (_plan_id(plan),), AXIS_FIELDS)
