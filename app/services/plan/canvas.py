"""What a canvas is, to every registry below the views: one Qt-free
declaration per canvas (``app/services/<canvas>/canvas.py``), listed once in
``app/services/canvas_list.py``.

The declaration names the canvas's tables and plan-summary lines as data,
and reaches its code through functions of the canvas package whose
submodules import only when a function touches them, so reading the list
at start-up imports nothing but the declarations::

    from app.services import calendar as package

    CANVAS = Canvas(
        key="calendar",
        package=package,
        tables=(...),
        summary=(...),
        rules=lambda code: [code.rules_service.calendar_findings],
        code=lambda code: CanvasCode([code.export], [code.deck_section], [code.messages.MESSAGES]),
    )

The rule providers (run after every edit) are reached apart from the rest
(exports, deck sections, catalogues), so finding problems never imports
those. The view-side counterpart (labels, editor factory) is
``app/views/<canvas>/canvas.py``. See docs/architecture.md."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import NamedTuple

# (label, ((table, noun), ...)): one line of ``stratdeck info`` counts
SummaryLine = tuple[str, tuple[tuple[str, str], ...]]


class CanvasCode(NamedTuple):
    """A canvas's code besides its rules, imported: the modules registering
    CSV parts and file formats, the modules registering deck sections, and
    its message catalogues."""

    exports: Sequence[object] = ()
    deck: Sequence[object] = ()
    messages: Sequence[object] = ()


class Submodules:
    """The submodules of a canvas package as attributes, each imported the
    first time it is named (``code.export`` imports ``<package>.export``)."""

    def __init__(self, package: ModuleType):
        self._package = package

    def __getattr__(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self._package.__name__}.{name}")


class _Name:
    """A name in a canvas package, written ``code.messages.MESSAGES`` in a
    declaration's ``parts``: imported (``<package>.messages``) and looked up
    only when resolved, so asking for the deck sections does not import the
    canvas's exporters and catalogues too."""

    def __init__(self, package: ModuleType, path: tuple[str, ...] = ()):
        self._package, self._path = package, path

    def __getattr__(self, name: str) -> "_Name":
        if name.startswith("__"):
            raise AttributeError(name)
        return _Name(self._package, (*self._path, name))

    def resolve(self) -> object:
        """The module or object named (imported now)."""
        found: object = importlib.import_module(f"{self._package.__name__}.{self._path[0]}")
        for attribute in self._path[1:]:
            found = getattr(found, attribute)
        return found


def _resolved(names: Sequence[object]) -> list:
    return [name.resolve() if isinstance(name, _Name) else name for name in names]


def _no_rules(_code: Submodules) -> list:
    return []


def _no_code(_code: Submodules) -> CanvasCode:
    return CanvasCode()


class Canvas:
    """One canvas's declaration.

    - ``key``: the canvas key (navigator, Change.canvas, messages area).
    - ``package``: its package in app/services (imports nothing by itself).
    - ``tables``: the table names the canvas owns, parents first (the
      schema order of app/models/registry.py).
    - ``summary``: the plan-summary lines this canvas prints.
    - ``rule_providers(code)``: its rule providers ``(plan) -> [Finding]``.
    - ``parts(code)``: the rest of its code (a CanvasCode).
    Both get the package's submodules (Submodules) and import only what
    they name, when called.

    The first form of declaration is accepted too (a canvas written against
    it keeps working): zero-argument functions ``rules``, ``exports``,
    ``deck`` and ``messages`` that import and return their lists."""

    def __init__(
        self,
        key: str,
        package: ModuleType | None = None,
        tables: tuple[str, ...] = (),
        summary: tuple[SummaryLine, ...] = (),
        rule_providers: Callable[[Submodules], Sequence[Callable]] = _no_rules,
        parts: Callable[[Submodules], CanvasCode] = _no_code,
        *,
        rules: Callable[[], Sequence[Callable]] | None = None,
        exports: Callable[[], Sequence[object]] | None = None,
        deck: Callable[[], Sequence[object]] | None = None,
        messages: Callable[[], Sequence[object]] | None = None,
        links: tuple = (),
    ):
        self.key, self.package, self.tables, self.summary = key, package, tuple(tables), tuple(summary)
        self.rule_providers, self.parts, self.links = rule_providers, parts, links
        self._first_form = {"rules": rules, "exports": exports, "deck": deck, "messages": messages}

    def __repr__(self) -> str:
        return f"Canvas({self.key!r})"

    def _code_of(self) -> Submodules | None:
        return Submodules(self.package) if self.package is not None else None

    def rules(self) -> Sequence[Callable]:
        """The rule providers, in order."""
        if self._first_form["rules"] is not None:
            return self._first_form["rules"]()
        return self.rule_providers(self._code_of())

    def code(self) -> CanvasCode:
        """Exports, deck sections and catalogues (imported now)."""
        return CanvasCode(self.exports(), self.deck(), self.messages())

    def _part(self, field: str) -> Sequence[object]:
        """One field of the canvas's other code, imported now; the other
        fields' modules are not imported."""
        if any(self._first_form[name] is not None for name in ("exports", "deck", "messages")):
            return (self._first_form[field] or tuple)()
        if self.package is None:
            return list(getattr(self.parts(None), field))
        return _resolved(getattr(self.parts(_Name(self.package)), field))

    def exports(self) -> Sequence[object]:
        """The modules that register CSV parts and file formats (imported)."""
        return self._part("exports")

    def deck(self) -> Sequence[object]:
        """The modules that register deck sections (imported)."""
        return self._part("deck")

    def messages(self) -> Sequence[object]:
        """The canvas's message catalogues."""
        return self._part("messages")
