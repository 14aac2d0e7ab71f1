"""A plan-wide rule: template prompt text left in a plan ("（提示）…",
"(Prompt) …", a trailing "（提示：写明幅度）"). Plans made from the templates
before prompts became placeholders hold such text as data; it must be
replaced by the planner's own words (the deck never shows it)."""

from __future__ import annotations

from app.models.findings import WARNING, Finding
from app.models.prompts import is_prompt, without_prompt
from app.services.plan import schema
from app.services.plan.messages import catalogue
from app.services.plan.problems import rule_provider
from app.services.plan.storage.plan_file import PlanFile

RULE = "plan.prompt_left"
MESSAGES = catalogue(
    "prompts", {"left": "Template prompt text is still in {table} › {field}: “{text}”. Replace it with your own words."}
)
# Which canvas shows each table (the Problems panel filters and jumps by it).
CANVAS_OF = {
    "plan": "overview",
    "objective": "overview",
    "swot_item": "swot",
    "tows_strategy": "swot",
    "persona": "personas",
    "value_tier": "personas",
    "journey_stage": "personas",
    "competitor": "competitors",
    "campaign": "calendar",
    "campaign_phase": "calendar",
    "milestone": "calendar",
    "key_date": "calendar",
    "channel": "budget",
    "budget_line": "budget",
    "kpi": "kpis",
    "risk": "risks",
    "playbook": "playbooks",
    "playbook_step": "playbooks",
    "holding_statement": "playbooks",
    "escalation_contact": "playbooks",
    "severity_level": "playbooks",
}
EXCERPT = 40


def _excerpt(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= EXCERPT else line[: EXCERPT - 1] + "…"


@rule_provider
def prompt_findings(plan: PlanFile) -> list[Finding]:
    """One finding per text field that still holds template prompt text."""
    found = []
    for table in schema.tables():
        canvas = CANVAS_OF.get(table.name)
        fields = [c.name for c in table.columns if c.type == "str" and not c.primary_key and not c.name.endswith("_id")]
        if canvas is None or not fields:
            continue
        columns = ", ".join(f'"{name}"' for name in fields)
        key = "id" if "id" in table.column_names else "rowid"
        for row in plan.conn.execute(f'SELECT "{key}", {columns} FROM "{table.name}"'):
            for name, value in zip(fields, row[1:], strict=True):
                if isinstance(value, str) and (is_prompt(value) or without_prompt(value) != value.rstrip()):
                    args = (("table", table.name), ("field", name), ("text", _excerpt(value)))
                    message = str(MESSAGES("left", **dict(args)))
                    found.append(Finding(RULE, WARNING, canvas, message, table.name, str(row[0]), name, args))
    return found
