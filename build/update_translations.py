"""Update the translation source from the code, then compile it.

    python build/update_translations.py            # lupdate, then lrelease
    python build/update_translations.py --release  # lrelease only (the build)

build/message_sources.py writes the service message catalogues into
app/views/common/message_sources.py; then lupdate scans app/views (every
package) for tr()/translate() calls and merges new or changed English strings
into resources/translations/stratdeck_zh_CN.ts (translations already there
are kept; new ones are marked unfinished until translated, and
tests/shell/test_translations.py fails until they are). lrelease compiles the .ts
into the .qm next to it, which is not committed (.gitignore) but built by
build/build.py and by the test session (tests/conftest.py)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "stratdeck_zh_CN.ts"
SOURCES = ROOT / "app" / "views"


def tool(name: str) -> str:
    """lupdate/lrelease from the PySide6 installed with this Python, else PATH."""
    try:
        import PySide6

        for candidate in (name, name + ".exe"):
            path = Path(PySide6.__file__).parent / candidate
            if path.exists():
                return str(path)
    except ImportError:
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"update_translations: {name} not found (install PySide6)")
    return found


def lupdate() -> None:
    """Merge the strings of app/views into the .ts (obsolete ones are dropped),
    with the service message catalogues (build/message_sources.py) first
    written where lupdate reads them."""
    subprocess.run([sys.executable, str(ROOT / "build" / "message_sources.py")], check=True)
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            *files,
            "-ts",
            str(TS),
        ],
        check=True,
    )


def lrelease(ts: Path = TS) -> Path:
    """Compile *ts* into the .qm beside it; return the .qm path."""
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts into the .qm")
    args = parser.parse_args(argv)
    if not args.release:
        lupdate()
    print(f"built {lrelease().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
