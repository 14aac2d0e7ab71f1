"""Random sequences of persona, tier and journey edits through the undo
stack: undoing them all gives back the file as it was, redoing them all
gives the file as it was after the edits (every edit undoable, multi-row
edits one step)."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.personas.rules import JOURNEY_STAGES
from app.services.plan.storage.plan_file import PlanFile

TABLES = ("persona", "journey_stage", "value_tier", "campaign_persona")

operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.text(max_size=8)),
        st.tuples(st.just("edit"), st.integers(0, 9), st.sampled_from(["name", "goals", "quote"]), st.text(max_size=8)),
        st.tuples(st.just("share"), st.integers(0, 9), st.integers(0, 100)),
        st.tuples(st.just("delete"), st.integers(0, 9)),
        st.tuples(st.just("duplicate"), st.integers(0, 9)),
        st.tuples(st.just("move"), st.integers(0, 9), st.integers(0, 9)),
        st.tuples(st.just("stage"), st.integers(0, 9), st.sampled_from(JOURNEY_STAGES), st.text(max_size=5)),
        st.tuples(
            st.just("tiers"),
        ),
        st.tuples(st.just("tier_share"), st.integers(0, 9), st.integers(0, 100)),
    ),
    max_size=14,
)


def _snapshot(plan) -> dict:
    return {t: sorted(map(tuple, plan.conn.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in TABLES}


def _command(document, op):
    from app.services.personas import service as persona_service
    from app.services.personas import tiers as tier_service
    from app.views.personas import commands as pc
    from app.views.personas import tier_commands as tc

    personas = persona_service.list_personas(document.plan)
    tiers = tier_service.list_tiers(document.plan)

    def pick(rows, n):
        return rows[n % len(rows)]["id"] if rows else None

    kind = op[0]
    if kind == "add":
        return pc.AddPersonaCommand(document, len(personas), {"name": op[1]})
    if kind == "tiers":
        return tc.AddStandardTiersCommand(document)
    if kind == "tier_share" and tiers:
        tier = tiers[op[1] % len(tiers)]
        return tc.EditTierCommand(document, tier["id"], "customer_share_pct", tier["customer_share_pct"], op[2])
    persona_id = pick(personas, op[1]) if len(op) > 1 else None
    if persona_id is None:
        return None
    row = next(p for p in personas if p["id"] == persona_id)
    if kind == "edit":
        return pc.EditPersonaCommand(document, persona_id, op[2], row[op[2]], op[3], session=id(op))
    if kind == "share":
        return pc.EditPersonaCommand(document, persona_id, "customer_share_pct", row["customer_share_pct"], op[2])
    if kind == "delete":
        return pc.DeletePersonasCommand(document, [persona_id])
    if kind == "duplicate":
        return pc.DuplicatePersonaCommand(document, persona_id)
    if kind == "move":
        return pc.MovePersonaCommand(document, persona_id, personas.index(row), op[2] % len(personas))
    if kind == "stage":
        from app.services.personas import journeys as journey_service

        old = next(s for s in journey_service.journey(document.plan, persona_id) if s["stage"] == op[2])["tactic"]
        return pc.EditStageCommand(document, persona_id, op[2], "tactic", old, op[3])
    return None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_undo_all_then_redo_all_restores_each_state(qapp, tmp_path, ops):
    from app.views.common.plan_document import PlanDocument

    plan = PlanFile.create(tmp_path / f"{uuid.uuid4()}.stratdeck", title="Undo", language="en")
    document = PlanDocument(plan)
    try:
        with plan.transaction() as conn:  # a campaign targeting the first persona added below
            conn.execute(
                "INSERT INTO persona (id, position, name, role, age_band, city_tier, income_band, goals,"
                " pain_points, behaviours, preferred_channels, buying_triggers, quote, profile)"
                " VALUES ('p0', 0, 'Lin', '', '', '', '', '', '', '', '', '', '', '')"
            )
            conn.execute(
                "INSERT INTO campaign (id, position, name, objective, owner, status)"
                " VALUES ('c1', 0, '618', '', '', 'idea')"
            )
            conn.execute("INSERT INTO campaign_persona (campaign_id, persona_id, position) VALUES ('c1', 'p0', 0)")
        before = _snapshot(plan)
        for op in ops:
            command = _command(document, op)
            if command is not None:
                document.execute(command)
        after = _snapshot(plan)
        stack = document.undo_stack
        while stack.canUndo():
            stack.undo()
        assert _snapshot(plan) == before
        while stack.canRedo():
            stack.redo()
        assert _snapshot(plan) == after
    finally:
        document.close()
