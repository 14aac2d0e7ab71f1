"""The slide model: a deck as plain data, shared by every renderer.

Building a deck is two steps. ``build_slides(plan)`` turns the plan into a
:class:`Deck`: an ordered list of :class:`Slide` descriptions, each holding
*blocks* (text, bullets, a table, a chart spec, cards, key figures, a
timeline) that a layout step has already measured and placed. A renderer then
draws the deck: the PDF renderer (reportlab, ``render_pdf``) and the PPTX
renderer (python-pptx) read exactly these objects. Nothing about a slide's
*content* lives in a renderer; a renderer decides only how a block looks
(fonts, fills, rules) inside the box it was given.

The contract for a renderer
---------------------------
* **Page**: 960 × 540 points (16:9, PowerPoint's widescreen size:
  13.333 × 7.5 in). Every :class:`Box` is ``x, y, w, h`` in points with the
  origin at the **top-left** corner of the page and ``y`` growing downwards
  (PowerPoint's convention; the PDF renderer flips it). 1 pt = 12,700 EMU.
* **Chrome** is the renderer's: the brand band on cover/divider/closing, the
  footer (``Deck.footer`` left, ``page / total`` right), the logo
  (``Theme.logo``) in the title row, the tracker and headline positions
  (:data:`TRACKER_BOX`, :data:`HEADLINE_BOX`) on content and summary slides.
  Blocks never overlap the chrome: they lie inside :data:`BODY_BOX`, except
  on cover, divider and closing slides, whose blocks are placed on the page.
* **Text** in the model is plain text (never markup): ``\\n`` is a line
  break; characters the deck font lacks are already replaced and reported
  in ``Deck.warnings``. Font sizes (``size``) are points; a renderer should
  use them as given, since the layout measured the text at that size with the
  deck font (``Theme.font_file``); it wraps lines itself.
* **Numbers** are formatted already (``"3,600万"``, ``"CNY 36.0M"``) wherever
  they are shown as text; chart specs carry raw values plus a
  :class:`ValueFormat` so a native chart can hold its data and still label
  it the reader's way (``ValueFormat.label(v)``; ``ValueFormat.scale`` and
  ``unit`` for an axis number format).
* **Colours** are ``#RRGGBB`` strings.
* Everything is frozen: renderers never change the model.

Helpers a renderer may use (pure Python, reportlab's font metrics only):
``measure.wrap(text, width, size)`` gives the line breaks the layout
measured; ``layout_timeline.geometry(block, language)`` every position of a
timeline (rows, bars, phase segments and labels, key-date lines and labels);
``layout_scatter.geometry(spec, box)`` the bubbles and the placed names of a
positioning map; ``layout_cards`` the card paddings and label sizes;
``layout_table.row_height`` a table row's measured height. A table's
``Column.weight`` is the column's width in points (summing to the box
width). ``Slide.headline_size`` is the size the headline was fitted at
(two lines at most); ``Slide.bookmark`` starts an outline entry / PowerPoint
section. Block-level style names: see each block's docstring.

Slide kinds
-----------
``cover`` (plan title, brand, facts), ``summary`` (the executive summary:
key figures and bullets), ``content`` (one message: headline + blocks),
``divider`` (opens a section of three or more slides; ``headline`` is the
section title, ``subtitle`` its number "01"), ``closing``. An ``agenda`` is a
content slide with ``section == "agenda"``.

Headlines state the slide's point ("社交媒体占已分配预算 40%，为最大渠道");
``tracker`` is the small topic label above it ("预算 · Budget"). A user
override from the plan replaces the computed headline (``headline_key``
names the slide for overrides). ``notes`` are the speaker notes (the
section's notes the user wrote in the Deck canvas, else empty)."""

from __future__ import annotations

import datetime as dt
from dataclasses import field

from app.models.frozen import frozen_model

PAGE_W, PAGE_H = 960.0, 540.0


@frozen_model
class Box:
    """A rectangle in points: left edge *x*, top edge *y* (from the top of
    the page, downwards), width *w* and height *h*."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The bottom edge (from the top of the page)."""
        return self.y + self.h


MARGIN_X = 48.0
TRACKER_BOX = Box(MARGIN_X, 22.0, PAGE_W - 2 * MARGIN_X, 16.0)  # small topic label
HEADLINE_BOX = Box(MARGIN_X, 40.0, PAGE_W - 2 * MARGIN_X, 64.0)  # at most two lines
BODY_BOX = Box(MARGIN_X, 118.0, PAGE_W - 2 * MARGIN_X, 360.0)  # blocks of content slides live here
FOOTER_Y = 516.0  # baseline of the footer text (from the top)


@frozen_model
class Theme:
    """The plan's look: brand colour and its derived tones, the deck font
    (family name and the TrueType file it was measured with), the logo."""

    brand: str = "#1F4E79"
    on_brand: str = "#FFFFFF"  # text on a brand-coloured area
    ink: str = "#1F4E79"  # brand colour readable as text on white
    tint: str = "#E9EEF2"  # pale fill (cards, zebra rows)
    soft: str = "#8FA7BC"  # light fill (secondary chart series)
    text: str = "#1F2328"
    muted: str = "#5F6B76"
    rule: str = "#D0D7DE"
    palette: tuple[str, ...] = ()  # series / campaign colours, brand first
    font_family: str = "WenQuanYi Micro Hei"
    font_file: str = ""  # path of the TrueType file the layout measured with
    logo: bytes | None = None


@frozen_model
class ValueFormat:
    """How numbers of a chart are written: ``kind`` is ``money`` (with
    ``currency``), ``percent`` (values are percentages, 40.0 → "40%"),
    ``count`` or ``score``. ``scale`` and ``unit`` say how the axis is
    written ("万元": scale 10,000) so a native chart can use a number format;
    ``language`` is zh (万/亿) or en (K/M)."""

    kind: str = "money"
    currency: str = ""
    language: str = "zh"
    scale: float = 1.0
    unit: str = ""

    def label(self, value: float | None) -> str:
        """*value* as written on the chart ("3,600万", "CNY 36.0M", "40%")."""
        from app.models.money import format_value

        return format_value(value, self)

    def axis(self, value: float | None) -> str:
        """*value* as an axis number in the chart's unit (no currency)."""
        from app.models.money import format_axis

        return format_axis(value, self)


# -- blocks ---------------------------------------------------------------------
@frozen_model
class TextBlock:
    """Running text: paragraphs in *style*: ``body``, ``lead`` (a larger
    statement), ``caption`` (small muted text under a chart), ``label``
    (small muted label, e.g. "计划周期" on the cover), ``title`` (the cover's
    plan title, the closing's "谢谢": on the brand colour), ``on_brand``
    (other text on the brand colour), ``number`` (a divider's "01").
    Paragraphs are set one under another, wrapped at the box width."""

    box: Box
    paragraphs: tuple[str, ...]
    style: str = "body"
    size: float = 14.0
    align: str = "left"  # left / center / right


@frozen_model
class Bullet:
    """One bullet: its text, indent *level* (0 or 1) and an optional bold
    lead-in (``"双十一："`` before the text)."""

    text: str
    level: int = 0
    lead: str = ""


@frozen_model
class BulletsBlock:
    """A bullet list (numbered when *numbered*), optional *heading* above it."""

    box: Box
    items: tuple[Bullet, ...]
    numbered: bool = False
    heading: str = ""
    size: float = 14.0


@frozen_model
class Column:
    """A table column: header text, alignment (``left``/``right``/
    ``center``) and relative width *weight*."""

    title: str
    align: str = "left"
    weight: float = 1.0


@frozen_model
class TableBlock:
    """A table: header + *rows* of cell texts (already formatted).
    *continued* marks a continuation slide's part of a longer table (its
    headline carries "（续）/(cont.)"). *total_row* makes the last row bold.
    *fills* colour single cells: ``((column, row, "#RRGGBB"), ...)`` with
    row 0 the first body row (RAG status, severity)."""

    box: Box
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    continued: bool = False
    total_row: bool = False
    fills: tuple[tuple[int, int, str], ...] = ()
    size: float = 12.0

    @property
    def weights(self) -> tuple[float, ...]:
        """Relative column widths."""
        return tuple(c.weight for c in self.columns)


@frozen_model
class Series:
    """One data series of a chart: name, a value per category (None: no
    value), and its colour (None: the palette's next)."""

    name: str
    values: tuple[float | None, ...]
    colour: str | None = None


@frozen_model
class Point:
    """A scatter point (positioning map): label, x and y (chart units), a
    relative bubble *size* (0 … 1) and whether it is the plan's own brand."""

    label: str
    x: float
    y: float
    size: float = 0.3
    own: bool = False


@frozen_model
class HeatCell:
    """A heat-map cell: row and column index (0 = first category of each
    axis), its fill colour and the labels written in it (risk ids)."""

    row: int
    column: int
    colour: str
    labels: tuple[str, ...] = ()


@frozen_model
class ChartSpec:
    """A chart as data. *kind* is one of ``bar`` (grouped columns),
    ``stacked_bar`` (stacked columns, the total above each), ``donut``
    (one series: shares, amounts and percentages written on it), ``line``,
    ``heatmap`` (*categories* are the columns, *row_categories* the rows,
    *cells*), ``scatter`` (*points* on 0 … *x_max*/*y_max* axes named
    *x_title*/*y_title*). *value_format* writes the amounts; *labels* says
    whether values are written on the data; *centre* is the text in a
    donut's hole."""

    kind: str
    categories: tuple[str, ...] = ()
    series: tuple[Series, ...] = ()
    value_format: ValueFormat = field(default_factory=ValueFormat)
    labels: bool = True
    x_title: str = ""
    y_title: str = ""
    row_categories: tuple[str, ...] = ()
    cells: tuple[HeatCell, ...] = ()
    points: tuple[Point, ...] = ()
    x_max: float = 10.0
    y_max: float = 10.0
    centre: str = ""
    colours: tuple[str, ...] = ()  # one per category (donut slices, single-series bars); else the palette


@frozen_model
class ChartBlock:
    """A chart in its box (a renderer draws it natively: reportlab graphics
    in the PDF, a native chart with its data in the PPTX)."""

    box: Box
    chart: ChartSpec


@frozen_model
class CardLine:
    """A line of a card: optional small *label* ("痛点") and its text."""

    text: str
    label: str = ""


@frozen_model
class Card:
    """A persona / tier / fact card: title, optional subtitle ("28–35 岁 ·
    一线城市"), lines, an accent colour for its top rule, optional image."""

    title: str
    lines: tuple[CardLine, ...] = ()
    subtitle: str = ""
    accent: str | None = None
    image: bytes | None = None


@frozen_model
class CardsBlock:
    """Cards side by side; *card_boxes* are the measured boxes of each card
    (same order), sized to what the cards hold."""

    box: Box
    cards: tuple[Card, ...]
    card_boxes: tuple[Box, ...] = ()
    size: float = 12.0


@frozen_model
class KeyFigure:
    """A big number with its label and an optional detail line
    ("1亿" / "GMV 目标" / "较去年 +25%")."""

    value: str
    label: str
    detail: str = ""


@frozen_model
class KeyFiguresBlock:
    """A row of key figures."""

    box: Box
    figures: tuple[KeyFigure, ...]


@frozen_model
class Phase:
    """A labelled segment of a timeline row: name, first and last day, kind
    (e.g. ``warmup``/``peak``/``tail``, for the tone of the colour)."""

    name: str
    start: dt.date
    end: dt.date
    kind: str = ""


@frozen_model
class TimelineRow:
    """A campaign (or workstream) row: label, colour, its span, its phases."""

    label: str
    start: dt.date
    end: dt.date
    colour: str
    phases: tuple[Phase, ...] = ()


@frozen_model
class Marker:
    """A key date drawn as a thin vertical line with its label: ``kind`` is
    ``key_date`` (双11, 618, holidays), ``milestone`` or ``today``."""

    day: dt.date
    label: str
    kind: str = "key_date"


@frozen_model
class TimelineBlock:
    """A Gantt: the window *start* … *end*, its rows, key-date markers and
    month ticks. A row is as tall as its label and phase labels need, and at
    least *row_height* (the layout raises it to use the room a slide has).
    ``layout_timeline.geometry(block, language)`` gives every position."""

    box: Box
    start: dt.date
    end: dt.date
    rows: tuple[TimelineRow, ...]
    markers: tuple[Marker, ...] = ()
    row_height: float = 0.0
    label_width: float = 150.0  # left column holding the row labels


Block = TextBlock | BulletsBlock | TableBlock | ChartBlock | CardsBlock | KeyFiguresBlock | TimelineBlock


# -- slides and deck -------------------------------------------------------------
@frozen_model
class Slide:
    """One slide: *kind* (cover, summary, content, divider, closing),
    *section* key (registry key, or ``cover``/``summary``/``agenda``/
    ``closing``), *headline* (its point, after any user override),
    *tracker* (topic label), *subtitle*, *blocks*, *notes* (speaker notes),
    *headline_key* (stable id of the slide for a headline override),
    *continued* (a follow-on slide of the previous one)."""

    kind: str
    section: str
    headline: str
    blocks: tuple[Block, ...] = ()
    subtitle: str = ""
    tracker: str = ""
    notes: str = ""
    headline_key: str = ""
    continued: bool = False
    headline_size: float = 26.0  # the size the layout fitted the headline at (two lines at most)
    bookmark: str = ""  # an outline entry (PDF bookmark / PowerPoint section) starts at this slide
    bookmark_level: int = 0  # 0: a section group; 1: a section grouped under the one before


@frozen_model
class Deck:
    """The whole deck: language (``zh``/``en``), theme, slides in order,
    footer text, title (PDF metadata), and warnings (characters the font
    lacks, slides left out because their content is empty)."""

    language: str
    theme: Theme
    slides: tuple[Slide, ...]
    title: str = ""
    footer: str = ""
    author: str = ""
    warnings: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    confidentiality: str = ""  # shown in the footer beside the page number, and on the cover
    subject: str = ""  # document metadata: "营销计划汇报 · brand · period"


def build_slides(plan, sections=None, language=None, *, today: dt.date | None = None,
                 dividers: str = "auto", checker=None) -> Deck:
    """The deck of *plan* (an open PlanFile) as a :class:`Deck`, laid out.

    *sections*: registry keys to include (all by default; an unknown key
    raises UsageError naming the valid ones). *language*: ``zh``/``en``
    (default: the plan's). *today*: the deck date (default today).
    *dividers*: ``auto`` (a divider before a section of three or more
    slides), ``always`` or ``never``. *checker*: a TextChecker collecting
    warnings (a new one by default). Both renderers call this; it imports
    reportlab's font metrics to measure text but draws nothing."""
    # The storyline reads every canvas; section renderers import this module
    # only for the block classes (see the import-linter contract).
    from app.services.deck import story

    return story.build(plan, sections=sections, language=language, today=today, dividers=dividers,
                       checker=checker)
