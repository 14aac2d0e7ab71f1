"""Recovery: reopening after a crash, and restoring a backup undoably."""

from __future__ import annotations

from tests.gui_support import stored


def test_after_a_crash_the_last_plan_reopens_and_the_window_says_so(window, qtbot):
    from app.views.common import settings
    from app.views.shell.app import open_initial_plan
    from app.views.shell.main_window import MainWindow

    assert settings.mark_session_started() is False  # first start: clean
    window.open_demo()
    path = window.document.plan.path
    window.close()  # the process "dies" here: session/running stays true
    crashed = settings.mark_session_started()
    assert crashed is True
    again = MainWindow()
    again.dialog_log = window.dialog_log
    qtbot.addWidget(again)
    open_initial_plan(again, None, False, False, after_crash=crashed)
    assert again.document.plan.path == path
    title, message = window.dialog_log.infos[-1]
    assert "did not close normally" in message and path.stem in message
    again.close()
    settings.mark_session_ended()
    assert settings.mark_session_started() is False


def test_restore_a_backup_then_undo_and_redo_it(window, qtbot):
    from app.services.plan.storage import backups
    from app.views.shell.backups_dialog import RestoreBackupDialog

    window.open_demo()
    path = window.document.plan.path
    original = stored(path, 'SELECT title FROM "plan"')
    window.close_plan()
    assert window.open_plan(str(path))  # opening wrote a backup of the original
    window.editors["overview"].edit("title", "Changed after the backup")
    dialog = RestoreBackupDialog(path, window)
    assert dialog.model.rowCount() == len(backups.list_backups(path)) >= 1
    assert window.restore_backup(str(dialog.paths[0]))
    assert stored(path, 'SELECT title FROM "plan"') == original
    assert window.editors["overview"].title_edit.text() == original
    window.undo_action.trigger()
    assert stored(path, 'SELECT title FROM "plan"') == "Changed after the backup"
    assert window.editors["overview"].title_edit.text() == "Changed after the backup"
    window.redo_action.trigger()
    assert stored(path, 'SELECT title FROM "plan"') == original
    window.undo_action.trigger()  # the restore
    window.undo_action.trigger()  # the title edit
    assert stored(path, 'SELECT title FROM "plan"') == original
