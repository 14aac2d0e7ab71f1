"""What a section renderer gets: the plan's data, the language and its
labels, the theme, the text checker and the slide primitives."""

from __future__ import annotations

import contextlib
import datetime as dt

from app.models.prompts import without_prompt
from app.services.deck import labels
from app.services.deck.messages import MESSAGES
from app.services.deck.text import Text, TextChecker
from app.services.deck.theme import Theme
from app.services.plan.limits import DECK_TEXT_LIMIT
from app.services.plan.messages import Term
from app.services.plan.rows import read_rows


class DeckContext:
    """One deck build's view of the plan (read-only).

    ``ctx.overview`` is the plan row, ``ctx.rows(table)`` any ordered plan
    table, ``ctx.label(key)`` a fixed word in the plan's language,
    ``ctx.text(value, where)`` marks plan text with its place for warnings,
    ``ctx.plain(value, where)`` cleans text for charts, and ``ctx.slides``
    holds the primitives (bullets, table, cards, grid, chart…)."""

    def __init__(self, plan, overview: dict, language: str, theme: Theme, checker: TextChecker, today: dt.date):
        self._plan, self._conn, self._checker = plan, plan.conn, checker
        self._touched = False  # whether the plan, connection or checker was used (see watch)
        self.overview, self.language, self.theme, self.today = overview, language, theme, today
        self.section = None  # the SectionSpec being rendered
        self.omitted: list[str] = []  # slides left out because their content is empty (export warnings)
        from app.services.deck.layouts.slides import SlideMaker

        self.slides = SlideMaker(self)

    @property
    def section_key(self) -> str:
        """The key of the section being rendered ('' outside sections)."""
        return self.section.key if self.section is not None else ""

    @property
    def currency(self) -> str:
        """The plan's currency code (CNY when not set)."""
        return (self.overview.get("currency") or "CNY").strip().upper()

    def money(self, value) -> str:
        """An amount the reader's way with the currency: 3,600万元 / CNY 36.0M."""
        from app.models.money import money

        return money(value, self.currency, self.language)

    def value_format(self, values, kind: str = "money"):
        """A chart's ValueFormat with one unit for all *values*."""
        from app.models.money import axis_unit
        from app.services.deck.model import ValueFormat

        scale, unit = axis_unit(values, self.language) if kind == "money" else (1.0, "")
        return ValueFormat(kind, self.currency, self.language, scale, unit)

    def leave_out(self, name: str, **values) -> None:
        """Record a slide left out because its content is empty: message
        *name* of the deck catalogue (e.g. ``left_out_actuals``), a warning
        of the export."""
        self.omitted.append(MESSAGES(name, **values))

    def clean(self, value, where: str = "") -> str:
        """Plan text for a slide: template prompts removed, characters the
        font lacks reported; '' for nothing."""
        text = self.checker.plain(without_prompt(None if value is None else str(value)), where).strip()
        if len(text) > DECK_TEXT_LIMIT:  # a page budget: one field never fills more than about a slide
            self.checker.note(MESSAGES("text_cut", where=where or Term("the deck"), limit=f"{DECK_TEXT_LIMIT:,}"))
            text = text[:DECK_TEXT_LIMIT].rstrip() + "…"
        return text

    @property
    def plan(self):
        """The open PlanFile."""
        self._touched = True
        return self._plan

    @property
    def conn(self):
        """The plan's sqlite3 connection."""
        self._touched = True
        return self._conn

    @property
    def checker(self) -> TextChecker:
        """The build's TextChecker (warnings about characters the font lacks)."""
        self._touched = True
        return self._checker

    @contextlib.contextmanager
    def watch(self):
        """Yields a function telling whether the plan, the connection or the
        text checker was used inside the block: a chart whose plot function
        reads them depends on more than its cache key covers (or leaves
        warnings behind), so charts.plot_drawing does not keep it."""
        before = self._touched
        self._touched = False
        try:
            yield lambda: self._touched
        finally:
            self._touched = self._touched or before

    def label(self, key: str, **values) -> str:
        """A fixed text in the plan's language (see labels.LABELS)."""
        return labels.label(self.language, key, **values)

    def text(self, value, where: str) -> Text:
        """Plan text with its place, e.g. ``ctx.text(row["text"], "objective 3")``."""
        return Text("" if value is None else str(value), where)

    def plain(self, value, where: str) -> str:
        """Plan text cleaned for a chart label (characters the font lacks are
        reported and replaced; never markup)."""
        return self.checker.plain(value, where)

    def rows(self, table: str, scope: dict | None = None) -> list[dict]:
        """Rows of a plan table in their order (see app.services.plan.rows)."""
        return read_rows(self.conn, table, scope)

    def date(self, value) -> str:
        """A date in the plan's language (``2027年1月1日`` / ``1 Jan 2027``)."""
        return labels.format_date(self.language, value)

    def period(self) -> str:
        """The plan period in words, or 'not set'."""
        return labels.format_period(self.language, self.overview.get("period_start"), self.overview.get("period_end"))
