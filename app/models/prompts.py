"""Template prompt text: what a template says a field should hold.

Older plans (and plans made from the templates before prompts became
placeholders) hold prompts as data, e.g. "（提示）我们最大的优势……" or
"(Prompt) Our biggest strength…", or a trailing "（提示：写明幅度）". They are
never shipped on a slide and are flagged by the Problems panel."""

from __future__ import annotations

import re

_PROMPT = re.compile(r"^\s*(（提示[）：:]|\(提示[)：:]|\(prompt\)|\[prompt\]|prompt:)", re.IGNORECASE)
_TRAILING = re.compile(r"[（(](提示|prompt)[：:][^）)]*[）)]\s*$", re.IGNORECASE)
_MARKER = re.compile(r"[（(](?:提示|prompt)[）)：:]\s*", re.IGNORECASE)


def is_prompt(text: str | None) -> bool:
    """True when *text* is a template prompt rather than the planner's own words."""
    return bool(text) and bool(_PROMPT.match(text))


def without_prompt(text: str | None) -> str:
    """*text* with prompt text removed: '' for a whole prompt, and a trailing
    '（提示：…）' / '(prompt: …)' hint cut off the planner's own words."""
    if not text or is_prompt(text):
        return ""
    return _TRAILING.sub("", text).rstrip()


def without_prompt_markers(text: str | None) -> str:
    """*text* with the prompt markers a template's placeholder value carried
    removed where they stand ("…有关（提示）涉事产品…" → "…有关涉事产品…"):
    the planner kept the sentence and filled it in around the marker."""
    return _MARKER.sub("", text or "")
