"""English texts of the review cycle's messages, by key."""

from __future__ import annotations

from app.services.plan.messages import catalogue

MESSAGES = catalogue(
    "review",
    {
        "name_missing": "A snapshot needs a name (1 to 200 characters).",
        "name_too_long": "The snapshot name is {length} characters long; at most 200 fit.",
        "note_too_long": "The snapshot note is {length} characters long; at most 5,000 fit.",
        "unknown_snapshot": "{plan} has no snapshot “{snapshot}”.",
        "snapshot_damaged": "The snapshot “{snapshot}” in {plan} is damaged ({reason}); its content cannot be read.",
        "snapshot_newer": "The snapshot “{snapshot}” was taken by a newer Stratdeck (plan format {version}).",
        "different_plans": (
            "{mine} and {theirs} are not copies of the same plan (their plan ids differ), so they cannot be "
            "compared or merged."
        ),
        "no_common_snapshot": (
            "{mine} and {theirs} share no snapshot, so there is no common version to merge against. "
            "Send copies with File › Send a Copy so that both files record one."
        ),
        "unresolved": "Conflicts left unresolved: {count}; nothing was written.",
        "same_file": "{file} is the plan itself; choose another file.",
        "output_exists": "{file} already exists; choose another name.",
        "bad_edit": "The edited value of {field} is not valid: {reason}",
        "merge_invalid": "The merged plan is not valid ({reason}); nothing was written.",
        "diff_needs_two": "diff needs a second plan B or --since SNAPSHOT.",
    },
)
