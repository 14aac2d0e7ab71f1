"""Draw the Stratdeck application icon with Pillow.

A stack of three 16:9 slides on a deep-indigo rounded square; the front
slide carries a title rule and a rising bar chart in the accent colour — a
plan deck that argues for growth. Drawn once at 1024 px and scaled down, so
every size comes from the same drawing.

Writes ``resources/icons/``: ``stratdeck.png`` (512 px: window icon and Linux
desktop file), ``stratdeck-256.png``, ``stratdeck.ico`` (Windows, 16–256 px)
and ``stratdeck.icns`` (macOS). The files are committed; run this script only
after changing the drawing::

    python build/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 1024
INDIGO_TOP = (46, 74, 128)
INDIGO_BOTTOM = (27, 42, 77)
INK = (35, 57, 100)
ACCENT = (242, 143, 59)  # the orange of the sample plan's charts
TEAL = (47, 107, 90)  # the sample plan's brand colour
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def _background() -> Image.Image:
    """Rounded square with a vertical gradient, transparent outside."""
    gradient = Image.new("RGBA", (SIZE, SIZE))
    draw = ImageDraw.Draw(gradient)
    for y in range(SIZE):
        t = y / (SIZE - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(INDIGO_TOP, INDIGO_BOTTOM, strict=True))
        draw.line([(0, y), (SIZE, y)], fill=(*colour, 255))
    mask = Image.new("L", (SIZE, SIZE), 0)
    margin = 40  # platforms expect a little air around the mark
    ImageDraw.Draw(mask).rounded_rectangle([margin, margin, SIZE - margin, SIZE - margin], radius=210, fill=255)
    icon = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    icon.paste(gradient, (0, 0), mask)
    return icon


def _slide(box: tuple[int, int, int, int], fill: tuple[int, ...]) -> tuple[Image.Image, Image.Image]:
    """A slide card and its soft shadow, each a full-size layer."""
    card = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    ImageDraw.Draw(card).rounded_rectangle(box, radius=34, fill=fill)
    shadow = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    x0, y0, x1, y1 = box
    ImageDraw.Draw(shadow).rounded_rectangle([x0 + 10, y0 + 22, x1 + 10, y1 + 22], radius=34, fill=(8, 14, 30, 110))
    return card, shadow.filter(ImageFilter.GaussianBlur(18))


def draw_icon() -> Image.Image:
    """The icon at 1024 × 1024 px."""
    icon = _background()
    width, height = 600, 338  # 16:9
    left, top = 176, 400
    for step, alpha in ((2, 120), (1, 190)):  # back slides, up and to the right
        dx, dy = 56 * step, -62 * step
        card, shadow = _slide((left + dx, top + dy, left + dx + width, top + dy + height), (255, 255, 255, alpha))
        icon.alpha_composite(shadow)
        icon.alpha_composite(card)
    card, shadow = _slide((left, top, left + width, top + height), (255, 255, 255, 255))
    icon.alpha_composite(shadow)
    icon.alpha_composite(card)
    draw = ImageDraw.Draw(icon)
    draw.rounded_rectangle([left + 52, top + 46, left + 330, top + 82], radius=18, fill=INK)  # title rule
    baseline = top + height - 52
    bars = [(TEAL, 78), (TEAL, 124), (INK, 166), (ACCENT, 214)]
    bar_width, gap = 74, 34
    x = left + 70
    for colour, bar_height in bars:
        draw.rounded_rectangle([x, baseline - bar_height, x + bar_width, baseline], radius=12, fill=colour)
        x += bar_width + gap
    draw.rounded_rectangle([left + 52, baseline + 10, left + width - 52, baseline + 20], radius=5, fill=(205, 212, 226))
    return icon


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    icon.resize((512, 512), Image.LANCZOS).save(ICONS / "stratdeck.png", optimize=True)
    icon.resize((256, 256), Image.LANCZOS).save(ICONS / "stratdeck-256.png", optimize=True)
    icon.save(ICONS / "stratdeck.ico", sizes=[(s, s) for s in ICO_SIZES])
    icon.save(ICONS / "stratdeck.icns")
    for name in ("stratdeck.png", "stratdeck-256.png", "stratdeck.ico", "stratdeck.icns"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
