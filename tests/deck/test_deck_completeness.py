"""Everything the plan holds reaches a slide: every non-empty text field of
every table (the schema walked, both samples) appears in the deck's text,
or is listed in docs/deck.md under "Plan fields not on a slide" with the
reason. Template prompt text is never shipped; placeholders in a holding
statement ({brand}, {date}) are filled in, so only the statement's own
words are looked for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from deck_support import build, page_texts, sample_plan, squash

from app.models.prompts import without_prompt
from app.services.plan import schema
from app.services.plan.storage.plan_file import PlanFile

DOC = Path(__file__).resolve().parents[2] / "docs" / "deck.md"
PLACEHOLDER = re.compile(r"\{\w+\}")


def left_out() -> dict[str, str]:
    """``table.column`` → reason, from the table in docs/deck.md."""
    text = DOC.read_text("utf-8")
    part = text.split("## Plan fields not on a slide", 1)[1].split("\n## ", 1)[0]
    found = {}
    for line in part.splitlines():
        match = re.match(r"\|\s*`(\w+\.\w+)`\s*\|\s*(.+?)\s*\|", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def text_columns():
    """``(table, column)`` of every text column that holds words (not ids)."""
    for table in schema.tables():
        for column in table.columns:
            if column.type == "str" and not column.primary_key and not column.references:
                yield table.name, column.name


def test_every_listed_omission_names_a_real_field_and_says_why():
    columns = {f"{t}.{c}" for t, c in text_columns()}
    listed = left_out()
    assert listed and set(listed) <= columns
    assert all(len(reason) > 10 for reason in listed.values())


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_text_field_of_the_sample_reaches_a_slide(tmp_path, language):
    path = sample_plan(language, tmp_path)
    build(path, tmp_path / "deck.pdf")
    whole = squash("".join(page_texts(tmp_path / "deck.pdf")))
    allowed = left_out()
    missing = []
    with PlanFile.open(path, read_only=True) as plan:
        for table, column in text_columns():
            if f"{table}.{column}" in allowed:
                continue
            for (value,) in plan.conn.execute(f'SELECT "{column}" FROM "{table}"'):
                words = without_prompt(value or "")
                chunks = [squash(c) for c in PLACEHOLDER.split(words) if len(squash(c)) >= 2]
                if words.strip() and not all(chunk in whole for chunk in chunks):
                    missing.append(f"{table}.{column}: {words[:50]!r}")
    assert missing == []


def test_prompt_text_never_reaches_a_slide(tmp_path):
    from app.services.plan import templates

    path = templates.create_from_template("ecommerce-promotion", "zh", tmp_path / "t.stratdeck")
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        conn.execute("UPDATE objective SET text = '（提示）写明本期最重要的目标' WHERE position = 0")
        conn.execute("UPDATE plan SET market_context = '（提示）市场规模、增长与竞争格局'")
    build(path, tmp_path / "deck.pdf")
    whole = "".join(page_texts(tmp_path / "deck.pdf"))
    assert "提示" not in whole and "市场规模、增长与竞争格局" not in whole
    assert "未设置" not in whole and "not set" not in whole


def test_the_format_3_text_columns_reach_their_slides(tmp_path):
    path = sample_plan("zh", tmp_path)
    texts = {
        ("persona", "profile"): "一线城市互联网白领，重视效率与健康",
        ("competitor", "strategy"): "以低价瓶装茶抢占便利店冰柜",
        ("competitor", "recent_moves"): "九月起单瓶降价至四元五角",
        ("campaign_phase", "description"): "预热期以会员预告和城市快闪为主",
        ("kpi", "definition"): "支付订单数除以访客数，按日统计",
        ("kpi", "data_source"): "生意参谋每日导出",
    }
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        for (table, column), text in texts.items():
            first = conn.execute(f'SELECT id FROM "{table}" ORDER BY position LIMIT 1').fetchone()[0]
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (text, first))
    build(path, tmp_path / "deck.pdf")
    whole = squash("".join(page_texts(tmp_path / "deck.pdf")))
    assert [t for t in texts.values() if squash(t) not in whole] == []
