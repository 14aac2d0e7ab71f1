"""Regenerate the deck images in docs/deck/: the sample plans' decks (zh and
en) rendered with pdftoppm at 60 dpi — the cover, the executive summary, a
divider, the closing slide and the first slide of every section
(``zh-section-<key>.png``), found through the slide model, plus a few
English slides.

    python docs/deck/make_deck_images.py

Needs pdftoppm (poppler-utils). The deck date is fixed (5 June 2027) so the
cover and the timeline's "today" do not change from run to run."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

DECK_DATE = dt.date(2027, 6, 5)
EN_KEYS = ("summary", "budget.summary", "calendar.timeline", "risks.heat")


def render(pdf: Path, number: int, stem: Path) -> None:
    """Page *number* of *pdf* as ``stem.png``."""
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                    str(pdf), str(stem)], check=True)


def pages(deck) -> dict[str, int]:
    """Image name → 1-based page: cover, summary, agenda, first divider,
    closing, and the first slide of each section."""
    found: dict[str, int] = {}
    for number, slide in enumerate(deck.slides, 1):
        if slide.kind in ("cover", "summary", "closing"):
            found.setdefault(slide.kind, number)
        elif slide.kind == "divider":
            found.setdefault("divider", number)
        elif slide.section == "agenda":
            found.setdefault("agenda", number)
        elif slide.kind == "content" and not slide.continued:
            found.setdefault(f"section-{slide.section}", number)
    return found


def main() -> int:
    from app.services.deck import build_deck
    from app.services.deck.model import build_slides
    from app.services.plan import samples
    from app.services.plan.storage.plan_file import PlanFile

    if not shutil.which("pdftoppm"):
        print("pdftoppm not found (apt-get install poppler-utils)")
        return 1
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("STRATDECK_DATA_DIR", str(folder / "data"))
        for language in ("zh", "en"):
            plan_path = samples.create_demo_plan(language, folder)
            pdf = folder / f"{language}.pdf"
            with PlanFile.open(plan_path, read_only=True) as plan:
                deck = build_slides(plan, today=DECK_DATE)
                build_deck(plan, pdf, today=DECK_DATE)
            found = pages(deck)
            if language == "en":
                keys = {s.headline_key: n for n, s in enumerate(deck.slides, 1)}
                found = {"cover": found["cover"], **{k.replace(".", "-"): keys[k] for k in EN_KEYS if k in keys}}
            for name, number in found.items():
                render(pdf, number, HERE / f"{language}-{name}")
                print(f"{language}-{name}.png  page {number}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
