"""Calendar exports: the ICS file (read back with icalendar) and the
campaign table as CSV, through the command line."""

from __future__ import annotations

import csv
import datetime as dt
import io

from calendar_support import add_campaign, add_channel, add_milestone, calendar_plan
from cli_support import assert_one_error_line, run
from icalendar import Calendar

TRICKY = "双11, 大促; 预售\n第二行 \\ 反斜杠"


def _plan(tmp_path):
    plan = calendar_plan(tmp_path, language="zh")
    social = add_channel(plan, "社交媒体")
    shop = add_channel(plan, "电商平台")
    ids = {
        "d11": add_campaign(plan, TRICKY, "2027-10-20", "2027-11-11", channels=[shop, social], status="planned",
                            owner="周屹", objective="GMV 1.2 亿", personas=["品质妈妈"],
                            phases=[("warm_up", "预热", "2027-10-20", "2027-10-31"),
                                    ("launch", "爆发", "2027-11-01", "2027-11-11")]),
        "formula": add_campaign(plan, "=HYPERLINK(\"http://x\")", "2027-03-01", "2027-03-01", owner="+8613800000000",
                                objective="@SUM(A1)", status="idea", channels=[social]),
        "undated": add_campaign(plan, "未定", None, None),
    }
    ids["milestone"] = add_milestone(plan, "备货截止", "2027-10-18", ids["d11"])
    ids["loose"] = add_milestone(plan, "年中复盘", "2027-07-10")
    path = plan.path
    plan.close()
    return path, ids


def _events(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_ics_round_trip(tmp_path, capsys):
    path, ids = _plan(tmp_path)
    target = tmp_path / "plan.ics"
    code, out, err = run(capsys, "export", path, "--format", "ics", "-o", target)
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"Exported {target} (6 events)",
                                "Left out 1 campaigns, phases or milestones without dates."]
    events = _events(target)
    assert len(events) == 6
    assert {f"{ids[k]}@stratdeck" for k in ("d11", "formula", "milestone", "loose")} <= set(events)
    d11 = events[f"{ids['d11']}@stratdeck"]
    assert str(d11["SUMMARY"]) == TRICKY  # commas, semicolons, line breaks and backslashes survive
    start, end = d11.decoded("DTSTART"), d11.decoded("DTEND")
    assert type(start) is dt.date and type(end) is dt.date  # all-day (VALUE=DATE), not date-times
    assert (start, end) == (dt.date(2027, 10, 20), dt.date(2027, 11, 12))  # DTEND is exclusive
    assert [str(c) for c in d11["CATEGORIES"].cats] == ["已计划"]  # values in the plan's language
    assert "状态: 已计划" in str(d11["DESCRIPTION"])
    description = str(d11["DESCRIPTION"])
    assert "负责人: 周屹" in description and "渠道: 电商平台, 社交媒体" in description and "GMV 1.2 亿" in description
    phases = sorted((e for e in events.values() if {"预热期", "爆发期"} & set(e["CATEGORIES"].cats)),
                    key=lambda e: e.decoded("DTSTART"))
    assert [str(p["SUMMARY"]).rsplit(" · ", 1)[1] for p in phases] == ["预热", "爆发"]
    assert phases[1].decoded("DTEND") == dt.date(2027, 11, 12)
    assert all(str(p["RELATED-TO"]) == f"{ids['d11']}@stratdeck" for p in phases)
    single = events[f"{ids['formula']}@stratdeck"]
    assert single.decoded("DTEND") - single.decoded("DTSTART") == dt.timedelta(days=1)
    loose = events[f"{ids['loose']}@stratdeck"]
    assert (str(loose["SUMMARY"]), loose.decoded("DTSTART")) == ("年中复盘", dt.date(2027, 7, 10))
    raw = target.read_bytes()
    assert b"DTSTART;VALUE=DATE:20271020" in raw and b"\r\n" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded lines (octets)


def test_ics_is_the_same_on_every_export_and_refuses_part(tmp_path, capsys):
    path, _ = _plan(tmp_path)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    run(capsys, "export", path, "--format", "ics", "-o", first)
    run(capsys, "export", path, "--format", "ics", "-o", second)
    assert first.read_bytes() == second.read_bytes()
    code, out, err = run(capsys, "export", path, "--format", "ics", "--part", "calendar", "-o", tmp_path / "c.ics")
    assert code == 2 and out == ""
    assert_one_error_line(err, "--part is not used with --format ics")
    assert not (tmp_path / "c.ics").exists()


def test_ics_of_an_empty_plan_is_a_valid_calendar(tmp_path, capsys):
    plan = calendar_plan(tmp_path, name="empty")
    path = plan.path
    plan.close()
    target = tmp_path / "empty.ics"
    code, out, _ = run(capsys, "export", path, "--format", "ics", "-o", target)
    assert code == 0 and "(0 events)" in out
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT") == []


def test_campaign_csv_escapes_formulas(tmp_path, capsys):
    path, _ = _plan(tmp_path)
    target = tmp_path / "campaigns.csv"
    code, out, err = run(capsys, "export", path, "--format", "csv", "--part", "calendar", "-o", target)
    assert (code, err) == (0, "") and out.strip() == f"Exported {target} (3 rows)"
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    assert rows[0][:6] == ["名称", "状态", "开始", "结束", "天数", "投放渠道"]  # headers in the plan's language
    d11 = dict(zip(rows[0], rows[1], strict=True))
    assert d11["名称"] == TRICKY and d11["天数"] == "23" and d11["阶段数"] == "2" and d11["里程碑数"] == "1"
    assert d11["投放渠道"] == "电商平台, 社交媒体" and d11["目标人群"] == "品质妈妈"
    formula = dict(zip(rows[0], rows[2], strict=True))
    assert formula["名称"] == "'=HYPERLINK(\"http://x\")"
    assert formula["负责人"] == "'+8613800000000" and formula["目标"] == "'@SUM(A1)"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    undated = dict(zip(rows[0], rows[3], strict=True))
    assert (undated["开始"], undated["结束"], undated["天数"]) == ("", "", "")
