"""Icons from the Phosphor set that ships with qtawesome, drawn from its
font and character map.

qtawesome's Python package is not imported: its ``qtpy`` layer star-imports
every Qt module (~100–200 ms, all of PySide6's enums), which would cost the
start-up targets more than all the icons. The font (~5 ms to register) is
loaded by the first :func:`icon` call, which the window makes only after its
first paint (app/views/shell/icon_setup.py); tests/shell/test_startup.py
fails if it is loaded earlier."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPixmap

from app.views.common import style

FONT_FILE = "phosphor-1.3.0.ttf"
CHARMAP_FILE = "phosphor-charmap-1.3.0.json"
_loaded: dict[str, object] = {}


def font_dir() -> Path:
    """qtawesome's font folder: in the installed package from source, or
    ``qtawesome/fonts`` in the bundle (build/stratdeck.spec puts it there)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent)) / "qtawesome" / "fonts"
    import importlib.util

    spec = importlib.util.find_spec("qtawesome")  # finds the package without running it
    if spec is None or spec.origin is None:
        raise FileNotFoundError("qtawesome is not installed")
    return Path(spec.origin).parent / "fonts"


def is_loaded() -> bool:
    """Whether the icon font has been registered in this process."""
    return "family" in _loaded


def _font() -> tuple[str, dict[str, int]]:
    if not is_loaded():
        from PySide6.QtGui import QFontDatabase

        folder = font_dir()
        font_id = QFontDatabase.addApplicationFont(str(folder / FONT_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _loaded["family"] = families[0] if families else ""
        _loaded["charmap"] = {k: int(v, 16) for k, v in json.loads((folder / CHARMAP_FILE).read_text()).items()}
    return _loaded["family"], _loaded["charmap"]  # type: ignore[return-value]


class GlyphEngine(QIconEngine):
    """Paints one glyph of the icon font in the palette's colours."""

    def __init__(self, char: str, colour: str, active: str):
        super().__init__()
        self.char, self.colour, self.active = char, colour, active

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        family, _charmap = _font()
        font = QFont(family)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.9)))
        colour = self.colour
        if mode == QIcon.Mode.Disabled:
            colour = style.RULE
        elif mode in (QIcon.Mode.Active, QIcon.Mode.Selected):
            colour = self.active
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.char, self.colour, self.active)


def icon(name: str, colour: str = style.MUTED, active: str = style.BRAND) -> QIcon:
    """The Phosphor icon *name* (e.g. ``"presentation"``, ``"warning-fill"``)."""
    _family, charmap = _font()
    if name not in charmap:
        raise KeyError(f"no icon named {name!r} in the Phosphor set")
    return QIcon(GlyphEngine(chr(charmap[name]), colour, active))
