"""The persona card grid: a list model over persona_service and a delegate
that paints each persona as a card (photo or initials, name, role, share of
customers, a mark when it has no journey).

Photos are decoded lazily, only for cards that are painted, and kept as
small thumbnails, so 200 personas with photos stay smooth."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate

from app.models.personas.rules import pct
from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.views.common.list_model import ListModel
from app.views.common.plan_document import PlanDocument
from app.views.common.widgets.id_drag import IdDragMixin

CARD = QSize(244, 108)
THUMB = 64
ID_ROLE = Qt.UserRole + 1
PHOTO_ROLE = Qt.UserRole + 2
ROW_ROLE = Qt.UserRole + 3
MIME_TYPE = "application/x-stratdeck-personas"


class PersonaCardsModel(IdDragMixin, ListModel):
    """One row per persona, in order; the row dicts carry no photo bytes.
    ``on_drop(ids, row)`` is called when cards are dropped before *row*."""

    mime_type = MIME_TYPE

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.on_drop = None
        self.rows: list[dict] = []
        self.stages: dict[str, int] = {}
        self._thumbs: dict[str, QPixmap | None] = {}
        self.reload()

    def reload(self) -> None:
        """Re-read every persona (after adds, deletes, moves)."""
        self.beginResetModel()
        self.rows = persona_service.list_personas(self.document.plan)
        self.stages = journey_service.stage_counts(self.document.plan)
        alive = {r["id"] for r in self.rows}
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in alive}
        self.endResetModel()

    def refresh_rows(self, ids, photo: bool = False) -> None:
        """Re-read changed personas in place (keeps selection)."""
        fresh = {r["id"]: r for r in persona_service.list_personas(self.document.plan, ids)}
        for row, current in enumerate(self.rows):
            if current["id"] in ids and current["id"] in fresh:
                self.rows[row] = fresh[current["id"]]
                if photo:
                    self._thumbs.pop(current["id"], None)
                self.dataChanged.emit(self.index(row), self.index(row))

    def refresh_stages(self) -> None:
        """Re-count journey stages (the 'no journey' mark)."""
        self.stages = journey_service.stage_counts(self.document.plan)
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def items(self) -> list[dict]:
        return self.rows

    def item_data(self, row: dict, number: int, role: int):
        if role == Qt.DisplayRole:
            return row["name"].strip() or self.tr("Persona %s") % (number + 1)
        if role == Qt.ToolTipRole:
            return row["quote"] or None
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        if role == PHOTO_ROLE:
            return self.thumbnail(row)
        return None

    def thumbnail(self, row: dict) -> QPixmap | None:
        """The card-sized photo of a persona (decoded once), or None."""
        if not row["photo_mime"]:
            return None
        if row["id"] not in self._thumbs:
            data, _ = persona_service.photo_of(self.document.plan, row["id"])
            pixmap = QPixmap()
            ok = bool(data) and pixmap.loadFromData(data)
            self._thumbs[row["id"]] = (
                pixmap.scaled(THUMB, THUMB, Qt.KeepAspectRatioByExpanding, Qt.SmoothTransformation) if ok else None
            )
        return self._thumbs[row["id"]]

    def row_of(self, persona_id: str) -> int:
        """Row number of a persona id, or -1."""
        return next((i for i, r in enumerate(self.rows) if r["id"] == persona_id), -1)

    def has_journey(self, persona_id: str) -> bool:
        """Whether the persona has at least one journey stage filled in."""
        return self.stages.get(persona_id, 0) > 0

    # -- drag and drop (reordering the cards) --------------------------------------
    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags if self.document.read_only else Qt.ItemIsDropEnabled
        base = Qt.ItemIsSelectable | Qt.ItemIsEnabled
        return base if self.document.read_only else base | Qt.ItemIsDragEnabled

    def dropped_ids(self, data) -> list[str]:
        """Persona ids a drag carries ([] when it is not ours, damaged, or stale)."""
        known = {r["id"] for r in self.rows}
        return [i for i in self.dragged_ids(data) if i in known]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(self.dropped_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Dropped cards move before *row* (onto a card: before it; past the
        last card: to the end) as one undo step."""
        ids = self.dropped_ids(data)
        if not ids or action == Qt.IgnoreAction or self.on_drop is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.on_drop(ids, row)
        return False  # the grid redraws from the plan; nothing for the view to remove


class PersonaCardDelegate(QStyledItemDelegate):
    """Paints a persona card."""

    def sizeHint(self, option, index) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option, index) -> None:
        model = index.model()
        row = index.data(ROW_ROLE)
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor("#1F4E79") if selected else QColor("#C9CED6"), 2 if selected else 1))
        painter.setBrush(QColor("#EAF1F8") if selected else QColor("#FFFFFF"))
        painter.drawRoundedRect(rect, 8, 8)
        photo_rect = QRect(rect.left() + 10, rect.top() + 10, THUMB, THUMB)
        pixmap = index.data(PHOTO_ROLE)
        name = index.data(Qt.DisplayRole)
        if pixmap is not None:
            source = QRect(0, 0, THUMB, THUMB)
            source.moveCenter(pixmap.rect().center())
            painter.drawPixmap(photo_rect, pixmap, source)
        else:
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor("#D5E3F0"))
            painter.drawEllipse(photo_rect)
            painter.setPen(QColor("#1F4E79"))
            font = QFont(option.font)
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            painter.drawText(photo_rect, Qt.AlignCenter, name[:1].upper())
        text_left = photo_rect.right() + 10
        width = rect.right() - text_left - 8
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#1B1B1B"))
        metrics = painter.fontMetrics()
        name_lines = name_lines_for(name, metrics, width)  # a long name wraps to a second line, never cut short
        for number, text in enumerate(name_lines):
            painter.drawText(QRect(text_left, rect.top() + 8 + number * metrics.height(), width, metrics.height()),
                             Qt.AlignLeft, text)  # fmt: skip
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        lines = [row["role"], " · ".join(v for v in (row["age_band"], row["city_tier"]) if v.strip())]
        if row["customer_share_pct"] is not None:
            lines.append(
                QCoreApplication.translate("PersonaCardsModel", "%s %% of customers") % pct(row["customer_share_pct"])
            )
        painter.setPen(QColor("#4A4F57"))
        top = rect.top() + 10 + len(name_lines) * painter.fontMetrics().height()
        for line in [line for line in lines if line.strip()][: 4 - len(name_lines)]:
            painter.drawText(
                QRect(text_left, top, width, metrics.height()),
                Qt.AlignLeft,
                metrics.elidedText(line.replace("\n", " "), Qt.ElideRight, width),
            )
            top += metrics.height()
        if not model.has_journey(row["id"]):
            painter.setPen(QColor("#B3261E"))
            painter.drawText(
                QRect(rect.left() + 10, rect.bottom() - metrics.height() - 4, rect.width() - 20, metrics.height()),
                Qt.AlignLeft,
                QCoreApplication.translate("PersonaCardsModel", "No journey yet"),
            )
        painter.restore()


class PersonaCardView(QListView):
    """The card grid: cards flow left to right and wrap with the width;
    Delete asks to remove the selected cards."""

    delete_pressed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="persona-cards")
        # list mode flowing left to right: a drop lands between cards (icon mode
        # would only shift the card on screen)
        self.setViewMode(QListView.ListMode)
        self.setFlow(QListView.LeftToRight)
        self.setMovement(QListView.Static)
        self.setResizeMode(QListView.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setWrapping(True)
        self.setSelectionMode(QListView.ExtendedSelection)
        self.setItemDelegate(PersonaCardDelegate(self))
        # drag cards to reorder them (after setMovement, which turns dragging off)
        self.setDragDropMode(QListView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setDropIndicatorShown(True)

    def set_editable(self, editable: bool) -> None:
        """Allow dragging cards (not in a read-only plan)."""
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.Delete) or event.key() == Qt.Key_Backspace:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


def name_lines_for(name: str, metrics, width: int) -> list[str]:
    """*name* on one line, or on two split at " · " or a space (the second
    elided only if even two lines are too short)."""
    if metrics.horizontalAdvance(name) <= width:
        return [name]
    for separator in (" · ", " "):
        cut = name.rfind(separator)
        while cut > 0 and metrics.horizontalAdvance(name[:cut]) > width:
            cut = name.rfind(separator, 0, cut)
        if cut > 0:
            rest = name[cut + len(separator) :]
            return [name[:cut], metrics.elidedText(rest, Qt.ElideRight, width)]
    cut = len(name)  # no space (a Chinese name): as many characters as fit, then the rest
    while cut > 1 and metrics.horizontalAdvance(name[:cut]) > width:
        cut -= 1
    return [name[:cut], metrics.elidedText(name[cut:], Qt.ElideRight, width)]
