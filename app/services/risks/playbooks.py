"""Read and edit crisis playbooks: severity levels, playbooks and their
escalation contacts, steps and holding statements; fill the statements'
placeholders; the canvas's findings. Each edit validates first
(EditRefused, nothing stored), commits in one transaction and returns a
Change."""

from __future__ import annotations

import datetime as dt
import uuid

from app.models.risks import rules as risk_rules
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.row_edits import RowEdits
from app.services.plan.row_refs import row_exists
from app.services.plan.rows import insert_row, move_row, plan_language, read_rows, update_field
from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import crisis_checks as check
from app.services.risks import crisis_rows
from app.services.risks.messages import CHILD_FIELDS, LEVEL_FIELDS, MESSAGES, PLAYBOOK_FIELDS

CANVAS = risk_rules.PLAYBOOK_CANVAS
MAX_OFFSET = 60 * 24 * 366  # a step more than a year after the trigger is a typo
TEXT_LIMITS = {
    "name": 200,
    "escalate_to": 200,
    "description": 2_000,
    "scenario": 10_000,
    "trigger_text": 2_000,
    "spokesperson": 200,
    "product": 200,
    "role": 200,
    "contact": 300,
    "action": 2_000,
    "owner": 200,
    "title": 300,
    "body": 20_000,
}
CHILD_TABLES = tuple(CHILD_FIELDS)
CHILD_NAMES = {"escalation_contact": "contact", "playbook_step": "step", "holding_statement": "statement"}
LINKED = {
    "severity_level_id": ("severity_level", "severity level"),
    "trigger_kpi_id": ("kpi", "KPI"),
    "trigger_risk_id": ("risk", "risk"),
}

# The standard levels an empty plan can start from (seed: level 1 — task force
# within 1 hour, CEO involved, public updates every 24 hours).
STANDARD_LEVELS = {
    "en": [
        (
            1,
            "Level 1 (critical)",
            60,
            24.0,
            "CEO",
            "Product safety, large data leaks: task force within 1 hour, CEO involved, public updates every 24 hours.",
        ),
        (
            2,
            "Level 2 (major)",
            240,
            48.0,
            "Marketing director",
            "Supply disruption, regional negative coverage: the marketing director leads within 4 hours.",
        ),
        (
            3,
            "Level 3 (minor)",
            1440,
            72.0,
            "PR lead",
            "Single complaints or posts: PR and customer service respond within 24 hours.",
        ),
    ],
    "zh": [
        (
            1,
            "一级（重大）",
            60,
            24.0,
            "CEO",
            "产品安全、大规模数据泄露等：1 小时内成立专项小组，CEO 直接介入，每 24 小时对外通报进展。",
        ),
        (2, "二级（较大）", 240, 48.0, "市场总监", "供应中断、区域性负面舆情：4 小时内由市场总监牵头响应。"),
        (3, "三级（一般）", 1440, 72.0, "公关负责人", "个别投诉、单条负面内容：24 小时内由公关与客服处理。"),
    ],
}


# -- reading -------------------------------------------------------------------
def list_levels(plan: PlanFile) -> list[dict]:
    """Severity levels, most severe (lowest number) first."""
    return sorted(read_rows(plan.conn, "severity_level"), key=lambda r: (r["level"], r["position"]))


def list_playbooks(plan: PlanFile) -> list[dict]:
    """Playbooks in their order."""
    return read_rows(plan.conn, "playbook")


def list_children(plan: PlanFile, table: str, playbook_id: str) -> list[dict]:
    """Contacts, steps or statements of one playbook, in their order."""
    return read_rows(plan.conn, table, {"playbook_id": playbook_id})


def kpi_choices(plan: PlanFile) -> list[tuple[str, str]]:
    """(id, name) of the plan's KPIs, for a playbook's trigger."""
    return [(row["id"], row["name"]) for row in read_rows(plan.conn, "kpi")]


def playbook_of(plan: PlanFile, row_id: str) -> str | None:
    """The playbook a playbook, contact, step or statement id belongs to."""
    if plan.conn.execute("SELECT 1 FROM playbook WHERE id = ?", (row_id,)).fetchone():
        return row_id
    for table in CHILD_TABLES:
        found = plan.conn.execute(f'SELECT playbook_id FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
        if found:
            return found[0]
    return None


def placeholder_values(plan: PlanFile, playbook: dict, date_text: str) -> dict[str, str]:
    """What {brand}, {date} and {product} stand for in *playbook*'s statements."""
    brand = plan.conn.execute('SELECT brand FROM "plan"').fetchone()[0] or ""
    return {"brand": brand, "date": date_text, "product": playbook.get("product") or ""}


def plan_date(plan: PlanFile, day: dt.date | None = None) -> str:
    """*day* (today by default) written in the plan's language, for {date}."""
    from app.services.deck.labels import format_date, language_of

    language = language_of(plan_language(plan))
    return format_date(language, day or dt.date.today())


# -- severity levels -------------------------------------------------------------
def _check_level_value(plan: PlanFile, field: str, value, level_id: str | None = None):
    check.known_field(field, LEVEL_FIELDS, "severity level")
    label = LEVEL_FIELDS[field]
    if field == "level":
        number = check.whole(field, label, value, 1, 9)
        clash = plan.conn.execute("SELECT id FROM severity_level WHERE level = ? AND id IS NOT ?", (number, level_id))
        if clash.fetchone():
            raise EditRefused(field, MESSAGES("level_exists", level=number))
        return number
    if field == "response_minutes":
        return check.whole(field, label, value, 1, MAX_OFFSET, optional=True)
    if field == "update_interval_hours":
        return check.positive(field, label, value, 24 * 366)
    return check.text(field, label, value, TEXT_LIMITS[field])


def add_level(plan: PlanFile, values: dict | None = None, level_id: str | None = None) -> Change:
    """Add a severity level (the next free number unless *values* gives one)."""
    values = dict(values or {})
    if "level" not in values:
        used = {r["level"] for r in list_levels(plan)}
        free = [n for n in range(1, 10) if n not in used]
        if not free:
            raise EditRefused("level", MESSAGES("all_levels_exist"))
        values["level"] = free[0]
    stored = {f: _check_level_value(plan, f, v, level_id) for f, v in values.items()}
    new_id = insert_row(plan, "severity_level", stored, None, level_id)
    return Change(CANVAS, "severity_level", (new_id,), structure=True)


def add_standard_levels(plan: PlanFile, language: str | None = None, ids: list[str] | None = None) -> Change:
    """Add the three standard levels to a plan that has none (one transaction),
    named in *language* (default: the plan's language); *ids* on redo."""
    if language is None:
        language = plan_language(plan)
    if list_levels(plan):
        raise EditRefused("level", MESSAGES("levels_exist"))
    rows = STANDARD_LEVELS["en" if language == "en" else "zh"]
    ids = ids or [None] * len(rows)
    made = []
    with plan.transaction() as conn:
        for position, ((level, name, minutes, hours, escalate, text), row_id) in enumerate(zip(rows, ids, strict=True)):
            row = {
                "id": row_id or _new_id(),
                "position": position,
                "level": level,
                "name": name,
                "response_minutes": minutes,
                "update_interval_hours": hours,
                "escalate_to": escalate,
                "description": text,
            }
            crisis_rows.insert(conn, "severity_level", row)
            made.append(row["id"])
    return Change(CANVAS, "severity_level", tuple(made), structure=True)


def remove_levels(plan: PlanFile, level_ids: list[str]) -> Change:
    """Remove levels no playbook uses (the undo of add_standard_levels)."""
    with plan.transaction() as conn:
        conn.executemany("DELETE FROM severity_level WHERE id = ?", [(i,) for i in level_ids])
        crisis_rows.renumber(conn, "severity_level", {})
    return Change(CANVAS, "severity_level", tuple(level_ids), structure=True)


def update_level(plan: PlanFile, level_id: str, field: str, value) -> Change:
    """Change one field of a severity level."""
    stored = _check_level_value(plan, field, value, level_id)
    update_field(plan, "severity_level", level_id, field, stored, MESSAGES("severity_level_gone"))
    return Change(CANVAS, "severity_level", (level_id,), (field,))


def delete_level(plan: PlanFile, level_id: str) -> tuple[Change, crisis_rows.Snapshot]:
    """Delete a level (its playbooks lose their level); snapshot for undo."""
    snapshot = crisis_rows.take_out(
        plan,
        "severity_level",
        level_id,
        MESSAGES("severity_level_gone"),
        links=(("playbook", "severity_level_id"),),
    )
    return Change(CANVAS, "severity_level", (level_id,), structure=True), snapshot


# -- playbooks ---------------------------------------------------------------------
def _check_playbook_value(plan: PlanFile, field: str, value):
    check.known_field(field, PLAYBOOK_FIELDS, "playbook")
    if field in LINKED:
        if value in (None, ""):
            return None
        table, _what = LINKED[field]
        if not row_exists(plan.conn, table, value):
            raise EditRefused(field, MESSAGES(f"chosen_{table}_gone"))
        return value
    return check.text(field, PLAYBOOK_FIELDS[field], value, TEXT_LIMITS[field])


PLAYBOOKS = RowEdits(CANVAS, "playbook", _check_playbook_value, MESSAGES("playbook_gone"), check_needs_plan=True)
add_playbook, update_playbook, move_playbook = PLAYBOOKS.add, PLAYBOOKS.update, PLAYBOOKS.move


def delete_playbook(plan: PlanFile, playbook_id: str) -> tuple[Change, crisis_rows.Snapshot]:
    """Delete a playbook with its contacts, steps and statements; snapshot for undo."""
    children = tuple((table, "playbook_id") for table in CHILD_TABLES)
    snapshot = crisis_rows.take_out(plan, "playbook", playbook_id, MESSAGES("playbook_gone"), children=children)
    return Change(CANVAS, "playbook", (playbook_id,), structure=True), snapshot


def restore(plan: PlanFile, snapshot: crisis_rows.Snapshot) -> Change:
    """Undo a delete of a level, playbook, contact, step or statement."""
    with plan.transaction() as conn:
        crisis_rows.put_back(conn, snapshot)
    return Change(CANVAS, snapshot.table, (snapshot.row["id"],), structure=True)


# -- contacts, steps, statements ---------------------------------------------------
def _check_child_value(table: str, field: str, value):
    fields = CHILD_FIELDS[table]
    check.known_field(field, fields, CHILD_NAMES[table])
    if field == "offset_minutes":
        return check.whole(field, fields[field], value, 0, MAX_OFFSET, optional=True)
    return check.text(field, fields[field], value, TEXT_LIMITS[field])


def add_child(
    plan: PlanFile,
    table: str,
    playbook_id: str,
    values: dict | None = None,
    index: int | None = None,
    row_id: str | None = None,
) -> Change:
    """Add a contact, step or statement to a playbook at *index* (end by default)."""
    stored = {f: _check_child_value(table, f, v) for f, v in (values or {}).items()}
    if plan.conn.execute("SELECT 1 FROM playbook WHERE id = ?", (playbook_id,)).fetchone() is None:
        raise EditRefused("", MESSAGES("playbook_gone"))
    new_id = insert_row(plan, table, stored, index, row_id, {"playbook_id": playbook_id})
    return Change(CANVAS, table, (new_id,), structure=True)


def update_child(plan: PlanFile, table: str, row_id: str, field: str, value) -> Change:
    """Change one field of a contact, step or statement."""
    stored = _check_child_value(table, field, value)
    update_field(plan, table, row_id, field, stored, MESSAGES(f"{CHILD_NAMES[table]}_gone"))
    return Change(CANVAS, table, (row_id,), (field,))


def delete_child(plan: PlanFile, table: str, row_id: str) -> tuple[Change, crisis_rows.Snapshot]:
    """Delete a contact, step or statement; snapshot for undo."""
    snapshot = crisis_rows.take_out(
        plan, table, row_id, MESSAGES(f"{CHILD_NAMES[table]}_gone"), ("playbook_id",)
    )
    return Change(CANVAS, table, (row_id,), structure=True), snapshot


def move_child(plan: PlanFile, table: str, row_id: str, index: int) -> Change:
    """Move a contact, step or statement to *index* within its playbook."""
    found = plan.conn.execute(f'SELECT playbook_id FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    if found is None:
        raise EditRefused("", MESSAGES(f"{CHILD_NAMES[table]}_gone"))
    move_row(plan, table, row_id, index, {"playbook_id": found[0]})
    return Change(CANVAS, table, (row_id,), structure=True)


def _new_id() -> str:
    return str(uuid.uuid4())
