"""Build the deck: lay every slide out, then draw them into a temporary file
in the target folder and rename it into place (a failure leaves neither a
half-written PDF nor the temporary file, and an existing deck untouched)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__
from app.services.deck import fonts, frames, labels, registry
from app.services.deck.context import DeckContext
from app.services.deck.draw import DeckCanvas, SlideDrawer
from app.services.deck.encryption import aes256_encryption
from app.services.deck.messages import MESSAGES
from app.services.deck.text import DeckWarning, TextChecker
from app.services.deck.theme import PAGE_H, PAGE_W, Theme
from app.services.exchange import temp_files
from app.services.overview.service import get_overview
from app.services.plan.errors import PlanWriteError

log = logging.getLogger(__name__)
_BUILD_LOCK = threading.Lock()  # one deck at a time: matplotlib and reportlab keep process-wide state


@dataclass
class DeckResult:
    """What a build produced: the file, its page count, the sections in it
    and the warnings (e.g. characters the font lacks)."""

    path: Path
    pages: int
    sections: list[str] = field(default_factory=list)  # the sections that had slides, in deck order
    warnings: list[DeckWarning] = field(default_factory=list)
    substituted_fonts: dict[str, str] = field(default_factory=dict)  # font a renderer asked for → its section


def build_deck(
    plan,
    target_path,
    *,
    sections: Iterable[str] | None = None,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> DeckResult:
    """Render *plan* (an open PlanFile) as a 16:9 PDF deck at *target_path*.

    *sections* are registry keys (all by default; unknown → UsageError naming
    the valid ones); *password* encrypts the PDF with AES-256; *progress(done,
    total)* is called after each slide is drawn (from the calling thread, so
    it must not touch widgets directly); *today* is the date on the cover
    (default: today). An unwritable target raises PlanWriteError."""
    chosen = registry.choose(sections)
    target = Path(target_path)
    if target.is_dir():
        raise PlanWriteError(MESSAGES("target_is_folder", target=target))
    plan_path = getattr(plan, "path", None)
    if plan_path is not None and target.resolve() == Path(plan_path).resolve():
        raise PlanWriteError(MESSAGES("target_is_plan", name=target.name))
    today = today or dt.date.today()
    with _BUILD_LOCK, _atomic_output(target) as handle:
        fonts.register_reportlab()
        ctx = _context(plan, today)
        shown = _render_sections(ctx, chosen)
        openers = _openers(shown)
        slides = [frames.cover(ctx)]
        if shown:
            slides += frames.agenda(ctx, [spec for spec, _ in shown if spec.key in openers])
        for spec, body in shown:
            if spec.key in openers:
                slides.append(frames.divider(ctx, openers[spec.key], spec))
            else:  # continues the section before it: a bookmark under that section's divider
                body[0].bookmark, body[0].bookmark_level = spec.title(ctx.language), 1
            slides += body
        slides.append(frames.closing(ctx))
        substituted = _draw(handle, slides, ctx, password, progress)
    return DeckResult(target, len(slides), [spec.key for spec, _ in shown], ctx.checker.warnings(), substituted)


def _render_sections(ctx: DeckContext, chosen: list) -> list[tuple]:
    """``(spec, slides)`` of each chosen section that has slides: a section
    whose canvas is empty yields none and is left out of the deck entirely
    (no divider, no agenda entry, no bookmark)."""
    shown = []
    for spec in chosen:
        ctx.section = spec
        try:
            body = list(spec.render(ctx))
        except Exception as exc:  # noqa: BLE001 - one broken renderer must not cost the whole deck
            log.exception("deck section %s failed", spec.key)
            ctx.checker.note(MESSAGES("section_failed", title=spec.title_en, reason=f"{type(exc).__name__}: {exc}"))
            continue
        for slide in body:
            slide.section = spec.key
        if body:
            shown.append((spec, body))
    ctx.section = None
    return shown


def _openers(shown: list[tuple]) -> dict[str, int]:
    """Divider number of each shown section that opens a divider: the first
    shown section of each group (a section whose group is not in the deck
    opens its own)."""
    openers: dict[str, int] = {}
    opened: set[str] = set()
    for spec, _ in shown:
        if spec.group_key not in opened:
            opened.add(spec.group_key)
            openers[spec.key] = len(openers) + 1
    return openers


def _context(plan, today: dt.date) -> DeckContext:
    overview = get_overview(plan)
    language = labels.language_of(overview.get("language"))
    checker = TextChecker()
    footer = checker.plain(overview.get("title") or labels.label(language, "untitled"), "plan title")
    confidentiality = checker.plain(overview.get("confidentiality") or "", "confidentiality label").strip()
    theme = Theme.from_overview(overview, footer, confidentiality, language)
    return DeckContext(plan, overview, language, theme, checker, today)


def _draw(handle, slides: list, ctx: DeckContext, password: str | None, progress) -> dict[str, str]:
    """Draw *slides* into *handle*; returns the fonts renderers asked for that
    were drawn in the deck font instead (see DeckCanvas)."""
    from reportlab import rl_config

    encrypt = aes256_encryption(password) if password else None
    # Compressed streams stay binary: reportlab would also wrap them in
    # ASCII85 (25 % larger, and its pure-Python encoder cost ~0.1 s a deck).
    a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        return _draw_pages(handle, slides, ctx, encrypt, progress)
    finally:
        rl_config.useA85 = a85


def _draw_pages(handle, slides: list, ctx: DeckContext, encrypt, progress) -> dict[str, str]:
    """The canvas work of _draw: metadata, every slide, save."""
    canvas = DeckCanvas(handle, pagesize=(PAGE_W, PAGE_H), encrypt=encrypt, pageCompression=1)
    plan, checker = ctx.overview, ctx.checker
    canvas.setTitle(ctx.theme.footer)
    canvas.setAuthor(checker.plain(plan.get("owner") or "", "owner"))
    period = ctx.period() if plan.get("period_start") or plan.get("period_end") else ""
    parts = [ctx.label("subject"), checker.plain(plan.get("brand") or "", "brand"), period]
    canvas.setSubject(" · ".join(p for p in parts if p))
    canvas.setCreator(f"Stratdeck {__version__}")
    canvas.showOutline()
    drawer = SlideDrawer(canvas, ctx.theme, checker)
    total = len(slides)
    if progress:
        progress(0, total)
    for page, slide in enumerate(slides, 1):
        drawer.draw(slide, page, total)
        if progress:
            progress(page, total)
    canvas.save()
    return canvas.substituted


@contextlib.contextmanager
def _atomic_output(target: Path):
    """A binary file object for a temporary file beside *target*; renamed to
    *target* when the block succeeds, removed when it fails."""
    folder = target.parent
    try:
        temp_files.sweep(folder)  # decks of killed exports, at once
        fd, temp = temp_files.open_temp(folder, "deck")
    except FileNotFoundError:
        raise PlanWriteError(MESSAGES("no_folder", folder=folder)) from None
    except OSError as exc:
        raise PlanWriteError(MESSAGES("folder_unwritable", folder=folder, reason=_reason(exc, folder=True))) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temp, mode)  # mkstemp makes 0600; a deck is meant to be shared like any document
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise PlanWriteError(MESSAGES("not_written", name=target.name, reason=_reason(exc))) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _reason(exc: OSError, folder: bool = False):
    """Why a write failed, in words a user can act on (a message, or the
    system's own words)."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return MESSAGES("reason_folder_read_only" if folder else "reason_file_read_only")
    if exc.errno == errno.ENOSPC:
        return MESSAGES("reason_disk_full")
    if exc.errno == errno.EISDIR:
        return MESSAGES("reason_is_folder")
    return (exc.strerror or str(exc)).rstrip(".").lower()
