"""The Risks & crisis playbooks canvas's rule providers (see
app.models.risks.rules). They import only the rules and the kernel's row
reading: the Problems panel runs them when a plan opens, before any risk
or playbook editing code is needed."""

from __future__ import annotations

import datetime as dt

from app.models.risks import rules as risk_rules
from app.services.plan.problems import rule_provider
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


@rule_provider
def risk_findings(plan: PlanFile) -> list:
    """Findings of the risk register (see risk_rules.check_risks)."""
    return risk_rules.check_risks(read_rows(plan.conn, "risk"), dt.date.today())


@rule_provider
def playbook_findings(plan: PlanFile) -> list:
    """Findings of the crisis playbooks (see risk_rules.check_playbooks)."""
    levels = {row["id"]: row for row in read_rows(plan.conn, "severity_level")}
    return risk_rules.check_playbooks(
        read_rows(plan.conn, "playbook"),
        levels,
        children_by_playbook(plan, "playbook_step"),
        children_by_playbook(plan, "holding_statement"),
    )


def children_by_playbook(plan: PlanFile, table: str) -> dict[str, list[dict]]:
    """{playbook id: its ordered rows of *table*} for every playbook."""
    grouped: dict[str, list[dict]] = {}
    for row in read_rows(plan.conn, table):
        grouped.setdefault(row["playbook_id"], []).append(row)
    return grouped
