"""Helpers for the persona tests: image files and a plan with personas."""

from __future__ import annotations

from pathlib import Path


def png_file(path: Path, width: int = 120, height: int = 160, color=(200, 120, 60)) -> Path:
    """Write a plain PNG of *width* × *height* to *path* and return it."""
    from PIL import Image

    Image.new("RGB", (width, height), color).save(path, "PNG")
    return path


def bad_image(path: Path) -> Path:
    """A file named like an image that is not one."""
    path.write_bytes(b"GIF89a this is not really an image")  # a GIF header, then junk
    return path
