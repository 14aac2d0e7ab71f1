"""The registry of section renderers: each canvas contributes its slides to
the deck through one decorated function (see docs/deck.md).

    @section_renderer("swot", order=20, title_zh="SWOT 分析", title_en="SWOT analysis")
    def swot_slides(ctx):
        yield from ctx.slides.grid(ctx.label(...), cells)

The deck puts a divider before each chosen section (with the section's title
and a bookmark) and the cover, agenda and closing slide around them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.services.plan.errors import UsageError, shown


@dataclass(frozen=True)
class SectionSpec:
    """One registered section: key (CLI and dialog), place in the deck,
    titles in both languages and the function that yields its slides."""

    key: str
    order: int
    title_zh: str
    title_en: str
    render: Callable[..., Iterable]
    group: str | None = None  # key of the section this one continues (shares its divider), if any

    @property
    def group_key(self) -> str:
        """The divider this section belongs under: its group, or itself."""
        return self.group or self.key

    def title(self, language: str) -> str:
        """The section title in *language* ('en', anything else is 'zh')."""
        return self.title_en if language == "en" else self.title_zh


_SECTIONS: dict[str, SectionSpec] = {}


def section_renderer(key: str, order: int, title_zh: str, title_en: str, group: str | None = None):
    """Register the decorated function as the renderer of section *key*.

    The function takes a DeckContext and yields Slide objects (made with
    ``ctx.slides``); *order* places the section in the deck (lowest first).
    With *group* (the key of a section with a lower order, e.g. ``"swot"``
    for TOWS) the section shares that section's divider and agenda entry
    when both are in the deck, and gets a bookmark under it; alone, it has
    its own divider as usual."""
    for name in (key, group):
        if name is not None and (not name.isidentifier() or name != name.lower()):
            raise ValueError(f"section key {name!r} must be a lowercase identifier")

    def register(function: Callable[..., Iterable]) -> Callable[..., Iterable]:
        if key in _SECTIONS and _SECTIONS[key].render is not function:
            raise ValueError(f"section {key!r} is registered twice")
        _SECTIONS[key] = SectionSpec(key, order, title_zh, title_en, function, group if group != key else None)
        return function

    return register


def _load_sections() -> None:
    """Import every canvas's deck sections (they register on import)."""
    from app.services.canvas_list import CANVASES

    for canvas in CANVASES:
        canvas.deck()


def registered() -> list[SectionSpec]:
    """Every registered section in deck order."""
    _load_sections()
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))


def section_choices(language: str) -> list[tuple[str, str]]:
    """``(key, title)`` of every section in deck order, titles in *language*
    (for the export dialog's check-boxes)."""
    return [(spec.key, spec.title(language)) for spec in registered()]


def choose(keys: Iterable[str] | None) -> list[SectionSpec]:
    """The sections named by *keys* in deck order (all when None).

    Raises UsageError naming the valid keys for an unknown key or an empty
    choice."""
    specs = registered()
    if keys is None:
        return specs
    wanted = [k.strip() for k in keys if k and k.strip()]
    valid = ", ".join(s.key for s in specs)
    unknown = [k for k in wanted if k not in _SECTIONS]
    if unknown:
        raise UsageError(f"Unknown deck section '{shown(unknown[0])}' (available: {valid}).")
    if not wanted:
        raise UsageError(f"Choose at least one deck section (available: {valid}).")
    return [s for s in specs if s.key in wanted]
