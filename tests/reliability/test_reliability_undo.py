"""Undo and redo (reliability case 20): a Hypothesis state machine drives the
Overview's undo commands through PlanDocument.execute and its QUndoStack —
field edits (merged within a typing session), logo, objectives added,
edited, moved and deleted, refused edits (end before start, bad currency,
too long, half a surrogate pair) — and undoes and redoes at random.

The model is the list of plan states after 0, 1, … commands on the stack,
compared through the JSON export (without modified_at): the file always
holds the state at the stack's index, a read-only reopen sees the same,
undoing everything gives the starting plan and redoing everything the end
plan, and the closed file reopens as the end plan."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import pytest
from edit_ops import png_bytes
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from plan_builders import AWKWARD_TEXTS
from reliability_support import plan_state, record_figures

from app.services.overview import service as svc
from app.services.plan.storage.plan_file import PlanFile

LOGOS = (None, (png_bytes(3, 2, (200, 16, 46)), "image/png"), (png_bytes(1, 1, (0, 0, 0)), "image/png"))
text = st.one_of(st.sampled_from(AWKWARD_TEXTS), st.text(max_size=12), st.just("x" * 2001), st.just("half \ud83d pair"))
day = st.dates().map(lambda d: d.isoformat() if 2000 <= d.year <= 2040 else "2020-01-01")
FIELD_VALUES = {
    "title": text,
    "brand": text,
    "owner": text,
    "market_context": text,
    "confidentiality": text,
    "currency": st.sampled_from(["CNY", "USD", "EUR", "usd", "CNYX", ""]),
    "language": st.sampled_from(["zh", "en", "fr"]),
    "period_start": st.one_of(st.none(), day, st.just("2027-02-30")),
    "period_end": st.one_of(st.none(), day, st.just("2020-01-01")),
    "brand_color": st.sampled_from([None, "#c8102e", "#00AA55", "red", "#12345"]),
}


class OverviewUndo(RuleBasedStateMachine):
    """Random Overview commands, undo and redo, against a list of states."""

    tally = {"machines": 0, "steps": 0, "undos": 0, "redos": 0, "refused": 0}

    def __init__(self):
        super().__init__()
        self.tally["machines"] += 1
        from app.views.common.plan_document import PlanDocument

        self.folder = Path(tempfile.mkdtemp(prefix="stratdeck-undo-"))
        self.path = self.folder / "Undo.stratdeck"
        self.document = PlanDocument(PlanFile.create(self.path, title="Undo me"))
        self.stack = self.document.undo_stack
        self.states = [self.state()]
        self.session = 0

    def state(self) -> dict:
        return plan_state(self.document.plan.conn)

    def objectives(self) -> list[dict]:
        return svc.list_objectives(self.document.plan)

    def execute(self, command) -> None:
        """Push *command*; keep the states in step with the stack (a merged
        command replaces the top state; an obsolete merge removes it)."""
        old = self.stack.index()
        accepted = self.document.execute(command)
        now, new = self.state(), self.stack.index()
        if not accepted:
            self.tally["refused"] += 1
            assert new == old and now == self.states[old], "a refused edit changed the plan"
            return
        if new in (old, old + 1):
            self.states = self.states[:new] + [now]
        else:
            assert new == old - 1, (old, new)
            self.states = self.states[: new + 1]
            assert now == self.states[new]
        assert len(self.states) == self.stack.count() + 1

    # -- edits ------------------------------------------------------------------
    @rule(data=st.data(), field=st.sampled_from(svc.FIELDS), new_session=st.booleans())
    def set_field(self, data, field, new_session):
        from app.views.overview.commands import SetFieldCommand

        self.session += new_session
        value = data.draw(FIELD_VALUES[field], label="value")
        old = svc.get_overview(self.document.plan)[field]
        self.execute(SetFieldCommand(self.document, field, old, value, self.session))

    @rule(logo=st.sampled_from(LOGOS))
    def set_logo(self, logo):
        from app.views.overview.commands import SetLogoCommand

        row = svc.get_overview(self.document.plan)
        self.execute(SetLogoCommand(self.document, (row["logo"], row["logo_mime"]), logo or (None, None)))

    @rule(index=st.integers(0, 8), value=text)
    def add_objective(self, index, value):
        from app.views.overview.commands import AddObjectiveCommand

        self.execute(AddObjectiveCommand(self.document, index, value))

    @precondition(lambda self: self.objectives())
    @rule(data=st.data())
    def delete_objective(self, data):
        from app.views.overview.commands import DeleteObjectiveCommand

        row = data.draw(st.sampled_from(self.objectives()), label="objective")
        self.execute(DeleteObjectiveCommand(self.document, row["id"]))

    @precondition(lambda self: self.objectives())
    @rule(data=st.data(), index=st.integers(0, 8))
    def move_objective(self, data, index):
        from app.views.overview.commands import MoveObjectiveCommand

        rows = self.objectives()
        row = data.draw(st.sampled_from(rows), label="objective")
        self.execute(MoveObjectiveCommand(self.document, row["id"], rows.index(row), index))

    @precondition(lambda self: self.objectives())
    @rule(data=st.data(), field=st.sampled_from(sorted(svc.OBJECTIVE_FIELDS)), value=text)
    def edit_objective(self, data, field, value):
        from app.views.overview.commands import EditObjectiveCommand

        row = data.draw(st.sampled_from(self.objectives()), label="objective")
        self.execute(EditObjectiveCommand(self.document, row["id"], field, row[field], value))

    # -- undo, redo, reopen ---------------------------------------------------------
    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self):
        self.tally["undos"] += 1
        self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self):
        self.tally["redos"] += 1
        self.stack.redo()

    @rule()
    def reopen_read_only(self):
        with PlanFile.open(self.path, read_only=True) as other:
            assert plan_state(other.conn) == self.states[self.stack.index()]

    @invariant()
    def file_holds_the_state_at_the_stack_index(self):
        self.tally["steps"] += 1
        assert self.state() == self.states[self.stack.index()]

    def teardown(self):
        try:
            while self.stack.canUndo():
                self.stack.undo()
            assert self.state() == self.states[0], "undoing everything does not give the starting plan"
            while self.stack.canRedo():
                self.stack.redo()
            assert self.state() == self.states[-1], "redoing everything does not give the end plan"
            self.document.close()
            with PlanFile.open(self.path, keep_backups=0) as again:
                assert plan_state(again.conn) == self.states[-1]
        finally:
            self.document.plan.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def run_machine(examples: int, steps: int) -> None:
    OverviewUndo.tally.update(dict.fromkeys(OverviewUndo.tally, 0))
    started = time.monotonic()
    run_state_machine_as_test(
        OverviewUndo,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    seconds = round(time.monotonic() - started, 1)
    record_figures("undo and redo state machine", **OverviewUndo.tally, seconds=seconds, failures=0)


def test_undo_and_redo_everything_give_the_start_and_end_plans(qapp):
    run_machine(examples=25, steps=30)


@pytest.mark.slow
def test_undo_and_redo_long(qapp):
    run_machine(examples=500, steps=60)
