"""risk_service and playbook_service: edits are validated, stored at once,
refused with clear messages (translated in the GUI), and deletes undo with
every link and part restored."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.exchange import exports
from app.services.plan import problems
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile
from app.services.risks import playbooks as playbook_service
from app.services.risks import service as risk_service
from tests.risks_support import playbook_plan, rows


@pytest.fixture
def crisis(tmp_path):
    path = tmp_path / "crisis.stratdeck"
    ids = playbook_plan(path)
    plan = PlanFile.open(path)
    yield plan, ids
    plan.close()


def test_risk_fields_are_validated_and_stored(new_plan):
    risk_id = risk_service.add_risk(new_plan, {"title": "Typhoon", "category": "Supply chain"}).ids[0]
    risk_service.update_risk(new_plan, risk_id, "likelihood", "4")
    risk_service.update_risk(new_plan, risk_id, "review_date", "2027-03-01")
    risk_service.update_risk(new_plan, risk_id, "status", "monitoring")
    stored = risk_service.list_risks(new_plan)[0]
    assert (stored["category"], stored["likelihood"], stored["review_date"], stored["status"]) == (
        "supply_chain",
        4,
        "2027-03-01",
        "monitoring",
    )
    attempts = {
        ("likelihood", 6): "Likelihood must be a whole number from 1 to 5.",
        ("impact", "high"): "Impact must be a whole number from 1 to 5.",
        ("impact", True): "Impact must be a whole number from 1 to 5.",
        ("status", "done"): "Status must be one of open, monitoring, mitigated, closed.",
        ("review_date", "2027-02-30"): "Review date must be a date (YYYY-MM-DD), not '2027-02-30'.",
        ("title", "x" * 301): "Risk title: at most 300 characters (301 given).",
    }
    for (field, value), message in attempts.items():
        with pytest.raises(EditRefused) as refused:
            risk_service.update_risk(new_plan, risk_id, field, value)
        assert str(refused.value) == message and refused.value.field == field
    assert risk_service.list_risks(new_plan)[0] == stored
    with pytest.raises(EditRefused, match="That risk no longer exists."):
        risk_service.update_risk(new_plan, "missing", "title", "x")


def test_deleting_a_trigger_risk_undoes_with_the_playbook_link(crisis):
    plan, ids = crisis
    _, snapshot = risk_service.delete_risk(plan, ids["risk"])
    assert playbook_service.list_playbooks(plan)[0]["trigger_risk_id"] is None
    risk_service.restore_risk(plan, snapshot)
    assert playbook_service.list_playbooks(plan)[0]["trigger_risk_id"] == ids["risk"]
    assert risk_service.list_risks(plan)[0]["title"] == "Leak"


def test_deleting_a_level_or_a_playbook_undoes_completely(crisis):
    plan, ids = crisis
    before = {
        t: rows(plan.path, f'SELECT * FROM "{t}" ORDER BY id')
        for t in ("severity_level", "playbook", "playbook_step", "escalation_contact", "holding_statement")
    }
    _, level_snapshot = playbook_service.delete_level(plan, ids["levels"][0])
    _, playbook_snapshot = playbook_service.delete_playbook(plan, ids["playbook"])
    assert rows(plan.path, "SELECT count(*) FROM playbook_step") == [(0,)]
    playbook_service.restore(plan, playbook_snapshot)
    playbook_service.restore(plan, level_snapshot)
    after = {t: rows(plan.path, f'SELECT * FROM "{t}" ORDER BY id') for t in before}
    assert after == before


def test_levels_are_unique_and_standard_levels_only_for_an_empty_plan(crisis, new_plan):
    plan, ids = crisis
    with pytest.raises(EditRefused, match="Severity level 2 already exists."):
        playbook_service.update_level(plan, ids["levels"][0], "level", 2)
    with pytest.raises(EditRefused, match="only added to a plan without any"):
        playbook_service.add_standard_levels(plan, "en")
    change = playbook_service.add_standard_levels(new_plan)  # the plan's language: zh
    names = [r["name"] for r in playbook_service.list_levels(new_plan)]
    assert names[0] == "一级（重大）" and len(change.ids) == 3
    playbook_service.remove_levels(new_plan, list(change.ids))
    assert playbook_service.list_levels(new_plan) == []
    added = playbook_service.add_level(new_plan, {"name": "Watch"})
    assert playbook_service.list_levels(new_plan)[0]["id"] == added.ids[0]
    with pytest.raises(EditRefused, match=r"Update interval \(hours\) must be a number above 0"):
        playbook_service.update_level(new_plan, added.ids[0], "update_interval_hours", "-3")


def test_steps_move_within_their_playbook_and_offsets_are_checked(crisis):
    plan, ids = crisis
    first, second, third = ids["steps"]
    playbook_service.move_child(plan, "playbook_step", third, 0)
    order = [r["id"] for r in playbook_service.list_children(plan, "playbook_step", ids["playbook"])]
    assert order == [third, first, second]
    with pytest.raises(EditRefused, match=r"Time offset \(minutes\) must be a whole number from 0 to"):
        playbook_service.update_child(plan, "playbook_step", first, "offset_minutes", -5)
    with pytest.raises(EditRefused, match="The chosen KPI no longer exists."):
        playbook_service.update_playbook(plan, ids["playbook"], "trigger_kpi_id", "nope")


def test_findings_of_both_canvases_reach_stratdeck_check(crisis):
    plan, ids = crisis
    playbook_service.update_child(plan, "playbook_step", ids["steps"][1], "owner", "")
    playbook_service.move_child(plan, "playbook_step", ids["steps"][2], 0)  # T+4 h first, level 1 wants 60 min
    risk_service.update_risk(plan, ids["risk"], "mitigation", "")
    found = {(f.rule, f.item_id) for f in problems.collect_findings(plan)}
    assert {
        ("playbooks.step_no_owner", ids["steps"][1]),
        ("playbooks.late_first_step", ids["steps"][2]),
        ("risks.high_without_mitigation", ids["risk"]),
    } <= found


def test_the_risks_table_part_escapes_formulas_and_adds_score_and_level(crisis):
    plan, ids = crisis
    risk_service.update_risk(plan, ids["risk"], "mitigation", '=HYPERLINK("x")')
    exports.load()
    table = exports.TABLE_PARTS["risks"](plan)
    assert table.columns[:7] == ["title", "category", "description", "likelihood", "impact", "score", "level"]
    assert table.rows[0][5:7] == [20, "critical"]
    text = exports.csv_bytes(table).decode("utf-8-sig")
    assert "'=HYPERLINK" in text


@pytest.fixture
def chinese():
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def test_refusals_and_findings_are_translated(chinese, qapp, crisis):
    from app.views.common.message_text import message_text
    from app.views.common.service_text import finding_text

    plan, ids = crisis
    attempts = [
        lambda: risk_service.update_risk(plan, ids["risk"], "likelihood", 0),
        lambda: risk_service.update_risk(plan, ids["risk"], "review_date", "2027-13-01"),
        lambda: risk_service.update_risk(plan, ids["risk"], "owner", "x" * 500),
        lambda: risk_service.update_risk(plan, ids["risk"], "status", "gone"),
        lambda: playbook_service.update_level(plan, ids["levels"][0], "level", 3),
        lambda: playbook_service.update_level(plan, ids["levels"][0], "update_interval_hours", 0),
        lambda: playbook_service.add_standard_levels(plan, "en"),
        lambda: playbook_service.update_playbook(plan, ids["playbook"], "trigger_risk_id", "gone"),
        lambda: playbook_service.update_child(plan, "playbook_step", ids["steps"][0], "offset_minutes", "-1"),
        lambda: playbook_service.update_child(plan, "holding_statement", "gone", "body", ""),
    ]
    for attempt in attempts:
        with pytest.raises(EditRefused) as refused:
            attempt()
        translated = message_text(refused.value)
        assert any("\u4e00" <= c <= "\u9fff" for c in translated), str(refused.value)
        assert not any("a" <= c <= "z" for c in translated.replace("YYYY-MM-DD", "")), translated
    playbook_service.update_child(plan, "playbook_step", ids["steps"][0], "owner", "")
    playbook_service.update_child(plan, "holding_statement", ids["statement"], "body", "{Brand}")
    for finding in problems.collect_findings(plan):
        if finding.canvas in ("risks", "playbooks"):
            assert finding_text(finding) != finding.message, finding.rule


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    field=st.sampled_from(["likelihood", "impact"]),
    value=st.one_of(st.integers().filter(lambda v: not 1 <= v <= 5), st.text(), st.floats(), st.none()),
)
def test_any_bad_likelihood_or_impact_is_refused_and_nothing_changes(new_plan, field, value):
    if not risk_service.list_risks(new_plan):
        risk_service.add_risk(new_plan, {"title": "Typhoon", "likelihood": 2, "impact": 3})
    risk = risk_service.list_risks(new_plan)[0]
    try:
        risk_service.update_risk(new_plan, risk["id"], field, value)
    except EditRefused as refused:
        assert str(refused) == f"{field.title()} must be a whole number from 1 to 5."
        assert risk_service.list_risks(new_plan)[0] == risk
    else:  # only text or floats naming a whole number 1–5 get through
        stored = risk_service.list_risks(new_plan)[0][field]
        assert 1 <= stored <= 5 and float(str(value).strip()) == stored
        risk_service.update_risk(new_plan, risk["id"], field, risk[field])
