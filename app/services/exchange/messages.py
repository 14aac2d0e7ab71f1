"""Messages of the exchange engine by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue(
    "exchange",
    {
        "json_duplicate_key": "the key '{key}' appears more than once here (as a hand merge leaves it); "
        "keep one and import again",
        "csv_mixed_encodings": "{file} mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is "
        "not (GBK?), so part of it would be garbled. Save the whole file as CSV UTF-8 and import again.",
        "sheet_formula_without_value": "Sheet '{sheet}' of {file}, cell {cell}: the formula {formula} has no saved "
        "value (the program that wrote the file did not calculate it). Open and save the file in Excel or "
        "LibreOffice, or type the amounts as numbers. Nothing was imported.",
    },
)
