"""Where Stratdeck keeps its data and finds its resources, from source and
from the PyInstaller bundle alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Stratdeck"


def data_dir(create: bool = True) -> Path:
    """The per-user data folder (logs, backups); created on demand unless
    *create* is false.

    ``STRATDECK_DATA_DIR`` overrides it (tests point it at a temporary folder)."""
    override = os.environ.get("STRATDECK_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_DIR_NAME.lower()
    if create:
        base.mkdir(parents=True, exist_ok=True)
    return base


def log_dir() -> Path:
    """Folder of the application log."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_root() -> Path:
    """Folder holding the rotating backups of every plan."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The bundled ``resources/`` folder.

    From source it is the checkout's ``resources/``. In the PyInstaller
    bundle (``sys.frozen``) it is ``resources/`` in the bundle's data folder,
    ``sys._MEIPASS``: ``_internal/`` beside the executable, or
    ``Contents/Frameworks`` in the macOS app (PyInstaller links the data
    there from ``Contents/Resources``). build/stratdeck.spec puts it there."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent)) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def samples_dir() -> Path:
    """Folder of the bundled sample plans (JSON exchange files)."""
    return resources_dir() / "samples"


def icon_file() -> Path:
    """The application icon (PNG), for the window and the desktop entry."""
    return resources_dir() / "icons" / "stratdeck.png"


def translations_dir() -> Path:
    """Folder of the interface translations (``*.qm``), when there are any."""
    return resources_dir() / "translations"
