"""Screenshots of the Forecast & ROI canvas (the demo plan's channels, with
Search's LTV/CAC flagged under 3 and its cell selected) and of the KPI
scorecard (status colours and words)."""

from __future__ import annotations

from pathlib import Path


def shoot(window, app, language, folder) -> list[str]:
    """Save forecast-<language>.png and kpis-<language>.png."""
    keys = list(window.editors)
    names = [f"forecast-{language}.png", f"kpis-{language}.png"]
    forecast = window.editors["forecast"]
    window.navigator.setCurrentRow(keys.index("forecast"))
    search = next((r.channel_id for r in forecast.model.rows if r.inputs.get("cac") == 96.0), "")
    forecast.focus_field("cac", search)
    app.processEvents()
    window.grab().save(str(Path(folder) / names[0]))
    kpis = window.editors["kpis"]
    window.navigator.setCurrentRow(keys.index("kpis"))
    if kpis.model.rowCount():
        kpis.table.setCurrentIndex(kpis.table.model().index(0, 0))
    app.processEvents()
    window.grab().save(str(Path(folder) / names[1]))
    return names
