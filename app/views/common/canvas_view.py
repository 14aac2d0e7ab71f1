"""The view-side counterpart of a canvas declaration
(app/services/plan/canvas.py): what the navigator lists for the canvas.

Each ``app/views/<canvas>/canvas.py`` is a few lines of data,
``VIEW = CanvasView(key, finding_templates, [NavItem(...)])``, whose editor
loaders import the editor only when its canvas is first shown;
app/views/shell/canvases.py puts them in the order of
app/services/canvas_list.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from app.models.frozen import frozen_model


class NavEntry(NamedTuple):
    """One navigator entry: key (Change.canvas it follows), label in the
    interface language, and ``factory(document, parent)`` building its editor."""

    key: str
    label: str
    factory: Callable


class NavItem(NamedTuple):
    """One navigator entry as a canvas declares it: key, English label in the
    "Canvases" context (marked with ``QT_TRANSLATE_NOOP``), and
    ``editor()`` importing and returning the editor class."""

    key: str
    label: str
    editor: Callable[[], Callable]


def _no_templates() -> dict[str, str]:
    return {}


def editor_factory(editor: Callable[[], Callable]) -> Callable:
    """``factory(document, parent)``: imports the editor class (by calling
    ``editor()``) only when the entry is first shown, then builds it."""

    def factory(document, parent):
        return editor()(document, parent)

    return factory


@frozen_model
class CanvasView:
    """A canvas's navigator entries and finding texts: a canvas may list
    more than one entry (Forecast & ROI and KPIs) or none.
    ``finding_templates()`` gives {rule id: translated template} of the
    canvas's findings (the Problems panel)."""

    key: str
    finding_templates: Callable[[], dict[str, str]] = _no_templates
    items: Sequence[NavItem] = ()

    def entries(self) -> list[NavEntry]:
        """The navigator entries, labels in the interface language (called
        each time the window lists them, so labels follow a language switch)."""
        return [
            NavEntry(item.key, QCoreApplication.translate("Canvases", item.label), editor_factory(item.editor))
            for item in self.items
        ]
