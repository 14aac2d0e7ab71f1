"""The view-side counterpart of a canvas declaration
(app/services/plan/canvas.py): what the navigator lists for the canvas.

Each ``app/views/<canvas>/canvas.py`` defines ``VIEW = CanvasView(...)``;
app/views/shell/canvases.py puts them in the order of
app/services/canvas_list.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple


class NavEntry(NamedTuple):
    """One navigator entry: key (Change.canvas it follows), label in the
    interface language, and ``factory(document, parent)`` building its editor."""

    key: str
    label: str
    factory: Callable


def _no_templates() -> dict[str, str]:
    return {}


@dataclass(frozen=True)
class CanvasView:
    """A canvas's navigator entries and finding texts. ``entries()`` is
    called each time the window lists them, so labels follow a language
    switch; a canvas may list more than one entry (Forecast & ROI and KPIs)
    or none. ``finding_templates()`` gives {rule id: translated template}
    of the canvas's findings (the Problems panel)."""

    key: str
    entries: Callable[[], list[NavEntry]]
    finding_templates: Callable[[], dict[str, str]] = _no_templates
