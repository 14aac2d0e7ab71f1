"""The Budget canvas's messages by key (see app/services/plan/messages.py):
refused budget-line, cell, envelope, reserve and channel edits, and the
problems of a budget import (each placed by sheet, row and column). Labels
and layers are terms. The Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

LINE_LABELS = {
    "channel_id": "Channel",
    "sub_channel": "Sub-channel",
    "campaign_id": "Campaign",
    "owner": "Owner",
    "note": "Note",
}
CHANNEL_LABELS = {"name": "Channel name", "target_share_pct": "Target share", "color": "Channel colour", "note": "Note"}
_MONTH_EXAMPLE = "(write YYYY-MM planned or YYYY-MM actual, e.g. 2027-03 planned)"

MESSAGES = catalogue(
    "budget",
    {
        # budget lines, cells, envelope, reserve
        "cell_subject": "Budget line '{line}', {month} {layer}",
        "amount_negative": "{subject}: '{value}' is negative; amounts are 0 or more.",
        "amount_not_number": "{subject}: '{value}' is not a number.",
        "amount_too_large": "{subject}: '{value}' is too large (at most 10,000,000,000,000).",
        "reserve_bad": "Reserve pool: '{value}' is not a percentage from 0 to 99.",
        "line_gone": "That budget line no longer exists.",
        "campaign_gone": "That campaign no longer exists.",
        "bad_month": "'{value}' is not a month (YYYY-MM).",
        "unknown_layer": "Unknown budget layer '{layer}' (planned or actual).",
        "unknown_line_field": "Unknown budget line field '{field}'.",
        "choose_channel": "Choose a channel for the budget line (add channels in Budget › Summary › Channels).",
        "cannot_put_back": "The budget cannot be put back: a channel or campaign it uses was deleted.",
        # channels
        "channel_name_not_text": "Channel name must be text.",
        "channel_name_empty": "Channel name cannot be empty.",
        "channel_name_too_long": "Channel name is too long ({count} characters; at most {limit}).",
        "channel_exists": "There is already a channel named '{name}'.",
        "target_share_bad": "Target share must be a number from 0 to 100 (per cent), or blank.",
        "channel_colour_bad": "Channel colour must be a colour like #2E86AB, or blank.",
        "note_not_text": "Note must be text.",
        "note_too_long": "Note is too long ({count} characters; at most {limit}).",
        "unknown_channel_field": "Unknown channel field '{field}'.",
        "channel_gone": "That channel no longer exists.",
        "standard_channels_need_empty": "The standard channels can only be added to a plan without channels.",
        # import: where a problem is, and what it is
        "place_row": "Sheet '{sheet}', row {row}",
        "place_cell": "Sheet '{sheet}', row {row}, column {column}",
        "place_cell_titled": "Sheet '{sheet}', row {row}, column {column} ({title})",
        "problem_at": "{place}: {problem}",
        "import_failed": "{first} Nothing was imported.",
        "import_failed_many": "{count} problems in {name}; first: {first} Nothing was imported.",
        "more_problems": "… and {count} more.",
        "import_not_number": "'{value}' is not a number.",
        "import_negative": "'{value}' is negative; amounts are 0 or more.",
        "import_too_large": "'{value}' is too large (at most 10,000,000,000,000).",
        "import_unknown_channel": "'{value}' is not a channel of this plan (add it in Budget › Summary › Channels "
        "first).",
        "import_unknown_campaign": "'{value}' is not a campaign of this plan.",
        "import_channel_empty": "the channel is empty.",
        "import_too_long": "too long ({length} characters; at most {limit}).",
        "import_not_month_column": "this is not a month column " + _MONTH_EXAMPLE + ".",
        "import_row_too_wide": "the row has {count} cells but the header names {width} columns.",
        "import_no_channel_column": "no Channel column; the first row must name the columns (Channel, "
        "Sub-channel, Campaign, Owner, Note, 2027-01 planned, 2027-01 actual, …).",
        "import_no_month_columns": "no month columns such as '2027-01 planned' or '2027-01 actual'.",
        "import_bad_key": "'{key}' is not a budget field or a month column.",
        # import: the file as a whole
        "file_missing": "{name} does not exist.",
        "file_unreadable": "{name} cannot be read ({why}).",
        "file_too_large": "{name} is too large ({size} MB); the limit is 20 MB.",
        "file_empty": "{name} is empty.",
        "file_no_rows": "{name} has no rows.",
        "file_no_sheets": "{name} has no sheets.",
        "not_zip": "{name} is not an XLSX workbook (it is not a zip archive).",
        "zip_damaged": "{name} is not an XLSX workbook (the zip archive is damaged).",
        "zip_parts": "{name} has {count} parts; an XLSX workbook has far fewer.",
        "zip_bomb": "{name} unpacks to {size} MB (ratio {ratio}:1); it looks like a zip bomb; not opened.",
        "xml_entities": "{name} contains XML entity declarations, which spreadsheets never need; it was not read.",
        "xlsx_unreadable": "{name} cannot be read as an XLSX workbook ({why}).",
        "sheet_too_wide": "Sheet '{sheet}' of {name} has more than {limit} columns.",
        "sheet_too_long": "Sheet '{sheet}' of {name} has more than {limit} rows.",
        "not_utf8": "{name} is neither UTF-8 nor GB18030 text; save it as CSV UTF-8.",
        "csv_binary": "{name} is not a CSV text file (it holds binary data).",
        "csv_too_long": "{name} has more than {limit} rows.",
        "csv_too_wide": "{name} has more than {limit} columns (row {row}).",
        "csv_invalid": "{name} is not valid CSV (row {row}: {why}).",
    },
    terms=(*LINE_LABELS.values(), *CHANNEL_LABELS.values(), "planned", "actual", "Budget envelope"),
)
