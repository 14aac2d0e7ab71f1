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


def kernel_catalogues() -> list:
    """The message catalogues that belong to no canvas (plan file, exchange, deck, PPTX, review)."""
    from app.services.deck.messages import MESSAGES as DECK
    from app.services.deck.pptx.messages import MESSAGES as PPTX
    from app.services.exchange.messages import MESSAGES as EXCHANGE
    from app.services.plan.kernel_messages import MESSAGES as PLAN

    return [PLAN, EXCHANGE, DECK, PPTX, *review_area.messages()]


def all_catalogues() -> list:
    """Every message catalogue: the kernel's, then each canvas's in plan order."""
    found = kernel_catalogues()
    for canvas in CANVASES:
        found.extend(canvas.messages())
    return found


def canvas(key: str) -> Canvas:
    """The declaration of canvas *key* (KeyError when there is none)."""
    for declared in CANVASES:
        if declared.key == key:
            return declared
    raise KeyError(key)
