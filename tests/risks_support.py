"""Helpers for the Risks and Playbooks tests: open the demo on a canvas,
read plan rows straight from the file, and a small playbook plan."""

from __future__ import annotations

from pathlib import Path

from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import playbooks as playbook_service
from app.services.risks import service as risk_service
from tests.gui_support import stored_rows


def open_canvas(window, key: str):
    """Open the demo plan and show canvas *key*; return its editor."""
    assert window.open_demo()
    window.navigator.setCurrentRow(list(window.editors).index(key))
    return window.editors[key]


rows = stored_rows  # rows read from the plan file by another connection


def playbook_plan(path: Path, *, brand: str = "Qiyun", product: str = "Cold brew") -> dict:
    """A plan with the standard levels, one risk and one playbook with two
    contacts, three steps and a statement; return the ids by name."""
    plan = PlanFile.create(path, title="Crisis plan", language="en")
    try:
        plan.conn.execute('UPDATE "plan" SET brand = ?', (brand,))
        plan.conn.commit()
        levels = playbook_service.add_standard_levels(plan, "en").ids
        risk = risk_service.add_risk(plan, {"title": "Leak", "likelihood": 4, "impact": 5, "owner": "Qian"}).ids[0]
        playbook = playbook_service.add_playbook(
            plan,
            {
                "name": "Complaint",
                "severity_level_id": levels[0],
                "trigger_text": "500 posts in 2 hours",
                "trigger_risk_id": risk,
                "spokesperson": "Zheng Wan",
                "product": product,
            },
        ).ids[0]
        for role, name in (("PR director", "Zheng Wan"), ("CEO", "Xu Wentao")):
            playbook_service.add_child(plan, "escalation_contact", playbook, {"role": role, "name": name})
        steps = [
            playbook_service.add_child(
                plan, "playbook_step", playbook, {"action": action, "owner": owner, "offset_minutes": offset}
            ).ids[0]
            for action, owner, offset in (
                ("Confirm the case", "Liu", 0),
                ("Form the task force", "Xu", 60),
                ("Publish the statement", "Zheng", 240),
            )
        ]
        statement = playbook_service.add_child(
            plan,
            "holding_statement",
            playbook,
            {"title": "Holding statement", "body": "On {date} we heard about {brand} {product}."},
        ).ids[0]
    finally:
        plan.close()
    return {"levels": levels, "risk": risk, "playbook": playbook, "steps": steps, "statement": statement}


def reopen(window) -> None:
    """Close the open plan and open it again. Pending Problems-panel work is
    run first: a deferred refresh firing after the close would read a closed
    plan (a ProblemsPanel issue reported to the lead)."""
    path = window.document.plan.path
    window.problems.refresh(window.document.plan)
    window.close_plan()
    assert window.open_plan(str(path))


def problems_at_once(monkeypatch) -> None:
    """Make the Problems panel refresh at once after every edit. On a busy
    machine its rules can exceed the quick limit, and the deferred refresh
    then fires after the test closed the plan (reported to the lead)."""
    from app.views.shell.problems_panel import ProblemsPanel

    monkeypatch.setattr(ProblemsPanel, "QUICK_SECONDS", 60.0)


def pdf_text_sizes(path: Path) -> list[list[tuple[str, float]]]:
    """For each page of the PDF, the (text, font size in points as printed)
    of every piece of text, the canvas and text scaling applied."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(path).pages:
        found: list[tuple[str, float]] = []

        def visit(text, cm, tm, font_dict, font_size, found=found):
            if text.strip():
                scale_tm = (tm[0] ** 2 + tm[1] ** 2) ** 0.5
                scale_cm = (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                found.append((text, font_size * scale_tm * scale_cm))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def add_steps(path: Path, playbook_id: str, count: int, *, language: str = "zh") -> None:
    """Give a playbook *count* more timed steps (and the plan *language*)."""
    with PlanFile.open(path) as plan:
        for n in range(count):
            playbook_service.add_child(
                plan,
                "playbook_step",
                playbook_id,
                {"action": f"第 {n} 步：通知相关负责人并记录处理进展", "owner": "郑婉", "offset_minutes": 300 + n * 30},
            )
        plan.conn.execute('UPDATE "plan" SET language = ?', (language,))
        plan.conn.commit()
