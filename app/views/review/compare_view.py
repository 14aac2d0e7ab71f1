"""Compare: pick two versions of the plan (the plan now, a snapshot, or
another copy of the same plan) and see, per canvas, the rows added, removed
and changed with each field's before → after, and the figures that moved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.services.plan.errors import StratdeckError
from app.services.review import snapshots
from app.services.review.diff import diff_documents
from app.services.review.documents import live_document, plan_id
from app.services.review.figures import figure_changes
from app.views.common import dialogs
from app.views.common.message_text import message_text
from app.views.review import review_text
from app.views.review.snapshots_dialog import taken_label

LIVE, OTHER_FILE = "live", "file"


class CompareView(QDialog):
    """Two source pickers and the tree of changes (it does not block)."""

    def __init__(self, plan, parent=None):
        super().__init__(parent, objectName="compare")
        self.setWindowTitle(self.tr("Compare"))
        self.plan = plan
        self.other_files: dict[str, str] = {}
        self.old_box, self.new_box = QComboBox(self), QComboBox(self)
        self.old_box.setObjectName("compare-from")
        self.new_box.setObjectName("compare-to")
        self.summary = QLabel(self, objectName="compare-summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self, objectName="compare-tree")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Before"), self.tr("After")])
        form = QFormLayout()
        form.addRow(self.tr("From"), self.old_box)
        form.addRow(self.tr("To"), self.new_box)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(close)
        self.resize(900, 600)
        self.fill_sources()
        self.old_box.activated.connect(lambda _i: self._picked(self.old_box))
        self.new_box.activated.connect(lambda _i: self._picked(self.new_box))

    def fill_sources(self) -> None:
        """The plan now, every snapshot, and "another copy…" in both pickers."""
        for box in (self.old_box, self.new_box):
            box.clear()
            box.addItem(self.tr("The plan now"), LIVE)
            for info in snapshots.list_snapshots(self.plan):
                box.addItem(
                    self.tr("Snapshot “%1” · %2").replace("%1", info.name).replace("%2", taken_label(info.taken_at)),
                    info.id,
                )
            box.addItem(self.tr("Another copy of this plan…"), OTHER_FILE)
        if self.old_box.count() > 2:
            self.old_box.setCurrentIndex(1)  # the newest snapshot → the plan now
        self.compare()

    def choose(self, old: str, new: str) -> None:
        """Compare the sources *old* and *new* (LIVE, a snapshot id, or a file path)."""
        for box, key in ((self.old_box, old), (self.new_box, new)):
            if box.findData(key) < 0:
                self._add_file(box, key)
            box.setCurrentIndex(box.findData(key))
        self.compare()

    def _add_file(self, box: QComboBox, path: str) -> None:
        box.insertItem(box.count() - 1, self.tr("Copy: %s") % Path(path).name, path)

    def _picked(self, box: QComboBox) -> None:
        if box.currentData() == OTHER_FILE:
            path = dialogs.choose_open_path(self)
            if not path:
                box.setCurrentIndex(0)
            else:
                if box.findData(path) < 0:
                    self._add_file(box, path)
                box.setCurrentIndex(box.findData(path))
        self.compare()

    def _document(self, key: str) -> dict:
        from app.services.plan.storage.plan_file import PlanFile

        if key == LIVE:
            return live_document(self.plan.conn)
        if key in {s.id for s in snapshots.list_snapshots(self.plan)}:
            return snapshots.read_snapshot(self.plan, key)
        with PlanFile.open(Path(key), read_only=True) as other:
            return live_document(other.conn)

    def compare(self) -> bool:
        """Work out the diff of the two chosen sources and show it."""
        self.tree.clear()
        try:
            old, new = self._document(self.old_box.currentData()), self._document(self.new_box.currentData())
        except StratdeckError as exc:
            self.summary.setText(message_text(exc))
            return False
        if plan_id(old) != plan_id(new):
            self.summary.setText(self.tr("These are not copies of the same plan (their plan ids differ)."))
            return False
        result = diff_documents(old, new)
        moved = figure_changes(old, new)
        counts = result.counts()
        if result.is_empty:
            self.summary.setText(self.tr("No differences."))
        else:
            self.summary.setText(
                self.tr("%1 added, %2 removed, %3 changed; %4 figures moved.")
                .replace("%1", str(counts["added"]))
                .replace("%2", str(counts["removed"]))
                .replace("%3", str(counts["changed"]))
                .replace("%4", str(len(moved)))
            )
        self._fill(result, moved)
        return True

    def _fill(self, result, moved) -> None:
        if moved:
            top = QTreeWidgetItem([self.tr("Figures that moved")])
            self.tree.addTopLevelItem(top)
            for figure in moved:
                part = review_text.figure_part(figure.kind, figure.key, figure.label)
                what = f"{review_text.FIGURE_KINDS.text(figure.kind)}: {part}"
                QTreeWidgetItem(
                    top,
                    [
                        what,
                        review_text.figure_value(figure.kind, figure.before),
                        review_text.figure_value(figure.kind, figure.after),
                    ],
                )
            top.setExpanded(True)
        for canvas, changes in result.by_canvas().items():
            top = QTreeWidgetItem([f"{review_text.canvas_name(canvas)} ({len(changes)})"])
            self.tree.addTopLevelItem(top)
            for change in changes:
                kind = review_text.CHANGE_KINDS.text(change.kind)
                what = f"{kind}: {review_text.table_name(change.table)} “{change.label}”"
                item = QTreeWidgetItem(top, [what])
                for field in change.fields:
                    QTreeWidgetItem(
                        item,
                        [
                            review_text.field_name(field.field),
                            review_text.field_value(change.table, field.field, field.before),
                            review_text.field_value(change.table, field.field, field.after),
                        ],
                    )
                item.setExpanded(len(change.fields) <= 6)
            top.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 480))
