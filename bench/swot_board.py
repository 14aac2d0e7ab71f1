"""SWOT board benchmark: a plan with 500 SWOT items (125 per quadrant) and
40 TOWS strategies citing them, in the real editor (offscreen).

Measures the time to build the SWOT & TOWS editor, to refresh it after a
structural change (reload of every model), and per edit including the
refresh the window does (service commit + editor redraw + Problems rules):
typing into an item, a weight change, a keyboard reorder, a drag of five
items to another quadrant, sort by weight, reordering a TOWS strategy, typing
into a long (word-wrapped) strategy, a delete with citations, and undo.

Run: ``python bench/swot_board.py [--items 500] [--repeat 20]``."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _fill(plan, count: int) -> None:
    """*count* items spread over the quadrants and 40 strategies citing them."""
    import uuid

    quadrants = "SWOT"
    items = [
        (str(uuid.uuid4()), n // 4, quadrants[n % 4], f"条目 {n}：渠道与价格的观察 {n}", 1 + n % 5, f"来源 {n}")
        for n in range(count)
    ]
    with plan.transaction() as conn:
        conn.executemany(
            "INSERT INTO swot_item (id, position, quadrant, text, weight, evidence) VALUES (?, ?, ?, ?, ?, ?)", items
        )
        by_q = {q: [i[0] for i in items if i[2] == q] for q in quadrants}
        for n in range(40):
            kind = ("SO", "ST", "WO", "WT")[n % 4]
            strategy_id = str(uuid.uuid4())
            conn.execute(
                "INSERT INTO tows_strategy (id, position, kind, text, rationale) VALUES (?, ?, ?, ?, ?)",
                (strategy_id, n // 4, kind, f"策略 {n}", "理由"),
            )
            cited = [by_q[kind[0]][n % len(by_q[kind[0]])], by_q[kind[1]][(n * 3) % len(by_q[kind[1]])]]
            conn.executemany(
                "INSERT INTO tows_citation (strategy_id, swot_item_id, position) VALUES (?, ?, ?)",
                [(strategy_id, item, p) for p, item in enumerate(cited)],
            )


def _time(action, repeat: int, setup=None) -> float:
    """Median milliseconds of *action* (the event queue drained each time;
    *setup* runs untimed before each repetition)."""
    from PySide6.QtWidgets import QApplication

    samples = []
    for _ in range(repeat):
        if setup:
            setup()
            QApplication.processEvents()
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    os.environ["STRATDECK_DATA_DIR"] = folder
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from app.services.plan.storage.plan_file import PlanFile

    app = QApplication.instance() or QApplication([])
    path = Path(folder) / "big.stratdeck"
    PlanFile.create(path, title="500 SWOT items").close()
    with PlanFile.open(path, keep_backups=0) as plan:
        _fill(plan, args.items)

    from app.views.shell.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 860)
    window.show()
    assert window.open_plan(str(path))
    keys = list(window.editors)
    window.navigator.setCurrentRow(keys.index("swot"))
    app.processEvents()
    from app.views.swot.editor import SwotEditor

    document = window.document
    results = {}
    results["build the editor (500 items)"] = _time(lambda: SwotEditor(document).deleteLater(), 5)
    editor = window.editors["swot"]
    results["refresh the whole board"] = _time(editor.reload, args.repeat)
    model_s = editor.board.models["S"]
    editor.board.select_ids([model_s.rows[60]["id"]])
    counter = iter(range(10**6))
    results["type one character (text edit)"] = _time(
        lambda: editor.form.edit("text", editor.form.item["text"] + str(next(counter) % 10)), args.repeat
    )
    results["change a weight"] = _time(
        lambda: editor.form.edit("weight", 1 + (editor.form.item["weight"] % 5)), args.repeat
    )
    results["keyboard reorder (Ctrl+Down)"] = _time(lambda: editor.board.keyboard_move("S", "down"), args.repeat)

    def drag_five():
        source = editor.board.models["W"]
        data = source.mimeData([source.index(r) for r in range(5)])
        editor.board.models["O"].dropMimeData(data, Qt.MoveAction, 3, 0, QModelIndex())

    results["drag 5 items to another quadrant"] = _time(drag_five, args.repeat)
    from app.services.swot import service as swot_service

    def unsort():
        swot_service.set_layout(document.plan, [(i, q, -p) for i, q, p in swot_service.layout(document.plan)])
        editor.reload()

    results["sort by weight (all quadrants)"] = _time(editor.sort_by_weight, args.repeat, unsort)

    first_so = editor.tows.model.kind_ids("SO")[0]
    editor.tows.select_id(first_so)
    steps = iter([1, -1] * args.repeat)
    results["reorder a TOWS strategy (Ctrl+Up/Down)"] = _time(
        lambda: editor.tows.keyboard_move(next(steps)), args.repeat
    )
    long_text = "以桂花冷泡乌龙切入抖音与小红书，用盲测口感做种草背书，并在天猫会员日承接转化。" * 8
    strategies = editor.tows.model
    row = strategies.row_of(first_so)
    results["type into a long strategy (row re-fitted)"] = _time(
        lambda: strategies.setData(strategies.index(row, 1), f"{long_text} {next(counter)}"), args.repeat
    )

    editor.tows.table.clearSelection()  # the rows below as measured before (no strategy selected)

    from app.views.common import dialogs

    dialogs.confirm_swot_delete = lambda *a: True

    def delete_cited():
        cited = next(s["cites"][0] for s in editor.tows.model.rows if s["cites"])
        editor.board.select_ids([cited])
        editor.delete_selected()

    results["delete a cited item"] = _time(delete_cited, 10)
    results["undo (restore item + citations)"] = _time(document.undo_stack.undo, 10)
    started = time.perf_counter()
    from app.services.plan import problems

    problems.collect_findings(document.plan)
    findings_ms = (time.perf_counter() - started) * 1000
    window.close()
    print(f"SWOT board, {args.items} items, 40 strategies (median ms, incl. window refresh and Problems rules)")
    for name, value in results.items():
        print(f"{name:40s} {value:8.1f}")
    print(f"{'all Problems rules once':40s} {findings_ms:8.1f}")


if __name__ == "__main__":
    main()
