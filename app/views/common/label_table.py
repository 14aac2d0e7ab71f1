"""Fixed texts keyed by a stored value or a rule id (statuses, categories,
finding templates…), written once in English and read in the interface
language.

Each text is marked ``QT_TRANSLATE_NOOP(context, "English")`` so lupdate
finds it in the table's context; the table translates it when read, so the
texts follow a language switch."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


class LabelTable:
    """{key: English text} of one translation context. *kinds* names the
    ``str`` subclass some texts are read as (a finding template whose
    ``format`` translates an argument, e.g. a quadrant letter)."""

    def __init__(self, context: str, english: Mapping[str, str], kinds: Mapping[str, type[str]] | None = None):
        self.context = context
        self.english = dict(english)
        self.kinds = dict(kinds or {})

    def translated(self) -> dict[str, str]:
        """{key: text in the interface language}, in the table's order."""
        return {key: self.text(key) for key in self.english}

    def text(self, key: str, default: str | None = None) -> str:
        """The text of *key* in the interface language; *default* (else the
        key itself) for a key the table does not hold."""
        if key not in self.english:
            return key if default is None else default
        return self.kinds.get(key, str)(QCoreApplication.translate(self.context, self.english[key]))
