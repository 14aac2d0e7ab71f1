"""Fill translations into the .ts from a JSON file of
``{"Context": {"English source": "中文译文", ...}, ...}``.

    python build/update_translations.py          # first: merge new strings
    python build/fill_translations.py FILE.json  # then: fill them in

Only messages whose context and source match are touched (or, for a
message with a disambiguation comment such as a message key in context
"Messages", whose context and comment match: ``{"Messages": {"calendar.x":
"中文"}}``); their
``type="unfinished"`` mark is removed. Prints what it could not place (a
source not in the .ts yet: run update_translations first). Run the two
under one lock when several people edit at once, e.g.
``flock /tmp/stratdeck-ts.lock sh -c '...'``."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "stratdeck_zh_CN.ts"


def fill(ts_path: Path, wanted: dict[str, dict[str, str]]) -> list[str]:
    """Put the translations of *wanted* into *ts_path*; return the ones not found."""
    tree = ET.parse(ts_path)
    placed: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        table = wanted.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            comment = message.findtext("comment")
            found = comment if comment in table else source if source in table else None
            if found is not None:
                translation = message.find("translation")
                translation.text = table[found]
                translation.attrib.pop("type", None)
                placed.add((name, found))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return [f"{c}: {s}" for c, table in wanted.items() for s in table if (c, s) not in placed]


def main() -> None:
    """Fill every JSON file named on the command line."""
    for name in sys.argv[1:]:
        missing = fill(TS, json.loads(Path(name).read_text(encoding="utf-8")))
        for line in missing:
            print(f"not in the .ts (run update_translations first): {line}")


if __name__ == "__main__":
    main()
