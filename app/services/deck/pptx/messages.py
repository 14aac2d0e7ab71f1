"""Messages of the PPTX export by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue("pptx", {
    "target_is_folder": "{path} is a folder; choose a file name for the deck.",
    "target_is_plan": "{name} is the plan itself; choose another file name for the deck.",
    "no_part": "--part is not used with --format pptx: choose slides with --sections.",
    "no_password": "--password is only used with --format pdf (a PPTX is not encrypted).",
})
