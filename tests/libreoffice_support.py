"""LibreOffice for the PPTX tests: find ``soffice`` (installing it with
apt-get when the test runs as root on a Debian-like system and it is
missing), convert a PPTX to PDF, and check the rendering: every word
LibreOffice drew lies inside the box of a shape of its slide (a text box
that overflows draws words outside every box).

Fonts: a private fontconfig file adds the bundled WenQuanYi Micro Hei (the
font the slide model measured with) and maps Microsoft YaHei, the deck's
East-Asian font, to it; Arial is Liberation Sans (metric-compatible)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from app.services.plan import paths

PACKAGES = ("libreoffice-impress", "fonts-liberation", "poppler-utils")
TOLERANCE = 2.0  # points a word box may stand out of its shape sideways (side bearings, rounding)
# pdftotext's word box is the font's whole ascent-to-descent height, which
# is taller than the line pitch the slide sets: a quarter of it may stand out.
VERTICAL_SLACK = 0.25
OVERLAP = 2.0  # points two words may share sideways before they count as drawn over each other


def find_soffice() -> tuple[str | None, str]:
    """``(path, '')`` of soffice, installing it when possible; else
    ``(None, why)``."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found and shutil.which("pdftotext") and _liberation():
        return found, ""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        return None, "LibreOffice (soffice), pdftotext or Liberation fonts missing and cannot be installed " \
                     "here (needs root and apt-get): apt-get install " + " ".join(PACKAGES)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    command = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *PACKAGES]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1200)
    if result.returncode != 0:  # an outdated package list: refresh it once
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1200)
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if result.returncode != 0 or not found:
        return None, f"apt-get could not install LibreOffice: {result.stderr.strip()[-300:]}"
    return found, ""


def _liberation() -> bool:
    return any(Path(d).glob("**/LiberationSans-Regular.ttf") for d in ("/usr/share/fonts",) if Path(d).exists())


def font_config(folder: Path) -> Path:
    """A fontconfig file: the system's, the bundled CJK font, YaHei → it."""
    conf = folder / "fonts.conf"
    fonts = paths.resources_dir() / "fonts"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{folder / "fc-cache"}</cachedir>
  <alias binding="same"><family>Microsoft YaHei</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
</fontconfig>
""", encoding="utf-8")
    return conf


def convert(soffice: str, pptx: Path, folder: Path) -> tuple[subprocess.CompletedProcess, Path]:
    """Convert *pptx* to PDF in *folder* with a private profile and fonts."""
    result, pdfs = convert_many(soffice, [pptx], folder)
    return result, pdfs[0]


def convert_many(soffice: str, files: list[Path], folder: Path) -> tuple[subprocess.CompletedProcess, list[Path]]:
    """Convert every PPTX of *files* to PDF in *folder* in one LibreOffice
    run (a private profile and the fonts above); the PDFs in order."""
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, FONTCONFIG_FILE=str(font_config(folder)), HOME=str(folder))
    profile = (folder / "lo-profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder),
         *map(str, files)], capture_output=True, text=True, timeout=900, env=env)
    return result, [folder / (path.stem + ".pdf") for path in files]


def word_boxes(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page, every word LibreOffice drew: (text, x0, y0, x1, y1) in
    points from the top-left corner (``pdftotext -bbox``)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in re.split(r"<page ", out)[1:]:
        words = []
        for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                 page):
            x0, y0, x1, y1 = (float(match[i]) for i in range(1, 5))
            words.append((match[5], x0, y0, x1, y1))
        pages.append(words)
    return pages


def shape_boxes(pptx: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per slide, (name, x0, y0, x1, y1) in points of every shape that
    shows text: text boxes and placeholders with text, tables, charts,
    text in drawn shapes."""
    from pptx import Presentation
    from pptx.util import Emu

    slides = []
    for slide in Presentation(pptx).slides:
        boxes = []
        for shape in slide.shapes:
            shows_text = (shape.has_text_frame and shape.text_frame.text.strip()) or shape.has_chart or \
                getattr(shape, "has_table", False)
            if shows_text and shape.width is not None:
                x, y, w, h = Emu(shape.left).pt, Emu(shape.top).pt, Emu(shape.width).pt, Emu(shape.height).pt
                if round(getattr(shape, "rotation", 0.0)) % 180 == 90:  # turned on its side about its centre
                    x, y, w, h = x + (w - h) / 2, y + (h - w) / 2, h, w
                boxes.append((shape.name, x, y, x + w, y + h))
        slides.append(boxes)
    return slides


def words_outside(pptx: Path, pdf: Path) -> list[str]:
    """Every word of the rendering that lies outside all its slide's shape
    boxes, as ``slide N: 'word' at (x0, y0, x1, y1)`` lines."""
    problems = []
    for number, (words, boxes) in enumerate(zip(word_boxes(pdf), shape_boxes(pptx), strict=True), 1):
        for text, x0, y0, x1, y1 in words:
            slack = max(TOLERANCE, VERTICAL_SLACK * (y1 - y0))
            inside = any(x0 >= bx0 - TOLERANCE and y0 >= by0 - slack and x1 <= bx1 + TOLERANCE
                         and y1 <= by1 + slack for _, bx0, by0, bx1, by1 in boxes)
            if not inside:
                problems.append(f"slide {number}: {text!r} at ({x0:.0f}, {y0:.0f}, {x1:.0f}, {y1:.0f})")
    return problems


def overlapping_words(pdf: Path) -> list[str]:
    """Pairs of words LibreOffice drew on top of each other (a text that
    overflowed into another's box, or labels placed over each other)."""
    problems = []
    for number, words in enumerate(word_boxes(pdf), 1):
        ordered = sorted(words, key=lambda w: w[1])
        for index, (text, x0, y0, x1, y1) in enumerate(ordered):
            for other, ox0, oy0, ox1, oy1 in ordered[index + 1:]:
                if ox0 >= x1 - OVERLAP:
                    break
                across = min(x1, ox1) - max(x0, ox0)
                down = min(y1, oy1) - max(y0, oy0)
                if across > OVERLAP and down > 0.5 * min(y1 - y0, oy1 - oy0):
                    problems.append(f"slide {number}: {text!r} and {other!r} overlap")
    return problems
