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


def process_started(pid: int) -> str | None:
    """When process *pid* started, as an opaque stamp (boot id and start
    time in clock ticks), or None where this cannot be read (no /proc, no
    such process). Two different processes never share a stamp, so a lock
    recording it is recognised as stale once its pid is reused."""
    try:
        with open(f"/proc/{int(pid)}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        with open("/proc/sys/kernel/random/boot_id", "rb") as handle:
            boot = handle.read().strip().decode("ascii", "replace")
        return f"{boot}:{int(fields[19])}"
    except (OSError, IndexError, ValueError, OverflowError):
        return None


def process_start_epoch(pid: int) -> float | None:
    """When process *pid* started, in seconds since the epoch (to within a
    clock tick), or None where this cannot be read."""
    stamp = process_started(pid)
    try:
        with open("/proc/stat", "rb") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith(b"btime "))
        return boot + int(stamp.rsplit(":", 1)[1]) / os.sysconf("SC_CLK_TCK") if stamp else None
    except (OSError, StopIteration, ValueError, IndexError):
        return None
