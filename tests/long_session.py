"""A long editing session in the real main window, run as a child process by
tests/reliability/test_reliability_session.py: field edits, objectives, undo and redo,
as many as a strategist makes in an afternoon. Prints "survived" and exits
0, or dies (a Fatal Python error is an abort the parent sees)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(edits: int) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.views.common import dialogs
    from app.views.shell.main_window import MainWindow

    dialogs.show_error = lambda *args, **kwargs: None  # nothing may block
    window = MainWindow()
    window.show()
    assert window.open_demo()
    editor = window.editors["overview"]
    for n in range(edits):
        editor.edit(("owner", "brand", "confidentiality")[n % 3], f"edit {n}")
        if n % 10 == 0:
            window.editors["overview"].objectives.add_objective()
        if n % 7 == 0:
            window.undo_action.trigger()
            window.redo_action.trigger()
        if n % 25 == 0:
            app.processEvents()
    window.close()
    print("survived", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]))
