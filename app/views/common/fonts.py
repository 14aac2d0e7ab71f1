"""Register the bundled CJK font with Qt, so Chinese text never shows as
boxes on a machine without a Chinese font (resources/fonts/README.md)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from app.services.plan import paths

log = logging.getLogger(__name__)
_REGISTERED: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add every bundled TrueType font to Qt's font database (once);
    return the families registered. Qt falls back to them for glyphs the
    system fonts lack."""
    if _REGISTERED:
        return list(_REGISTERED)
    for font in sorted((paths.resources_dir() / "fonts").glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id < 0:
            log.warning("could not register font %s", font)
            continue
        _REGISTERED.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_REGISTERED)
