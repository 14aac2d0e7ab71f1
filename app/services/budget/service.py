"""Read and edit the Budget canvas: budget lines × months (planned and
actual), the budget envelope and the reserve pool.

Each edit validates everything first (EditRefused names the line, month and
layer; nothing is stored), then commits in one transaction and returns a
Change. Cell edits carry the stored values in ``Change.extra["cells"]`` as
(line id, month, planned, actual), so an open grid updates without reading
the file again. The grid read from a plan is kept between reads and
follows cell edits in place (app/services/budget/cache.py)."""

from __future__ import annotations

from app.models.budget.grid import LAYERS, BudgetGrid, line_label
from app.models.budget.rules import AmountError, parse_amount
from app.services.budget.cache import cached, follow_cells, plan_settings, version
from app.services.budget.messages import LINE_LABELS, MESSAGES
from app.services.budget.problems import budget_findings  # noqa: F401 - callers read findings from the service too
from app.services.plan import kept_links
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import text_value
from app.services.plan.messages import Term
from app.services.plan.row_edits import RowEdits
from app.services.plan.row_refs import row_exists
from app.services.plan.rows import delete_row, insert_row, restore_row
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "budget"
LINE_FIELDS = {"channel_id": 0, "sub_channel": 200, "campaign_id": 0, "owner": 200, "note": 2_000}
_REASONS = {"negative": "amount_negative", "not a number": "amount_not_number", "too large": "amount_too_large"}


def load_grid(plan: PlanFile) -> BudgetGrid:
    """The whole budget matrix with its sums (the caller's own copy)."""
    return cached(plan)[1].copy()


def _line_name(plan: PlanFile, line_id: str) -> str:
    row = plan.conn.execute(
        "SELECT l.sub_channel, c.name FROM budget_line l LEFT JOIN channel c ON c.id = l.channel_id WHERE l.id = ?",
        (line_id,),
    ).fetchone()
    if row is None:
        raise EditRefused("", MESSAGES("line_gone"))
    return shown(line_label({"sub_channel": row[0]}, row[1] or ""), 80)  # one printable line in any message


# -- cells ---------------------------------------------------------------------
def read_cells(plan: PlanFile, keys) -> dict[tuple[str, str], tuple]:
    """Stored (planned, actual) of each (line id, month) in *keys* ((None, None) when empty)."""
    found = {}
    for line_id, month in keys:
        row = plan.conn.execute(
            "SELECT planned, actual FROM budget_cell WHERE budget_line_id = ? AND month = ?", (line_id, month)
        ).fetchone()
        found[(line_id, month)] = tuple(row) if row else (None, None)
    return found


def _check_month(month) -> str:
    if not (
        isinstance(month, str)
        and len(month) == 7
        and month[4] == "-"
        and month[:4].isdigit()
        and month[5:].isdigit()
        and 1 <= int(month[5:]) <= 12
    ):
        raise EditRefused("month", MESSAGES("bad_month", value=shown(month)))
    return month


def validate_cells(plan: PlanFile, edits) -> list[tuple[str, str, str, float | None]]:
    """(line id, month, layer, amount) for each (line id, month, layer, value)
    edit, or EditRefused naming the first bad cell."""
    names: dict[str, str] = {}
    checked = []
    for line_id, month, layer, value in edits:
        if layer not in LAYERS:
            raise EditRefused(layer, MESSAGES("unknown_layer", layer=shown(layer)))
        if line_id not in names:
            names[line_id] = _line_name(plan, line_id)
        _check_month(month)
        try:
            amount = parse_amount(value)
        except AmountError as exc:
            subject = MESSAGES("cell_subject", line=names[line_id], month=month, layer=Term(layer))
            raise EditRefused(layer, MESSAGES(_REASONS[str(exc)], subject=subject, value=shown(value))) from None
        checked.append((line_id, month, layer, amount))
    return checked


def set_cells(plan: PlanFile, edits) -> Change:
    """Store many cells at once (typing, paste, fill right, clear): all or
    nothing. *edits* holds (line id, month, layer, value); value is a number,
    text to parse, or None/'' to clear."""
    checked = validate_cells(plan, edits)
    keys = list(dict.fromkeys((line_id, month) for line_id, month, _, _ in checked))
    stored = read_cells(plan, keys)
    for line_id, month, layer, amount in checked:
        planned, actual = stored[(line_id, month)]
        stored[(line_id, month)] = (amount, actual) if layer == "planned" else (planned, amount)
    before = version(plan)
    with plan.transaction() as conn:
        for (line_id, month), (planned, actual) in stored.items():
            if planned is None and actual is None:
                conn.execute("DELETE FROM budget_cell WHERE budget_line_id = ? AND month = ?", (line_id, month))
            else:
                conn.execute(
                    "INSERT INTO budget_cell (budget_line_id, month, planned, actual) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (budget_line_id, month) DO UPDATE SET planned = excluded.planned, "
                    "actual = excluded.actual",
                    (line_id, month, planned, actual),
                )
    layers = tuple(dict.fromkeys(layer for _, _, layer, _ in checked))
    cells = [(line_id, month, *values) for (line_id, month), values in stored.items()]
    follow_cells(plan, before, cells)
    return Change(CANVAS, "budget_cell", tuple(dict.fromkeys(k[0] for k in keys)), layers, extra={"cells": cells})


def restore_cells(plan: PlanFile, cells) -> Change:
    """Put back (line id, month, planned, actual) exactly as they were (undo)."""
    edits = [
        (line_id, month, layer, value)
        for line_id, month, planned, actual in cells
        for layer, value in zip(LAYERS, (planned, actual), strict=True)
    ]
    return set_cells(plan, edits)


# -- lines ---------------------------------------------------------------------
def _check_line_value(plan: PlanFile, field: str, value):
    if field not in LINE_FIELDS:
        raise EditRefused(field, MESSAGES("unknown_line_field", field=shown(field)))
    label = Term(LINE_LABELS[field])
    if field == "channel_id":
        if not row_exists(plan.conn, "channel", value):
            raise EditRefused(field, MESSAGES("choose_channel"))
        return value
    if field == "campaign_id":
        if value in (None, ""):
            return None
        if not row_exists(plan.conn, "campaign", value):
            raise EditRefused(field, MESSAGES("campaign_gone"))
        return value
    return text_value(field, label, value, LINE_FIELDS[field])


# Adding a line checks that it names its channel: add_line below.
LINES = RowEdits(CANVAS, "budget_line", _check_line_value, MESSAGES("line_gone"), check_needs_plan=True)
update_line, move_line = LINES.update, LINES.move


def add_line(plan: PlanFile, values: dict, index: int | None = None, line_id: str | None = None) -> Change:
    """Insert a budget line (channel required) at *index*; Change.ids holds its id."""
    checked = {field: _check_line_value(plan, field, value) for field, value in values.items()}
    if "channel_id" not in checked:
        _check_line_value(plan, "channel_id", None)
    new_id = insert_row(plan, "budget_line", checked, index, line_id)
    return Change(CANVAS, "budget_line", (new_id,), structure=True)


def delete_line(plan: PlanFile, line_id: str) -> tuple[Change, dict, int, list]:
    """Delete a line and its cells; return the change, row, index and cells (for undo)."""
    cells = plan.conn.execute(
        "SELECT budget_line_id, month, planned, actual FROM budget_cell WHERE budget_line_id = ?", (line_id,)
    ).fetchall()
    kept_links.keep(plan, "budget_line", [line_id])
    try:
        with plan.transaction() as conn:  # cells and line: one commit, or none
            conn.execute("DELETE FROM budget_cell WHERE budget_line_id = ?", (line_id,))
            row, index = delete_row(plan, "budget_line", line_id)
    except EditRefused:
        raise EditRefused("", MESSAGES("line_gone")) from None
    return Change(CANVAS, "budget_line", (line_id,), structure=True), row, index, [tuple(c) for c in cells]


def restore_line(plan: PlanFile, row: dict, index: int, cells: list) -> Change:
    """Put a deleted line and its cells back (undo of delete)."""
    with plan.transaction() as conn:  # line and cells: one commit, or none
        restore_row(plan, "budget_line", row, index)
        conn.executemany("INSERT INTO budget_cell (budget_line_id, month, planned, actual) VALUES (?, ?, ?, ?)", cells)
        kept_links.put_back(conn, plan, "budget_line", [row["id"]])
    return Change(CANVAS, "budget_line", (row["id"],), structure=True)


def delete_lines(plan: PlanFile, line_ids: list[str]) -> tuple[Change, list]:
    """Delete several lines with their cells in one commit; return the
    change and what :func:`restore_lines` needs to put them back."""
    deleted = []
    with plan.transaction():
        for line_id in line_ids:
            _change, row, index, cells = delete_line(plan, line_id)
            deleted.append((row, index, cells))
    return Change(CANVAS, "budget_line", tuple(line_ids), structure=True), deleted


def restore_lines(plan: PlanFile, deleted: list) -> Change:
    """Put lines deleted by :func:`delete_lines` back, in one commit."""
    with plan.transaction():
        for row, index, cells in reversed(deleted):
            restore_line(plan, row, index, cells)
    return Change(CANVAS, "budget_line", tuple(row["id"] for row, _i, _c in deleted), structure=True)


# -- envelope and reserve --------------------------------------------------------
def set_total_budget(plan: PlanFile, value) -> Change:
    """Set the budget envelope (blank: derived from the lines and the reserve)."""
    try:
        amount = parse_amount(value)
    except AmountError as exc:
        problem = MESSAGES(_REASONS[str(exc)], subject=Term("Budget envelope"), value=shown(value))
        raise EditRefused("total_budget", problem) from None
    return _set_plan("total_budget", amount)(plan)


def set_reserve_pct(plan: PlanFile, value) -> Change:
    """Set the reserve pool as a percentage of the envelope (0–99; blank: not set)."""
    try:
        pct = parse_amount(str(value).rstrip().rstrip("%") if isinstance(value, str) else value)
    except AmountError:
        pct = -1.0
    if pct is not None and not 0 <= pct < 100:
        raise EditRefused("reserve_pct", MESSAGES("reserve_bad", value=shown(value)))
    return _set_plan("reserve_pct", pct)(plan)


def _set_plan(field: str, value):
    def apply(plan: PlanFile) -> Change:
        with plan.transaction() as conn:
            conn.execute(f'UPDATE "plan" SET "{field}" = ?', (value,))
        return Change(CANVAS, "plan", (plan_settings(plan)["id"],), (field,))

    return apply
