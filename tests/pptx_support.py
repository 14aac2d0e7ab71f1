"""Helpers for the PPTX tests: a hand-made deck holding every block kind and
chart kind of the slide model, and reading a PPTX back (text, tables,
charts, fonts) with python-pptx."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from app.services.deck import model as m

HOSTILE = 'Hostile <a:t>&amp;</a:t> <p:sp/> ]]> "\x01\x02\x0b\x1f\ud800 r:id="rId1" \u202e\ufeff 😀'


def every_block_deck(language: str = "zh", *, logo: bytes | None = None, photo: bytes | None = None) -> m.Deck:
    """A deck of nine slides covering cover, summary, divider, closing and
    every block and chart kind, with plan-like Chinese text."""
    theme = m.Theme(brand="#C8102E", on_brand="#FFFFFF", ink="#A00D25", tint="#FAE7EA", soft="#E3889A",
                    palette=("#C8102E", "#1F4E79", "#2E8B57", "#B8860B"), logo=logo)
    slides = (
        m.Slide("cover", "cover", "启云茶饮 2027 年度营销计划", subtitle="年度营销计划",
                blocks=(m.TextBlock(m.Box(48, 330, 600, 60), ("品牌：启云茶饮 · 2027-01-01 – 2027-12-31",)),)),
        _summary(),
        m.Slide("divider", "budget", "预算与渠道", subtitle="01"),
        _budget(),
        _spend(),
        _growth(),
        _risks(photo),
        _calendar(),
        m.Slide("closing", "closing", "谢谢"),
    )
    return m.Deck(language, theme, slides, title="启云茶饮", footer="启云茶饮 2027 · 内部资料", author="王芳",
                  sections=("budget", "forecast", "risks", "calendar"))


BODY = m.BODY_BOX
LEFT = m.Box(BODY.x, BODY.y, BODY.w / 2 - 8, BODY.h)
RIGHT = m.Box(BODY.x + BODY.w / 2 + 8, BODY.y, BODY.w / 2 - 8, BODY.h)
MONEY = m.ValueFormat("money", "CNY", "zh", 1e4, "万")
CHANNELS = ("社交媒体", "电商平台", "线下门店", "KOL")


def _summary() -> m.Slide:
    figures = (m.KeyFigure("1亿", "GMV 目标", "较去年 +25%"), m.KeyFigure("3,600万", "预算"),
               m.KeyFigure("40%", "社交媒体"))
    bullets = (m.Bullet("预热期 10月20日–10月31日", 0, "双十一："), m.Bullet("爆发期：11月1日–11月11日", 1),
               m.Bullet(HOSTILE))
    return m.Slide("summary", "summary", "GMV 目标 1亿，社交媒体占预算 40%", tracker="执行摘要 · Summary",
                   blocks=(m.KeyFiguresBlock(m.Box(BODY.x, BODY.y, BODY.w, 90), figures),
                           m.BulletsBlock(m.Box(BODY.x, BODY.y + 110, BODY.w, 240), bullets, heading="主要战役")),
                   notes="讲解要点：预算 3,600万，储备 10%。\nSecond line <b>bold</b>")


def _budget() -> m.Slide:
    donut = m.ChartSpec("donut", CHANNELS, (m.Series("预算", (1440e4, 1080e4, 540e4, 540e4)),), MONEY,
                        centre="3,600万")
    rows = tuple((c, f"{v:,}") for c, v in zip(CHANNELS, (1440, 1080, 540, 540), strict=True)) + (("合计", "3,600"),)
    table = m.TableBlock(RIGHT, (m.Column("渠道"), m.Column("金额（万元）", "right", 0.8)), rows, total_row=True,
                         fills=((1, 0, "#FFD966"),))
    return m.Slide("content", "budget", "社交媒体占已分配预算 40%，为最大渠道", tracker="预算 · Budget",
                   blocks=(m.ChartBlock(LEFT, donut), table))


def _spend() -> m.Slide:
    stacked = m.ChartSpec("stacked_bar", ("9月", "10月", "11月"),
                          (m.Series("社交", (100e4, 300e4, 800e4)), m.Series("电商", (50e4, 200e4, 600e4))), MONEY)
    bars = m.ChartSpec("bar", ("计划", "实际"), (m.Series("GMV", (1e8, 0.8e8)),), MONEY)
    blocks = (m.ChartBlock(LEFT, stacked), m.ChartBlock(RIGHT, bars))
    return m.Slide("content", "budget", "月度投放在 11 月达到峰值", blocks=blocks)


def _growth() -> m.Slide:
    line = m.ChartSpec("line", ("Q1", "Q2", "Q3"), (m.Series("GMV", (10e4, 20e4, 35e4)),), MONEY)
    scatter = m.ChartSpec("scatter", points=(m.Point("我们", 7, 8, 0.5, True), m.Point("对手", 4, 3)),
                          x_title="价格", y_title="品质")
    return m.Slide("content", "forecast", "线性增长", blocks=(m.ChartBlock(LEFT, line), m.ChartBlock(RIGHT, scatter)))


def _risks(photo: bytes | None) -> m.Slide:
    levels = ("1", "2", "3", "4", "5")
    cells = (m.HeatCell(4, 4, "#C0392B", ("R1", "R2")), m.HeatCell(1, 2, "#F1C40F", ("R3",)))
    heat = m.ChartSpec("heatmap", levels, row_categories=levels, cells=cells, x_title="影响")
    cards = (m.Card("都市白领", (m.CardLine("下午茶", "场景"), m.CardLine("控糖")), "28–35 岁", image=photo),
             m.Card("学生", (m.CardLine("性价比"),)))
    blocks = (m.ChartBlock(LEFT, heat), m.CardsBlock(RIGHT, cards))
    return m.Slide("content", "risks", "3 项重点风险中 1 项为高", blocks=blocks)


def _calendar() -> m.Slide:
    day = dt.date
    phases = (m.Phase("预热", day(2027, 10, 20), day(2027, 10, 31), "warmup"),
              m.Phase("爆发", day(2027, 11, 1), day(2027, 11, 11), "peak"))
    rows = (m.TimelineRow("双十一大促", day(2027, 10, 20), day(2027, 11, 20), "#C8102E", phases),
            m.TimelineRow("圣诞", day(2027, 12, 10), day(2027, 12, 25), "#1F4E79"))
    block = m.TimelineBlock(m.Box(BODY.x, BODY.y, BODY.w, 200), day(2027, 9, 1), day(2027, 12, 31), rows,
                            (m.Marker(day(2027, 11, 11), "双11"),))
    return m.Slide("content", "calendar", "双十一是全年峰值", blocks=(block,))


def pptx_texts(path: Path) -> list[str]:
    """All text of each slide: shapes, table cells, chart titles, categories
    and series names (what a reader sees as words), in slide order."""
    from pptx import Presentation

    texts = []
    for slide in Presentation(path).slides:
        parts = []
        for shape in slide.shapes:
            parts.extend(shape_texts(shape))
        texts.append("\n".join(parts))
    return texts


def shape_texts(shape) -> list[str]:
    """The words one shape shows."""
    parts = []
    if shape.has_text_frame:
        parts.append(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        parts.extend(cell.text_frame.text for row in shape.table.rows for cell in row.cells)
    if getattr(shape, "has_chart", False) and shape.has_chart:
        parts.extend(chart_words(shape.chart))
    return parts


def chart_words(chart) -> list[str]:
    """Categories, series names and the data labels as PowerPoint shows
    them: a label's own text, else the value in the label number format."""
    words = []
    plot = chart.plots[0]
    try:
        words.extend(str(c) for c in plot.categories)
    except Exception:  # noqa: BLE001 - an XY chart has no categories
        pass
    labels = plot.data_labels if plot._element.find(f"{C}dLbls") is not None else None
    code = labels.number_format if labels is not None else "General"
    for series in plot.series:
        words.append(series.name)
        rich = series._element.findall(f".//{C}dLbl/{C}tx/{C}rich")
        words.extend("".join(t.text or "" for t in r.iter(f"{A}t")) for r in rich)
        if labels is not None and not rich:
            words.extend(formatted(v, code) for v in series.values if v is not None)
    return words


A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def formatted(value: float, code: str) -> str:
    """*value* in one of the number formats the renderer writes
    (``#,##0"万"``, ``#,##0.0"M"``, ``0"%"``, ``0.0``, ``General``)."""
    match = re.fullmatch(r'(#,##)?0(\.0)?(?:"(.*)")?', code)
    if not match:
        return f"{value:g}"
    digits = 1 if match[2] else 0
    number = f"{value:,.{digits}f}" if match[1] else f"{value:.{digits}f}"
    return number + (match[3] or "")


def xml_parts(path: Path) -> dict[str, bytes]:
    """Every part of the package by name."""
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def tokens(text: str) -> list[str]:
    """Words for comparing decks: each CJK character, and each run of
    letters/digits (with . , % inside numbers)."""
    return re.findall(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9][A-Za-z0-9.,%']*", text)
