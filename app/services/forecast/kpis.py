"""KPI scorecard: read and edit KPIs, and their red / amber / green status.

Status rule (pure, docs/forecast-kpis.md):

- no actual → "no_data"; no target → "no_target";
- target met (actual ≥ target for "higher", ≤ for "lower") → "green";
- otherwise the shortfall, as a percentage of the target (of the distance
  from baseline to target when the target is 0), within the alert threshold
  → "amber"; beyond it, or with no threshold → "red".

Progress = (actual − baseline) / (target − baseline): the share of the way
from baseline to target, whichever the direction; without a baseline (or
when it equals the target) actual / target when higher is better, target /
actual when lower is better (kpi_progress)."""

from __future__ import annotations

from app.models.findings import INFO, WARNING, Finding
from app.models.frozen import frozen_model
from app.services.forecast.messages import KPI_LABELS, MESSAGES
from app.services.plan import kept_links
from app.services.plan.changes import Change
from app.services.plan.errors import EditRefused, shown
from app.services.plan.field_checks import finite_number as _number
from app.services.plan.field_checks import is_blank, text_value, typed_number
from app.services.plan.messages import Term
from app.services.plan.problems import rule_provider
from app.services.plan.row_edits import RowEdits
from app.services.plan.row_refs import row_exists
from app.services.plan.rows import delete_row, read_rows, restore_row, row_name
from app.services.plan.storage.plan_file import PlanFile

CANVAS = "kpis"
# The same choices as app/models/budget/tables.py, which imports the ORM (too slow
# for start-up); tests/forecast/test_kpi_service.py checks they agree.
KPI_DIRECTIONS = ("higher", "lower")
KPI_CADENCES = ("daily", "weekly", "monthly", "quarterly", "campaign")
TABLE = "kpi"
STATUSES = ("green", "amber", "red", "no_data", "no_target")
STATUS_TEXT = {
    "green": "On track",
    "amber": "At risk",
    "red": "Off track",
    "no_data": "No data",
    "no_target": "No target",
}
TEXT_FIELDS = {"name": 200, "unit": 40, "owner": 200, "definition": 2_000, "data_source": 500}
NUMBER_FIELDS = ("baseline", "target", "actual", "alert_threshold_pct")
FIELDS = (
    "name",
    "unit",
    "baseline",
    "target",
    "actual",
    "direction",
    "alert_threshold_pct",
    "owner",
    "cadence",
    "campaign_id",
    "definition",
    "data_source",
)
LABELS = KPI_LABELS
MAX_NUMBER = 1e15


@frozen_model
class KpiStatus:
    """A KPI's status key, progress (0..1 = baseline..target; None = blank)
    and shortfall against the target in % (None when met or unknown)."""

    status: str
    progress: float | None = None
    shortfall_pct: float | None = None


def kpi_progress(baseline: float | None, target: float | None, actual: float | None, lower: bool) -> float | None:
    """How far the actual has come toward the target (1.0 = reached; over 1
    = beyond it; below 0 = moved away), honouring the direction.

    With a baseline: (actual − baseline) ÷ (target − baseline). Without one
    (or when it equals the target): actual ÷ target when higher is better,
    target ÷ actual when lower is better. None when it cannot be worked out."""
    if actual is None or target is None:
        return None
    if baseline is not None and target != baseline:
        return (actual - baseline) / (target - baseline)
    if lower:
        return target / actual if actual > 0 and target >= 0 else None
    return actual / target if target > 0 and actual >= 0 else None


def kpi_status(kpi: dict) -> KpiStatus:
    """The status of one KPI row (see the module docstring)."""
    baseline, target, actual = (_number(kpi.get(k)) for k in ("baseline", "target", "actual"))
    lower = kpi.get("direction") == "lower"
    progress = kpi_progress(baseline, target, actual, lower)
    if actual is None:
        return KpiStatus("no_data")
    if target is None:
        return KpiStatus("no_target")
    shortfall = (actual - target) if lower else (target - actual)
    if shortfall <= 0:
        return KpiStatus("green", progress)
    if target != 0:
        scale = abs(target)
    elif baseline is not None and baseline != target:
        scale = abs(target - baseline)
    else:
        return KpiStatus("red", progress)
    shortfall_pct = shortfall / scale * 100
    threshold = _number(kpi.get("alert_threshold_pct"))
    status = "amber" if threshold is not None and shortfall_pct <= threshold else "red"
    return KpiStatus(status, progress, shortfall_pct)


# -- reading ---------------------------------------------------------------------
def list_kpis(plan: PlanFile) -> list[dict]:
    """KPIs in their order."""
    return read_rows(plan.conn, TABLE)


def scorecard(plan: PlanFile) -> list[tuple[dict, KpiStatus]]:
    """Every KPI with its status, in order."""
    return [(row, kpi_status(row)) for row in list_kpis(plan)]


def campaign_choices(plan: PlanFile) -> list[tuple[str, str]]:
    """(id, name) of every campaign, in calendar order (for the picker)."""
    return [(row["id"], row["name"]) for row in read_rows(plan.conn, "campaign")]


# -- editing ---------------------------------------------------------------------
def check_value(plan: PlanFile, field: str, value, name: str = ""):
    """The value to store for *field*, or EditRefused naming field and KPI."""
    if field not in FIELDS:
        raise EditRefused(field, MESSAGES("unknown_kpi_field", field=shown(field)))
    label = Term(LABELS[field])
    subject = MESSAGES("kpi_field_of", label=label, name=shown(name)) if name else label
    if field in TEXT_FIELDS:
        return text_value(field, subject, value, TEXT_FIELDS[field])
    if field in NUMBER_FIELDS:
        if is_blank(value):
            return None
        number = typed_number(value)
        if number is None or abs(number) > MAX_NUMBER:
            raise EditRefused(field, MESSAGES("not_a_number", subject=subject, value=shown(value)))
        if field == "alert_threshold_pct" and not 0 <= number <= 1000:
            raise EditRefused(field, MESSAGES("threshold_range", subject=subject))
        return number
    if field == "direction" and value not in KPI_DIRECTIONS:
        raise EditRefused(field, MESSAGES("higher_or_lower", subject=subject))
    if field == "cadence" and value not in KPI_CADENCES:
        raise EditRefused(field, MESSAGES("one_of", subject=subject, choices=", ".join(KPI_CADENCES)))
    if field == "campaign_id" and value is not None:
        if not row_exists(plan.conn, "campaign", value):
            raise EditRefused(field, MESSAGES("campaign_gone"))
    return value


def _kpi_name(plan: PlanFile, kpi_id: str) -> str:
    return row_name(plan, "kpi", kpi_id, MESSAGES("kpi_gone"))


# Updates name the KPI in refusals: update_kpi below.
KPIS = RowEdits(CANVAS, TABLE, check_value, MESSAGES("kpi_gone"), check_needs_plan=True)
add_kpi, move_kpi = KPIS.add, KPIS.move


def update_kpi(plan: PlanFile, kpi_id: str, field: str, value) -> Change:
    """Change one field of a KPI."""
    stored = check_value(plan, field, value, _kpi_name(plan, kpi_id))
    with plan.transaction() as conn:
        conn.execute(f'UPDATE kpi SET "{field}" = ? WHERE id = ?', (stored, kpi_id))
    return Change(CANVAS, TABLE, (kpi_id,), (field,))


def delete_kpi(plan: PlanFile, kpi_id: str) -> tuple[Change, dict, int]:
    """Delete a KPI; return the change, the row and its index (for undo).
    Crisis playbooks triggered by the KPI lose the trigger (SET NULL); the
    row keeps their ids under ``"_playbooks"`` so undo links them again."""
    playbooks = [r[0] for r in plan.conn.execute("SELECT id FROM playbook WHERE trigger_kpi_id = ?", (kpi_id,))]
    kept_links.keep(plan, TABLE, [kpi_id])
    row, index = delete_row(plan, TABLE, kpi_id)
    return Change(CANVAS, TABLE, (kpi_id,), structure=True), {**row, "_playbooks": playbooks}, index


def restore_kpi(plan: PlanFile, row: dict, index: int) -> Change:
    """Put a deleted KPI back at *index* with its playbook triggers (undo of
    delete; a campaign deleted meanwhile is dropped from it)."""
    row = dict(row)
    playbooks = row.pop("_playbooks", [])
    if (
        row.get("campaign_id")
        and not plan.conn.execute("SELECT 1 FROM campaign WHERE id = ?", (row["campaign_id"],)).fetchone()
    ):
        row["campaign_id"] = None
    with plan.transaction() as conn:
        restore_row(plan, TABLE, row, index)
        kept_links.put_back(conn, plan, TABLE, [row["id"]])
        conn.executemany(
            "UPDATE playbook SET trigger_kpi_id = ? WHERE id = ? AND trigger_kpi_id IS NULL",
            [(row["id"], playbook) for playbook in playbooks],
        )
    return Change(CANVAS, TABLE, (row["id"],), structure=True)


# -- Problems ----------------------------------------------------------------------
@rule_provider
def kpi_findings(plan: PlanFile) -> list[Finding]:
    """KPIs with no owner or no target, and KPIs that are red."""
    found = []
    for index, (row, status) in enumerate(scorecard(plan), start=1):
        name = (row["name"] or "").strip() or f"#{index}"
        args = (("name", name),)

        def add(rule, severity, message, field, extra=(), row=row, args=args):
            found.append(Finding(rule, severity, CANVAS, message, TABLE, row["id"], field, (*args, *extra)))

        if not (row["owner"] or "").strip():
            add("kpi.no_owner", INFO, f"KPI {name} has no owner.", "owner")
        if _number(row["target"]) is None:
            add("kpi.no_target", WARNING, f"KPI {name} has no target.", "target")
        if status.status == "red":
            actual, target = f"{row['actual']:g}", f"{row['target']:g}"
            add(
                "kpi.red",
                WARNING,
                f"KPI {name} is off track: {actual} against a target of {target}.",
                "actual",
                (("actual", actual), ("target", target)),
            )
    return found
