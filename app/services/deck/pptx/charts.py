"""Chart specs of the slide model as native PowerPoint charts, each with its
data in an embedded workbook (so a user can change a number or restyle the
chart in PowerPoint): ``bar`` (clustered columns), ``stacked_bar`` (stacked
columns, the total above each), ``donut`` and ``line``; ``scatter`` (the
positioning map) is a native XY chart with each point named. The heat map
is drawn as shapes (a grid of cells), see heatmap().

Amounts are stored in the chart's unit (``ValueFormat.scale``: 3,600 for
3,600万) with a number format that writes the unit (``#,##0"万"``), so the
labels read like the PDF's and stay right when a value is edited."""

from __future__ import annotations

from lxml import etree
from pptx.chart.data import CategoryChartData, XyChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.oxml.ns import qn
from pptx.util import Pt

from app.services.deck.pptx.shapes import line_of, rectangle, text_box
from app.services.deck.pptx.template import palette_slot
from app.services.deck.pptx.text import Style, clean, colour_element, fill_frame, frame_box, set_fonts

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
    data = CategoryChartData(number_format="General")
    data.categories = [clean(c) or " " for c in spec.categories]
    values = [[scaled(fmt, v) for v in series.values] for series in spec.series]
    code = number_format(fmt, [v for row in values for v in row])
    for series, row in zip(spec.series, values, strict=True):
        data.add_series(clean(series.name) or " ", row, number_format=code)
    frame = shapes.add_chart(_TYPES[spec.kind], Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h), data)
    frame.name = f"Chart {spec.kind}"
    chart = frame.chart
    chart.has_title = False  # the headline says what the chart shows
    _chart_text(chart, theme, language)
    many = len(spec.series) > 1
    chart.has_legend = many or spec.kind == "donut"
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM if spec.kind != "donut" else XL_LEGEND_POSITION.RIGHT
        chart.legend.include_in_layout = False
    plot = chart.plots[0]
    if spec.kind == "donut":
        _donut(chart, spec, theme, code)
        if spec.centre:
            _donut_centre(shapes, chart, box, spec.centre, theme)
    else:
        _axes(chart, spec, code, theme)
        if spec.kind in ("bar", "stacked_bar"):
            plot.gap_width = 60 if spec.kind == "stacked_bar" else 80
            if spec.kind == "stacked_bar":
                plot.overlap = 100
        for index, series in enumerate(plot.series):
            _series_colour(series, theme, spec.series[index].colour, index, line=spec.kind == "line")
    if spec.labels and spec.kind != "donut":
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format, labels.number_format_is_linked = code, False
        labels.font.size = Pt(CHART_FONT_SIZE - 1)
        if spec.kind == "bar":
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
        elif spec.kind == "line":
            labels.position = XL_LABEL_POSITION.ABOVE
        elif spec.kind == "stacked_bar":
            labels.position = XL_LABEL_POSITION.CENTER
        text_properties = labels._element.get_or_add_txPr()
        set_fonts(text_properties.find(f"{qn('a:p')}/{qn('a:pPr')}/{qn('a:defRPr')}"), _lang(language))


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
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb(theme.rule)
    value_axis.tick_labels.number_format, value_axis.tick_labels.number_format_is_linked = code, False
    value_axis.format.line.fill.background()
    if spec.y_title:
        value_axis.has_title = True
        value_axis.axis_title.text_frame.text = clean(spec.y_title)
    category_axis = chart.category_axis
    category_axis.format.line.color.rgb = _rgb(theme.rule)
    category_axis.tick_labels.font.size = Pt(CHART_FONT_SIZE)
    if spec.x_title:
        category_axis.has_title = True
        category_axis.axis_title.text_frame.text = clean(spec.x_title)


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


def _donut(chart, spec, theme, code: str) -> None:
    plot = chart.plots[0]
    hole = plot._element.find(qn("c:holeSize"))
    if hole is None:
        hole = etree.SubElement(plot._element, qn("c:holeSize"))
    hole.set("val", "58")
    for index, point in enumerate(plot.series[0].points):
        _solid(point.format.fill, f"accent{index % 6 + 1}")
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
    data = XyChartData()
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
            axis.has_title = True
            axis.axis_title.text_frame.text = clean(title)
    for point, series in zip(spec.points, chart.plots[0].series, strict=False):
        series.marker.size = int(8 + 16 * max(0.0, min(point.size, 1.0)))
        series.marker.format.fill.solid()
        _solid(series.marker.format.fill, "accent1" if point.own else "accent2")
        series.format.line.fill.background()
        label = series.points[0].data_label
        fill_frame(label.text_frame, line_of(point.label, Style(CHART_FONT_SIZE - 1, theme.text)), line_spacing=1.15)
        label.position = XL_LABEL_POSITION.RIGHT


def heatmap(shapes, block, theme) -> None:
    """A risk heat map as shapes: row labels on the left, column labels
    below, a coloured cell per (row, column) with its risk ids written in it."""
    spec, box = block.chart, block.box
    rows, columns = len(spec.row_categories) or 1, len(spec.categories) or 1
    label_w, label_h = min(90.0, box.w * 0.18), 18.0
    grid_w = box.w - label_w - 8.0
    grid_h = box.h - label_h - (18.0 if spec.x_title else 0.0)
    cell_w, cell_h = grid_w / columns, grid_h / rows
    left, top = box.x + label_w + 8.0, box.y
    small = Style(10.0, theme.muted)
    for index, name in enumerate(spec.row_categories):
        y = top + (rows - 1 - index) * cell_h  # the first row category at the bottom (low)
        text_box(shapes, box.x, y, label_w, cell_h, line_of(name, small), anchor="ctr", name="Heat map row")
    for index, name in enumerate(spec.categories):
        text_box(shapes, left + index * cell_w, top + grid_h + 2.0, cell_w, label_h, line_of(name, small),
                 anchor="t", name="Heat map column", align=_centre())
    if spec.x_title:
        text_box(shapes, left, top + grid_h + label_h + 2.0, grid_w, 16.0, line_of(spec.x_title, small),
                 name="Heat map axis", align=_centre())
    filled = {(cell.row, cell.column): cell for cell in spec.cells}
    for row in range(rows):
        for column in range(columns):
            cell = filled.get((row, column))
            x, y = left + column * cell_w, top + (rows - 1 - row) * cell_h
            shape = rectangle(shapes, x + 1, y + 1, cell_w - 2, cell_h - 2, cell.colour if cell else theme.tint,
                              name="Heat map cell")
            if cell and cell.labels:
                frame_box(shape.text_frame, anchor="ctr", inset=2.0)
                fill_frame(shape.text_frame, line_of(" ".join(cell.labels), Style(10.0, theme.text, bold=True)),
                           align=_centre(), line_spacing=1.15)


def _centre():
    from pptx.enum.text import PP_ALIGN

    return PP_ALIGN.CENTER
