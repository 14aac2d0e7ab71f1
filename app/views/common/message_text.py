"""A service message in the interface language, by its key.

A refused edit, an import error or a deck warning carries a
``messages.Message`` (key + arguments, app/services/plan/messages.py). Here
its English template is translated through Qt Linguist (context "Messages",
the key as disambiguation; the calls lupdate reads are generated into
message_sources.py) and filled with the same arguments, each argument
translated when it is itself a message or a declared term. Nothing here
reads the English text of a message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.plan.errors import ImportDataError
from app.services.plan.messages import CATALOGUE, Message, Term, render


def translated(message: Message) -> str:
    """*message* in the interface language (English without a translation)."""
    template = QCoreApplication.translate("Messages", CATALOGUE[message.key], message.key)
    return render(template, {name: _argument(value) for name, value in message.args.items()})


def _argument(value):
    if isinstance(value, Message):
        return translated(value)
    if isinstance(value, Term):
        return _term(str(value))
    return value


def _term(english: str) -> str:
    """A term (declared by a catalogue, context "Terms") in the interface language."""
    return QCoreApplication.translate("Terms", english)


def message_text(source) -> str:
    """The text to show for *source*: an error (its ``.message``), a Message,
    or plain text (shown as it is: a detail from the system or a file)."""
    if isinstance(source, Message):
        return translated(source)
    message = getattr(source, "message", None)
    if not isinstance(message, Message):
        return str(source)
    text = translated(message)
    if isinstance(source, ImportDataError) and source.path:
        text = f"{source.path}: {text}"
    return text
