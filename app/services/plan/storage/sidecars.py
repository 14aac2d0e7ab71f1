"""Files SQLite keeps beside a plan (``-journal``, ``-wal``, ``-shm``) that
an editing open must deal with before SQLite sees them: one that does not
belong to the plan is set aside, never applied; a plan in WAL mode is kept
as found before it is converted to the rollback journal."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from app.services.plan.errors import PlanReadOnlyError
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.storage import file_identity, snapshot


def set_aside(files: list[Path], name: str) -> None:
    """Rename sidecar files that do not belong to the plan (a stale or
    foreign ``-wal`` or journal, a FIFO or folder named like one) so SQLite
    never applies them; they are kept for whoever wants to look. A set-aside
    WAL's ``-shm`` index (derived from it) is removed."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for leftover in files:
        try:
            if os.path.lexists(leftover):
                os.replace(leftover, leftover.with_name(f"{leftover.name} (set aside {stamp})"))
            shm = leftover.with_name(leftover.name.removesuffix("-wal") + "-shm")
            if leftover.name.endswith("-wal") and shm.is_file():
                shm.unlink()
        except OSError as exc:
            raise PlanReadOnlyError(
                MESSAGES("sidecar_not_set_aside", plan=name, leftover=leftover.name, reason=exc.strerror or exc)
            ) from None


def wal_original_path(real: Path) -> Path:
    """Where the original of a WAL-mode plan is kept before its conversion."""
    keep = real.with_name(f"{real.stem} (WAL mode original){real.suffix}")
    number = 2
    while keep.exists():
        keep = real.with_name(f"{real.stem} (WAL mode original {number}){real.suffix}")
        number += 1
    return keep


def keep_wal_original(real: Path, name: str) -> None:
    """Keep the plan (and its ``-wal``) as found, beside it, before the
    editing open converts it to the rollback journal."""
    keep = wal_original_path(real)
    try:
        snapshot.copy_file(real, keep)
        wal = file_identity.sidecar(real, "-wal")
        if snapshot.present(wal):
            snapshot.copy_file(wal, file_identity.sidecar(keep, "-wal"))
    except OSError as exc:
        keep.unlink(missing_ok=True)
        file_identity.sidecar(keep, "-wal").unlink(missing_ok=True)
        raise PlanReadOnlyError(MESSAGES("wal_original_not_kept", plan=name, reason=exc.strerror or exc)) from None
