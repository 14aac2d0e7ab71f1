"""Personas, value tiers and journeys through their services (no Qt): what is
stored, what is refused, and what the Problems panel finds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.personas import tiers as tier_service
from app.services.plan.errors import EditRefused
from app.services.plan.problems import collect_findings
from app.services.plan.storage.plan_file import PlanFile
from tests.persona_support import png_file


def _rules(plan) -> dict[str, list]:
    found: dict[str, list] = {}
    for finding in collect_findings(plan):
        if finding.canvas == "personas":
            found.setdefault(finding.rule, []).append(finding)
    return found


def test_persona_fields_are_stored_and_reopen(new_plan, plan_path):
    pid = persona_service.add_persona(new_plan, {"name": "林悦"}).ids[0]
    persona_service.update_persona(new_plan, pid, "role", "产品经理")
    persona_service.update_persona(new_plan, pid, "customer_share_pct", "35.5 %")
    persona_service.update_persona(new_plan, pid, "quote", "想喝点有茶味的。")
    new_plan.close()
    with PlanFile.open(plan_path) as plan:
        row = persona_service.list_personas(plan)[0]
    assert (row["name"], row["role"], row["customer_share_pct"], row["quote"]) == (
        "林悦",
        "产品经理",
        35.5,
        "想喝点有茶味的。",
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("customer_share_pct", "120", "Share of customers must be a number from 0 to 100, not '120'."),
        ("customer_share_pct", "abc", "Share of customers must be a number from 0 to 100, not 'abc'."),
        ("customer_share_pct", "nan", "Share of customers must be a number from 0 to 100, not 'nan'."),
        ("name", "x" * 201, "Name is too long (201 characters; at most 200)."),
        ("goals", 5, "Goals must be text."),
        ("photo", "", "Unknown persona field 'photo'."),
    ],
)
def test_bad_persona_values_are_refused_and_nothing_changes(new_plan, field, value, message):
    pid = persona_service.add_persona(new_plan, {"name": "Lin", "customer_share_pct": 20}).ids[0]
    with pytest.raises(EditRefused) as refused:
        persona_service.update_persona(new_plan, pid, field, value)
    assert str(refused.value) == message
    row = persona_service.list_personas(new_plan)[0]
    assert (row["name"], row["customer_share_pct"]) == ("Lin", 20)


def test_photo_is_scaled_stored_and_a_bad_file_refused(new_plan, tmp_path):
    pid = persona_service.add_persona(new_plan, {"name": "Lin"}).ids[0]
    persona_service.set_photo_from_file(new_plan, pid, png_file(tmp_path / "big.png", 2000, 1500))
    data, mime = persona_service.photo_of(new_plan, pid)
    import io

    from PIL import Image

    assert mime == "image/png" and max(Image.open(io.BytesIO(data)).size) == 1024
    bad = tmp_path / "notes.png"
    bad.write_text("not an image")
    with pytest.raises(EditRefused, match=r"notes\.png is not a PNG or JPEG image\.") as refused:
        persona_service.set_photo_from_file(new_plan, pid, bad)
    assert refused.value.field == "photo"
    assert persona_service.photo_of(new_plan, pid) == (data, mime)


def test_deleting_a_persona_removes_its_journey_and_restore_brings_both_back(new_plan):
    keep = persona_service.add_persona(new_plan, {"name": "A"}).ids[0]
    pid = persona_service.add_persona(new_plan, {"name": "B"}).ids[0]
    persona_service.add_persona(new_plan, {"name": "C"})
    journey_service.set_stage_field(new_plan, pid, "awareness", "touchpoints", "小红书笔记")
    journey_service.set_stage_field(new_plan, pid, "purchase", "tactic", "满减")
    with new_plan.transaction() as conn:  # a campaign targeting the persona (calendar canvas)
        conn.execute(
            "INSERT INTO campaign (id, position, name, objective, owner, status) "
            "VALUES ('c1', 0, '618', '', '', 'idea')"
        )
        conn.execute("INSERT INTO campaign_persona (campaign_id, persona_id, position) VALUES ('c1', ?, 0)", (pid,))
    _, snapshot = persona_service.delete_personas(new_plan, [pid])
    assert [p["name"] for p in persona_service.list_personas(new_plan)] == ["A", "C"]
    assert new_plan.conn.execute("SELECT COUNT(*) FROM journey_stage").fetchone()[0] == 0
    assert new_plan.conn.execute("SELECT COUNT(*) FROM campaign_persona").fetchone()[0] == 0
    persona_service.restore_personas(new_plan, snapshot)
    assert [p["name"] for p in persona_service.list_personas(new_plan)] == ["A", "B", "C"]
    stages = journey_service.journey(new_plan, pid)
    assert stages[0]["touchpoints"] == "小红书笔记" and stages[2]["tactic"] == "满减"
    assert new_plan.conn.execute("SELECT persona_id FROM campaign_persona").fetchone()[0] == pid
    assert keep in {p["id"] for p in persona_service.list_personas(new_plan)}


def test_duplicate_copies_journey_and_sits_after_the_original(new_plan):
    first = persona_service.add_persona(new_plan, {"name": "A"}).ids[0]
    persona_service.add_persona(new_plan, {"name": "B"})
    journey_service.set_stage_field(new_plan, first, "use", "channels", "社群")
    copy = persona_service.duplicate_persona(new_plan, first).ids[0]
    assert [p["name"] for p in persona_service.list_personas(new_plan)] == ["A", "A", "B"]
    assert journey_service.journey(new_plan, copy)[3]["channels"] == "社群"


def test_a_stage_row_exists_only_while_it_has_text(new_plan):
    pid = persona_service.add_persona(new_plan, {"name": "A"}).ids[0]
    journey_service.set_stage_field(new_plan, pid, "loyalty", "tactic", "积分")
    journey_service.set_stage_field(new_plan, pid, "awareness", "channels", "抖音")
    rows = new_plan.conn.execute("SELECT stage, position FROM journey_stage ORDER BY position").fetchall()
    assert rows == [("awareness", 0), ("loyalty", 1)]
    journey_service.set_stage_field(new_plan, pid, "loyalty", "tactic", "")
    assert journey_service.stage_counts(new_plan) == {pid: 1}
    with pytest.raises(EditRefused, match=r"Tactic \(Use\) is too long"):
        journey_service.set_stage_field(new_plan, pid, "use", "tactic", "x" * 2001)
    with pytest.raises(EditRefused, match="Unknown journey stage 'retention'"):
        journey_service.set_stage_field(new_plan, pid, "retention", "tactic", "x")


def test_standard_tiers_follow_the_plan_language_and_total_100(new_plan):
    change = tier_service.add_standard_tiers(new_plan)
    tiers = tier_service.list_tiers(new_plan)
    assert [t["name"] for t in tiers] == ["钻石客户", "核心客户", "潜力客户", "基础客户"]
    assert [t["customer_share_pct"] for t in tiers] == [2, 18, 30, 50]
    assert "personas.tier_total" not in _rules(new_plan)
    tier_service.remove_tiers(new_plan, list(change.ids))
    assert tier_service.list_tiers(new_plan) == []


def test_tier_refusal_names_the_row(new_plan):
    tier_service.add_tier(new_plan, {"name": "A", "customer_share_pct": 40})
    tid = tier_service.add_tier(new_plan, {"name": "B", "customer_share_pct": 60}).ids[0]
    with pytest.raises(EditRefused) as refused:
        tier_service.update_tier(new_plan, tid, "customer_share_pct", "-5")
    assert str(refused.value) == "Share of customers (tier 2) must be a number from 0 to 100, not '-5'."
    with pytest.raises(EditRefused, match=r"Share of customers \(tier 2\) must be a number from 0 to 100\."):
        tier_service.update_tier(new_plan, tid, "customer_share_pct", "")


def test_problems_flag_tier_totals_persona_shares_and_missing_journeys(new_plan):
    tier_service.add_tier(new_plan, {"name": "Gold", "customer_share_pct": 30, "revenue_share_pct": 60})
    tier_service.add_tier(new_plan, {"name": "gold", "customer_share_pct": 60, "revenue_share_pct": 30})
    a = persona_service.add_persona(new_plan, {"name": "A", "customer_share_pct": 70}).ids[0]
    b = persona_service.add_persona(new_plan, {"customer_share_pct": 40}).ids[0]
    journey_service.set_stage_field(new_plan, a, "awareness", "touchpoints", "x")
    found = _rules(new_plan)
    assert found["personas.tier_total"][0].message == "The value tiers' shares of customers add up to 90 %, not 100 %."
    assert found["personas.tier_revenue_total"][0].args == (("total", "90"),)
    assert found["personas.tier_duplicate"][0].message == "Two value tiers are named 'gold'."
    assert (
        found["personas.share_over"][0].message == "The personas' shares of customers add up to 110 %, more than 100 %."
    )
    assert [f.item_id for f in found["personas.no_journey"]] == [b]
    assert found["personas.no_journey"][0].message == "Persona 'persona 2' has no customer journey."
    assert found["personas.journey_gaps"][0].message == "The journey of 'A' leaves 5 of 6 stages empty."
    assert found["personas.no_name"][0].item_id == b


def test_the_sample_plan_has_no_persona_warnings(tmp_path):
    from tests.deck_support import sample_plan

    for language in ("zh", "en"):
        with PlanFile.open(sample_plan(language, tmp_path)) as plan:
            assert [f for f in collect_findings(plan) if f.canvas == "personas" and f.severity == "warning"] == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shares=st.lists(st.floats(0, 100, allow_nan=False).map(lambda v: round(v, 2)), min_size=1, max_size=6))
def test_tier_total_finding_matches_the_sum(new_plan, shares):
    tier_service.remove_tiers(new_plan, [t["id"] for t in tier_service.list_tiers(new_plan)])
    for n, share in enumerate(shares):
        tier_service.add_tier(new_plan, {"name": f"T{n}", "customer_share_pct": share})
    flagged = "personas.tier_total" in _rules(new_plan)
    assert flagged == (abs(sum(shares) - 100) > 0.05)


def test_journey_stages_match_the_schema():
    from app.models.personas.rules import JOURNEY_STAGES
    from app.models.strategy import JOURNEY_STAGES as SCHEMA_STAGES

    assert JOURNEY_STAGES == SCHEMA_STAGES


def test_csv_parts_export_personas_tiers_and_journeys(tmp_path, capsys):
    import csv

    from tests.cli_support import run
    from tests.deck_support import sample_plan

    path = sample_plan("zh", tmp_path)
    with PlanFile.open(path) as plan:  # a formula-like quote must come out as text
        pid = persona_service.list_personas(plan)[0]["id"]
        persona_service.update_persona(plan, pid, "quote", "=HYPERLINK(1)")
    for part, first_row in (
        ("personas", {"name": "都市白领 · 林悦", "customer_share_pct": "52.0", "quote": "'=HYPERLINK(1)"}),
        ("value_tiers", {"name": "钻石客户", "customer_share_pct": "2.0", "response_time": "1 小时内"}),
        ("journeys", {"persona": "都市白领 · 林悦", "stage": "awareness"}),
    ):
        out = tmp_path / f"{part}.csv"
        code, stdout, err = run(capsys, "export", path, "--format", "csv", "--part", part, "-o", out)
        assert code == 0, err
        from app.services.exchange.header_words import english_header  # a Chinese plan's headers are Chinese

        read = csv.DictReader(out.open(encoding="utf-8-sig"))
        rows = [{english_header(k, fields=True): v for k, v in r.items()} for r in read]
        assert {k: rows[0][k] for k in first_row} == first_row
    assert [r["stage"] for r in rows[:6]] == list(journey_service.JOURNEY_STAGES)
