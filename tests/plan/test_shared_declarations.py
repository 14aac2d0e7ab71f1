"""The kernel declarations several canvases share: RowEdits (add, update and
move of a canvas table), Wording (a deck section's texts in the plan's
language) and link_table (a pair table of the schema). What a user sees
through them: rows stored where asked, refusals naming the field, the same
text a section wrote before, and the schema the file format documents."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.services.initiatives import service as initiatives
from app.services.plan.errors import EditRefused
from app.services.plan.row_edits import RowEdits
from app.services.plan.rows import read_rows
from app.services.plan.wording import Wording
from app.services.risks import playbooks


def _names(plan, table: str) -> list[str]:
    return [row["name"] for row in read_rows(plan.conn, table)]


def _check_name(field: str, value):
    if field != "name" or not isinstance(value, str):
        raise EditRefused(field, "Only a text name can be set.")
    return value.strip()


def test_row_edits_add_update_and_move_store_the_checked_values(new_plan):
    parties = RowEdits("initiatives", "raci_party", _check_name, "That team or partner no longer exists.")
    first = parties.add(new_plan, {"name": "  Brand team "})
    second = parties.add(new_plan, {"name": "Agency"}, 0)
    assert (first.canvas, first.table, first.structure) == ("initiatives", "raci_party", True)
    assert _names(new_plan, "raci_party") == ["Agency", "Brand team"]
    changed = parties.update(new_plan, first.ids[0], "name", " E-commerce ")
    assert (changed.ids, changed.fields) == (first.ids, ("name",))
    parties.move(new_plan, second.ids[0], 1)
    assert _names(new_plan, "raci_party") == ["E-commerce", "Agency"]


def test_row_edits_refuse_without_storing_anything(new_plan):
    parties = RowEdits("initiatives", "raci_party", _check_name, "That team or partner no longer exists.")
    with pytest.raises(EditRefused) as bad_value:
        parties.add(new_plan, {"name": 5})
    assert (bad_value.value.field, str(bad_value.value)) == ("name", "Only a text name can be set.")
    assert _names(new_plan, "raci_party") == []
    with pytest.raises(EditRefused) as gone:
        parties.update(new_plan, "no-such-id", "name", "x")
    assert (gone.value.field, str(gone.value)) == ("name", "That team or partner no longer exists.")


def test_a_check_that_needs_the_plan_is_given_it(new_plan):
    seen = []

    def check(plan, field, value):
        seen.append((plan, field))
        return value

    playbook_edits = RowEdits("risks", "playbook", check, "gone", check_needs_plan=True)
    playbook_edits.add(new_plan, {"name": "Leak"})
    assert seen == [(new_plan, "name")]


def test_canvas_services_export_the_shared_operations_under_their_own_names(new_plan):
    pillar = initiatives.add_pillar(new_plan, {"name": "Reach"}).ids[0]
    initiatives.update_pillar(new_plan, pillar, "intent", "Be seen")
    assert read_rows(new_plan.conn, "pillar")[0]["intent"] == "Be seen"
    with pytest.raises(EditRefused) as refused:
        playbooks.update_playbook(new_plan, "no-such-id", "name", "x")
    assert str(refused.value) == "That playbook no longer exists."


def test_wording_gives_the_plan_language_text_with_its_placeholders():
    word = Wording({"owner": ("Owner", "负责人"), "count": ("{n} campaigns", "{n} 个营销活动")})
    assert word(SimpleNamespace(language="en"), "count", n=3) == "3 campaigns"
    assert word(SimpleNamespace(language="zh"), "count", n=3) == "3 个营销活动"
    assert word.text(None, "owner") == "负责人"  # the plan file's default language is Chinese
    assert word.text("en", "owner") == "Owner"


def test_every_pair_table_keeps_its_columns_and_keys():
    from app.models.initiatives import tables
    from app.models.initiatives.rules import LINK_KINDS
    from app.models.registry import TABLE_MODELS

    assert list(tables.LINK_TABLES) == list(LINK_KINDS)
    kpi_links = tables.LINK_TABLES["kpi"]
    assert (kpi_links.__name__, kpi_links.__tablename__) == ("InitiativeKpi", "initiative_kpi")
    columns = kpi_links.__table__.columns
    assert [c.name for c in columns] == ["initiative_id", "kpi_id", "position"]
    assert [c.primary_key for c in columns] == [True, True, False]
    assert {fk.target_fullname for c in columns for fk in c.foreign_keys} == {"initiative.id", "kpi.id"}
    assert all(fk.ondelete == "CASCADE" for c in columns for fk in c.foreign_keys)
    assert kpi_links in TABLE_MODELS
