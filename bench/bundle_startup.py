"""Start-up benchmark of the packaged app: the frozen bundle and the source,
against a bare PySide6 window, all in the same run.

Each measurement is a fresh process, timed from launch to the lines it
prints (app/views/shell/startup_report.py, switched on by STRATDECK_STARTUP_REPORT):
``painted`` (the main window's first paint) and ``editable`` (the plan open,
validated, locked, backed up, editors built). The modes run interleaved:

- ``bare``          bench/startup_probe.py bare — a bare QMainWindow script
- ``source last``   python build/stratdeck_entry.py          (reopens the last plan)
- ``bundle last``   the frozen executable, no argument        (reopens the last plan)
- ``source demo``   python build/stratdeck_entry.py --demo   (imports the sample first)
- ``bundle demo``   the frozen executable --demo

The last plan is the sample plan imported once into a temporary folder, so
every run opens the same 370-row plan. Targets (issue 10): first paint
within 1.5x of the bare window; the last plan open and editable within 3x.

Run: ``python bench/bundle_startup.py [--runs N] [--executable PATH] [--check]``
(build the bundle first: ``python build/build.py``). ``--check`` exits 1
when a target is missed. Results go to docs/performance.md by hand."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "bench" / "startup_probe.py"
ENTRY = ROOT / "build" / "stratdeck_entry.py"
sys.path.insert(0, str(ROOT / "build"))
from smoke_test import default_executable  # noqa: E402 - build/ is not a package

PAINT_TARGET, EDITABLE_TARGET = 1.5, 3.0


def launch(command: list[str], env: dict) -> dict[str, object]:
    """Run *command* once; seconds from launch to each line it printed."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    marks: dict[str, object] = {}
    for line in proc.stdout:
        words = line.split()
        if words:
            marks.setdefault(words[0], time.perf_counter() - start)
            if words[0] == "heavy":
                marks["heavy_modules"] = ",".join(words[1:]) or "none"
    if proc.wait(timeout=120) != 0:
        raise RuntimeError(f"{command} exited with {proc.returncode}")
    if "painted" not in marks:
        raise RuntimeError(f"{command} reported no first paint")
    return marks


def prepare(executable: Path, env: dict, folder: Path) -> None:
    """Import the sample plan and open it once, so it is the last plan."""
    sample = sorted((ROOT / "resources" / "samples").glob("*-zh.json"))[0]
    plan = folder / "sample.stratdeck"
    subprocess.run([str(executable), "import", str(sample), "-o", str(plan)], env=env, check=True, capture_output=True)
    launch([str(executable), str(plan)], env)


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--executable", type=Path, default=default_executable())
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if not args.executable.is_file():
        print(f"no bundle at {args.executable}: run python build/build.py first", file=sys.stderr)
        return 2
    modes = {
        "bare": [sys.executable, str(PROBE), "bare"],
        "source last": [sys.executable, str(ENTRY)],
        "bundle last": [str(args.executable)],
        "source demo": [sys.executable, str(ENTRY), "--demo"],
        "bundle demo": [str(args.executable), "--demo"],
    }
    with tempfile.TemporaryDirectory(prefix="stratdeck-bench-") as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            STRATDECK_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            STRATDECK_STARTUP_REPORT="1",
        )
        prepare(args.executable, env, Path(tmp))
        reopen_sample = [str(args.executable), str(Path(tmp) / "sample.stratdeck")]
        results: dict[str, list[dict]] = {mode: [] for mode in modes}
        for round_ in range(args.runs + 1):  # round 0 warms the file cache and is not counted
            for mode, command in modes.items():
                marks = launch(command, env)
                if round_:
                    results[mode].append(marks)
                if mode.endswith("demo"):  # the demo copy became the last plan: make it the sample again
                    launch(reopen_sample, env)
    bare = median_ms([marks["painted"] for marks in results["bare"]])
    print(f"runs: {args.runs} per mode, medians; bundle {args.executable}")
    print(f"{'mode':<12} {'first paint':>18} {'plan editable':>20}  heavy modules")
    print(f"{'bare':<12} {bare:8.1f} ms  1.00x")
    missed = []
    for mode in modes:
        if mode == "bare":
            continue
        paint = median_ms([marks["painted"] for marks in results[mode]])
        editable = median_ms([marks["editable"] for marks in results[mode]])
        heavy = results[mode][-1].get("heavy_modules", "?")
        print(f"{mode:<12} {paint:8.1f} ms {paint / bare:5.2f}x {editable:9.1f} ms {editable / bare:5.2f}x  {heavy}")
        if paint / bare > PAINT_TARGET:
            missed.append(f"{mode} first paint {paint / bare:.2f}x > {PAINT_TARGET}x")
        if mode.endswith("last") and editable / bare > EDITABLE_TARGET:
            missed.append(f"{mode} editable {editable / bare:.2f}x > {EDITABLE_TARGET}x")
    print(f"targets: first paint <= {PAINT_TARGET}x, last plan editable <= {EDITABLE_TARGET}x of the bare window")
    print("all targets met" if not missed else "MISSED: " + "; ".join(missed))
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
