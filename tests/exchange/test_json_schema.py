"""docs/plan-format.schema.json: current, valid draft 2020-12, accepts every
export, and refuses what the importer refuses for simple rules. Also keeps
docs/plan-format.md in step with the tables."""

from __future__ import annotations

import copy
import re
import tempfile
from pathlib import Path

import pytest
from full_plan import every_table_rows
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator
from plan_builders import plan_contents, write_rows

from app.models import strategy
from app.models.budget import tables as budget
from app.models.calendar import tables as calendar
from app.models.risks import tables as risk
from app.services.exchange import json_exchange
from app.services.exchange.json_schema import (
    SCHEMA_PATH,
    build_json_schema,
    check_keywords,
    glob_to_regex,
    render_json_schema,
)
from app.services.plan import schema
from app.services.plan.errors import ImportDataError
from app.services.plan.storage.plan_file import PlanFile

VALIDATOR = Draft202012Validator(build_json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_committed_schema_file_is_current():
    """Run ``python -m app.services.exchange.json_schema`` if this fails."""
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render_json_schema()


def test_format_doc_lists_every_table_in_file_order():
    text = (SCHEMA_PATH.parent / "plan-format.md").read_text(encoding="utf-8")
    order = text.split("are: ", 1)[1].split(".\n", 1)[0]
    names = [t.name for t in schema.tables()]
    assert re.findall(r"`(\w+)`", order) == names
    assert set(re.findall(r"^\| `(\w+)` \|", text, flags=re.MULTILINE)) == set(names)


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(build_json_schema())
    assert build_json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_choices_match_the_models():
    defs = build_json_schema()["$defs"]
    assert defs["swot_item"]["properties"]["quadrant"]["enum"] == list(strategy.QUADRANTS)
    assert defs["journey_stage"]["properties"]["stage"]["enum"] == list(strategy.JOURNEY_STAGES)
    assert defs["campaign"]["properties"]["status"]["enum"] == list(calendar.CAMPAIGN_STATUSES)
    assert defs["kpi"]["properties"]["cadence"]["enum"] == list(budget.KPI_CADENCES)
    assert defs["risk"]["properties"]["status"]["enum"] == list(risk.RISK_STATUSES)


def test_row_shapes():
    defs = build_json_schema()["$defs"]
    weight = defs["swot_item"]["properties"]["weight"]
    assert weight == {"type": "integer", "minimum": 1, "maximum": 5, "default": 3}
    assert defs["forecast_assumption"]["properties"]["cac"]["exclusiveMinimum"] == 0
    assert defs["plan"]["properties"]["period_start"]["type"] == ["string", "null"]
    assert defs["plan"]["properties"]["period_start"]["format"] == "date"
    assert defs["plan"]["properties"]["logo"]["contentEncoding"] == "base64"
    assert defs["plan"]["properties"]["currency"]["maxLength"] == 3
    assert defs["channel"]["properties"]["color"]["pattern"] == "^#[0-9A-Fa-f]{6}$"
    assert defs["campaign_phase"]["required"] == ["id", "campaign_id"]
    assert defs["tows_citation"]["required"] == ["strategy_id", "swot_item_id"]
    assert all(d["additionalProperties"] is False for d in defs.values())
    assert "enum" not in defs["plan"]["properties"]["logo_mime"]  # only required when a logo is set


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("status IN ('open', 'closed')", ("status", {"enum": ["open", "closed"]})),
        ("weight IS NULL OR (weight >= 1 AND weight <= 5)", ("weight", {"minimum": 1, "maximum": 5})),
        ("margin IS NULL OR (margin >= -100 AND margin <= 100.5)", ("margin", {"minimum": -100, "maximum": 100.5})),
        ("cac IS NULL OR cac > 0", ("cac", {"exclusiveMinimum": 0})),
        ("m GLOB '[0-9][0-9]-?*' AND substr(m, 1, 2) BETWEEN '01' AND '12'", ("m", {"pattern": "^[0-9]{2}-..*$"})),
        ("logo IS NULL OR logo_mime IN ('image/png')", None),
        ("a IS NULL OR b IS NULL OR b >= a", None),
        ("x = 1 OR y = 2", None),
        ("date(d) = d", None),
    ],
)
def test_check_translation(body, expected):
    assert check_keywords(body) == expected


def test_glob_translation_escapes_regex_characters():
    assert glob_to_regex("a.b+[xy]*") == "^a\\.b\\+[xy].*$"


def _export(rows) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        with PlanFile.create(Path(folder, "plan.stratdeck")) as plan:
            write_rows(plan, rows)
            return json_exchange.export_plan(plan.conn)


def test_export_with_every_table_validates():
    document = _export(every_table_rows())
    assert all(document.values())
    VALIDATOR.validate(document)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=plan_contents())
def test_random_exports_validate(contents):
    VALIDATOR.validate(_export(contents))


SIMPLE_BREAKS = {
    "weight 9": ("swot_item", "weight", 9),
    "weight as text": ("swot_item", "weight", "high"),
    "unknown quadrant": ("swot_item", "quadrant", "X"),
    "uppercase id": ("objective", "id", "00000000-0000-4000-8000-00000000000A"),
    "short date": ("risk", "review_date", "2027-9-1"),
    "colour name": ("channel", "color", "green"),
    "negative spend": ("budget_cell", "planned", -1.0),
    "zero cac": ("forecast_assumption", "cac", 0),
    "unknown field": ("kpi", "colour", "red"),
    "bool as int": ("key_date", "visible", 1),
}


@pytest.mark.parametrize("case", list(SIMPLE_BREAKS))
def test_schema_and_importer_both_refuse(case, tmp_path):
    table, field, value = SIMPLE_BREAKS[case]
    document = copy.deepcopy(_export(every_table_rows()))
    document[table][0][field] = value
    assert not VALIDATOR.is_valid(document)
    with pytest.raises(ImportDataError, match=rf"^\$\.{table}\[0\]"):
        json_exchange.import_document(document, tmp_path / "plan.stratdeck")
