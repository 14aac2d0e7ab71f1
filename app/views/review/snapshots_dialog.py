"""File › Snapshots…: the plan's snapshots, newest first, with what can be
done with one: open it read-only, compare it with the plan, restore it as a
new plan, delete it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.services.review import snapshots
from app.views.common.locale_format import format_datetime, format_size


def kind_label(kind: str) -> str:
    """The kind of a snapshot in the interface language."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "manual": QCoreApplication.translate("SnapshotsDialog", "Snapshot"),
        "review": QCoreApplication.translate("SnapshotsDialog", "Reviewed (deck export)"),
        "shared-copy": QCoreApplication.translate("SnapshotsDialog", "Copy sent"),
    }
    return labels.get(kind, kind)


def taken_label(taken_at: str) -> str:
    """When a snapshot was taken, in the interface's format."""
    try:
        return format_datetime(dt.datetime.fromisoformat(taken_at).replace(tzinfo=None))
    except ValueError:
        return taken_at


class SnapshotsDialog(QDialog):
    """Lists snapshots; each button emits the chosen snapshot's id."""

    open_requested = Signal(str)
    compare_requested = Signal(str)
    restore_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, plan, parent=None):
        super().__init__(parent, objectName="snapshots")
        self.setWindowTitle(self.tr("Snapshots"))
        self.plan = plan
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self, objectName="snapshot-list")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Note")]
        )
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, signal in (
            ("open", self.tr("Open read-only"), self.open_requested),
            ("compare", self.tr("Compare with the plan"), self.compare_requested),
            ("restore", self.tr("Restore as new plan…"), self.restore_requested),
            ("delete", self.tr("Delete"), self.delete_requested),
        ):
            button = QPushButton(text, self, objectName=f"snapshot-{key}")
            button.clicked.connect(lambda _checked=False, s=signal: self._emit(s))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.resize(760, 380)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after a snapshot was taken or deleted)."""
        current = self.current_id()
        self.items = snapshots.list_snapshots(self.plan)
        self.tree.clear()
        for info in self.items:
            note = " ".join(info.note.split())
            item = QTreeWidgetItem(
                [info.name, taken_label(info.taken_at), kind_label(info.kind), format_size(info.stored_bytes), note]
            )
            item.setToolTip(4, info.note)
            self.tree.addTopLevelItem(item)
            if info.id == current or (current is None and self.tree.topLevelItemCount() == 1):
                self.tree.setCurrentItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        if self.items:
            self.intro.setText(
                self.tr("Snapshots are kept inside the plan file. Taking or deleting one never changes the plan.")
            )
        else:
            self.intro.setText(self.tr("This plan has no snapshots yet. Use File › Take Snapshot… to keep one."))
        self._update_buttons()

    def current_id(self) -> str | None:
        """Id of the selected snapshot, or None."""
        item = self.tree.currentItem() if hasattr(self, "items") else None
        if item is None:
            return None
        return self.items[self.tree.indexOfTopLevelItem(item)].id

    def select(self, snapshot_id: str) -> None:
        """Select the snapshot *snapshot_id*."""
        for row, info in enumerate(self.items):
            if info.id == snapshot_id:
                self.tree.setCurrentItem(self.tree.topLevelItem(row))

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for key, button in self.buttons.items():
            button.setEnabled(chosen and not (key == "delete" and self.plan.read_only))

    def _emit(self, signal) -> None:
        snapshot_id = self.current_id()
        if snapshot_id is not None:
            signal.emit(snapshot_id)
