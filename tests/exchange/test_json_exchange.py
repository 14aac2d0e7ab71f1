"""The JSON exchange format: a full-fidelity round trip for random plans, and
every kind of invalid document refused with the JSON path of its first
problem, creating no file at all."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path

import pytest
from file_checks import names_in
from full_plan import every_table_rows
from hypothesis import HealthCheck, given, settings
from plan_builders import plan_contents, write_rows

from app.services.exchange import json_exchange
from app.services.plan import schema
from app.services.plan.errors import ImportDataError
from app.services.plan.storage.plan_file import PlanFile

ID_A = "11111111-1111-4111-8111-111111111111"
ID_B = "22222222-2222-4222-8222-222222222222"


def export_of(path: Path) -> dict:
    with PlanFile.open(path, read_only=True) as plan:
        return json_exchange.export_plan(plan.conn)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=plan_contents())
def test_export_import_export_is_identical(contents):
    with tempfile.TemporaryDirectory() as folder:
        first_path, second_path = Path(folder, "first.stratdeck"), Path(folder, "second.stratdeck")
        with PlanFile.create(first_path) as plan:
            write_rows(plan, contents)
            first = json_exchange.export_plan(plan.conn)
        # The export carries what was written, awkward text included.
        assert first["plan"]["title"] == contents["plan"][0]["title"]
        assert [o["text"] for o in first["objective"]] == [o["text"] for o in contents["objective"]]
        assert [r["visible"] for r in first["key_date"]] == [r["visible"] for r in contents["key_date"]]

        source = Path(folder, "plan.json")
        source.write_text(json_exchange.dumps(first), encoding="utf-8")
        json_exchange.import_json_file(source, second_path)
        second = export_of(second_path)
        assert second == first
        assert json_exchange.dumps(second) == json_exchange.dumps(first)


def test_every_table_round_trips(new_plan, tmp_path):
    write_rows(new_plan, every_table_rows())
    first = json_exchange.export_plan(new_plan.conn)
    assert all(first[t.name] for t in schema.tables() if t.name != "plan")
    source = tmp_path / "plan.json"
    json_exchange.export_json_file(new_plan.conn, source)
    json_exchange.import_json_file(source, tmp_path / "copy.stratdeck")
    assert export_of(tmp_path / "copy.stratdeck") == first


def test_export_file_is_readable_utf8_with_a_stable_shape(new_plan, tmp_path):
    write_rows(new_plan, {"plan": [{"title": "栖云茶 <b>&"}]})
    target = tmp_path / "out.json"
    json_exchange.export_json_file(new_plan.conn, target)
    text = target.read_text(encoding="utf-8")
    assert '"title": "栖云茶 <b>&"' in text  # not \u-escaped, not HTML-escaped
    assert text.endswith("}\n")
    document = json.loads(text)
    assert list(document) == ["format", "format_version"] + [t.name for t in schema.tables()]
    assert (document["format"], document["format_version"]) == ("stratdeck-plan", 3)
    assert names_in(tmp_path) >= {"out.json"} and not [n for n in names_in(tmp_path) if n.endswith(".tmp")]


# -- invalid documents -----------------------------------------------------------------
@pytest.fixture
def valid_document(new_plan) -> dict:
    """A valid export with one objective and one SWOT item."""
    write_rows(
        new_plan,
        {
            "objective": [{"id": ID_A, "position": 0, "text": "GMV"}],
            "swot_item": [{"id": ID_B, "position": 0, "quadrant": "S", "text": "Loyal buyers", "weight": 4}],
        },
    )
    return json_exchange.export_plan(new_plan.conn)


def edited(document: dict, edit) -> bytes:
    changed = copy.deepcopy(document)
    edit(changed)
    return json.dumps(changed, ensure_ascii=False).encode("utf-8")


def _set(path: str, value):
    """An edit setting document[a][b]… (path like 'swot_item.0.weight')."""

    def edit(document):
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target = document
        for key in parents:
            target = target[key]
        target[last] = value

    return edit


def _drop(path: str):
    def edit(document):
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target = document
        for key in parents:
            target = target[key]
        del target[last]

    return edit


INVALID = {
    "format name": (_set("format", "trello-board"), '$.format: must be "stratdeck-plan"'),
    "newer version": (_set("format_version", 4), "$.format_version: plan format 4 was written by a newer Stratdeck"),
    "version as text": (_set("format_version", "1"), "$.format_version: must be a positive whole number"),
    "unknown section": (_set("budget", []), "$.budget: unknown section 'budget'"),
    "unknown field": (_set("objective.0.colour", "red"), "$.objective[0]: unknown field 'colour' in objective"),
    "weight as text": (_set("swot_item.0.weight", "high"), "$.swot_item[0].weight: must be a whole number, not str"),
    "weight as bool": (_set("swot_item.0.weight", True), "$.swot_item[0].weight: must be a whole number, not bool"),
    "whole number beyond 64 bits": (
        _set("objective.0.position", 10**20),
        "$.objective[0].position: is too large a whole number",
    ),
    "number beyond a float": (_set("plan.reserve_min_pct", 10**400), "$.plan.reserve_min_pct: is too large a number"),
    "text as number": (_set("objective.0.text", 7), "$.objective[0].text: must be text, not int"),
    "null title": (_set("plan.title", None), "$.plan.title: must not be null"),
    "section not a list": (_set("objective", {}), "$.objective: must be a list, not dict"),
    "row not an object": (_set("objective", ["GMV"]), "$.objective[0]: must be an object, not str"),
    "missing quadrant": (_drop("swot_item.0.quadrant"), "$.swot_item[0].quadrant: is missing"),
    "missing id": (_drop("objective.0.id"), "$.objective[0].id: is missing"),
    "missing plan": (_drop("plan"), "$.plan: is missing"),
    "impossible date": (
        _set("plan.period_start", "2026-02-30"),
        "$.plan.period_start: '2026-02-30' is not a date in the form YYYY-MM-DD",
    ),
    "date with time": (_set("plan.period_end", "2026-02-03T10:00"), "$.plan.period_end: '2026-02-03T10:00' is not"),
    "bad uuid": (_set("objective.0.id", "objective-1"), "$.objective[0].id: 'objective-1' is not an id in lowercase"),
    "uppercase uuid": (
        _set("objective.0.id", ID_B.replace("2", "B")),
        f"$.objective[0].id: '{ID_B.replace('2', 'B')}' is not an id in lowercase UUID form",
    ),
    "dangling phase": (
        _set("campaign_phase", [{"id": ID_A, "campaign_id": ID_B}]),
        f"$.campaign_phase[0].campaign_id: refers to a campaign that is not in the file ('{ID_B}')",
    ),
    "duplicate id": (_set("objective", [{"id": ID_A}, {"id": ID_A}]), f"$.objective[1].id: duplicate id '{ID_A}'"),
    "weight 9": (
        _set("swot_item.0.weight", 9),
        "$.swot_item[0]: breaks the rule swot_weight: weight IS NULL OR (weight >= 1 AND weight <= 5)",
    ),
    "phase order": (
        _set("campaign", [{"id": ID_A, "start_date": "2027-11-11", "end_date": "2027-11-01"}]),
        "$.campaign[0]: breaks the rule campaign_date_order",
    ),
    "duplicate severity level": (
        _set("severity_level", [{"id": ID_A, "level": 1}, {"id": ID_B, "level": 1}]),
        "$.severity_level[1]: duplicate value (severity_level.level)",
    ),
    "logo not an image": (
        _set("plan.logo", "aGVsbG8="),
        "$.plan.logo: is not a PNG or JPEG image matching its type",
    ),
    "bad base64": (_set("plan.logo", "not base64!"), "$.plan.logo: is not valid base64"),
}


def assert_import_refused(raw: bytes, expected: str, tmp_path: Path) -> None:
    folder = tmp_path / "import"
    folder.mkdir()
    source = folder / "plan.json"
    source.write_bytes(raw)
    target = folder / "Imported.stratdeck"
    with pytest.raises(ImportDataError) as caught:
        json_exchange.import_json_file(source, target)
    assert str(caught.value).startswith(expected)
    assert names_in(folder) == {"plan.json"}  # no plan, no temp file, no journal


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_document_is_refused_with_its_path(valid_document, tmp_path, case):
    edit, expected = INVALID[case]
    assert_import_refused(edited(valid_document, edit), expected, tmp_path)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Name,Weight\nLoyal buyers,4\n", "$: not valid JSON: Expecting value at line 1, column 1"),
        (b"", "$: not valid JSON"),
        (b"[1, 2]", "$: the document must be a JSON object"),
        (b'{"format": "stratdeck-plan", "format_version": NaN}', "$: NaN is not a valid number"),
        (b'{"format": "stratdeck-plan", "format_version": 1, "plan": {"x": Infinity}}', "$: Infinity is not"),
        (b"[" * 100_000 + b"]" * 100_000, "$: the JSON is nested too deeply"),
        (b'{"format": "stratdeck-plan", "plan": {"title": "caf\xe9"}}', "$: the file is not UTF-8 text (byte 51)"),
        (
            b'{"format": "stratdeck-plan", "format_version": 1, "plan": {"id": "' + ID_A.encode() + b'",'
            b' "title": "half \\ud83d pair"}}',
            "$.plan.title: holds \\ud83d, half of a character pair, which is not valid text",
        ),
        (
            b'{"format": "stratdeck-plan", "format_version": 1, "plan": {"id": "' + ID_A.encode() + b'"},'
            b' "kpi": [{"id": "' + ID_B.encode() + b'", "baseline": 1e400}]}',
            "$.kpi[0].baseline: is too large a number",
        ),
    ],
    ids=["csv", "empty", "list", "nan", "infinity", "deep", "latin-1", "lone-surrogate", "1e400"],
)
def test_unreadable_json_is_refused(raw, expected, tmp_path):
    assert_import_refused(raw, expected, tmp_path)


def test_utf8_bom_is_accepted(valid_document, tmp_path):
    source = tmp_path / "plan.json"
    source.write_bytes(b"\xef\xbb\xbf" + json_exchange.dumps(valid_document).encode("utf-8"))
    json_exchange.import_json_file(source, tmp_path / "plan.stratdeck")
    assert export_of(tmp_path / "plan.stratdeck") == valid_document


def test_missing_sections_and_fields_take_their_defaults(tmp_path):
    document = {
        "format": "stratdeck-plan",
        "format_version": 1,
        "plan": {"id": ID_A, "title": "Minimal"},
        "swot_item": [{"id": ID_B, "quadrant": "T"}],
    }
    json_exchange.import_document(document, tmp_path / "minimal.stratdeck")
    exported = export_of(tmp_path / "minimal.stratdeck")
    assert exported["plan"]["currency"] == "CNY" and exported["plan"]["reserve_min_pct"] == 10.0
    assert exported["swot_item"] == [
        {"id": ID_B, "position": 0, "quadrant": "T", "text": "", "weight": 3, "evidence": ""}
    ]
    assert exported["objective"] == []


def test_exports_get_a_documents_mode_and_a_folder_is_refused(tmp_path):
    import os
    import stat

    import pytest

    from app.services.exchange.atomic_write import write_text_atomic
    from app.services.plan.errors import PlanWriteError

    target = tmp_path / "out.csv"
    write_text_atomic(target, "a,b\n")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask  # not the temporary file's 0600
    target.chmod(0o640)
    write_text_atomic(target, "a,b,c\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # a replaced file keeps its mode
    with pytest.raises(PlanWriteError, match="is a folder"):
        write_text_atomic(tmp_path, "x")
