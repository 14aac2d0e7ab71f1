"""The Risks and Crisis-playbook sections of the deck: a 5×5 heat map and the
top-risks table; the severity levels and one slide per playbook (level and
triggers, escalation chain, step timeline, holding statement filled in)."""

from __future__ import annotations

from app.models.risks import rules as risk_rules
from app.services.deck.registry import section_renderer
from app.services.risks import crisis_labels as words

TOP_RISKS = 5  # what fits one slide in either language


@section_renderer("risks", order=80, title_zh="风险清单", title_en="Risks")
def risk_slides(ctx):
    """Heat map and top-risks table (a short note when the register is empty)."""
    risks = ctx.rows("risk")
    if not risks:
        return  # an empty register leaves the section out of the deck
    yield from heat_map(ctx, risks)
    yield from top_risks(ctx, risks)


def heat_map(ctx, risks: list[dict]):
    """The 5×5 likelihood × impact map, counts in the cells, coloured by score."""
    language = ctx.language
    counts = risk_rules.heat_counts(risks)
    x_label = ctx.plain(words.label(language, "impact"), "heat map")
    y_label = ctx.plain(words.label(language, "likelihood"), "heat map")

    def plot(figure) -> None:
        from matplotlib.patches import Rectangle

        ax = figure.add_axes((0.32, 0.12, 0.36, 0.82))
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                score = likelihood * impact
                count = counts.get((likelihood, impact), 0)
                colour = risk_rules.level_colour(score)
                ax.add_patch(
                    Rectangle(
                        (impact - 0.5, likelihood - 0.5),
                        1,
                        1,
                        facecolor=colour,
                        alpha=1.0 if count else 0.35,
                        edgecolor="#FFFFFF",
                        linewidth=2,
                    )
                )
                if count:
                    ax.text(impact, likelihood, str(count), ha="center", va="center", fontsize=18, color="#1F2328")
        ax.set_xlim(0.5, 5.5)
        ax.set_ylim(0.5, 5.5)
        ax.set_aspect("equal")
        ax.set_xticks(range(1, 6))
        ax.set_yticks(range(1, 6))
        ax.set_xlabel(x_label, fontsize=12)
        ax.set_ylabel(y_label, fontsize=12)
        ax.tick_params(length=0, labelsize=11)
        for side in ax.spines.values():
            side.set_visible(False)

    caption = [words.label(language, "heat_caption", n=len(risks))]
    yield from ctx.slides.chart(words.label(language, "heat_map"), plot, caption)


def top_risks(ctx, risks: list[dict]):
    """The highest-scoring open risks: title, category, score and level,
    owner, mitigation, status."""
    language = ctx.language
    header = [words.label(language, k) for k in ("risk", "category", "score", "owner", "mitigation", "status")]
    rows = []
    for risk in risk_rules.top_risks(risks, TOP_RISKS):
        where = f"risk '{risk['title']}'"
        value = risk_rules.score(risk["likelihood"], risk["impact"])
        rows.append(
            [
                ctx.text(risk["title"], where),
                ctx.text(words.category(language, risk["category"]), where),
                f"{value} · {words.label(language, risk_rules.level(value))}",
                ctx.text(risk["owner"], where),
                ctx.text(risk["mitigation"], where),
                words.label(language, risk["status"]) if risk["status"] in risk_rules.STATUSES else risk["status"],
            ]
        )
    if rows:
        yield from ctx.slides.table(words.label(language, "top_risks"), header, rows, widths=[3, 1.6, 1.2, 2, 4, 1.2])


@section_renderer("playbooks", order=85, title_zh="危机公关预案", title_en="Crisis playbooks")
def playbook_slides(ctx):
    """Severity levels, then one slide per playbook. A plan without playbooks
    leaves the section out (levels alone, as templates seed them, are not a
    crisis plan yet)."""
    language = ctx.language
    facts = words.gather(ctx.conn, language, ctx.today)
    if not facts:
        return
    levels = sorted(ctx.rows("severity_level"), key=lambda r: r["level"])
    if levels:
        header = [words.label(language, k) for k in ("level", "name", "response", "updates", "escalate")]
        rows = [
            [
                str(level["level"]),
                ctx.text(level["name"], f"severity level {level['level']}"),
                words.duration_minutes(language, level["response_minutes"]),
                words.duration_hours(language, level["update_interval_hours"]),
                ctx.text(level["escalate_to"], f"severity level {level['level']}"),
            ]
            for level in levels
        ]
        yield from ctx.slides.table(words.label(language, "levels"), header, rows, widths=[0.8, 2.5, 1.5, 1.5, 2.5])
    for item in facts:
        yield from playbook_slide(ctx, item)


def playbook_slide(ctx, item: words.PlaybookFacts):
    """One slide: level, triggers, escalation chain and spokesperson on the
    left, the step timeline and the filled-in statement on the right. A long
    playbook is set in smaller type (down to 7 pt) so that it stays on one
    slide; only beyond that does it continue on the next."""
    from app.services.deck.theme import BODY_H

    name = item.row["name"] or words.label(ctx.language, "none")
    where = f"playbook '{name}'"
    for size in (12.0, 11.0, 10.0, 9.0, 8.0, 7.0):
        columns = _playbook_columns(ctx, item, where, size)
        if columns.wrap(columns.total_width, BODY_H)[1] <= BODY_H - 4:
            break
    yield from ctx.slides.flow_slides(ctx.text(name, where), [columns])


def _playbook_columns(ctx, item: words.PlaybookFacts, where: str, size: float):
    """The two-column table of a playbook slide with body text of *size* pt."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    from app.services.deck.theme import BODY_W

    language, slides = ctx.language, ctx.slides
    small = ParagraphStyle("pb_text", parent=slides.styles["table"], fontSize=size, leading=size * 1.35, spaceAfter=2)
    head = ParagraphStyle(
        "pb_head",
        parent=slides.styles["cell_title"],
        fontSize=size + 1.5,
        leading=(size + 1.5) * 1.3,
        spaceBefore=size * 0.6,
        spaceAfter=2,
    )

    def para(text, style=small):
        return Paragraph(slides.markup(text, where), style)

    def heading(key):
        return para(words.label(language, key), head)

    none = words.label(language, "none")
    left = [heading("level")] + [para(line) for line in words.level_lines(language, item)]
    left += [heading("trigger")] + [para("• " + line) for line in words.trigger_lines(language, item)]
    chain = [f"{n}. {words.contact_line(c)}" for n, c in enumerate(item.contacts, 1)]
    left += [heading("chain")] + [para(line) for line in chain or [none]]
    left += [heading("spokesperson"), para(item.row["spokesperson"] or none)]
    right_w = BODY_W * 0.57
    right = [heading("timeline")]
    if item.steps:
        rows = [
            [para(words.offset(language, s["offset_minutes"])), para(s["action"]), para(s["owner"])] for s in item.steps
        ]
        timeline = Table(rows, colWidths=[right_w * w for w in (0.17, 0.55, 0.28)], hAlign="LEFT")
        timeline.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor("#D0D7DE")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        right.append(timeline)
    else:
        right.append(para(none))
    right.append(heading("statement"))
    for title, body in item.statements[:1] or [("", none)]:  # the holding statement; the rest are in the PDF
        right += [para(title)] if title.strip() else []
        right += [para(line) for line in body.split("\n") if line.strip()]
    columns = Table([[left, right]], colWidths=[BODY_W - right_w, right_w], hAlign="LEFT")
    columns.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 18),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    columns.total_width = BODY_W
    return columns
