"""Tables in the layout step: columns empty in every row are dropped, widths
follow what the cells hold (a column of short values takes only what it
needs, the rest goes to the text columns), numbers are right-aligned, rows
are measured and a table too long for one slide continues on "（续）/(cont.)"
slides with its header repeated."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.services.deck.layouts import measure
from app.services.deck.model import BODY_BOX, Box, Column, TableBlock

TABLE_SIZE = 12.0
PAD_X, PAD_Y = 7.0, 5.0
_NUMBER = re.compile(r"[≥≤<>~≈±+\-−]?\s*[A-Z]{0,3}\s?[¥$€£]?\s*\d[\d,.]*\s*"
                     r"(%|‰|万|亿|万元|亿元|元|[KMB]|x|×|倍|分|pts?)?(\s*[A-Z]{3})?")
_NO_VALUE = {"", "—", "–", "-", "n/a"}


@lru_cache(maxsize=4096)
def is_number(text: str) -> bool:
    """A cell that holds a number with its unit ("3,600万", "40%", "CNY 36.0M")."""
    return bool(_NUMBER.fullmatch(" ".join(text.split())))


def row_height(row: Sequence[str], widths: Sequence[float], size: float) -> float:
    """The height of one table row with cells wrapped to *widths*."""
    lines = max((len(measure.wrap(cell, w - 2 * PAD_X, size)) for cell, w in zip(row, widths, strict=True)),
                default=1)
    return max(1, lines) * size * measure.LEADING + 2 * PAD_Y


def column_widths(header: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[float], total: float,
                  size: float) -> list[float]:
    """Widths in points adding up to *total*: a column whose longest cell
    fits in less than its share gets just that; the others share the rest in
    proportion to how much text they hold (square root of its width, times
    the section's weight), so no column of long text is squeezed into many
    short lines. No column is narrower than its longest word."""
    count = len(header)
    natural, minimum, mass = [], [], []
    width_of, widest_word = measure.width_of, measure.widest_word
    for c in range(count):
        head_w = width_of(header[c], size)
        widest = _longest_line(header[c], head_w, size)
        word = widest_word(header[c], size)
        short = head_w if len(header[c]) <= 6 else None
        text = 0.0
        for row in rows:  # one pass over the column's cells: every measure is remembered per text and size
            cell = row[c]
            cell_w = width_of(cell, size)
            text += cell_w
            widest = max(widest, _longest_line(cell, cell_w, size))
            word = max(word, widest_word(cell, size))
            if len(cell) <= 6:
                short = cell_w if short is None else max(short, cell_w)
        natural.append(widest + 2 * PAD_X + 1)
        low = min(word + 2 * PAD_X + 1, total / 3)
        head = min(head_w + 2 * PAD_X + 1, total / 6)  # a header on one line if it can
        minimum.append(max(low, (short or 0.0) + 2 * PAD_X + 1, 2 * size + 2 * PAD_X, head))  # short words never wrap
        mass.append(max(text, 1.0) ** 0.5 * max(weights[c], 0.1) ** 0.5)
    fixed: dict[int, float] = {}
    for _ in range(count):
        free = [c for c in range(count) if c not in fixed]
        if not free:
            break
        room = total - sum(fixed.values())
        weight = sum(mass[c] for c in free)
        share = {c: room * mass[c] / weight for c in free}
        small = [c for c in free if natural[c] <= share[c] or share[c] < minimum[c]]
        if not small:
            fixed.update(share)
            break
        for c in small:
            fixed[c] = natural[c] if natural[c] <= share[c] else minimum[c]
    widths = [fixed[c] for c in range(count)]
    spare = total - sum(widths)
    if abs(spare) > 0.5:  # every column fitted (or minimums overflow): spread the difference
        weight = sum(mass)
        widths = [w + spare * mass[c] / weight for c, w in enumerate(widths)]
    return widths


def _longest_line(cell: str, cell_width: float, size: float) -> float:
    """The width of *cell*'s longest line (*cell_width* when it has one line)."""
    if "\n" not in cell:
        return cell_width
    return max(measure.width_of(line, size) for line in cell.split("\n"))


def table_blocks(header: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[float] | None = None,
                 box: Box = BODY_BOX, total_row: bool = False, fills: Sequence[tuple[int, int, str]] = (),
                 keep: Sequence[int] = (0,), size: float = TABLE_SIZE,
                 widths: Sequence[float] | None = None) -> list[TableBlock]:
    """The table as one block per slide (rows measured, header repeated).
    Columns empty in every row are dropped except those in *keep*.
    *widths*: the column widths one_slide_widths found for the same table
    (they only save measuring them again)."""
    key = (tuple(header), tuple(tuple(row) for row in rows), tuple(weights) if weights else None, box, total_row,
           tuple(tuple(fill) for fill in fills), tuple(keep), size)
    blocks = _LAID_OUT.get(key)
    if blocks is None:  # a layout that tries sizes and column splits asks again for the same table
        if len(_LAID_OUT) >= 512:
            _LAID_OUT.clear()
        blocks = _LAID_OUT[key] = tuple(_table_blocks(*key, widths))
    return list(blocks)


_LAID_OUT: dict[tuple, tuple[TableBlock, ...]] = {}  # table_blocks' arguments → its blocks (frozen)


def _table_blocks(header, rows, weights, box, total_row, fills, keep, size, widths) -> list[TableBlock]:
    used, header, rows, weights = _used_columns(header, rows, weights, keep)
    remap = {old: new for new, old in enumerate(used)}
    fills = [(remap[c], r, colour) for c, r, colour in fills if c in remap]
    widths = list(widths) if widths is not None else column_widths(header, rows, weights, box.w, size)
    aligns = []
    for c in range(len(header)):
        values = [row[c] for row in rows if row[c].strip() not in _NO_VALUE]
        aligns.append("right" if values and all(is_number(v) for v in values) else "left")
    columns = tuple(Column(h, a, w) for h, a, w in zip(header, aligns, widths, strict=True))
    head_h = row_height(header, widths, size)
    rows, fills, heights = _split_tall_rows(rows, fills, widths, size, box.h - head_h)
    blocks, current, used_h, first = [], [], head_h, 0
    for index, row in enumerate(rows):
        h = heights[index]
        if current and used_h + h > box.h:
            blocks.append((first, current, used_h))
            current, used_h, first = [], head_h, index
        current.append(row)
        used_h += h
    blocks.append((first, current, used_h))
    blocks = _balanced(blocks, heights, head_h, box.h)
    result = []
    for n, (start, chunk, h) in enumerate(blocks):
        last = n == len(blocks) - 1
        chunk_fills = tuple((c, r - start, colour) for c, r, colour in fills if start <= r < start + len(chunk))
        result.append(TableBlock(Box(box.x, box.y, box.w, min(h, box.h)), columns, tuple(tuple(r) for r in chunk),
                                 continued=n > 0, total_row=total_row and last, fills=chunk_fills, size=size))
    return result


def one_slide_widths(header: Sequence[str], rows: Sequence[Sequence[str]], weights: Sequence[float] | None = None,
                     box: Box = BODY_BOX, keep: Sequence[int] = (0,), size: float = TABLE_SIZE,
                     **_options) -> list[float] | None:
    """The column widths when ``table_blocks(...)`` with the same arguments
    gives one block (to pass on to it), else None, found without laying the
    whole table out: the rows are measured only until they overflow *box*
    (a layout that tries sizes from the largest down asks this for every
    size but the last)."""
    if (len(rows) + 1) * (size * measure.LEADING + 2 * PAD_Y) > box.h + 1e-6:
        return None  # even rows of one line each would overflow: no need to measure
    _, header, rows, weights = _used_columns(header, rows, weights, keep)
    widths = column_widths(header, rows, weights, box.w, size)
    used_h = row_height(header, widths, size)
    for row in rows:
        used_h += row_height(row, widths, size)
        if used_h > box.h:
            return None
    return widths


def _used_columns(header, rows, weights, keep):
    """``(kept column indexes, header, rows, weights)`` without the columns
    empty in every row (except those in *keep*)."""
    weights = list(weights or [1.0] * len(header))
    used = [c for c in range(len(header))
            if c in keep or any((row[c] or "").strip() not in _NO_VALUE for row in rows)]
    return (used, [header[c] for c in used], [[(row[c] or "") for c in used] for row in rows],
            [weights[c] for c in used])


def table_height(block: TableBlock) -> float:
    """The measured height of a table block (header and rows)."""
    widths = block.weights
    return row_height([c.title for c in block.columns], widths, block.size) + sum(
        row_height(r, widths, block.size) for r in block.rows)


def _balanced(blocks: list, heights: Sequence[float], head_h: float, limit: float) -> list:
    """Move rows from the second-to-last slide to a last slide holding only a
    few, so a continued table does not end on a lonely row (*heights*: each
    row's height, by its index in the table)."""
    if len(blocks) < 2:
        return blocks
    start, previous, _ = blocks[-2]
    last_start, last, last_h = blocks[-1]
    while len(previous) > len(last) + 1:
        row = previous[-1]
        h = heights[start + len(previous) - 1]
        if last_h + h > limit:
            break
        previous, last, last_h = previous[:-1], [row, *last], last_h + h
        last_start -= 1
    previous_h = head_h + sum(heights[start : start + len(previous)])
    return [*blocks[:-2], (start, previous, previous_h), (last_start, last, last_h)]


def _split_tall_rows(rows, fills, widths, size: float, limit: float):
    """Rows taller than *limit* split into rows of at most *limit* (the
    cells' lines continue in the row below, on the next slide), the cell
    fills following their rows: ``(rows, fills, row heights)`` (the heights
    from the lines wrapped here, not measured again)."""
    line_h = size * measure.LEADING
    per = max(1, int((limit - 2 * PAD_Y) // line_h))
    result, moved, heights = [], [], []
    for index, row in enumerate(rows):
        wrapped = [measure.wrap(cell, w - 2 * PAD_X, size) for cell, w in zip(row, widths, strict=True)]
        tallest = max((len(lines) for lines in wrapped), default=1)
        parts = max(1, -(-tallest // per))
        if parts == 1:
            moved.append((index, len(result)))
            result.append(list(row))
            heights.append(max(1, tallest) * size * measure.LEADING + 2 * PAD_Y)  # row_height's sum
            continue
        for part in range(parts):
            moved.append((index, len(result)))
            result.append([measure.join_lines(lines[part * per : (part + 1) * per]) for lines in wrapped])
            heights.append(row_height(result[-1], widths, size))
    new_fills = [(c, new, colour) for c, r, colour in fills for old, new in moved if old == r]
    return result, new_fills, heights
