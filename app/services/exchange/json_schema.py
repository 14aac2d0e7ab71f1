"""JSON Schema (draft 2020-12) of the plan exchange format, built from the
runtime schema so it can never drift from what export writes and import
reads. Simple CHECK constraints in the DDL become ``enum``, ``minimum`` /
``maximum``, ``minLength`` / ``maxLength`` and ``pattern``; rules that tie
two columns together (end date after start date) stay with the importer.

Run ``python -m app.services.exchange.json_schema`` to rewrite
``docs/plan-format.schema.json``; ``tests/exchange/test_json_schema.py`` fails when
the committed file is stale."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.services.exchange.json_rows import FORMAT_NAME
from app.services.plan import schema

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "plan-format.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
BASE64_PATTERN = "^[A-Za-z0-9+/]*={0,2}$"
JSON_TYPES = {
    "str": "string",
    "date": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "bytes": "string",
}
REGEX_SPECIALS = set("\\^$.|?*+()[]{}")
NUMBER = r"-?\d+(?:\.\d+)?"


def check_bodies(ddl: str) -> list[str]:
    """The expression of every ``CONSTRAINT name CHECK (…)`` in *ddl*."""
    bodies = []
    for match in re.finditer(r"CONSTRAINT \w+ CHECK \(", ddl):
        depth, start = 1, match.end()
        for index in range(start, len(ddl)):
            depth += {"(": 1, ")": -1}.get(ddl[index], 0)
            if depth == 0:
                bodies.append(ddl[start:index])
                break
    return bodies


def _split_and(expression: str) -> list[str] | None:
    """Top-level AND terms of *expression*; None if it has a top-level OR."""
    terms, depth, quoted, start, between = [], 0, False, 0, False
    index = 0
    while index < len(expression):
        char = expression[index]
        if char == "'":
            quoted = not quoted
        elif not quoted and char in "()":
            depth += 1 if char == "(" else -1
        elif not quoted and depth == 0:
            rest = expression[index:]
            if rest.startswith(" OR "):
                return None
            if rest.startswith(" BETWEEN "):
                between = True
            elif rest.startswith(" AND "):
                if between:  # the AND of "x BETWEEN a AND b"
                    between = False
                else:
                    terms.append(expression[start:index])
                    start = index + len(" AND ")
        index += 1
    terms.append(expression[start:])
    return [t.strip() for t in terms]


def _strip_parens(expression: str) -> str:
    """*expression* without parentheses that wrap all of it."""
    expression = expression.strip()
    while expression.startswith("(") and expression.endswith(")"):
        depth = 0
        for index, char in enumerate(expression):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0 and index < len(expression) - 1:
                return expression
        expression = expression[1:-1].strip()
    return expression


def glob_to_regex(glob: str) -> str:
    """An anchored regular expression matching what SQLite GLOB *glob* does;
    repeated character classes are folded into ``{n}``."""
    atoms, index = [], 0
    while index < len(glob):
        char = glob[index]
        if char == "[":
            end = glob.index("]", index + 1)
            atoms.append(glob[index : end + 1])
            index = end + 1
            continue
        atoms.append({"*": ".*", "?": "."}.get(char, "\\" + char if char in REGEX_SPECIALS else char))
        index += 1
    folded, index = [], 0
    while index < len(atoms):
        run = 1
        while index + run < len(atoms) and atoms[index + run] == atoms[index] and atoms[index].startswith("["):
            run += 1
        folded.append(atoms[index] + (f"{{{run}}}" if run > 1 else ""))
        index += run
    return "^" + "".join(folded) + "$"


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _term_keywords(term: str) -> tuple[str, dict] | None:
    """(column, JSON Schema keywords) for one simple CHECK term, else None."""
    if match := re.fullmatch(r"(\w+) IN \(((?:'[^']*'(?:, )?)+)\)", term):
        return match[1], {"enum": re.findall(r"'([^']*)'", match[2])}
    if match := re.fullmatch(rf"(\w+) (>=|>|<=|<) ({NUMBER})", term):
        keyword = {">=": "minimum", ">": "exclusiveMinimum", "<=": "maximum", "<": "exclusiveMaximum"}[match[2]]
        return match[1], {keyword: _number(match[3])}
    if match := re.fullmatch(r"length\((\w+)\) = (\d+)", term):
        return match[1], {"minLength": int(match[2]), "maxLength": int(match[2])}
    if match := re.fullmatch(r"(\w+) GLOB '([^']*)'", term):
        return match[1], {"pattern": glob_to_regex(match[2])}
    return None


def check_keywords(body: str) -> tuple[str, dict] | None:
    """(column, keywords) a CHECK body imposes on one column, or None when
    it ties several columns together or is not simple enough to translate.

    Terms of a conjunction that are not understood are left out, so the
    JSON Schema may be looser than the file, never stricter."""
    subject = None
    expression = _strip_parens(body)
    if match := re.match(r"(\w+) IS NULL OR (.+)$", expression):
        subject, expression = match[1], _strip_parens(match[2])
    terms = _split_and(expression)
    if terms is None:
        return None
    found: dict = {}
    for term in terms:
        parsed = _term_keywords(_strip_parens(term))
        if parsed is None:
            continue
        column, keywords = parsed
        subject = subject or column
        if column != subject:
            return None
        found.update(keywords)
    return (subject, found) if found else None


def column_schema(column: schema.Column, keywords: dict) -> dict:
    """The JSON Schema of one column's value."""
    kind = JSON_TYPES[column.type]
    result: dict = {"type": [kind, "null"] if column.nullable else kind}
    if column.type == "date":
        result.update(format="date", pattern=DATE_PATTERN)
    elif column.type == "bytes":
        result.update(contentEncoding="base64", pattern=BASE64_PATTERN)
    elif column.name == "id" or (column.references and column.type == "str"):
        result["pattern"] = UUID_PATTERN
    if column.references:
        result["description"] = f"id of a {column.references} row in this document"
    for key, value in keywords.items():
        result[key] = [*value, None] if key == "enum" and column.nullable else value
    if not (column.required or column.primary_key) and (column.default is not None or column.nullable):
        result["default"] = column.default
    return result


def table_schema(table: schema.Table) -> dict:
    """The JSON Schema of one row of *table*."""
    keywords: dict[str, dict] = {}
    for body in check_bodies(table.ddl):
        parsed = check_keywords(body)
        if parsed is not None and parsed[0] in table.column_names:
            keywords.setdefault(parsed[0], {}).update(parsed[1])
    return {
        "title": table.name,
        "type": "object",
        "properties": {c.name: column_schema(c, keywords.get(c.name, {})) for c in table.columns},
        "required": [c.name for c in table.columns if c.required or c.primary_key],
        "additionalProperties": False,
    }


def build_json_schema() -> dict:
    """The JSON Schema of a whole plan document (see docs/plan-format.md)."""
    properties: dict = {
        "format": {"const": FORMAT_NAME},
        "format_version": {"type": "integer", "minimum": 1, "maximum": schema.schema_version()},
    }
    for table in schema.tables():
        reference = {"$ref": f"#/$defs/{table.name}"}
        properties[table.name] = reference if table.name == "plan" else {"type": "array", "items": reference}
    return {
        "$schema": DRAFT,
        "title": "Stratdeck plan exchange document",
        "description": (
            f"A whole Stratdeck plan as JSON, plan format {schema.schema_version()}. Generated by "
            "python -m app.services.exchange.json_schema; see docs/plan-format.md. Rules between columns, "
            "unique ids and references are checked by stratdeck import, not by this schema."
        ),
        "type": "object",
        "properties": properties,
        "required": ["format", "format_version", "plan"],
        "additionalProperties": False,
        "$defs": {table.name: table_schema(table) for table in schema.tables()},
    }


def render_json_schema() -> str:
    """The text of docs/plan-format.schema.json."""
    return json.dumps(build_json_schema(), ensure_ascii=False, indent=2) + "\n"


def main() -> None:
    """Write the schema file."""
    SCHEMA_PATH.write_text(render_json_schema(), encoding="utf-8")


if __name__ == "__main__":
    main()
