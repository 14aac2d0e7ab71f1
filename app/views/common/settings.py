"""Application settings (QSettings, INI format) and the recent-plans list.

Tests redirect QSettings to a temporary folder (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

MAX_RECENT = 10


def app_settings() -> QSettings:
    """The user's Stratdeck settings."""
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "Stratdeck", "Stratdeck")


def recent_plans() -> list[str]:
    """Recent plan paths, newest first, that still exist."""
    value = app_settings().value("files/recent", [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [p for p in paths if Path(p).exists()]


def remember_plan(path: str) -> None:
    """Put *path* first in the recent list and record it as the last plan."""
    path = str(Path(path).resolve())
    settings = app_settings()
    paths = [p for p in recent_plans() if p != path]
    settings.setValue("files/recent", [path, *paths][:MAX_RECENT])
    settings.setValue("files/last", path)


def forget_last_plan() -> None:
    """The last plan was closed on purpose: start on the start page."""
    app_settings().setValue("files/last", "")


def last_plan() -> str | None:
    """The plan open when the app last quit, if it still exists."""
    value = app_settings().value("files/last", "")
    return value if value and Path(value).exists() else None


def backups_to_keep() -> int:
    """How many rotating backups to keep per plan (default 10)."""
    from app.services.plan.storage.backups import DEFAULT_KEEP

    try:
        return max(0, int(app_settings().value("backups/keep", DEFAULT_KEEP)))
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def set_backups_to_keep(count: int) -> None:
    """Preferences: how many rotating backups to keep per plan."""
    app_settings().setValue("backups/keep", max(0, int(count)))


def chosen_language() -> str:
    """The Preferences choice: 'zh', 'en', or '' for the system language."""
    chosen = app_settings().value("ui/language", "")
    return chosen if chosen in ("zh", "en") else ""


def set_interface_language(language: str) -> None:
    """Preferences: 'zh', 'en', or '' to follow the system language."""
    app_settings().setValue("ui/language", language if language in ("zh", "en") else "")


def interface_language() -> str:
    """'zh' or 'en': the Preferences choice, else the system locale."""
    chosen = app_settings().value("ui/language", "")
    if chosen in ("zh", "en"):
        return chosen
    return "zh" if QLocale.system().language() == QLocale.Chinese else "en"


def mark_session_started() -> bool:
    """Record that the app is running; return True when the previous run
    did not end cleanly (a crash or a kill)."""
    settings = app_settings()
    crashed = settings.value("session/running", "false") in (True, "true")
    settings.setValue("session/running", "true")
    settings.sync()
    return crashed


def mark_session_ended() -> None:
    """The app is quitting normally."""
    settings = app_settings()
    settings.setValue("session/running", "false")
    settings.sync()
