"""Measuring text in the deck font: the line breaks every renderer of the
PDF draws and the layout step sizes boxes with (the same function, so what
was measured is what is drawn). Chinese rules (禁则) come from linebreak:
no closing punctuation at a line start, a number stays with its unit; on top
of that a last line of one Chinese character takes the character before it
along (never a line holding one character)."""

from __future__ import annotations

from functools import lru_cache

from app.services.deck.layouts.linebreak import char_widths, line_texts, running_widths, text_width

LEADING = 1.32  # line height / font size
_FONT_NAME: list[str] = []  # the registered name, once known (this is called tens of thousands of times a deck)


def font_name() -> str:
    """The deck font's reportlab name (registered on first use)."""
    if _FONT_NAME:
        return _FONT_NAME[0]
    from app.services.deck import fonts

    name = fonts.register_font()
    _FONT_NAME.append(name)
    return name


@lru_cache(maxsize=50000)
def width_of(text: str, size: float) -> float:
    """The width of *text* on one line at *size* points."""
    return text_width(text, font_name(), size)


@lru_cache(maxsize=20000)
def wrap(text: str, width: float, size: float) -> tuple[str, ...]:
    """*text* broken into lines of at most *width* points at *size* points
    (``\\n`` starts a new line; an empty text is no line)."""
    if "\n" not in text and width_of(text, size) <= max(width, size) and text.strip():
        # one line that fits (most table cells and labels): what the line
        # breaker would return, without walking the text character by character
        return (text,)
    name = font_name()
    lines: list[str] = []
    for part in text.split("\n"):
        if not part.strip():
            if lines:
                lines.append("")
            continue
        broken = line_texts(part, _running(part, name, size), max(width, size))
        if len(broken) >= 2 and len(broken[-1].strip()) == 1 and ord(broken[-1].strip()[0]) >= 0x2E80:
            previous = broken[-2]
            if len(previous) > 2:  # take the last character along: no one-character line
                broken[-2], broken[-1] = previous[:-1], previous[-1] + broken[-1]
        lines += broken
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines)


@lru_cache(maxsize=20000)
def _running(text: str, name: str, size: float) -> list[float]:
    """The running widths of *text* (shared by its wraps at several widths)."""
    return running_widths(char_widths(text, name, size))


def height(text: str, width: float, size: float) -> float:
    """The height of *text* wrapped to *width* at *size* points."""
    return len(wrap(text, width, size)) * size * LEADING


@lru_cache(maxsize=20000)
def widest_word(text: str, size: float) -> float:
    """The width of the longest run of Latin letters/digits in *text* (a
    column narrower than that would cut a word)."""
    return max([width_of(word, size) for word in _latin_words(text)], default=0.0)


@lru_cache(maxsize=20000)
def _latin_words(text: str) -> tuple[str, ...]:
    """The distinct ASCII words of *text* (the same at every size)."""
    return tuple(dict.fromkeys(w for w in text.replace("\n", " ").split(" ") if w and w.isascii()))


def fit_lines(text: str, width: float, size: float, max_lines: int) -> tuple[str, ...]:
    """At most *max_lines* lines of *text*; the last cut with "…" when the
    text is longer."""
    lines = wrap(text, width, size)
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and width_of(last + "…", size) > width:
        last = last[:-1]
    return (*lines[: max_lines - 1], last.rstrip() + "…")


def join_lines(lines) -> str:
    """Wrapped lines as one text again: a space between two Latin words,
    nothing between Chinese characters."""
    text = ""
    for line in lines:
        if text and line and text[-1].isascii() and line[0].isascii() and not text.endswith(" "):
            text += " "
        text += line
    return text
