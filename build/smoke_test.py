"""Smoke test of the built bundle: ``python build/smoke_test.py``.

Runs the frozen executable, never the source, in a temporary data and
settings folder:

1. ``stratdeck --version``
2. ``stratdeck import`` of the sample plan JSON shipped *inside* the bundle
3. ``stratdeck check`` of that plan
4. ``stratdeck export --format json`` (same sections and row counts as the sample)
5. ``stratdeck export --format pdf`` (starts with %PDF, has pages, embeds a font)
   and ``--format pptx`` (a PowerPoint package with slides and charts whose
   workbooks are embedded: python-pptx and its templates are in the bundle)
6. the window: ``stratdeck --demo`` offscreen with STRATDECK_STARTUP_REPORT, so
   it reports its first paint and the plan open and editable, then closes;
   exit code 0, no traceback on stderr or in the log
7. the window again with no argument: the last plan reopens
8. the deck preview: the window renders the plan's deck in its worker
   thread and QtPdf loads it (STRATDECK_STARTUP_REPORT=deck)
9. lean: no WebEngine/QML/Quick/3D/Multimedia files, size within the target

Any Python 3.11 runs it (standard library only). Exit code 0 when every
check passed, 1 otherwise; each check prints one line. Build first with
``python build/build.py``."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
DIST = BUILD / "dist"
TIMEOUT = 180  # seconds per command; a cold first start of a bundle can be slow
SIZE_TARGET_MB = 250 if sys.platform.startswith("linux") else 0
UNWANTED = re.compile(r"Qt6?(WebEngine|Qml|Quick|3D|Multimedia|Charts|DataVisualization|Designer)", re.I)


class SmokeFailure(Exception):
    """A check failed; the message says what was seen."""


def default_executable() -> Path:
    """The bundle's command-line executable on this system."""
    if sys.platform == "win32":
        return DIST / "stratdeck" / "stratdeck-cli.exe"  # the console twin of Stratdeck.exe
    if sys.platform == "darwin":
        return DIST / "Stratdeck.app" / "Contents" / "MacOS" / "stratdeck"
    return DIST / "stratdeck" / "stratdeck"


def bundle_root(executable: Path) -> Path:
    """The folder (or .app) the executable belongs to."""
    return executable.parents[2] if executable.parent.name == "MacOS" else executable.parent


def source_version() -> str:
    """The version the checkout declares (app/__init__.py)."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


class Smoke:
    """Runs the checks against one bundle, in one temporary folder."""

    def __init__(self, executable: Path, tmp: Path):
        self.executable = executable
        self.root = bundle_root(executable)
        self.tmp = tmp
        self.plan = tmp / "sample.stratdeck"
        self.data = tmp / "data"
        self.env = dict(
            os.environ,
            STRATDECK_DATA_DIR=str(self.data),
            XDG_CONFIG_HOME=str(tmp / "config"),  # Qt settings, on Linux
            QT_QPA_PLATFORM="offscreen",
        )
        self.env.pop("STRATDECK_STARTUP_REPORT", None)
        self.failures = 0
        self.checks = 0

    def run(self, *args: str, report: str = "") -> subprocess.CompletedProcess:
        env = dict(self.env, STRATDECK_STARTUP_REPORT=report) if report else self.env
        return subprocess.run(
            [str(self.executable), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            cwd=self.tmp,
            timeout=TIMEOUT,
        )

    def expect_ok(self, result: subprocess.CompletedProcess) -> None:
        if result.returncode != 0:
            raise SmokeFailure(f"exit code {result.returncode}; stderr: {result.stderr.strip()[-800:]}")
        for word in ("Traceback", "Warning:"):  # a Python traceback or warning reaches the user
            if word in result.stderr:
                raise SmokeFailure(f"{word.rstrip(':').lower()} on stderr: {result.stderr.strip()[-800:]}")

    def check(self, name: str, body: Callable[[], str]) -> None:
        self.checks += 1
        started = time.monotonic()
        try:
            detail = body()
        except (SmokeFailure, OSError, subprocess.TimeoutExpired, ValueError) as exc:
            self.failures += 1
            print(f"FAIL {name}: {exc}", flush=True)
            return
        print(f"ok   {name} ({time.monotonic() - started:.1f} s){': ' + detail if detail else ''}", flush=True)

    # -- the checks ----------------------------------------------------------------
    def version(self) -> str:
        result = self.run("--version")
        self.expect_ok(result)
        expected = f"stratdeck {source_version()}"
        if result.stdout.strip() != expected:
            raise SmokeFailure(f"printed {result.stdout.strip()!r}, expected {expected!r}")
        return expected

    def sample_json(self) -> Path:
        found = sorted(self.root.rglob("resources/samples/*-zh.json"))
        if not found:
            raise SmokeFailure(f"no resources/samples/*-zh.json inside {self.root}")
        return found[0]

    def import_sample(self) -> str:
        sample = self.sample_json()
        self.expect_ok(self.run("import", str(sample), "-o", str(self.plan)))
        if not self.plan.exists():
            raise SmokeFailure(f"{self.plan} was not created")
        return f"{sample.name} from the bundle"

    def check_plan(self) -> str:
        result = self.run("check", str(self.plan))
        self.expect_ok(result)
        lines = result.stdout.splitlines()
        if not lines or not lines[0].startswith("Plan: ") or not any(line.startswith("Findings:") for line in lines):
            raise SmokeFailure(f"unexpected output: {result.stdout[:300]!r}")
        return f"{len(lines)} lines, {next(line for line in lines if line.startswith('Findings:'))}"

    def export_json(self) -> str:
        target = self.tmp / "export.json"
        self.expect_ok(self.run("export", str(self.plan), "--format", "json", "-o", str(target)))
        exported = json.loads(target.read_text(encoding="utf-8"))
        sample = json.loads(self.sample_json().read_text(encoding="utf-8"))
        counts = {key: len(value) for key, value in exported.items() if isinstance(value, list)}
        expected = {key: len(value) for key, value in sample.items() if isinstance(value, list)}
        if counts != expected:
            raise SmokeFailure(f"row counts {counts} differ from the sample's {expected}")
        return f"{sum(counts.values())} rows in {len(counts)} sections, as in the sample"

    def export_pdf(self) -> str:
        target = self.tmp / "deck.pdf"
        result = self.run("export", str(self.plan), "--format", "pdf", "-o", str(target))
        if result.returncode == 2 and "format 'pdf'" in result.stderr:
            raise SmokeFailure(
                "this build has no PDF export (the deck engine, app/services/deck, is not in it): "
                + result.stderr.strip()
            )
        self.expect_ok(result)
        data = target.read_bytes()
        if not data.startswith(b"%PDF-"):
            raise SmokeFailure(f"{target.name} does not start with %PDF- ({data[:16]!r})")
        if b"%%EOF" not in data[-1024:]:
            raise SmokeFailure(f"{target.name} has no %%EOF trailer: truncated?")
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
        if pages < 1:
            raise SmokeFailure(f"{target.name} has no pages")
        if b"/FontFile2" not in data:
            raise SmokeFailure(f"{target.name} embeds no TrueType font: Chinese would not render")
        return f"{pages} pages, {len(data) // 1024} KB, TrueType font embedded"

    def export_pptx(self) -> str:
        target = self.tmp / "deck.pptx"
        self.expect_ok(self.run("export", str(self.plan), "--format", "pptx", "-o", str(target)))
        with zipfile.ZipFile(target) as package:
            names = package.namelist()
        slides = [n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        charts = [n for n in names if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)]
        workbooks = [n for n in names if n.startswith("ppt/embeddings/")]
        if not slides or "ppt/presentation.xml" not in names:
            raise SmokeFailure(f"{target.name} is not a presentation with slides")
        if not charts or len(workbooks) < len(charts):
            raise SmokeFailure(f"{target.name}: {len(charts)} charts, {len(workbooks)} embedded workbooks")
        return f"{len(slides)} slides, {len(charts)} native charts with workbooks"

    def window(self, *args: str, expect: str = "editable") -> str:
        result = self.run(*args, report="1")
        self.expect_ok(result)
        lines = result.stdout.splitlines()
        for word in ("painted", expect):
            if word not in lines:
                raise SmokeFailure(f"no {word!r} line; stdout: {result.stdout.strip()!r}")
        if lines.index("painted") > lines.index(expect):
            raise SmokeFailure("the plan was reported before the window's first paint")
        fonts = next((line for line in lines if line.startswith("fonts ")), "fonts ")
        if not fonts[len("fonts ") :]:
            raise SmokeFailure("the bundled font was not registered (resources not found?)")
        for log in (self.data / "logs").glob("*.log*"):
            if "Traceback" in log.read_text(encoding="utf-8", errors="replace"):
                raise SmokeFailure(f"traceback in {log}")
        heavy = next((line for line in lines if line.startswith("heavy")), "heavy").split(" ", 1)[1:]
        return f"painted, {expect}; {fonts}; heavy modules: {heavy[0] if heavy and heavy[0] else 'none'}"

    def deck_preview(self) -> str:
        result = self.run(str(self.plan), report="deck")
        self.expect_ok(result)
        line = next((line for line in result.stdout.splitlines() if line.startswith("deck")), "")
        if not re.fullmatch(r"deck [1-9]\d* pages", line):
            raise SmokeFailure(f"the preview did not render: {line or result.stdout.strip()!r}")
        return line

    def lean(self) -> str:
        total, unwanted = 0, []
        for path in self.root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                total += path.stat().st_size
                if UNWANTED.search(path.name):
                    unwanted.append(path.relative_to(self.root).as_posix())
        if unwanted:
            raise SmokeFailure(f"{len(unwanted)} unused Qt files bundled, e.g. {unwanted[:3]}")
        if SIZE_TARGET_MB and total / 1e6 > SIZE_TARGET_MB:
            raise SmokeFailure(f"{total / 1e6:.1f} MB, over the {SIZE_TARGET_MB} MB target")
        return f"{total / 1e6:.1f} MB, no unused Qt modules"

    def run_all(self) -> int:
        self.check("stratdeck --version", self.version)
        self.check("stratdeck import (sample from the bundle)", self.import_sample)
        self.check("stratdeck check", self.check_plan)
        self.check("stratdeck export --format json", self.export_json)
        self.check("stratdeck export --format pdf", self.export_pdf)
        self.check("stratdeck export --format pptx", self.export_pptx)
        self.check("window: --demo opens offscreen and closes", lambda: self.window("--demo"))
        self.check("window: the last plan reopens", lambda: self.window())
        self.check("window: the deck preview renders (deck engine, QtPdf)", self.deck_preview)
        self.check("bundle is lean", self.lean)
        return self.failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built Stratdeck bundle.")
    parser.add_argument("--executable", type=Path, default=default_executable(), help="the bundle's executable")
    args = parser.parse_args(argv)
    executable = args.executable.resolve()
    if not executable.is_file():
        print(f"FAIL no bundle at {executable}: build it first with python build/build.py", file=sys.stderr)
        return 1
    print(f"Smoke test of {executable}", flush=True)
    with tempfile.TemporaryDirectory(prefix="stratdeck-smoke-") as tmp:
        smoke = Smoke(executable, Path(tmp))
        failures = smoke.run_all()
    # the closing line CI reads, in the plain "N passed, N failed" form
    print(f"smoke: {smoke.checks - failures} passed, {failures} failed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
