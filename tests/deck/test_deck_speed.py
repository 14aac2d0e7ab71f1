"""Deck speed work that must not change what a deck shows: charts are specs
drawn natively (matplotlib never loads on the deck path), a plan edit shows
in the rebuilt charts (nothing cached across builds brings back old data),
and the character map taken from reportlab is the font's best cmap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from deck_support import TODAY, page_texts, sample_plan, squash

ROOT = Path(__file__).resolve().parents[2]


def test_building_the_whole_deck_never_imports_matplotlib_or_svglib(tmp_path):
    plan = sample_plan("zh", tmp_path)
    code = (
        "import sys; from app.services.plan.storage.plan_file import PlanFile; "
        "from app.services.deck import build_deck; "
        f"plan = PlanFile.open({str(plan)!r}, read_only=True); "
        f"build_deck(plan, {str(tmp_path / 'deck.pdf')!r}); plan.close(); "
        "print(sorted(m for m in ('matplotlib', 'svglib', 'pandas') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "deck.pdf").stat().st_size > 10_000


def test_a_plan_edit_shows_in_the_rebuilt_charts(tmp_path):
    from app.services.deck import build_deck
    from app.services.plan.storage.plan_file import PlanFile

    path = sample_plan("en", tmp_path)
    with PlanFile.open(path, read_only=True) as plan:
        build_deck(plan, tmp_path / "before.pdf", sections=["budget"], today=TODAY)
    with PlanFile.open(path) as plan, plan.transaction() as conn:
        conn.execute("UPDATE channel SET name = 'Zeppelin ads' WHERE position = 0")
    with PlanFile.open(path, read_only=True) as plan:
        build_deck(plan, tmp_path / "after.pdf", sections=["budget"], today=TODAY)
    before, after = squash(" ".join(page_texts(tmp_path / "before.pdf"))), page_texts(tmp_path / "after.pdf")
    chart_pages = [text for text in after if "Spend peaks in" in text or "of the CNY" in text]
    assert len(chart_pages) == 2 and all("Zeppelinads" in squash(text) for text in chart_pages)
    assert "Zeppelinads" not in before


def test_the_character_map_from_reportlab_is_the_fonts_best_cmap():
    from reportlab.pdfbase.pdfmetrics import getFont

    from app.services.deck import fonts

    name = fonts.register_reportlab()
    assert frozenset(getFont(name).face.charToGlyph) == fonts.cmap_characters()


def test_the_parsed_font_cache_gives_the_fonts_own_metrics_and_subsets(tmp_path):
    from reportlab.pdfbase.ttfonts import TTFont

    from app.services.deck import font_cache, fonts

    parsed = TTFont("ParsedDeckFont", str(fonts.font_path()))
    cache = font_cache.cache_file(fonts.font_path(), tmp_path)
    font_cache.store(cache, parsed.face)
    cached = font_cache.load(cache, fonts.font_path(), "CachedDeckFont")
    assert cached is not None
    assert cached.face.charWidths == parsed.face.charWidths
    assert cached.face.charToGlyph == parsed.face.charToGlyph
    assert [cached.face.hmetrics[g] for g in range(parsed.face.numGlyphs)] == list(parsed.face.hmetrics)
    assert list(cached.face.glyphPos) == list(parsed.face.glyphPos)
    text = [ord(c) for c in " Aa1,（）营销计划预算¥%…"]
    assert cached.face.makeSubset(text) == parsed.face.makeSubset(text)  # the embedded font is the same


def test_a_damaged_or_half_written_font_cache_is_never_used(tmp_path):
    from reportlab.pdfbase.ttfonts import TTFont

    from app.services.deck import font_cache, fonts

    cache = font_cache.cache_file(fonts.font_path(), tmp_path)
    font_cache.store(cache, TTFont("ParsedDeckFont", str(fonts.font_path())).face)
    good = cache.read_bytes()
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01  # one bit of a width or glyph offset
    for damaged in (bytes(flipped), good[: len(good) // 3], b"", b"\x00" * 64):
        cache.write_bytes(damaged)
        assert font_cache.load(cache, fonts.font_path(), "CachedDeckFont") is None
    assert font_cache.load(tmp_path / "absent.marshal", fonts.font_path(), "CachedDeckFont") is None


def test_a_cold_export_with_a_damaged_font_cache_parses_the_font_and_rewrites_the_cache(tmp_path):
    import os

    from app.services.deck import font_cache, fonts

    plan = sample_plan("en", tmp_path)
    data = tmp_path / "data"
    env = {**os.environ, "STRATDECK_DATA_DIR": str(data)}
    command = [sys.executable, "-m", "app", "export", str(plan), "--format", "pdf", "-o"]
    first = subprocess.run([*command, str(tmp_path / "first.pdf")], capture_output=True, text=True, cwd=ROOT,
                           env=env, timeout=120)
    assert first.returncode == 0, first.stderr
    cache = font_cache.cache_file(fonts.font_path(), data / "cache")
    written = cache.read_bytes()
    cache.write_bytes(written[:-1000])  # cut short, as by a full disk
    second = subprocess.run([*command, str(tmp_path / "second.pdf")], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=120)
    assert second.returncode == 0, second.stderr
    assert cache.read_bytes() == written
    assert page_texts(tmp_path / "second.pdf") == page_texts(tmp_path / "first.pdf")


def test_a_cold_pdf_export_imports_only_what_the_deck_needs(tmp_path):
    import os

    plan = sample_plan("en", tmp_path)
    code = (
        "import sys; from app.main import main; "
        f"code = main(['export', {str(plan)!r}, '--format', 'pdf', '-o', {str(tmp_path / 'deck.pdf')!r}]); "
        "print(code, sorted(m for m in ('app.services.review.cli', "
        "'app.services.plan.templates', 'app.services.deck.pptx', 'reportlab.platypus', 'matplotlib', 'logging', "
        "'urllib.request', 'xml.sax') if m in sys.modules))"
    )
    env = {**os.environ, "STRATDECK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 []"


def test_frozen_model_classes_compare_hash_and_print_like_frozen_dataclasses():
    import dataclasses

    import pytest

    from app.models.frozen import frozen_model

    class Shape:
        x: float
        label: str = ""
        tags: tuple = ()
        note: str = dataclasses.field(default="", compare=False, repr=False)

    Shape.__annotations__ = {"x": float, "label": str, "tags": tuple, "note": str}
    ours = frozen_model(type("Shape", (), dict(Shape.__dict__)))
    theirs = dataclasses.dataclass(frozen=True)(type("Shape", (), dict(Shape.__dict__)))
    for cls in (ours, theirs):
        a, b, c = cls(1.0, "a", (1,), "n1"), cls(1.0, "a", (1,), "n2"), cls(2.0, "a")
        assert a == b and a != c and hash(a) == hash(b) and len({a, b, c}) == 2
        assert dataclasses.replace(a, x=2.0, tags=()) == c
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.x = 3.0
    assert repr(ours(1.0, "a", (1,), "n")) == repr(theirs(1.0, "a", (1,), "n")) == "Shape(x=1.0, label='a', tags=(1,))"
    assert hash(ours(1.0, "a")) == hash(theirs(1.0, "a"))
    assert (ours(1.0) == theirs(1.0)) is False  # another class is never equal
