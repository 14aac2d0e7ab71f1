"""The Qt-free test run (.ci/run) really has no Qt: under tests/qt_blocker.py
importing PySide6 fails, and the services still import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pyside6_cannot_be_imported_under_the_blocker(tmp_path):
    probe = tmp_path / "test_probe.py"
    probe.write_text(
        "import importlib, pytest\n"
        "def test_probe():\n"
        "    importlib.import_module('app.services.canvas_list')\n"
        "    with pytest.raises(ImportError):\n"
        "        import PySide6.QtCore  # noqa: F401\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tests.qt_blocker",
            "-p",
            "no:pytest-qt",
            "-p",
            "no:cacheprovider",
            "-W",
            "ignore::pytest.PytestConfigWarning",
            "--rootdir",
            str(tmp_path),
            str(probe),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
