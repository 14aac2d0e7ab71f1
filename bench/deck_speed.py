"""Deck export speed (issues 3 and 15): the demo plan's deck exported by
the command line in a fresh process ("cold") and by ``build_deck`` in a warm
process, against the path users take otherwise — the same slides as a PPTX
(python-pptx) converted with ``libreoffice --headless --convert-to pdf`` —
measured in the same run. The PPTX is the deck's own export of the same
plan (``stratdeck export --format pptx``: native tables and charts);
``--text-only-pptx`` uses the older text-only stand-in.

    python bench/deck_speed.py [--language zh|en] [--runs 5] [--scaled]

"cold": ``python -m app export PLAN --format pdf -o deck.pdf`` in a new
process (interpreter start, imports, font, layout, drawing), median of
--runs, after one run that writes the bytecode caches (an installed app has
them). "warm": later ``build_deck`` calls in one process (median of --runs).
LibreOffice is warmed up once on a tiny file (its profile is created then) and
timed --lo-runs times (median). Every time is given as wall-clock seconds and
as CPU seconds (user + system of the process and its children): on a busy
machine the wall clock measures the other processes too, the CPU time does
not. The PPTX has one slide per PDF page with the same text (title, body text
box; the objectives as real tables; charts are left out, which only favours
LibreOffice). ``--scaled`` uses the demo plan with its objectives repeated to
--objectives rows and its market context --context times instead."""

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
    from app.services.plan.storage.plan_file import PlanFile

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


def cpu_children() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_cli(plan_path: Path, out: Path, runs: int) -> tuple[float, float]:
    """(wall, CPU) median seconds of a cold ``stratdeck export --format pdf``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "app", "export", str(plan_path), "--format", "pdf", "-o", str(out)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)  # writes the bytecode caches
    walls, cpus = [], []
    for _ in range(runs):
        cpu, start = cpu_children(), time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
        walls.append(time.perf_counter() - start)
        cpus.append(cpu_children() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def time_warm(plan_path: Path, out: Path, runs: int) -> tuple[float, float, int]:
    """(wall, CPU) median seconds of ``build_deck`` in a warm process, and the page count."""
    from app.services.deck import build_deck
    from app.services.plan.storage.plan_file import PlanFile

    walls, cpus, pages = [], [], 0
    with PlanFile.open(plan_path, read_only=True) as plan:
        build_deck(plan, out)
        for _ in range(runs):
            cpu, start = time.process_time(), time.perf_counter()
            pages = build_deck(plan, out).pages
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), pages


def make_pptx(pdf: Path, plan_path: Path, target: Path) -> int:
    """A PPTX with the PDF's slides as text (objectives as tables); returns its slide count."""
    from pptx import Presentation
    from pptx.util import Pt
    from pypdf import PdfReader

    from app.services.deck.model import build_slides
    from app.services.overview.service import list_objectives
    from app.services.plan.storage.plan_file import PlanFile

    with PlanFile.open(plan_path, read_only=True) as plan:
        objectives = list_objectives(plan)
        keys = [slide.headline_key for slide in build_slides(plan).slides]
    pages = [page.extract_text().splitlines() for page in PdfReader(pdf).pages]
    table_pages = [i for i, key in enumerate(keys) if key == "overview.objectives"]
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
    from app.services.plan.storage.plan_file import PlanFile

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
    parser.add_argument("--scaled", action="store_true", help="the demo plan scaled up (see --objectives)")
    parser.add_argument("--text-only-pptx", action="store_true",
                        help="compare with the old text-only PPTX instead of our own PPTX (native tables and charts)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("STRATDECK_DATA_DIR", str(folder / "data"))
        if args.scaled:
            plan_path = scaled_plan(folder, args.language, args.objectives, args.context)
            what = f"{args.objectives} objectives, market context x{args.context}"
        else:
            from app.services.plan import samples

            plan_path = samples.create_demo_plan(args.language, folder)
            what = "demo plan as it is"
        pdf = folder / "deck.pdf"
        cold_wall, cold_cpu = time_cli(plan_path, folder / "cli.pdf", args.runs)
        warm_wall, warm_cpu, pages = time_warm(plan_path, pdf, args.runs)
        print(f"deck: {pages} slides ({args.language}, {what}, every registered section)")
        print(f"stratdeck export --format pdf, cold (new process): {cold_wall:.2f} s wall, {cold_cpu:.2f} s CPU")
        print(f"build_deck, warm: {warm_wall:.2f} s wall, {warm_cpu:.2f} s CPU (median of {args.runs})")
        soffice = shutil.which("libreoffice") or shutil.which("soffice")
        if not soffice:
            print("libreoffice not found: install libreoffice-impress to measure the PPTX path")
            return 0
        pptx = folder / "deck.pptx"
        # the users' path: our own editable PPTX of the same plan (native tables and charts)
        slides = make_pptx(pdf, plan_path, pptx) if args.text_only_pptx else make_our_pptx(plan_path, pptx)
        tiny = folder / "warmup.pptx"
        from pptx import Presentation

        Presentation().save(tiny)
        profile = folder / "lo-profile"
        convert(soffice, tiny, folder / "warm", profile)  # creates the profile, loads the libraries
        walls, cpus = [], []
        for n in range(args.lo_runs):
            cpu = cpu_children()
            walls.append(convert(soffice, pptx, folder / f"lo{n}", profile))
            cpus.append(cpu_children() - cpu)
        lo_wall, lo_cpu = statistics.median(walls), statistics.median(cpus)
        print(f"libreoffice --headless --convert-to pdf: {lo_wall:.2f} s wall, {lo_cpu:.2f} s CPU for {slides} slides "
              f"(median of {args.lo_runs}, warm profile)")
        print(f"ratio cold: {lo_wall / cold_wall:.1f}x wall, {lo_cpu / cold_cpu:.1f}x CPU   target >= 10x")
        print(f"ratio warm: {lo_wall / warm_wall:.1f}x wall, {lo_cpu / warm_cpu:.1f}x CPU   target >= 20x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
