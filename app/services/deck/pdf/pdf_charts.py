"""Charts of the slide model drawn natively on the PDF canvas (vector, in
the deck font, no matplotlib): bar, stacked bar, donut, line, heat map and
scatter (positioning map). Amounts are written on the data in the reader's
units (ValueFormat); a legend appears only where labels cannot sit on the
data (stacked series)."""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor

from app.services.deck.layouts import measure
from app.services.deck.model import ChartBlock, ChartSpec
from app.services.deck.pdf.render_pdf import Y

TICK = 11.0  # axis labels
VALUE = 11.0  # labels on the data
LEGEND = 11.0


def draw_chart(r, block: ChartBlock) -> None:
    """Draw *block*'s chart spec inside its box."""
    spec = block.chart
    drawer = {"bar": _bars, "stacked_bar": _bars, "line": _line, "donut": _donut, "heatmap": _heatmap,
              "scatter": _scatter}.get(spec.kind)
    if drawer:
        drawer(r, block.box, spec)


def _on_data(spec: ChartSpec, value: float) -> str:
    """A value written on a bar or line: in the axis unit (named on the axis,
    "万元" / "CNY M") when the chart has one, else as the format writes it."""
    fmt = spec.value_format
    if fmt.kind == "money" and fmt.scale and fmt.scale != 1:
        from app.models.money import in_unit

        return in_unit(value, fmt.scale)
    return fmt.label(value)


def _colour(r, spec: ChartSpec, index: int) -> str:
    series = spec.series[index]
    palette = r.theme.palette or (r.theme.brand,)
    return series.colour or palette[index % len(palette)]


def _nice_max(value: float) -> float:
    """The axis top: four equal steps of a round size (1, 2, 2.5, 5 × 10ⁿ) reaching *value*."""
    if value <= 0:
        return 1.0
    quarter = value / 4
    power = 10 ** math.floor(math.log10(quarter))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= quarter:
            return 4 * step * power
    return 40 * power


def _legend(r, box, spec: ChartSpec) -> float:
    """Series names with their colours in one row at the top; returns its height."""
    if len(spec.series) < 2:
        return 0.0
    x = box.x
    y = box.y
    for index, series in enumerate(spec.series):
        width = measure.width_of(series.name, LEGEND) + 24
        if x + width > box.right:
            x, y = box.x, y + LEGEND * 1.6
        r.fill(x, y + 2, 10, 10, _colour(r, spec, index))
        r.lines([series.name], x + 14, y, width, LEGEND, r.theme.text)
        x += width
    return y - box.y + LEGEND * 1.8


def _value_axis(r, spec, left, top, width, height, top_value) -> None:
    t = r.theme
    fmt = spec.value_format
    for step in range(5):
        value = top_value * step / 4
        y = top + height - height * step / 4
        r.rule(left, y, left + width, y, t.rule if step else t.muted, 0.4 if step else 0.8)
        label = fmt.axis(value)
        r.lines([label], left - 60, y - TICK * 0.66, 54, TICK, t.muted, "right")
    if fmt.unit or fmt.currency:
        from app.models.money import unit_header

        title = spec.y_title or (unit_header(fmt.unit, fmt.currency, fmt.language) if fmt.kind == "money" else "")
        if title:
            r.lines([title], left - 60, top - TICK * 2.2, 200, TICK, t.muted)


def _bars(r, box, spec: ChartSpec) -> None:
    """Grouped or stacked columns, each value (or stack total) written above."""
    t = r.theme
    stacked = spec.kind == "stacked_bar"
    legend_h = _legend(r, box, spec) if stacked or len(spec.series) > 1 else 0.0
    count = len(spec.categories)
    if not count:
        return
    totals = [sum(s.values[i] or 0 for s in spec.series) if stacked else
              max((s.values[i] or 0) for s in spec.series) for i in range(count)]
    top_value = _nice_max(max(totals, default=0) * 1.12)
    left, top = box.x + 64, box.y + legend_h + 26
    width, height = box.w - 70, box.h - legend_h - 26 - 30
    _value_axis(r, spec, left, top, width, height, top_value)
    slot = width / count
    groups = 1 if stacked else len(spec.series)
    bar_w = min(slot * 0.62 / groups, 56)
    label_every = max(1, math.ceil(max(measure.width_of(c, TICK) for c in spec.categories) / (slot * 0.95)))
    for i, category in enumerate(spec.categories):
        centre = left + slot * (i + 0.5)
        base = top + height
        for s_index, series in enumerate(spec.series):
            value = series.values[i] or 0
            bar_h = height * value / top_value
            x = centre - bar_w * groups / 2 + (0 if stacked else s_index * bar_w)
            if bar_h > 0:
                r.fill(x, base - bar_h, bar_w - (0 if stacked else 2), bar_h, _colour(r, spec, s_index))
            if not stacked and spec.labels and value:
                label = _on_data(spec, value)
                size = VALUE if measure.width_of(label, VALUE) <= slot / groups + 8 else 9.0
                r.lines([label], x - 20, base - bar_h - size * 1.45, bar_w + 40, size, t.text, "center")
            if stacked:
                base -= bar_h
        if stacked and spec.labels and totals[i]:
            label = _on_data(spec, totals[i])
            size = VALUE if measure.width_of(label, VALUE) <= slot + 4 else 9.0
            r.lines([label], centre - slot / 2 - 10, base - size * 1.45, slot + 20, size, t.text, "center")
        if i % label_every == 0:
            r.lines([category], centre - slot * label_every / 2, top + height + 6, slot * label_every, TICK,
                    t.muted, "center")


def _line(r, box, spec: ChartSpec) -> None:
    """Lines over the categories, the last value of each series written."""
    t = r.theme
    legend_h = _legend(r, box, spec)
    count = len(spec.categories)
    values = [v for s in spec.series for v in s.values if v is not None]
    if not count or not values:
        return
    top_value = _nice_max(max(values) * 1.12)
    left, top = box.x + 64, box.y + legend_h + 26
    width, height = box.w - 70, box.h - legend_h - 26 - 30
    _value_axis(r, spec, left, top, width, height, top_value)
    slot = width / count
    for s_index, series in enumerate(spec.series):
        colour = HexColor(_colour(r, spec, s_index))
        points = [(left + slot * (i + 0.5), top + height - height * v / top_value)
                  for i, v in enumerate(series.values) if v is not None]
        r.c.setStrokeColor(colour)
        r.c.setLineWidth(2)
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            r.c.line(x1, Y(y1), x2, Y(y2))
        r.c.setFillColor(colour)
        for x, y in points:
            r.c.circle(x, Y(y), 2.6, stroke=0, fill=1)
        if spec.labels and points:
            x, y = points[-1]
            label = _on_data(spec, next(v for v in reversed(series.values) if v is not None))
            r.lines([label], x - 40, y - VALUE * 1.6, 80, VALUE, t.text, "center")
    label_every = max(1, math.ceil(max(measure.width_of(c, TICK) for c in spec.categories) / (slot * 0.95)))
    for i, category in enumerate(spec.categories):
        if i % label_every == 0:
            r.lines([category], left + slot * i, top + height + 6, slot * label_every, TICK, t.muted, "center")


def _donut(r, box, spec: ChartSpec) -> None:
    """One series as a donut; each slice's name, amount and share beside it."""
    t = r.theme
    series = spec.series[0] if spec.series else None
    if series is None:
        return
    slices = [(c, v, i) for i, (c, v) in enumerate(zip(spec.categories, series.values, strict=True)) if v and v > 0]
    total = sum(v for _, v, _ in slices)
    if total <= 0:
        return
    radius = min(box.h / 2 - 12, box.w * 0.2)
    cx, cy = box.x + box.w * 0.3, box.y + box.h / 2
    palette = t.palette or (t.brand,)
    angle = 90.0
    label_x = box.x + box.w * 0.3 + radius + 40
    label_w = box.right - label_x
    row = min(box.h / max(1, len(slices)), 44)
    label_top = cy - row * len(slices) / 2
    for n, (name, value, index) in enumerate(slices):
        extent = -360.0 * value / total
        colour = spec.colours[index] if index < len(spec.colours) else palette[index % len(palette)]
        r.c.setFillColor(HexColor(colour))
        r.c.setStrokeColor(HexColor("#FFFFFF"))
        r.c.setLineWidth(1.5)
        path = r.c.beginPath()
        path.moveTo(cx, Y(cy))
        path.arcTo(cx - radius, Y(cy) - radius, cx + radius, Y(cy) + radius, angle, extent)
        path.close()
        r.c.drawPath(path, stroke=1, fill=1)
        angle += extent
        y = label_top + n * row
        r.fill(label_x, y + 3, 12, 12, colour)
        share = f"{value / total * 100:.0f}%"
        text = f"{name}  {share}  {spec.value_format.label(value)}"
        r.lines(measure.fit_lines(text, label_w - 20, 13.0, 1), label_x + 20, y, label_w - 20, 13.0, t.text)
    r.c.setFillColor(HexColor("#FFFFFF"))
    r.c.circle(cx, Y(cy), radius * 0.58, stroke=0, fill=1)
    if spec.centre:
        lines = measure.fit_lines(spec.centre, radius * 1.05, 14.0, 2)
        h = len(lines) * 14.0 * measure.LEADING
        r.lines(lines, cx - radius * 0.55, cy - h / 2, radius * 1.1, 14.0, t.ink, "center")


def _heatmap(r, box, spec: ChartSpec) -> None:
    """A grid of coloured cells, rows bottom-up (row 0 at the bottom), the
    labels (risk ids) written in them."""
    t = r.theme
    rows, cols = len(spec.row_categories), len(spec.categories)
    if not rows or not cols:
        return
    cell = min((box.h - 50) / rows, (box.w - 90) / cols)
    left = box.x + 70
    top = box.y + 6
    cells = {(c.row, c.column): c for c in spec.cells}
    for row in range(rows):
        for col in range(cols):
            y = top + (rows - 1 - row) * cell
            x = left + col * cell
            found = cells.get((row, col))
            r.fill(x + 1.5, y + 1.5, cell - 3, cell - 3, found.colour if found else "#F1F3F5", 3)
            if found and found.labels:
                text = " ".join(found.labels)
                size = 12.0
                lines = measure.wrap(text, cell - 10, size)
                while len(lines) * size * measure.LEADING > cell - 8 and size > 9:
                    size -= 1
                    lines = measure.wrap(text, cell - 10, size)
                lines = measure.fit_lines(text, cell - 10, size, max(1, int((cell - 8) // (size * measure.LEADING))))
                h = len(lines) * size * measure.LEADING
                r.lines(lines, x + 5, y + (cell - h) / 2, cell - 10, size, t.text, "center")
        r.lines([spec.row_categories[row]], box.x + 40, top + (rows - 1 - row) * cell + cell / 2 - TICK * 0.66, 26,
                TICK, t.muted, "right")
    for col in range(cols):
        r.lines([spec.categories[col]], left + col * cell, top + rows * cell + 4, cell, TICK, t.muted, "center")
    if spec.x_title:
        r.lines([spec.x_title], left, top + rows * cell + 22, cell * cols, 12.0, t.text, "center")
    if spec.y_title:
        r.c.saveState()
        r.c.translate(box.x + 14, Y(top + rows * cell / 2))
        r.c.rotate(90)
        r.c.setFillColor(HexColor(t.text))
        r.c.setFont(r.c._fontname, 12.0)
        r.c.drawCentredString(0, 0, spec.y_title)
        r.c.restoreState()


def _scatter(r, box, spec: ChartSpec) -> None:
    """A positioning map: 0 … max on both axes, quadrant lines at the middle,
    bubbles sized by share, the plan's brand in the brand colour, names where
    layout_scatter placed them."""
    from app.services.deck.layouts.scatter import geometry

    t = r.theme
    g = geometry(spec, box)
    left, top, width, height = g.plot
    r.rule(left, top + height, left + width, top + height, t.muted, 0.8)
    r.rule(left, top, left, top + height, t.muted, 0.8)
    r.rule(left + width / 2, top, left + width / 2, top + height, t.rule, 0.6)
    r.rule(left, top + height / 2, left + width, top + height / 2, t.rule, 0.6)
    for step in range(0, 11, 5):
        value = step / 10
        r.lines([f"{spec.x_max * value:g}"], left + width * value - 15, top + height + 3, 30, TICK, t.muted, "center")
        r.lines([f"{spec.y_max * value:g}"], left - 34, top + height - height * value - TICK * 0.66, 28, TICK,
                t.muted, "right")
    r.lines([spec.x_title], left, top + height + 16, width, 12.0, t.text, "center")
    if spec.y_title:
        r.c.saveState()
        r.c.translate(box.x + 4, Y(top + height / 2))
        r.c.rotate(90)
        r.c.setFillColor(HexColor(t.text))
        r.c.setFont(r.c._fontname, 12.0)
        r.c.drawCentredString(0, 0, spec.y_title)
        r.c.restoreState()
    for bubble in g.bubbles:
        colour = t.brand if bubble.point.own else t.muted
        r.c.setFillColor(HexColor(colour), alpha=0.85 if bubble.point.own else 0.5)
        r.c.setStrokeColor(HexColor("#FFFFFF"))
        r.c.circle(bubble.x, Y(bubble.y), bubble.r, stroke=1, fill=1)
        r.c.setFillAlpha(1)
    own = {b.point.label for b in g.bubbles if b.point.own}
    for label in g.labels:
        r.lines([label.text], label.x, label.y, label.w + 2, label.size, t.ink if label.text in own else t.text)
