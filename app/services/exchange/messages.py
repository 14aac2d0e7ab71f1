"""Messages of the exchange engine by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue("exchange", {})
