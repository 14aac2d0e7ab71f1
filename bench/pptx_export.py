"""PPTX export speed (issue 16): the Chinese demo plan exported as an
editable PPTX (``stratdeck export --format pptx``: layout of the slide model
and the PPTX written), cold (first export in the process: python-pptx and the
deck font loaded) and warm (median of --runs exports). Target: warm <= 1 s.

    python bench/pptx_export.py [--language zh|en] [--runs 5] [--libreoffice]

With --libreoffice it also times ``soffice --headless --convert-to pdf`` of
that PPTX (a warm profile, median of --lo-runs), beside the deck's own PDF
build (build_deck, warm): the comparison bench/deck_speed.py makes with a
text-only PPTX, made here with our own native PPTX."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def time_exports(plan_path: Path, target: Path, runs: int) -> tuple[float, float, int, float, float]:
    """(cold s, warm median s, slides, warm median s of writing the PPTX
    alone, warm median CPU s of the export: on a shared machine the wall
    time is the CPU time stretched by the other processes)."""
    from app.services.deck.model import build_slides
    from app.services.deck.pptx import export_pptx, write_pptx
    from app.services.plan.storage.plan_file import PlanFile

    times, cpu, slides = [], [], 0
    for _ in range(runs + 1):
        with PlanFile.open(plan_path, read_only=True) as plan:
            start, start_cpu = time.perf_counter(), time.process_time()
            slides = export_pptx(plan, target).slides
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    writes = []
    with PlanFile.open(plan_path, read_only=True) as plan:
        deck = build_slides(plan)
    for _ in range(runs):
        start = time.perf_counter()
        write_pptx(deck, target)
        writes.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:]), slides, statistics.median(writes), statistics.median(cpu[1:])


def time_pdf(plan_path: Path, target: Path, runs: int) -> float:
    """Warm median seconds of the deck's own PDF build."""
    from app.services.deck import build_deck
    from app.services.plan.storage.plan_file import PlanFile

    times = []
    for _ in range(runs + 1):
        with PlanFile.open(plan_path, read_only=True) as plan:
            start = time.perf_counter()
            build_deck(plan, target)
            times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def _font_config(folder: Path) -> Path:
    """A fontconfig file adding the bundled CJK font, with Microsoft YaHei
    (the PPTX's East-Asian font) mapped to it: without any CJK font,
    LibreOffice searches every font for each Chinese glyph (~20 s a deck)."""
    from app.services.plan import paths

    conf = folder / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{paths.resources_dir() / "fonts"}</dir>
  <alias binding="same"><family>Microsoft YaHei</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
</fontconfig>
""", encoding="utf-8")
    return conf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=("zh", "en"), default="zh")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--libreoffice", action="store_true", help="also time LibreOffice converting the PPTX")
    parser.add_argument("--lo-runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("STRATDECK_DATA_DIR", str(folder / "data"))
        from app.services.plan import samples

        plan_path = samples.create_demo_plan(args.language, folder)
        pptx = folder / "deck.pptx"
        cold, warm, slides, write, cpu = time_exports(plan_path, pptx, args.runs)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"pptx export ({args.language} demo, {slides} slides, {pptx.stat().st_size / 1e3:.0f} KB): "
              f"cold {cold:.2f} s, warm {warm:.2f} s (CPU {cpu:.2f} s; median of {args.runs}; writing the PPTX "
              f"alone {write:.2f} s; load average {load:.1f})   target warm <= 1 s")
        if not args.libreoffice:
            return 0
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            print("libreoffice not found: install libreoffice-impress to time the conversion")
            return 0
        from deck_speed import convert

        os.environ["FONTCONFIG_FILE"] = str(_font_config(folder))
        profile = folder / "lo-profile"
        convert(soffice, pptx, folder / "warm", profile)  # creates the profile, loads the libraries
        lo = statistics.median(convert(soffice, pptx, folder / f"lo{n}", profile) for n in range(args.lo_runs))
        pdf = time_pdf(plan_path, folder / "deck.pdf", args.runs)
        print(f"libreoffice --convert-to pdf of our PPTX: {lo:.2f} s (median of {args.lo_runs}, warm profile); "
              f"build_deck warm {pdf:.2f} s: {lo / pdf:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
