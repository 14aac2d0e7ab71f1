"""``stratdeck export PLAN --format pptx`` and the export dialog's PPTX: the
plan's deck (the same slide model as the PDF) written as an editable PPTX.

Registered as the file format ``pptx`` in the exports registry; python-pptx
and the deck layout are imported only when a deck is exported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

from app.services.deck.pptx.messages import MESSAGES
from app.services.exchange.exports import file_format
from app.services.plan.errors import PlanWriteError


def export_pptx(
    plan,
    target_path,
    *,
    sections: Iterable[str] | None = None,
    today: dt.date | None = None,
    dividers: str = "auto",
    progress: Callable[[int, int], None] | None = None,
):
    """Lay out the deck of *plan* (an open PlanFile) and write it as a PPTX
    at *target_path*; returns a PptxResult. *sections* are registry keys
    (all by default; an unknown one raises UsageError naming the valid
    ones); *dividers* as for the PDF (auto / always / never). The plan file itself is never a valid target."""
    target = Path(target_path)
    if target.is_dir():
        raise PlanWriteError(MESSAGES("target_is_folder", path=str(target)))
    plan_path = getattr(plan, "path", None)
    if plan_path is not None and target.resolve() == Path(plan_path).resolve():
        raise PlanWriteError(MESSAGES("target_is_plan", name=target.name))
    from app.services.deck.model import build_slides
    from app.services.deck.pptx.writer import write_pptx

    deck = build_slides(plan, sections=list(sections) if sections is not None else None, today=today,
                        dividers=dividers)
    return write_pptx(deck, target, progress=progress)


@file_format("pptx")
def _export_command(plan, output: Path, part: str | None) -> list[str]:
    """The registry's entry (the CLI passes --sections through cli_commands)."""
    result = export_pptx(plan, output)
    return [f"Exported {output} ({result.slides} slides)"] + [f"Warning: {w}" for w in result.warnings]
