"""Which icon goes where: the toolbar, the navigator, the start page.
Called after the first paint (and after a language switch rebuilds the
menus), never before: the icon font is not free (app/views/common/icons.py)."""

from __future__ import annotations

CANVAS_ICONS = {
    "dashboard": "gauge",
    "overview": "house",
    "swot": "squares-four",
    "personas": "users-three",
    "competitors": "sword",
    "initiatives": "flag-banner",
    "calendar": "calendar",
    "budget": "wallet",
    "forecast": "chart-line-up",
    "kpis": "target",
    "risks": "warning",
    "playbooks": "first-aid-kit",
    "deck": "presentation",
}
ACTION_ICONS = {
    "action-new": "file-plus",
    "action-open": "folder-open",
    "action-undo": "arrow-counter-clockwise",
    "action-redo": "arrow-clockwise",
    "action-export-deck": "export",
    "action-present": "presentation-chart",
    "action-shortcuts": "keyboard",
    "action-guide": "question",
    "action-log-folder": "folder",
}
BUTTON_ICONS = {
    "new_button": "file-plus",
    "open_button": "folder-open",
    "demo_button": "presentation-chart",
}


def apply_icons(window) -> None:
    """Give the window's actions, navigator rows and start-page buttons their icons."""
    from PySide6.QtCore import QSize, Qt

    from app.views.common import style
    from app.views.common.icons import icon

    for action in window._menu_actions:
        name = ACTION_ICONS.get(action.objectName())
        if name:
            action.setIcon(icon(name))
    if window.toolbar is not None:
        window.toolbar.setIconSize(QSize(style.ICON_SIZE, style.ICON_SIZE))
        window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    if window.navigator is not None:
        window.navigator.set_icons({key: icon(name) for key, name in CANVAS_ICONS.items()})
    for attribute, name in BUTTON_ICONS.items():
        button = getattr(window.start_page, attribute, None)
        if button is not None:
            button.setIcon(icon(name, colour=style.BRAND))
    window.icons_applied = True
