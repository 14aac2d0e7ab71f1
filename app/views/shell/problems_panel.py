"""The Problems panel: what the plan's rules find, one row per finding.
Activating a row opens the canvas and field it is about."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListView, QStyle

from app.models.findings import WARNING
from app.views.common.service_text import finding_text


class FindingsModel(QAbstractListModel):
    """List model over the current findings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings = []

    def set_findings(self, findings: list) -> None:
        """Replace the shown findings."""
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        if role == Qt.DisplayRole:
            return finding_text(finding)
        if role == Qt.ToolTipRole:
            return f"{finding_text(finding)} ({finding.rule})"
        if role == Qt.DecorationRole:
            icon = QStyle.SP_MessageBoxWarning if finding.severity == WARNING else QStyle.SP_MessageBoxInformation
            from PySide6.QtWidgets import QApplication

            return QApplication.style().standardIcon(icon)
        if role == Qt.UserRole:
            return finding
        return None


class ProblemsPanel(QDockWidget):
    """Dock listing findings; emits ``activated`` with the chosen Finding."""

    activated = Signal(object)
    QUICK_SECONDS = 0.015  # rules faster than this run on every edit
    PAUSE_MS = 400

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("problems")
        self.model = FindingsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("problems-list")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.clicked.connect(self._emit)
        self.view.activated.connect(self._emit)
        self.setWidget(self.view)
        self._update_title()

    def _emit(self, index) -> None:
        self.activated.emit(self.model.data(index, Qt.UserRole))

    def _update_title(self) -> None:
        count = len(self.model.findings)
        self.setWindowTitle(self.tr("Problems (%n)", "", count))

    def refresh(self, plan) -> None:
        """Re-run the rules on *plan* (None clears the list)."""
        import time

        self._pending = None
        started = time.perf_counter()
        findings = []
        if plan is not None:
            from app.services.plan import problems

            findings = problems.collect_findings(plan)
        self.model.set_findings(findings)
        self._update_title()
        self.last_run_seconds = time.perf_counter() - started

    def _run_pending(self) -> None:
        plan, self._pending = self._pending, None
        if plan is not None and not plan.closed:  # the plan may have closed during the pause
            self.refresh(plan)

    def refresh_after_edit(self, plan) -> None:
        """Refresh after an edit: at once while the rules are quick (a
        typical plan), else once typing pauses, so a large plan's rules
        never make typing stutter."""
        if getattr(self, "last_run_seconds", 0.0) < self.QUICK_SECONDS:
            self.refresh(plan)
            return
        self._pending = plan
        if not hasattr(self, "_timer"):
            from PySide6.QtCore import QTimer

            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(self.PAUSE_MS)
            self._timer.timeout.connect(self._run_pending)
        self._timer.start()
