"""Service validators under Hypothesis: every public update function of every
canvas service gets arbitrary text and numbers (NaN, ±inf, huge, negative,
lone surrogates, control characters, very long strings, None, booleans) for
every field. Either the edit is stored and reads back equal (text exactly;
numbers as the same finite number), or EditRefused is raised with a one-line,
printable message naming the field and the file's bytes are unchanged —
never another exception."""

from __future__ import annotations

import hashlib
import math
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import strategies as st
from reliability_support import record_figures, run_examples

from app.services.budget import service as budget_service
from app.services.calendar import service as calendar_service
from app.services.competitors import service as competitor_service
from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service
from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.personas import tiers as tier_service
from app.services.plan import samples
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import playbooks as playbook_service
from app.services.risks import service as risk_service
from app.services.swot import service as swot_service
from app.services.swot import strategies as swot_strategies

EXAMPLES, SLOW_EXAMPLES = 30, 600
MONTH = "2027-01"
ID_FIELDS = {"campaign_id", "channel_id", "severity_level_id", "trigger_kpi_id", "trigger_risk_id"}
NORMALISED = {"category", "color"}  # stored as a key / canonical spelling, not as typed

WEIRD = (
    "",
    " ",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "1e309",
    "-1e309",
    "1,200",
    "12.5 %",
    "１２",
    "٣",
    "0x10",
    " 5 ",
    "-0",
    "1_000",
    "1e-320",
    "9" * 400,
    "=1+1",
    "@SUM(A1)",
    "\t-3",
    "2027-02-30",
    "2027-13-01",
    "9999-12-31",
    "0001-01-01",
    "#c8102e",
    "#12345",
    "red",
    "\ud800",
    "a\udfffb",
    "\x00",
    "\x1b[31mred",
    "line\nbreak",
    "\u202e",
    "😀👍🏽",
    "栖云茶研",
    "higher",
    "monthly",
    "open",
    "planned",
    "warm_up",
    "SO",
)
values = st.one_of(
    st.sampled_from(WEIRD),
    st.text(alphabet=st.characters(blacklist_categories=()), max_size=30),
    st.integers(-(2**53), 2**53),  # Python ints beyond: see test_python_ints_beyond_float_and_sqlite_range
    st.sampled_from([10**15, -(10**15), 2**53, -1, 0, 1, 5, 10, 100, 101]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([None, True, False]),
    st.integers(1, 25_000).map(lambda n: "長" * n),
)


def _first(conn, sql: str, params: tuple = ()) -> str:
    return conn.execute(sql, params).fetchone()[0]


def targets(conn) -> dict[str, tuple]:
    """name → (fields, setter(plan, field, value), reader(conn, field)) on the demo plan's first rows."""

    def row_of(table):
        row_id = _first(conn, f'SELECT id FROM "{table}" ORDER BY rowid LIMIT 1')

        def read(c, field):
            return c.execute(f'SELECT "{field}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()[0]

        return row_id, read

    found = {}

    def simple(name, table, fields, update):
        row_id, read = row_of(table)
        found[name] = (tuple(fields), lambda plan, f, v: update(plan, row_id, f, v), read)

    simple("swot item", "swot_item", swot_service.ITEM_LABELS, swot_service.update_item)
    simple("TOWS strategy", "tows_strategy", swot_strategies.STRATEGY_LABELS, swot_strategies.update_strategy)
    simple("persona", "persona", persona_service.FIELDS, persona_service.update_persona)
    simple("value tier", "value_tier", tier_service.FIELDS, tier_service.update_tier)
    simple("competitor", "competitor", competitor_service.rules.FIELDS, competitor_service.update_competitor)
    simple("campaign", "campaign", calendar_service.CAMPAIGN_FIELDS, calendar_service.update_campaign)
    simple("phase", "campaign_phase", calendar_service.PHASE_FIELDS, calendar_service.update_phase)
    simple("milestone", "milestone", calendar_service.MILESTONE_FIELDS, calendar_service.update_milestone)
    simple("budget line", "budget_line", budget_service.LINE_FIELDS, budget_service.update_line)
    simple("KPI", "kpi", kpi_service.FIELDS, kpi_service.update_kpi)
    simple("risk", "risk", risk_service.LABELS, risk_service.update_risk)
    simple("playbook", "playbook", playbook_service.PLAYBOOK_FIELDS, playbook_service.update_playbook)
    simple("severity level", "severity_level", playbook_service.LEVEL_FIELDS, playbook_service.update_level)
    for table, fields in playbook_service.CHILD_FIELDS.items():
        row_id, read = row_of(table)
        found[table] = (
            tuple(fields),
            lambda plan, f, v, t=table, r=row_id: playbook_service.update_child(plan, t, r, f, v),
            read,
        )

    persona = _first(conn, "SELECT id FROM persona ORDER BY rowid LIMIT 1")
    found["journey cell"] = (
        tuple(journey_service.FIELDS),
        lambda plan, f, v: journey_service.set_stage_field(plan, persona, "purchase", f, v),
        lambda c, f: next(r for r in journey_service.journey(_Plan(c), persona) if r["stage"] == "purchase")[f],
    )
    line = _first(conn, "SELECT id FROM budget_line ORDER BY rowid LIMIT 1")
    found["budget cell"] = (
        ("planned", "actual"),
        lambda plan, f, v: budget_service.set_cells(plan, [(line, MONTH, f, v)]),
        lambda c, f: (
            c.execute(f"SELECT {f} FROM budget_cell WHERE budget_line_id = ? AND month = ?", (line, MONTH)).fetchone()
            or (None,)
        )[0],
    )
    found["plan budget"] = (
        ("total_budget", "reserve_pct"),
        lambda plan, f, v: (budget_service.set_total_budget if f == "total_budget" else budget_service.set_reserve_pct)(
            plan, v
        ),
        lambda c, f: c.execute(f"SELECT {f} FROM plan").fetchone()[0],
    )
    channel = _first(conn, "SELECT id FROM channel ORDER BY rowid LIMIT 1")
    found["forecast input"] = (
        forecast_service.INPUTS,
        lambda plan, f, v: forecast_service.set_input(plan, channel, f, v),
        lambda c, f: (
            c.execute(f"SELECT {f} FROM forecast_assumption WHERE channel_id = ?", (channel,)).fetchone() or (None,)
        )[0],
    )
    return found


class _Plan:
    """Just enough of a PlanFile (a conn) for the read helpers of the services."""

    def __init__(self, conn):
        self.conn = conn


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_stored(field: str, value, stored) -> None:
    """An accepted edit reads back equal: text as typed, numbers as the same finite number."""
    if isinstance(stored, float):
        assert math.isfinite(stored), f"{field}: {value!r} stored as {stored!r}"
    if isinstance(value, str) and isinstance(stored, str):
        assert stored == value or field.rsplit(".", 1)[-1] in NORMALISED, f"{field}: {value!r} read back as {stored!r}"
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and isinstance(stored, (int, float)):
        # shares are kept to 4 decimals (persona_service.parse_share): 12.345678 % reads back as 12.3457
        assert math.isclose(float(stored), float(value), rel_tol=1e-12, abs_tol=5e-5), (
            f"{field}: {value!r} read back as {stored!r}"
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool) and isinstance(stored, str):
        raise AssertionError(f"{field}: the number {value!r} was stored as text {stored!r}")
    elif value in (None, "") and stored not in (None, ""):
        raise AssertionError(f"{field}: clearing it left {stored!r}")


@pytest.fixture(scope="module")
def demo_plan():
    folder = Path(tempfile.mkdtemp(prefix="stratdeck-validators-"))
    path = samples.create_demo_plan("en", folder)
    with PlanFile.open(path, keep_backups=0) as plan:
        yield plan, targets(plan.conn)
    shutil.rmtree(folder, ignore_errors=True)


def run_target(demo_plan, name: str, examples: int) -> None:
    plan, found = demo_plan
    fields, setter, reader = found[name]
    tally = {"stored": 0, "refused": 0, "surrogate": 0}

    def case(field, value):
        before = _digest(plan.path)
        try:
            setter(plan, field, value)
        except EditRefused as exc:
            message = str(exc)
            assert exc.field == field, f"{name}.{field} = {value!r}: refusal names {exc.field!r}: {message}"
            assert message and message.isprintable(), f"{name}.{field} = {value!r}: message {message!r}"
            assert _digest(plan.path) == before, f"{name}.{field} = {value!r}: refused, yet the file changed"
            tally["refused"] += 1
            return
        check_stored(f"{name}.{field}", value, reader(plan.conn, field))
        tally["stored"] += 1

    started = time.monotonic()
    run_examples(f"canvas validators: {name}", case, {"field": st.sampled_from(fields), "value": values}, examples)
    record_figures(f"canvas validators: {name} outcome", **tally, seconds=round(time.monotonic() - started, 1))


NAMES = (
    "swot item",
    "TOWS strategy",
    "persona",
    "journey cell",
    "value tier",
    "competitor",
    "campaign",
    "phase",
    "milestone",
    "budget line",
    "budget cell",
    "plan budget",
    "forecast input",
    "KPI",
    "risk",
    "playbook",
    "severity level",
    "escalation_contact",
    "playbook_step",
    "holding_statement",
)


@pytest.mark.parametrize("name", NAMES)
def test_any_value_is_stored_as_given_or_refused_naming_the_field(demo_plan, name):
    run_target(demo_plan, name, EXAMPLES)


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_any_value_long(demo_plan, name):
    run_target(demo_plan, name, SLOW_EXAMPLES)


# -- defects found by this suite, reproduced exactly (app/ is not ours to fix) ---------------
def _refusal(demo_plan, name: str, field: str, value) -> EditRefused:
    plan, found = demo_plan
    before = _digest(plan.path)
    with pytest.raises(EditRefused) as refused:
        found[name][1](plan, field, value)
    assert _digest(plan.path) == before
    return refused.value


HUGE_INTS = [
    ("competitor", "price_score", 10**400),  # competitor_rules.parse_number: float(value)
    ("persona", "customer_share_pct", 10**400),  # persona_service.parse_share: float(value)
    ("value tier", "revenue_share_pct", 10**400),  # tier_service.check_value → parse_share
    ("budget cell", "planned", 10**400),  # budget_rules.parse_amount: float(value)
    ("plan budget", "total_budget", 10**400),  # budget_rules.parse_amount
    ("plan budget", "reserve_pct", 10**400),
    ("forecast input", "cac", 10**400),  # forecast_service._number catches only TypeError/ValueError
    ("KPI", "target", 10**400),  # kpi_service._number
    ("severity level", "update_interval_hours", 10**400),  # crisis_checks.positive
    ("playbook", "severity_level_id", 2**63),  # _check_playbook_value: SELECT … WHERE id = ? with the int
    ("playbook", "trigger_kpi_id", 2**63),
    ("milestone", "campaign_id", 2**63),  # calendar_parts._check_milestone_value → _campaign_row
    ("KPI", "campaign_id", 2**63),
    ("budget line", "channel_id", 2**63),  # budget_service._check_line_value
    ("budget line", "campaign_id", 2**63),
]


@pytest.mark.parametrize(("name", "field", "value"), HUGE_INTS, ids=[f"{n}.{f}" for n, f, _ in HUGE_INTS])
def test_python_ints_beyond_float_and_sqlite_range_are_refused(demo_plan, name, field, value):
    assert _refusal(demo_plan, name, field, value).field == field


def test_a_lone_surrogate_refusal_names_the_field(demo_plan):
    exc = _refusal(demo_plan, "persona", "name", "Ann\ud800")
    assert exc.field == "name" and "Name" in str(exc)


def test_a_share_refusal_quoting_control_characters_stays_printable(demo_plan):
    assert str(_refusal(demo_plan, "persona", "customer_share_pct", "12\x1b[31m")).isprintable()


def test_a_milestone_with_an_unknown_campaign_is_refused_naming_campaign_id(demo_plan):
    assert _refusal(demo_plan, "milestone", "campaign_id", "no-such-campaign").field == "campaign_id"


SURROGATE_IDS = [
    ("milestone", "campaign_id"),  # calendar_checks.py: the campaign lookup before the transaction
    ("budget line", "channel_id"),  # budget_service._check_line_value
    ("budget line", "campaign_id"),
    ("playbook", "severity_level_id"),  # playbook_service._check_playbook_value
    ("playbook", "trigger_risk_id"),
    ("KPI", "campaign_id"),
]


@pytest.mark.parametrize(("name", "field"), SURROGATE_IDS, ids=[f"{n}.{f}" for n, f in SURROGATE_IDS])
def test_a_lone_surrogate_as_a_row_id_is_refused(demo_plan, name, field):
    _refusal(demo_plan, name, field, "\ud800")


def test_a_budget_cell_refusal_naming_a_line_with_a_line_break_is_one_line(demo_plan):
    plan, _ = demo_plan
    line = _first(plan.conn, "SELECT id FROM budget_line ORDER BY rowid LIMIT 1")
    budget_service.update_line(plan, line, "sub_channel", "Feed\nads")
    message = str(_refusal(demo_plan, "budget cell", "planned", "abc"))
    assert "\n" not in message and message.isprintable(), message
