"""The Strategy & actions canvas (策略与行动): three tabs.

- **Pillars & initiatives**: the pillars on the left; the selected pillar's
  initiatives (owner, department, dates or quarter, status, priority, live
  cost) on the right, and under them the selected initiative's description
  and link pickers.
- **Responsibility matrix**: teams and partners × initiatives, R/A/C/I.
- **Checkpoints**: dates, what is checked, KPI thresholds, result, decision.

Every edit is one undo step; deleting a pillar asks first and one undo
brings back its initiatives with all their links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.models.money import money
from app.services.initiatives import service as svc
from app.services.plan.rows import plan_language
from app.views.common.canvas_editor import CanvasEditor
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.field_widgets import RefusalBanner
from app.views.common.widgets.splitter import splitter
from app.views.initiatives import dialogs
from app.views.initiatives.checkpoints_panel import CheckpointsPanel
from app.views.initiatives.columns import initiative_columns, pillar_columns
from app.views.initiatives.initiative_detail import InitiativeDetail
from app.views.initiatives.matrix_panel import MatrixPanel
from app.views.initiatives.rows_panel import RowActions, RowsPanel, RowTexts

TABS = ("initiatives", "raci", "checkpoints")


class InitiativesEditor(CanvasEditor):
    """Pillars, initiatives and their links; RACI; checkpoints."""

    follows_all_changes = True  # costs and link names come from the budget, calendar, KPIs…

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(document, parent)
        self.banner = RefusalBanner(self, "initiatives-banner")
        self.pillars = RowsPanel(
            document,
            "pillar",
            pillar_columns(),
            RowActions(
                svc.list_pillars,
                svc.update_pillar,
                lambda plan, index, rid, _context: svc.add_pillar(plan, {}, index, rid),
                svc.delete_pillar,
                svc.restore,
                svc.move_pillar,
            ),
            RowTexts(
                self.tr("Add pillar"),
                self.tr("Edit pillar"),
                self.tr("Delete pillar"),
                self.tr("Move pillar"),
                self.tr("No pillars yet. Add the few strategy pillars (策略支柱) the plan rests on."),
            ),
            self,
            confirm_delete=self.confirm_pillar_delete,
        )
        self.initiatives = RowsPanel(
            document,
            "initiative",
            initiative_columns(),
            RowActions(
                self._fetch_initiatives,
                svc.update_initiative,
                lambda plan, index, rid, pillar: svc.add_initiative(plan, pillar, {}, index, rid),
                svc.delete_initiative,
                svc.restore,
                svc.move_initiative,
            ),
            RowTexts(
                self.tr("Add initiative"),
                self.tr("Edit initiative"),
                self.tr("Delete initiative"),
                self.tr("Move initiative"),
                self.tr("Select a pillar, then add what you will do under it: owner, dates, status and links."),
            ),
            self,
            context=lambda: self.pillars.selected_id(),
        )
        for column, width in enumerate((220, 110, 110, 100, 100, 80, 90, 70, 110)):
            self.initiatives.table.setColumnWidth(column, width)
        self.pillars.table.setColumnWidth(0, 160)
        self.detail = InitiativeDetail(document, self)
        self.pillars.selected_changed.connect(lambda _id: self._pillar_changed())
        self.initiatives.selected_changed.connect(lambda _id: self._show_detail())
        right = splitter(self, (self.initiatives, self.detail), (3, 2), vertical=True, collapsible=False)
        strategy = splitter(self, (self.pillars, right), (1, 3))
        self.matrix = MatrixPanel(document, self)
        self.checkpoints = CheckpointsPanel(document, self)
        self.tabs = QTabWidget(self, objectName="initiatives-tabs")
        self.tabs.addTab(strategy, self.tr("Pillars && initiatives"))
        self.tabs.addTab(self.matrix, self.tr("Responsibility matrix"))
        self.tabs.addTab(self.checkpoints, self.tr("Checkpoints"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- reading ----------------------------------------------------------------
    def _fetch_initiatives(self, plan) -> list[dict]:
        pillar_id = self.pillars.selected_id() if hasattr(self, "pillars") else None
        if pillar_id is None:
            return []
        costs = svc.costs(plan)
        currency, language = svc.currency(plan), plan_language(plan)
        rows = svc.list_initiatives(plan, pillar_id)
        for row in rows:
            row["cost"] = costs.get(row["id"], {}).get("planned", 0)
            row["cost_text"] = money(row["cost"], currency, language)  # 480万元 / CNY 4.8M, read once per reload
        return rows

    def _pillar_changed(self) -> None:
        self.initiatives.reload()
        self.initiatives.add_button.setEnabled(self.pillars.selected_id() is not None and not self.document.read_only)
        self._show_detail()

    def _show_detail(self) -> None:
        selected = self.initiatives.selected_id()
        rows = {r["id"]: r for r in self.initiatives.model.rows}
        self.detail.show_initiative(rows.get(selected))

    def refresh(self, show_pillar: str | None = None) -> None:
        """Re-read everything the canvas shows; select *show_pillar* (a pillar
        just added, moved or brought back), else keep the selection (the first
        pillar when none is selected)."""
        self.pillars.reload()
        ids = [r["id"] for r in self.pillars.model.rows]
        if show_pillar in ids:
            self.pillars.select_id(show_pillar)
        elif self.pillars.selected_id() is None and ids:
            self.pillars.select_id(ids[0])
        self._pillar_changed()
        self.matrix.refresh()
        self.checkpoints.refresh()

    # -- editing ----------------------------------------------------------------
    def confirm_pillar_delete(self, pillar_id: str) -> bool:
        """Ask before deleting a pillar that has initiatives."""
        contents = svc.pillar_contents(self.document.plan, pillar_id)
        if contents["initiatives"] == 0:
            return True
        name = next((p["name"] for p in self.pillars.model.rows if p["id"] == pillar_id), "")
        message = self.tr("Delete the pillar '{name}' and its {count} initiatives?").format(
            name=name, count=contents["initiatives"]
        )
        details = self.tr(
            "Their {links} links and responsibility cells go with them. Undo brings all of it back."
        ).format(links=contents["links"])
        return dialogs.confirm_pillar_delete(self, message, details)

    def select_initiative(self, initiative_id: str) -> None:
        """Show an initiative: its pillar selected, its row selected."""
        rows = [r for r in svc.list_initiatives(self.document.plan) if r["id"] == initiative_id]
        if rows:
            self.tabs.setCurrentIndex(0)
            self.pillars.select_id(rows[0]["pillar_id"])
            self.initiatives.select_id(initiative_id)

    # -- following the plan -----------------------------------------------------
    def on_change(self, change) -> None:
        """Redraw after a committed change (this canvas's or another's). A
        field, a link or a RACI cell of one initiative redraws only what
        shows it, so typing and relinking stay within a frame."""
        if change.canvas != "initiatives":
            self.refresh()
            return
        self.banner.say("")
        if change.table == "initiative" and not change.structure:
            self._follow_initiative(change.ids[0], change.fields)
        elif change.table.startswith("initiative_") and change.extra.get("kind"):
            self._follow_links(change.ids[0], change.extra["kind"])
        elif change.table == "raci_cell":
            self.matrix.model.update_cell(*change.ids[:2])
        elif change.table == "initiative" and "old_pillar_id" in change.extra:
            self.refresh()
            self.select_initiative(change.ids[0])  # follow it into the pillar it now sits in
        else:
            self.refresh(change.ids[0] if change.table == "pillar" and change.ids else None)

    def _follow_initiative(self, initiative_id: str, fields: tuple[str, ...]) -> None:
        row = svc.get_initiative(self.document.plan, initiative_id)
        if row is None or not self.initiatives.replace_row(row):
            self.refresh()
            return
        if "name" in fields:
            self.matrix.model.reload()  # its row titles
        if (self.detail.current or {}).get("id") == initiative_id:
            self.detail.follow(row)

    def _follow_links(self, initiative_id: str, kind: str) -> None:
        if kind == "budget_line":
            self.initiatives.replace_row({"id": initiative_id, "cost": svc.cost_of(self.document.plan, initiative_id)})
        if (self.detail.current or {}).get("id") == initiative_id:
            self.detail.show_links(kind)
        else:
            self._show_detail()

    def on_failed(self, field: str, message: str) -> None:
        """An edit was refused: say why and show the stored values."""
        self.banner.say(message)
        self.refresh()

    def focus_field(self, field: str, item_id: str = "") -> None:
        """Show the row a finding is about (pillar, initiative, checkpoint or TOWS strategy)."""
        if item_id in {p["id"] for p in self.pillars.model.rows}:
            self.tabs.setCurrentIndex(0)
            self.pillars.select_id(item_id)
        elif item_id in {c["id"] for c in self.checkpoints.table.model.rows}:
            self.tabs.setCurrentIndex(2)
            self.checkpoints.table.select_id(item_id)
        elif field == "raci":
            self.select_initiative(item_id)
            self.tabs.setCurrentIndex(1)
        elif item_id:
            self.select_initiative(item_id)
            if field in ("kpi", "campaign"):
                self.detail.pickers[field].setFocus(Qt.OtherFocusReason)


def canvas_label() -> str:
    """The navigator's name of this canvas."""
    return QCoreApplication.translate("Canvases", "Strategy & actions")
