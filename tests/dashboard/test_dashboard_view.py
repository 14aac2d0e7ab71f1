"""The dashboard is the first canvas a plan opens on; its entries open the
canvas where they are edited, and it follows edits and findings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_plan_opens_on_the_dashboard_with_every_card(window, qtbot):
    window.open_demo()
    assert window.navigator.item(0).text() == "Dashboard" and window.navigator.currentRow() == 0
    board = window.editors["dashboard"]
    assert window.editor_stack.currentWidget() is board
    qtbot.waitUntil(lambda: board.summary is not None)  # laid out once the event loop turns
    for name in ("objectives", "budget", "campaigns", "risks", "findings"):
        assert board.findChild(QLabel.__mro__[1], f"dashboard-{name}") is not None, name
    texts = " ".join(_texts(board))
    assert "Qiyun Tea Lab — FY2027 Marketing Plan" in texts
    assert "12-month member repeat rate" in texts and "Off track" in texts
    assert "CNY" in texts or "¥" in texts
    qtbot.waitUntil(lambda: "Budget — findings: 8" in " ".join(_texts(board)))  # from the Problems panel's run


def test_dashboard_entries_open_their_canvas_and_row(window, qtbot):
    from app.views.dashboard.cards import LinkLabel

    window.open_demo()
    board = window.editors["dashboard"]
    qtbot.waitUntil(lambda: board.summary is not None)
    risk = next(link for link in board.findChildren(LinkLabel) if "Score 12" in link.text())
    risk.clicked.emit()
    assert window.navigator.currentRow() == list(window.editors).index("risks")
    window.navigator.setCurrentRow(0)
    budget = next(
        link for link in window.editors["dashboard"].findChildren(LinkLabel) if link.text() == "Open the budget"
    )
    budget.clicked.emit()
    assert window.editor_stack.currentWidget() is window.editors["budget"]


def test_the_dashboard_follows_an_edit_made_on_another_canvas(window, qtbot):
    window.open_demo()
    window.editors["overview"].edit("title", "Review FY2027")
    window.navigator.setCurrentRow(0)
    board = window.editors["dashboard"]
    qtbot.waitUntil(lambda: "Review FY2027" in _texts(board))
