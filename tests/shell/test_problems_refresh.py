"""The Problems panel follows edits at once on a quick plan and after a
pause when the rules are slow, so typing never waits for them."""

from __future__ import annotations


def _titles(window):
    return [f.message for f in window.problems.model.findings]


def test_quick_rules_refresh_on_every_edit(window, qtbot):
    window.open_demo()
    window.problems.last_run_seconds = 0.0
    window.editors["overview"].edit("title", "")
    assert "The plan has no title." in _titles(window)


def test_slow_rules_refresh_once_typing_pauses(window, qtbot, monkeypatch):
    window.open_demo()
    panel = window.problems
    monkeypatch.setattr(type(panel), "PAUSE_MS", 50)
    runs = []
    original = panel.refresh

    def counted(plan):
        runs.append(plan)
        original(plan)
        panel.last_run_seconds = 1.0  # pretend the rules are slow

    monkeypatch.setattr(panel, "refresh", counted)
    panel.last_run_seconds = 1.0
    editor = window.editors["overview"]
    for text in ("A", "AB", ""):
        editor.edit("title", text)
    assert runs == []  # nothing ran while "typing"
    qtbot.waitUntil(lambda: len(runs) == 1)
    assert "The plan has no title." in _titles(window)
    qtbot.wait(120)
    assert len(runs) == 1  # one run for the burst


def test_a_pending_refresh_is_dropped_when_the_plan_closes(window, qtbot, monkeypatch):
    window.open_demo()
    panel = window.problems
    monkeypatch.setattr(type(panel), "PAUSE_MS", 30)
    panel.last_run_seconds = 1.0
    window.editors["overview"].edit("title", "")
    window.close_plan()
    qtbot.wait(100)  # the timer fires on a closed plan: nothing happens, no error
    assert panel.model.findings == []
