"""The findings of the Strategy & actions canvas (Problems panel and
``stratdeck check``): see app/models/initiatives/rules.py."""

from __future__ import annotations

import datetime as dt

from app.models.initiatives import rules
from app.services.initiatives import matrix, service
from app.services.initiatives.checkpoints import list_checkpoints
from app.services.plan.problems import rule_provider
from app.services.plan.rows import read_rows
from app.services.plan.storage.plan_file import PlanFile


def plan_rows(plan: PlanFile) -> dict:
    """Everything the canvas's rules read, as plain rows."""
    return {
        "pillars": service.list_pillars(plan),
        "initiatives": service.list_initiatives(plan),
        "cells": matrix.list_cells(plan),
        "tows_strategies": read_rows(plan.conn, "tows_strategy"),
        "campaigns": read_rows(plan.conn, "campaign"),
        "checkpoints": list_checkpoints(plan),
        "links": service.all_links(plan),
    }


@rule_provider
def initiative_findings(plan: PlanFile) -> list:
    """Findings of the Strategy & actions canvas."""
    return rules.check_initiatives(plan_rows(plan), dt.date.today())
