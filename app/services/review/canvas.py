"""The review area (snapshots, diff, merge) as the registries see it: its
table, its deck section and its messages, reached through small functions
that import the code when called (like a canvas's declaration,
app/services/plan/canvas.py). It is not a canvas: no navigator entry, no
rules; it reads every canvas's figures, as the deck's summary does."""

from __future__ import annotations

TABLES = ("plan_snapshot",)


def deck() -> list:
    """The module registering "What changed since …"."""
    from app.services.review import deck_section

    return [deck_section]


def messages() -> list:
    """The review's message catalogue."""
    from app.services.review.messages import MESSAGES

    return [MESSAGES]
