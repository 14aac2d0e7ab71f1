"""The bundled sample plans and the demo plan made from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.services.exchange import json_exchange
from app.services.plan import paths
from app.services.plan.errors import PlanFileError
from app.services.plan.kernel_messages import MESSAGES


def sample_json(language: str) -> Path:
    """The bundled sample plan JSON for *language* ('zh' or 'en')."""
    matches = sorted(paths.samples_dir().glob(f"*-{language}.json"))
    if not matches:
        matches = sorted(paths.samples_dir().glob("*-zh.json"))
    if not matches:
        raise PlanFileError(MESSAGES("sample_missing"))
    return matches[0]


def create_demo_plan(language: str, folder: Path | None = None) -> Path:
    """Import the sample plan into a fresh plan file and return its path.

    The bundled JSON is only read, never changed."""
    source = sample_json(language)
    folder = folder or paths.data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
    if (folder / f"{source.stem} {stamp}.stratdeck").exists():
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S-%f")
    target = folder / f"{source.stem} {stamp}.stratdeck"
    json_exchange.import_json_file(source, target)
    return target
