"""User-facing errors. Each carries one readable line and a CLI exit code.

Exit codes (README): 0 ok, 2 usage, 3 bad or unreadable plan file,
4 bad import data."""

from __future__ import annotations


def shown(text: str, limit: int = 40) -> str:
    """*text* from a file, cut to *limit* characters with control and format
    characters escaped, so a message quoting it stays one readable line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text)[:limit])


class StratdeckError(Exception):
    """Base of every error a user may see; ``str(err)`` is the message.

    Raised with a messages.Message (key + arguments), ``str(err)`` is its
    English text and ``err.message`` keeps the key for the GUI to translate;
    raised with plain text (older code, being converted), ``err.message`` is
    None."""

    exit_code = 1

    def __init__(self, *args):
        from app.services.plan.messages import Message

        self.message = args[0] if args and isinstance(args[0], Message) else None
        if self.message is not None:
            args = (self.message.english(), *args[1:])
        super().__init__(*args)


class UsageError(StratdeckError):
    """The command was used wrongly (missing argument, file exists…)."""

    exit_code = 2


class PlanFileError(StratdeckError):
    """The plan file cannot be opened: not a plan, damaged, too new…"""

    exit_code = 3


class PlanLockedError(PlanFileError):
    """Another window or process has the plan open."""

    def __init__(self, message: str, holder: dict):
        super().__init__(message)
        self.holder = holder


class PlanReadOnlyError(PlanFileError):
    """The plan (or its folder) cannot be written; it can be opened read-only."""


class PlanWriteError(StratdeckError):
    """An edit could not be written (disk full, file moved, read-only)."""

    exit_code = 3


class ImportDataError(StratdeckError):
    """Import data is invalid; the message names the JSON path or row."""

    exit_code = 4

    def __init__(self, message, path: str = "$"):
        super().__init__(message)
        text = super().__str__()
        self.args = (f"{path}: {text}" if path else text,)
        self.path = path


class EditRefused(StratdeckError):
    """An edit was refused because its value is invalid; nothing changed."""

    def __init__(self, field: str, message):
        super().__init__(message)
        self.field = field
