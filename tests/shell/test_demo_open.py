"""Help › Open Sample Plan: a fresh copy of the bundled sample, editable at
once; no on-open backup of it (nothing in it is the user's yet), while any
other plan the user opens keeps one."""

from __future__ import annotations


def test_the_demo_opens_editable_without_a_backup_and_a_plan_keeps_one(window, tmp_path):
    from app.services.plan import samples
    from app.services.plan.storage import backups

    assert window.open_demo()
    demo = window.document.plan.path
    assert not window.document.read_only
    assert backups.list_backups(demo) == []
    mine = samples.create_demo_plan("en", tmp_path)
    assert window.open_plan(str(mine))
    assert len(backups.list_backups(mine)) == 1
