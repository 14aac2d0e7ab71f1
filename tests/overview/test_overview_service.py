"""The Overview canvas's service: field validation, the ordered objectives,
the logo, and the findings the Problems panel shows."""

from __future__ import annotations

import io

import pytest
from file_checks import raw_sqlite
from PIL import Image

from app.services.overview import service as overview
from app.services.plan import problems
from app.services.plan.errors import EditRefused
from app.services.plan.storage.plan_file import PlanFile


def stored(plan, field):
    return overview.get_overview(plan)[field]


# -- fields ----------------------------------------------------------------------
def test_field_edit_is_stored_and_reported(new_plan, plan_path):
    change = overview.set_field(new_plan, "brand", "Qiyun Tea 栖云茶")
    assert (change.canvas, change.table, change.fields) == ("overview", "plan", ("brand",))
    new_plan.close()
    with PlanFile.open(plan_path, read_only=True) as plan:
        assert stored(plan, "brand") == "Qiyun Tea 栖云茶"


def test_period_ending_before_it_starts_is_refused_naming_both_dates(new_plan):
    overview.set_field(new_plan, "period_start", "2027-03-01")
    with pytest.raises(EditRefused) as caught:
        overview.set_field(new_plan, "period_end", "2027-02-01")
    assert caught.value.field == "period_end"
    assert "2027-02-01" in str(caught.value) and "2027-03-01" in str(caught.value)
    assert (stored(new_plan, "period_start"), stored(new_plan, "period_end")) == ("2027-03-01", None)

    overview.set_field(new_plan, "period_end", "2027-12-31")
    with pytest.raises(EditRefused, match="ends on 2027-12-31, before it starts on 2028-01-01"):
        overview.set_field(new_plan, "period_start", "2028-01-01")
    with pytest.raises(EditRefused, match="2027-06-30"):
        overview.set_period(new_plan, "2027-07-01", "2027-06-30")
    assert (stored(new_plan, "period_start"), stored(new_plan, "period_end")) == ("2027-03-01", "2027-12-31")


@pytest.mark.parametrize("value", ["2027-02-30", "2027-13-01", "1/3/2027", "2027-3-1", "tomorrow"])
def test_impossible_dates_are_refused(new_plan, value):
    with pytest.raises(EditRefused, match="is not a date"):
        overview.set_field(new_plan, "period_start", value)
    assert stored(new_plan, "period_start") is None


@pytest.mark.parametrize("value", ["usd", "EURO", "€", "", "US"])
def test_bad_currency_is_refused(new_plan, value):
    with pytest.raises(EditRefused, match="three-letter code"):
        overview.set_field(new_plan, "currency", value)
    assert stored(new_plan, "currency") == "CNY"


@pytest.mark.parametrize("value", ["red", "#12345G", "#1234567", "C8102E", "#fff"])
def test_bad_colour_is_refused(new_plan, value):
    with pytest.raises(EditRefused, match="colour like #C8102E"):
        overview.set_field(new_plan, "brand_color", value)
    assert stored(new_plan, "brand_color") is None


def test_colour_is_stored_in_capitals_and_can_be_cleared(new_plan):
    overview.set_field(new_plan, "brand_color", "#c8102e")
    assert stored(new_plan, "brand_color") == "#C8102E"
    overview.set_field(new_plan, "brand_color", "")
    assert stored(new_plan, "brand_color") is None


def test_too_long_title_and_unknown_field_are_refused(new_plan):
    with pytest.raises(EditRefused, match="at most 300"):
        overview.set_field(new_plan, "title", "x" * 301)
    with pytest.raises(EditRefused, match="Unknown overview field 'logo'"):
        overview.set_field(new_plan, "logo", b"")
    assert stored(new_plan, "title") == "Launch plan"


# -- objectives ---------------------------------------------------------------------
def positions(plan) -> list[tuple[int, str]]:
    return [(o["position"], o["text"]) for o in overview.list_objectives(plan)]


def test_objectives_keep_dense_positions_through_add_move_delete_restore(new_plan):
    ids = [overview.add_objective(new_plan, text).ids[0] for text in ("GMV", "Members", "NPS")]
    overview.add_objective(new_plan, "Reach", index=1)
    assert positions(new_plan) == [(0, "GMV"), (1, "Reach"), (2, "Members"), (3, "NPS")]

    overview.move_objective(new_plan, ids[2], 0)
    assert positions(new_plan) == [(0, "NPS"), (1, "GMV"), (2, "Reach"), (3, "Members")]

    change, row, index = overview.delete_objective(new_plan, ids[0])
    assert change.structure and index == 1
    assert positions(new_plan) == [(0, "NPS"), (1, "Reach"), (2, "Members")]

    overview.restore_objective(new_plan, row, index)
    assert positions(new_plan) == [(0, "NPS"), (1, "GMV"), (2, "Reach"), (3, "Members")]
    assert overview.list_objectives(new_plan)[1]["id"] == ids[0]

    overview.move_objective(new_plan, ids[0], 99)  # past the end: goes last
    assert positions(new_plan) == [(0, "NPS"), (1, "Reach"), (2, "Members"), (3, "GMV")]


def test_objective_edits_are_checked(new_plan):
    objective_id = overview.add_objective(new_plan, "GMV").ids[0]
    overview.update_objective(new_plan, objective_id, "target", "1.2 亿")
    with pytest.raises(EditRefused, match="at most 2000"):
        overview.update_objective(new_plan, objective_id, "text", "x" * 2001)
    with pytest.raises(EditRefused, match="no longer exists"):
        overview.update_objective(new_plan, "00000000-0000-4000-8000-000000000000", "text", "ghost")
    [row] = overview.list_objectives(new_plan)
    assert (row["text"], row["target"]) == ("GMV", "1.2 亿")


# -- logo -------------------------------------------------------------------------
def test_png_logo_is_stored_scaled_to_1024(new_plan, tmp_path):
    source = tmp_path / "logo.png"
    Image.new("RGBA", (2400, 600), (200, 16, 46, 255)).save(source)
    overview.set_logo_from_file(new_plan, source)
    row = overview.get_overview(new_plan)
    assert row["logo_mime"] == "image/png"
    with Image.open(io.BytesIO(row["logo"])) as logo:
        assert logo.format == "PNG"
        assert logo.size == (1024, 256)
        assert logo.getpixel((10, 10)) == (200, 16, 46, 255)


def test_jpeg_logo_keeps_its_type(new_plan, tmp_path):
    source = tmp_path / "logo.jpg"
    Image.new("RGB", (300, 200), "navy").save(source, "JPEG")
    overview.set_logo_from_file(new_plan, source)
    row = overview.get_overview(new_plan)
    assert row["logo_mime"] == "image/jpeg"
    assert Image.open(io.BytesIO(row["logo"])).size == (300, 200)


def test_text_file_named_png_is_refused(new_plan, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("this is not an image", encoding="utf-8")
    with pytest.raises(EditRefused, match="logo.png is not a PNG or JPEG image"):
        overview.set_logo_from_file(new_plan, fake)
    assert (stored(new_plan, "logo"), stored(new_plan, "logo_mime")) == (None, None)


def test_gif_logo_is_refused_by_name(new_plan, tmp_path):
    gif = tmp_path / "spinner.gif"
    Image.new("P", (10, 10)).save(gif, "GIF")
    with pytest.raises(EditRefused, match="spinner.gif is a GIF image; use a PNG or JPEG file"):
        overview.set_logo_from_file(new_plan, gif)
    assert stored(new_plan, "logo") is None


# -- findings -----------------------------------------------------------------------
def rules(plan) -> set[str]:
    return {f.rule for f in problems.collect_findings(plan)}


def test_plan_without_objectives_has_a_finding_until_one_is_added(new_plan):
    assert "overview.no_objectives" in rules(new_plan)
    overview.add_objective(new_plan, "   ")  # blank text does not count
    assert "overview.no_objectives" in rules(new_plan)
    overview.add_objective(new_plan, "GMV 1.2 亿")
    assert "overview.no_objectives" not in rules(new_plan)


def test_period_over_three_years_has_a_finding(new_plan):
    overview.set_period(new_plan, "2027-01-01", "2029-12-31")  # 1095 days: fine
    assert "overview.long_period" not in rules(new_plan)
    overview.set_period(new_plan, "2027-01-01", "2030-06-30")
    [finding] = [f for f in problems.collect_findings(new_plan) if f.rule == "overview.long_period"]
    assert finding.message == "The plan period is longer than three years (1277 days)."
    assert finding.as_line() == "warning: [overview] The plan period is longer than three years (1277 days)."


def test_findings_survive_a_date_python_cannot_read(new_plan):
    """SQLite's date() accepts year 0, so the file's CHECK lets 0000-01-01
    in; Python's date cannot hold it. It gets a finding, not a crash of the
    Problems panel or ``stratdeck check``."""
    bad_date = "0000-01-01"
    path = new_plan.path
    new_plan.close()
    with raw_sqlite(path) as conn:
        conn.execute("UPDATE plan SET period_start = ?, period_end = '2027-12-31'", (bad_date,))
    with PlanFile.open(path, read_only=True) as plan:
        findings = [f for f in problems.collect_findings(plan) if f.rule == "overview.bad_date"]
    assert [f.message for f in findings] == [f"The plan period date '{bad_date}' is not a real date."]
