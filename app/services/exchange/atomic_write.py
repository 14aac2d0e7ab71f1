"""Write an export file whole or not at all: a temporary file in the same
folder, flushed to disk, then renamed over the target. A killed or failed
write leaves the previous file (or nothing) and no temporary file behind
(temp_files sweeps those of dead processes)."""

from __future__ import annotations

import os
from pathlib import Path

from app.services.exchange import temp_files
from app.services.plan.errors import PlanWriteError
from app.services.plan.kernel_messages import MESSAGES


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _file_mode()


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write *data* to *target* through a temporary file and a rename;
    raise PlanWriteError with a readable reason when the disk refuses."""
    target = Path(target)
    if target.is_dir():
        raise PlanWriteError(MESSAGES("target_is_folder", target=target))
    temp_files.sweep(target.parent)
    try:
        tmp_name = temp_files.make_temp(target.parent)
    except FileNotFoundError:
        raise PlanWriteError(MESSAGES("no_folder", folder=target.parent)) from None
    except OSError as exc:
        raise PlanWriteError(MESSAGES("cannot_write_to", folder=target.parent, reason=exc.strerror)) from None
    try:
        with open(tmp_name, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # an existing file keeps its mode; a new one gets a document's usual
        # mode, not the temporary file's private 0600
        os.chmod(tmp_name, target.stat().st_mode & 0o777 if target.exists() else _FILE_MODE)
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise PlanWriteError(MESSAGES("could_not_write", name=target.name, reason=exc.strerror)) from None


def write_text_atomic(target: Path, text: str, encoding: str = "utf-8") -> None:
    """Write *text* (newlines kept as given) to *target* atomically."""
    write_bytes_atomic(target, text.encode(encoding))
