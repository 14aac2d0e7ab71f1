"""The findings of the Strategy & actions canvas (Problems panel and
``stratdeck check``): see app/models/initiatives/rules.py. The rows are read
here with the kernel's row reading only, so opening a plan does not load the
canvas's editing code to check it."""

from __future__ import annotations

import datetime as dt

from app.models.initiatives import rules
from app.services.plan.problems import rule_provider
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


def plan_rows(plan: PlanFile) -> dict:
    """Everything the canvas's rules read, as plain rows."""
    return {
        "pillars": read_rows(plan.conn, "pillar"),
        "initiatives": initiatives_in_order(plan),
        "cells": read_rows(plan.conn, "raci_cell"),
        "tows_strategies": read_rows(plan.conn, "tows_strategy"),
        "campaigns": read_rows(plan.conn, "campaign"),
        "checkpoints": read_rows(plan.conn, "checkpoint"),
        "links": all_links(plan),
    }


def initiatives_in_order(plan: PlanFile) -> list[dict]:
    """Every initiative, in pillar order, then its own order."""
    order = {p["id"]: n for n, p in enumerate(read_rows(plan.conn, "pillar"))}
    rows = read_rows(plan.conn, "initiative")
    return sorted(rows, key=lambda r: (order.get(r["pillar_id"], len(order)), r["position"]))


def all_links(plan: PlanFile) -> dict[str, dict[str, list[str]]]:
    """{kind: {initiative id: [linked ids in order]}} for every kind."""
    found: dict[str, dict[str, list[str]]] = {}
    for kind in rules.LINK_KINDS:
        table, column = rules.link_table(kind), rules.link_column(kind)
        by_initiative: dict[str, list[str]] = {}
        for initiative_id, other in plan.conn.execute(
            f'SELECT initiative_id, "{column}" FROM "{table}" ORDER BY initiative_id, position'
        ):
            by_initiative.setdefault(initiative_id, []).append(other)
        found[kind] = by_initiative
    return found



@rule_provider
def initiative_findings(plan: PlanFile) -> list:
    """Findings of the Strategy & actions canvas."""
    return rules.check_initiatives(plan_rows(plan), dt.date.today())
