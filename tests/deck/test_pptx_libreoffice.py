"""LibreOffice opens our PPTX as a user's office suite would: ``soffice
--headless --convert-to pdf`` converts it without error, one page per slide,
and in its rendering no word stands outside the box of its shape (a text
that overflows its box would) and no two words are drawn over each other. LibreOffice is installed with apt-get when
missing and the test runs as root; elsewhere the tests skip, saying why."""

from __future__ import annotations

import pytest
from libreoffice_support import convert, find_soffice, overlapping_words, word_boxes, words_outside
from pptx_support import every_block_deck

from app.services.deck.pptx import write_pptx


@pytest.fixture(scope="module")
def soffice():
    """The soffice executable (installed when possible), else a skip."""
    path, why = find_soffice()
    if path is None:
        pytest.skip(why)
    return path


def test_libreoffice_converts_the_every_block_deck_and_nothing_overflows(soffice, tmp_path):
    deck = every_block_deck()
    pptx = tmp_path / "deck.pptx"
    write_pptx(deck, pptx)
    result, pdf = convert(soffice, pptx, tmp_path)
    assert result.returncode == 0 and pdf.exists(), result.stderr
    pages = word_boxes(pdf)
    assert len(pages) == len(deck.slides)
    assert sum(len(words) for words in pages) > 150  # the text was drawn, not lost
    assert words_outside(pptx, pdf) == []
    assert overlapping_words(pdf) == []


def test_the_checks_see_a_text_too_long_for_its_box_running_into_the_next(soffice, tmp_path):
    from pptx import Presentation
    from pptx.util import Pt

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])
    box = slide.shapes.add_textbox(Pt(48), Pt(118), Pt(300), Pt(40))
    box.text_frame.word_wrap = True
    box.text_frame.text = "Channel budget notes " * 40
    below = slide.shapes.add_textbox(Pt(48), Pt(180), Pt(300), Pt(40))  # the overflow runs into it
    below.text_frame.text = "Reserve 10 percent"
    pptx = tmp_path / "overflow.pptx"
    presentation.save(pptx)
    result, pdf = convert(soffice, pptx, tmp_path)
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("slide 1:") for line in words_outside(pptx, pdf))
    assert any("Reserve" in line or "percent" in line for line in overlapping_words(pdf))
