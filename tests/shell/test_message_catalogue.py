"""Messages by key: every key of every catalogue has an English and a
Chinese text, the GUI translates a message by its key (never by matching its
English), and the file lupdate reads is generated from the catalogues."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.services.canvas_list import all_catalogues
from app.services.plan.messages import CATALOGUE, Message, Term, catalogue

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "stratdeck_zh_CN.ts"


def _is_chinese(char: str) -> bool:
    """A Han character or full-width Chinese punctuation (a template may be
    only punctuation around its arguments: "{label}（{stage}）")."""
    return "\u4e00" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef"


def _translations(context: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    found = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            key = (message.findtext("source"), message.findtext("comment"))
            found[key] = (translation.text, translation.get("type"))
    return found


def test_every_key_has_an_english_and_a_chinese_text():
    chinese = _translations("Messages")
    terms = _translations("Terms")
    problems = []
    for cat in all_catalogues():
        for key in cat.keys():
            english = CATALOGUE[key]
            text, state = chinese.get((english, key), (None, "missing"))
            if not english.strip():
                problems.append(f"{key}: no English text")
            elif state or not text or not any(_is_chinese(c) for c in text):
                problems.append(f"{key}: no Chinese text ({state or 'empty'})")
            elif not set(re.findall(r"\{(\w+)", text)) <= set(re.findall(r"\{(\w+)", english)):
                problems.append(f"{key}: the Chinese text names an argument the English does not have")
        for term in cat.terms:
            text, state = terms.get((term, None), (None, "missing"))
            if state or not text:
                problems.append(f"term {term!r}: no Chinese text ({state or 'empty'})")
    assert problems == [], (
        "put the Chinese in build/translations/messages.json, then run "
        "build/update_translations.py and build/fill_translations.py:\n" + "\n".join(problems)
    )


def test_the_sources_lupdate_reads_are_generated_from_the_catalogues():
    done = subprocess.run([sys.executable, "build/message_sources.py", "--check"], cwd=ROOT, capture_output=True)
    assert done.returncode == 0, done.stdout.decode()


def test_no_view_translates_a_message_by_matching_its_text():
    offenders = []
    for path in sorted((ROOT / "app" / "views").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(import re\b|from re import)|refusal_shapes|\bre\.(compile|fullmatch|match)\(", text, re.M):
            offenders.append(name)
    assert offenders == [], "translate a message by its key (app/views/common/message_text.py): " + str(offenders)


@pytest.fixture
def chinese(qapp):
    from app.views.common import translations

    assert translations.install_language("zh")
    yield
    translations.install_language("en")


def test_a_message_and_its_arguments_are_translated_whole(chinese):
    from app.views.common.message_text import message_text

    key = next(k for cat in all_catalogues() for k in cat.keys())
    shown = message_text(Message(key, {}))
    assert any("\u4e00" <= c <= "\u9fff" for c in shown), shown
    assert message_text(RuntimeError("disk on fire")) == "disk on fire"


def test_english_is_the_catalogue_text_with_its_arguments(qapp):
    from app.views.common.message_text import message_text

    demo = catalogue(
        "test_demo", {"outer": "{subject}: {field} is wrong.", "subject": "Campaign '{name}'"}, terms=("status",)
    )
    message = demo("outer", subject=demo("subject", name="Launch"), field=Term("status"))
    assert str(message) == "Campaign 'Launch': status is wrong."
    assert message_text(message) == str(message)


def test_deck_warnings_reach_the_screen_translated(chinese):
    from app.services.deck.messages import MESSAGES
    from app.services.deck.text import TextChecker
    from app.views.common.message_text import message_text

    checker = TextChecker()
    for where in ("objective 3", "risk 2", "risk 4"):
        checker.plain("a😀b", where)
    checker.note(MESSAGES("logo_unreadable"))
    missing, logo = checker.warnings()
    assert str(missing) == (
        "U+1F600 😀 in objective 3 (and 2 more places) is not in the deck font; shown as U+FFFD \ufffd."
    )
    assert message_text(missing) == "objective 3（另有 2 处）中的 U+1F600 😀 不在演示文稿字体中，显示为 U+FFFD \ufffd。"
    assert message_text(logo) == "无法读取计划的标志；演示文稿中不含标志。"
