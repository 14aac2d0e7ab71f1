"""Personas canvas benchmark: a plan with N personas (default 200, every
fourth with a photo, each with a six-stage journey) in a real main window
(offscreen). Measures opening the canvas (card grid built and painted), one
typed edit end to end (keystroke → undo command → service → file → card and
form refreshed → Problems panel), a journey cell edit, selecting another
card, delete + undo of a persona with its journey, and the rule provider.

Run: ``python bench/personas.py [--personas N] [--edits N]``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _fill(plan, count: int, photo: tuple[bytes, str]) -> None:
    """*count* personas with full text, a journey each, a photo on every fourth."""
    import uuid

    from app.models.personas.rules import JOURNEY_STAGES

    with plan.transaction() as conn:  # straight SQL: building the plan is not what is measured
        for i in range(count):
            pid = str(uuid.uuid4())
            data, mime = photo if i % 4 == 0 else (None, None)
            conn.execute(
                "INSERT INTO persona (id, position, name, role, age_band, city_tier, income_band, customer_share_pct,"
                " goals, pain_points, behaviours, preferred_channels, buying_triggers, quote, photo, photo_mime,"
                " profile)"
                " VALUES (?, ?, ?, '互联网公司产品经理', '25–34 岁', '一线 / 新一线', '月收入 1.5–3 万元', 0.5,"
                " ?, ?, ?, '小红书、天猫、美团闪购', '新口味限定、博主真实测评', '想喝点有茶味的。', ?, ?, '')",
                (
                    pid,
                    i,
                    f"都市白领 {i:03d}",
                    "控糖、保持下午精力" * 3,
                    "办公室泡茶麻烦" * 3,
                    "每天刷小红书" * 4,
                    data,
                    mime,
                ),
            )
            conn.executemany(
                "INSERT INTO journey_stage (id, position, persona_id, stage, touchpoints, channels, tactic)"
                " VALUES (?, ?, ?, ?, '小红书测评笔记', '小红书、天猫', '投放 KOC 真实测评')",
                [(str(uuid.uuid4()), n, pid, stage) for n, stage in enumerate(JOURNEY_STAGES)],
            )


def _photo() -> tuple[bytes, str]:
    """A 600×800 PNG photo, stored the way the editor stores one."""
    import io

    from PIL import Image

    from app.services.plan import images

    raw = io.BytesIO()
    Image.radial_gradient("L").resize((600, 800)).convert("RGB").save(raw, "PNG")
    return images.encode_image(raw.getvalue(), "bench.png", "photo")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--personas", type=int, default=200)
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()
    from gui_window import ms as _ms
    from gui_window import plan_window

    with plan_window(lambda plan: _fill(plan, args.personas, _photo())) as (app, window):
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        from app.services.personas.problems import persona_findings

        start = time.perf_counter()
        window.navigator.setCurrentRow(list(window.editors).index("personas"))
        editor = window.editors["personas"]
        editor.cards.repaint()  # paint the visible cards (photos decoded)
        app.processEvents()
        first_show = time.perf_counter() - start

        typing, journey, selects = [], [], []
        role = editor.detail.widgets["role"]
        for i in range(args.edits):
            editor.select_persona(editor.model.rows[(i * 7) % args.personas]["id"])
            role.setFocus()
            start = time.perf_counter()
            QTest.keyClick(role, Qt.Key_A)  # one keystroke: command, commit, card + form + Problems
            editor.cards.repaint()
            app.processEvents()
            typing.append(time.perf_counter() - start)
            start = time.perf_counter()
            editor.journeys.model.setData(editor.journeys.model.index(i % 6, 2), f"策略 {i}")
            app.processEvents()
            journey.append(time.perf_counter() - start)
            start = time.perf_counter()
            editor.select_persona(editor.model.rows[(i * 13 + 5) % args.personas]["id"])
            app.processEvents()
            selects.append(time.perf_counter() - start)
        deletes, undos = [], []
        for i in range(10):
            editor.select_persona(editor.model.rows[i * 3]["id"])
            start = time.perf_counter()
            editor.remove_selected()
            editor.cards.repaint()
            app.processEvents()
            deletes.append(time.perf_counter() - start)
            start = time.perf_counter()
            window.undo_action.trigger()
            editor.cards.repaint()
            app.processEvents()
            undos.append(time.perf_counter() - start)
        provider = []
        for _ in range(30):
            start = time.perf_counter()
            found = persona_findings(window.document.plan)
            provider.append(time.perf_counter() - start)
    print(f"personas: {args.personas} (every fourth with a photo), edits: {args.edits}, findings: {len(found)}")
    print(f"open the canvas (card grid built and painted): {first_show * 1000:6.1f} ms")
    print(f"keystroke in a persona field, to saved card + form + Problems: {_ms(typing)}")
    print(f"journey cell edit incl. refresh: {_ms(journey)}")
    print(f"select another card (form and journey shown): {_ms(selects)}")
    print(f"delete a persona with its journey incl. refresh: {_ms(deletes)}")
    print(f"undo of that delete incl. refresh: {_ms(undos)}")
    print(f"persona rule provider alone: {_ms(provider)}")


if __name__ == "__main__":
    main()
