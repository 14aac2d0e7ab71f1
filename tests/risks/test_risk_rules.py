"""Pure rules of the Risks and Playbooks canvases: scores and levels, the
heat map counts, categories, offsets, placeholders and the findings."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.models.risks import rules

TODAY = dt.date(2027, 6, 5)


def test_score_is_likelihood_times_impact_with_documented_bands():
    assert rules.score(3, 4) == 12
    assert rules.score(None, 4) == 0
    bands = {value: rules.level(value) for value in (1, 4, 5, 9, 10, 16, 20, 25)}
    assert bands == {
        1: "low",
        4: "low",
        5: "medium",
        9: "medium",
        10: "high",
        16: "high",
        20: "critical",
        25: "critical",
    }
    assert rules.level_colour(25) != rules.level_colour(1)


@given(st.integers(1, 5), st.integers(1, 5))
def test_every_cell_has_exactly_one_band_and_bands_grow_with_the_score(likelihood, impact):
    value = rules.score(likelihood, impact)
    assert rules.LEVELS.index(rules.level(value)) <= rules.LEVELS.index(rules.level(rules.score(5, impact)))
    assert rules.level_colour(value) == rules.LEVEL_COLOURS[rules.level(value)]


def test_heat_counts_and_top_risks():
    risks = [
        {"id": "a", "likelihood": 3, "impact": 4, "status": "open"},
        {"id": "b", "likelihood": 3, "impact": 4, "status": "closed"},
        {"id": "c", "likelihood": 5, "impact": 5, "status": "monitoring"},
        {"id": "d", "likelihood": 1, "impact": 2, "status": "open"},
    ]
    assert rules.heat_counts(risks) == {(3, 4): 2, (5, 5): 1, (1, 2): 1}
    assert [r["id"] for r in rules.top_risks(risks, 2)] == ["c", "a"]  # closed risks are left out


def test_categories_store_stable_keys_and_keep_custom_text():
    assert rules.category_key("supply_chain") == "supply_chain"
    assert rules.category_key("Data security") == "data_security"
    assert rules.category_key(" reputation / PUBLIC opinion ") == "reputation"
    assert rules.category_key("Typhoons") == "Typhoons"


def test_offsets_read_like_a_war_room_timeline():
    assert [rules.offset_text(m) for m in (0, 15, 60, 90, 1440, None)] == [
        "T+0",
        "T+15 min",
        "T+1 h",
        "T+1 h 30 min",
        "T+24 h",
        "T+?",
    ]


@given(
    st.text().filter(lambda t: "{" not in t and "}" not in t),
    st.dictionaries(st.sampled_from(["brand", "date", "product"]), st.text()),
)
def test_text_without_braces_is_unchanged(text, values):
    assert rules.fill_placeholders(text, values) == (text, [])


@given(
    st.text(alphabet=st.characters(blacklist_characters="{}"), min_size=1),
    st.text(alphabet=st.characters(blacklist_characters="{}"), min_size=1),
    st.text(alphabet=st.characters(blacklist_characters="{}"), min_size=1),
)
def test_known_placeholders_are_filled(brand, date, product):
    filled, left = rules.fill_placeholders(
        "{brand}|{date}|{product}|{brand}", {"brand": brand, "date": date, "product": product}
    )
    assert filled == f"{brand}|{date}|{product}|{brand}" and left == []


def test_unknown_and_empty_placeholders_are_kept_and_reported():
    filled, left = rules.fill_placeholders("{brand} {prodcut} {product} {}", {"brand": "Qiyun", "product": ""})
    assert filled == "Qiyun {prodcut} {product} {}"
    assert left == ["{prodcut}", "{product}", "{}"]
    assert rules.unknown_placeholders("{brand} {Brand} {date}") == ["{Brand}"]


def _risk(**values):
    base = {
        "id": "r1",
        "title": "Leak",
        "likelihood": 2,
        "impact": 2,
        "owner": "Qian",
        "mitigation": "",
        "status": "open",
        "review_date": None,
    }
    return base | values


def test_risk_findings():
    found = rules.check_risks(
        [
            _risk(owner=" "),
            _risk(id="r2", title="", likelihood=4, impact=4),
            _risk(id="r3", likelihood=4, impact=4, mitigation="Audit"),
            _risk(id="r4", review_date="2027-06-04"),
            _risk(id="r5", review_date="2027-06-04", status="closed", likelihood=5, impact=5),
            _risk(id="r6", review_date="2027-06-05"),
        ],
        TODAY,
    )
    assert [(f.rule, f.item_id, f.field) for f in found] == [
        ("risks.no_owner", "r1", "owner"),
        ("risks.high_without_mitigation", "r2", "mitigation"),
        ("risks.review_overdue", "r4", "review_date"),
    ]
    assert found[1].message == "Risk '#2' scores 16 (high) but has no mitigation."
    assert all(f.canvas == "risks" for f in found)


def _playbook_findings(steps, level=60, statements=None, product="Tea"):
    playbook = {"id": "p", "name": "Complaint", "severity_level_id": "l" if level else None, "product": product}
    levels = {"l": {"id": "l", "response_minutes": level}} if level else {}
    if statements is None:
        statements = [{"id": "s", "title": "", "body": "{brand} {product}"}]
    return rules.check_playbooks([playbook], levels, {"p": steps}, {"p": statements})


def _step(step_id, offset, owner="Zheng"):
    return {"id": step_id, "offset_minutes": offset, "owner": owner}


def test_a_first_step_later_than_the_response_target_is_flagged():
    assert _playbook_findings([_step("a", 60), _step("b", 240)]) == []
    late = _playbook_findings([_step("a", 90), _step("b", 240)])
    assert [(f.rule, f.item_id) for f in late] == [("playbooks.late_first_step", "a")]
    assert "T+1 h 30 min" in late[0].message and "60 minutes" in late[0].message
    untimed_first = _playbook_findings([_step("a", None), _step("b", 120)])
    assert [(f.rule, f.item_id) for f in untimed_first] == [("playbooks.late_first_step", "b")]


def test_steps_out_of_order_without_owner_or_level_or_statement():
    found = _playbook_findings([_step("a", 30), _step("b", 10, owner="")], level=None, statements=[])
    assert [(f.rule, f.item_id) for f in found] == [
        ("playbooks.no_level", "p"),
        ("playbooks.step_no_owner", "b"),
        ("playbooks.step_out_of_order", "b"),
        ("playbooks.no_statement", "p"),
    ]


def test_statement_placeholders_are_checked():
    found = _playbook_findings(
        [_step("a", 0)], statements=[{"id": "s", "title": "{Brand}", "body": "{product}"}], product=""
    )
    assert [(f.rule, f.item_id) for f in found] == [
        ("playbooks.unknown_placeholder", "s"),
        ("playbooks.no_product", "p"),
    ]


def test_deck_and_pdf_words_exist_in_both_languages():
    from app.services.risks import crisis_labels

    assert set(crisis_labels.LABELS["en"]) == set(crisis_labels.LABELS["zh"])
    assert set(crisis_labels.CATEGORY_LABELS["zh"]) == set(rules.CATEGORIES)
    assert crisis_labels.category("zh", "supply_chain") == "供应链"
    assert crisis_labels.category("zh", "Typhoons") == "Typhoons"
    assert [crisis_labels.offset("zh", m) for m in (0, 15, 90)] == ["T+0", "T+15 分钟", "T+1 小时 30 分钟"]
