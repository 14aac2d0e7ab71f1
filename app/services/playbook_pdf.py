"""One-page war-room playbooks: an A4 portrait PDF with one page per crisis
playbook (name, level and response targets, triggers, escalation chain,
the step timeline with owners, the holding statement filled in and the
spokesperson) in large type, in the plan's language, with the bundled CJK
font. ``stratdeck export PLAN --format playbooks -o FILE.pdf``.

A page whose content is too long is shrunk to fit (KeepInFrame), so a
playbook never spills onto a second sheet on the war-room wall."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from app.services import crisis_labels as words
from app.services.atomic_write import write_bytes_atomic
from app.services.errors import UsageError
from app.services.exports import file_format

MARGIN = 40.0
BRAND = "#1F4E79"


def _styles(font: str) -> dict:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=font, fontSize=12, leading=16, wordWrap="CJK", splitLongWords=1)
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=24, leading=30, textColor=HexColor(BRAND)),
        "level": ParagraphStyle("level", parent=base, fontSize=15, leading=20, textColor=HexColor("#B3261E")),
        "head": ParagraphStyle(
            "head", parent=base, fontSize=14, leading=18, spaceBefore=10, spaceAfter=4, textColor=HexColor(BRAND)
        ),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=10, leading=13, textColor=HexColor("#555555")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=12, leading=15),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontSize=12, leading=15, textColor=HexColor("#FFFFFF")),
        "statement": ParagraphStyle("statement", parent=base, fontSize=12.5, leading=18, leftIndent=8),
    }


def _page(facts: words.PlaybookFacts, language: str, styles: dict, checker, width: float) -> list:
    """The flowables of one playbook's page."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    row = facts.row
    name = row["name"] or words.label(language, "none")

    def para(text, style="body", where="playbook"):
        return Paragraph(checker.markup(text or "", f"{where} of playbook '{name}'"), styles[style])

    def head(key):
        return Paragraph(checker.markup(words.label(language, key)), styles["head"])

    flow = [para(name, "title", "name")]
    flow += [
        para(line, "level" if n == 0 else "body", "level") for n, line in enumerate(words.level_lines(language, facts))
    ]
    if (row["scenario"] or "").strip():
        flow.append(para(row["scenario"], "small", "scenario"))
    flow.append(head("trigger"))
    flow += [para("• " + line, where="trigger") for line in words.trigger_lines(language, facts)]
    flow.append(head("chain"))
    chain = [words.contact_line(c) for c in facts.contacts if words.contact_line(c)]
    flow += [para(f"{n}. {line}", where="escalation chain") for n, line in enumerate(chain, 1)] or [
        para(words.label(language, "none"))
    ]
    flow.append(head("timeline"))
    if facts.steps:
        data = [[para(words.label(language, k), "cell_head") for k in ("when", "action", "owner")]]
        for step in facts.steps:
            data.append(
                [
                    para(words.offset(language, step["offset_minutes"]), "cell"),
                    para(step["action"], "cell", "step"),
                    para(step["owner"], "cell", "step owner"),
                ]
            )
        table = Table(data, colWidths=[width * 0.2, width * 0.52, width * 0.28], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),  # keeps Helvetica out of the PDF
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor(BRAND)),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [HexColor("#FFFFFF"), HexColor("#EEF3F8")]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, HexColor("#C8CED6")),
                ]
            )
        )
        flow.append(table)
    else:
        flow.append(para(words.label(language, "none")))
    flow.append(head("statement"))
    for title, body in facts.statements or [("", words.label(language, "none"))]:
        if title.strip():
            flow.append(para(title, "body", "statement title"))
        flow += [para(p, "statement", "statement") for p in body.split("\n") if p.strip()]
        flow.append(Spacer(1, 4))
    flow.append(head("spokesperson"))
    flow.append(para(row["spokesperson"] or words.label(language, "none"), "level", "spokesperson"))
    return flow


def write_playbooks_pdf(conn, target: Path, today: dt.date | None = None) -> tuple[int, list[str]]:
    """Write every playbook of the plan behind *conn* as one A4 page each to
    *target* (atomically); return (pages, warnings about characters the font
    lacks). UsageError when the plan has no playbook."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import KeepInFrame, PageBreak, SimpleDocTemplate

    from app.services.deck.fonts import register_reportlab
    from app.services.deck.labels import format_date, language_of
    from app.services.deck.text import TextChecker

    plan = conn.execute('SELECT title, language FROM "plan"').fetchone()
    language = language_of(plan[1])
    today = today or dt.date.today()
    facts = words.gather(conn, language, today)
    if not facts:
        raise UsageError("The plan has no crisis playbooks to export.")
    font = register_reportlab()
    styles = _styles(font)
    checker = TextChecker()
    width, height = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 20
    footer = checker.plain(words.label(language, "printed", plan=plan[0] or "", date=format_date(language, today)))
    story = []
    for item in facts:
        if story:
            story.append(PageBreak())
        story.append(KeepInFrame(width, height, _page(item, language, styles, checker, width), mode="shrink"))

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawString(MARGIN, MARGIN / 2, footer)
        canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, words.label(language, "page", n=doc.page, total=len(facts)))
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 20,
        title=footer,
        creator="Stratdeck",
        # The canvas starts in Helvetica unless told otherwise; it would be
        # listed (unembedded) in the PDF even though no text uses it.
        initialFontName=font,
    )
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    write_bytes_atomic(Path(target), buffer.getvalue())
    return len(facts), [str(w) for w in checker.warnings()]


@file_format("playbooks")
def export_playbooks(plan, output: Path, part: str | None) -> list[str]:
    """``--format playbooks``: the one-page war-room PDF of every playbook."""
    if part:
        raise UsageError("--part is not used with --format playbooks: every playbook gets its own page.")
    pages, warnings = write_playbooks_pdf(plan.conn, Path(output))
    return [f"Exported {output} ({pages} playbooks, one page each)"] + [f"Warning: {w}" for w in warnings]
