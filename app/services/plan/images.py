"""Images stored in a plan (logo, persona photos): checked, scaled, re-encoded.

Pillow is imported only when an image is actually loaded."""

from __future__ import annotations

import io
from pathlib import Path

from app.services.plan.errors import EditRefused
from app.services.plan.kernel_messages import MESSAGES

MAX_INPUT_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # refuse decompression bombs before decoding
MAX_SIDE = 1024


def load_image(path: Path, field: str = "logo") -> tuple[bytes, str]:
    """Read a PNG or JPEG file and return (bytes, mime) ready to store.

    Images larger than MAX_SIDE are scaled down; anything else is refused
    with an EditRefused naming the file and why."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise EditRefused(field, MESSAGES("image_too_large", name=name, mb=f"{size / 1048576:.1f}"))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise EditRefused(field, MESSAGES("not_found", name=name)) from None
    except OSError as exc:
        raise EditRefused(field, MESSAGES("unreadable", name=name, reason=exc.strerror)) from None
    return encode_image(raw, name, field)


def encode_image(raw: bytes, name: str, field: str = "logo") -> tuple[bytes, str]:
    """Check and re-encode image bytes; see load_image."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            kind = probe.format
            if kind not in ("PNG", "JPEG"):
                raise EditRefused(field, MESSAGES("image_kind", name=name, kind=kind or "unknown"))
            if probe.width * probe.height > MAX_PIXELS:
                raise EditRefused(field, MESSAGES("image_pixels", name=name, size=f"{probe.width}×{probe.height}"))
            probe.verify()
        with Image.open(io.BytesIO(raw)) as image:
            image.load()
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            if kind == "PNG":
                image.save(out, "PNG", optimize=True)
                return out.getvalue(), "image/png"
            image.convert("RGB").save(out, "JPEG", quality=90)
            return out.getvalue(), "image/jpeg"
    except EditRefused:
        raise
    except UnidentifiedImageError:
        raise EditRefused(field, MESSAGES("not_image", name=name)) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise EditRefused(field, MESSAGES("image_damaged", name=name, reason=exc)) from None
