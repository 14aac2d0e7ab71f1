"""Images stored in a plan (logo, persona photos): checked, scaled, re-encoded.

Pillow is imported only when an image is actually loaded."""

from __future__ import annotations

import io
from pathlib import Path

from app.services.plan import safe_files
from app.services.plan.errors import EditRefused, shown

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
        raw = safe_files.read_regular(path, MAX_INPUT_BYTES)  # a FIFO or device is refused, not read
    except safe_files.FileTooLarge:
        size = max(path.stat().st_size, MAX_INPUT_BYTES + 1)
        raise EditRefused(field, f"{name} is too large ({size / 1048576:.1f} MB); the limit is 10 MB.") from None
    except safe_files.NotRegularFile as exc:
        raise EditRefused(field, safe_files.MESSAGES("not_regular", file=shown(name), kind=exc.kind)) from None
    except FileNotFoundError:
        raise EditRefused(field, f"{name} does not exist.") from None
    except OSError as exc:
        raise EditRefused(field, f"{name} cannot be read: {exc.strerror}.") from None
    return encode_image(raw, name, field)


def encode_image(raw: bytes, name: str, field: str = "logo") -> tuple[bytes, str]:
    """Check and re-encode image bytes; see load_image."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            kind = probe.format
            if kind not in ("PNG", "JPEG"):
                raise EditRefused(field, f"{name} is a {kind or 'unknown'} image; use a PNG or JPEG file.")
            if probe.width * probe.height > MAX_PIXELS:
                raise EditRefused(field, f"{name} is too large ({probe.width}×{probe.height} pixels).")
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
        raise EditRefused(field, f"{name} is not a PNG or JPEG image.") from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise EditRefused(field, f"{name} is damaged and cannot be used as an image ({exc}).") from None
