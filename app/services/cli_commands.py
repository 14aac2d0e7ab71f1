"""The command line's work, without Qt: new, check, export, import.

Each function returns the lines to print; errors are StratdeckError
subclasses whose exit code the entry point uses."""

from __future__ import annotations

from pathlib import Path

from app.services.plan.errors import UsageError, shown
from app.services.plan.storage import file_identity
from app.services.plan.storage.plan_file import SUFFIX, PlanFile
from app.services.plan.storage.plan_lock import PlanLock, lock_path_for

BUILT_IN_FORMATS = ("json", "pdf", "csv")


def export_formats() -> tuple[str, ...]:
    """Every format ``stratdeck export`` knows: built-in and registered."""
    from app.services.exchange import exports

    exports.load()
    return BUILT_IN_FORMATS + tuple(sorted(exports.FILE_FORMATS))


def _plan_path(text: str) -> Path:
    """A plan path; the .stratdeck suffix is added when missing."""
    path = Path(text)
    return path if path.suffix else path.with_suffix(SUFFIX)


def new_plan(target: str, title: str = "", language: str = "zh", template: str = "") -> list[str]:
    """Create a plan file: empty, or from *template* (a name in templates.ORDER)."""
    path = _plan_path(target)
    if template:
        from app.services.plan.templates import create_from_template

        if path.exists():
            raise UsageError(f"{path.name} already exists; choose another name.")
        create_from_template(template, language, path, title=title or path.stem)
        return [f"Created {path} from the template {template} ({language})"]
    PlanFile.create(path, title=title or path.stem, language=language).close()
    return [f"Created {path}"]


def check_plan(target: str) -> list[str]:
    """Summary and findings of a plan; opens it read-only."""
    from app.services.plan import plan_summary, problems

    with PlanFile.open(Path(target), read_only=True) as plan:
        lines = plan_summary.summary_lines(plan)
        findings = problems.collect_findings(plan)
    lines.append(f"Findings: {len(findings)}")
    lines.extend(f.as_line() for f in findings)
    return lines


def export_plan(
    target: str,
    fmt: str,
    output: str,
    part: str | None = None,
    sections: str | None = None,
    password: str | None = None,
    dividers: str | None = None,
) -> list[str]:
    """Export a plan to *output* in format *fmt*: ``json`` (the whole plan)
    or ``pdf`` (the deck; *sections* is a comma-separated list of section
    keys, *password* encrypts it with AES-256) or ``pptx`` (the same deck,
    editable; *sections* as for pdf); *dividers* (pdf, pptx) is auto / always /
    never: section divider slides only before a section of three or more
    slides, before every section, or none. Deck warnings, such as a character
    the font lacks, are returned as extra lines."""
    # The canvases' export modules are imported only for a format that is not
    # built in: a deck export must not pay for every canvas's exporters.
    formats = BUILT_IN_FORMATS if fmt in BUILT_IN_FORMATS else export_formats()
    if fmt not in formats:
        raise UsageError(f"Unknown export format '{shown(fmt)}' (available: {', '.join(formats)}).")
    _refuse_plan_as_output(target, output)
    if dividers is not None and fmt not in ("pdf", "pptx"):
        raise UsageError("--dividers is only used with --format pdf or pptx.")
    if fmt == "pptx":
        return _export_pptx(target, output, part, sections, password, dividers or "auto")
    if fmt not in ("json", "pdf"):
        if sections is not None or password is not None:
            raise UsageError("--sections and --password are only used with --format pdf (--sections also pptx).")
        return _export_registered(target, fmt, output, part)
    if part:
        what = "the JSON export is always the whole plan" if fmt == "json" else "choose slides with --sections"
        raise UsageError(f"--part is not used with --format {fmt}: {what}.")
    if fmt == "json":
        if sections is not None or password is not None:
            raise UsageError("--sections and --password are only used with --format pdf.")
        from app.services.exchange import json_exchange

        with PlanFile.open(Path(target), read_only=True) as plan:
            json_exchange.export_json_file(plan.conn, Path(output))
        return [f"Exported {output}"]
    from app.services.deck import build_deck
    from app.services.deck.registry import choose

    keys = None if sections is None else sections.split(",")
    choose(keys)  # a wrong section name is reported before the plan is opened
    if password == "":
        raise UsageError("--password is empty; leave it out for a deck without a password.")
    with PlanFile.open(Path(target), read_only=True) as plan:
        result = build_deck(plan, Path(output), sections=keys, password=password, dividers=dividers or "auto")
    lines = [f"Exported {output} ({result.pages} slides)"]
    return lines + [f"Warning: {warning}" for warning in result.warnings]


def _export_pptx(
    target: str, output: str, part: str | None, sections: str | None, password: str | None, dividers: str
) -> list[str]:
    """The deck as an editable PPTX (the PDF's slides, same order and text)."""
    from app.services.deck.pptx.messages import MESSAGES

    if part:
        raise UsageError(MESSAGES("no_part"))
    if password is not None:
        raise UsageError(MESSAGES("no_password"))
    from app.services.deck.pptx import export_pptx
    from app.services.deck.registry import choose

    keys = None if sections is None else sections.split(",")
    choose(keys)  # a wrong section name is reported before the plan is opened
    with PlanFile.open(Path(target), read_only=True) as plan:
        result = export_pptx(plan, Path(output), sections=keys, dividers=dividers)
    return [f"Exported {output} ({result.slides} slides)"] + [f"Warning: {w}" for w in result.warnings]


def _refuse_plan_as_output(target: str, output: str) -> None:
    """An export must never overwrite the plan it reads (``-o`` naming the
    plan file by mistake would replace the whole plan with a CSV)."""
    plan, out = Path(target), Path(output)
    try:
        same = out.exists() and plan.exists() and out.samefile(plan)
    except OSError:
        same = False
    if same or (not out.exists() and out.resolve() == plan.resolve()):
        raise UsageError(f"-o {shown(out.name)} is the plan itself; choose another file name for the export.")
    real = file_identity.real_path(plan)
    companions = {file_identity.sidecar(real, s) for s in ("-journal", "-wal", "-shm")} | {lock_path_for(real)}
    if file_identity.real_path(out) in companions:  # SQLite or the lock would take it for theirs
        raise UsageError(f"-o {shown(out.name)} is a file the plan keeps beside it; choose another file name.")


def _export_registered(target: str, fmt: str, output: str, part: str | None) -> list[str]:
    """CSV of one table part, or a registered file format (ICS, XLSX…)."""
    from app.services.exchange import exports

    exports.load()  # csv is built in, its table parts are registered
    if fmt == "csv":
        parts = sorted(exports.TABLE_PARTS)
        if part not in exports.TABLE_PARTS:
            given = "is missing" if not part else f"'{shown(part)}' is not a table"
            raise UsageError(f"--part {given}; --format csv needs one of: {', '.join(parts)}.")
        from app.services.exchange.header_words import localised, plan_language

        with PlanFile.open(Path(target), read_only=True) as plan:
            table = localised(exports.TABLE_PARTS[part](plan), plan_language(plan))  # headers in the plan's language
        exports.write_csv(table, Path(output))
        return [f"Exported {output} ({len(table.rows)} rows)"]
    with PlanFile.open(Path(target), read_only=True) as plan:
        return exports.FILE_FORMATS[fmt](plan, Path(output), part)


def import_plan(source: str, output: str, force: bool = False) -> list[str]:
    """Build a plan file from a JSON export."""
    path = _plan_path(output)
    if path.exists() and not force:
        raise UsageError(f"{path.name} already exists; choose another name or pass --force.")
    if path.exists():
        path = file_identity.real_path(path)  # through a symlink: replace the plan, under its own lock
    lock = PlanLock(path)
    if path.exists():
        lock.acquire()  # never replace a plan that a window has open
    from app.services.exchange import json_exchange

    try:
        json_exchange.import_json_file(Path(source), path)
    finally:
        lock.release()
    return [f"Imported {source} into {path}"]


def import_budget(target: str, source: str) -> list[str]:
    """Replace the budget of plan *target* with the XLSX or CSV file *source*
    (all or nothing: one bad cell and nothing changes)."""
    from app.services.budget import exchange as budget_exchange

    with PlanFile.open(Path(target)) as plan:
        change = budget_exchange.import_budget(plan, Path(source))
    count, months = len(change.ids), change.extra["cell_count"]
    noun = "budget line" if count == 1 else "budget lines"
    source_name, plan_name = Path(source).name, Path(target).name
    read_as = change.extra.get("encoding", "")
    how = f", read as {read_as} text" if read_as and read_as != "UTF-8" else ""
    return [f"Imported {count} {noun} ({months} line-months with amounts) from {source_name} into {plan_name}{how}"]
