"""Whether a process runs on this host: decides when a lock file or a
temporary file was left behind by a process that no longer exists."""

from __future__ import annotations

import os


def pid_alive(pid: int) -> bool:
    """True when a process with *pid* exists on this host."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OSError, OverflowError):  # beyond a C int: no such process can exist
        return False
    return True
