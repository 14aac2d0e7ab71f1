"""Temporary files written beside a target and then renamed into place (Save
As copies, backups, new plans, exports), and the sweep that removes those a
killed process left behind.

A temporary file is named ``.stratdeck-[KIND]PID-HOST-RANDOM.tmp``: the
process id and a short digest of the host name. A sweep removes our files
(and their SQLite journals) whose process is gone on this host; a file from
another host, or without those parts, only once it is a day old, because we
cannot see whether its writer still runs."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from functools import cache
from pathlib import Path

from app.services.plan.storage.processes import pid_alive

PREFIX = ".stratdeck-"
ABANDONED_AFTER = 24 * 3600  # seconds, for files whose writer we cannot check
_OURS = re.compile(r"^\.stratdeck-(?:[a-z]+-)?(\d+)-([0-9a-f]{8})-.*\.tmp(?:-journal)?$")


@cache
def host_tag() -> str:
    """Eight hex digits naming this host in temporary file names."""
    import socket  # not at start-up: only a writer needs it

    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def open_temp(folder: Path, kind: str = "") -> tuple[int, Path]:
    """Create a temporary file in *folder* named by this scheme and return
    (open descriptor, path); every writer uses it (copies, backups, new
    plans, exports, the deck), so one sweep knows them all. Raises OSError."""
    prefix = f"{PREFIX}{kind + '-' if kind else ''}{os.getpid()}-{host_tag()}-"
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    return fd, Path(name)


def make_temp(folder: Path, kind: str = "") -> Path:
    """Create an empty temporary file in *folder* (raises OSError)."""
    fd, path = open_temp(folder, kind)
    os.close(fd)
    return path


def _abandoned(entry: Path) -> bool:
    match = _OURS.match(entry.name)
    if match and match[2] == host_tag():
        return not pid_alive(int(match[1]))
    try:
        return time.time() - entry.stat().st_mtime > ABANDONED_AFTER
    except OSError:
        return False


def sweep(folder: Path) -> None:
    """Remove abandoned temporary files of Stratdeck from *folder*; never
    fails (a folder that cannot be read or written is left as it is)."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(PREFIX) and name.endswith((".tmp", ".tmp-journal")) and _abandoned(entry):
            with contextlib.suppress(OSError):
                entry.unlink()
