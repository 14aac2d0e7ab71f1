"""Template prompt text: what a template says a field should hold.

Older plans (and plans made from the templates before prompts became
placeholders) hold prompts as data, e.g. "（提示）我们最大的优势……" or
"(Prompt) Our biggest strength…", or a trailing "（提示：写明幅度）". They are
never shipped on a slide and are flagged by the Problems panel."""

from __future__ import annotations

import re

_PROMPT = re.compile(r"^\s*(（提示[）：:]|\(提示[)：:]|\(prompt\)|\[prompt\]|prompt:)", re.IGNORECASE)
_TRAILING = re.compile(r"[（(](提示|prompt)[：:][^）)]*[）)]\s*$", re.IGNORECASE)


def is_prompt(text: str | None) -> bool:
    """True when *text* is a template prompt rather than the planner's own words."""
    return bool(text) and bool(_PROMPT.match(text))


def without_prompt(text: str | None) -> str:
    """*text* with prompt text removed: '' for a whole prompt, and a trailing
    '（提示：…）' / '(prompt: …)' hint cut off the planner's own words."""
    if not text or is_prompt(text):
        return ""
    return _TRAILING.sub("", text).rstrip()
