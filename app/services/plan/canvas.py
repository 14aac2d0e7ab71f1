"""What a canvas is, to every registry below the views: one Qt-free
declaration per canvas (``app/services/<canvas>/canvas.py``), listed once in
``app/services/canvas_list.py``.

The declaration names the canvas's tables and plan-summary lines as data,
and reaches its code through small functions that import it when called, so
reading the list at start-up imports nothing but these declarations::

    def _rules():
        from app.services.calendar.rules_service import calendar_findings
        return [calendar_findings]

    CANVAS = Canvas(key="calendar", tables=(...), summary=(...), rules=_rules, ...)

The view-side counterpart (labels, editor factory) is
``app/views/<canvas>/canvas.py``. See docs/architecture.md."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

# (label, ((table, noun), ...)): one line of ``stratdeck info`` counts
SummaryLine = tuple[str, tuple[tuple[str, str], ...]]


def _nothing() -> tuple:
    return ()


@dataclass(frozen=True)
class Canvas:
    """One canvas's declaration.

    - ``key``: the canvas key (navigator, Change.canvas, messages area).
    - ``tables``: the table names whose models live in
      ``app/models/<canvas>``, parents first (the schema order).
    - ``summary``: the plan-summary lines this canvas prints.
    - ``rules()``: the rule providers ``(plan) -> [Finding]``, in order.
    - ``exports()``: the modules registering CSV parts and file formats.
    - ``deck()``: the modules registering deck sections.
    - ``messages()``: the canvas's message catalogues.
    - ``links``: other canvases this one imports, each with why (mirrored by
      the import-linter independence contract in pyproject.toml)."""

    key: str
    tables: tuple[str, ...] = ()
    summary: tuple[SummaryLine, ...] = ()
    rules: Callable[[], Sequence[Callable]] = _nothing
    exports: Callable[[], Sequence[object]] = _nothing
    deck: Callable[[], Sequence[object]] = _nothing
    messages: Callable[[], Sequence[object]] = _nothing
    links: tuple[tuple[str, str], ...] = ()
