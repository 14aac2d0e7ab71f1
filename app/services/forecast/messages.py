"""The forecast canvas's messages: refused edits, import errors and deck
warnings, by key (see app/services/plan/messages.py). English here; the
Chinese is in the translation file (build/translations/messages.json)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue("forecast", {})
