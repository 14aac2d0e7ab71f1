"""One call for the editors' splitters: the parts in order, how each
grows, and the first sizes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def splitter(
    parent: QWidget,
    parts: Sequence[QWidget],
    stretch: Sequence[int] = (),
    vertical: bool = False,
    name: str = "",
    sizes: Sequence[int] = (),
    collapsible: bool = True,
) -> QSplitter:
    """A splitter of *parts* (left to right, or top to bottom when
    *vertical*), part *i* growing by ``stretch[i]``; *sizes* are the first
    sizes in pixels; *collapsible* False keeps every part from being dragged
    shut."""
    split = QSplitter(Qt.Vertical if vertical else Qt.Horizontal, parent)
    if name:
        split.setObjectName(name)
    for part in parts:
        split.addWidget(part)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    if sizes:
        split.setSizes(list(sizes))
    split.setChildrenCollapsible(collapsible)
    return split
