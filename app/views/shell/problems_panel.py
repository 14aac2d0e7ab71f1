"""The Problems panel: what the plan's rules find, one row per finding.
Activating a row opens the canvas and field it is about."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListView

from app.models.findings import WARNING
from app.views.common.list_model import ListModel
from app.views.common.service_text import finding_text


class FindingsModel(ListModel):
    """List model over the current findings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings = []

    def set_findings(self, findings: list) -> None:
        """Replace the shown findings."""
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def items(self) -> list:
        return self.findings

    def item_data(self, finding, row: int, role: int):
        if role == Qt.DisplayRole:
            return finding_text(finding)
        if role == Qt.ToolTipRole:
            return f"{finding_text(finding)} ({finding.rule})"
        if role == Qt.DecorationRole:
            return _severity_icon(finding.severity == WARNING)
        if role == Qt.UserRole:
            return finding
        return None


@cache
def _severity_icon(warning: bool):
    """A warning or an information sign from the window's icon set (drawn
    from the icon font, in the palette's warning or muted colour)."""
    from app.views.common import icons, style

    if warning:
        return icons.icon("warning-fill", style.WARN, style.WARN)
    return icons.icon("info", style.MUTED, style.MUTED)


class ProblemsPanel(QDockWidget):
    """Dock listing findings; emits ``activated`` with the chosen Finding.

    By default it lists the findings of the canvas on screen (the dashboard,
    which sums up the whole plan, shows all); "All canvases" lists every
    finding. The title bar's arrow collapses the list to the title line.
    ``counts_changed`` carries the number of findings per canvas (navigator
    badges)."""

    activated = Signal(object)
    counts_changed = Signal(dict)
    QUICK_SECONDS = 0.015  # rules faster than this run on every edit
    PAUSE_MS = 400
    WHOLE_PLAN_CANVASES = ("dashboard", "")

    def __init__(self, parent=None):
        super().__init__(parent, objectName="problems")
        self.all_findings: list = []
        self.collapsed = False
        self.canvas = ""
        self.model = FindingsModel(self)
        self.view = QListView(self, objectName="problems-list")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumHeight(28)  # one finding: a small window keeps its canvas
        self.view.clicked.connect(self._emit)
        self.view.activated.connect(self._emit)
        self.setWidget(self.view)
        self._build_title_bar()
        self._update_title()

    def _build_title_bar(self) -> None:
        from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QWidget

        bar = QWidget(self, objectName="problems-title")
        self.collapse_button = QToolButton(bar, objectName="problems-collapse")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setArrowType(Qt.DownArrow)
        self.collapse_button.setToolTip(self.tr("Collapse or expand the Problems panel"))
        self.collapse_button.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        self.title_label = QLabel(bar)
        self.title_label.setProperty("role", "section")
        self.all_box = QCheckBox(self.tr("All canvases"), bar, objectName="problems-all")
        self.all_box.setToolTip(self.tr("List the findings of every canvas, not only the one on screen"))
        self.all_box.toggled.connect(lambda _on: self._apply_filter())
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(4, 0, 8, 0)
        layout.addWidget(self.collapse_button)
        layout.addWidget(self.title_label)
        layout.addStretch(1)
        layout.addWidget(self.all_box)
        self.setTitleBarWidget(bar)
        self.collapsed = False

    def set_collapsed(self, collapsed: bool) -> None:
        """Show only the title line (collapsed) or the whole list."""
        self.collapsed = collapsed
        self.collapse_button.setArrowType(Qt.RightArrow if collapsed else Qt.DownArrow)
        self._apply_filter()

    def _fit_height(self, title_only: bool) -> None:
        if title_only:
            self.setMaximumHeight(self.titleBarWidget().sizeHint().height() + 4)
        else:
            self.setMaximumHeight(16777215)

    def set_canvas(self, key: str) -> None:
        """The canvas on screen: unless "All canvases" is on, list its findings."""
        self.canvas = key
        self._apply_filter()

    def shown_findings(self) -> list:
        """The findings the list shows now."""
        if self.all_box.isChecked() or self.canvas in self.WHOLE_PLAN_CANVASES:
            return list(self.all_findings)
        return [f for f in self.all_findings if f.canvas == self.canvas]

    def _apply_filter(self) -> None:
        self.model.set_findings(self.shown_findings())
        self._update_title()
        # nothing to list: only the title line, so the canvas gets the height
        empty = not self.model.findings
        self.view.setVisible(not (self.collapsed or empty))
        self._fit_height(self.collapsed or empty)

    def _emit(self, index) -> None:
        self.activated.emit(self.model.data(index, Qt.UserRole))

    def _update_title(self) -> None:
        shown, total = len(self.model.findings), len(self.all_findings)
        title = self.tr("Problems (%n)", "", total)
        if shown != total:
            title = (
                self.tr("Problems: %1 on this canvas, %2 in the plan")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )
        self.setWindowTitle(title)
        if hasattr(self, "title_label"):
            self.title_label.setText(title)

    def refresh(self, plan) -> None:
        """Re-run the rules on *plan* (None clears the list)."""
        import time

        self._pending = None
        started = time.perf_counter()
        findings = []
        if plan is not None:
            from app.services.plan import problems

            findings = problems.collect_findings(plan)
        self.all_findings = list(findings)
        self._apply_filter()
        counts: dict[str, int] = {}
        for finding in self.all_findings:
            counts[finding.canvas] = counts.get(finding.canvas, 0) + 1
        self.counts_changed.emit(counts)
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
