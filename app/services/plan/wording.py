"""Fixed texts in the plan's language: the headlines, column titles and
words a deck section writes on its slides.

They follow the plan's language (``plan.language``), not the interface's, so
they are not messages (app.services.plan.messages) and Qt Linguist never sees
them. Each key holds its English text and, below it, its Chinese one, so
neither language can lack a key::

    word = Wording({
        "owner": ("Owner",
                  "负责人"),
        "headline": ("{n} campaigns on the calendar",
                     "日历上共 {n} 个营销活动"),
    })
    word(ctx, "headline", n=3)  # ctx: the deck context (its .language)
"""

from __future__ import annotations

from collections.abc import Mapping


class Wording:
    """Texts by key in English and Chinese (the plan file's default)."""

    def __init__(self, texts: Mapping[str, tuple[str, str]]) -> None:
        self.texts = {
            "en": {key: english for key, (english, _chinese) in texts.items()},
            "zh": {key: chinese for key, (_english, chinese) in texts.items()},
        }

    def text(self, language: str | None, key: str, **values) -> str:
        """Text *key* in *language* ("en", else Chinese) with its
        ``{placeholders}`` filled from *values*."""
        text = self.texts["en" if language == "en" else "zh"][key]
        return text.format(**values) if values else text

    def __call__(self, ctx, key: str, **values) -> str:
        """Text *key* in the language of *ctx* (anything with a ``language``,
        such as the deck context), placeholders filled."""
        return self.text(ctx.language, key, **values)
