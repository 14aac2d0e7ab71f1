"""Chart XML python-pptx has no API for: the totals above stacked columns
(a line series without line or markers whose labels sit above its points,
the usual Excel construction), a label on one point only, a series left out
of the legend.

Element order follows the DrawingML chart schema; the series keep their
references into the embedded workbook, so "Edit Data" in PowerPoint shows
the totals as a column beside the data."""

from __future__ import annotations

import copy

from lxml import etree
from pptx.oxml.ns import qn

from app.services.deck.pptx.text import colour_element, set_fonts


def _c(name: str, **attributes):
    return etree.Element(qn(f"c:{name}"), **attributes)


def label_group(code: str, size: float, colour: str, lang: str, position: str) -> list:
    """The shared part of ``c:dLbl``/``c:dLbls``: number format, no fill,
    text properties (size, colour, fonts), position, value shown."""
    number = _c("numFmt", formatCode=code, sourceLinked="0")
    shape = _c("spPr")
    etree.SubElement(shape, qn("a:noFill"))
    etree.SubElement(etree.SubElement(shape, qn("a:ln")), qn("a:noFill"))
    text = _c("txPr")
    etree.SubElement(text, qn("a:bodyPr"))
    etree.SubElement(text, qn("a:lstStyle"))
    paragraph = etree.SubElement(text, qn("a:p"))
    properties = etree.SubElement(etree.SubElement(paragraph, qn("a:pPr")), qn("a:defRPr"), sz=str(round(size * 100)))
    fill = etree.SubElement(properties, qn("a:solidFill"))
    fill.append(colour_element(colour))
    set_fonts(properties, lang)
    etree.SubElement(paragraph, qn("a:endParaRPr"), lang=lang)
    flags = [_c(name, val="1" if name == "showVal" else "0") for name in
             ("showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize")]
    return [number, shape, text, _c("dLblPos", val=position), *flags]


def totals_line(chart, code: str, size: float, colour: str, lang: str) -> None:
    """Turn the last series of a stacked column chart (the totals) into an
    invisible line series whose values are written above the stacks."""
    plot_area = chart._chartSpace.chart.plotArea
    bar = plot_area.find(qn("c:barChart"))
    series = bar.findall(qn("c:ser"))[-1]
    bar.remove(series)
    for tag in ("c:invertIfNegative", "c:dLbls", "c:shape", "c:spPr"):
        for old in series.findall(qn(tag)):
            series.remove(old)
    shape = _c("spPr")
    etree.SubElement(etree.SubElement(shape, qn("a:ln")), qn("a:noFill"))
    marker = _c("marker")
    etree.SubElement(marker, qn("c:symbol"), val="none")
    labels = _c("dLbls")
    labels.extend(label_group(code, size, colour, lang, "t"))
    anchor = series.find(qn("c:tx"))
    index = list(series).index(anchor) + 1
    for offset, element in enumerate((shape, marker, labels)):
        series.insert(index + offset, element)
    series.append(_c("smooth", val="0"))
    line = _c("lineChart")
    line.append(_c("grouping", val="standard"))
    line.append(_c("varyColors", val="0"))
    line.append(series)
    line.append(_c("marker", val="1"))
    for axis in bar.findall(qn("c:axId")):
        line.append(copy.deepcopy(axis))
    plot_area.insert(list(plot_area).index(bar) + 1, line)
    hide_from_legend(chart, int(series.find(qn("c:idx")).get("val")))


def hide_from_legend(chart, series_index: int) -> None:
    """Leave series *series_index* out of the legend (if there is one)."""
    legend = chart._chartSpace.chart.find(qn("c:legend"))
    if legend is None:
        return
    entry = _c("legendEntry")
    entry.append(_c("idx", val=str(series_index)))
    entry.append(_c("delete", val="1"))
    position = legend.find(qn("c:legendPos"))
    legend.insert(list(legend).index(position) + 1 if position is not None else 0, entry)


def label_point(series, point: int, code: str, size: float, colour: str, lang: str, position: str = "t") -> None:
    """A value label on one point of *series* (a python-pptx series) only."""
    element = series._element
    labels = element.find(qn("c:dLbls"))
    if labels is None:
        labels = _c("dLbls")
        anchor = next((element.find(qn(t)) for t in ("c:trendline", "c:errBars", "c:cat", "c:val")
                       if element.find(qn(t)) is not None), None)
        element.insert(list(element).index(anchor), labels)
    label = _c("dLbl")
    label.append(_c("idx", val=str(point)))
    label.extend(label_group(code, size, colour, lang, position))
    labels.insert(0, label)
    for name in ("showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"):
        labels.append(_c(name, val="0"))
