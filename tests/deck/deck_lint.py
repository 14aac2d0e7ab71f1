"""Deck lint: builds a plan's deck (model and PDF) and lists what a reviewer
would flag. ``lint(plan_path, folder)`` returns problems as one-line strings
(empty: the deck is clean):

- a content slide whose blocks cover less than 15 % of the body below its
  headline;
- text drawn outside the boxes the layout gave it (blocks, headline row,
  tracker, footer) or overlapping other text;
- text smaller than 9 pt;
- a line of Chinese text holding one character (a paragraph's last line);
- more dividers than one per three content slides.

The PDF is rendered with every line of text the renderer draws recorded
(its box, size and text: reading positions back with pypdf is unreliable for
Chinese, whose lines are drawn in several font subsets); boxes come from the
slide model the PDF was drawn from."""

from __future__ import annotations

from pathlib import Path

from deck_support import TODAY

MIN_COVER = 0.15
MIN_SIZE = 9.0
SLACK = 1.0  # points: rounding of positions read back from the PDF


def _cjk(char: str) -> bool:
    return ord(char) >= 0x2E80


def _rect(run) -> tuple[float, float, float, float]:
    """A text line's ink box in model coordinates (from the top of the page)."""
    _page, _text, x0, x1, top, size = run
    return x0, top, x1, top + size * 1.1


def _recorded_build(plan, pdf: Path, options: dict) -> list[tuple]:
    """Build the deck, recording every line the renderer draws as
    ``(page, text, x0, x1, top, size)`` in model coordinates."""
    from app.services.deck import build_deck
    from app.services.deck.layouts import measure
    from app.services.deck.pdf import render_pdf

    runs: list[tuple] = []
    real_lines, real_draw = render_pdf.PdfRenderer.lines, render_pdf.PdfRenderer.draw
    page = [0]

    def lines(self, texts, x, top, width, size, colour, align="left", bold=False):
        leading = size * measure.LEADING
        line_top = top + (leading - size) / 2
        for text in texts:
            w = measure.width_of(text, size)
            left = x + (width - w) / 2 if align == "center" else x + width - w if align == "right" else x
            if text.strip():
                runs.append((page[0], text, left, left + w, line_top, size))
            line_top += leading
        return real_lines(self, texts, x, top, width, size, colour, align, bold)

    def draw(self, slide, number, total):
        page[0] = number
        return real_draw(self, slide, number, total)

    render_pdf.PdfRenderer.lines, render_pdf.PdfRenderer.draw = lines, draw
    try:
        build_deck(plan, pdf, **options)
    finally:
        render_pdf.PdfRenderer.lines, render_pdf.PdfRenderer.draw = real_lines, real_draw
    return runs


def _inside(rect, box, slack: float = SLACK) -> bool:
    return (rect[0] >= box[0] - slack and rect[2] <= box[2] + slack and rect[1] >= box[1] - slack * 3
            and rect[3] <= box[3] + slack * 3)


def _overlap(a, b) -> bool:
    return a[0] < b[2] - SLACK and b[0] < a[2] - SLACK and a[1] < b[3] - SLACK and b[1] < a[3] - SLACK


def _allowed(slide) -> list[tuple[float, float, float, float]]:
    """Where text may be drawn on *slide*: its blocks' boxes and the chrome."""
    from app.services.deck.model import HEADLINE_BOX, MARGIN_X, PAGE_H, PAGE_W, TRACKER_BOX, CardsBlock

    boxes = [(0, PAGE_H - 40, PAGE_W, PAGE_H)]  # the footer band
    if slide.kind in ("content", "summary"):
        boxes += [(TRACKER_BOX.x, TRACKER_BOX.y - 4, TRACKER_BOX.right, TRACKER_BOX.bottom + 2),
                  (HEADLINE_BOX.x, HEADLINE_BOX.y - 4, HEADLINE_BOX.right, HEADLINE_BOX.bottom + 4)]
    for block in slide.blocks:
        b = block.box
        boxes.append((b.x, b.y, b.right, b.bottom))
        if isinstance(block, CardsBlock):
            boxes += [(c.x, c.y, c.right, c.bottom) for c in block.card_boxes]
    if slide.kind != "content" and slide.kind != "summary":
        boxes.append((MARGIN_X, 0, PAGE_W - MARGIN_X, PAGE_H))  # cover / divider / closing: their own frames
    return boxes


def _coverage(slide) -> float:
    """Share of the body box covered by the slide's blocks (10-pt grid)."""
    from app.services.deck.model import BODY_BOX

    step = 10.0
    cells = covered = 0
    y = BODY_BOX.y
    while y < BODY_BOX.bottom:
        x = BODY_BOX.x
        while x < BODY_BOX.right:
            cells += 1
            if any(b.box.x <= x + 5 <= b.box.right and b.box.y <= y + 5 <= b.box.bottom for b in slide.blocks):
                covered += 1
            x += step
        y += step
    return covered / cells if cells else 0.0


def lint(plan_path: Path, folder: Path, **options) -> list[str]:
    """Build the deck of *plan_path* into *folder* and list its problems."""
    from app.services.deck.model import build_slides
    from app.services.plan.storage.plan_file import PlanFile

    pdf = folder / f"{plan_path.stem}-lint.pdf"
    options.setdefault("today", TODAY)
    with PlanFile.open(plan_path, read_only=True) as plan:
        deck = build_slides(plan, options.get("sections"), today=options["today"],
                            dividers=options.get("dividers", "auto"))
        recorded = _recorded_build(plan, pdf, options)
    problems: list[str] = []
    slides = deck.slides
    content = [s for s in slides if s.kind in ("content", "summary")]
    dividers = [s for s in slides if s.kind == "divider"]
    if len(dividers) * 3 > len(content):
        problems.append(f"{len(dividers)} dividers for {len(content)} content slides (at most one per three)")
    for number, slide in enumerate(slides, 1):
        if slide.kind == "content" and not slide.continued and _coverage(slide) < MIN_COVER:
            problems.append(f"slide {number} “{slide.headline[:40]}”: body {_coverage(slide):.0%} covered")
    runs_by_page: dict[int, list] = {}
    for run in recorded:
        runs_by_page.setdefault(run[0], []).append(run)
    for number, slide in enumerate(slides, 1):
        runs = runs_by_page.get(number, [])
        allowed = _allowed(slide)
        rects = [_rect(run) for run in runs]
        for run, rect in zip(runs, rects, strict=True):
            text, size = run[1], run[5]
            where = f"slide {number} “{slide.headline[:30]}”: {text[:30]!r}"
            if size < MIN_SIZE - 0.05:
                problems.append(f"{where} set at {size:.1f} pt")
            if rect[2] - rect[0] > 0.5 and not any(_inside(rect, box) for box in allowed):
                problems.append(f"{where} outside its box at x {rect[0]:.0f}–{rect[2]:.0f}, y {rect[1]:.0f}")
            stripped = text.strip()
            if len(stripped) == 1 and _cjk(stripped) and any(
                    abs(o[2] - run[2]) < 0.6 and abs(o[5] - size) < 0.1 and 0 < run[4] - o[4] < size * 1.6
                    and len(o[1].strip()) > 1 for o in runs):
                problems.append(f"{where} is a one-character line")
        for i, a in enumerate(rects):
            for j in range(i + 1, len(rects)):
                if _overlap(a, rects[j]) and runs[i][1].strip() and runs[j][1].strip():
                    problems.append(f"slide {number}: {runs[i][1][:20]!r} overlaps {runs[j][1][:20]!r}")
    return problems
