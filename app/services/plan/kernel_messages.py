"""Messages of the plan kernel (opening, locking, writing, validating a plan
file; images; field checks) by key (see app/services/plan/messages.py)."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue(
    "plan",
    {
        "not_regular_file": "{file} is not a regular file (it is {kind}); it was not read.",
        "plan_busy": "{plan} is being saved by another program without pause; try again in a moment.",
        "sidecar_not_set_aside": "{plan} could not be opened for editing: a leftover file beside it ({leftover}) "
        "could not be moved aside ({reason}). You can open it read-only.",
        "wal_original_not_kept": "{plan} could not be opened for editing: the copy kept before converting it "
        "from WAL mode could not be written ({reason}). You can open it read-only.",
        "image_too_many_pixels": "The image is {width}×{height} pixels; at most {limit} megapixels can be used.",
    },
    terms=("a named pipe", "a folder", "a device", "a socket", "not a plain file"),
)
