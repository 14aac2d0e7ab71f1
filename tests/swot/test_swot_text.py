"""SWOT & TOWS findings and refused edits reach the user in Chinese."""

from __future__ import annotations

import pytest

from app.services.plan.errors import EditRefused
from app.services.plan.problems import collect_findings
from app.services.swot import service as svc
from app.services.swot import strategies as tows


@pytest.fixture
def chinese(qapp):
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_every_swot_finding_is_translated(chinese, new_plan):
    from app.views.common.service_text import finding_text

    s1 = svc.add_item(new_plan, "S", "Taste lead", 5).ids[0]  # heavy, no evidence
    svc.add_item(new_plan, "W", "")
    t1 = svc.add_item(new_plan, "T", "Price war").ids[0]
    so = tows.add_strategy(new_plan, "SO", "").ids[0]
    tows.set_citations(new_plan, so, [s1, t1])
    tows.add_strategy(new_plan, "WT", "Hedge")
    findings = [f for f in collect_findings(new_plan) if f.canvas == "swot"]
    rules = {f.rule for f in findings}
    assert rules == {
        "swot.empty_quadrant",
        "swot.empty_item",
        "swot.no_evidence",
        "tows.empty_strategy",
        "tows.no_citation",
        "tows.kind_mismatch",
        "tows.missing_side",
    }
    texts = {f.rule: finding_text(f) for f in findings}
    assert texts["tows.kind_mismatch"] == "TOWS 策略 SO1 引用了威胁条目 T1，而 SO 策略并不搭配该类条目。"
    assert texts["tows.missing_side"] == "TOWS 策略 SO1 未引用任何机会条目。"
    assert texts["swot.empty_quadrant"] == "SWOT 中还没有机会条目。"
    for finding in findings:
        text = finding_text(finding)
        assert _is_chinese(text) and not any(w in text for w in ("strength", "threat", "{")), text


def test_refused_swot_edits_are_translated(chinese, new_plan):
    from app.views.common.message_text import message_text

    item = svc.add_item(new_plan, "S", "x").ids[0]
    strategy = tows.add_strategy(new_plan, "SO").ids[0]
    attempts = [
        lambda: svc.update_item(new_plan, item, "weight", 9),
        lambda: svc.update_item(new_plan, item, "weight", "heavy"),
        lambda: svc.update_item(new_plan, item, "text", "x" * 1001),
        lambda: svc.update_item(new_plan, item, "evidence", 5),
        lambda: svc.update_item(new_plan, "gone", "text", "y"),
        lambda: svc.update_item(new_plan, item, "colour", "red"),
        lambda: svc.add_item(new_plan, "Q"),
        lambda: tows.add_strategy(new_plan, "XX"),
        lambda: tows.update_strategy(new_plan, strategy, "rationale", "r" * 5001),
        lambda: tows.update_strategy(new_plan, strategy, "text", None),
        lambda: tows.update_strategy(new_plan, "gone", "text", "y"),
        lambda: tows.update_strategy(new_plan, strategy, "owner", "y"),
        lambda: tows.set_citations(new_plan, strategy, [item, item]),
    ]
    for attempt in attempts:
        with pytest.raises(EditRefused) as refused:
            attempt()
        english = str(refused.value)
        translated = message_text(refused.value)
        assert translated != english and _is_chinese(translated), english
        assert not any(word in translated for word in ("The ", "text", "rationale")), translated
    with pytest.raises(EditRefused) as refused:
        svc.update_item(new_plan, item, "text", "x" * 1001)
    assert message_text(refused.value) == "SWOT 条目内容有 1001 个字符，上限为 1000。"
