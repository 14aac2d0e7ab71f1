"""What a service call changed, so each open view refreshes only what it shows
(the pattern of Anki's operations)."""

from __future__ import annotations

from dataclasses import field

from app.models.frozen import frozen_model


@frozen_model
class Change:
    """A committed change: the canvas, table, row ids and fields it touched."""

    canvas: str
    table: str
    ids: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    structure: bool = False  # rows were added, removed or reordered
    extra: dict = field(default_factory=dict, compare=False)
