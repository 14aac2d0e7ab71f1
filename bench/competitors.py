"""Competitors canvas benchmark: a plan with N competitors (default 100) in
a real main window (offscreen). Measures opening the canvas, one typed cell
edit end to end (undo command → service → file → table row → Problems
panel), the coalesced map redraw, undo, and the rule provider alone.

Run: ``python bench/competitors.py [--competitors N] [--edits N]``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _fill(plan, count: int) -> None:
    from app.services.competitors import service as svc

    for i in range(count):
        svc.add_competitor(
            plan,
            {
                "name": f"竞品 {i:03d}",
                "is_own_brand": i == 0,
                "positioning": "中高端原叶冷泡茶，主打口感与礼盒" * 2,
                "strengths": "口感盲测领先；私域会员活跃；礼盒设计",
                "market_share_pct": 0.9,
                "price_score": (i * 37 % 100) / 10,
                "quality_score": None if i % 10 == 9 else (i * 53 % 100) / 10,
                "innovation_score": (i * 17 % 100) / 10,
                "reach_score": (i * 71 % 100) / 10,
            },
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--competitors", type=int, default=100)
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()
    from gui_window import ms as _ms
    from gui_window import plan_window

    with plan_window(lambda plan: _fill(plan, args.competitors)) as (app, window):
        from app.services.plan import problems
        from app.views.competitors.model import COLUMNS

        start = time.perf_counter()
        window.navigator.setCurrentRow(list(window.editors).index("competitors"))
        editor = window.editors["competitors"]
        app.processEvents()
        first_show = time.perf_counter() - start

        edits, redraws, undos = [], [], []
        column = COLUMNS.index("quality_score")
        for i in range(args.edits):
            index = editor.model.index(i % args.competitors, column)
            start = time.perf_counter()
            editor.model.setData(index, f"{(i % 9) + 0.5}")
            edits.append(time.perf_counter() - start)
            start = time.perf_counter()
            editor.map.redraw_now()  # what the coalescing timer runs 120 ms after the last edit
            editor.map.canvas.draw()  # the Agg render that draw_idle defers
            app.processEvents()
            redraws.append(time.perf_counter() - start)
        for _ in range(min(10, args.edits)):
            start = time.perf_counter()
            window.undo_action.trigger()
            app.processEvents()
            editor.map.redraw_now()
            editor.map.canvas.draw()
            undos.append(time.perf_counter() - start)
        rule_times = []
        for _ in range(30):
            start = time.perf_counter()
            found = [f for f in problems.collect_findings(window.document.plan) if f.canvas == "competitors"]
            rule_times.append(time.perf_counter() - start)
        provider_times = []
        from app.services.competitors.service import competitor_findings

        for _ in range(30):
            start = time.perf_counter()
            competitor_findings(window.document.plan)
            provider_times.append(time.perf_counter() - start)
    print(f"competitors: {args.competitors}, edits: {args.edits}, findings: {len(found)}")
    print(f"open the canvas (table + first map draw): {first_show * 1000:6.1f} ms")
    print(f"cell edit, command to redrawn row + Problems: {_ms(edits)}")
    print(f"map redraw after an edit (bubbles, 30 names, Agg render): {_ms(redraws)}")
    print(f"undo of a cell edit incl. redraw: {_ms(undos)}")
    print(f"competitor rule provider alone: {_ms(provider_times)}")
    print(f"all rule providers: {_ms(rule_times)}")


if __name__ == "__main__":
    main()
