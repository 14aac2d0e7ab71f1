"""Undo and redo across the canvases (reliability case 20): a Hypothesis
state machine pushes the editors' undo commands of SWOT & TOWS, personas and
journeys, competitors, the calendar (campaigns and phases, incl. drag-like
moves), the budget (pasted blocks of cells, lines), KPIs, risks and playbook
steps (tests/canvas_ops.py) through PlanDocument.execute on the demo plan,
and undoes and redoes at random.

Model: the plan state (JSON export without modified_at) after each command on
the stack. The file always holds the state at the stack index; a refused
edit changes nothing; at the end undoing everything gives the demo plan,
redoing everything the end plan, integrity_check says ok and the closed file
reopens as the end plan."""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from canvas_ops import GENERATORS, UNDO_ONLY, command_for, random_op
from edit_ops import random_text
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from reliability_support import plan_state, record_figures

from app.services.plan import samples
from app.services.plan.storage.plan_file import PlanFile

_DEMO: dict[str, Path] = {}
MERGING = {"swot_edit", "tows_edit", "persona_edit", "risk_edit", "step_edit"}  # typing sessions merge


def demo_copy(folder: Path) -> Path:
    """A fresh copy of the demo plan (built once per run, then file-copied: it is closed)."""
    if "path" not in _DEMO:
        folder_of_demo = tempfile.mkdtemp(prefix="stratdeck-demo-")
        atexit.register(shutil.rmtree, folder_of_demo, True)
        _DEMO["path"] = samples.create_demo_plan("zh", Path(folder_of_demo))
    target = folder / "Canvases.stratdeck"
    shutil.copyfile(_DEMO["path"], target)
    return target


class CanvasUndo(RuleBasedStateMachine):
    """Random canvas commands, undo and redo, against a list of states."""

    tally = {"machines": 0, "steps": 0, "commands": 0, "undos": 0, "redos": 0, "refused": 0, "merged": 0}
    kinds: dict[str, int] = {}

    def __init__(self):
        super().__init__()
        self.tally["machines"] += 1
        from app.views.common.plan_document import PlanDocument

        self.folder = Path(tempfile.mkdtemp(prefix="stratdeck-canvas-undo-"))
        self.path = demo_copy(self.folder)
        with PlanFile.open(self.path, read_only=True) as plan:
            self.start = plan_state(plan.conn)
        self.document = PlanDocument(PlanFile.open(self.path, keep_backups=0))
        self.stack = self.document.undo_stack
        self.states = [self.state()]
        assert self.states[0] == self.start
        self.session = 0
        self.last_typed = None

    def state(self) -> dict:
        return plan_state(self.document.plan.conn)

    def execute(self, command, what: str) -> None:
        """Push *command*; keep the states in step with the stack."""
        old = self.stack.index()
        accepted = self.document.execute(command)
        now, new = self.state(), self.stack.index()
        if not accepted:
            self.tally["refused"] += 1
            assert new == old and now == self.states[old], f"a refused {what} changed the plan"
            return
        self.tally["commands"] += 1
        self.kinds[what] = self.kinds.get(what, 0) + 1
        if new == old + 1:
            self.states = self.states[:new] + [now]
        elif new == old:
            self.tally["merged"] += 1
            self.states = self.states[:new] + [now]
        else:
            assert new == old - 1, (old, new)
            self.states = self.states[: new + 1]
            assert now == self.states[new]
        assert len(self.states) == self.stack.count() + 1

    @rule(
        canvas=st.sampled_from(sorted({**GENERATORS, **UNDO_ONLY})),
        seed=st.integers(0, 2**32 - 1),
        new_session=st.booleans(),
    )
    def edit(self, canvas, seed, new_session):
        self.session += new_session
        op = random_op(random.Random(seed), self.document.plan.conn, canvas)
        command = command_for(self.document, op, self.session)
        self.execute(command, op["op"])
        typed = op["op"] in MERGING and self.stack.index() > 0 and self.stack.command(self.stack.index() - 1) is command
        self.last_typed = (op, command.old) if typed else None

    @precondition(lambda self: self.last_typed is not None)
    @rule(seed=st.integers(0, 2**32 - 1), back_to_start=st.booleans())
    def keep_typing(self, seed, back_to_start):
        """Type on in the same field in the same session: the commands merge
        (back to the value before the session: the merged step is obsolete)."""
        op, old = self.last_typed
        value = old if back_to_start else random_text(random.Random(seed), 200)
        self.execute(command_for(self.document, {**op, "value": value}, self.session), op["op"] + " (typing)")

    @precondition(lambda self: self.stack.canUndo())
    @rule(times=st.integers(1, 3))
    def undo(self, times):
        self.last_typed = None
        for _ in range(times):
            if self.stack.canUndo():
                self.tally["undos"] += 1
                self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self):
        self.last_typed = None
        self.tally["redos"] += 1
        self.stack.redo()

    @rule()
    def reopen_read_only(self):
        with PlanFile.open(self.path, read_only=True) as other:
            assert plan_state(other.conn) == self.states[self.stack.index()]

    @invariant()
    def file_holds_the_state_at_the_stack_index(self):
        self.tally["steps"] += 1
        assert self.state() == self.states[self.stack.index()], f"after undo/redo at index {self.stack.index()}"

    def teardown(self):
        try:
            while self.stack.canUndo():
                self.stack.undo()
            assert self.state() == self.start, "undoing everything does not give the demo plan back"
            while self.stack.canRedo():
                self.stack.redo()
            assert self.state() == self.states[-1], "redoing everything does not give the end plan"
            conn = self.document.plan.conn
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            self.document.close()
            with PlanFile.open(self.path, keep_backups=0) as again:
                assert plan_state(again.conn) == self.states[-1]
        finally:
            self.document.plan.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def run_machine(examples: int, steps: int) -> None:
    CanvasUndo.tally.update(dict.fromkeys(CanvasUndo.tally, 0))
    CanvasUndo.kinds.clear()
    started = time.monotonic()
    run_state_machine_as_test(
        CanvasUndo,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    seconds = round(time.monotonic() - started, 1)
    record_figures(
        "canvas undo and redo state machine",
        **CanvasUndo.tally,
        kinds=len(CanvasUndo.kinds),
        seconds=seconds,
        failures=0,
    )


def test_canvas_undo_and_redo_give_back_the_demo_and_end_plans(qapp):
    run_machine(examples=12, steps=30)


@pytest.mark.slow
def test_canvas_undo_and_redo_long(qapp):
    run_machine(examples=300, steps=60)
