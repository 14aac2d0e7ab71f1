"""Budget grid benchmark: 300 budget lines × 36 months (10,800 cells, half
with actuals). Measures loading the grid, the rules, opening the editor,
one cell edit through the undo stack with the editor following the change
as in the window (sums, summary, repaint of the visible cells) and then
with the Problems panel's run, a paste of 10 × 12 cells, and scrolling.
Target: 16 ms per frame (one edit or one scroll step).

Run: ``QT_QPA_PLATFORM=offscreen python bench/budget_grid.py [--edits N]``."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(action, repeat: int = 1, setup=None) -> float:
    """Median seconds of *repeat* calls of *action* (each after *setup*, untimed)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh(plan):
    """*plan* with nothing kept from an earlier read (the budget grid is
    kept between reads since Dec 2026; older code keeps nothing)."""
    try:
        from app.services.budget import cache as budget_cache
    except ImportError:
        return plan
    budget_cache._CACHE.pop(plan, None)
    return plan


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STRATDECK_DATA_DIR"] = folder
        from PySide6.QtWidgets import QApplication

        from app.models.budget.rules import check_budget
        from app.services.budget import service as svc
        from app.services.plan.storage.plan_file import PlanFile
        from app.views.budget.editor import BudgetEditor
        from app.views.common.plan_document import PlanDocument
        from app.views.shell.problems_panel import ProblemsPanel
        from tests.budget_support import large_budget

        app = QApplication.instance() or QApplication([])
        plan = PlanFile.create(Path(folder) / "large.stratdeck", title="Large budget")
        large_budget(plan)
        results = {}
        results["load grid (4 queries + sums)"] = timed(lambda: svc.load_grid(fresh(plan)), 5)
        grid = svc.load_grid(plan)
        results["rules only (check_budget)"] = timed(lambda: check_budget(grid), 5)
        results["rule provider, first run (read + rules)"] = timed(lambda: svc.budget_findings(fresh(plan)), 5)
        results["one cell's sums (BudgetGrid.apply_cell)"] = timed(
            lambda: grid.apply_cell("line-0150", "2028-06", 5.0, None), 50
        )
        document = PlanDocument(plan)
        panel = ProblemsPanel()
        editors = []

        def open_editor(warm: bool):
            if not warm:
                fresh(plan)
            editor = BudgetEditor(document)
            editor.resize(1100, 700)
            editor.show()
            app.processEvents()
            editors.append(editor)

        results["open the editor, nothing read yet (model + first paint)"] = timed(lambda: open_editor(False))
        panel.refresh(plan)  # as at plan open: the Problems panel runs the rules first
        results["open the editor after the Problems panel's run"] = timed(lambda: open_editor(True))
        editor = editors[-1]
        for other in editors[:-1]:
            other.deleteLater()
        document.changed.connect(editor.on_change)  # as MainWindow.on_change does
        view = editor.grid.table
        months = editor.model.months

        def repaint():
            app.processEvents()  # the event loop paints what changed (both halves), as on screen

        counter = iter(range(10**6))

        def edit():
            n = next(counter)
            editor.edit_cells([(f"line-{n % 20:04d}", months[n % 12], "planned", 2000 + n)])
            repaint()

        results["cell edit: undo command + file + sums + summary + repaint"] = timed(edit, args.edits)
        results["  of which the file write (budget_service.set_cells)"] = timed(
            lambda: svc.set_cells(plan, [("line-0001", months[0], "planned", next(counter))]), args.edits
        )
        results["rule provider after a cell edit"] = timed(
            lambda: svc.budget_findings(plan),
            args.edits,
            setup=lambda: svc.set_cells(plan, [("line-0002", months[1], "planned", next(counter))]),
        )
        document.changed.connect(lambda _change: panel.refresh_after_edit(plan))  # as MainWindow.on_change does
        panel.refresh(plan)
        results["cell edit as in the window (+ Problems panel after it)"] = timed(edit, args.edits)
        block = [(f"line-{r:04d}", months[c], "planned", 3000 + r + c) for r in range(10) for c in range(12)]
        results["paste 10 × 12 cells (one undo step)"] = timed(lambda: (editor.edit_cells(block), repaint()), 5)
        bar = view.verticalScrollBar()

        def scroll():
            bar.setValue((bar.value() + bar.pageStep()) % max(bar.maximum(), 1))
            repaint()

        results["scroll one page + repaint"] = timed(scroll, 40)
        bar_h = view.horizontalScrollBar()
        results["scroll months sideways + repaint"] = timed(
            lambda: (bar_h.setValue((bar_h.value() + 300) % max(bar_h.maximum(), 1)), repaint()),
            40,
        )
        editor.charts.redraw()  # the first draw imports matplotlib
        results["charts redraw (after the 300 ms pause)"] = timed(editor.charts.redraw, 5)
        plan.close()
    print("300 lines × 36 months, 10,800 cells (medians)")
    for name, seconds in results.items():
        print(f"{name:60s}: {seconds * 1000:8.2f} ms")


if __name__ == "__main__":
    main()
