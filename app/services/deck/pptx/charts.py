"""Chart specs of the slide model as native PowerPoint charts, each with its
data in an embedded workbook (so a user can change a number or restyle the
chart in PowerPoint): ``bar`` (clustered columns), ``stacked_bar`` (stacked
columns, the total above each), ``donut`` and ``line``; ``scatter`` (the
positioning map) is a native XY chart with each point named. The heat map
is drawn as shapes (a grid of cells), see heatmap.py.

Amounts are stored in the chart's unit (``ValueFormat.scale``: 3,600 for
3,600万) with a number format that writes the unit (``#,##0"万"``), so the
labels read like the PDF's and stay right when a value is edited."""

from __future__ import annotations

from lxml import etree
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.oxml.ns import qn
from pptx.util import Pt

from app.services.deck.pptx import chart_parts
from app.services.deck.pptx.shapes import line_of, text_box
from app.services.deck.pptx.template import palette_slot
from app.services.deck.pptx.text import Style, clean, colour_element, fill_frame, set_fonts
from app.services.deck.pptx.workbooks import SafeCategoryChartData, SafeXyChartData

CHART_FONT_SIZE = 11.0
_TYPES = {
    "bar": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "stacked_bar": XL_CHART_TYPE.COLUMN_STACKED,
    "donut": XL_CHART_TYPE.DOUGHNUT,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}


def chart_block(shapes, block, theme, language: str) -> None:
    """Draw *block* (a ChartBlock) natively; heat maps as shapes."""
    spec = block.chart
    if spec.kind == "heatmap":
        from app.services.deck.pptx.heatmap import heatmap

        heatmap(shapes, block, theme)
    elif spec.kind == "scatter":
        _scatter(shapes, block, theme, language)
    elif spec.kind in _TYPES:
        _category_chart(shapes, block, theme, language)
    else:
        raise ValueError(f"unknown chart kind {spec.kind!r}")


def number_format(fmt, values) -> str:
    """The Excel number format that labels *values* (already divided by the
    scale) the reader's way: ``#,##0"万"``, ``"CNY "#,##0.0"M"``, ``0"%"``."""
    present = [v for v in values if v is not None]
    whole = all(abs(v - round(v)) < 0.05 or abs(v) >= 1000 for v in present)
    if fmt.kind == "percent":
        return '0"%"' if whole else '0.0"%"'
    if fmt.kind == "score":
        return "0.0" if not whole else "0"
    unit = fmt.unit or ""
    if fmt.language == "en" and unit:
        digits = "#,##0" if all(abs(v) >= 100 for v in present) else "#,##0.0"
    else:
        digits = "#,##0" if whole else "#,##0.0"
    return f'{digits}"{unit}"' if unit else digits


def scaled(fmt, value):
    """*value* in the chart's unit (None stays None)."""
    if value is None:
        return None
    if fmt.kind in ("money", "count") and fmt.scale and fmt.scale != 1:
        return value / fmt.scale
    return value


def _category_chart(shapes, block, theme, language: str) -> None:
    spec, box = block.chart, block.box
    fmt = spec.value_format
    stacked = spec.kind == "stacked_bar"
    data = SafeCategoryChartData(number_format="General")
    data.categories = [clean(c) or " " for c in spec.categories]
    values = [[scaled(fmt, v) for v in series.values] for series in spec.series]
    totals = [sum(v or 0 for v in column) for column in zip(*values, strict=True)] if stacked else []
    code = number_format(fmt, [v for row in values for v in row] + totals)
    for series, row in zip(spec.series, values, strict=True):
        data.add_series(clean(series.name) or " ", row, number_format=code)
    if stacked and spec.labels:
        data.add_series(TOTAL[language == "en"], totals, number_format=code)
    frame = shapes.add_chart(_TYPES[spec.kind], Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h), data)
    frame.name = f"Chart {spec.kind}"
    chart = frame.chart
    chart.has_title = False  # the headline says what the chart shows
    _chart_text(chart, theme, language)
    chart.has_legend = len(spec.series) > 1 or spec.kind == "donut"
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM if spec.kind != "donut" else XL_LEGEND_POSITION.RIGHT
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    if spec.kind == "donut":
        _donut(chart, spec, theme)
        if spec.centre:
            _donut_centre(shapes, chart, box, spec.centre, theme)
        return
    _axes(chart, spec, code, theme)
    if spec.kind in ("bar", "stacked_bar"):
        plot.gap_width = 60 if stacked else 80
        if stacked:
            plot.overlap = 100
    for index, series in enumerate(list(plot.series)[: len(spec.series)]):
        _series_colour(series, theme, spec.series[index].colour, index, line=spec.kind == "line")
    if spec.kind == "bar" and len(spec.series) == 1 and spec.colours:
        for point, colour in zip(plot.series[0].points, spec.colours, strict=False):
            _solid(point.format.fill, palette_slot(theme, colour) or colour)
    if not spec.labels:
        return
    lang, size = _lang(language), CHART_FONT_SIZE - 1
    if stacked:
        chart_parts.totals_line(chart, code, size, theme.text, lang)
    elif spec.kind == "line":  # the last value of each line, as the PDF writes it
        for series, row in zip(plot.series, values, strict=True):
            last = max((i for i, v in enumerate(row) if v is not None), default=None)
            if last is not None:
                chart_parts.label_point(series, last, code, size, theme.text, lang)
    else:
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format, labels.number_format_is_linked = code, False
        labels.font.size = Pt(size)
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        set_fonts(labels._element.get_or_add_txPr().find(f"{qn('a:p')}/{qn('a:pPr')}/{qn('a:defRPr')}"), lang)


TOTAL = ("合计", "Total")


def _lang(language: str) -> str:
    return "en-US" if language == "en" else "zh-CN"


def _chart_text(chart, theme, language: str) -> None:
    """Chart-wide text: size, colour and the deck's fonts and language."""
    chart.font.size = Pt(CHART_FONT_SIZE)
    rpr = chart._chartSpace.get_or_add_txPr().find(f"{qn('a:p')}/{qn('a:pPr')}/{qn('a:defRPr')}")
    for old in rpr.findall(qn("a:solidFill")):
        rpr.remove(old)
    fill = etree.Element(qn("a:solidFill"))
    fill.append(colour_element(theme.text))
    rpr.insert(0, fill)
    set_fonts(rpr, _lang(language))


def _axes(chart, spec, code: str, theme) -> None:
    """Gridlines, axis numbers in the labels' unit (whole numbers unless the
    axis is short: "1,400万", not "1,400.0万"), axis titles."""
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb(theme.rule)
    largest = max((abs(scaled(spec.value_format, v)) for s in spec.series for v in s.values if v is not None),
                  default=0.0)
    axis_code = code.replace("#,##0.0", "#,##0").replace("0.0", "0") if largest >= 10 else code
    value_axis.tick_labels.number_format, value_axis.tick_labels.number_format_is_linked = axis_code, False
    value_axis.format.line.fill.background()
    if spec.y_title:
        _axis_title(value_axis, spec.y_title, theme)
    category_axis = chart.category_axis
    category_axis.format.line.color.rgb = _rgb(theme.rule)
    category_axis.tick_labels.font.size = Pt(CHART_FONT_SIZE)
    if spec.x_title:
        _axis_title(category_axis, spec.x_title, theme)


def _axis_title(axis, title: str, theme) -> None:
    """An axis title as a styled run (fonts and language like all text)."""
    axis.has_title = True
    fill_frame(axis.axis_title.text_frame, line_of(title, Style(CHART_FONT_SIZE, theme.text)), line_spacing=1.15)


def _rgb(colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(colour.lstrip("#").upper())


def _series_colour(series, theme, colour: str | None, index: int, *, line: bool) -> None:
    """Series colour: a theme accent when it is one (Design › Variants
    recolour it), else the RGB value."""
    slot = (palette_slot(theme, colour) or colour) if colour else f"accent{index % 6 + 1}"
    if line:
        series.format.line.width = Pt(2.25)
        series.smooth = False
        _solid(series.format.line.fill, slot)
    else:
        _solid(series.format.fill, slot)


def _donut(chart, spec, theme) -> None:
    plot = chart.plots[0]
    hole = plot._element.find(qn("c:holeSize"))
    if hole is None:
        hole = etree.SubElement(plot._element, qn("c:holeSize"))
    hole.set("val", "58")
    for index, point in enumerate(plot.series[0].points):
        colour = spec.colours[index] if index < len(spec.colours) else None
        _solid(point.format.fill, (palette_slot(theme, colour) or colour) if colour else f"accent{index % 6 + 1}")
    if not spec.labels:
        return
    # Amount and share on each slice as the label's text: a number format
    # would apply to both numbers (Excel, PowerPoint and LibreOffice alike).
    values = spec.series[0].values
    total = sum(v for v in values if v) or 1.0
    white = theme.on_brand.upper() == "#FFFFFF"
    for value, point in zip(values, plot.series[0].points, strict=False):
        if not value:
            continue
        share = value / total * 100
        text = f"{spec.value_format.label(value)}\n{share:.0f}%"
        frame = point.data_label.text_frame
        fill_frame(frame, line_of(text, Style(CHART_FONT_SIZE - 1, "#FFFFFF" if white else theme.text)),
                   line_spacing=1.15)


def _donut_centre(shapes, chart, box, text: str, theme) -> None:
    """*text* in the donut's hole: the plot area is placed by hand (left
    60 % of the chart, legend on the right) so the hole's centre is known."""
    plot_area = chart._chartSpace.chart.plotArea
    layout = plot_area.find(qn("c:layout"))
    if layout is None:
        layout = etree.Element(qn("c:layout"))
        plot_area.insert(0, layout)
    for child in list(layout):
        layout.remove(child)
    manual = etree.SubElement(layout, qn("c:manualLayout"))
    inner = min(0.9 * box.h, 0.62 * box.w)
    x, y = (0.62 * box.w - inner) / 2 / box.w, (box.h - inner) / 2 / box.h
    for tag, value in (("layoutTarget", "inner"), ("xMode", "edge"), ("yMode", "edge"), ("x", x), ("y", y),
                       ("w", inner / box.w), ("h", inner / box.h)):
        etree.SubElement(manual, qn(f"c:{tag}"), val=str(round(value, 4)) if isinstance(value, float) else value)
    hole = inner * 0.58 * 0.7
    cx, cy = box.x + 0.31 * box.w, box.y + box.h / 2
    text_box(shapes, cx - hole / 2, cy - 14, hole, 28, line_of(text, Style(14.0, theme.ink, bold=True)),
             anchor="ctr", name="Donut centre", align=_centre(), line_spacing=1.15)


def _solid(fill_format, colour: str) -> None:
    fill_format.solid()
    fill = fill_format._xPr.find(qn("a:solidFill"))
    for child in list(fill):
        fill.remove(child)
    fill.append(colour_element(colour))


def _scatter(shapes, block, theme, language: str) -> None:
    """The positioning map: one XY series per point (named, so its label
    is its name and it can be moved in the workbook), axes 0 … max."""
    spec, box = block.chart, block.box
    data = SafeXyChartData()
    for point in spec.points:
        series = data.add_series(clean(point.label) or " ")
        series.add_data_point(point.x, point.y)
    frame = shapes.add_chart(XL_CHART_TYPE.XY_SCATTER, Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h), data)
    frame.name = "Chart scatter"
    chart = frame.chart
    chart.has_title = False
    _chart_text(chart, theme, language)
    chart.has_legend = False
    for axis, maximum, title in ((chart.value_axis, spec.y_max, spec.y_title),
                                 (chart.category_axis, spec.x_max, spec.x_title)):
        axis.minimum_scale, axis.maximum_scale = 0, maximum
        axis.has_major_gridlines = False
        if title:
            _axis_title(axis, title, theme)
    for point, series in zip(spec.points, chart.plots[0].series, strict=False):
        series.marker.style = XL_MARKER_STYLE.CIRCLE
        series.marker.size = int(8 + 16 * max(0.0, min(point.size, 1.0)))
        _solid(series.marker.format.fill, "accent1" if point.own else theme.muted)
        _solid(series.marker.format.line.fill, "#FFFFFF")
        series.format.line.fill.background()
        label = series.points[0].data_label
        fill_frame(label.text_frame, line_of(point.label, Style(CHART_FONT_SIZE - 1, theme.text)), line_spacing=1.15)
        label.position = XL_LABEL_POSITION.RIGHT


def _centre():
    from pptx.enum.text import PP_ALIGN

    return PP_ALIGN.CENTER
