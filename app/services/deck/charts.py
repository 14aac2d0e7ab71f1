"""Charts for slides: a matplotlib figure drawn with the bundled font, saved
as SVG and turned into a reportlab Drawing with svglib, so charts stay vector
and match the slide text. Chart text stays text (``svg.fonttype = none``,
mapped to the deck font): it is embedded with the slides' font subset, can
be searched and copied, and parses three times faster than glyph outlines.

    def plot(figure):            # figure is sized to the chart box
        ax = figure.add_subplot()
        ax.bar(names, values, color=theme.brand)
    drawing = plot_drawing(plot, width_pt, height_pt, theme)

Labels given to matplotlib must be cleaned first (``ctx.plain``), so a
character the font lacks is reported and not drawn as a box; mathtext is off,
so ``$`` in plan text is just a dollar sign."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import threading
from collections import OrderedDict
from collections.abc import Callable

from app.services.deck import fonts
from app.services.deck.chart_key import chart_key
from app.services.deck.theme import MUTED, RULE, TEXT, Theme

_LOCK = threading.Lock()  # matplotlib's font cache and rcParams are process-wide
_svg_fonts: set[str] = set()
# svglib takes about half of a chart's time; a preview rebuilt after an edit
# elsewhere gets the same SVG for most charts, so their drawings are kept.
_CACHED_DRAWINGS = 64
_DRAWINGS: OrderedDict[bytes, object] = OrderedDict()  # sha1 of SVG and size → Drawing
_CHARTS: OrderedDict[bytes, object] = OrderedDict()  # chart_key of the plot's inputs → Drawing


def _map_svg_font(family: str) -> None:
    """Tell svglib that SVG text in *family* is the deck's reportlab font."""
    if family not in _svg_fonts:
        from reportlab.pdfbase.pdfmetrics import getFont
        from svglib import fonts as svg_fonts
        from svglib.svglib import register_font

        # svglib 2 maps a family to a non-standard reportlab font only when
        # given the file; without it, it asks fontconfig and embeds whatever
        # system font that returns under our font's name. Given the file, it
        # parses all 5 MB of it again (~0.3 s on the first chart) and replaces
        # the registered font: hand it the font reportlab already has instead.
        name = fonts.register_reportlab()
        registered, parse = getFont(name), svg_fonts.TTFont
        svg_fonts.TTFont = lambda *_args, **_kwargs: registered
        try:
            register_font(family, str(fonts.font_path()), rlgFontName=name)
        finally:
            svg_fonts.TTFont = parse
        _svg_fonts.add(family)


def plot_drawing(plot: Callable, width: float, height: float, theme: Theme):
    """Run *plot(figure)* on a matplotlib Figure of *width* × *height* points
    and return it as a reportlab Drawing of exactly that size (vector).

    A chart drawn before in this process with the same inputs (what the plot
    function captured, its code, the size, the theme, matplotlib's settings;
    see chart_key) is returned again without running matplotlib: a preview
    rebuilt after an edit redraws only the charts the edit changed."""
    with _LOCK:
        family = fonts.register_matplotlib()
        _map_svg_font(family)
        key = _input_key(plot, width, height, theme)
        if key is not None and key[0] in _CHARTS:
            _CHARTS.move_to_end(key[0])
            return _CHARTS[key[0]]
        with contextlib.ExitStack() as stack:
            touched = [stack.enter_context(ctx.watch()) for ctx in (key[1] if key else ())]
            drawing = _draw_chart(plot, width, height, theme)
            reads_more = any(was_touched() for was_touched in touched)
        if key is not None and not reads_more and _input_key(plot, width, height, theme) == key:
            _CHARTS[key[0]] = drawing  # not when the plot read the plan or changed what it captured
            while len(_CHARTS) > _CACHED_DRAWINGS:
                _CHARTS.popitem(last=False)
    return drawing


def clear_cache() -> None:
    """Forget every chart kept in this process (tests; a code reload)."""
    with _LOCK:
        _CHARTS.clear()
        _DRAWINGS.clear()


def _input_key(plot: Callable, width: float, height: float, theme: Theme) -> tuple[bytes, list] | None:
    """The chart's key from its inputs (None when the plot is unkeyable)."""
    from matplotlib import __version__, rcParams

    # e.g. a style the Budget canvas set process-wide. dict.items: reading
    # rcParams["backend"] would resolve the GUI back end (imports pyplot, 0.5 s).
    settings = repr(sorted((name, value) for name, value in dict.items(rcParams) if not name.startswith("backend")))
    return chart_key(plot, round(width, 3), round(height, 3), theme, settings, __version__)


def _draw_chart(plot: Callable, width: float, height: float, theme: Theme):
    """matplotlib → SVG → reportlab Drawing (the SVG's drawing is reused
    when an unkeyable plot gives the same SVG as before)."""
    from cycler import cycler
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from svglib.svglib import svg2rlg

    style = {
        "svg.fonttype": "none",  # text as <text>, drawn by svglib in the deck font
        "svg.hashsalt": "stratdeck",  # the same chart gives the same SVG (ids are not random), see _DRAWINGS
        "text.parse_math": False,
        "font.size": 10,
        "text.color": TEXT,
        "axes.edgecolor": RULE,
        "axes.labelcolor": MUTED,
        "xtick.color": MUTED,
        "ytick.color": MUTED,
        "axes.prop_cycle": cycler(color=[theme.brand, theme.soft, MUTED]),
    }
    with rc_context(style):
        figure = Figure(figsize=(width / 72, height / 72), dpi=72)
        plot(figure)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", transparent=True, metadata={"Date": None})
    svg = buffer.getvalue()
    key = hashlib.sha1(svg + f"{width:.3f}x{height:.3f}".encode()).digest()
    drawing = _DRAWINGS.get(key)
    if drawing is not None:  # the same chart as in an earlier build: drawings are never changed once made
        _DRAWINGS.move_to_end(key)
        return drawing
    drawing = svg2rlg(io.BytesIO(svg))
    scale = min(width / drawing.width, height / drawing.height)
    drawing.scale(scale, scale)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.initialFontName = fonts.register_reportlab()  # else the renderer declares Helvetica (unembedded)
    _DRAWINGS[key] = drawing
    while len(_DRAWINGS) > _CACHED_DRAWINGS:
        _DRAWINGS.popitem(last=False)
    return drawing


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    first = dt.date(start.year, start.month, 1)
    months = []
    while first <= end:
        if first >= start:
            months.append(first)
        first = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return months


def _month_label(month: dt.date, first: bool, language: str) -> str:
    """``3月`` / ``Mar``; the first tick and every January also name the year."""
    if language == "zh":
        return f"{month.year}年{month.month}月" if first or month.month == 1 else f"{month.month}月"
    name = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[month.month - 1]
    return f"{name} {month.year}" if first or month.month == 1 else name


def period_timeline(
    start: dt.date, end: dt.date, today: dt.date, theme: Theme, language: str, today_label: str = ""
) -> Callable:
    """A plot function: the plan period as a bar with month ticks and quarter
    marks, the part before *today* (the deck date) filled in the brand
    colour and *today* marked (with *today_label*) when it falls inside the
    period."""

    def plot(figure) -> None:
        days = (end - start).days + 1
        ax = figure.add_axes((0.04, 0.3, 0.92, 0.3))  # room for the end labels
        ax.barh(0, days, left=0, height=1, color=theme.tint, edgecolor=theme.soft, linewidth=0.8)
        done = min(max((today - start).days + 1, 0), days) if today >= start else 0
        if done:
            ax.barh(0, done, left=0, height=1, color=theme.brand)
        ax.set_xlim(0, days)
        ax.set_ylim(-0.5, 0.5)
        ax.set_yticks([])
        for side in ("top", "right", "left", "bottom"):
            ax.spines[side].set_visible(False)
        months = _month_starts(start, end)
        step = 1 if len(months) <= 14 else 3 if len(months) <= 40 else 12
        ticks = months[::step] if months else [start]
        ax.set_xticks([(m - start).days for m in ticks])
        ax.set_xticklabels([_month_label(m, m == ticks[0], language) for m in ticks])
        ax.tick_params(axis="x", length=0, pad=6, labelsize=10)
        for m in months:
            if m.month in (4, 7, 10) and m != start:
                ax.axvline((m - start).days, color="#FFFFFF", linewidth=1.6)
        for quarter, m in enumerate((1, 4, 7, 10), 1):
            for year in {d.year for d in months}:
                first = dt.date(year, m, 1)
                if start <= first <= end and (first + dt.timedelta(days=45)) <= end + dt.timedelta(days=1):
                    ax.text(
                        (first - start).days + 45,
                        0.6,
                        f"Q{quarter}",
                        ha="center",
                        va="bottom",
                        fontsize=10,
                        color=MUTED,
                    )
        if start <= today <= end:
            x = (today - start).days + 0.5
            ax.plot([x, x], [-0.5, 1.1], color=theme.ink, linewidth=1.2, clip_on=False)
            ax.text(x, 1.15, today_label or today.isoformat(), ha="center", va="bottom", fontsize=9, color=theme.ink)

    return plot
