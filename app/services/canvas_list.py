"""The canvases of a plan, in plan order: the one list every registry reads
(problems, exports, deck sections, plan summary, message catalogues; the
navigator through app/views/shell/canvases.py).

Adding a canvas: a package per layer (``app/models/<key>``,
``app/services/<key>`` with its ``canvas.py`` declaration,
``app/views/<key>`` with its ``canvas.py``) and one line here. See
docs/architecture.md."""

from __future__ import annotations

from app.services.budget.canvas import CANVAS as BUDGET
from app.services.calendar.canvas import CANVAS as CALENDAR
from app.services.competitors.canvas import CANVAS as COMPETITORS
from app.services.forecast.canvas import CANVAS as FORECAST
from app.services.initiatives.canvas import CANVAS as INITIATIVES
from app.services.overview.canvas import CANVAS as OVERVIEW
from app.services.personas.canvas import CANVAS as PERSONAS
from app.services.plan.canvas import Canvas
from app.services.review import canvas as review_area
from app.services.risks.canvas import CANVAS as RISKS
from app.services.swot.canvas import CANVAS as SWOT

CANVASES: tuple[Canvas, ...] = (
    OVERVIEW,
    SWOT,
    PERSONAS,
    COMPETITORS,
    INITIATIVES,
    CALENDAR,
    BUDGET,
    FORECAST,
    RISKS,
)


# Areas that own plan tables but are not canvases of their own (no navigator
# entry, no rules): the deck's headline overrides and speaker notes. Their
# tables come after every canvas's, in schema order.
AREA_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deck", ("deck_headline", "deck_note")),
    ("review", review_area.TABLES),  # snapshots, diff and merge (app/services/review)
)


def area_decks() -> list:
    """The deck-section modules of the areas: the review's "What changed since …"."""
    return review_area.deck()


def declared_tables() -> list[str]:
    """Every plan table, as the canvases and areas declare them, in schema order."""
    return [t for c in CANVASES for t in c.tables] + [t for _area, tables in AREA_TABLES for t in tables]


def all_catalogues() -> list:
    """Every message catalogue of the services, by area: the canvases' (named
    by their declarations) and those of the kernel, exchange and deck
    modules. Imports every service module, so it is for the build step and
    the tests, never the running app."""
    import importlib
    import pkgutil

    import app.services
    from app.services.plan.messages import CATALOGUES

    for canvas in CANVASES:
        canvas.messages()
    for module in pkgutil.walk_packages(app.services.__path__, "app.services."):
        importlib.import_module(module.name)
    unique = {id(c): c for c in CATALOGUES}
    return sorted(unique.values(), key=lambda c: c.area)


def canvas(key: str) -> Canvas:
    """The declaration of canvas *key* (KeyError when there is none)."""
    for declared in CANVASES:
        if declared.key == key:
            return declared
    raise KeyError(key)
