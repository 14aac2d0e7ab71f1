"""A long session does not crash the app (reliability case 21): the real main
window takes hundreds of edits, objective changes, undos and redos in a
child process, which must finish normally.

Regression test: PySide6 6.12's wheels are built for the stable ABI against
Python ≥ 3.12 headers, where None, True and False are immortal; on Python
3.11 every call returning one of them from Qt dropped a reference to it
(~16 per field edit), and after a few dozen edits Python aborted with "Fatal
Python error: bool_dealloc / none_dealloc". pyproject.toml keeps PySide6
below 6.12 on Python 3.11 (docs/decisions.md)."""

from __future__ import annotations

import subprocess
import sys

from reliability_support import TESTS, child_env

EDITS = 600


def test_a_long_editing_session_does_not_crash_the_app(tmp_path):
    done = subprocess.run(
        [sys.executable, str(TESTS / "long_session.py"), str(EDITS)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-1500:]
