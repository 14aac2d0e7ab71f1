"""The calendar sections of the deck: quarterly (or monthly) timeline slides
with key dates and milestones, and the campaign table."""

from __future__ import annotations

import datetime as dt

from calendar_support import add_campaign, add_channel, add_milestone, calendar_plan
from deck_support import build, page_texts, sample_plan

from app.services.calendar import key_dates
from app.services.calendar.deck_section import DENSE_QUARTER, timeline_windows


def _text(pdf) -> str:
    return "\n".join(page_texts(pdf))


def test_sample_deck_has_quarterly_timelines_and_the_campaign_table(tmp_path):
    pdf = tmp_path / "zh.pdf"
    result = build(sample_plan("zh", tmp_path), pdf, sections=["calendar", "campaigns"])
    assert result.warnings == []
    pages = page_texts(pdf)
    for quarter in range(1, 5):
        assert any(f"营销日历 · 2027年第{quarter}季度" in page for page in pages)
    q4 = next(page for page in pages if "2027年第4季度" in page)
    assert "双11 全域大促" in q4 and "国庆节" in q4 and "双11" in q4
    q1 = next(page for page in pages if "2027年第1季度" in page)
    assert "新品上市发布会（上海）" in q1 and "春节" in q1  # a milestone and a (provisional) holiday
    table = next(page for page in pages if "活动一览" in page and "负责人" in page)
    assert "年货节 · 栖云茶礼" in table and "已完成" in table and "电商平台、社交媒体、线下" in table


def test_english_sample_deck(tmp_path):
    pdf = tmp_path / "en.pdf"
    build(sample_plan("en", tmp_path), pdf, sections=["calendar", "campaigns"])
    text = _text(pdf)
    assert "Campaign calendar · Q2 2027" in text and "618 Mid-Year Festival" in text
    assert "Campaign" in text and "Owner" in text and "Planned" in text


def test_hidden_key_dates_are_left_out(tmp_path):
    plan = calendar_plan(tmp_path, language="en")
    add_campaign(plan, "Spring push", "2027-04-01", "2027-04-30")
    key_dates.add_brand_day(plan, "Shown brand day", "2027-04-10")
    hidden = key_dates.add_brand_day(plan, "Hidden brand day", "2027-04-12").ids[0]
    key_dates.set_key_date_visible(plan, hidden, False)
    path = plan.path
    plan.close()
    pdf = tmp_path / "deck.pdf"
    build(path, pdf, sections=["calendar"])
    text = _text(pdf)
    assert "Shown brand day" in text and "Hidden brand day" not in text


def test_a_dense_quarter_is_shown_month_by_month(tmp_path):
    plan = calendar_plan(tmp_path, language="en")
    channel = add_channel(plan, "Social", "#C8553D")
    for n in range(DENSE_QUARTER + 8):
        add_campaign(plan, f"Flash sale {n:02d}", f"2027-0{1 + n % 3}-0{1 + n % 9}", f"2027-0{1 + n % 3}-2{n % 9}",
                     channels=[channel], phases=[("launch", "Peak", f"2027-0{1 + n % 3}-1{n % 9}",
                                                  f"2027-0{1 + n % 3}-1{n % 9}")])
    add_campaign(plan, "Autumn", "2027-09-01", "2027-09-30")
    add_milestone(plan, "Year-end review", "2027-12-15")
    path = plan.path
    plan.close()
    pdf = tmp_path / "dense.pdf"
    build(path, pdf, sections=["calendar"])
    text = _text(pdf)
    for month in ("Jan 2027", "Feb 2027", "Mar 2027"):
        assert f"Campaign calendar · {month}" in text
    assert "Campaign calendar · Q1 2027" not in text
    assert "Campaign calendar · Q3 2027" in text and "Campaign calendar · Q4 2027" in text
    assert "Campaign calendar · Q2 2027" not in text  # nothing happens in Q2
    assert "Year-end review" in text
    for n in range(DENSE_QUARTER + 8):
        assert f"Flash sale {n:02d}" in text


def test_windows_follow_the_period():
    period = (dt.date(2026, 11, 15), dt.date(2027, 2, 10))
    windows = timeline_windows(period, [])
    assert windows == [(dt.date(2026, 11, 15), dt.date(2026, 12, 31), "quarter"),
                       (dt.date(2027, 1, 1), dt.date(2027, 2, 10), "quarter")]


def test_empty_plan_and_undated_campaigns(tmp_path):
    plan = calendar_plan(tmp_path, language="en")
    path = plan.path
    plan.close()
    pdf = tmp_path / "empty.pdf"
    build(path, pdf, sections=["calendar", "campaigns"])
    assert "Campaign calendar ·" not in _text(pdf)
    plan = calendar_plan(tmp_path, language="en", name="undated")
    add_campaign(plan, "<b>Someday</b> & maybe", None, None, owner="Lin")
    path = plan.path
    plan.close()
    build(path, pdf, sections=["calendar", "campaigns"])
    text = _text(pdf)
    assert "Campaign calendar ·" not in text  # nothing dated: no timeline
    assert "<b>Someday</b> & maybe" in text and "Lin" in text  # the table prints the name as written
