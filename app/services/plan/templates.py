"""New Plan templates: JSON exchange documents in resources/templates,
one per template and language (``<key>-<zh|en>.json``, written by
build/make_templates.py). A template file is an exchange document plus a
``template`` entry (key, title, description) that is removed before import.

A new plan gets fresh ids: every id in the template is replaced by a new
UUID, consistently in the rows that refer to it.

Templates hold no prompt text (:func:`without_prompts`): what a field should
hold is shown as greyed placeholder text by the editors, never stored. Starter
content a planner keeps or edits (risk titles, mitigations, crisis steps)
stays, without its "(Prompt)" marker."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.models.prompts import is_prompt, without_prompt
from app.services.exchange import json_exchange
from app.services.plan import paths
from app.services.plan.errors import PlanFileError
from app.services.plan.kernel_messages import MESSAGES

UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Prompt-marked fields that are starter content: kept, marker removed. Every
# other prompt is an instruction: the field is left empty (a placeholder shows it).
STARTER_CONTENT = {("risk", "title"), ("risk", "mitigation"), ("risk", "contingency"), ("playbook_step", "action")}
DROPPED_WHEN_PROMPT = {"swot_item": "text"}  # a row that is only a prompt is not created
MARKER = re.compile(r"^\s*(（提示[）：:]|\(提示[)：:]|\(prompt\)|\[prompt\]|prompt:)\s*", re.IGNORECASE)
ORDER = ("annual-strategic-plan", "ecommerce-promotion", "key-account-strategy", "plan-review-iteration")


@dataclass(frozen=True)
class Template:
    """One entry of the New Plan gallery."""

    key: str
    language: str
    title: str
    description: str
    path: Path


def templates_dir() -> Path:
    """Folder of the bundled templates."""
    return paths.resources_dir() / "templates"


def list_templates(language: str) -> list[Template]:
    """The templates in *language* ('zh' or 'en'), in gallery order."""
    found = []
    for key in ORDER:
        path = templates_dir() / f"{key}-{language}.json"
        if path.exists():
            meta = json.loads(path.read_text(encoding="utf-8")).get("template", {})
            found.append(Template(key, language, meta.get("title", key), meta.get("description", ""), path))
    return found


def fresh_ids(document: dict) -> dict:
    """A copy of *document* with every UUID replaced by a new one (the same
    new id wherever the old one appears)."""
    mapping: dict[str, str] = {}

    def renew(value):
        if isinstance(value, str) and UUID_TEXT.match(value):
            return mapping.setdefault(value, str(uuid.uuid4()))
        if isinstance(value, dict):
            return {k: renew(v) for k, v in value.items()}
        if isinstance(value, list):
            return [renew(v) for v in value]
        return value

    return renew(document)


def create_from_template(key: str, language: str, target: Path, title: str | None = None) -> Path:
    """Build the plan file *target* from template *key* in *language*."""
    path = templates_dir() / f"{key}-{language}.json"
    if not path.exists():
        raise PlanFileError(MESSAGES("template_missing", key=key, language=language))
    document = json_exchange.read_json_file(path)
    document.pop("template", None)
    document = fresh_ids(without_prompts(document))
    now = dt.datetime.now().isoformat(timespec="seconds")
    document["plan"].update(created_at=now, modified_at=now)
    if title:
        document["plan"]["title"] = title
    json_exchange.import_document(document, Path(target))
    return Path(target)


@dataclass(frozen=True)
class TemplatePreview:
    """What a template puts into a new plan, for the gallery's card."""

    period: tuple[str, str]
    counts: dict[str, int]  # table name → rows the plan starts with
    objectives: list[str]


PREVIEW_TABLES = ("objective", "swot_item", "channel", "kpi", "risk", "playbook")


def preview(template: Template) -> TemplatePreview:
    """The period, starter rows and objective names of *template*."""
    document = json.loads(template.path.read_text(encoding="utf-8"))
    plan = document.get("plan", {})
    counts = {table: len(document.get(table, [])) for table in PREVIEW_TABLES}
    objectives = [row.get("text", "") for row in document.get("objective", [])]
    return TemplatePreview((plan.get("period_start") or "", plan.get("period_end") or ""), counts, objectives)


def without_prompts(document: dict) -> dict:
    """A copy of exchange *document* with no prompt text in any field (see
    the module docstring); used when the templates are written and again
    when a plan is made from one."""
    cleaned: dict = {}
    for table, rows in document.items():
        if table == "plan" and isinstance(rows, dict):
            cleaned[table] = {field: _clean(table, field, value) for field, value in rows.items()}
        elif isinstance(rows, list) and rows and isinstance(rows[0], dict):
            keep_field = DROPPED_WHEN_PROMPT.get(table)
            cleaned[table] = [
                {field: _clean(table, field, value) for field, value in row.items()}
                for row in rows
                if not (keep_field and is_prompt(row.get(keep_field)))
            ]
        else:
            cleaned[table] = rows
    return cleaned


def _clean(table: str, field: str, value):
    if not isinstance(value, str):
        return value
    if is_prompt(value):
        return MARKER.sub("", value).strip() if (table, field) in STARTER_CONTENT else ""
    return without_prompt(value)
