"""Messages of the exchange (JSON import and export of a whole plan) by key
(see app/services/plan/messages.py). An import message names its JSON path
(ImportDataError.path), so most read as the end of a sentence ("$.plan.title:
must be text, not int"). The Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

TYPE_WORDS = {
    "str": "text",
    "date": "a date (YYYY-MM-DD)",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "bytes": "base64 text",
}

MESSAGES = catalogue(
    "exchange",
    {
        "not_null": "must not be null",
        "wrong_type": "must be {kind}, not {found}",
        "half_pair": "holds {char}, half of a character pair, which is not valid text",
        "value_too_large": "is larger than {mb} MB, the most a plan holds",
        "bad_date": "'{value}' is not a date in the form YYYY-MM-DD",
        "whole_too_large": "is too large a whole number",
        "number_too_large": "is too large a number",
        "bad_base64": "is not valid base64",
        "bad_id": "'{value}' is not an id in lowercase UUID form",
        "bad_image": "is not a PNG or JPEG image matching its type",
        "not_object": "must be an object, not {found}",
        "unknown_field": "unknown field '{field}' in {table}",
        "missing": "is missing",
        "dangling": "refers to a {table} that is not in the file ('{value}')",
        "not_document": "the document must be a JSON object",
        "not_stratdeck": 'must be "{format}" (this is not a Stratdeck plan export)',
        "bad_version": "must be a positive whole number",
        "too_new": "plan format {version} was written by a newer Stratdeck (this one reads up to {known})",
        "unknown_section": "unknown section '{section}'",
        "not_list": "must be a list, not {found}",
        "duplicate_id": "duplicate id '{value}'",
        "file_too_large": "the file is larger than {mb} MB",
        "not_utf8": "the file is not UTF-8 text (byte {byte})",
        "not_json": "not valid JSON: {reason} at line {line}, column {column}",
        "too_deep": "the JSON is nested too deeply",
        "file_missing": "{name} does not exist",
        "file_unreadable": "{name} cannot be read: {reason}",
        "breaks_rule": "breaks the rule {name}: {rule}",
        "duplicate_value": "duplicate value ({detail})",
        "cannot_export": "The plan cannot be exported: row {row} of {table} holds a {column} that is not {kind}.",
        "json_duplicate_key": "the key '{key}' appears more than once here (as a hand merge leaves it); "
        "keep one and import again",
        "csv_mixed_encodings": "{file} mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is "
        "not (GBK?), so part of it would be garbled. Save the whole file as CSV UTF-8 and import again.",
        "sheet_formula_without_value": "Sheet '{sheet}' of {file}, cell {cell}: the formula {formula} has no saved "
        "value (the program that wrote the file did not calculate it). Open and save the file in Excel or "
        "LibreOffice, or type the amounts as numbers. Nothing was imported.",
    },
    terms=tuple(TYPE_WORDS.values()),
)
