"""The detail pane of the selected initiative: its description, its live
cost and one picker per kind of link (TOWS strategies, objectives,
campaigns, budget lines, KPIs, risks). Ticking or unticking a row is one
undo step; typing in the description merges into one step per session."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from app.models.initiatives import rules
from app.models.money import money
from app.services.initiatives import service as svc
from app.services.plan.rows import plan_language
from app.views.common.plan_document import PlanDocument
from app.views.common.row_commands import SetValueCommand
from app.views.common.widgets.field_widgets import PlanTextEdit
from app.views.initiatives import service_text as text
from app.views.initiatives.move_command import MoveToPillarCommand
from app.views.risks.crisis_commands import EditFieldCommand


class InitiativeDetail(QGroupBox):
    """Description, cost and link pickers of one initiative; ``show_initiative(row)`` fills it."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent, objectName="initiative-detail")
        self.document = document
        self.current: dict | None = None
        self.session = 0
        self._filling = False
        self.description = PlanTextEdit(
            self, objectName="initiative-detail-description", tabChangesFocus=True, minimumHeight=50, maximumHeight=110
        )
        self.description.textChanged.connect(self._description_edited)
        self.description.session_ended.connect(self._end_session)
        self.cost = QLabel(self, objectName="initiative-cost")
        self.cost.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)  # new text does not re-lay out the pane
        self.move_button = QPushButton(
            self.tr("Move to pillar…"),
            self,
            objectName="initiative-move-to-pillar",
            toolTip=self.tr("Move this initiative to the end of another pillar"),
        )
        self.move_menu = QMenu(self.move_button)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.move_button.setMenu(self.move_menu)
        self.pickers: dict[str, QListWidget] = {}
        self.items: dict[str, dict[str, QListWidgetItem]] = {}  # kind → {row id: its item}
        self.shown: dict[str, list[tuple[str, str]]] = {}  # kind → the (id, label) choices listed
        pickers = QGridLayout()
        for n, (kind, title) in enumerate(text.LINK_TITLES.translated().items()):
            picker = QListWidget(self, objectName=f"initiative-links-{kind}")
            picker.setAccessibleName(title)
            picker.setUniformItemSizes(True)  # a tick does not re-measure every row
            picker.itemChanged.connect(lambda item, k=kind: self._links_edited(k, item))
            self.pickers[kind] = picker
            label = QLabel(title, self)
            label.setBuddy(picker)
            pickers.addWidget(label, (n // 3) * 2, n % 3)
            pickers.addWidget(picker, (n // 3) * 2 + 1, n % 3)
        description_label = QLabel(self.tr("Description"), self)
        description_label.setBuddy(self.description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(description_label)
        layout.addWidget(self.description)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost, 1)
        cost_row.addWidget(self.move_button)
        layout.addLayout(cost_row)
        layout.addLayout(pickers, 1)
        self.show_initiative(None)

    def _end_session(self) -> None:
        self.session += 1

    # -- editing --------------------------------------------------------------
    def _description_edited(self) -> None:
        if self._filling or self.current is None:
            return
        value = self.description.toPlainText()
        if value == (self.current.get("description") or ""):
            return
        command = EditFieldCommand(
            self.document, self.tr("Edit initiative"), svc.update_initiative, self.current["id"], "description",
            self.current.get("description") or "", value, self.session,
        )  # fmt: skip
        self.document.execute(command)

    def ticked(self, kind: str) -> list[str]:
        """The ids ticked in one picker, in the picker's order."""
        picker = self.pickers[kind]
        items = (picker.item(n) for n in range(picker.count()))
        return [item.data(Qt.UserRole) for item in items if item.checkState() == Qt.Checked]

    def _links_edited(self, kind: str, item: QListWidgetItem) -> None:
        """A row was ticked (linked, at the end) or unticked (unlinked)."""
        if self._filling or self.current is None:
            return
        old = svc.links(self.document.plan, self.current["id"], kind)
        row_id = item.data(Qt.UserRole)
        new = [i for i in old if i != row_id] + ([row_id] if item.checkState() == Qt.Checked else [])
        if new != old:
            self.set_links(kind, new)

    def set_links(self, kind: str, ids: list[str]) -> bool:
        """Link exactly *ids* of *kind* to the shown initiative (one undo step)."""
        initiative_id = self.current["id"]
        old = svc.links(self.document.plan, initiative_id, kind)
        setter = partial(_set_links, initiative_id=initiative_id, kind=kind)
        return self.document.execute(SetValueCommand(self.document, self.tr("Change links"), setter, old, ids))

    def move_targets(self) -> list[tuple[str, str]]:
        """(id, name) of the pillars the shown initiative can move to."""
        if self.current is None:
            return []
        pillars = svc.list_pillars(self.document.plan)
        return [(p["id"], p["name"] or self.tr("(untitled)")) for p in pillars if p["id"] != self.current["pillar_id"]]

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        targets = self.move_targets()
        for pillar_id, name in targets:
            action = self.move_menu.addAction(name)
            action.setData(pillar_id)
            action.triggered.connect(lambda _checked=False, p=pillar_id: self.move_to_pillar(p))
        if not targets:
            self.move_menu.addAction(self.tr("No other pillar")).setEnabled(False)

    def move_to_pillar(self, pillar_id: str) -> bool:
        """Move the shown initiative to the end of *pillar_id* (one undo step;
        undo puts it back exactly where it was)."""
        if self.current is None:
            return False
        return self.document.execute(MoveToPillarCommand(self.document, self.current["id"], pillar_id))

    # -- showing --------------------------------------------------------------
    def show_initiative(self, row: dict | None) -> None:
        """Show *row* (None: an empty, disabled pane)."""
        if (row or {}).get("id") != (self.current or {}).get("id"):
            self.session += 1
        self.current = row
        self._filling = True
        try:
            name = (row or {}).get("name") or ""
            self.setTitle(
                self.tr("Initiative: {name}").format(name=name)
                if row
                else self.tr("Initiative: select one in the table to see its links")
            )
            self.description.set_value((row or {}).get("description") or "")
            plan = self.document.plan
            for kind in rules.LINK_KINDS:
                self._fill_picker(kind, svc.link_choices(plan, kind), svc.links(plan, row["id"], kind) if row else [])
            self._show_cost()
        finally:
            self._filling = False
        self.setEnabled(row is not None and not self.document.read_only)

    def follow(self, row: dict) -> None:
        """New stored values of the shown initiative (its pickers are as they were)."""
        self.current = row
        self._filling = True
        try:
            self.setTitle(self.tr("Initiative: {name}").format(name=row.get("name") or ""))
            self.description.set_value(row.get("description") or "")
        finally:
            self._filling = False

    def show_links(self, kind: str) -> None:
        """Re-tick one picker from the plan (after a link change or its undo)."""
        linked = set(svc.links(self.document.plan, self.current["id"], kind))
        self._filling = True
        try:
            for row_id, item in self.items[kind].items():
                state = Qt.Checked if row_id in linked else Qt.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._filling = False
        if kind == "budget_line":
            self._show_cost()

    def _fill_picker(self, kind: str, choices: list[tuple[str, str]], linked: list[str]) -> None:
        picker = self.pickers[kind]
        if self.shown.get(kind) != choices:
            picker.clear()
            self.items[kind] = {}
            for row_id, label in choices:
                item = QListWidgetItem(label or self.tr("(untitled)"), picker)
                item.setData(Qt.UserRole, row_id)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Unchecked)
                self.items[kind][row_id] = item
            self.shown[kind] = choices
        linked = set(linked)
        for row_id, item in self.items[kind].items():
            state = Qt.Checked if row_id in linked else Qt.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)

    def _show_cost(self) -> None:
        if self.current is None:
            self.cost.setText("")
            return
        plan = self.document.plan
        currency = svc.currency(plan)
        lines = len(svc.links(plan, self.current["id"], "budget_line"))
        amount = money(svc.cost_of(plan, self.current["id"]), currency, plan_language(plan))  # 3,600万元 / CNY 36.0M
        self.cost.setText(
            self.tr("Cost: {amount} (sum of {count} linked budget lines)").format(amount=amount, count=lines)
        )


def _set_links(plan, ids: list[str], initiative_id: str, kind: str):
    return svc.set_links(plan, initiative_id, kind, ids)
