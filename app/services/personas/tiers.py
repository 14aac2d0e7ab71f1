"""Read and edit customer value tiers (share of customers and revenue,
service level and response time per tier).

Same pattern as persona_service: validate → EditRefused → one transaction →
Change. ``add_standard_tiers`` inserts the four seed tiers in one step."""

from __future__ import annotations

import uuid

from app.models.personas.rules import CANVAS
from app.services.personas.messages import MESSAGES, TIER_LABELS
from app.services.personas.service import parse_share
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused
from app.services.plan.field_checks import text_value
from app.services.plan.messages import Term
from app.services.plan.row_edits import RowEdits
from app.services.plan.rows import delete_row, plan_language, read_rows, restore_row
from app.services.plan.storage.plan_file import PlanFile

TEXT_FIELDS = {"name": 200, "service_level": 2_000, "response_time": 200}
SHARE_FIELDS = ("customer_share_pct", "revenue_share_pct")
FIELDS = ("name", *SHARE_FIELDS, "service_level", "response_time")
LABELS = TIER_LABELS
# The seed segmentation: (name zh, name en, customers %, service zh, service en, response zh, response en)
STANDARD_TIERS = (
    (
        "钻石客户",
        "Diamond",
        2.0,
        "专属顾问一对一服务、新品先享",
        "Personal adviser, early access to new products",
        "1 小时内",
        "Within 1 hour",
    ),
    (
        "核心客户",
        "Core",
        18.0,
        "会员专线、专属客户经理",
        "Member hotline, dedicated account manager",
        "4 小时内",
        "Within 4 hours",
    ),
    (
        "潜力客户",
        "Potential",
        30.0,
        "社群顾问、升级激励",
        "Community adviser, upgrade incentives",
        "24 小时内",
        "Within 24 hours",
    ),
    ("基础客户", "Basic", 50.0, "智能客服、自动化关怀", "Chatbot and automated care", "48 小时内", "Within 48 hours"),
)


def check_value(field: str, value, row_number: int | None = None):
    """The value to store for tier *field*, or EditRefused."""
    if field not in FIELDS:
        raise EditRefused(field, MESSAGES("unknown_tier_field", field=field))
    label = Term(LABELS[field])
    if row_number is not None:
        label = MESSAGES("tier_label", label=label, n=row_number)
    if field in SHARE_FIELDS:
        return parse_share(field, label, value, allow_empty=field == "revenue_share_pct")
    return text_value(field, label, value, TEXT_FIELDS[field])


# Updates name the tier's row number in refusals: update_tier below.
TIERS = RowEdits(CANVAS, "value_tier", check_value, MESSAGES("tier_gone"))
add_tier, move_tier = TIERS.add, TIERS.move


def list_tiers(plan: PlanFile) -> list[dict]:
    """Value tiers in their order."""
    return read_rows(plan.conn, "value_tier")


def update_tier(plan: PlanFile, tier_id: str, field: str, value) -> Change:
    """Change one field of a tier (refusals name the tier's row number)."""
    ids = [t["id"] for t in list_tiers(plan)]
    if tier_id not in ids:
        raise EditRefused(field, MESSAGES("tier_gone"))
    stored = check_value(field, value, ids.index(tier_id) + 1)
    with plan.transaction() as conn:
        conn.execute(f'UPDATE value_tier SET "{field}" = ? WHERE id = ?', (stored, tier_id))
    return Change(CANVAS, "value_tier", (tier_id,), (field,))


def delete_tier(plan: PlanFile, tier_id: str) -> tuple[Change, dict, int]:
    """Delete a tier; return the change, the row and its index (for undo)."""
    row, index = delete_row(plan, "value_tier", tier_id)
    return Change(CANVAS, "value_tier", (tier_id,), structure=True), row, index


def restore_tier(plan: PlanFile, row: dict, index: int) -> Change:
    """Put a deleted tier back at *index* (undo of delete)."""
    restore_row(plan, "value_tier", row, index)
    return Change(CANVAS, "value_tier", (row["id"],), structure=True)


def standard_tier_rows(language: str) -> list[dict]:
    """The four seed tiers (diamond 2 % / core 18 % / potential 30 % / basic
    50 % of customers) in the plan's language, without ids."""
    en = language == "en"
    return [
        {
            "name": en_name if en else zh_name,
            "customer_share_pct": share,
            "service_level": service_en if en else service_zh,
            "response_time": response_en if en else response_zh,
        }
        for zh_name, en_name, share, service_zh, service_en, response_zh, response_en in STANDARD_TIERS
    ]


def add_standard_tiers(plan: PlanFile, ids: list[str] | None = None) -> Change:
    """Append the four standard tiers in one transaction (in the plan's
    language); *ids* lets redo recreate the same rows."""
    language = plan_language(plan)
    rows = standard_tier_rows(language)
    ids = list(ids or [str(uuid.uuid4()) for _ in rows])
    with plan.transaction() as conn:
        start = conn.execute("SELECT COUNT(*) FROM value_tier").fetchone()[0]
        conn.executemany(
            "INSERT INTO value_tier (id, position, name, customer_share_pct, revenue_share_pct, service_level, "
            "response_time) VALUES (?, ?, ?, ?, NULL, ?, ?)",
            [
                (tier_id, start + n, r["name"], r["customer_share_pct"], r["service_level"], r["response_time"])
                for n, (tier_id, r) in enumerate(zip(ids, rows, strict=True))
            ],
        )
    return Change(CANVAS, "value_tier", tuple(ids), structure=True)


def remove_tiers(plan: PlanFile, ids: list[str]) -> Change:
    """Delete several tiers in one transaction (undo of add_standard_tiers)."""
    with plan.transaction() as conn:
        conn.executemany("DELETE FROM value_tier WHERE id = ?", [(i,) for i in ids])
        kept = [r[0] for r in conn.execute("SELECT id FROM value_tier ORDER BY position, id")]
        conn.executemany("UPDATE value_tier SET position = ? WHERE id = ?", list(enumerate(kept)))
    return Change(CANVAS, "value_tier", tuple(ids), structure=True)
