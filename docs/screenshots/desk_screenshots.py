"""Regenerate docs/screenshots/desk/: every canvas of the sample plan, the
start page and the New Plan gallery, in Chinese and English, at 1366×768
(a laptop) and 1920×1080. Called by make_screenshots.py (the README's set);
also runs alone: ``python docs/screenshots/desk_screenshots.py``. It uses a
private settings/data folder, never the user's profile."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots" / "desk"
SIZES = ((1366, 768), (1920, 1080))


def shoot(app, language: str, size: tuple[int, int]) -> list[Path]:
    """Every view in *language* at *size*; returns the PNGs written."""
    from app.views.common import translations
    from app.views.shell.main_window import MainWindow

    translations.install_language(language)
    folder = OUT / f"{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(*size)
    window.show()
    window.polish_after_first_paint()
    written = []

    def grab(name: str, widget=None) -> None:
        for _ in range(3):
            app.processEvents()
        path = folder / f"{name}-{language}.png"
        (widget or window).grab().save(str(path))
        written.append(path)

    grab("start")
    window.new_plan_dialog = None
    from app.views.shell.new_plan_dialog import NewPlanDialog

    dialog = NewPlanDialog(language, window)
    dialog.show()
    grab("new-plan-gallery", dialog)
    dialog.close()
    from app.services.plan import samples

    window.open_plan(str(samples.create_demo_plan(language)))
    for row, key in enumerate(list(window.editors)):
        window.navigator.setCurrentRow(row)
        grab(f"canvas-{row:02d}-{key}")
    window.close()
    return written


def shoot_all(app) -> list[Path]:
    """Both sizes and languages with *app* (already created); returns the PNGs."""
    from app.views.common import style

    app.setStyleSheet(style.stylesheet())
    written = []
    for size in SIZES:
        for language in ("zh", "en"):
            written += shoot(app, language, size)
    return written


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    private = tempfile.mkdtemp(prefix="stratdeck-shots-")
    os.environ["STRATDECK_DATA_DIR"] = private
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, private)
    from app.views.shell.app import create_application

    app = create_application(["stratdeck"])
    before = set(OUT.rglob("*.png"))
    written = shoot_all(app)
    for path in written:
        print(path.relative_to(ROOT))
    for stale in before - set(written):  # a canvas renumbered or gone: its old picture goes too
        stale.unlink()


if __name__ == "__main__":
    main()
