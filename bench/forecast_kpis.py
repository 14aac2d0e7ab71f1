"""Forecast & KPI timings: the rule providers (run after every edit), the
plain forecast table (the editor), the pandas frame (exports, deck) and the
CSV parts, on the sample plan and on a large plan (200 channels with 12
budget months each, 500 KPIs).

    .venv/bin/python bench/forecast_kpis.py"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def best_ms(func, repeat: int = 20) -> float:
    """Best of *repeat* runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def measure(plan, label: str) -> None:
    from app.services.exchange import exports
    from app.services.forecast import export as forecast_kpi_export
    from app.services.forecast import kpis as kpi_service
    from app.services.forecast import service as forecast_service

    start = time.perf_counter()
    forecast_service.forecast_frame(plan)
    first = (time.perf_counter() - start) * 1000
    rows = [
        ("forecast rule provider", best_ms(lambda: forecast_service.forecast_findings(plan))),
        ("KPI rule provider", best_ms(lambda: kpi_service.kpi_findings(plan))),
        ("forecast table (plain, editor)", best_ms(lambda: forecast_service.forecast_table(plan))),
        ("forecast frame (pandas), first call incl. import", first),
        ("forecast frame (pandas)", best_ms(lambda: forecast_service.forecast_frame(plan))),
        ("CSV part forecast", best_ms(lambda: exports.csv_bytes(forecast_kpi_export.forecast_part(plan)), 5)),
        ("CSV part kpis", best_ms(lambda: exports.csv_bytes(forecast_kpi_export.kpi_part(plan)), 5)),
    ]
    for name, ms in rows:
        print(f"| {label}: {name} | {ms:.2f} ms |")


def main() -> None:
    from forecast_support import add_channel, add_kpi

    from app.services.plan.samples import create_demo_plan
    from app.services.plan.storage.plan_file import PlanFile

    folder = Path(tempfile.mkdtemp())
    with PlanFile.open(create_demo_plan("en", folder)) as plan:
        measure(plan, "sample plan")
    with PlanFile.create(folder / "large.stratdeck") as plan:
        for n in range(200):
            add_channel(plan, f"Channel {n}", [1000.0 + n] * 12, cac=50 + n % 40, conversion_rate_pct=3,
                        avg_order_value=150, gross_margin_pct=55, repeat_purchases=1.2)
        for n in range(500):
            add_kpi(plan, f"KPI {n}", baseline=10, target=20, actual=n % 25, alert_threshold_pct=15,
                    owner="" if n % 7 else "Zhou")
        measure(plan, "200 channels, 500 KPIs")


if __name__ == "__main__":
    main()
