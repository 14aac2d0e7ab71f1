"""Campaign timeline benchmark: a plan with 5,000 campaigns (three phases
each), opened in the calendar editor offscreen. Measures reading the
campaigns, building the editor, the first paint of the timeline, and the
paint time per frame while scrolling down the rows and across the dates at
each zoom level (QWidget.grab of the viewport, which paints it in full).

Run: ``QT_QPA_PLATFORM=offscreen python bench/calendar_timeline.py [--campaigns N] [--frames N]``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def fill(plan, count: int) -> None:
    """*count* campaigns spread over 2027, three phases each, in one transaction."""
    first = dt.date(2027, 1, 1)
    campaigns, phases = [], []
    for i in range(count):
        cid = str(uuid.uuid4())
        begin = first + dt.timedelta(days=(i * 7) % 330)
        days = [begin + dt.timedelta(days=d) for d in (0, 6, 7, 20, 21, 34)]
        color = f"#{(i * 2654435761) % 0xFFFFFF:06X}"
        campaigns.append((cid, i, f"活动 {i:04d} · Campaign", color, days[0].isoformat(), days[5].isoformat()))
        for pos, kind in enumerate(("warm_up", "launch", "long_tail")):
            phases.append(
                (str(uuid.uuid4()), pos, cid, kind, kind, days[2 * pos].isoformat(), days[2 * pos + 1].isoformat())
            )
    with plan.transaction() as conn:
        conn.execute("UPDATE plan SET period_start = '2027-01-01', period_end = '2027-12-31'")
        conn.executemany(
            "INSERT INTO campaign (id, position, name, objective, owner, status, color, start_date, end_date) "
            "VALUES (?, ?, ?, '', '', 'planned', ?, ?, ?)",
            campaigns,
        )
        conn.executemany(
            "INSERT INTO campaign_phase (id, position, campaign_id, kind, name, start_date, end_date, description) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '')",
            phases,
        )


def timed(action) -> float:
    """Seconds *action* took."""
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def frames(timeline, bar, count: int) -> list[float]:
    """Paint times while stepping *bar* through its range in *count* steps."""
    times = []
    for step in range(count):
        bar.setValue(step * bar.maximum() // max(1, count - 1))
        times.append(timed(timeline.viewport().grab))
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"median {statistics.median(times) * 1000:5.1f} ms, p95 {p95 * 1000:5.1f} ms, max {max(times) * 1000:5.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=5000)
    parser.add_argument("--frames", type=int, default=100)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STRATDECK_DATA_DIR"] = folder
        from PySide6.QtWidgets import QApplication

        from app.services.calendar import service as calendar_service
        from app.services.plan.storage.plan_file import PlanFile
        from app.views.calendar import commands
        from app.views.calendar.editor import CalendarEditor
        from app.views.common.plan_document import PlanDocument

        app = QApplication.instance() or QApplication([])
        plan = PlanFile.create(Path(folder) / "big.stratdeck", title="Bench")
        fill(plan, args.campaigns)
        document = PlanDocument(plan)
        print(f"campaigns: {args.campaigns} with 3 phases each; frames per series: {args.frames}")
        print(
            f"list_campaigns (5 queries)        : {timed(lambda: calendar_service.list_campaigns(plan)) * 1000:6.1f} ms"
        )
        holder = {}
        build = timed(lambda: holder.setdefault("editor", CalendarEditor(document)))
        editor = holder["editor"]
        editor.resize(1280, 800)
        editor.show()
        app.processEvents()
        timeline = editor.timeline
        print(f"build the editor (model, filter…) : {build * 1000:6.1f} ms")
        print(f"first paint of the timeline       : {timed(timeline.viewport().grab) * 1000:6.1f} ms")
        print(f"rows painted per frame            : {len(timeline.visible_rows())}")
        for zoom in ("week", "month", "quarter"):
            timeline.set_zoom(zoom)
            down = frames(timeline, timeline.verticalScrollBar(), args.frames)
            across = frames(timeline, timeline.horizontalScrollBar(), args.frames)
            print(f"{zoom:7} scroll down  : {summary(down)}")
            print(f"{zoom:7} scroll across: {summary(across)}")
        editor.filters.choose("status", "planned")
        hide_all = timed(lambda: editor.filters.choose("status", "idea"))
        print(f"filter by status (hides all)      : {hide_all * 1000:6.1f} ms")
        editor.filters.clear()
        campaign = editor.model.rows[2500]
        move = timed(lambda: calendar_service.move_campaign(plan, campaign["id"], 3))
        print(f"move one campaign (service)       : {move * 1000:6.1f} ms")
        document.changed.connect(editor.on_change)
        command = commands.move_campaign(document, campaign["id"], 2)
        drop = timed(lambda: document.execute(command)) + timed(timeline.viewport().grab)
        print(f"drop a drag: commit + redraw      : {drop * 1000:6.1f} ms")
        editor.select_campaign(campaign["id"])
        timeline.verticalScrollBar().setValue(timeline.verticalScrollBar().maximum() // 2)
        add = commands.add_campaign(document, {"name": "New", "start_date": "2027-03-01", "end_date": "2027-03-14"})
        added = timed(lambda: document.execute(add)) + timed(timeline.viewport().grab)
        print(f"add a campaign: commit + redraw   : {added * 1000:6.1f} ms")
        undo_add = timed(document.undo_stack.undo) + timed(timeline.viewport().grab)
        print(f"undo the add (delete) + redraw    : {undo_add * 1000:6.1f} ms")
        delete = commands.delete_campaign(document, editor.model.rows[1000]["id"])
        deleted = timed(lambda: document.execute(delete)) + timed(timeline.viewport().grab)
        print(f"delete a campaign: commit + redraw: {deleted * 1000:6.1f} ms")
        undo_delete = timed(document.undo_stack.undo) + timed(timeline.viewport().grab)
        print(f"undo the delete (restore) + redraw: {undo_delete * 1000:6.1f} ms")
        service_add = timed(lambda: calendar_service.add_campaign(plan, {"name": "x"}))
        print(f"add a campaign (service only)     : {service_add * 1000:6.1f} ms")
        editor.close()
        document.close()


if __name__ == "__main__":
    main()
