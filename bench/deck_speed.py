"""Deck export speed (issue 3): a 40-slide deck from the scaled-up demo plan
with build_deck, against the path users take today — the same content as a
PPTX (python-pptx) converted with ``libreoffice --headless --convert-to pdf``.

    python bench/deck_speed.py [--language zh|en] [--runs 5]

Scaling: the sample plan's six objectives are repeated (numbered) to
--objectives rows and its market context is repeated --context times (the
Overview section grows by about 33 slides with the defaults); every other
section shows the sample plan as it is. ``--demo`` measures the demo plan
unscaled instead: the whole deck with every registered section (about 50
slides). Either way the script also prints where a warm build spends its
time, section by section (layout) and for drawing the pages. The PPTX has one slide per PDF page with the same
text: title, body text box, and the objectives as real PPTX tables (the
period chart is left out, which only favours LibreOffice).

Deck times: "cold" is the first build in a fresh process (fonts registered,
matplotlib imported), "warm" the median of the following --runs builds (a
chart whose inputs are unchanged is taken from the chart cache, as in a
preview rebuilt after an edit elsewhere; the per-section build empties the
cache first, so every chart is made anew).
LibreOffice is warmed up once on a tiny file (its profile is created then),
and the conversion is timed --lo-runs times (median)."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def scaled_plan(folder: Path, language: str, objectives: int, context: int) -> Path:
    """The demo plan with *objectives* objectives and the market context *context* times."""
    from app.services.plan import samples
    from app.services.plan.plan_file import PlanFile

    path = samples.create_demo_plan(language, folder)
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        base = conn.execute("SELECT text, metric, target FROM objective ORDER BY position").fetchall()
        conn.execute("DELETE FROM objective")
        rows = [(str(uuid.uuid4()), n, f"{base[n % len(base)][0]} ({n + 1})", *base[n % len(base)][1:])
                for n in range(objectives)]
        conn.executemany("INSERT INTO objective (id, position, text, metric, target) VALUES (?, ?, ?, ?, ?)", rows)
        text = conn.execute('SELECT market_context FROM "plan"').fetchone()[0]
        conn.execute('UPDATE "plan" SET market_context = ?', ("\n\n".join([text] * context),))
    return path


def time_decks(plan_path: Path, out: Path, runs: int) -> tuple[float, float, int]:
    """(cold seconds, warm median seconds, pages) of build_deck."""
    from app.services.deck import build_deck
    from app.services.plan.plan_file import PlanFile

    times, pages = [], 0
    for _ in range(runs + 1):
        with PlanFile.open(plan_path, read_only=True) as plan:
            start = time.perf_counter()
            pages = build_deck(plan, out).pages
            times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:]), pages


def section_times(plan_path: Path, out: Path) -> tuple[list[tuple[str, int, float]], float, float]:
    """One warm build with each section renderer timed: ``[(key, slides,
    seconds)]`` in deck order, the whole build's seconds and the drawing's
    (build minus the sections' layout)."""
    from app.services.deck import build_deck, charts, registry
    from app.services.plan.plan_file import PlanFile

    charts.clear_cache()  # every chart made anew, as after an edit that changes them all
    found: list[tuple[str, int, float]] = []
    saved = dict(registry._SECTIONS)
    for key, spec in saved.items():
        def timed(ctx, render=spec.render, key=key):
            start = time.perf_counter()
            slides = list(render(ctx))
            found.append((key, len(slides), time.perf_counter() - start))
            return slides

        registry._SECTIONS[key] = registry.SectionSpec(key, spec.order, spec.title_zh, spec.title_en, timed)
    try:
        with PlanFile.open(plan_path, read_only=True) as plan:
            start = time.perf_counter()
            build_deck(plan, out)
            total = time.perf_counter() - start
    finally:
        registry._SECTIONS.update(saved)
    return found, total, total - sum(seconds for _, _, seconds in found)


def make_pptx(pdf: Path, plan_path: Path, target: Path) -> int:
    """A PPTX with the PDF's slides as text (objectives as tables); returns its slide count."""
    from pptx import Presentation
    from pptx.util import Pt
    from pypdf import PdfReader

    from app.services.overview.service import list_objectives
    from app.services.plan.plan_file import PlanFile

    with PlanFile.open(plan_path, read_only=True) as plan:
        objectives = list_objectives(plan)
    pages = [page.extract_text().splitlines() for page in PdfReader(pdf).pages]
    table_pages = [i for i, lines in enumerate(pages) if lines and lines[0].startswith(("营销目标", "Objectives"))]
    per_page = -(-len(objectives) // max(1, len(table_pages)))
    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(960), Pt(540)
    layout = deck.slide_layouts[6]  # blank
    for index, lines in enumerate(pages):
        slide = deck.slides.add_slide(layout)
        title = slide.shapes.add_textbox(Pt(48), Pt(30), Pt(864), Pt(60)).text_frame
        title.text = lines[0] if lines else ""
        title.paragraphs[0].runs[0].font.size = Pt(26) if lines else None
        if index in table_pages:
            chunk = objectives[table_pages.index(index) * per_page:][:per_page]
            shape = slide.shapes.add_table(len(chunk) + 1, 4, Pt(48), Pt(118), Pt(864), Pt(20 * (len(chunk) + 1)))
            for column, head in enumerate(("#", "Objective", "Metric", "Target")):
                shape.table.cell(0, column).text = head
            for row, objective in enumerate(chunk, 1):
                values = (str(objective["position"] + 1), objective["text"], objective["metric"], objective["target"])
                for column, value in enumerate(values):
                    shape.table.cell(row, column).text = value or ""
        else:
            body = slide.shapes.add_textbox(Pt(48), Pt(118), Pt(864), Pt(360)).text_frame
            body.word_wrap = True
            body.text = "\n".join(lines[1:-2])
            for paragraph in body.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(15)
        footer = slide.shapes.add_textbox(Pt(48), Pt(506), Pt(864), Pt(20)).text_frame
        footer.text = "  ".join(lines[-2:]) if len(lines) > 1 else ""
    deck.save(target)
    return len(deck.slides)


def make_our_pptx(plan_path: Path, target: Path) -> int:
    """The deck's own editable PPTX (stratdeck export --format pptx: the
    same slide model as the PDF, native tables and charts) at *target*;
    returns its slide count. Converting this file with LibreOffice is the
    path a user without Stratdeck's PDF would take (bench/pptx_export.py
    --libreoffice times it)."""
    from app.services.deck.pptx import export_pptx
    from app.services.plan.plan_file import PlanFile

    with PlanFile.open(plan_path, read_only=True) as plan:
        return export_pptx(plan, target).slides


def convert(soffice: str, pptx: Path, out_dir: Path, profile: Path) -> float:
    """Seconds for one ``soffice --headless --convert-to pdf``."""
    start = time.perf_counter()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out_dir), str(pptx)],
        check=True, capture_output=True, timeout=600,
    )
    seconds = time.perf_counter() - start
    if not (out_dir / (pptx.stem + ".pdf")).exists():
        raise RuntimeError("libreoffice wrote no PDF")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=("zh", "en"), default="zh")
    parser.add_argument("--objectives", type=int, default=280)
    parser.add_argument("--context", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lo-runs", type=int, default=2)
    parser.add_argument("--demo", action="store_true", help="the demo plan as it is (no scaling)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("STRATDECK_DATA_DIR", str(folder / "data"))
        if args.demo:
            from app.services.plan import samples

            plan_path = samples.create_demo_plan(args.language, folder)
            what = "demo plan as it is"
        else:
            plan_path = scaled_plan(folder, args.language, args.objectives, args.context)
            what = f"{args.objectives} objectives, market context x{args.context}"
        pdf = folder / "deck.pdf"
        cold, warm, pages = time_decks(plan_path, pdf, args.runs)
        print(f"deck: {pages} slides ({args.language}, {what}, every registered section)")
        print(f"build_deck: cold {cold:.2f} s (first build in the process), warm {warm:.2f} s (median of {args.runs})"
              f"   target <= 2 s")
        sections, total, drawing = section_times(plan_path, folder / "timed.pdf")
        parts = ", ".join(f"{key} {n} slides {sec * 1000:.0f} ms" for key, n, sec in sections)
        print(f"one warm build with every chart made anew, {total:.2f} s: {parts}; "
              f"drawing all pages {drawing * 1000:.0f} ms")
        soffice = shutil.which("libreoffice") or shutil.which("soffice")
        if not soffice:
            print("libreoffice not found: install libreoffice-impress to measure the PPTX path")
            return 0
        pptx = folder / "deck.pptx"
        slides = make_pptx(pdf, plan_path, pptx)
        tiny = folder / "warmup.pptx"
        from pptx import Presentation

        Presentation().save(tiny)
        profile = folder / "lo-profile"
        convert(soffice, tiny, folder / "warm", profile)  # creates the profile, loads the libraries
        lo = statistics.median(convert(soffice, pptx, folder / f"lo{n}", profile) for n in range(args.lo_runs))
        print(f"libreoffice --headless --convert-to pdf: {lo:.2f} s for {slides} slides "
              f"(median of {args.lo_runs}, warm profile)")
        print(f"ratio: {lo / cold:.1f}x against the cold build, {lo / warm:.1f}x against the warm one"
              f"   target >= 10x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
