"""The shared value checks of app/services/plan/field_checks.py and the shared
row edits (rows.update_field, crisis_rows.take_out) that several canvases'
services call: same answers and byte-identical refusals wherever used."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.overview import service as overview_service
from app.services.plan.errors import EditRefused
from app.services.plan.field_checks import finite_number, is_blank, is_iso_date, text_value, typed_number
from app.services.plan.rows import update_field
from app.services.risks import crisis_rows
from app.services.risks import service as risk_service


def _strict_date(value) -> bool:
    """The check each service spelled out before it was shared."""
    try:
        return isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


@given(st.one_of(st.dates().map(dt.date.isoformat), st.text(max_size=12), st.integers(), st.none()))
def test_is_iso_date_accepts_exactly_the_strict_yyyy_mm_dd_spelling(value):
    assert is_iso_date(value) == _strict_date(value)


@pytest.mark.parametrize("value", ["2027-02-29", "20270101", "2027-1-05", "2027-01-05T00:00", " 2027-01-05", ""])
def test_is_iso_date_refuses_near_misses(value):
    assert not is_iso_date(value)


def test_text_value_refusals_keep_their_wording():
    assert text_value("note", "Note", "abc", 3) == "abc"
    with pytest.raises(EditRefused) as not_text:
        text_value("note", "Note", 5, 3)
    assert (not_text.value.field, str(not_text.value)) == ("note", "Note must be text.")
    with pytest.raises(EditRefused) as too_long:
        text_value("note", "Note", "abcd", 3)
    assert str(too_long.value) == "Note is too long (4 characters; at most 3)."


@pytest.mark.parametrize(
    ("value", "number"),
    [("1,200", 1200.0), (" 12.5 ", 12.5), (7, 7.0), ("abc", None), ("NaN", None), (math.inf, None), (True, None)],
)
def test_typed_number_reads_what_a_user_types(value, number):
    assert typed_number(value) == number


def test_blanks_and_unusable_numbers():
    assert is_blank(None) and is_blank("  ") and not is_blank(0) and not is_blank("0")
    assert finite_number(None) is None and finite_number("1e3") == 1000.0 and finite_number([1]) is None


def test_update_field_stores_or_refuses_a_row_that_is_gone(new_plan):
    objective = overview_service.add_objective(new_plan, "Grow").ids[0]
    update_field(new_plan, "objective", objective, "metric", "Share", "gone")
    assert overview_service.list_objectives(new_plan)[0]["metric"] == "Share"
    with pytest.raises(EditRefused) as refused:
        update_field(new_plan, "objective", "no-such-id", "metric", "x", "That objective no longer exists.")
    assert (refused.value.field, str(refused.value)) == ("metric", "That objective no longer exists.")


def test_take_out_returns_a_snapshot_that_puts_the_row_back(new_plan):
    risk = risk_service.add_risk(new_plan, {"title": "Supply"}).ids[0]
    snapshot = crisis_rows.take_out(new_plan, "risk", risk, "gone")
    assert new_plan.conn.execute("SELECT COUNT(*) FROM risk").fetchone()[0] == 0
    with pytest.raises(EditRefused) as refused:
        crisis_rows.take_out(new_plan, "risk", risk, "That risk no longer exists.")
    assert (refused.value.field, str(refused.value)) == ("", "That risk no longer exists.")
    with new_plan.transaction() as conn:
        crisis_rows.put_back(conn, snapshot)
    assert new_plan.conn.execute("SELECT title FROM risk WHERE id = ?", (risk,)).fetchone()[0] == "Supply"
