"""Messages of the plan kernel (opening, locking, writing, validating a plan
file; images; field checks) by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue("plan", {})
