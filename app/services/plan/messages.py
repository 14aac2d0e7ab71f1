"""Messages by key: every text a service shows a user (a refused edit, an
import error, a deck warning) is a key plus arguments.

Each canvas declares its English catalogue once::

    MESSAGES = catalogue("calendar", {
        "end_before_start": "The end date {end} is before the start date {start}.",
    })
    raise EditRefused("end_date", MESSAGES("end_before_start", end=end, start=start))

The CLI prints ``str(error)``, the English text; the GUI looks the key up in
the translated catalogue (Qt Linguist) and formats the same arguments. No
view ever parses English text. See docs/architecture.md.

An argument that a reader should see in their language is not glued in as
English: a ``Message`` argument (a subject such as "Campaign 'x'") is
translated as a whole message, and a ``Term`` (a field name, a choice) is
looked up among the catalogue's declared terms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from app.models.frozen import frozen_model

# key → English template; filled by catalogue() when a module is imported.
CATALOGUE: dict[str, str] = {}
# English terms (Term arguments) the catalogues declare, for the translators.
TERMS: set[str] = set()
# Every catalogue made so far (the build step and the tests walk them).
CATALOGUES: list[Catalogue] = []


class Term(str):
    """A message argument that is a word of the interface (a field label, a
    choice's name): English in ``str()``; the GUI shows its translation.
    Declare every term in its catalogue (``catalogue(..., terms=...)``)."""


@frozen_model
class Message:
    """A message key and its arguments; ``str()`` is the English text."""

    key: str
    args: Mapping[str, object] = field(default_factory=dict)

    def english(self) -> str:
        """The message in English (what the CLI prints)."""
        return render(CATALOGUE[self.key], self.args)

    def __str__(self) -> str:
        return self.english()


def render(template: str, args: Mapping[str, object]) -> str:
    """*template* with *args* filled in; a template that cannot be filled
    (a translation naming an unknown argument) is returned as it is."""
    try:
        return template.format(**dict(args))
    except (KeyError, IndexError, ValueError, AttributeError):
        return template


class Catalogue:
    """The messages of one area (a canvas or the kernel); calling it makes a
    Message: ``MESSAGES("end_before_start", end=..., start=...)``."""

    def __init__(self, area: str, templates: Mapping[str, str], terms=()):
        self.area = area
        self.templates = dict(templates)
        self.terms = tuple(terms)
        TERMS.update(self.terms)
        CATALOGUES.append(self)
        for name, template in templates.items():
            key = f"{area}.{name}"
            if CATALOGUE.get(key, template) != template:
                raise ValueError(f"message {key!r} is defined twice with different texts")
            CATALOGUE[key] = template

    def __call__(self, name: str, /, **args) -> Message:
        key = f"{self.area}.{name}"
        if key not in CATALOGUE:
            raise KeyError(f"unknown message {key!r}")
        return Message(key, args)

    def keys(self) -> list[str]:
        """Every key of this catalogue."""
        return [f"{self.area}.{name}" for name in self.templates]


def catalogue(area: str, templates: Mapping[str, str], terms=()) -> Catalogue:
    """Declare the English messages of *area* (and the English *terms* its
    messages pass as ``Term`` arguments); see the module docstring."""
    return Catalogue(area, templates, terms)
