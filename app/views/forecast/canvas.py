"""The Forecast canvas (Forecast & ROI, KPIs) in the navigator (app/views/common/canvas_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.common.canvas_view import CanvasView, NavItem
from app.views.forecast.service_text import FINDINGS


def _forecast_editor():
    from app.views.forecast.editor import ForecastEditor  # imported when first shown

    return ForecastEditor


def _kpis_editor():
    from app.views.forecast.kpi_editor import KpiEditor  # imported when first shown

    return KpiEditor


VIEW = CanvasView("forecast", FINDINGS.translated, [
    NavItem("forecast", QT_TRANSLATE_NOOP("Canvases", "Forecast & ROI"), _forecast_editor),
    NavItem("kpis", QT_TRANSLATE_NOOP("Canvases", "KPIs"), _kpis_editor),
])
