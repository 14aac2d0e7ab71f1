"""The forecast canvas as the window sees it: navigator entries (labels
in the interface language) and editor factories (see
app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.common.canvas_view import CanvasView, NavEntry


def _forecast_editor(document, parent):
    """The Forecast & ROI editor (imported when first shown)."""
    from app.views.forecast.editor import ForecastEditor

    return ForecastEditor(document, parent)


def _kpis_editor(document, parent):
    """The KPIs editor (imported when first shown)."""
    from app.views.forecast.kpi_editor import KpiEditor

    return KpiEditor(document, parent)


def _finding_templates() -> dict[str, str]:
    from app.views.forecast.service_text import finding_templates

    return finding_templates()


def _entries() -> list[NavEntry]:
    return [
        NavEntry("forecast", QCoreApplication.translate("Canvases", "Forecast & ROI"), _forecast_editor),
        NavEntry("kpis", QCoreApplication.translate("Canvases", "KPIs"), _kpis_editor),
    ]


VIEW = CanvasView(key="forecast", entries=_entries, finding_templates=_finding_templates)
