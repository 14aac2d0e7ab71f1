"""One-page war-room playbooks: an A4 portrait PDF with one page per crisis
playbook (name, level and response targets, triggers, escalation chain,
the step timeline with owners, the holding statement filled in and the
spokesperson) in large type, in the plan's language, with the bundled CJK
font. ``stratdeck export PLAN --format playbooks -o FILE.pdf``.

A long playbook is set in smaller type until it fits its page, but never
below MIN_PT (8 pt; headings stay larger): the sheet must be readable on
the war-room wall. A playbook that does not fit even then continues on a
second page, whose top repeats the playbook's name ("… (continued)") and
whose footer says "page 2"; the export says so in a warning."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from app.services.exchange.atomic_write import write_bytes_atomic
from app.services.exchange.exports import file_format
from app.services.plan.errors import UsageError
from app.services.risks import crisis_labels as words
from app.services.risks.messages import MESSAGES

MARGIN = 40.0
HEADER = 18.0  # room at the top of a page for the "(continued)" line
BRAND = "#1F4E79"
MIN_PT = 8.0  # no text of a playbook page is set smaller than this
SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, MIN_PT / 12)  # tried in turn; body text is 12 pt at 1.0
FRAME_PADDING = 6.0  # reportlab's default frame padding, each side


def _styles(font: str, scale: float = 1.0) -> dict:
    """Paragraph styles at *scale* (1.0: body 12 pt), none below MIN_PT."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    def sized(size: float, leading: float) -> dict:
        points = max(MIN_PT, size * scale)
        return {"fontSize": points, "leading": points * leading / size}

    base = ParagraphStyle("base", fontName=font, wordWrap="CJK", splitLongWords=1, **sized(12, 16))
    return {
        "title": ParagraphStyle("title", parent=base, textColor=HexColor(BRAND), **sized(24, 30)),
        "level": ParagraphStyle("level", parent=base, textColor=HexColor("#B3261E"), **sized(15, 20)),
        "head": ParagraphStyle(
            "head",
            parent=base,
            spaceBefore=10 * scale,
            spaceAfter=4 * scale,
            textColor=HexColor(BRAND),
            **sized(14, 18),
        ),
        "body": base,
        "small": ParagraphStyle("small", parent=base, textColor=HexColor("#555555"), **sized(10, 13)),
        "cell": ParagraphStyle("cell", parent=base, **sized(12, 15)),
        "cell_head": ParagraphStyle("cell_head", parent=base, textColor=HexColor("#FFFFFF"), **sized(12, 15)),
        "statement": ParagraphStyle("statement", parent=base, leftIndent=8, **sized(12.5, 18)),
    }


def _height(flow: list, width: float, height: float) -> float:
    """How tall *flow* is when set *width* wide (spaces included)."""
    total = 0.0
    for flowable in flow:
        total += flowable.wrap(width, height)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _fitted(facts, language: str, font: str, checker, width: float, height: float) -> list:
    """The page's flowables at the largest scale that fits one page, or at
    the smallest (MIN_PT) scale when none does; the latter then flows on."""
    inner_width, inner_height = width - 2 * FRAME_PADDING, height - 2 * FRAME_PADDING
    for scale in SCALES:
        flow = _page(facts, language, _styles(font, scale), checker, inner_width, scale)
        if _height(flow, inner_width, inner_height) <= inner_height - 2:  # a little slack for rounding
            return flow
    return flow


def _page(facts: words.PlaybookFacts, language: str, styles: dict, checker, width: float, scale: float = 1.0) -> list:
    """The flowables of one playbook's page (type at *scale*)."""
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
                    ("TOPPADDING", (0, 0), (-1, -1), 3 * scale),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * scale),
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
        flow.append(Spacer(1, 4 * scale))
    flow.append(head("spokesperson"))
    flow.append(para(row["spokesperson"] or words.label(language, "none"), "level", "spokesperson"))
    return flow


def _start_marker(state: dict, number: int, name: str):
    """A zero-size flowable marking where playbook *number* begins: when
    drawn it records the number, name and first page in *state*."""
    from reportlab.platypus import Flowable

    class Start(Flowable):
        def wrap(self, available_width, available_height):
            return 0, 0

        def draw(self):
            state.update(number=number, name=name, first=self.canv.getPageNumber())

    return Start()


def write_playbooks_pdf(conn, target: Path, today: dt.date | None = None) -> tuple[int, int, list[str]]:
    """Write every playbook of the plan behind *conn* to *target* (A4,
    atomically), one page each where it fits at MIN_PT or more; return
    (playbooks, pages, warnings: characters the font lacks, playbooks that
    continue on another page). UsageError when the plan has no playbook."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate

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
    checker = TextChecker()
    width, height = A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 20 - HEADER
    footer = checker.plain(words.label(language, "printed", plan=plan[0] or "", date=format_date(language, today)))
    state: dict = {}
    pages_of: dict[int, int] = {}  # playbook number -> pages it took
    story = []
    for number, item in enumerate(facts, 1):
        if story:
            story.append(PageBreak())
        story.append(_start_marker(state, number, checker.plain(item.row["name"] or words.label(language, "none"))))
        story += _fitted(item, language, font, checker, width, height)

    class Document(SimpleDocTemplate):
        def afterPage(self) -> None:
            """Footer on every page; on a continuation page, the playbook's
            name again at the top."""
            canvas, page = self.canv, self.canv.getPageNumber()
            part = page - state.get("first", page) + 1
            pages_of[state.get("number", 0)] = part
            canvas.saveState()
            canvas.setFont(font, 9)
            canvas.drawString(MARGIN, MARGIN / 2, footer)
            key = "page" if part == 1 else "page_part"
            number = words.label(language, key, n=state.get("number", page), total=len(facts), part=part)
            canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, number)
            if part > 1:
                canvas.setFont(font, 12)
                canvas.setFillColor(HexColor(BRAND))
                canvas.drawString(MARGIN, A4[1] - MARGIN, words.label(language, "continued", name=state["name"]))
            canvas.restoreState()

    buffer = io.BytesIO()
    document = Document(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + 20,
        title=footer,
        creator="Stratdeck",
        # The canvas starts in Helvetica unless told otherwise; it would be
        # listed (unembedded) in the PDF even though no text uses it.
        initialFontName=font,
    )
    document.build(story)
    write_bytes_atomic(Path(target), buffer.getvalue())
    warnings = [str(w) for w in checker.warnings()]
    for number, item in enumerate(facts, 1):
        if pages_of.get(number, 1) > 1:
            warnings.append(
                MESSAGES(
                    "playbook_overflows", name=item.row["name"] or number, points=f"{MIN_PT:g}", pages=pages_of[number]
                )
            )
    return len(facts), sum(pages_of.values()), warnings


@file_format("playbooks")
def export_playbooks(plan, output: Path, part: str | None) -> list[str]:
    """``--format playbooks``: the one-page war-room PDF of every playbook."""
    if part:
        raise UsageError("--part is not used with --format playbooks: every playbook gets its own page.")
    playbooks, pages, warnings = write_playbooks_pdf(plan.conn, Path(output))
    if pages == playbooks:
        done = f"Exported {output} ({playbooks} playbooks, one page each)"
    else:
        done = f"Exported {output} ({playbooks} playbooks on {pages} pages)"
    return [done] + [f"Warning: {w}" for w in warnings]
