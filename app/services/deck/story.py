"""Assembling the deck (the storyline): cover → executive summary → agenda
→ the sections (a divider only before a section group of three or more
slides, by default) → closing. Section renderers give their content slides;
here they get their tracker (the topic label above the headline), the user's
headline overrides and the section's speaker notes from the plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.services.deck import labels, registry
from app.services.deck.context import DeckContext
from app.services.deck.messages import MESSAGES
from app.services.deck.model import Deck, Slide
from app.services.deck.text import TextChecker
from app.services.overview.service import get_overview

DIVIDER_CHOICES = ("auto", "always", "never")
DIVIDER_MIN_SLIDES = 3
AGENDA_MIN_GROUPS = 4
AGENDA_MIN_SLIDES = 10  # a short deck needs no table of contents


def build(plan, sections=None, language=None, today=None, dividers="auto", checker=None) -> Deck:
    """See model.build_slides."""
    from app.services.deck import deck_texts, summary
    from app.services.deck.layouts import frames_model
    from app.services.deck.theme import Theme
    from app.services.plan.errors import UsageError

    if dividers not in DIVIDER_CHOICES:
        raise UsageError(f"Unknown divider choice '{dividers}' (available: {', '.join(DIVIDER_CHOICES)}).")
    from app.services.deck import fonts

    chosen = registry.choose(sections)
    fonts.register_font()  # text is measured with it; its character map checks the plan's text
    overview = get_overview(plan)
    language = labels.language_of(language or overview.get("language"))
    checker = checker or TextChecker()
    footer_title = checker.plain(overview.get("title") or labels.label(language, "untitled"), "plan title")
    confidentiality = checker.plain(overview.get("confidentiality") or "", "confidentiality label").strip()
    theme = Theme.from_overview(overview, footer_title, confidentiality, language)
    if theme.logo and not _readable_image(theme.logo):
        checker.note(MESSAGES("logo_unreadable"))
        theme.logo = None
    ctx = DeckContext(plan, overview, language, theme, checker, today or dt.date.today())
    overrides = deck_texts.read(plan)
    shown = _render_sections(ctx, chosen)
    groups = _groups(shown)
    slides: list[Slide] = [frames_model.cover(ctx)]
    ctx.section = None
    slides += summary.summary_slides(ctx)
    if len(groups) >= AGENDA_MIN_GROUPS and sum(_count(body) for _, body in groups) >= AGENDA_MIN_SLIDES:
        slides += frames_model.agenda(ctx, [(spec, _count(body)) for spec, body in groups])
    number = 0
    for spec, body in groups:
        body = _bookmarked(ctx, spec, body)
        if dividers == "always" or (dividers == "auto" and len(body) >= DIVIDER_MIN_SLIDES):
            number += 1
            slides.append(replace(frames_model.divider(ctx, number, spec), bookmark=spec.title(ctx.language)))
            body[0] = replace(body[0], bookmark="") if body[0].bookmark_level == 0 else body[0]
        slides += body
    slides.append(frames_model.closing(ctx))
    slides = [_personalised(ctx, slide, overrides) for slide in slides]
    warnings = tuple(str(w) for w in checker.warnings()) + tuple(str(m) for m in ctx.omitted)
    period = ctx.period() if overview.get("period_start") or overview.get("period_end") else ""
    subject = " · ".join(p for p in (ctx.label("subject"), checker.plain(overview.get("brand") or "", "brand"),
                                     period) if p)
    return Deck(language, theme.model(), tuple(slides), footer_title, footer_title,
                checker.plain(overview.get("owner") or "", "owner"), warnings,
                tuple(spec.key for spec, _ in shown), confidentiality, subject)


def _render_sections(ctx: DeckContext, chosen: list) -> list[tuple]:
    """``(spec, slides)`` of each chosen section that has slides; a section
    whose renderer fails is left out with a warning."""
    shown = []
    for spec in chosen:
        ctx.section = spec
        try:
            body = [s for s in spec.render(ctx) if s is not None]
        except Exception as exc:  # noqa: BLE001 - one broken renderer must not cost the whole deck
            import logging  # only on this path: the export does not import logging otherwise

            logging.getLogger("app.services.deck").exception("deck section %s failed", spec.key)
            ctx.checker.note(MESSAGES("section_failed", title=spec.title_en, reason=f"{type(exc).__name__}: {exc}"))
            continue
        tracker = spec.title(ctx.language)
        body = [replace(s, section=spec.key, tracker=s.tracker or tracker) for s in body]
        if body:
            shown.append((spec, body))
    ctx.section = None
    return shown


def _groups(shown: list[tuple]) -> list[tuple]:
    """Sections merged under their group (TOWS under SWOT…): ``(spec of the
    group's first shown section, all its slides)``."""
    groups: list[tuple] = []
    index: dict[str, int] = {}
    for spec, body in shown:
        if spec.group_key in index:
            first, slides = groups[index[spec.group_key]]
            groups[index[spec.group_key]] = (first, slides + body)
        else:
            index[spec.group_key] = len(groups)
            groups.append((spec, list(body)))
    return groups


def _bookmarked(ctx, spec, body: list[Slide]) -> list[Slide]:
    """*body* with outline entries: the group's title on its first slide, a
    grouped section's title (level 1) on that section's first slide."""
    body = list(body)
    seen = {spec.key}
    body[0] = replace(body[0], bookmark=spec.title(ctx.language))
    for index, slide in enumerate(body):
        if slide.section not in seen:
            seen.add(slide.section)
            title = registry._SECTIONS[slide.section].title(ctx.language) if slide.section in registry._SECTIONS \
                else slide.tracker
            body[index] = replace(slide, bookmark=title, bookmark_level=1)
    return body


def _count(body: list[Slide]) -> int:
    return sum(1 for s in body if not s.continued)


def _personalised(ctx, slide: Slide, overrides) -> Slide:
    """*slide* with the user's headline (by its key) and its section's notes."""
    headline = overrides.headlines.get(slide.headline_key) if slide.headline_key else None
    notes = overrides.notes.get(slide.section, "")
    if headline:
        text, size = ctx.slides.headline_fit(ctx.checker.plain(headline, "a headline override"))
        if slide.continued:
            text = ctx.slides.continued(text)
        slide = replace(slide, headline=text, headline_size=size)
    return replace(slide, notes=ctx.checker.plain(notes, "speaker notes")) if notes else slide


def _readable_image(data: bytes) -> bool:
    """Whether *data* is an image the renderers can draw."""
    import io

    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - any undecodable image
        return False
    return True
