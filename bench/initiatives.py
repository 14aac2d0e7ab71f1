"""Strategy & actions benchmark: 200 initiatives under 20 pillars, each
linked to 2 TOWS strategies, an objective, 2 of 100 campaigns, 3 of 300
budget lines (12 months each), 2 of 50 KPIs and a risk; 10 teams with a
role in every initiative. Measures opening the editor, one keystroke in an
initiative's description and one relink (ticking a budget line: the live
cost follows), each through the undo stack with the editor following the
change as in the window; a RACI cell; the canvas's rules.
Target: 16 ms per keystroke and per relink (one frame).

Run: ``QT_QPA_PLATFORM=offscreen python bench/initiatives.py [--edits N]``."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def large_plan(path):
    """A plan with 200 linked initiatives (see the module docstring)."""
    from plan_builders import write_rows

    from app.services.plan.storage.plan_file import PlanFile

    def ids(prefix, count):
        return [f"{prefix}-{n:04d}-0000-4000-8000-000000000000"[:36] for n in range(count)]

    plan = PlanFile.create(path, title="Bench")
    pillars, initiatives, tows, campaigns = ids("aaaa", 20), ids("bbbb", 200), ids("cccc", 16), ids("dddd", 100)
    lines, kpis, risks, parties, objectives = (
        ids("eeee", 300),
        ids("ffff", 50),
        ids("abab", 20),
        ids("acac", 10),
        ids("adad", 6),
    )
    rows = {
        "objective": [{"id": o, "position": n, "text": f"目标 {n}"} for n, o in enumerate(objectives)],
        "tows_strategy": [{"id": t, "position": n, "kind": "SO", "text": f"策略 {n}"} for n, t in enumerate(tows)],
        "channel": [{"id": "00000000-0000-4000-8000-00000000c0c0", "position": 0, "name": "社交媒体"}],
        "campaign": [{"id": c, "position": n, "name": f"活动 {n}", "start_date": "2027-03-01", "end_date": "2027-03-31"}
                     for n, c in enumerate(campaigns)],
        "budget_line": [{"id": b, "position": n, "channel_id": "00000000-0000-4000-8000-00000000c0c0",
                         "sub_channel": f"预算行 {n}"} for n, b in enumerate(lines)],
        "budget_cell": [{"budget_line_id": b, "month": f"2027-{m:02d}", "planned": 10000.0} for b in lines
                        for m in range(1, 13)],
        "kpi": [{"id": k, "position": n, "name": f"KPI {n}"} for n, k in enumerate(kpis)],
        "risk": [{"id": r, "position": n, "title": f"风险 {n}"} for n, r in enumerate(risks)],
        "pillar": [{"id": p, "position": n, "name": f"支柱 {n}"} for n, p in enumerate(pillars)],
        "initiative": [{"id": i, "position": n % 10, "pillar_id": pillars[n // 10], "name": f"举措 {n}",
                        "owner": "负责人", "quarter": "2027-Q1"} for n, i in enumerate(initiatives)],
        "raci_party": [{"id": p, "position": n, "name": f"部门 {n}"} for n, p in enumerate(parties)],
        "raci_cell": [{"initiative_id": i, "party_id": p, "role": "A" if k == 0 else "R"} for i in initiatives
                      for k, p in enumerate(parties)],
    }  # fmt: skip
    links = {"tows_strategy": (tows, 2), "objective": (objectives, 1), "campaign": (campaigns, 2),
             "budget_line": (lines, 3), "kpi": (kpis, 2), "risk": (risks, 1)}  # fmt: skip
    for kind, (targets, count) in links.items():
        rows[f"initiative_{kind}"] = [
            {"initiative_id": i, f"{kind}_id": targets[(n * 7 + k) % len(targets)], "position": k}
            for n, i in enumerate(initiatives) for k in range(count)
        ]  # fmt: skip
    write_rows(plan, rows)
    return plan


def timed(action, repeat: int = 1) -> float:
    """Median seconds of *repeat* calls of *action*."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STRATDECK_DATA_DIR"] = folder
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from app.services.initiatives import problems
        from app.views.common.plan_document import PlanDocument
        from app.views.initiatives.editor import InitiativesEditor

        app = QApplication.instance() or QApplication([])
        plan = large_plan(Path(folder) / "bench.stratdeck")
        document = PlanDocument(plan)
        editor = None

        def build():
            nonlocal editor
            editor = InitiativesEditor(document)
            editor.resize(1300, 800)
            editor.show()
            app.processEvents()

        opened = timed(build)
        document.changed.connect(editor.on_change)
        editor.pillars.select_id(editor.pillars.model.rows[5]["id"])
        editor.initiatives.select_id(editor.initiatives.model.rows[3]["id"])
        app.processEvents()
        text = ""

        def keystroke():
            nonlocal text
            text += "字"
            editor.detail.description.setPlainText(text)
            app.processEvents()

        typing = timed(keystroke, args.edits)
        picker = editor.detail.pickers["budget_line"]

        def relink():
            item = picker.item(7)
            item.setCheckState(Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked)
            app.processEvents()

        relinking = timed(relink, args.edits)
        model = editor.matrix.model
        roles = iter(["C", "I"] * args.edits)

        def raci():
            model.setData(model.index(30, 4), next(roles))
            app.processEvents()

        cell = timed(raci, args.edits)
        from app.services.initiatives import service

        initiative_id = editor.detail.current["id"]
        words = iter(range(10_000))
        commit = timed(lambda: service.update_initiative(plan, initiative_id, "owner", f"负责人 {next(words)}"), 20)
        rules = timed(lambda: problems.initiative_findings(plan), 5)
        print("Strategy & actions, 200 initiatives with links (median):")
        for label, seconds in (
            ("open the editor", opened),
            ("keystroke in a description (undo step, saved, editor follows)", typing),
            ("relink: tick a budget line (cost follows)", relinking),
            ("RACI cell", cell),
            ("of which the saved commit alone (service call)", commit),
            ("rules (Problems panel)", rules),
        ):
            print(f"  {label:66s} {seconds * 1000:7.1f} ms")
        document.close()


if __name__ == "__main__":
    main()
