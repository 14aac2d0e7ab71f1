"""Limits at every door (issue 20): an image declaring more than 40 MP is
refused by JSON import and by the services as by the file chooser; a field
longer than the deck shows is named by ``stratdeck check``; the limits live
in app/services/plan/limits.py."""

from __future__ import annotations

import base64
import io
import struct
import zlib

import pytest
from cli_support import assert_one_error_line, run
from file_checks import names_in, raw_sqlite

from app.services.exchange import json_exchange
from app.services.overview import service as overview_service
from app.services.personas import service as persona_service
from app.services.plan import images, limits
from app.services.plan.errors import EditRefused


def png_declaring(width: int, height: int) -> bytes:
    """A small PNG file whose header declares *width* × *height* pixels
    (what a decompression bomb looks like before it is decoded)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


def jpeg_of(width: int, height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), "red").save(out, "JPEG")
    return out.getvalue()


def test_image_size_is_read_from_the_header_of_png_and_jpeg():
    assert images.dimensions(png_declaring(13_300, 13_300)) == (13_300, 13_300)
    assert images.dimensions(jpeg_of(37, 21)) == (37, 21)
    assert images.dimensions(b"GIF89a") is None and images.dimensions(b"\xff\xd8\xff") is None


def test_json_import_refuses_an_image_over_40_megapixels(new_plan, tmp_path, capsys):
    document = json_exchange.export_plan(new_plan.conn)
    document["plan"]["logo"] = base64.b64encode(png_declaring(13_300, 13_300)).decode("ascii")
    document["plan"]["logo_mime"] = "image/png"
    source = tmp_path / "bomb.json"
    source.write_text(json_exchange.dumps(document), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(capsys, "import", source, "-o", out / "bomb.stratdeck")
    assert code == 4
    assert_one_error_line(err, "$.plan.logo", "13300×13300 pixels", "40 megapixels")
    assert names_in(out) == set()
    document["plan"]["logo"] = base64.b64encode(png_declaring(6_000, 6_000)).decode("ascii")  # 36 MP: allowed
    source.write_text(json_exchange.dumps(document), encoding="utf-8")
    assert run(capsys, "import", source, "-o", out / "fine.stratdeck")[0] == 0


def test_services_refuse_an_image_over_40_megapixels(new_plan):
    bomb = png_declaring(13_300, 13_300)
    with pytest.raises(EditRefused) as caught:
        overview_service.set_logo(new_plan, bomb, "image/png")
    assert caught.value.field == "logo" and "13300×13300" in str(caught.value)
    persona_id = persona_service.add_persona(new_plan).ids[0]
    with pytest.raises(EditRefused):
        persona_service.set_photo(new_plan, persona_id, bomb, "image/png")
    assert overview_service.get_overview(new_plan)["logo"] is None


def test_check_names_a_stored_image_over_the_limit_and_text_too_long_for_the_deck(new_plan, capsys):
    overview_service.add_objective(new_plan, "长" * 1_500)  # under the deck's limit: no finding
    overview_service.set_field(new_plan, "market_context", "x" * (limits.DECK_TEXT_LIMIT + 1))
    path = new_plan.path
    new_plan.close()
    with raw_sqlite(path) as conn:  # a plan made by hand or an older build
        conn.execute('UPDATE "plan" SET logo = ?, logo_mime = ?', (png_declaring(13_300, 13_300), "image/png"))
    code, out, _ = run(capsys, "check", path)
    assert code == 0
    assert "objective.text has" not in out
    assert f"plan.market_context has {limits.DECK_TEXT_LIMIT + 1:,} characters" in out
    assert "The logo is 13300×13300 pixels, over the 40 MP limit" in out


def test_text_is_cut_for_the_deck_at_its_fields_limit():
    text, cut = limits.cut_for_deck("字" * (limits.DECK_TEXT_LIMIT + 200), "objective", "text")
    assert cut and len(text) == limits.DECK_TEXT_LIMIT + 1 and text.endswith("…")
    assert limits.cut_for_deck("short", "risk", "description") == ("short", False)
