"""The slide model and the two paginators every primitive uses.

A deck is laid out completely before anything is drawn: each Slide holds
reportlab flowables already wrapped to their boxes, so the page total is known
for the footer and nothing is measured twice. Content that does not fit its
box is split (paragraphs by lines, tables by rows — a tall row within the row,
with the header repeated) and continues in the same box on the next slide."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import KeepInFrame

EPSILON = 0.01


class SlideBreak:
    """In a flow: end the current slide here (the rest starts a new one)."""

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's flowable protocol
        return 0.0


@dataclass
class Placed:
    """A wrapped flowable at its place on the page (top-left corner, size)."""

    flowable: object
    x: float
    top: float
    width: float
    height: float


@dataclass
class Box:
    """A rectangle on the page given by its left and top edges and size."""

    x: float
    top: float
    width: float
    height: float


@dataclass
class Slide:
    """One page of the deck.

    *kind* chooses the chrome drawn around the items: ``content`` (title
    row, logo, footer), ``cover``, ``divider`` or ``closing``. *title* is the
    plain title (PDF text and tests); *title_flowable* the fitted Paragraph
    drawn in the title row. *bookmark* makes the slide an outline entry."""

    kind: str
    title: str = ""
    title_flowable: object = None
    items: list[Placed] = field(default_factory=list)
    boxes: list[tuple[Box, str]] = field(default_factory=list)  # decorated areas: (box, style name)
    section: str | None = None
    bookmark: str | None = None
    bookmark_level: int = 0  # 0: a section's divider; 1: a grouped section under it

    def place(self, flowable, box: Box, offset: float, height: float) -> None:
        """Put an already wrapped *flowable* *offset* points below the top of *box*."""
        self.items.append(Placed(flowable, box.x, box.top - offset, box.width, height))


def shrink_to_fit(flowables: list, width: float, height: float):
    """*flowables* as one block scaled down (never up) to fit *width* ×
    *height*; returns the wrapped block and its height."""
    frame = KeepInFrame(width, height, flowables, mode="shrink")
    frame.canv = None  # wrapped outside a document; drawOn sets the real canvas
    return frame, frame.wrap(width, height)[1]


def fill_box(queue: deque, width: float, height: float) -> list[tuple[object, float, float]]:
    """Take from the front of *queue* what fits a box of *width* × *height*.

    Returns ``(flowable, offset from the top, height)`` triples, wrapped and
    ready to draw; a flowable split at the bottom of the box leaves its rest at
    the front of *queue*. A flowable that cannot be split and is larger than
    an empty box is scaled down to fit it."""
    placed: list[tuple[object, float, float]] = []
    offset = 0.0
    while queue:
        flowable = queue[0]
        if isinstance(flowable, SlideBreak):
            queue.popleft()
            if placed:
                break
            continue
        before = flowable.getSpaceBefore() if placed else 0.0
        avail = height - offset - before
        if avail <= EPSILON:
            break
        w, h = flowable.wrap(width, avail)
        if h <= avail + EPSILON and w <= width + EPSILON:
            queue.popleft()
            placed.append((flowable, offset + before, h))
            offset += before + h + flowable.getSpaceAfter()
            continue
        parts = flowable.split(width, avail) if w <= width + EPSILON else []
        if len(parts) >= 2:
            first = parts[0]
            fw, fh = first.wrap(width, avail)
            if fh <= avail + EPSILON and fw <= width + EPSILON and fh > EPSILON:
                queue.popleft()
                queue.extendleft(reversed(parts[1:]))
                placed.append((first, offset + before, fh))
                break
        if not placed:  # alone in an empty box and still too big: scale it down
            queue.popleft()
            frame, frame_height = shrink_to_fit([flowable], width, height)
            placed.append((frame, 0.0, frame_height))
        break
    return placed


def flow(flowables: Sequence, width: float, height: float) -> list[list[tuple[object, float, float]]]:
    """Lay *flowables* out top to bottom over as many boxes as they need;
    returns one list of placed triples per box (at least one, maybe empty)."""
    queue = deque(flowables)
    pages = []
    while queue:
        page = fill_box(queue, width, height)
        if page or not pages:
            pages.append(page)
    return pages or [[]]


@dataclass
class Cell:
    """Content of one fixed box of a grid: a heading maker and the queue of
    flowables still to show. ``heading(continued)`` returns the flowables
    that start the box (the heading, marked as continued after the first)."""

    heading: Callable[[bool], list]
    body: list

    def __post_init__(self) -> None:
        first = self.heading(False)
        self.queue = deque(first + list(self.body))
        self.started = False


def fill_cells(cells: Sequence[Cell], boxes: Sequence[Box], padding: float) -> list[list[tuple[Box, list]]]:
    """Fill grid *cells* into their *boxes* (cell i in box i % len(boxes)),
    page by page, until every cell's content is shown.

    Returns per page a list of ``(box, placed triples)`` for the cells shown
    on it: first pages show each group of ``len(boxes)`` cells; a cell whose
    content overflowed continues in the same box on the next page."""
    pages = []
    per_page = len(boxes)
    for start in range(0, len(cells), per_page):
        group = list(zip(cells[start : start + per_page], boxes, strict=False))
        while any(cell.queue for cell, _ in group):
            page = []
            for cell, box in group:
                if not cell.queue:
                    continue
                heading = cell.heading(True) if cell.started else []
                cell.queue.extendleft(reversed(heading))  # continuing: heading again, marked as continued
                cell.started = True
                inner_w, inner_h = box.width - 2 * padding, box.height - 2 * padding
                placed = fill_box(cell.queue, inner_w, inner_h)
                if heading and len(placed) <= len(heading) and cell.queue:
                    # Only the repeated heading fitted: drop it so the content
                    # itself moves on (and the loop always ends).
                    placed = fill_box(cell.queue, inner_w, inner_h)
                page.append((box, placed))
            pages.append(page)
            group = [(cell, box) for cell, box in group if cell.queue]
            if not group:
                break
    return pages or [[]]
