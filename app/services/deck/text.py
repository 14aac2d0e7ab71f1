"""User text on its way to a slide: normalised, checked against the font,
escaped. Every string that reaches a reportlab Paragraph passes through
:meth:`TextChecker.markup`, so plan text is always text — ``<img src=…>``,
``<a>``, ``<b>`` and ``&`` print literally and never load a file."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.deck.fonts import PLACEHOLDER, classify, describe_character
from app.services.deck.messages import MESSAGES
from app.services.plan.messages import Message, Term


@dataclass(frozen=True)
class Text:
    """A piece of plan text and where it comes from (for warnings),
    e.g. ``Text("Grow 24 %", "objective 1")``."""

    value: str
    where: str


@dataclass(frozen=True)
class DeckWarning:
    """Something the deck could not show as written; ``str()`` is one line
    (English). ``message`` is a message by key (app/services/deck/messages.py)
    the GUI shows translated."""

    message: Message | str
    char: str | None = None
    where: str | None = None

    def __str__(self) -> str:
        return str(self.message)


_KEPT: set[str] = {"\n"}  # characters plain() returns as they are (classify: "keep"), as they are met


class TextChecker:
    """Cleans text for drawing and remembers each character the font lacks,
    with every place it occurs (in the order first seen)."""

    def __init__(self) -> None:
        self.missing: dict[str, list[str]] = {}
        self.notes: list[DeckWarning] = []

    def plain(self, value: object, where: str = "") -> str:
        """*value* as drawable text: newlines kept (``\\n``), tabs and odd
        spaces as spaces, invisible controls dropped, a character the font
        lacks replaced by U+FFFD after it is recorded."""
        text = "" if value is None else str(value)
        if text.isascii() and text.isprintable():
            return text  # the common case: nothing to check
        if _KEPT.issuperset(text):
            return text  # every character already seen drawn as it is (Chinese text)
        text = text.replace("\r\n", "\n")
        out = []
        for char in text:
            kind = classify(char)
            if kind == "keep":
                _KEPT.add(char)
                out.append(char)
            elif kind == "newline":
                out.append("\n")
            elif kind == "space":
                out.append(" ")
            elif kind == "missing":
                places = self.missing.setdefault(char, [])
                if where and where not in places:
                    places.append(where)
                out.append(PLACEHOLDER)
        return "".join(out)

    def markup(self, value: object, where: str = "") -> str:
        """Paragraph markup for plain *value*: cleaned, XML-escaped, line
        breaks as ``<br/>``."""
        return _escape(self.plain(value, where)).replace("\n", "<br/>")

    def note(self, message: Message | str) -> None:
        """Record a warning that is not about a character (e.g. a bad logo)."""
        self.notes.append(DeckWarning(message))

    def warnings(self) -> list[DeckWarning]:
        """One warning per missing character (first place named, and how many
        more), then the other notes."""
        result = []
        for char, places in self.missing.items():
            where = places[0] if places else Term("the deck")
            more = ""
            if len(places) > 1:
                more = MESSAGES("more_places" if len(places) > 2 else "more_place", count=len(places) - 1)
            message = MESSAGES(
                "missing_character",
                char=describe_character(char),
                where=where,
                more=more,
                placeholder=describe_character(PLACEHOLDER),
            )
            result.append(DeckWarning(message, char, where))
        return result + self.notes


def _escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (what xml.sax.saxutils.escape
    does; that module imports urllib, http and ssl on the export path)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
