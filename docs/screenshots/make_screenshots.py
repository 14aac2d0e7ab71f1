"""Regenerate the README screenshots from the sample plans.

Run under a display (``xvfb-run -a python docs/screenshots/make_screenshots.py``)
or offscreen (``QT_QPA_PLATFORM=offscreen``). Settings and data go to a
temporary folder; the user's profile is not touched."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))


def canvas_shooters():
    """``shoot(window, app, language, folder)`` of every shots_<canvas>.py here."""
    import importlib.util

    shooters = []
    for path in sorted(HERE.glob("shots_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        shooters.append(module.shoot)
    return shooters


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STRATDECK_DATA_DIR"] = folder
        from PySide6.QtCore import QEventLoop, QSettings, QTimer

        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, folder)
        from app.views.common import settings, translations
        from app.views.shell.app import create_application
        from app.views.shell.main_window import MainWindow

        app = create_application()
        for language in ("zh", "en"):
            settings.app_settings().setValue("ui/language", language)
            translations.install_language(language)  # the whole interface in this language
            window = MainWindow()
            window.resize(1366, 768)  # a laptop screen
            window.show()
            window.polish_after_first_paint()
            window.open_demo()
            window.editors["overview"].objectives.table.selectRow(0)
            app.processEvents()
            window.grab().save(str(HERE / f"overview-{language}.png"))
            for shoot in canvas_shooters():
                shoot(window, app, language, HERE)
                app.processEvents()
            if language == "zh":
                preview = window.editors["deck"]
                loop = QEventLoop()
                preview.rendered.connect(loop.quit)
                preview.render_failed.connect(loop.quit)
                window.navigator.setCurrentRow(list(window.editors).index("deck"))
                QTimer.singleShot(60_000, loop.quit)
                loop.exec()
                app.processEvents()
                window.grab().save(str(HERE / "deck-preview-zh.png"))
            window.new_plan()  # the New Plan gallery, over the window
            dialog = window.new_plan_dialog
            dialog.choose("ecommerce-promotion")
            app.processEvents()
            dialog.grab().save(str(HERE / f"new-plan-{language}.png"))
            dialog.reject()
            window.show_preferences()
            app.processEvents()
            window.preferences_dialog.grab().save(str(HERE / f"preferences-{language}.png"))
            window.preferences_dialog.reject()
            if language == "en":
                window.close_plan()  # the start page, listing the plan just closed
                app.processEvents()
                window.grab().save(str(HERE / "start-page.png"))
            window.close()
            app.processEvents()
        import desk_screenshots  # every canvas at 1366×768 and 1920×1080, both languages: desk/

        desk_screenshots.shoot_all(app)


if __name__ == "__main__":
    main()
