"""Disk trouble in the window (reliability cases 2-4): after random edits a
write fails (disk full, plan deleted or moved, a real full file system);
the window says the change was not saved and how to keep the work, the
status says Not saved, File › Save As rescues everything saved into another
folder, and editing goes on there. A plan on a read-only disk opens
read-only and Save As makes an editable copy."""

from __future__ import annotations

import contextlib
import random

import pytest
from edit_ops import random_field_edit, random_text
from reliability_support import base_seed, fill_disk, plan_state, remount_read_only, tmpfs

from app.services.plan.storage.plan_file import PlanFile
from tests.gui_support import stored

FAILURES = ("disk full", "deleted", "moved", "real full disk")


def random_edits(window, rng: random.Random, count: int) -> None:
    """Edits as the editor makes them: fields (some refused) and objectives."""
    from app.views.overview.commands import AddObjectiveCommand

    editor = window.editors["overview"]
    for _ in range(count):
        if rng.random() < 0.7:
            op = random_field_edit(rng)
            editor.edit(op["field"], op["value"])
        else:
            text = random_text(rng, 200)
            assert window.document.execute(AddObjectiveCommand(window.document, rng.randint(0, 3), text))
    assert not window.dialog_log.errors


def break_the_disk(window, how: str, tmp_path) -> None:
    plan = window.document.plan
    if how == "disk full":
        pages = plan.conn.execute("PRAGMA page_count").fetchone()[0]
        plan.conn.execute(f"PRAGMA max_page_count = {pages}")
    elif how == "deleted":
        plan.path.unlink()
    elif how == "moved":
        plan.path.rename(tmp_path / "Moved by someone.stratdeck")
    else:
        fill_disk(plan.path.parent, 0)


@pytest.mark.parametrize("how", FAILURES)
def test_failed_write_says_not_saved_and_save_as_rescues_the_work(window, tmp_path, how):
    rng = random.Random(f"{base_seed()}-{how}")
    (tmp_path / "plans").mkdir()
    place = tmpfs(tmp_path / "disk", 768) if how == "real full disk" else contextlib.nullcontext(tmp_path / "plans")
    with place as folder:
        path = folder / "Plan.stratdeck"
        PlanFile.create(path, title="At risk").close()
        assert window.open_plan(str(path))
        random_edits(window, rng, 12)
        saved = plan_state(window.document.plan.conn)
        break_the_disk(window, how, tmp_path)

        assert window.editors["overview"].edit("market_context", "长文本" * 30000) is False
        title, message = window.dialog_log.errors[-1]
        assert title == "Change not saved"
        assert "was not saved" in message and "Save As" in message
        assert window.save_state.text() == "Not saved"
        assert plan_state(window.document.plan.conn) == saved

        rescue = tmp_path / "rescue" / "Rescued.stratdeck"
        rescue.parent.mkdir()
        window.dialog_log.save_path = str(rescue)
        window.save_as()
        assert len(window.dialog_log.errors) == 1
    assert window.document.plan.path == rescue and not window.document.read_only
    assert plan_state(window.document.plan.conn) == saved
    # The app keeps running: edits, undo and the status go on in the copy.
    assert window.editors["overview"].edit("owner", "Rescued") is True
    assert window.save_state.text().startswith("Saved")
    assert stored(rescue, 'SELECT owner FROM "plan"') == "Rescued"
    window.undo_action.trigger()
    assert stored(rescue, 'SELECT owner FROM "plan"') == saved["plan"]["owner"]


def test_plan_on_a_read_only_disk_opens_read_only_and_save_as_makes_it_editable(window, tmp_path):
    with tmpfs(tmp_path / "disk", 512) as disk:
        path = disk / "Shared.stratdeck"
        PlanFile.create(path, title="Shared").close()
        remount_read_only(disk)
        assert window.open_plan(str(path))
        assert "can only be opened read-only" in window.dialog_log.read_only_questions[0]
        assert window.document.read_only and "[read-only]" in window.windowTitle()
        target = tmp_path / "Mine.stratdeck"
        window.dialog_log.save_path = str(target)
        window.save_as()
    assert window.document.plan.path == target and not window.document.read_only
    assert window.editors["overview"].edit("title", "Mine now") is True
    assert stored(target, 'SELECT title FROM "plan"') == "Mine now"
