"""Images stored in a plan (logo, persona photos): checked, scaled, re-encoded.

Pillow is imported only when an image is actually loaded."""

from __future__ import annotations

import io
from pathlib import Path

from app.services.plan.errors import EditRefused, shown
from app.services.plan.kernel_messages import MESSAGES as KERNEL
from app.services.plan.storage import safe_files

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
        raise EditRefused(field, KERNEL("image_too_large", name=name, mb=f"{size / 1048576:.1f}")) from None
    except safe_files.NotRegularFile as exc:
        raise EditRefused(field, safe_files.not_regular_message(shown(name), exc.kind)) from None
    except FileNotFoundError:
        raise EditRefused(field, KERNEL("not_found", name=name)) from None
    except OSError as exc:
        raise EditRefused(field, KERNEL("unreadable", name=name, reason=exc.strerror)) from None
    return encode_image(raw, name, field)


def encode_image(raw: bytes, name: str, field: str = "logo") -> tuple[bytes, str]:
    """Check and re-encode image bytes; see load_image."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            kind = probe.format
            if kind not in ("PNG", "JPEG"):
                raise EditRefused(field, KERNEL("image_kind", name=name, kind=kind or "unknown"))
            if probe.width * probe.height > MAX_PIXELS:
                raise EditRefused(field, KERNEL("image_pixels", name=name, size=f"{probe.width}×{probe.height}"))
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
        raise EditRefused(field, KERNEL("not_image", name=name)) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise EditRefused(field, KERNEL("image_damaged", name=name, reason=exc)) from None


def dimensions(data: bytes) -> tuple[int, int] | None:
    """(width, height) declared by PNG or JPEG bytes, read from the header
    without decoding anything; None when it is neither or the header is cut."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 9 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start-of-frame: the size
            return int.from_bytes(data[at + 7 : at + 9], "big"), int.from_bytes(data[at + 5 : at + 7], "big")
        if length < 2:
            return None
        at += 2 + length
    return None


def too_many_pixels(data: bytes) -> tuple[int, int] | None:
    """The declared size of image bytes over MAX_PIXELS, else None."""
    size = dimensions(data)
    return size if size is not None and size[0] * size[1] > MAX_PIXELS else None


def check_stored_image(data: bytes | None, field: str) -> None:
    """EditRefused when image bytes given to a service (not through
    load_image: an undo, a script) declare more than MAX_PIXELS pixels."""
    size = too_many_pixels(data) if data is not None else None
    if size is not None:
        raise EditRefused(
            field, KERNEL("image_too_many_pixels", width=size[0], height=size[1], limit=MAX_PIXELS // 10**6)
        )
