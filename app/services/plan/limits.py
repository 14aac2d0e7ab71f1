"""Limits applied at every door (editors, JSON import, services, the deck),
in one place; docs/reliability.md lists them.

- A stored value: at most ``MAX_VALUE_BYTES`` (64 MB; SQLite's own limit is
  set to it on every connection). Editors refuse text longer than their
  field's limit (each canvas's service), JSON import up to 64 MB per value.
- An image (logo, persona photo): at most ``MAX_IMAGE_PIXELS`` (40 MP) —
  the file chooser, ``set_logo`` / ``set_photo`` and JSON import all refuse
  larger ones before decoding them.
- The deck shows at most ``deck_text_limit(table, column)`` characters of a
  field (``DECK_TEXT_LIMIT`` unless listed in ``DECK_TEXT_LIMITS``); longer
  text is cut there with a note, so a deck stays within its page budget.
  ``stratdeck check`` (and the Problems panel) names every field over it."""

from __future__ import annotations

from app.models.findings import WARNING, Finding
from app.services.plan import images, schema
from app.services.plan.problems import rule_provider
from app.services.plan.storage import sqlite_guard
from app.services.plan.storage.plan_file import PlanFile

MAX_VALUE_BYTES = sqlite_guard.MAX_VALUE_BYTES
MAX_IMAGE_PIXELS = images.MAX_PIXELS

# Characters of one field the slides show: about four slides of dense text, so
# one field can continue on "(cont.)" slides but never fills the deck (1 MB of
# text would make hundreds). The deck cuts a longer field with a warning
# (DeckContext.clean) and `check` names it; editors keep their own, lower
# limits for what is typed.
DECK_TEXT_LIMIT = 20_000
DECK_TEXT_LIMITS: dict[tuple[str, str], int] = {}
# Columns that are codes or stamps, not text shown as such on a slide.
NOT_DECK_TEXT = {"language", "currency", "brand_color", "color", "logo_mime", "photo_mime", "created_at",
                 "modified_at", "quadrant", "kind", "status", "direction", "category", "month"}  # fmt: skip

# Which canvas a table's rows are edited in (for the finding's link).
CANVAS_OF = {
    "plan": "overview", "objective": "overview", "swot_item": "swot", "tows_strategy": "swot",
    "persona": "personas", "value_tier": "personas", "journey_stage": "personas", "competitor": "competitors",
    "channel": "budget", "campaign": "calendar", "campaign_phase": "calendar", "milestone": "calendar",
    "key_date": "calendar", "budget_line": "budget", "kpi": "kpis", "risk": "risks", "severity_level": "playbooks",
    "playbook": "playbooks", "escalation_contact": "playbooks", "playbook_step": "playbooks",
    "holding_statement": "playbooks",
}  # fmt: skip


def deck_text_limit(table: str, column: str) -> int:
    """How many characters of *table*.*column* the deck shows."""
    return DECK_TEXT_LIMITS.get((table, column), DECK_TEXT_LIMIT)


def cut_for_deck(text: str, table: str, column: str) -> tuple[str, bool]:
    """*text* cut to the deck's limit for its field, and whether it was cut
    (the deck then adds a note saying so)."""
    limit = deck_text_limit(table, column)
    return (text, False) if len(text) <= limit else (text[:limit].rstrip() + "…", True)


def deck_text_columns(table: schema.Table) -> list[str]:
    """The text columns of *table* that slides show."""
    return [
        c.name
        for c in table.columns
        if c.type == "str" and not c.references and c.name != "id" and c.name not in NOT_DECK_TEXT
    ]


@rule_provider
def fields_too_long_for_the_deck(plan: PlanFile) -> list[Finding]:
    """A finding for every field longer than the deck shows (one query per table)."""
    found: list[Finding] = []
    for table in schema.tables():
        columns = deck_text_columns(table)
        if not columns:
            continue
        has_id = "id" in table.column_names
        lengths = ", ".join(f'length("{c}")' for c in columns)
        over = " OR ".join(f'length("{c}") > {deck_text_limit(table.name, c)}' for c in columns)
        key = '"id"' if has_id else "rowid"
        for row in plan.conn.execute(f'SELECT {key}, {lengths} FROM "{table.name}" WHERE {over} ORDER BY rowid'):
            for column, length in zip(columns, row[1:], strict=True):
                limit = deck_text_limit(table.name, column)
                if length is not None and length > limit:
                    found.append(_too_long(table.name, column, str(row[0]) if has_id else "", length, limit))
    return found


def _too_long(table: str, column: str, item_id: str, length: int, limit: int) -> Finding:
    label = f"{table}.{column}"
    return Finding(
        rule="plan.deck_text_too_long",
        severity=WARNING,
        canvas=CANVAS_OF.get(table, "overview"),
        message=f"{label} has {length:,} characters; the deck shows the first {limit:,} and notes the cut.",
        table=table,
        item_id=item_id,
        field=column,
        args=(("field", label), ("length", length), ("limit", limit)),
    )


@rule_provider
def images_too_large(plan: PlanFile) -> list[Finding]:
    """A finding for a stored logo or photo over the pixel limit (a plan
    made by hand or by an older build: every door refuses them now)."""
    found = []
    for table, column in (("plan", "logo"), ("persona", "photo")):
        for item_id, data in plan.conn.execute(f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'):
            size = images.dimensions(data)
            if size is not None and size[0] * size[1] > MAX_IMAGE_PIXELS:
                found.append(
                    Finding(
                        rule="plan.image_too_large",
                        severity=WARNING,
                        canvas=CANVAS_OF[table],
                        message=f"The {column} is {size[0]}×{size[1]} pixels, over the "
                        f"{MAX_IMAGE_PIXELS // 1_000_000} MP limit; replace it with a smaller image.",
                        table=table,
                        item_id=str(item_id),
                        field=column,
                        args=(("width", size[0]), ("height", size[1])),
                    )
                )
    return found
