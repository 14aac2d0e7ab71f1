"""Dragging rows by id: the drag data (a JSON list of row ids under a
model's own MIME type) and a mixin giving an item model the drag side of
Qt's drag and drop (move only)."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt


def encode_ids(mime_type: str, ids) -> QMimeData:
    """Drag data carrying *ids*."""
    data = QMimeData()
    data.setData(mime_type, json.dumps(list(ids)).encode("utf-8"))
    return data


def decode_ids(mime_type: str, data: QMimeData | None) -> list[str]:
    """The ids a drag carries ([] when it is not ours or damaged)."""
    if data is None or not data.hasFormat(mime_type):
        return []
    try:
        ids = json.loads(bytes(data.data(mime_type)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


class IdDragMixin:
    """Drags the ids of the selected ``self.rows`` (at most *drag_limit*)
    under *mime_type*; mixed into a Qt item model before the Qt class."""

    mime_type = "application/x-stratdeck-rows"
    drag_limit: int | None = None

    def supportedDropActions(self):
        return Qt.MoveAction

    def supportedDragActions(self):
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.mime_type]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(self.mime_type, [self.rows[r]["id"] for r in rows][: self.drag_limit])

    def dragged_ids(self, data) -> list[str]:
        """The ids a drop brings ([] on a read-only plan or foreign data)."""
        return [] if self.document.read_only else decode_ids(self.mime_type, data)
