"""Start-up pauses the cyclic garbage collector (nothing for it to free
while modules, widgets and the plan's rows are built) and resumes it once
the plan is shown; a collector the host had switched off stays off."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from app.views.shell import app as shell_app

ROOT = Path(__file__).resolve().parents[2]


def test_pause_and_resume():
    assert gc.isenabled()
    shell_app.pause_garbage_collector()
    try:
        assert not gc.isenabled()
    finally:
        shell_app.resume_garbage_collector()
    assert gc.isenabled()


def test_a_collector_switched_off_elsewhere_stays_off():
    gc.disable()
    try:
        shell_app.pause_garbage_collector()
        shell_app.resume_garbage_collector()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_runs_again_once_the_demo_is_open(tmp_path):
    code = (
        "import gc, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from app.views.shell.app import create_application, launch_window\n"
        "app = create_application()\n"
        "paused = [not gc.isenabled()]\n"
        "def ready(window):\n"
        "    QTimer.singleShot(50, lambda: (print(paused[0], gc.isenabled()), window.close(), app.quit()))\n"
        "launch_window(None, True, False, on_ready=ready)\n"
        "app.exec()\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "STRATDECK_DATA_DIR": str(tmp_path), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-2:] == ["True", "True"]  # paused during start-up, running once the plan is shown
