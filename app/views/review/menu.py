"""The review items of the File menu. Kept light: the window builds its
menus before the first paint, so the work is imported when an item is used."""

from __future__ import annotations


def _run(window, name: str):
    def slot(*_args) -> None:
        from app.views.review import actions

        getattr(actions, name)(window)

    return slot


def add_review_actions(window, menu) -> list:
    """Add Take Snapshot…, Snapshots…, Compare…, Merge a Copy… and Send a
    Copy… to *menu*; returns the actions (they need an open plan)."""
    from PySide6.QtCore import QCoreApplication

    items = (
        (QCoreApplication.translate("ReviewMenu", "&Take Snapshot…"), "take_snapshot", "action-take-snapshot"),
        (QCoreApplication.translate("ReviewMenu", "Sna&pshots…"), "show_snapshots", "action-snapshots"),
        (QCoreApplication.translate("ReviewMenu", "Co&mpare…"), "show_compare", "action-compare"),
        (QCoreApplication.translate("ReviewMenu", "Mer&ge a Copy…"), "merge_copy", "action-merge-copy"),
        (QCoreApplication.translate("ReviewMenu", "Send a Cop&y…"), "send_copy", "action-send-copy"),
    )
    menu.addSeparator()
    return [window._action(menu, text, _run(window, slot), None, name) for text, slot, name in items]


def update_review_actions(window) -> None:
    """A read-only plan can be compared and its snapshots listed, not changed."""
    writable = window.document is not None and not window.document.read_only
    for action in getattr(window, "review_actions", []):
        if action.objectName() in ("action-take-snapshot", "action-merge-copy", "action-send-copy"):
            action.setEnabled(writable)
