"""Which file a path names, so that a plan opened by two spellings of its
path, through a symlink or a hard link, is recognised as one plan.

SQLite names the journal and the WAL after the path it is given, and
follows symlinks to the real file; locks and our own checks therefore use
the real path too. Hard links have no single real path: they are matched by
device and inode (on Windows ``st_ino`` is the file id)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

IDENTITY_LOCKS = "stratdeck-locks"  # folder in the system's temporary folder


def real_path(path: Path) -> Path:
    """The absolute path of the file *path* names, symlinks resolved (a path
    that does not exist yet is resolved as far as it exists)."""
    return Path(os.path.realpath(os.path.abspath(path)))


def sidecar(real: Path, suffix: str) -> Path:
    """SQLite's ``-journal`` / ``-wal`` / ``-shm`` file of the real plan path."""
    return real.with_name(real.name + suffix)


def file_key(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file *path* names, or None when it cannot be stat'ed."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file (any spelling, symlink or hard link)."""
    one, two = file_key(first), file_key(second)
    if one is not None and two is not None:
        return one == two
    return real_path(first) == real_path(second)


def identity_lock_dir() -> Path | None:
    """The host-wide folder of identity locks (one per plan file, named by
    device and inode), shared by every user of this machine; None when it
    cannot be made or written."""
    folder = Path(tempfile.gettempdir()) / IDENTITY_LOCKS
    try:
        folder.mkdir(exist_ok=True)
        if folder.stat().st_mode & 0o1777 != 0o1777 and os.name == "posix":
            try:
                os.chmod(folder, 0o1777)  # like /tmp: everyone may add, only owners remove
            except PermissionError:
                pass  # someone else's folder: usable if it lets us write
        if not os.access(folder, os.W_OK):
            return None
    except OSError:
        return None
    return folder


def identity_lock_path(plan: Path) -> Path | None:
    """The identity lock of the plan file *plan*, or None (no such file,
    or no folder for identity locks)."""
    key = file_key(plan)
    folder = identity_lock_dir() if key is not None else None
    if folder is None or key is None:
        return None
    return folder / f"{key[0]}-{key[1]}.lock"
