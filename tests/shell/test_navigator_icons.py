"""Every canvas in the navigator carries an icon once the window is
polished (a canvas added without one stood out as a bare text row)."""

from __future__ import annotations


def test_every_navigator_row_has_an_icon(window):
    from app.views.shell.navigator import KEY_ROLE

    assert window.open_demo()
    window.polish_after_first_paint()
    navigator = window.navigator
    bare = [navigator.item(row).data(KEY_ROLE) for row in range(navigator.count())
            if navigator.item(row).icon().isNull()]
    assert navigator.count() >= 12 and bare == []
