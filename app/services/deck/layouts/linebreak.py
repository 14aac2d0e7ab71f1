"""Line breaking for the slides' ``wordWrap='CJK'`` paragraphs.

reportlab's CJK splitter (``textsplit.dumbSplit`` and
``paragraph.cjkFragSplit``) cuts between any two characters: it looks back
for a space only over the last half of the line, so in a narrow table column
an English word is cut in the middle ("communit|y"), and its kinsoku list is
Japanese, so a Chinese line may start with "，", "；" or "”". ``install()``
replaces both with one rule set:

- a line may break after a space, between two characters when either is CJK,
  and after a hyphen or slash inside a word ("desk-|friendly");
- never between a number and the unit after it ("6月9日", "30万");
- never before closing punctuation (，。；：！？、）》」”’… and ASCII .,;:!?)])
  nor after opening punctuation (（《「“‘);
- the break is the last allowed one on the line (pushing punctuation to the
  next line takes the character before it along, as Chinese typesetting does:
  nothing hangs into the margin);
- only a token longer than the whole line is cut where it overflows.

Installed once, process-wide, when the deck font is registered."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from unicodedata import category

CLOSING = set(",.;:!?)]}%，。、；：！？）》」』】〕〉〗”’…‥·・％‰℃°′″\u3005\u309b\u309c\u30fc")
OPENING = set("([{（《「『【〔〈〖“‘$£¥￥＄")
DATE_UNITS = set("年月日号时分秒周万亿千百个件元次倍岁")
_FUZZ = 1e-6
_installed = False
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}  # (font, size) → character → width


def _space(char: str) -> bool:
    # U+0020 is the only space separator below U+0080: no Unicode lookup for ASCII
    return char == " " or (char >= "\x80" and category(char) == "Zs")


def _cjk(char: str) -> bool:
    return bool(char) and ord(char[0]) >= 0x2E80


def may_break(chars, b: int) -> bool:
    """Whether a line may end before ``chars[b]`` (0 < b < len(chars))."""
    prev, nxt = chars[b - 1], chars[b]
    if not prev or not nxt or nxt in CLOSING or prev in OPENING or _space(nxt):
        return False
    if _space(prev):
        return True
    if prev.isdigit() and nxt in DATE_UNITS:  # "6月9日", "2027年", "30 万": a number stays with its unit
        return False
    if _cjk(prev) or _cjk(nxt):
        return True
    if prev in "-/" and nxt.isalpha() and b >= 2 and chars[b - 2].isalnum():
        return True
    return False


def break_at(chars, start: int, end: int) -> int:
    """Where the line that starts at *start* ends, given that ``chars[end - 1]``
    made it overflow: the index the next line starts at (start < result ≤ end)."""
    if _space(chars[end - 1]):
        return end  # a space may overflow: it is invisible at the end of a line
    for b in range(end - 1, start, -1):
        if may_break(chars, b):
            return b
    return max(end - 1, start + 1)  # one token longer than the line: cut where it overflows


def _text_break_at(text: str, start: int, end: int) -> int:
    """break_at for a str, with may_break's rules written out in the loop
    (it runs back over the characters of every line of every wrap)."""
    if _space(text[end - 1]):
        return end
    for b in range(end - 1, start, -1):
        prev, nxt = text[b - 1], text[b]
        if nxt in CLOSING or prev in OPENING or nxt == " " or (nxt >= "\x80" and category(nxt) == "Zs"):
            continue
        if prev == " " or (prev >= "\x80" and category(prev) == "Zs"):
            return b
        if prev.isdigit() and nxt in DATE_UNITS:
            continue
        if prev >= "\u2e80" or nxt >= "\u2e80":  # _cjk
            return b
        if prev in "-/" and nxt.isalpha() and b >= 2 and text[b - 2].isalnum():
            return b
    return max(end - 1, start + 1)


def _trimmed(chars, start: int, end: int) -> tuple[int, int]:
    while start < end and _space(chars[start]):
        start += 1
    while end > start and _space(chars[end - 1]):
        end -= 1
    return start, end


def running_widths(widths) -> list[float]:
    """``[0, w0, w0 + w1, …]``: the width of ``text[:i]`` is ``running[i]``."""
    return [0.0, *accumulate(widths)]


def _line_spans(text: str, running: list[float], max_widths):
    """``(start, next start, limit)`` of each line of *text*; the last line's
    next start is None (the rest of the text, spaces kept)."""
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    # Where a line overflows is found by bisecting the running widths (not
    # by adding them up character by character in Python).
    start, count, limit = 0, 0, max_widths[0]
    while start < len(text):
        # the first i after start whose text[start:i] is wider than the line
        i = bisect_right(running, running[start] + max(limit + _FUZZ, 0.0), start + 1)
        if i > len(text):
            break
        b = _text_break_at(text, start, i)
        yield start, b, limit
        count += 1
        limit = max_widths[min(count, len(max_widths) - 1)]
        start = b
    if start < len(text):
        yield start, None, limit


def split_text(text: str, widths: list[float], max_widths) -> list[list]:
    """``[[extra space, line text], …]`` of *text* (one character width each
    in *widths*) broken to *max_widths* (a width, or one per line, the last
    repeated)."""
    lines: list[list] = []
    for start, end, limit in _line_spans(text, running_widths(widths), max_widths):
        if end is None:
            lines.append([limit - sum(widths[start:]), text[start:]])
        else:
            s, e = _trimmed(text, start, end)
            lines.append([limit - sum(widths[s:e]), text[s:e]])
    return lines


def line_texts(text: str, running: list[float], width: float) -> list[str]:
    """The line texts split_text gives for one *width*, from the text's
    running widths (the layout wraps one text at several widths and sizes)."""
    lines = []
    for start, end, _ in _line_spans(text, running, width):
        if end is None:
            lines.append(text[start:])
        else:
            s, e = _trimmed(text, start, end)
            lines.append(text[s:e])
    return lines


def char_widths(text: str, font_name: str, font_size: float) -> list[float]:
    """The width of each character of *text* (remembered per font and size:
    a deck measures the same few thousand characters over and over)."""
    known = _WIDTHS.get((font_name, font_size))
    if known is None:
        known = _WIDTHS[(font_name, font_size)] = {}
    try:
        return [known[c] for c in text]
    except KeyError:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        known.update((c, stringWidth(c, font_name, font_size)) for c in set(text).difference(known))
        return [known[c] for c in text]


def text_width(text: str, font_name: str, font_size: float) -> float:
    """The width of *text* (the sum of char_widths, in the same order)."""
    known = _WIDTHS.get((font_name, font_size))
    try:
        return sum(map(known.__getitem__, text))
    except (KeyError, AttributeError):  # a character (or the size) not measured yet
        return sum(char_widths(text, font_name, font_size))


def word_split(word, max_widths, font_name, font_size, encoding="utf8"):
    """Drop-in for ``reportlab.lib.textsplit.wordSplit`` (a paragraph of one fragment)."""
    raw = isinstance(word, bytes)
    text = word.decode(encoding) if raw else word
    lines = split_text(text, char_widths(text, font_name, font_size), max_widths)
    return [[space, line.encode(encoding)] for space, line in lines] if raw else lines


def cjk_frag_split(frags, max_widths, calc_bounds, encoding="utf8"):
    """Drop-in for ``reportlab.platypus.paragraph.cjkFragSplit`` (a paragraph
    of several fragments, e.g. with line breaks)."""
    from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

    units = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        units.extend([cjkU(t, frag, encoding) for t in text] if text else [cjkU(text, frag, encoding)])
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    limit = max_widths[0]

    def width(unit) -> float:
        value = unit.width
        if hasattr(value, "normalizedValue"):
            value._normalizer = limit
            value = value.normalizedValue(limit)
        return value

    lines = []
    start = i = 0
    used = 0.0
    while i < len(units):
        unit = units[i]
        i += 1
        used += width(unit)
        line_break = hasattr(unit.frag, "lineBreak")
        overflow = used > limit + _FUZZ and used > 0
        if not (line_break or overflow):
            continue
        end = i if line_break else break_at(units, start, i)
        line_width = sum(width(u) for u in units[start:end])
        lines.append(makeCJKParaLine(units[start:end], limit, line_width, limit - line_width, line_break, calc_bounds))
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        start = i = end
        used = 0.0
    if used > 0:
        lines.append(makeCJKParaLine(units[start:], limit, used, limit - used, False, calc_bounds))
    return ParaLines(kind=1, lines=lines)


def install() -> None:
    """Make reportlab's CJK paragraphs use these rules (once per process)."""
    global _installed
    if _installed:
        return
    from reportlab.platypus import paragraph

    paragraph.wordSplit = word_split
    paragraph.cjkFragSplit = cjk_frag_split
    _installed = True
