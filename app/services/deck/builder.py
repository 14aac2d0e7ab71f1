"""Build the deck: lay every slide out, then draw them into a temporary file
in the target folder and rename it into place (a failure leaves neither a
half-written PDF nor the temporary file, and an existing deck untouched)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__
from app.services.deck import fonts, labels, registry
from app.services.deck.messages import MESSAGES
from app.services.deck.pdf.draw import DeckCanvas
from app.services.deck.pdf.encryption import aes256_encryption
from app.services.deck.text import DeckWarning, TextChecker
from app.services.deck.theme import PAGE_H, PAGE_W
from app.services.exchange import temp_files
from app.services.plan.errors import PlanWriteError

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
    page_sections: list[str] = field(default_factory=list)  # the section of each page, in page order


def build_deck(
    plan,
    target_path,
    *,
    sections: Iterable[str] | None = None,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
    dividers: str = "auto",
) -> DeckResult:
    """Render *plan* (an open PlanFile) as a 16:9 PDF deck at *target_path*.

    *sections* are registry keys (all by default; unknown → UsageError naming
    the valid ones); *password* encrypts the PDF with AES-256; *progress(done,
    total)* is called after each slide is drawn (from the calling thread, so
    it must not touch widgets directly); *today* is the date on the cover
    (default: today); *dividers* is auto / always / never (see
    model.build_slides). An unwritable target raises PlanWriteError."""
    from app.services.deck.model import build_slides

    registry.choose(sections)  # an unknown section fails before anything is written
    target = Path(target_path)
    if target.is_dir():
        raise PlanWriteError(MESSAGES("target_is_folder", target=target))
    plan_path = getattr(plan, "path", None)
    if plan_path is not None and target.resolve() == Path(plan_path).resolve():
        raise PlanWriteError(MESSAGES("target_is_plan", name=target.name))
    with _BUILD_LOCK:
        fonts.register_font()
        checker = TextChecker()
        deck = build_slides(plan, sections, today=today or dt.date.today(), dividers=dividers, checker=checker)
        warnings = checker.warnings() + [DeckWarning(w) for w in deck.warnings if w.startswith("Left out")]
        with _atomic_output(target) as handle:
            substituted = _draw(handle, deck, password, progress)
    return DeckResult(
        target, len(deck.slides), list(deck.sections), warnings, substituted, [slide.section for slide in deck.slides]
    )


def _draw(handle, deck, password: str | None, progress) -> dict[str, str]:
    """Draw *deck* into *handle*; returns the fonts asked for that were drawn
    in the deck font instead (see DeckCanvas)."""
    from reportlab import rl_config

    encrypt = aes256_encryption(password) if password else None
    # Compressed streams stay binary: reportlab would also wrap them in
    # ASCII85 (25 % larger, and its pure-Python encoder cost ~0.1 s a deck).
    a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        from app.services.deck.pdf.render_pdf import PdfRenderer

        canvas = DeckCanvas(handle, pagesize=(PAGE_W, PAGE_H), encrypt=encrypt, pageCompression=1)
        canvas.setTitle(deck.title)
        canvas.setAuthor(deck.author)
        canvas.setSubject(deck.subject or labels.label(deck.language, "subject"))
        canvas.setCreator(f"Stratdeck {__version__}")
        canvas.showOutline()
        PdfRenderer(canvas, deck).draw_all(progress)
        canvas.save()
        return canvas.substituted
    finally:
        rl_config.useA85 = a85


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

