"""The interface language: Qt translators for Stratdeck's own strings
(``resources/translations/stratdeck_zh_CN.qm``) and Qt's standard dialogs.

English is the source language, so it needs no file. The ``.qm`` is built
from the ``.ts`` by ``build/update_translations.py`` (and by build/build.py
before PyInstaller). A source checkout without a ``.qm`` (or with one older
than the ``.ts``) gets one compiled on demand into the user data folder when
Qt's ``lrelease`` is installed (it comes with PySide6); otherwise the
interface stays English. Loading a ``.qm`` costs about a millisecond."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.services.plan import paths

log = logging.getLogger(__name__)

LANGUAGES = ("zh", "en")
QT_LOCALE_NAMES = {"zh": "zh_CN", "en": "en_GB"}
_installed: list[QTranslator] = []
_current = ["en"]


def ts_file() -> Path:
    """The Chinese translation source (committed)."""
    return paths.resources_dir() / "translations" / "stratdeck_zh_CN.ts"


def find_lrelease() -> str | None:
    """Qt's lrelease: beside PySide6 (it ships with PySide6-Essentials), else on PATH."""
    import shutil

    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_qm(ts: Path, qm: Path) -> bool:
    """Run lrelease on *ts* into *qm*; return whether it worked."""
    import subprocess

    tool = find_lrelease()
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if result.returncode != 0 or not qm.exists():
        log.warning("lrelease failed: %s", result.stderr.strip())
        return False
    return True


def qm_file() -> Path | None:
    """The compiled Chinese translation: the bundled one, else one built on
    demand in the user data folder from the ``.ts`` (source checkouts)."""
    ts = ts_file()
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (getattr(sys, "frozen", False) or not ts.exists() or _newer(shipped, ts)):
        return shipped
    if not ts.exists():
        return None
    built = paths.data_dir() / "translations" / shipped.name
    if built.exists() and _newer(built, ts):
        return built
    return built if compile_qm(ts, built) else None


def _newer(a: Path, b: Path) -> bool:
    return os.stat(a).st_mtime >= os.stat(b).st_mtime


def locale_for(language: str) -> QLocale:
    """The QLocale the interface formats numbers and dates with."""
    return QLocale(QT_LOCALE_NAMES.get(language, "en_GB"))


def current_language() -> str:
    """The language last installed with install_language()."""
    return _current[0]


def install_language(language: str) -> bool:
    """Replace the installed translators with those of *language* ('zh' or
    'en'); returns whether a Stratdeck translation was loaded (always False
    for English, the source language)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language if language in LANGUAGES else "en"
    QLocale.setDefault(locale_for(_current[0]))
    if _current[0] == "en":
        return False
    loaded = False
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs
    if qt_own.load(f"qtbase_{QT_LOCALE_NAMES[language]}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    qm = qm_file()
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    else:
        log.warning("no Chinese translation found (%s); the interface stays English", qm)
    return loaded
