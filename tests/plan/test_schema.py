"""The plan schema: the generated snapshot is current, and the rules it
declares (CHECK, foreign keys) are enforced by every created file."""

from __future__ import annotations

from pathlib import Path

import pytest
from file_checks import raw_sqlite

from app.models import schema_snapshot
from app.models.schema_gen import render_snapshot
from app.services.plan import schema
from app.services.plan.errors import EditRefused

SWOT_ID = "00000000-0000-4000-8000-000000000001"
TOWS_ID = "00000000-0000-4000-8000-000000000002"
CAMPAIGN_ID = "00000000-0000-4000-8000-000000000003"


def test_snapshot_is_current():
    """The committed snapshot is exactly what schema_gen renders from the
    SQLModel classes (run ``python -m app.models.schema_gen`` if this fails)."""
    committed = Path(schema_snapshot.__file__).read_text(encoding="utf-8")
    assert committed == render_snapshot()


def test_created_file_holds_exactly_the_snapshot_tables(new_plan):
    stored = {
        name: schema.normalise_sql(sql)
        for name, sql in new_plan.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    }
    assert stored == {t.name: schema.normalise_sql(t.ddl) for t in schema.tables()}


def test_tables_are_listed_parents_first():
    """Import inserts in this order, so every referenced table comes earlier."""
    seen: set[str] = set()
    for table in schema.tables():
        for column in table.columns:
            if column.references:
                assert column.references in seen, f"{table.name}.{column.name}"
        seen.add(table.name)


def _swot_weights(plan) -> list[int]:
    return [r[0] for r in plan.conn.execute("SELECT weight FROM swot_item")]


def test_weight_six_is_refused_and_nothing_is_stored(new_plan):
    with pytest.raises(EditRefused, match="swot_weight"):
        with new_plan.transaction() as conn:
            conn.execute(
                "INSERT INTO swot_item (id, position, quadrant, text, weight, evidence)"
                " VALUES (?, 0, 'S', 'Strong brand', 6, '')",
                (SWOT_ID,),
            )
    assert _swot_weights(new_plan) == []
    with new_plan.transaction() as conn:
        conn.execute(
            "INSERT INTO swot_item (id, position, quadrant, text, weight, evidence)"
            " VALUES (?, 0, 'S', 'Strong brand', 5, '')",
            (SWOT_ID,),
        )
    assert _swot_weights(new_plan) == [5]


@pytest.mark.parametrize(
    ("sql", "rule"),
    [
        ("UPDATE plan SET period_start = '2027-05-01', period_end = '2027-04-30'", "plan_period_order"),
        ("UPDATE plan SET period_start = '2026-13-01'", "plan_start_date"),
        ("UPDATE plan SET period_start = '2026-02-30'", "plan_start_date"),
        ("UPDATE plan SET period_end = 'next spring'", "plan_end_date"),
        ("UPDATE plan SET period_end = '2026-02-03T10:00'", "plan_end_date"),
        ("UPDATE plan SET currency = 'EURO'", "plan_currency"),
        ("UPDATE plan SET brand_color = 'red'", "plan_brand_color"),
        ("UPDATE plan SET language = 'fr'", "plan_language"),
        ("UPDATE plan SET logo = x'00', logo_mime = 'image/gif'", "plan_logo_mime"),
    ],
)
def test_plan_row_checks(new_plan, sql, rule):
    before = new_plan.conn.execute('SELECT * FROM "plan"').fetchone()
    with pytest.raises(EditRefused, match=rule):
        with new_plan.transaction() as conn:
            conn.execute(sql)
    assert new_plan.conn.execute('SELECT * FROM "plan"').fetchone() == before


def _add_campaign(plan) -> None:
    with plan.transaction() as conn:
        conn.execute(
            "INSERT INTO campaign (id, position, name, objective, owner, status, start_date, end_date)"
            " VALUES (?, 0, 'Double 11', '', '', 'planned', '2027-10-20', '2027-11-11')",
            (CAMPAIGN_ID,),
        )


def test_phase_ending_before_it_starts_is_refused(new_plan):
    _add_campaign(new_plan)
    with pytest.raises(EditRefused, match="phase_date_order"):
        with new_plan.transaction() as conn:
            conn.execute(
                "INSERT INTO campaign_phase (id, position, campaign_id, kind, name, start_date, end_date, description)"
                " VALUES (?, 0, ?, 'launch', 'Launch', '2027-11-11', '2027-11-01', '')",
                (TOWS_ID, CAMPAIGN_ID),
            )
    assert new_plan.conn.execute("SELECT count(*) FROM campaign_phase").fetchone() == (0,)


def test_reference_to_a_missing_row_is_refused(new_plan):
    with pytest.raises(EditRefused, match="FOREIGN KEY"):
        with new_plan.transaction() as conn:
            conn.execute(
                "INSERT INTO campaign_phase (id, position, campaign_id, kind, name, description)"
                " VALUES (?, 0, ?, 'launch', 'Orphan', '')",
                (TOWS_ID, CAMPAIGN_ID),
            )
    assert new_plan.conn.execute("SELECT count(*) FROM campaign_phase").fetchone() == (0,)


def test_deleting_a_swot_item_deletes_its_citations(new_plan):
    with new_plan.transaction() as conn:
        conn.execute(
            "INSERT INTO swot_item (id, position, quadrant, text, weight, evidence)"
            " VALUES (?, 0, 'S', 'Loyal customers', 4, '')",
            (SWOT_ID,),
        )
        conn.execute(
            "INSERT INTO tows_strategy (id, position, kind, text, rationale) VALUES (?, 0, 'SO', 'Loyalty club', '')",
            (TOWS_ID,),
        )
        conn.execute(
            "INSERT INTO tows_citation (strategy_id, swot_item_id, position) VALUES (?, ?, 0)", (TOWS_ID, SWOT_ID)
        )
    assert new_plan.conn.execute("SELECT count(*) FROM tows_citation").fetchone() == (1,)
    with new_plan.transaction() as conn:
        conn.execute("DELETE FROM swot_item WHERE id = ?", (SWOT_ID,))
    assert new_plan.conn.execute("SELECT count(*) FROM tows_citation").fetchone() == (0,)
    assert new_plan.conn.execute("SELECT text FROM tows_strategy").fetchall() == [("Loyalty club",)]


def test_deleting_a_campaign_keeps_its_milestones_unlinked(new_plan):
    _add_campaign(new_plan)
    with new_plan.transaction() as conn:
        conn.execute(
            "INSERT INTO milestone (id, position, name, date, campaign_id) VALUES (?, 0, 'Presale', '2027-10-24', ?)",
            (SWOT_ID, CAMPAIGN_ID),
        )
        conn.execute("DELETE FROM campaign WHERE id = ?", (CAMPAIGN_ID,))
    assert new_plan.conn.execute("SELECT name, campaign_id FROM milestone").fetchall() == [("Presale", None)]


def test_rules_hold_in_the_file_itself_not_only_in_stratdeck(new_plan):
    """A plain sqlite3 connection (foreign keys on) meets the same CHECKs:
    the rules live in the file's DDL."""
    path = new_plan.path
    new_plan.close()
    with raw_sqlite(path) as conn:
        with pytest.raises(Exception, match="CHECK constraint failed: swot_weight"):
            conn.execute(
                "INSERT INTO swot_item (id, position, quadrant, text, weight, evidence) VALUES (?, 0, 'S', '', 0, '')",
                (SWOT_ID,),
            )
        with pytest.raises(Exception, match="CHECK constraint failed: swot_quadrant"):
            conn.execute(
                "INSERT INTO swot_item (id, position, quadrant, text, weight, evidence) VALUES (?, 0, 'X', '', 3, '')",
                (SWOT_ID,),
            )
