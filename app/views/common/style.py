"""One palette and one spacing/typography scale for every window.

Editors take sizes and colours from here instead of writing their own
numbers; :func:`stylesheet` is the application's single Qt style sheet,
applied after the first paint (app/views/shell/app.py), so the window
appears first and is then polished once."""

from __future__ import annotations

# -- palette (light; deep blue brand as in the deck's default theme) ----------
BRAND = "#1F4E79"
BRAND_SOFT = "#E8EEF5"  # selection and hover backgrounds
ACCENT = "#2F80ED"
TEXT = "#1F2328"
MUTED = "#5F6B76"
PLACEHOLDER = "#9AA4AE"  # greyed template prompts
RULE = "#D0D7DE"
SURFACE = "#FFFFFF"
CANVAS = "#F6F8FA"  # behind cards and the navigator
OK = "#1A7F37"
WARN = "#BF8700"
BAD = "#CF222E"
BADGE = "#CF222E"

# -- spacing scale (px, multiples of 4) -------------------------------------------
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 16, 24

# -- typography scale (pt, relative to the application font) --------------------
FONT_SMALL, FONT_BODY, FONT_SECTION, FONT_TITLE, FONT_DISPLAY = 9, 10, 12, 16, 22

ICON_SIZE = 16  # toolbar and navigator icons (px)


def status_colour(status: str) -> str:
    """Colour of a KPI or budget status word: 'ok', 'warn', 'bad', else muted."""
    return {"ok": OK, "warn": WARN, "bad": BAD}.get(status, MUTED)


def stylesheet() -> str:
    """The application style sheet: navigator, toolbar, cards, Problems
    panel and headings by object name; everything else stays native."""
    return f"""
QListWidget#navigator {{
    background: {CANVAS}; border: none; border-right: 1px solid {RULE};
    padding: {SPACE_S}px {SPACE_XS}px; font-size: {FONT_BODY + 1}pt;
}}
QListWidget#navigator::item {{ padding: {SPACE_S}px {SPACE_S}px; border-radius: 6px; color: {TEXT}; }}
QListWidget#navigator::item:selected {{ background: {BRAND_SOFT}; color: {BRAND}; font-weight: 600; }}
QListWidget#navigator::item:hover:!selected {{ background: #EEF1F4; }}
QToolBar#main-toolbar {{
    background: {SURFACE}; border: none; border-bottom: 1px solid {RULE};
    spacing: 2px; padding: 0px {SPACE_S}px;
}}
QToolBar#main-toolbar QToolButton {{ padding: 1px {SPACE_S}px; border-radius: 6px; color: {TEXT}; }}
QToolBar#main-toolbar QToolButton:hover {{ background: {BRAND_SOFT}; }}
QFrame[card="true"] {{ background: {SURFACE}; border: 1px solid {RULE}; border-radius: 8px; }}
QFrame[card="true"]:hover {{ border-color: {ACCENT}; }}
QFrame[card="true"][selected="true"] {{ border: 2px solid {BRAND}; background: {BRAND_SOFT}; }}
QLabel[role="title"] {{ font-size: {FONT_TITLE}pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="display"] {{ font-size: {FONT_DISPLAY}pt; font-weight: 600; color: {BRAND}; }}
QLabel[role="section"] {{ font-size: {FONT_SECTION}pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="figure"] {{ font-size: {FONT_TITLE}pt; font-weight: 600; color: {TEXT}; }}
QWidget#dashboard, QWidget#dashboard-body {{ background: {CANVAS}; }}
QDockWidget#problems QListView {{ border: none; }}
QMainWindow::separator {{ width: 4px; height: 4px; background: {RULE}; }}
"""
