"""Starter risks and crisis playbook of the New Plan templates: every
template seeds a few open risks with owners and one level-1 playbook whose
own content raises no Risks or Playbooks finding."""

from __future__ import annotations

import pytest

from app.models.risks.rules import CATEGORIES, PLACEHOLDERS, unknown_placeholders
from app.services.plan import templates
from app.services.plan.problems import collect_findings
from app.services.plan.storage.plan_file import PlanFile


def _all(plan, sql, *params):
    return plan.conn.execute(sql, params).fetchall()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("key", list(templates.ORDER))
def test_template_seeds_risks_and_one_level_one_playbook(tmp_path, key, language):
    path = templates.create_from_template(key, language, tmp_path / f"{key}.stratdeck")
    with PlanFile.open(path) as plan:
        risks = _all(plan, "SELECT category, likelihood, impact, owner, mitigation, contingency, status FROM risk")
        assert 3 <= len(risks) <= 4
        for category, likelihood, impact, owner, mitigation, contingency, status in risks:
            assert category in CATEGORIES and status == "open"
            assert 1 <= likelihood <= 5 and 1 <= impact <= 5
            assert owner.strip() and mitigation.strip() and contingency.strip()
        playbooks = _all(
            plan,
            "SELECT p.id, s.level, s.response_minutes, p.spokesperson FROM playbook p "
            "JOIN severity_level s ON s.id = p.severity_level_id",
        )
        assert len(playbooks) == 1
        pid, level, response, spokesperson = playbooks[0]
        assert level == 1 and spokesperson.strip()
        steps = _all(
            plan, "SELECT owner, offset_minutes FROM playbook_step WHERE playbook_id = ? ORDER BY position", pid
        )
        assert 4 <= len(steps) <= 5 and all(owner.strip() for owner, _ in steps)
        offsets = [offset for _, offset in steps]
        assert offsets == sorted(offsets) and offsets[0] <= response
        assert 2 <= len(_all(plan, "SELECT role FROM escalation_contact WHERE playbook_id = ?", pid)) <= 3
        (body,) = _all(plan, "SELECT body FROM holding_statement WHERE playbook_id = ?", pid)
        assert all(f"{{{name}}}" in body[0] for name in PLACEHOLDERS) and not unknown_placeholders(body[0])
        crisis = [f for f in collect_findings(plan) if f.canvas in ("risks", "playbooks")]
    # the product is the planner's to name (a template prompt is never data): the one thing left to fill in
    assert [f.rule for f in crisis] == ["playbooks.no_product"]


@pytest.mark.parametrize(("language", "blank", "heading"),
                         [("zh", "【品牌】", "初步声明"), ("en", "[brand]", "Holding statement")])
def test_a_template_plans_deck_shows_blanks_to_fill_not_raw_placeholders(tmp_path, language, blank, heading):
    """A new plan has no brand yet: the playbook slide's holding statement
    reads "【品牌】" where the brand goes (never "{brand}"), states no empty
    trigger as "—", and does not repeat its heading as the statement's title;
    the KPI slide shows no made-up zero figures."""
    from tests.deck_support import build, page_texts

    path = templates.create_from_template("ecommerce-promotion", language, tmp_path / "t.stratdeck")
    build(path, tmp_path / "deck.pdf", sections=["playbooks", "kpis"])
    texts = page_texts(tmp_path / "deck.pdf")
    joined = "\n".join(texts)
    assert "{brand}" not in joined and "{product}" not in joined and "{date}" not in joined
    playbook = [t for t in texts if heading in t]
    assert len(playbook) == 1 and blank in playbook[0]
    assert playbook[0].splitlines().count(heading) == 1  # the heading alone, not again as a title
    assert "\n—\n" not in playbook[0] and not playbook[0].rstrip().endswith("—")
    assert "≥ 0" not in joined and "≤ 0" not in joined  # targets the template cannot know are left empty


def test_a_statement_titled_like_its_heading_heads_its_own_block(tmp_path):
    """The Chinese sample's statement "初步声明：已关注并启动调查" is the
    block's heading itself, not printed under a generic "初步声明" line."""
    from tests.deck_support import build, page_texts, sample_plan

    build(sample_plan("zh", tmp_path), tmp_path / "deck.pdf", sections=["playbooks"])
    lines = [line.strip() for text in page_texts(tmp_path / "deck.pdf") for line in text.splitlines()]
    assert "初步声明：已关注并启动调查" in lines
    repeated = [a for a, b in zip(lines, lines[1:], strict=False) if a == "初步声明" and b.startswith("初步声明")]
    assert repeated == []
