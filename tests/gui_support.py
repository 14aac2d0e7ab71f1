"""Helpers for GUI tests: a window with its settings, data folder and dialogs
redirected, so no test touches the user's profile or blocks on a dialog."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class DialogLog:
    """What the patched dialogs were asked and what they answer."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    infos: list[tuple[str, str]] = field(default_factory=list)
    read_only_questions: list[str] = field(default_factory=list)
    answer_read_only: bool = True
    save_path: str | None = None
    open_path: str | None = None
    image_path: str | None = None
    color: str | None = None
    confirmations: list[str] = field(default_factory=list)
    answer_confirm: bool = True


def patch_dialogs(monkeypatch) -> DialogLog:
    """Replace every dialog in app.views.common.dialogs with a recorder."""
    from app.views.common import dialogs

    log = DialogLog()

    def show_error(parent, title, message, details=""):
        log.errors.append((title, message + ("\n" + details if details else "")))

    def ask(parent, message):
        log.read_only_questions.append(message)
        return log.answer_read_only

    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, message: log.infos.append((title, message)))
    monkeypatch.setattr(dialogs, "ask_open_read_only", ask)
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *a, **k: log.save_path)
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *a, **k: log.open_path)
    monkeypatch.setattr(dialogs, "choose_image_path", lambda *a, **k: log.image_path)
    monkeypatch.setattr(dialogs, "choose_color", lambda *a, **k: log.color)
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *a, **k: log.save_path)

    def confirm(parent, message, details=""):
        log.confirmations.append(message + ("\n" + details if details else ""))
        return log.answer_confirm

    monkeypatch.setattr(dialogs, "confirm_swot_delete", confirm)
    monkeypatch.setattr(dialogs, "confirm_channel_delete", confirm)
    from app.views.initiatives import dialogs as initiative_dialogs

    monkeypatch.setattr(initiative_dialogs, "confirm_pillar_delete", confirm)
    return log


def stored_rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows read straight from the plan file (read-only connection), as another program would."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored(path: Path, sql: str, params: tuple = ()):
    """Read a value straight from the plan file, as another program would."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()
