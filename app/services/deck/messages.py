"""Messages of the deck engine by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue("deck", {})
