"""What the review menu items do in a main window: take a snapshot, list
snapshots, compare, merge a copy, send a copy, and "mark as reviewed" in
the deck export dialog. Each asks a service and reports; no SQL here."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from app.services.plan.errors import StratdeckError
from app.views.common import dialogs, settings
from app.views.common.message_text import message_text


def _status(window, text: str) -> None:
    window.statusBar().showMessage(text, 8000)


def _refresh_snapshot_views(window) -> None:
    for name in ("snapshots_dialog", "compare_view"):
        view = getattr(window, name, None)
        if view is not None and view.isVisible():
            view.refresh() if name == "snapshots_dialog" else view.fill_sources()


def take_snapshot(window) -> None:
    """File › Take Snapshot…: ask for a name and a note (it does not block)."""
    from app.views.review.take_snapshot_dialog import TakeSnapshotDialog

    if window.document is None or window.document.read_only:
        return
    suggested = QCoreApplication.translate("ReviewActions", "Snapshot %s") % dt.date.today().isoformat()
    dialog = TakeSnapshotDialog(suggested, window)
    dialog.chosen.connect(lambda name, note: record_snapshot(window, name, note))
    window.take_snapshot_dialog = dialog
    dialog.open()


def record_snapshot(window, name: str, note: str = "", kind: str = "manual") -> bool:
    """Take a snapshot as an undoable command; say so in the status bar."""
    from app.views.review.commands import TakeSnapshotCommand

    if not window.document.execute(TakeSnapshotCommand(window.document, name, note, kind)):
        return False
    _status(window, QCoreApplication.translate("ReviewActions", "Snapshot “%s” taken.") % name)
    _refresh_snapshot_views(window)
    return True


def _follow(dialog, change) -> None:
    if change.canvas in ("review", "*") and dialog.isVisible():
        dialog.refresh()


def show_snapshots(window) -> None:
    """File › Snapshots…: the list and what can be done with one."""
    from app.views.review.snapshots_dialog import SnapshotsDialog

    if window.document is None:
        return
    dialog = SnapshotsDialog(window.document.plan, window)
    dialog.open_requested.connect(lambda sid: open_snapshot(window, sid))
    dialog.compare_requested.connect(lambda sid: show_compare(window, sid))
    dialog.restore_requested.connect(lambda sid: restore_snapshot(window, sid))
    dialog.delete_requested.connect(lambda sid: delete_snapshot(window, sid))
    window.document.changed.connect(lambda change: _follow(dialog, change))  # undo/redo of a snapshot
    window.snapshots_dialog = dialog
    dialog.open()


def _snapshot_file(window, snapshot_id: str, folder: Path) -> Path | None:
    from app.services.review import snapshots

    plan = window.document.plan
    try:
        info = snapshots.snapshot_info(plan, snapshot_id)
        safe = "".join(c if c.isalnum() or c in " -_·" else "_" for c in info.name)[:60]
        return snapshots.restore_as_new_plan(plan, snapshot_id, folder / f"{plan.path.stem} · {safe}.stratdeck")
    except StratdeckError as exc:
        dialogs.show_error(window, QCoreApplication.translate("ReviewActions", "Snapshot"), message_text(exc))
        return None


def open_snapshot(window, snapshot_id: str):
    """Open a snapshot read-only in a window of its own. The snapshot is
    written to a temporary plan file, removed when that window closes (or
    the application quits with it open)."""
    import shutil

    from app.views.shell.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="stratdeck-snapshot-"))
    path = _snapshot_file(window, snapshot_id, folder)
    other = MainWindow() if path is not None else None
    if other is None or not other.open_plan(str(path), read_only=True):
        if other is not None:
            other.deleteLater()
        shutil.rmtree(folder, ignore_errors=True)
        return None
    other.snapshot_folder = _RemovedOnClose(other, folder)
    window.snapshot_windows = [*getattr(window, "snapshot_windows", []), other]
    other.show()
    return other


class _RemovedOnClose(QObject):
    """Removes a snapshot window's temporary folder once the window has
    closed (its plan is read from a private copy, so nothing holds the file)."""

    def __init__(self, other, folder: Path):
        super().__init__(other)
        self.other, self.folder = other, folder
        other.installEventFilter(self)
        QCoreApplication.instance().aboutToQuit.connect(self.remove)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Close:
            QTimer.singleShot(0, self._remove_if_closed)  # after the window has accepted (or refused) the close
        return False

    def _remove_if_closed(self) -> None:
        if not self.other.isVisible():
            self.remove()

    def remove(self) -> None:
        """Delete the temporary folder (again is harmless)."""
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)


def restore_snapshot(window, snapshot_id: str) -> str | None:
    """Write a snapshot as a new plan file chosen by the user and open it."""
    path = dialogs.choose_save_path(
        window, QCoreApplication.translate("ReviewActions", "Restore snapshot as a new plan")
    )
    if not path:
        return None
    if Path(path).exists():
        dialogs.show_error(
            window,
            QCoreApplication.translate("ReviewActions", "Restore snapshot"),
            QCoreApplication.translate("ReviewActions", "%s already exists; choose another name.") % path,
        )
        return None
    from app.services.review import snapshots

    try:
        snapshots.restore_as_new_plan(window.document.plan, snapshot_id, Path(path))
    except StratdeckError as exc:
        dialogs.show_error(
            window, QCoreApplication.translate("ReviewActions", "Restore snapshot"), message_text(exc)
        )
        return None
    _status(window, QCoreApplication.translate("ReviewActions", "The snapshot was written to %s.") % path)
    return path


def delete_snapshot(window, snapshot_id: str) -> bool:
    """Delete a snapshot (Edit › Undo puts it back)."""
    from app.views.review.commands import DeleteSnapshotCommand

    if window.document.read_only or not window.document.execute(DeleteSnapshotCommand(window.document, snapshot_id)):
        return False
    _refresh_snapshot_views(window)
    return True


def show_compare(window, old: str | None = None, new: str | None = None):
    """File › Compare…: the Compare view (it does not block)."""
    from app.views.review.compare_view import LIVE, CompareView

    if window.document is None:
        return None
    view = CompareView(window.document.plan, window)
    if old is not None:
        view.choose(old, new or LIVE)
    window.compare_view = view
    view.open()
    return view


def merge_copy(window, path: str | None = None):
    """File › Merge a Copy…: pick the other copy, resolve conflicts, merge."""
    from app.services.review import copies
    from app.views.review.merge_dialog import MergeDialog

    if window.document is None or window.document.read_only:
        return None
    path = path or dialogs.choose_open_path(window)
    if not path:
        return None
    try:
        inputs, result = copies.merge_files(window.document.plan, Path(path))
    except StratdeckError as exc:
        dialogs.show_error(window, QCoreApplication.translate("ReviewActions", "Merge a copy"), message_text(exc))
        return None
    dialog = MergeDialog(inputs, result, Path(path).name, window)
    dialog.resolved.connect(lambda chosen: apply_merge(window, Path(path), chosen))
    window.merge_dialog = dialog
    dialog.open()
    return dialog


def apply_merge(window, path: Path, resolutions: dict) -> bool:
    """Merge with the user's choices as one undoable step (a backup first)."""
    from app.services.review import copies
    from app.views.review.commands import MergeCommand

    try:
        inputs, result = copies.merge_files(window.document.plan, path, resolutions)
    except StratdeckError as exc:
        dialogs.show_error(window, QCoreApplication.translate("ReviewActions", "Merge a copy"), message_text(exc))
        return False
    if not window.document.execute(MergeCommand(window.document, inputs, result, settings.backups_to_keep())):
        return False
    _status(window, QCoreApplication.translate("ReviewActions", "Merged %s.") % path.name)
    return True


def send_copy(window) -> str | None:
    """File › Send a Copy…: write a copy for a colleague and record the
    snapshot both files share, so their edits can be merged later."""
    from app.services.review import copies

    if window.document is None or window.document.read_only:
        return None
    current = window.document.plan.path
    path = dialogs.choose_save_path(
        window,
        QCoreApplication.translate("ReviewActions", "Send a copy"),
        str(current.with_name(current.stem + " (copy)")),
    )
    if not path or Path(path).resolve() == current.resolve():
        return None
    try:
        copies.send_copy(
            window.document.plan, Path(path), QCoreApplication.translate("ReviewActions", "Sent: %s") % Path(path).stem
        )
    except StratdeckError as exc:
        dialogs.show_error(window, QCoreApplication.translate("ReviewActions", "Send a copy"), message_text(exc))
        return None
    _status(
        window,
        QCoreApplication.translate("ReviewActions", "Copy written to %s. Merge it back with File › Merge a Copy….")
        % path,
    )
    _refresh_snapshot_views(window)
    return path


def attach_to_export(window, dialog) -> None:
    """Offer "mark as reviewed" in the deck export dialog of a writable plan:
    a snapshot of kind "review" is taken just before the deck renders."""
    if window.document is None or window.document.read_only:
        return

    def take() -> str:
        name = QCoreApplication.translate("ReviewActions", "Reviewed %s") % dt.date.today().isoformat()
        note = QCoreApplication.translate("ReviewActions", "Deck exported to %s") % Path(dialog.path_edit.text()).name
        return (
            ""
            if record_snapshot(window, name, note, "review")
            else QCoreApplication.translate("ReviewActions", "The snapshot could not be taken.")
        )

    dialog.take_review_snapshot = take
    dialog.review_box.setVisible(True)
