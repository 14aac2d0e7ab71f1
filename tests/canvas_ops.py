"""Random edits of the canvases (SWOT & TOWS, personas and journeys,
competitors, calendar, budget, KPIs, risks, playbook steps) as plain,
JSON-ready dicts; the service calls that apply them (one transaction each,
for the kill child tests/canvas_kill_child.py and its replay) and the undo
commands the editors push for them (for the undo state machine).

An op names the rows it touches by id, so a killed child's acknowledged ops
can be replayed on a reference copy. Generators read the plan with plain SQL
(tests may); each returns None when the canvas has nothing to work on."""

from __future__ import annotations

import random

from edit_ops import new_id, random_text

from app.services.budget import service as budget_service
from app.services.calendar import service as calendar_service
from app.services.competitors import service as competitor_service
from app.services.forecast import kpis as kpi_service
from app.services.forecast import service as forecast_service
from app.services.personas import journeys as journey_service
from app.services.personas import service as persona_service
from app.services.plan.rows import read_rows
from app.services.risks import playbooks as playbook_service
from app.services.risks import service as risk_service
from app.services.swot import service as swot_service
from app.services.swot import strategies as swot_strategies

NUMBERS = (0, 1, 2.5, 99.9, 100, 1200, "1,200", "12.5 %", "", None, -1, "abc", 1e16, "1e3", "NaN", 5)
AMOUNTS = (0, 1, 1500, 2_000_000, "3,000", "12.50", "", None, -5, "abc", 1e14, "inf")


def _ids(conn, table: str, scope: dict | None = None) -> list[str]:
    return [r["id"] for r in read_rows(conn, table, scope)]


def _text(rng: random.Random, limit: int) -> str:
    """Awkward text; one time in twenty too long for *limit* (refused)."""
    return "長" * (limit + 1) if rng.random() < 0.05 else random_text(rng, limit)


def _index(rng: random.Random, length: int) -> int:
    return rng.randint(0, length)


# -- generators --------------------------------------------------------------------------
def _swot(rng, conn):
    items = _ids(conn, "swot_item")
    roll = rng.random()
    if roll < 0.3 or not items:
        q = rng.choice("SWOT")
        return {
            "op": "swot_add",
            "quadrant": q,
            "text": _text(rng, 1000),
            "index": rng.randint(0, 6),
            "id": new_id(rng),
        }
    if roll < 0.55:
        field = rng.choice(("text", "evidence", "weight"))
        value = (
            rng.choice((1, 3, 5, 0, 6, "4")) if field == "weight" else _text(rng, 5000 if field == "evidence" else 1000)
        )
        return {"op": "swot_edit", "id": rng.choice(items), "field": field, "value": value}
    if roll < 0.75:
        ids = rng.sample(items, rng.randint(1, min(3, len(items))))
        return {"op": "swot_move", "ids": ids, "quadrant": rng.choice("SWOT"), "index": rng.randint(0, 6)}
    if roll < 0.8:
        return {"op": "swot_sort"}
    return {"op": "swot_delete", "ids": rng.sample(items, rng.randint(1, min(2, len(items))))}


def _tows(rng, conn):
    strategies, items = _ids(conn, "tows_strategy"), _ids(conn, "swot_item")
    roll = rng.random()
    if roll < 0.3 or not strategies:
        return {"op": "tows_add", "kind": rng.choice(("SO", "ST", "WO", "WT")), "id": new_id(rng)}
    if roll < 0.55:
        field = rng.choice(("text", "rationale"))
        return {"op": "tows_edit", "id": rng.choice(strategies), "field": field, "value": _text(rng, 1000)}
    if roll < 0.65:
        return {"op": "tows_kind", "id": rng.choice(strategies), "kind": rng.choice(("SO", "ST", "WO", "WT", "XX"))}
    if roll < 0.85:
        cites = rng.sample(items, rng.randint(0, min(4, len(items))))
        return {"op": "tows_cite", "id": rng.choice(strategies), "items": cites}
    return {"op": "tows_delete", "id": rng.choice(strategies)}


def _personas(rng, conn):
    personas = _ids(conn, "persona")
    roll = rng.random()
    if roll < 0.2 or not personas:
        values = {"name": _text(rng, 200)}
        return {"op": "persona_add", "values": values, "index": _index(rng, len(personas)), "id": new_id(rng)}
    if roll < 0.45:
        field = rng.choice(persona_service.FIELDS)
        if field == "customer_share_pct":
            value = rng.choice(NUMBERS)
        else:
            value = _text(rng, persona_service.TEXT_FIELDS[field])
        return {"op": "persona_edit", "id": rng.choice(personas), "field": field, "value": value}
    if roll < 0.75:
        stage = rng.choice(list(journey_service.STAGE_NAMES))
        field = rng.choice(list(journey_service.FIELDS))
        value = "" if rng.random() < 0.3 else _text(rng, journey_service.FIELDS[field])
        return {"op": "journey_cell", "id": rng.choice(personas), "stage": stage, "field": field, "value": value}
    if roll < 0.9:
        return {"op": "persona_move", "id": rng.choice(personas), "index": _index(rng, len(personas))}
    return {"op": "persona_delete", "ids": rng.sample(personas, 1)}


def _competitors(rng, conn):
    rows = _ids(conn, "competitor")
    roll = rng.random()
    if roll < 0.2 or not rows:
        values = {"name": _text(rng, 200)}
        return {"op": "competitor_add", "values": values, "index": _index(rng, len(rows)), "id": new_id(rng)}
    if roll < 0.7:
        field = rng.choice(competitor_service.rules.FIELDS)
        if field in competitor_service.rules.TEXT_FIELDS:
            value = _text(rng, competitor_service.rules.TEXT_FIELDS[field])
        elif field == "is_own_brand":
            value = rng.choice((True, False, 2))
        else:
            value = rng.choice(NUMBERS)
        return {"op": "competitor_edit", "id": rng.choice(rows), "field": field, "value": value}
    if roll < 0.9:
        return {"op": "competitor_move", "id": rng.choice(rows), "index": _index(rng, len(rows))}
    return {"op": "competitor_delete", "id": rng.choice(rows)}


def _date(rng) -> str | None:
    return None if rng.random() < 0.1 else f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _calendar(rng, conn):
    campaigns, phases = _ids(conn, "campaign"), _ids(conn, "campaign_phase")
    roll = rng.random()
    if roll < 0.15 or not campaigns:
        start, end = sorted([_date(rng) or "2027-03-01", _date(rng) or "2027-03-09"])
        values = {"name": _text(rng, 300), "start_date": start, "end_date": end}
        return {"op": "campaign_add", "values": values, "id": new_id(rng)}
    if roll < 0.35:
        field = rng.choice(("name", "objective", "owner", "status", "color", "start_date", "end_date"))
        value = (
            {
                "status": rng.choice((*calendar_service.CAMPAIGN_STATUSES, "maybe")),
                "color": rng.choice(("#12AB34", "#fff", "red", None)),
                "start_date": _date(rng),
                "end_date": _date(rng),
            }.get(field)
            if field not in calendar_service.CAMPAIGN_TEXT
            else _text(rng, calendar_service.CAMPAIGN_TEXT[field])
        )
        return {"op": "campaign_edit", "id": rng.choice(campaigns), "field": field, "value": value}
    if roll < 0.55:  # a drag on the timeline
        return {"op": "campaign_move", "id": rng.choice(campaigns), "days": rng.randint(-45, 45)}
    if roll < 0.65:
        values = {"name": _text(rng, 300), "kind": rng.choice(calendar_service.PHASE_KINDS)}
        return {"op": "phase_add", "campaign": rng.choice(campaigns), "values": values, "id": new_id(rng)}
    if roll < 0.8 and phases:
        return {"op": "phase_move", "id": rng.choice(phases), "days": rng.randint(-20, 20)}
    if roll < 0.85:
        values = {"name": _text(rng, 300), "date": _date(rng), "campaign_id": rng.choice([None, *campaigns])}
        return {"op": "milestone_add", "values": values, "id": new_id(rng)}
    if roll < 0.9 and phases:
        start, end = _date(rng), _date(rng)
        return {"op": "phase_dates", "id": rng.choice(phases), "start": start, "end": end}
    if roll < 0.95 and phases:
        return {"op": "phase_delete", "id": rng.choice(phases)}
    return {"op": "campaign_delete", "id": rng.choice(campaigns)}


def _budget(rng, conn):
    lines, channels = _ids(conn, "budget_line"), _ids(conn, "channel")
    roll = rng.random()
    if (roll < 0.15 or not lines) and channels:
        values = {"channel_id": rng.choice(channels), "sub_channel": _text(rng, 200)}
        return {"op": "line_add", "values": values, "index": _index(rng, len(lines)), "id": new_id(rng)}
    if not lines:
        return None
    if roll < 0.7:  # a pasted block: lines × months, planned or actual
        rows = rng.sample(lines, rng.randint(1, min(4, len(lines))))
        first, width = rng.randint(1, 12), rng.randint(1, 4)
        months = [f"2027-{m:02d}" for m in range(first, min(12, first + width - 1) + 1)]
        layer = rng.choice(("planned", "actual"))
        edits = [[line, month, layer, rng.choice(AMOUNTS)] for line in rows for month in months]
        return {"op": "budget_paste", "edits": edits}
    if roll < 0.8:
        field = rng.choice(("sub_channel", "owner", "note"))
        return {"op": "line_edit", "id": rng.choice(lines), "field": field, "value": _text(rng, 200)}
    if roll < 0.9:
        return {"op": "line_move", "id": rng.choice(lines), "index": _index(rng, len(lines))}
    return {"op": "line_delete", "id": rng.choice(lines)}


def _kpis(rng, conn):
    kpis = _ids(conn, "kpi")
    roll = rng.random()
    if roll < 0.2 or not kpis:
        return {
            "op": "kpi_add",
            "values": {"name": _text(rng, 200)},
            "index": _index(rng, len(kpis)),
            "id": new_id(rng),
        }
    if roll < 0.7:
        field = rng.choice(kpi_service.FIELDS)
        if field in kpi_service.TEXT_FIELDS:
            value = _text(rng, kpi_service.TEXT_FIELDS[field])
        elif field == "direction":
            value = rng.choice((*kpi_service.KPI_DIRECTIONS, "up"))
        elif field == "cadence":
            value = rng.choice((*kpi_service.KPI_CADENCES, None, "hourly"))
        elif field == "campaign_id":
            value = rng.choice([None, *_ids(conn, "campaign")[:3], "no-such-campaign"])
        else:
            value = rng.choice(NUMBERS)
        return {"op": "kpi_edit", "id": rng.choice(kpis), "field": field, "value": value}
    if roll < 0.9:
        return {"op": "kpi_move", "id": rng.choice(kpis), "index": _index(rng, len(kpis))}
    return {"op": "kpi_delete", "id": rng.choice(kpis)}


def _risks(rng, conn):
    risks = _ids(conn, "risk")
    roll = rng.random()
    if roll < 0.2 or not risks:
        values = {"title": _text(rng, 300), "likelihood": rng.randint(1, 5), "impact": rng.randint(1, 5)}
        return {"op": "risk_add", "values": values, "index": _index(rng, len(risks)), "id": new_id(rng)}
    if roll < 0.7:
        field = rng.choice(list(risk_service.LABELS))
        if field in risk_service.TEXT_LIMITS and field != "category":
            value = _text(rng, risk_service.TEXT_LIMITS[field])
        else:
            value = {
                "likelihood": rng.choice((1, 3, 5, 0, 6, "2")),
                "impact": rng.choice((1, 4, 9)),
                "status": rng.choice(("open", "monitoring", "mitigated", "closed", "gone")),
                "review_date": _date(rng),
                "category": rng.choice(("brand", "supply", "自定义", "")),
            }[field]
        return {"op": "risk_edit", "id": rng.choice(risks), "field": field, "value": value}
    if roll < 0.9:
        return {"op": "risk_move", "id": rng.choice(risks), "index": _index(rng, len(risks))}
    return {"op": "risk_delete", "id": rng.choice(risks)}


def _steps(rng, conn):
    playbooks = _ids(conn, "playbook")
    if not playbooks:
        return None
    playbook = rng.choice(playbooks)
    steps = _ids(conn, "playbook_step", {"playbook_id": playbook})
    roll = rng.random()
    if roll < 0.3 or not steps:
        values = {"action": _text(rng, 2000), "offset_minutes": rng.choice((0, 30, 120, -5))}
        return {
            "op": "step_add",
            "playbook": playbook,
            "values": values,
            "index": _index(rng, len(steps)),
            "id": new_id(rng),
        }
    if roll < 0.7:
        field = rng.choice(("action", "owner", "offset_minutes"))
        value = rng.choice((0, 15, 600, -1, "abc", 10**9)) if field == "offset_minutes" else _text(rng, 200)
        return {"op": "step_edit", "id": rng.choice(steps), "field": field, "value": value}
    if roll < 0.9:
        return {"op": "step_move", "id": rng.choice(steps), "index": _index(rng, len(steps))}
    return {"op": "step_delete", "id": rng.choice(steps)}


def _forecast(rng, conn):
    """A forecast input (undo machine only: the service picks the id of an
    assumption row it creates, so a kill replay could not match it)."""
    channels = _ids(conn, "channel")
    if not channels:
        return None
    field = rng.choice(forecast_service.INPUTS)
    return {"op": "forecast_input", "channel": rng.choice(channels), "field": field, "value": rng.choice(NUMBERS)}


def _duplicate(rng, conn):
    """Duplicate a persona with its journey (undo machine only)."""
    personas = _ids(conn, "persona")
    return {"op": "persona_duplicate", "id": rng.choice(personas)} if personas else None


GENERATORS = {
    "swot": _swot,
    "tows": _tows,
    "personas": _personas,
    "competitors": _competitors,
    "calendar": _calendar,
    "budget": _budget,
    "kpis": _kpis,
    "risks": _risks,
    "playbooks": _steps,
}
UNDO_ONLY = {"forecast": _forecast, "duplicate": _duplicate}


def random_op(rng: random.Random, conn, canvas: str | None = None) -> dict:
    """A random edit of one canvas (*canvas*, or a random one of GENERATORS)."""
    makers = {**GENERATORS, **UNDO_ONLY}
    while True:
        op = makers[canvas or rng.choice(list(GENERATORS))](rng, conn)
        if op is not None:
            return op


# -- applying through the services ------------------------------------------------------
def _field(conn, table: str, row_id: str, field: str):
    row = conn.execute(f'SELECT "{field}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return row[0] if row else None


def apply_op(plan, op: dict) -> None:
    """Apply *op* through the services: one service call, one transaction."""
    kind, s = op["op"], op
    calls = {
        "swot_add": lambda: swot_service.add_item(plan, s["quadrant"], s["text"], index=s["index"], item_id=s["id"]),
        "swot_edit": lambda: swot_service.update_item(plan, s["id"], s["field"], s["value"]),
        "swot_move": lambda: swot_service.move_items(plan, s["ids"], s["quadrant"], s["index"]),
        "swot_delete": lambda: swot_service.delete_items(plan, s["ids"]),
        "tows_add": lambda: swot_strategies.add_strategy(plan, s["kind"], strategy_id=s["id"]),
        "tows_edit": lambda: swot_strategies.update_strategy(plan, s["id"], s["field"], s["value"]),
        "tows_cite": lambda: swot_strategies.set_citations(plan, s["id"], s["items"]),
        "tows_delete": lambda: swot_strategies.delete_strategy(plan, s["id"]),
        "tows_kind": lambda: swot_strategies.set_kind(plan, s["id"], s["kind"]),
        "swot_sort": lambda: swot_service.sort_by_weight(plan),
        "milestone_add": lambda: calendar_service.add_milestone(plan, s["values"], None, s["id"]),
        "persona_add": lambda: persona_service.add_persona(plan, s["values"], s["index"], s["id"]),
        "persona_edit": lambda: persona_service.update_persona(plan, s["id"], s["field"], s["value"]),
        "journey_cell": lambda: journey_service.set_stage_field(plan, s["id"], s["stage"], s["field"], s["value"]),
        "persona_move": lambda: persona_service.move_persona(plan, s["id"], s["index"]),
        "persona_delete": lambda: persona_service.delete_personas(plan, s["ids"]),
        "competitor_add": lambda: competitor_service.add_competitor(plan, s["values"], s["index"], s["id"]),
        "competitor_edit": lambda: competitor_service.update_competitor(plan, s["id"], s["field"], s["value"]),
        "competitor_move": lambda: competitor_service.move_competitor(plan, s["id"], s["index"]),
        "competitor_delete": lambda: competitor_service.delete_competitor(plan, s["id"]),
        "campaign_add": lambda: calendar_service.add_campaign(plan, s["values"], None, s["id"]),
        "campaign_edit": lambda: calendar_service.update_campaign(plan, s["id"], s["field"], s["value"]),
        "campaign_move": lambda: calendar_service.move_campaign(plan, s["id"], s["days"]),
        "campaign_delete": lambda: calendar_service.delete_campaign(plan, s["id"]),
        "phase_add": lambda: calendar_service.add_phase(plan, s["campaign"], s["values"], None, s["id"]),
        "phase_move": lambda: calendar_service.move_phase(plan, s["id"], s["days"]),
        "phase_dates": lambda: calendar_service.set_phase_dates(plan, s["id"], s["start"], s["end"]),
        "phase_delete": lambda: calendar_service.delete_phase(plan, s["id"]),
        "budget_paste": lambda: budget_service.set_cells(plan, [tuple(e) for e in s["edits"]]),
        "line_add": lambda: budget_service.add_line(plan, s["values"], s["index"], s["id"]),
        "line_edit": lambda: budget_service.update_line(plan, s["id"], s["field"], s["value"]),
        "line_move": lambda: budget_service.move_line(plan, s["id"], s["index"]),
        "line_delete": lambda: budget_service.delete_line(plan, s["id"]),
        "kpi_add": lambda: kpi_service.add_kpi(plan, s["values"], s["index"], s["id"]),
        "kpi_edit": lambda: kpi_service.update_kpi(plan, s["id"], s["field"], s["value"]),
        "kpi_move": lambda: kpi_service.move_kpi(plan, s["id"], s["index"]),
        "kpi_delete": lambda: kpi_service.delete_kpi(plan, s["id"]),
        "risk_add": lambda: risk_service.add_risk(plan, s["values"], s["index"], s["id"]),
        "risk_edit": lambda: risk_service.update_risk(plan, s["id"], s["field"], s["value"]),
        "risk_move": lambda: risk_service.move_risk(plan, s["id"], s["index"]),
        "risk_delete": lambda: risk_service.delete_risk(plan, s["id"]),
        "step_add": lambda: playbook_service.add_child(
            plan, "playbook_step", s["playbook"], s["values"], s["index"], s["id"]
        ),
        "step_edit": lambda: playbook_service.update_child(plan, "playbook_step", s["id"], s["field"], s["value"]),
        "step_move": lambda: playbook_service.move_child(plan, "playbook_step", s["id"], s["index"]),
        "step_delete": lambda: playbook_service.delete_child(plan, "playbook_step", s["id"]),
    }
    calls[kind]()


# -- the same edits as the editors' undo commands ----------------------------------------
def command_for(document, op: dict, session: int = -1):
    """The undo command an editor pushes for *op* (new rows get fresh ids;
    a new TOWS strategy may cite items at once, as the editor's dialog does)."""
    from app.views.budget import commands as bc
    from app.views.calendar import commands as cc
    from app.views.competitors import commands as comp
    from app.views.forecast import commands as fc
    from app.views.personas import commands as pc
    from app.views.risks import crisis_commands as crisis
    from app.views.swot import commands as sc

    plan, conn, kind, s = document.plan, document.plan.conn, op["op"], op

    def old(table, field=None):
        return _field(conn, table, s["id"], field or s["field"])

    def index_of(table, scope_field=None):
        scope = {scope_field: _field(conn, table, s["id"], scope_field)} if scope_field else None
        return _ids(conn, table, scope).index(s["id"])

    if kind == "swot_add":
        return sc.AddItemCommand(document, s["quadrant"], s["index"], s["text"])
    if kind == "swot_edit":
        return sc.EditItemCommand(document, s["id"], s["field"], old("swot_item"), s["value"], session)
    if kind == "swot_move":
        return sc.ArrangeItemsCommand(
            document, "Move", lambda p: swot_service.move_items(p, s["ids"], s["quadrant"], s["index"])
        )
    if kind == "swot_delete":
        return sc.DeleteItemsCommand(document, s["ids"])
    if kind == "tows_add":
        items = _ids(conn, "swot_item")[:2]
        return sc.AddStrategyCommand(document, s["kind"], items)
    if kind == "tows_edit":
        return sc.EditStrategyCommand(document, s["id"], s["field"], old("tows_strategy"), s["value"], session)
    if kind == "tows_cite":
        return sc.SetCitationsCommand(document, s["id"], swot_strategies.citations(plan).get(s["id"], []), s["items"])
    if kind == "tows_delete":
        return sc.DeleteStrategyCommand(document, s["id"])
    if kind == "tows_kind":
        return sc.SetKindCommand(document, s["id"], s["kind"])
    if kind == "swot_sort":
        return sc.ArrangeItemsCommand(document, "Sort by weight", swot_service.sort_by_weight)
    if kind == "milestone_add":
        return cc.add_milestone(document, s["values"])
    if kind == "forecast_input":
        old = next(c for c in forecast_service.channel_inputs(plan) if c["channel_id"] == s["channel"])[s["field"]]
        return fc.SetForecastInputCommand(document, s["channel"], s["field"], old, s["value"])
    if kind == "persona_duplicate":
        return pc.DuplicatePersonaCommand(document, s["id"])
    if kind == "persona_add":
        return pc.AddPersonaCommand(document, s["index"], s["values"])
    if kind == "persona_edit":
        return pc.EditPersonaCommand(document, s["id"], s["field"], old("persona"), s["value"], max(session, 0))
    if kind == "journey_cell":
        cells = {r["stage"]: r for r in journey_service.journey(plan, s["id"])}
        return pc.EditStageCommand(document, s["id"], s["stage"], s["field"], cells[s["stage"]][s["field"]], s["value"])
    if kind == "persona_move":
        return pc.MovePersonaCommand(document, s["id"], index_of("persona"), s["index"])
    if kind == "persona_delete":
        return pc.DeletePersonasCommand(document, s["ids"])
    if kind == "competitor_add":
        return comp.AddCompetitorCommand(document, s["index"], s["values"])
    if kind == "competitor_edit":
        return comp.EditCompetitorCommand(document, s["id"], s["field"], old("competitor"), s["value"])
    if kind == "competitor_move":
        return comp.MoveCompetitorCommand(document, s["id"], index_of("competitor"), s["index"])
    if kind == "competitor_delete":
        return comp.DeleteCompetitorCommand(document, s["id"])
    if kind == "campaign_add":
        return cc.add_campaign(document, s["values"])
    if kind == "campaign_edit":
        return cc.edit_campaign(document, calendar_service.get_campaign(plan, s["id"]), s["field"], s["value"])
    if kind == "campaign_move":
        return cc.move_campaign(document, s["id"], s["days"])
    if kind == "campaign_delete":
        return cc.delete_campaign(document, s["id"])
    if kind == "phase_add":
        return cc.add_phase(document, s["campaign"], s["values"])
    if kind == "phase_move":
        return cc.move_phase(document, s["id"], s["days"])
    if kind == "phase_dates":
        phase = read_rows(conn, "campaign_phase", {"id": s["id"]})[0]
        return cc.set_phase_dates(document, phase, s["start"], s["end"])
    if kind == "phase_delete":
        return cc.delete_phase(document, s["id"])
    if kind == "budget_paste":
        return bc.SetCellsCommand(document, [tuple(e) for e in s["edits"]], "Paste")
    if kind == "line_add":
        return bc.AddLineCommand(document, s["values"], s["index"])
    if kind == "line_edit":
        return bc.EditLineCommand(document, s["id"], s["field"], old("budget_line"), s["value"])
    if kind == "line_move":
        return bc.MoveLineCommand(document, s["id"], index_of("budget_line"), s["index"])
    if kind == "line_delete":
        return bc.DeleteLinesCommand(document, [s["id"]])
    if kind == "kpi_add":
        return fc.AddKpiCommand(document, s["index"], s["values"])
    if kind == "kpi_edit":
        return fc.EditKpiCommand(document, s["id"], s["field"], old("kpi"), s["value"])
    if kind == "kpi_move":
        return fc.MoveKpiCommand(document, s["id"], index_of("kpi"), s["index"])
    if kind == "kpi_delete":
        return fc.DeleteKpiCommand(document, s["id"])
    if kind == "risk_add":
        values, index = s["values"], s["index"]
        return crisis.AddRowCommand(
            document, "Add risk", lambda p, rid: risk_service.add_risk(p, values, index, rid), risk_service.delete_risk
        )
    if kind == "risk_edit":
        return crisis.EditFieldCommand(
            document,
            "Edit risk",
            risk_service.update_risk,
            s["id"],
            s["field"],
            old("risk"),
            s["value"],
            session if session >= 0 else None,
        )
    if kind == "risk_move":
        return crisis.MoveRowCommand(
            document, "Move risk", risk_service.move_risk, s["id"], index_of("risk"), s["index"]
        )
    if kind == "risk_delete":
        return crisis.DeleteRowCommand(
            document, "Delete risk", risk_service.delete_risk, risk_service.restore_risk, s["id"]
        )
    table = "playbook_step"
    if kind == "step_add":
        playbook, values, index = s["playbook"], s["values"], s["index"]
        return crisis.AddRowCommand(
            document,
            "Add step",
            lambda p, rid: playbook_service.add_child(p, table, playbook, values, index, rid),
            lambda p, rid: playbook_service.delete_child(p, table, rid),
        )
    if kind == "step_edit":
        return crisis.EditFieldCommand(
            document,
            "Edit step",
            lambda p, rid, f, v: playbook_service.update_child(p, table, rid, f, v),
            s["id"],
            s["field"],
            old(table),
            s["value"],
            session if session >= 0 else None,
        )
    if kind == "step_move":
        return crisis.MoveRowCommand(
            document,
            "Move",
            lambda p, rid, i: playbook_service.move_child(p, table, rid, i),
            s["id"],
            index_of(table, "playbook_id"),
            s["index"],
        )
    if kind == "step_delete":
        return crisis.DeleteRowCommand(
            document,
            "Delete",
            lambda p, rid: playbook_service.delete_child(p, table, rid),
            playbook_service.restore,
            s["id"],
        )
    raise ValueError(kind)  # pragma: no cover - a typo in a test
