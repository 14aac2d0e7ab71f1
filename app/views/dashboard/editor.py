"""The plan dashboard, the first canvas: objectives with their KPI status,
the budget against its envelope, the next campaigns, the top risks and the
findings per canvas — the page a review meeting opens on. Read-only: each
entry opens the canvas where it is edited (``navigate``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from app.models.money import money as money_text
from app.views.common import style
from app.views.common.label_table import LabelTable
from app.views.common.locale_format import format_date
from app.views.dashboard.cards import Card, LinkLabel, StatusPill

STATUS_WORDS = LabelTable("DashboardEditor", {
    "green": QT_TRANSLATE_NOOP("DashboardEditor", "On track"),
    "amber": QT_TRANSLATE_NOOP("DashboardEditor", "At risk"),
    "red": QT_TRANSLATE_NOOP("DashboardEditor", "Off track"),
    "no_data": QT_TRANSLATE_NOOP("DashboardEditor", "No data"),
    "no_target": QT_TRANSLATE_NOOP("DashboardEditor", "No target"),
})


class DashboardEditor(QScrollArea):
    """One scrolling page of cards, rebuilt from the services when shown
    after a change (not on every keystroke while hidden)."""

    navigate = Signal(str, str, str)  # canvas, field, item id
    rebuilt = Signal()  # the cards were laid out anew
    follows_all_changes = True

    def __init__(self, document, parent=None):
        super().__init__(parent, objectName="dashboard")
        self.document = document
        self.findings: list | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.NoFrame)
        self.setFocusPolicy(Qt.StrongFocus)  # Tab lands on the page (arrows scroll) before its links exist
        self._stale = True
        self.summary = None
        self._scheduled = False
        self.schedule()  # once the Problems panel's findings have arrived too

    # -- following the plan ----------------------------------------------------
    def on_change(self, change) -> None:
        """Any change may move a figure: rebuild soon if on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self.schedule()

    def set_findings(self, findings: list) -> None:
        """The Problems panel's findings (so the rules do not run twice)."""
        self.findings = list(findings)
        self._stale = True
        if self.isVisible():
            self.schedule()

    def schedule(self) -> None:
        """One rebuild when control returns to the event loop, however many
        changes and findings arrive before it."""
        if not self._scheduled:
            from PySide6.QtCore import QTimer

            self._scheduled = True
            QTimer.singleShot(0, self._run_scheduled)

    def _run_scheduled(self) -> None:
        self._scheduled = False
        if self._stale and (self.isVisible() or self.summary is None):
            self.refresh()

    def showEvent(self, event) -> None:
        if self._stale:
            self.schedule()
        super().showEvent(event)

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Nothing on the dashboard is edited in place."""

    # -- drawing ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the dashboard from the services and lay out the cards."""
        from app.services.dashboard.summary import build_dashboard

        if self.document.plan.closed:
            return
        self._stale = False
        self.summary = build_dashboard(self.document.plan, findings=self.findings or [])
        page = QWidget(objectName="dashboard-body")
        grid = QGridLayout(page)
        grid.setContentsMargins(style.SPACE_XL, style.SPACE_L, style.SPACE_XL, style.SPACE_XL)
        grid.setHorizontalSpacing(style.SPACE_L)
        grid.setVerticalSpacing(style.SPACE_L)
        grid.addWidget(self._heading(page), 0, 0, 1, 2)
        grid.addWidget(self._objectives_card(page), 1, 0, 1, 2)
        grid.addWidget(self._budget_card(page), 2, 0)
        grid.addWidget(self._findings_card(page), 2, 1)
        grid.addWidget(self._campaigns_card(page), 3, 0)
        grid.addWidget(self._risks_card(page), 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        old = self.takeWidget()
        self.setWidget(page)
        if old is not None:
            old.deleteLater()
        self.rebuilt.emit()

    def _link(self, text: str, parent, canvas: str, field: str = "", item_id: str = "") -> LinkLabel:
        label = LinkLabel(text, parent)
        label.setToolTip(text)
        label.clicked.connect(lambda: self.navigate.emit(canvas, field, item_id))
        return label

    def _heading(self, parent) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.summary.title or self.tr("Untitled plan"), box)
        title.setProperty("role", "title")
        title.setObjectName("dashboard-title")
        title.setWordWrap(True)
        column.addWidget(title)
        start, end = self.summary.period
        if start and end:
            period = QLabel(
                self.tr("Plan period: %1 – %2").replace("%1", format_date(start)).replace("%2", format_date(end)), box
            )
            period.setProperty("role", "muted")
            column.addWidget(period)
        return box

    def status_text(self, status: str) -> str:
        """A KPI status in words (as on the KPI canvas)."""
        return STATUS_WORDS.text(status)

    def _objectives_card(self, parent) -> Card:
        card = Card(self.tr("Objectives and their KPIs"), "dashboard-objectives", parent)
        counts = self.summary.kpi_counts
        if counts:
            order = ("green", "amber", "red", "no_data", "no_target")
            line = " · ".join(f"{self.status_text(k)} {counts[k]}" for k in order if counts.get(k))
            overview = QLabel(self.tr("KPIs: %1").replace("%1", line), card)
            overview.setProperty("role", "muted")
            card.body.addWidget(overview)
        if not self.summary.objectives:
            card.body.addWidget(self._link(self.tr("No objectives yet: add them in the Overview."), card, "overview"))
            return card
        table = QGridLayout()
        table.setHorizontalSpacing(style.SPACE_L)
        table.setColumnStretch(0, 3)
        table.setColumnStretch(1, 2)
        for row, line in enumerate(self.summary.objectives):
            table.addWidget(self._link(line.text, card, "overview", "text", line.objective_id), row, 0)
            target = " · ".join(part for part in (line.metric, line.target) if part)
            target_label = QLabel(target, card)
            target_label.setWordWrap(True)
            target_label.setProperty("role", "muted")
            table.addWidget(target_label, row, 1)
            if line.status:
                pill = StatusPill(line.status, self.status_text(line.status), card)
                pill.setToolTip(self.tr("KPI: %1").replace("%1", line.kpi_name))
                table.addWidget(pill, row, 2)
                kpi = self._link(line.kpi_name, card, "kpis", "name", line.kpi_id)
                table.addWidget(kpi, row, 3)
            else:
                none = QLabel(self.tr("No matching KPI"), card)
                none.setProperty("role", "muted")
                table.addWidget(none, row, 2, 1, 2)
        table.setColumnStretch(3, 2)
        card.body.addLayout(table)
        return card

    def _budget_card(self, parent) -> Card:
        card = Card(self.tr("Budget"), "dashboard-budget", parent)
        money = self.summary.budget
        currency = money.currency or "CNY"
        rows = (
            (self.tr("Envelope"), money.envelope),
            (self.tr("Allocated to lines"), money.allocated),
            (self.tr("Reserve"), money.reserve),
            (self.tr("Unallocated"), money.unallocated),
            (self.tr("Actual to date"), money.actual),
        )
        figures = QGridLayout()
        for row, (label, amount) in enumerate(rows):
            figures.addWidget(QLabel(label, card), row, 0)
            value = QLabel(money_text(amount, currency, money.language), card)  # 8,000万元 / CNY 80.0M
            value.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if label == rows[3][0] and amount < 0:
                value.setStyleSheet(f"color:{style.BAD};font-weight:600;")
            figures.addWidget(value, row, 1)
        card.body.addLayout(figures)
        for name, share, text in (
            ("allocated-bar", money.allocated_share, self.tr("Allocated and reserve: %p% of the envelope")),
            (
                "actual-bar",
                money.actual / money.envelope if money.envelope else None,
                self.tr("Spent: %p% of the envelope"),
            ),
        ):
            bar = QProgressBar(card)
            bar.setObjectName(name)
            bar.setRange(0, 100)
            bar.setValue(round(min(1.0, share or 0.0) * 100))
            bar.setFormat(text)
            bar.setTextVisible(True)
            card.body.addWidget(bar)
        card.body.addWidget(self._link(self.tr("Open the budget"), card, "budget"))
        return card

    def _campaigns_card(self, parent) -> Card:
        card = Card(self.tr("Next campaigns"), "dashboard-campaigns", parent)
        empty = self.tr("No campaigns ahead: plan them in the calendar.")
        return self._fill_links(card, self.summary.next_campaigns, "calendar", "name", empty, self._campaign_line)

    def _campaign_line(self, campaign: dict) -> str:
        start, end = campaign.get("start_date"), campaign.get("end_date")
        when = f"{format_date(start)} – {format_date(end)}" if start and end else self.tr("No dates yet")
        return f"<b>{_escape(campaign.get('name') or self.tr('Untitled campaign'))}</b><br>{when}"

    def _risks_card(self, parent) -> Card:
        card = Card(self.tr("Top risks"), "dashboard-risks", parent)
        empty = self.tr("No open risks recorded.")
        return self._fill_links(card, self.summary.top_risks, "risks", "title", empty, self._risk_line)

    def _risk_line(self, risk: dict) -> str:
        score = self.tr("Score %1 (likelihood %2 × impact %3)")
        score = (
            score.replace("%1", str(risk["score"]))
            .replace("%2", str(risk.get("likelihood")))
            .replace("%3", str(risk.get("impact")))
        )
        return f"<b>{_escape(risk.get('title') or '')}</b><br>{score}"

    def _fill_links(self, card: Card, rows: list[dict], canvas: str, field: str, empty: str, line) -> Card:
        """List *rows* on *card*, each ``line(row)`` a link to its *field* on
        *canvas*; *empty* (a link to the canvas) when there are none."""
        if not rows:
            card.body.addWidget(self._link(empty, card, canvas))
        for row in rows:
            card.body.addWidget(self._link(line(row), card, canvas, field, row["id"]))
        card.body.addStretch(1)
        return card

    def _findings_card(self, parent) -> Card:
        from app.views.shell.canvases import canvas_entries

        card = Card(self.tr("Findings per canvas"), "dashboard-findings", parent)
        counts = self.summary.findings
        if not counts:
            ok = QLabel(self.tr("No findings: the rules have nothing to report."), card)
            ok.setProperty("role", "muted")
            card.body.addWidget(ok)
        for key, label, _factory in canvas_entries():
            if counts.get(key):
                text = self.tr("%1 — findings: %2").replace("%1", label).replace("%2", str(counts[key]))
                card.body.addWidget(self._link(text, card, key))
        card.body.addStretch(1)
        return card


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
