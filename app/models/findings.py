"""Findings: what a plan's rules notice. Findings are advice, not errors; a
plan with findings still opens, saves and exports."""

from __future__ import annotations

from app.models.frozen import frozen_model

WARNING = "warning"
INFO = "info"


@frozen_model
class Finding:
    """One rule finding, pointing at the canvas, row and field it is about."""

    rule: str
    severity: str
    canvas: str
    message: str
    table: str = ""
    item_id: str = ""
    field: str = ""
    args: tuple = ()  # (name, value) pairs of the message, so the UI can translate it by rule id

    def as_line(self) -> str:
        """One line for ``stratdeck check``: severity, canvas and message."""
        return f"{self.severity}: [{self.canvas}] {self.message}"
