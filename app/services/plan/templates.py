"""New Plan templates: JSON exchange documents in resources/templates,
one per template and language (``<key>-<zh|en>.json``, written by
build/make_templates.py). A template file is an exchange document plus a
``template`` entry (key, title, description) that is removed before import.

A new plan gets fresh ids: every id in the template is replaced by a new
UUID, consistently in the rows that refer to it."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.services.exchange import json_exchange
from app.services.plan import paths
from app.services.plan.errors import PlanFileError
from app.services.plan.kernel_messages import MESSAGES

UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
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
    document = fresh_ids(document)
    now = dt.datetime.now().isoformat(timespec="seconds")
    document["plan"].update(created_at=now, modified_at=now)
    if title:
        document["plan"]["title"] = title
    json_exchange.import_document(document, Path(target))
    return Path(target)
