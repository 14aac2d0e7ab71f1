"""The bundled sample plans and the demo plan made from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
    """A fresh plan file holding the sample plan; returns its path.

    It is a copy of the plan file made from the sample's JSON at build time
    (build/make_samples.py), written under a temporary name and renamed, so
    a demo opens without importing JSON; without that file the JSON is
    imported. The bundled files are only read, never changed."""
    source = sample_json(language)
    folder = folder or paths.data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
    if (folder / f"{source.stem} {stamp}.stratdeck").exists():
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S-%f")
    target = folder / f"{source.stem} {stamp}.stratdeck"
    made = source.with_suffix(".stratdeck")
    if made.is_file():
        _copy_new(made, target)
    else:
        from app.services.exchange import json_exchange

        json_exchange.import_json_file(source, target)
    return target


def _copy_new(source: Path, target: Path) -> None:
    """Copy *source* to *target* through a temporary file of the one scheme
    (app/services/exchange/temp_files.py) renamed into place: a half-written
    demo never carries a plan's name. Raises PlanWriteError."""
    import os
    import shutil

    from app.services.exchange import temp_files
    from app.services.plan.errors import PlanWriteError

    try:
        temporary = temp_files.make_temp(target.parent, "demo")
    except OSError as exc:
        raise PlanWriteError(MESSAGES("cannot_write_to", folder=target.parent, reason=exc.strerror)) from None
    try:
        shutil.copyfile(source, temporary)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise PlanWriteError(MESSAGES("could_not_write", name=target.name, reason=exc.strerror)) from None
