"""Each edit is one transaction (all or nothing): commands of the canvases
that make several service calls leave a half edit behind when the second
call fails — as a kill, a full disk or a vanished file between the two
would. Found while writing the canvas kill suite; they were strict xfail
tests until each became one transaction (nested PlanFile.transaction(),
budget_service.delete_lines, swot_strategies.add_strategy_citing)."""

from __future__ import annotations

import pytest
from reliability_support import plan_state

from app.services.budget import service as budget_service
from app.services.plan import samples
from app.services.plan.errors import PlanWriteError
from app.services.plan.storage.plan_file import PlanFile
from app.services.swot import strategies as swot_strategies


@pytest.fixture
def document(qapp, tmp_path):
    from app.views.common.plan_document import PlanDocument

    opened = PlanDocument(PlanFile.open(samples.create_demo_plan("en", tmp_path), keep_backups=0))
    yield opened
    opened.close()


def fail_on_call(monkeypatch, module, name: str, call: int) -> None:
    """Make module.name raise PlanWriteError on its *call*-th call (1-based)."""
    real, calls = getattr(module, name), []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise PlanWriteError("Could not save the change: the disk is full.")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, flaky)


def test_deleting_several_budget_lines_is_all_or_nothing(document, monkeypatch):
    from app.views.budget.commands import DeleteLinesCommand

    lines = [r[0] for r in document.plan.conn.execute("SELECT id FROM budget_line LIMIT 2")]
    before = plan_state(document.plan.conn)
    fail_on_call(monkeypatch, budget_service, "delete_line", 2)
    assert not document.execute(DeleteLinesCommand(document, lines))
    assert plan_state(document.plan.conn) == before, "the first line is gone, with no undo step to bring it back"


def test_adding_a_strategy_that_cites_items_is_all_or_nothing(document, monkeypatch):
    from app.views.swot.commands import AddStrategyCommand

    items = [r[0] for r in document.plan.conn.execute("SELECT id FROM swot_item LIMIT 2")]
    before = plan_state(document.plan.conn)
    fail_on_call(monkeypatch, swot_strategies, "set_citations", 1)
    assert not document.execute(AddStrategyCommand(document, "SO", items))
    assert plan_state(document.plan.conn) == before, "a strategy without its citations stays, with no undo step"


def test_deleting_a_budget_line_is_one_transaction(document, monkeypatch):
    """Found by the canvas kill suite (a kill between the two commits left a
    line with no amounts). budget_service.delete_line commits
    ``DELETE FROM budget_cell`` and then calls rows.delete_row, which commits
    again; restore_line (its undo) and kpi_service.restore_kpi (the playbook
    triggers) have the same shape. A failing second commit stands for a kill."""
    plan = document.plan
    line = plan.conn.execute("SELECT budget_line_id FROM budget_cell LIMIT 1").fetchone()[0]
    before = plan_state(plan.conn)

    def full_disk(*args, **kwargs):
        raise PlanWriteError("Could not save the change: the disk is full.")

    monkeypatch.setattr(budget_service, "delete_row", full_disk)
    with pytest.raises(PlanWriteError):
        budget_service.delete_line(plan, line)
    assert plan_state(plan.conn) == before, "the line's amounts are gone while the line stays"
