"""Start-up benchmark: Stratdeck against a bare PySide6 window, same run.

Measures wall time from process launch to the first paint of the main window
and (Stratdeck) to the demo plan being open and editable. Targets (issue 2):
first paint within 1.5x of the bare window, demo editable within 3x.

Run: ``python bench/startup.py [--runs N]``; results go to docs/performance.md
by hand."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).with_name("startup_probe.py")
ROOT = PROBE.parents[1]


def launch(mode: str, env: dict) -> dict[str, float]:
    """Run the probe once; return seconds from launch to each reported line."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(PROBE), mode], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    marks: dict[str, float] = {}
    for line in proc.stdout:
        word = line.split()[0] if line.strip() else ""
        marks.setdefault(word, time.perf_counter() - start)
        if word == "heavy":
            marks["heavy_modules"] = line.split()[1:]  # type: ignore[assignment]
    proc.wait(timeout=60)
    return marks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            STRATDECK_DATA_DIR=data,
            PYTHONPATH=str(ROOT),
        )
        launch("bare", env)
        launch("demo", env)  # warm the file cache once
        bare, paint, editable = [], [], []
        for _ in range(args.runs):
            bare.append(launch("bare", env)["painted"])
            marks = launch("demo", env)
            paint.append(marks["painted"])
            editable.append(marks["editable"])
    b, p, e = statistics.median(bare), statistics.median(paint), statistics.median(editable)
    print(f"runs: {args.runs} (medians)")
    print(f"bare PySide6 window, first paint : {b * 1000:7.1f} ms")
    print(f"Stratdeck first paint           : {p * 1000:7.1f} ms  ({p / b:.2f}x, target 1.5x)")
    print(f"Stratdeck demo plan editable    : {e * 1000:7.1f} ms  ({e / b:.2f}x, target 3x)")
    print(f"heavy modules at editable       : {marks.get('heavy_modules') or 'none'}")


if __name__ == "__main__":
    main()
