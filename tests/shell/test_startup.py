"""Start-up stays light: the real start-up path (window, first paint, demo
plan open and editable) must not import pandas, matplotlib, reportlab or the
ORM. Timing itself is a benchmark (bench/startup.py), not a test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_start_up_opens_the_demo_without_heavy_imports(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STRATDECK_DATA_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "startup_probe.py"), "demo"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    lines = result.stdout.split("\n")
    assert result.returncode == 0, result.stderr
    assert "painted" in lines and "editable" in lines
    assert lines.index("painted") < lines.index("editable")  # the window shows before the plan loads
    heavy = next(line for line in lines if line.startswith("heavy"))
    assert heavy.strip() == "heavy", f"start-up imported: {heavy}"


def test_the_icon_font_loads_after_the_first_paint_and_qtawesome_is_not_imported(tmp_path):
    """Icons cost start-up time: the font is registered only once the window
    has painted, and qtawesome's Python package (whose qtpy layer builds every
    Qt enum, ~100-200 ms) is never imported; its font files are used directly."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STRATDECK_DATA_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "startup_probe.py"), "demo"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    lines = result.stdout.split("\n")
    assert result.returncode == 0, result.stderr
    assert "icons-at-paint not-loaded" in lines
    assert "icons-at-editable loaded" in lines  # the icons are there once the plan is editable
    assert "qtawesome-package not-imported" in lines


def test_cli_version_is_instant_and_plain(tmp_path):
    env = dict(os.environ, STRATDECK_DATA_DIR=str(tmp_path))
    code = "import sys; from app.main import main; main(['--version'])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0
    assert result.stdout.startswith("stratdeck ")
    assert "Traceback" not in result.stderr
