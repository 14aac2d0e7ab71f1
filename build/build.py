"""Build the Stratdeck application bundle: ``python build/build.py``.

1. Makes (or refreshes) a clean build environment, ``build/.venv-build``,
   holding only the project's runtime dependencies (``pip install`` of the
   project, from a copy of the checkout so no build files land in it) and
   PyInstaller — never the developer's venv, whose full PySide6 would drag
   WebEngine and friends into the bundle.
2. Runs PyInstaller on ``build/stratdeck.spec`` (one-folder bundle in
   ``build/dist/``, work files in ``build/work/``).
3. Prints the bundle's size and its 15 biggest contributors, and checks the
   size target (250 MB on Linux).

Exits non-zero when any step fails. Options: ``--fresh`` recreates the build
environment; ``--offline`` reuses it as it is (no network);
``--max-mb N`` changes the size limit (0: no limit). Then run
``python build/smoke_test.py``."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

BUILD = Path(__file__).resolve().parent
ROOT = BUILD.parent
VENV = BUILD / ".venv-build"
DIST = BUILD / "dist"
WORK = BUILD / "work"
SPEC = BUILD / "stratdeck.spec"
PYINSTALLER = "pyinstaller>=6.5,<7"
SIZE_TARGET_MB = 250 if sys.platform.startswith("linux") else 0
# What `pip install .` needs of the checkout (the package and its metadata).
PACKAGE_FILES = ("pyproject.toml", "README.md", "app")


class BuildError(Exception):
    """A build step failed; the message says which."""


def venv_python(venv: Path = VENV) -> Path:
    """The interpreter of the build environment."""
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(command: list, **kwargs) -> None:
    """Run *command*, echoing it; raise BuildError when it fails."""
    print("$", " ".join(str(part) for part in command), flush=True)
    result = subprocess.run([str(part) for part in command], **kwargs)
    if result.returncode != 0:
        raise BuildError(f"{Path(str(command[0])).name} exited with {result.returncode}")


def make_build_env(fresh: bool) -> Path:
    """Create or update the clean build environment; return its python."""
    if fresh and VENV.exists():
        shutil.rmtree(VENV)
    python = venv_python()
    if not python.exists():
        run([sys.executable, "-m", "venv", VENV])
        run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    with tempfile.TemporaryDirectory(prefix="stratdeck-src-") as tmp:
        source = Path(tmp) / "stratdeck"
        source.mkdir()
        for name in PACKAGE_FILES:
            item = ROOT / name
            if item.is_dir():
                shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(item, source / name)
        # --force-reinstall --no-deps for the app itself: the version rarely
        # changes, and pip would otherwise keep an older copy of the code.
        run([python, "-m", "pip", "install", "--quiet", "--upgrade", str(source), PYINSTALLER])
        run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", str(source)])
    check_build_env(python)
    return python


def check_build_env(python: Path) -> None:
    """Refuse a build environment that holds Qt add-ons the app must not ship."""
    result = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True, check=True
    )
    names = {line.split("==")[0].lower().replace("_", "-") for line in result.stdout.splitlines()}
    # PySide6-Addons is a dependency on Python 3.11 (QtPdf; see docs/decisions.md);
    # the spec's filter keeps only the Qt libraries the app uses.
    unwanted = sorted(names & {"pyside6", "pyside6-webengine", "pyqt5", "pyqt6"})
    if unwanted:
        raise BuildError(
            f"the build environment has {', '.join(unwanted)}; run with --fresh "
            "(the project depends on PySide6-Essentials and PySide6-Addons or PySide6_Pdf only)"
        )


def run_pyinstaller(python: Path) -> None:
    """PyInstaller on the spec, from a neutral folder (not the checkout), so
    the analysis sees the installed package, as a user's machine would."""
    WORK.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONNOUSERSITE="1")
    env.pop("PYTHONPATH", None)
    options = ["--noconfirm", "--clean", "--log-level", "WARN", "--distpath", DIST, "--workpath", WORK]
    run([python, "-m", "PyInstaller", *options, SPEC], cwd=WORK, env=env)


def bundle_dir() -> Path:
    """The one-folder bundle (the .app on macOS)."""
    return DIST / "Stratdeck.app" if sys.platform == "darwin" else DIST / "stratdeck"


def contributor(relative: Path) -> str:
    """The group a bundled file counts towards in the size report: one Qt
    library, one Qt plugin folder, or one top-level package or file."""
    parts = relative.parts
    if parts and parts[0] in ("_internal", "Contents"):
        parts = parts[1:]
        if parts and parts[0] in ("Frameworks", "Resources", "MacOS"):
            parts = parts[1:]
    if len(parts) >= 4 and parts[0] == "PySide6" and parts[1] == "Qt" and parts[2] in ("lib", "plugins"):
        return "/".join(parts[:4])
    if len(parts) >= 2 and parts[0] in ("PySide6", "resources"):
        return "/".join(parts[:2])
    return parts[0] if parts else str(relative)


def size_report(root: Path, top: int = 15) -> tuple[int, list[tuple[str, int]]]:
    """Total size of *root* in bytes and the *top* biggest contributors."""
    groups: dict[str, int] = defaultdict(int)
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            size = path.stat().st_size
            total += size
            groups[contributor(path.relative_to(root))] += size
    return total, sorted(groups.items(), key=lambda item: item[1], reverse=True)[:top]


def print_size_report(root: Path, max_mb: float) -> None:
    """Print the size table; raise BuildError when over *max_mb*."""
    total, biggest = size_report(root)
    print(f"\nBundle: {root}")
    print(f"Size: {total / 1e6:.1f} MB in total ({total / 2**20:.1f} MiB)")
    print("Biggest contributors:")
    for name, size in biggest:
        print(f"  {size / 1e6:8.1f} MB  {name}")
    dropped = WORK / "stratdeck" / "dropped-files.txt"
    if dropped.exists():
        count = len([line for line in dropped.read_text(encoding="utf-8").splitlines() if line])
        print(f"Dropped after analysis (unused Qt parts, translations): {count} files, listed in {dropped}")
    if max_mb and total / 1e6 > max_mb:
        raise BuildError(f"the bundle is {total / 1e6:.1f} MB, over the {max_mb:g} MB target")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Stratdeck bundle (build/dist/).")
    parser.add_argument("--fresh", action="store_true", help="recreate build/.venv-build first")
    parser.add_argument("--offline", action="store_true", help="reuse build/.venv-build without pip")
    parser.add_argument("--max-mb", type=float, default=SIZE_TARGET_MB, help="size limit in MB (0: none)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        if args.offline:
            python = venv_python()
            if not python.exists():
                raise BuildError(f"--offline needs an existing build environment in {VENV}")
            check_build_env(python)
        else:
            python = make_build_env(args.fresh)
        run([python, ROOT / "build" / "update_translations.py", "--release"])  # the .qm is built, not committed
        run_pyinstaller(python)
        if not bundle_dir().exists():
            raise BuildError(f"PyInstaller finished but {bundle_dir()} is missing")
        print_size_report(bundle_dir(), args.max_mb)
    except (BuildError, OSError, subprocess.CalledProcessError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(f"Built in {time.monotonic() - started:.0f} s. Next: python build/smoke_test.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
