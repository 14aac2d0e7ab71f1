"""Every canvas of the canvas list has its view declaration; the navigator
follows the list's order."""

from __future__ import annotations

from app.services.canvas_list import CANVASES
from app.views.shell.canvases import VIEWS, canvas_entries


def test_every_canvas_has_exactly_one_view(qapp):
    assert sorted(v.key for v in VIEWS) == sorted(c.key for c in CANVASES)
    keys = [entry.key for entry in canvas_entries()]
    assert keys == [
        "dashboard",  # the plan's summary opens first
        "overview",
        "swot",
        "personas",
        "competitors",
        "initiatives",
        "calendar",
        "budget",
        "forecast",
        "kpis",
        "risks",
        "playbooks",
        "deck",
    ]
