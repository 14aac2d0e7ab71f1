"""The calendar sections of the deck: the campaign Gantt (a row per campaign
in its own colour, phases labelled with name and dates, key dates and
"today" marked, milestones in the caption; half-year windows when the year
does not fit one slide) and the campaign table."""

from __future__ import annotations

from calendar_support import add_campaign, add_channel, add_milestone, calendar_plan
from deck_support import TODAY, build, page_texts, sample_plan, squash

from app.services.calendar import key_dates


def _text(pdf) -> str:
    return "\n".join(page_texts(pdf))


def _timelines(path):
    """The TimelineBlocks of the plan's deck, with its language."""
    from app.services.deck.model import TimelineBlock, build_slides
    from app.services.plan.storage.plan_file import PlanFile

    with PlanFile.open(path, read_only=True) as plan:
        deck = build_slides(plan, ["calendar"], today=TODAY)
    return [b for s in deck.slides for b in s.blocks if isinstance(b, TimelineBlock)], deck.language


def _assert_labels_clean(path) -> int:
    """No two timeline labels overlap and none leaves the plot; returns the rows."""
    from app.services.deck.layouts.timeline import geometry

    blocks, language = _timelines(path)
    rows = 0
    for block in blocks:
        g = geometry(block, language)
        assert g.height <= block.box.h + 0.5
        labels = [*g.marker_labels, *(lb for row in g.rows for lb in row.labels)]
        for label in labels:
            assert g.plot_x - 0.5 <= label.x and label.x + label.w <= g.plot_x + g.plot_w + 0.5, label
        boxes = [(lb.x, lb.y, lb.x + lb.w, lb.y + lb.size * 1.3) for lb in labels]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert not (a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5), (a, b)
        rows += len(block.rows)
    return rows


def test_sample_deck_has_the_gantt_with_phases_key_dates_and_the_campaign_table(tmp_path):
    pdf = tmp_path / "zh.pdf"
    path = sample_plan("zh", tmp_path)
    result = build(path, pdf, sections=["calendar", "campaigns"])
    assert result.warnings == []
    pages = page_texts(pdf)
    gantt = "\n".join(page for page in pages if page.startswith("营销日历"))
    assert "双11 全域大促" in gantt and "国庆节" in gantt and "双11" in gantt and "春节" in gantt
    assert "预热：礼盒预售与企业询单 1/3–1/9" in gantt  # a phase with its name and dates
    assert "新品上市发布会（上海）" in gantt  # a milestone, in the caption
    table = squash(next(page for page in pages if "负责人" in page and "活动目标" in page))
    assert squash("年货节 · 栖云茶礼") in table and "已完成" in table and "电商平台、社交媒体、线下" in table
    assert _assert_labels_clean(path) == 6


def test_english_sample_deck(tmp_path):
    pdf = tmp_path / "en.pdf"
    path = sample_plan("en", tmp_path)
    build(path, pdf, sections=["calendar", "campaigns"])
    text = _text(pdf)
    assert "Campaign calendar" in text and "618 Mid-Year Festival" in text
    assert "Campaign" in text and "Owner" in text and "Planned" in text
    assert "Singles' Day (11.11) Omnichannel Push" in text  # never cut
    assert _assert_labels_clean(path) == 6


def test_each_campaign_has_its_own_colour(tmp_path):
    blocks, _ = _timelines(sample_plan("en", tmp_path))
    colours = [row.colour for block in blocks for row in block.rows]
    assert len(set(colours)) == len(colours) == 6


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


def test_a_crowded_calendar_keeps_every_campaign_and_no_label_overlaps(tmp_path):
    plan = calendar_plan(tmp_path, language="en")
    channel = add_channel(plan, "Social", "#C8553D")
    for n in range(20):
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
    assert "Year-end review" in text
    for n in range(20):
        assert f"Flash sale {n:02d}" in text
    assert _assert_labels_clean(path) >= 21


def test_empty_plan_and_undated_campaigns(tmp_path):
    plan = calendar_plan(tmp_path, language="en")
    path = plan.path
    plan.close()
    pdf = tmp_path / "empty.pdf"
    build(path, pdf, sections=["calendar", "campaigns"])
    assert "Campaign calendar" not in _text(pdf)
    plan = calendar_plan(tmp_path, language="en", name="undated")
    add_campaign(plan, "<b>Someday</b> & maybe", None, None, owner="Lin")
    path = plan.path
    plan.close()
    result = build(path, pdf, sections=["calendar", "campaigns"])
    text = _text(pdf)
    assert "Campaign calendar" not in text  # nothing dated: no timeline, and the export says so
    assert "Left out of the deck: the campaign calendar (no campaign has dates)." in [str(w) for w in result.warnings]
    assert "<b>Someday</b> & maybe" in text and "Lin" in text  # the table prints the name as written
