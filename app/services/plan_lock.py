"""A lock file beside an open plan, so a second window or process is told
who has it. A lock left by a killed process on this host is detected by its
PID and cleared."""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import socket
from pathlib import Path

from app.services.errors import PlanLockedError, PlanReadOnlyError


def lock_path_for(plan_path: Path) -> Path:
    """The lock file of *plan_path*: ``.~lock.<name>#`` beside it."""
    return plan_path.with_name(f".~lock.{plan_path.name}#")


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


def _read_holder(path: Path) -> dict | None:
    """The holder recorded in a lock file, or None if unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def describe_holder(holder: dict) -> str:
    """One line naming who holds a lock: user, host and process."""
    return (
        f"{holder.get('user', '?')} on {holder.get('host', '?')} "
        f"(process {holder.get('pid', '?')}, since {holder.get('since', '?')})"
    )


class PlanLock:
    """Exclusive lock on a plan path; release() removes the lock file."""

    def __init__(self, plan_path: Path):
        self.path = lock_path_for(plan_path)
        self.plan_path = plan_path
        self.held = False

    def acquire(self) -> None:
        """Take the lock or raise PlanLockedError / PlanReadOnlyError."""
        holder = {
            "app": "stratdeck",
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "user": getpass.getuser(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                current = _read_holder(self.path)
                if self._is_stale(current):
                    self.path.unlink(missing_ok=True)
                    continue
                who = describe_holder(current or {})
                raise PlanLockedError(
                    f"{self.plan_path.name} is already open by {who}. You can open it read-only.",
                    current or {},
                ) from None
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                    raise PlanReadOnlyError(
                        f"The folder of {self.plan_path.name} cannot be written, "
                        "so the plan can only be opened read-only."
                    ) from None
                raise PlanReadOnlyError(f"Cannot lock {self.plan_path.name}: {exc.strerror}.") from None
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(holder, handle)
            except OSError as exc:  # e.g. the disk is full
                self.path.unlink(missing_ok=True)
                raise PlanReadOnlyError(
                    f"{self.plan_path.name} cannot be opened for editing: its lock file could not be written "
                    f"({exc.strerror or exc}). You can open it read-only."
                ) from None
            self.held = True
            return
        raise PlanLockedError(f"{self.plan_path.name} is locked by another process.", {})

    @staticmethod
    def _is_stale(holder: dict | None) -> bool:
        """A lock is stale when its holder process on this host is gone."""
        if holder is None:
            return True  # empty or garbled lock: a crash while writing it
        if holder.get("host") != socket.gethostname():
            return False
        pid = holder.get("pid")
        return type(pid) is not int or not pid_alive(pid)  # true/false are not process ids

    def release(self) -> None:
        """Remove the lock file if we hold it."""
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
