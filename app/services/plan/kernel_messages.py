"""Messages of the plan kernel by key (see app/services/plan/messages.py):
opening, validating, locking and writing a plan file, shared field checks,
images. The Chinese is in build/translations/messages.json."""

from __future__ import annotations

from app.services.plan.messages import catalogue

_KEEP = "Everything saved before it is safe. Use File › Save As to keep your work in another folder."

MESSAGES = catalogue(
    "plan",
    {
        # opening and checking a file (plan_validation, migrations)
        "not_found": "{name} does not exist.",
        "is_folder": "{name} is a folder, not a plan file.",
        "unreadable": "{name} cannot be read: {reason}.",
        "empty": "{name} is empty; it is not a Stratdeck plan.",
        "not_database": "{name} is not a Stratdeck plan (it is not a database file).",
        "cut_short": "{name} is damaged: the file is cut short.",
        "bad_header": "{name} is damaged: its header is invalid.",
        "truncated": "{name} is damaged: the file is cut short (truncated).",
        "hostile_object": "{name} contains a {kind} named '{label}', which Stratdeck plans never have; "
        "it was not opened and nothing in it was run.",
        "unexpected_index": "{name} contains an unexpected index '{label}'; it was not opened.",
        "unexpected_object": "{name} contains an unexpected {kind} '{label}'; it was not opened.",
        "virtual_table": "{name} contains a virtual table '{label}'; it was not opened.",
        "unknown_table": "{name} contains a table '{label}' that Stratdeck plans do not have; it was not opened.",
        "altered_table": "{name} is damaged: the table '{table}' has been altered.",
        "missing_table": "{name} is damaged: the table '{table}' is missing.",
        "value_too_large": "{name} is damaged: a value in {table} is larger than {mb} MB.",
        "wrong_storage": "{name} is damaged: {column} holds a value that is not {storage}.",
        "integrity": "{name} is damaged: the integrity check failed ({detail}).",
        "other_program": "{name} is not a Stratdeck plan (it is a database of another program).",
        "too_new": "{name} was made by a newer Stratdeck (plan format {version}; this version reads up to "
        "{known}). Please update Stratdeck to open it.",
        "bad_version": "{name} is damaged: its format version ({version}) is invalid.",
        "dangling_rows": "{name} is damaged: some rows refer to items that no longer exist.",
        "plan_count": "{name} is damaged: it holds {count} plan overviews instead of one.",
        "damaged": "{name} is damaged or not a Stratdeck plan ({detail}).",
        "damaged_text": "{name} is damaged or not a Stratdeck plan (its structure holds invalid text).",
        "newer_tables": "{name} is damaged: it has tables that plan format {version} does not have.",
        "table_mismatch": "{name} is damaged: the table '{table}' does not match plan format {version}.",
        "cannot_upgrade": "{name} uses plan format {version}, which this Stratdeck cannot upgrade.",
        "upgrade_failed": "{name} could not be upgraded from format {version}; it was left unchanged ({reason}).",
        "template_missing": "The template {key} ({language}) is missing from this installation.",
        "sample_missing": "The sample plan is missing from this installation.",
        # opening for editing, locking (plan_file, plan_lock)
        "cannot_write_read_only": "{name} cannot be written; it can be opened read-only.",
        "cannot_open": "{name} cannot be opened ({reason}).",
        "backup_failed": "{name} was not opened for editing, because its backup could not be written "
        "({reason}). You can open it read-only.",
        "locked_by": "{name} is already open by {who}. You can open it read-only.",
        "holder": "{user} on {host} (process {pid}, since {since})",
        "folder_read_only": "The folder of {name} cannot be written, so the plan can only be opened read-only.",
        "lock_unwritable": "{name} cannot be opened for editing: its lock file could not be written "
        "({reason}). You can open it read-only.",
        "locked": "{name} is locked by another process.",
        # writing (plan_file, backups, restore, atomic writes)
        "not_saved": "Your last change was not saved: {reason}. " + _KEEP,
        "reason_disk_full": "the disk is full",
        "reason_moved": "{name} was moved or deleted while open",
        "reason_read_only": "{name} cannot be written (read-only)",
        "reason_busy": "{name} is busy in another program",
        "reason_disk_error": "the disk reported an error",
        "read_only_plan": "{name} is open read-only; use File › Save As to edit a copy.",
        "read_only_restore": "{name} is open read-only; it cannot be restored.",
        "change_refused": "The change was refused: {reason}.",
        "change_not_character": "The change was refused: the text holds {char}, which is not a character.",
        "cannot_create": "Cannot create {name}: {reason}.",
        "could_not_create": "Could not create {name}: {reason}.",
        "dangling_import": "Some rows refer to items that are not in the plan.",
        "cannot_write_to": "Cannot write to {folder}: {reason}.",
        "could_not_write": "Could not write {name}: {reason}.",
        "target_is_folder": "{target} is a folder; give a file name to write.",
        "no_folder": "The folder {folder} does not exist.",
        # rows and shared field checks
        "item_gone": "That item no longer exists.",
        "not_text": "{label} must be text.",
        "too_long": "{label} is too long ({length} characters; at most {limit}).",
        "not_character": "{label}: the text holds {char}, which is not a character.",
        # images (logo, persona photo)
        "image_too_large": "{name} is too large ({mb} MB); the limit is 10 MB.",
        "image_kind": "{name} is a {kind} image; use a PNG or JPEG file.",
        "image_pixels": "{name} is too large ({size} pixels).",
        "not_image": "{name} is not a PNG or JPEG image.",
        "image_damaged": "{name} is damaged and cannot be used as an image ({reason}).",
        # special files, busy plans, sidecars (plan/safe_files, plan_validation, sidecars)
        "not_regular_file": "{file} is not a regular file (it is {kind}); it was not read.",
        "plan_busy": "{plan} is being saved by another program without pause; try again in a moment.",
        "sidecar_not_set_aside": "{plan} could not be opened for editing: a leftover file beside it ({leftover}) "
        "could not be moved aside ({reason}). You can open it read-only.",
        "wal_original_not_kept": "{plan} could not be opened for editing: the copy kept before converting it "
        "from WAL mode could not be written ({reason}). You can open it read-only.",
        "image_too_many_pixels": "The image is {width}×{height} pixels; at most {limit} megapixels can be used.",
    },
    terms=(
        "trigger", "view", "text", "a date", "a whole number", "true or false", "a number", "image data",
        "a named pipe", "a folder", "a device", "a socket", "not a plain file",
    ),
)
