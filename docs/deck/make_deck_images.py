"""Regenerate the deck images in docs/deck/: the sample plans' decks (zh and
en) rendered with pdftoppm at 60 dpi, a few slides each, and for every
registered section the first slide after its divider in the Chinese deck
(``zh-section-<key>.png``).

    python docs/deck/make_deck_images.py

Needs pdftoppm (poppler-utils) and pypdf (dev dependency). The deck date is
fixed (5 June 2027) so the period timeline and the cover do not change from
run to run."""

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
# image name → how to find its page: a page number (1 = cover, -1 = last) or the first line of its text
SLIDES = {
    "zh": {"cover": 1, "agenda": "目录", "divider": 3, "key-facts": "关键信息", "objectives": "营销目标",
           "market-context": "市场背景", "closing": -1},
    "en": {"cover": 1, "key-facts": "Key facts", "objectives": "Objectives"},
}


def page_number(texts: list[str], where) -> int:
    """1-based page number of *where* (a number, or the title a page starts with)."""
    if isinstance(where, int):
        return where if where > 0 else len(texts) + 1 + where
    return next(i for i, text in enumerate(texts, 1) if text.startswith(where))


def section_pages(texts: list[str], language: str) -> dict[str, int]:
    """1-based page number of the first slide of each section in the deck
    (the page after the divider "NN <title>")."""
    from app.services.deck import section_choices

    found = {}
    for number, (key, title) in enumerate(section_choices(language), 1):
        head = f"{number:02d}{title}".replace(" ", "")
        for index, text in enumerate(texts, 1):
            if "".join(text.split()).startswith(head):
                found[key] = index + 1
                break
    return found


def render(pdf: Path, number: int, stem: Path) -> None:
    """Page *number* of *pdf* as ``stem.png``."""
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                    str(pdf), str(stem)], check=True)


def main() -> int:
    from pypdf import PdfReader

    from app.services.deck import build_deck
    from app.services.exchange import json_exchange
    from app.services.plan import paths
    from app.services.plan.plan_file import PlanFile

    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: install poppler-utils")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("STRATDECK_DATA_DIR", str(folder / "data"))
        for language, slides in SLIDES.items():
            plan_path = folder / f"{language}.stratdeck"
            json_exchange.import_json_file(paths.samples_dir() / f"qiyun-tea-2027-{language}.json", plan_path)
            pdf = folder / f"{language}.pdf"
            with PlanFile.open(plan_path, read_only=True) as plan:
                build_deck(plan, pdf, today=DECK_DATE)
            texts = [page.extract_text() for page in PdfReader(pdf).pages]
            pages = {name: page_number(texts, where) for name, where in slides.items()}
            if language == "zh":
                shown = set(pages.values())  # Overview's first slide is key-facts already
                pages.update({f"section-{key}": page for key, page in section_pages(texts, language).items()
                              if page not in shown})
            for name, number in pages.items():
                stem = HERE / f"{language}-{name}"
                render(pdf, number, stem)
                print(f"{stem.name}.png  (page {number} of {len(texts)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
