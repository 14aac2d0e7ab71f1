"""The review cycle in the app: Take Snapshot, the Snapshots list, Compare,
Send a Copy, Merge a Copy with its conflict resolver (one undo step) and
"mark as reviewed" in the deck export dialog."""

from __future__ import annotations

import pytest

from app.services.plan.storage.plan_file import PlanFile
from app.services.review import snapshots
from tests.gui_support import stored, stored_rows


@pytest.fixture
def window(window):
    """The shared main window with the English sample plan open."""
    assert window.open_demo()
    return window


def _action(window, name):
    from PySide6.QtGui import QAction

    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def test_take_snapshot_from_the_menu_then_undo_and_redo(window):
    _action(window, "action-take-snapshot").trigger()
    dialog = window.take_snapshot_dialog
    dialog.name_edit.setText("")
    assert not dialog.take()
    assert dialog.message.text() == "Give the snapshot a name."
    dialog.name_edit.setText("Q2 review")
    dialog.note_edit.setPlainText("Board approved the budget")
    assert dialog.take()
    path = window.document.plan.path
    assert stored_rows(path, "SELECT name, note, kind FROM plan_snapshot") == [
        ("Q2 review", "Board approved the budget", "manual")
    ]
    assert "Snapshot “Q2 review” taken." in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert stored(path, "SELECT count(*) FROM plan_snapshot") == 0
    window.redo_action.trigger()
    assert stored_rows(path, "SELECT name FROM plan_snapshot") == [("Q2 review",)]


def test_snapshots_list_compare_and_delete(window):
    from app.views.review import actions

    actions.record_snapshot(window, "Kick-off")
    window.editors["overview"].edit("owner", "Wang Fang")
    _action(window, "action-snapshots").trigger()
    dialog = window.snapshots_dialog
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(0) == "Kick-off"
    dialog.buttons["compare"].click()
    view = window.compare_view
    assert view.old_box.currentText().startswith("Snapshot “Kick-off”")
    assert view.new_box.currentText() == "The plan now"
    assert view.summary.text().startswith("0 added, 0 removed, 1 changed")
    top = view.tree.topLevelItem(0)
    assert top.text(0) == "Overview (1)"
    change = top.child(0)
    assert change.text(0).startswith("Changed: plan")
    field = change.child(0)
    assert (field.text(0), field.text(2)) == ("owner", "Wang Fang")
    dialog.buttons["delete"].click()
    assert dialog.tree.topLevelItemCount() == 0
    assert stored(window.document.plan.path, "SELECT count(*) FROM plan_snapshot") == 0
    window.undo_action.trigger()  # the open list follows undo
    assert dialog.tree.topLevelItemCount() == 1


def test_open_a_snapshot_read_only_in_its_own_window(window, qtbot):
    from app.views.review import actions

    actions.record_snapshot(window, "Kick-off")
    info = snapshots.list_snapshots(window.document.plan)[0]
    other = actions.open_snapshot(window, info.id)
    qtbot.addWidget(other)
    assert other.document.read_only
    assert "Kick-off" in other.windowTitle() and "[read-only]" in other.windowTitle()
    folder = other.snapshot_folder.folder
    assert folder.is_dir()
    other.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=2000)  # the temporary snapshot file goes with the window


def test_send_a_copy_then_merge_it_back_resolving_a_conflict_in_one_undo_step(window, tmp_path):
    from app.views.review import actions

    copy_path = tmp_path / "For Li.stratdeck"
    window.dialog_log.save_path = str(copy_path)
    assert actions.send_copy(window) == str(copy_path)
    with PlanFile.open(copy_path, keep_backups=0) as other, other.transaction() as conn:
        conn.execute("UPDATE plan SET owner = 'Li', brand = 'Theirs brand'")
    window.editors["overview"].edit("owner", "Me")
    path = window.document.plan.path
    dialog = actions.merge_copy(window, str(copy_path))
    assert len(dialog.conflicts) == 1 and dialog.conflicts[0].field == "owner"
    assert not dialog.merge()
    assert dialog.message.text() == "Choose mine, theirs or an edited value for every conflict."
    dialog.choose(dialog.conflicts[0].id, "edit", "Me and Li")
    assert dialog.merge()
    assert stored_rows(path, 'SELECT owner, brand FROM "plan"') == [("Me and Li", "Theirs brand")]
    window.undo_action.trigger()
    assert stored_rows(path, 'SELECT owner FROM "plan"') == [("Me",)]
    assert stored(path, 'SELECT brand FROM "plan"') != "Theirs brand"
    window.redo_action.trigger()
    assert stored_rows(path, 'SELECT owner, brand FROM "plan"') == [("Me and Li", "Theirs brand")]


def test_merging_a_copy_of_another_plan_is_refused_with_a_message(window, tmp_path):
    from app.views.review import actions

    other = tmp_path / "Other.stratdeck"
    PlanFile.create(other, title="Other").close()
    assert actions.merge_copy(window, str(other)) is None
    title, message = window.dialog_log.errors[-1]
    assert title == "Merge a copy" and "not copies of the same plan" in message


def test_mark_as_reviewed_takes_a_snapshot_before_the_export(window, qtbot, tmp_path):
    window.export_deck()
    dialog = window.export_dialog
    assert dialog.review_box.isVisibleTo(dialog)
    dialog.review_box.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "Board.pdf"))
    for key, box in dialog.boxes.items():
        box.setChecked(key == "overview")
    assert dialog.start_export()
    rows = stored_rows(window.document.plan.path, "SELECT kind, note FROM plan_snapshot")
    assert rows == [("review", "Deck exported to Board.pdf")]
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=30_000)


def test_restore_a_snapshot_as_a_new_plan_from_the_list(window, tmp_path):
    from app.views.review import actions

    actions.record_snapshot(window, "Kick-off")
    window.editors["overview"].edit("owner", "Later owner")
    actions.show_snapshots(window)
    target = tmp_path / "Kick-off plan.stratdeck"
    window.dialog_log.save_path = str(target)
    window.snapshots_dialog.buttons["restore"].click()
    assert stored(target, 'SELECT owner FROM "plan"') != "Later owner"
    assert stored(target, "SELECT name FROM plan_snapshot") == "Kick-off"
    assert str(target) in window.statusBar().currentMessage()


def test_compare_with_another_copy_of_the_plan(window, tmp_path):
    from app.views.review import actions
    from app.views.review.compare_view import LIVE

    copy_path = tmp_path / "copy.stratdeck"
    window.document.plan.save_copy(copy_path)
    with PlanFile.open(copy_path, keep_backups=0) as other, other.transaction() as conn:
        conn.execute("DELETE FROM key_date WHERE position = 0")
    view = actions.show_compare(window, LIVE, str(copy_path))
    assert view.new_box.currentText() == "Copy: copy.stratdeck"
    assert view.summary.text().startswith("0 added, 1 removed, 0 changed")
    other = tmp_path / "other.stratdeck"
    PlanFile.create(other).close()
    view.choose(LIVE, str(other))
    assert view.summary.text() == "These are not copies of the same plan (their plan ids differ)."


def test_a_read_only_plan_can_be_compared_but_not_snapshotted_or_merged(window):
    from app.views.review import actions

    path = window.document.plan.path
    actions.record_snapshot(window, "Kick-off")
    window.close_plan()
    assert window.open_plan(str(path), read_only=True)
    enabled = {
        name: _action(window, name).isEnabled()
        for name in (
            "action-take-snapshot",
            "action-snapshots",
            "action-compare",
            "action-merge-copy",
            "action-send-copy",
        )
    }
    assert enabled == {
        "action-take-snapshot": False,
        "action-snapshots": True,
        "action-compare": True,
        "action-merge-copy": False,
        "action-send-copy": False,
    }
    actions.show_snapshots(window)
    assert not window.snapshots_dialog.buttons["delete"].isEnabled()
    assert window.snapshots_dialog.buttons["compare"].isEnabled()
