"""A lock file beside an open plan, so a second window or process is told
who has it. A lock left by a killed process on this host is detected by its
PID and cleared."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
from pathlib import Path

from app.services.exchange import temp_files
from app.services.plan.errors import PlanLockedError, PlanReadOnlyError, shown
from app.services.plan.kernel_messages import MESSAGES
from app.services.plan.messages import Message
from app.services.plan.processes import pid_alive


def lock_path_for(plan_path: Path) -> Path:
    """The lock file of *plan_path*: ``.~lock.<name>#`` beside it."""
    return plan_path.with_name(f".~lock.{plan_path.name}#")


def _read_raw(path: Path) -> bytes | None:
    """The bytes of a lock file, or None when it is gone or unreadable."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def _parse_holder(raw: bytes | None) -> dict | None:
    """The holder recorded in a lock file's bytes, or None if garbled."""
    try:
        data = json.loads(raw.decode("utf-8")) if raw is not None else None
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def describe_holder(holder: dict) -> Message:
    """One line naming who holds a lock: user, host and process (a lock file
    from elsewhere may hold anything: control characters are escaped)."""
    return MESSAGES(
        "holder",
        user=shown(holder.get("user", "?")),
        host=shown(holder.get("host", "?")),
        pid=shown(holder.get("pid", "?")),
        since=shown(holder.get("since", "?")),
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
        payload = json.dumps(holder).encode("utf-8")
        for _attempt in range(3):
            try:
                self._create(payload)
            except FileExistsError:
                raw = _read_raw(self.path)
                current = _parse_holder(raw)
                if self._is_stale(current):
                    self._clear_stale(raw)
                    continue
                who = describe_holder(current or {})
                raise PlanLockedError(
                    MESSAGES("locked_by", name=self.plan_path.name, who=who),
                    current or {},
                ) from None
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                    raise PlanReadOnlyError(MESSAGES("folder_read_only", name=self.plan_path.name)) from None
                raise PlanReadOnlyError(
                    MESSAGES("lock_unwritable", name=self.plan_path.name, reason=exc.strerror or exc)
                ) from None
            self.held = True
            return
        raise PlanLockedError(MESSAGES("locked", name=self.plan_path.name), {})

    def _create(self, payload: bytes) -> None:
        """Create the lock file with its content in one step: written to a
        temporary file, then hard-linked to the lock's name, which fails if
        it exists. A lock is never seen empty, so a second opener at the
        same moment cannot take it for a crashed one. Where the file system
        has no hard links, fall back to O_EXCL and a write."""
        tmp = temp_files.make_temp(self.path.parent, "lock")
        try:
            tmp.write_bytes(payload)
            try:
                os.link(tmp, self.path)
                return
            except FileExistsError:
                raise
            except (OSError, NotImplementedError):
                pass  # no hard links here (FAT, some network shares)
        finally:
            tmp.unlink(missing_ok=True)
        fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
        except OSError:
            self.path.unlink(missing_ok=True)
            raise

    def _clear_stale(self, raw: bytes | None) -> None:
        """Remove the stale lock whose bytes were *raw*, unless another
        opener replaced it meanwhile: it is renamed away first (atomic), and
        put back when what was renamed is not what was judged stale."""
        try:
            claim = temp_files.make_temp(self.path.parent, "stale")
        except OSError:
            self.path.unlink(missing_ok=True)
            return
        try:
            os.replace(self.path, claim)
        except OSError:
            claim.unlink(missing_ok=True)
            return  # gone already: someone else cleared it
        if _read_raw(claim) != raw:
            with contextlib.suppress(OSError):
                os.link(claim, self.path)  # a fresh lock: give it back
        claim.unlink(missing_ok=True)

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
