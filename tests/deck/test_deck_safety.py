"""The deck under hostile or extreme content: markup stays text and loads
nothing, long content continues on (cont.) slides without leaving its box or
losing text, a password means AES-256, a failed build leaves nothing behind,
and characters the font lacks are reported, never drawn as boxes."""

from __future__ import annotations

import pytest
from deck_support import PAGE_H, PAGE_W, build, page_texts, plan_with, squash, text_runs
from file_checks import names_in, sha256

from app.services.plan.errors import PlanWriteError

MARKUP = '<img src="/etc/passwd"/> & <b>bold'
BODY_BOTTOM, MARGIN_X, FOOTER_TEXT_Y = 62.0, 48.0, 24.0


# -- escaping -------------------------------------------------------------------------
def test_markup_in_plan_text_prints_literally_and_reads_no_file(tmp_path, monkeypatch):
    import reportlab.lib.utils as rl_utils

    opened = []
    real_open = rl_utils.open_for_read

    def recording_open(name, *args, **kwargs):
        opened.append(name)
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(rl_utils, "open_for_read", recording_open)
    plan = plan_with(
        tmp_path, title=MARKUP, brand=MARKUP, owner="<a href='http://x'>link</a>", confidentiality="<font size=40>",
        market_context=f"{MARKUP}\n\n<br/>&amp;&lt; <unclosed", objectives=[(MARKUP, "<i>", "&nbsp;")],
    )
    pdf = tmp_path / "deck.pdf"
    build(plan, pdf)
    texts = page_texts(pdf)
    whole = "\n".join(texts)
    assert MARKUP in texts[0]  # the cover title
    assert whole.count(MARKUP) >= 5  # cover, footers, objectives table, market context…
    for literal in ("<a href='http://x'>link</a>", "<font size=40>", "<br/>&amp;&lt; <unclosed", "<i>", "&nbsp;"):
        assert literal in whole
    assert not any("passwd" in str(name) for name in opened)


# -- overflow -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def overflow_deck(tmp_path_factory):
    """A plan with a 5,000-character objective (no spaces), one of 5,000
    Chinese characters, 300 more objectives and a long unbroken title."""
    folder = tmp_path_factory.mktemp("overflow")
    rows = [("ж" * 5000, "metric of the long one", "target of the long one"), ("测" * 5000, "长", "长")]
    rows += [(f"Row {n:03d} objective", f"metric {n:03d}", f"target {n:03d}") for n in range(1, 301)]
    plan = plan_with(folder, title="T" * 300, owner="O" * 200, objectives=rows,
                     market_context="Ω" * 5000 + "\n\n" + "word " * 2000, confidentiality="C" * 100)
    pdf = folder / "deck.pdf"
    result = build(plan, pdf)
    return result, pdf, page_texts(pdf)


def test_long_content_continues_on_cont_slides_and_no_text_is_lost(overflow_deck):
    result, pdf, texts = overflow_deck
    assert result.pages == len(texts) > 20
    assert sum("Metric" in t and "(cont.)" in t for t in texts) >= 10  # the objectives table continues
    assert sum("Market context (cont.)" in t for t in texts) >= 1
    whole = squash("".join(texts[:1] + texts[2:]))  # the summary (page 2) quotes the objectives shortened
    assert whole.count("ж") == 5000 and whole.count("Ω") == 5000
    assert whole.count("测") == 5000
    for n in range(1, 301):
        assert f"Row{n:03d}objective" in whole and f"metric{n:03d}" in whole and f"target{n:03d}" in whole
    table_pages = [t for t in texts if "objectives" in t and "Overview" in t]
    assert all("Metric" in t and "Target" in t for t in table_pages)  # the header repeats
    assert whole.count("word") == 2000
    assert whole.count("T" * 300) >= 1  # the long title is whole on the cover, shrunk to fit


def test_no_text_is_drawn_outside_its_box(overflow_deck):
    _, pdf, _ = overflow_deck
    runs = text_runs(pdf)
    assert len(runs) > 500
    for page, text, x0, x1, y, _size in runs:
        where = f"page {page}: {text[:30]!r} at x {x0:.1f}–{x1:.1f}, y {y:.1f}"
        assert MARGIN_X - 0.5 <= x0 and x1 <= PAGE_W - MARGIN_X + 0.5, where
        assert FOOTER_TEXT_Y - 0.5 <= y <= PAGE_H, where
        if abs(y - FOOTER_TEXT_Y) > 0.5:  # anything but the footer stays above the body's bottom edge
            assert y >= BODY_BOTTOM, where


def test_sample_decks_stay_inside_their_boxes_too(tmp_path):
    from deck_support import sample_plan

    for language in ("zh", "en"):
        pdf = tmp_path / f"{language}.pdf"
        build(sample_plan(language, tmp_path), pdf)
        for page, text, x0, x1, y, _size in text_runs(pdf):
            assert MARGIN_X - 0.5 <= x0 and x1 <= PAGE_W - MARGIN_X + 0.5, (page, text)
            assert FOOTER_TEXT_Y - 0.5 <= y <= PAGE_H, (page, text)


# -- password ---------------------------------------------------------------------------
def test_password_encrypts_with_aes_256(tmp_path):
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    pdf = tmp_path / "secret.pdf"
    build(plan_with(tmp_path, title="Secret launch plan"), pdf, password="s3cret 密码")
    reader = PdfReader(pdf)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    # V 5 with the AESV3 crypt filter is AES-256. reportlab writes revision 5
    # (Adobe's AES-256 extension); revision 6 is PDF 2.0's stronger password hash.
    assert (encrypt["/Filter"], encrypt["/V"], encrypt["/R"]) in {("/Standard", 5, 5), ("/Standard", 5, 6)}
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert encrypt["/Length"] == 256
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert not PdfReader(pdf).decrypt("wrong")
    assert b"Secret launch plan" not in pdf.read_bytes()
    assert "Secret launch plan" in page_texts(pdf, password="s3cret 密码")[0]
    unlocked = PdfReader(pdf)
    assert unlocked.decrypt("s3cret 密码")
    assert unlocked.metadata.title == "Secret launch plan"  # strings decrypt cleanly (one padding)


def test_no_password_means_no_encryption(tmp_path):
    from pypdf import PdfReader

    pdf = tmp_path / "open.pdf"
    build(plan_with(tmp_path), pdf, password=None)
    assert not PdfReader(pdf).is_encrypted


# -- atomic write -----------------------------------------------------------------------
def _failing_drawing(monkeypatch):
    """Make drawing fail with a programming error on page 3, after two pages
    were written (a renderer that raises is left out instead, see test_deck_pdf)."""
    from app.services.deck.pdf import render_pdf

    real_draw = render_pdf.PdfRenderer.draw

    def broken(self, slide, page, total):
        if page == 3:
            raise RuntimeError("drawing broke")
        real_draw(self, slide, page, total)

    monkeypatch.setattr(render_pdf.PdfRenderer, "draw", broken)


def test_a_build_that_fails_midway_leaves_no_file_and_no_temp_file(tmp_path, monkeypatch):
    plan = plan_with(tmp_path, objectives=[("Grow", "Revenue", "+10 %")])
    out = tmp_path / "out"
    out.mkdir()
    _failing_drawing(monkeypatch)
    with pytest.raises(RuntimeError, match="drawing broke"):
        build(plan, out / "deck.pdf")
    assert names_in(out) == set()


def test_a_failed_build_leaves_an_existing_deck_untouched(tmp_path, monkeypatch):
    from app.services.deck.pdf import render_pdf

    plan = plan_with(tmp_path, objectives=[("Grow", "Revenue", "+10 %")])
    out = tmp_path / "out"
    out.mkdir()
    deck = out / "deck.pdf"
    build(plan, deck)
    before = sha256(deck)
    real_draw, calls = render_pdf.PdfRenderer.draw, []

    def draw_then_fail(self, slide, page, total):
        calls.append(page)
        if page == 3:
            raise OSError(28, "No space left on device")
        real_draw(self, slide, page, total)

    monkeypatch.setattr(render_pdf.PdfRenderer, "draw", draw_then_fail)
    with pytest.raises(PlanWriteError, match="disk is full"):
        build(plan, deck)
    assert calls == [1, 2, 3]
    assert names_in(out) == {"deck.pdf"} and sha256(deck) == before
    monkeypatch.undo()
    _failing_drawing(monkeypatch)
    with pytest.raises(RuntimeError, match="drawing broke"):
        build(plan, deck)
    assert names_in(out) == {"deck.pdf"} and sha256(deck) == before


@pytest.mark.parametrize(
    ("target", "fragment"),
    [("missing/deck.pdf", "does not exist"), ("a-folder", "is a folder"), ("a-file/deck.pdf", "Cannot write the deck")],
)
def test_an_unwritable_target_is_a_clear_plan_write_error(tmp_path, target, fragment):
    plan = plan_with(tmp_path)
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(PlanWriteError, match=fragment) as caught:
        build(plan, tmp_path / target)
    assert "\n" not in str(caught.value)
    assert not list(tmp_path.rglob("*.tmp"))


# -- missing characters ---------------------------------------------------------------------
def test_characters_the_font_lacks_are_reported_and_shown_as_a_replacement_mark(tmp_path):
    objectives = [("Grow", "m", "t"), ("Keep", "m", "t"), ("Smile 😀 more", "m", "t")]
    plan = plan_with(tmp_path, objectives=objectives, market_context="吉 and 𠮷野家 twice 𠮷",
                     brand="zero\u200bwidth\u00adsoft\u202eoverride\x07bell")
    pdf = tmp_path / "deck.pdf"
    result = build(plan, pdf)
    messages = [str(w) for w in result.warnings]
    assert len(messages) == 2, messages
    assert messages[0].startswith("U+1F600 😀 in objective 3 is not in the deck font")
    assert messages[1].startswith("U+20BB7 𠮷 in market context")
    whole = "".join(page_texts(pdf))
    assert "😀" not in whole and "𠮷" not in whole
    assert "Smile \ufffd more" in whole
    assert "zerowidthsoftoverridebell" in squash(whole)  # invisible controls dropped, never reported


def test_missing_characters_checks_text_against_the_font():
    from app.services.deck import missing_characters

    found = missing_characters([
        ("title", "栖云茶研 FY2027 — ≤ 85 元 “ok” ①"),
        ("objective 3", "tabs\tnew\nlines\r\n zero\u200bwidth \ufe0f nbsp\u00a0 ideographic\u3000space"),
        ("objective 4", "emoji 😀👍🏽 and 𠮷"),
        ("objective 5", "😀 again"),
        ("empty", None),
    ])
    assert found == {"😀": "objective 4", "👍": "objective 4", "🏽": "objective 4", "𠮷": "objective 4"}


def test_the_deck_never_overwrites_its_own_plan(new_plan, plan_path):
    import pytest

    from app.services.deck import build_deck
    from app.services.plan.errors import PlanWriteError

    before = plan_path.read_bytes()
    with pytest.raises(PlanWriteError, match="is the plan itself"):
        build_deck(new_plan, plan_path)
    assert plan_path.read_bytes() == before
