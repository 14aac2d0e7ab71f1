"""PPTX in File › Export Deck: the format choice names the file, a PPTX
has no password, and the editable deck is written in the background."""

from __future__ import annotations

import pytest

RENDER_TIMEOUT = 30_000


@pytest.fixture
def window(window):
    """The shared main window (tests/conftest.py) with the English sample plan open."""
    assert window.open_demo()
    return window


def test_choosing_pptx_writes_an_editable_deck_of_the_chosen_sections(window, qtbot, tmp_path):
    from pptx import Presentation

    window.export_deck()
    dialog = window.export_dialog
    assert dialog.path_edit.text().endswith(".pdf") and dialog.password_edit.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pptx"))
    assert dialog.path_edit.text().endswith(".pptx")
    assert not dialog.password_edit.isEnabled() and not dialog.confirm_edit.isEnabled()
    for key, box in dialog.boxes.items():
        box.setChecked(key == "budget")
    dialog.path_edit.setText(str(tmp_path / "budget review"))  # typed without the suffix
    assert dialog.start_export()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=RENDER_TIMEOUT)
    target = tmp_path / "budget review.pptx"
    assert "Saved" in dialog.message.text() and str(target) in dialog.message.text()
    assert dialog.last_result.sections == ["budget"]
    slides = Presentation(target).slides
    assert len(slides) == dialog.last_result.slides
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert dialog.path_edit.text() == str(tmp_path / "budget review.pdf")


def test_section_dividers_choice_reaches_the_deck(window, qtbot, tmp_path):
    from pptx import Presentation

    counts = {}
    for choice in ("never", "always"):
        window.export_deck()
        dialog = window.export_dialog
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("pptx"))
        assert dialog.dividers_box.currentData() == "auto"  # the default: only before long sections
        dialog.dividers_box.setCurrentIndex(dialog.dividers_box.findData(choice))
        dialog.path_edit.setText(str(tmp_path / f"{choice}.pptx"))
        assert dialog.start_export()
        qtbot.waitUntil(lambda dialog=dialog: dialog.last_result is not None, timeout=RENDER_TIMEOUT)
        counts[choice] = len(Presentation(tmp_path / f"{choice}.pptx").slides)
        dialog.reject()
    assert counts["always"] > counts["never"]
