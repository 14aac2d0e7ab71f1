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
from app.services.plan.storage import file_identity, safe_files
from app.services.plan.storage.processes import pid_alive, process_start_epoch, process_started


def lock_path_for(plan_path: Path) -> Path:
    """The lock file of *plan_path*: ``.~lock.<name>#`` beside it."""
    return plan_path.with_name(f".~lock.{plan_path.name}#")


MAX_LOCK_BYTES = 64 * 1024  # a lock holds a few lines of JSON


def _read_raw(path: Path) -> bytes | None:
    """The bytes of a lock file, or None when it is gone, unreadable, not a
    regular file (a FIFO would block a plain read) or far too large."""
    try:
        return safe_files.read_regular(path, MAX_LOCK_BYTES)
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


class _LockFile:
    """One lock file, created whole (never seen empty) and cleared only when stale."""

    def __init__(self, path: Path, key: tuple[int, int] | None = None):
        self.path = path
        self.key = key  # an identity lock: the (device, inode) its holder's plan must still have
        self.held = False

    def try_acquire(self, payload: bytes) -> dict | None:
        """Take the lock; return None, or the holder of a live lock (a dict,
        empty when unknown). OSError when the lock cannot be written."""
        for _attempt in range(3):
            try:
                self._create(payload)
            except FileExistsError:
                raw = _read_raw(self.path)
                current = _parse_holder(raw)
                moved_on = self.key is not None and not _still_names(current, self.key)
                if moved_on or _is_stale(current, _written_at(self.path)):
                    self._clear_stale(raw)
                    continue
                return current or {}
            self.held = True
            return None
        return {}

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

    def release(self) -> None:
        """Remove the lock file if we hold it."""
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False


def _still_names(holder: dict | None, key: tuple[int, int]) -> bool:
    """Whether the plan path recorded in an identity lock still names the
    file with *key*; if not, that file is gone and its inode was reused."""
    plan = holder.get("plan") if holder else None
    return isinstance(plan, str) and file_identity.file_key(Path(plan)) == key


def _written_at(path: Path) -> float | None:
    """When the lock file was last written (seconds since the epoch)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return None


def _is_stale(holder: dict | None, written_at: float | None = None) -> bool:
    """A lock is stale when its holder process on this host is gone, or
    when its pid now belongs to another process: the start time recorded in
    the lock differs from the running process's, or (a lock written before
    start times were recorded) that process started after the lock was
    written, so it cannot have written it (the pid was reused, e.g. after a
    reboot)."""
    if holder is None:
        return True  # empty or garbled lock: a crash while writing it
    if holder.get("host") != socket.gethostname():
        return False
    pid = holder.get("pid")
    if type(pid) is not int or not pid_alive(pid):  # true/false are not process ids
        return True
    recorded = holder.get("started")
    if not isinstance(recorded, str):
        started_at = process_start_epoch(pid)
        # a margin for clocks: a lock on a network share carries the server's time
        return started_at is not None and written_at is not None and started_at > written_at + 120
    running = process_started(pid)
    return running is not None and running != recorded


class PlanLock:
    """Exclusive lock on a plan file; release() removes the lock files.

    Two lock files: ``.~lock.NAME#`` beside the plan's real path (seen by
    every host sharing the folder, and naming who holds it), and an identity
    lock named by the file's device and inode in a host-wide folder, so a
    hard link to the plan in another folder is the same plan."""

    def __init__(self, plan_path: Path, name: str | None = None):
        self.plan_path = Path(plan_path)
        self.name = name or self.plan_path.name
        self.path = lock_path_for(self.plan_path)
        self._files = [_LockFile(self.path)]
        identity = file_identity.identity_lock_path(self.plan_path)
        if identity is not None:
            self._files.append(_LockFile(identity, file_identity.file_key(self.plan_path)))

    @property
    def held(self) -> bool:
        """Whether this lock holds the plan."""
        return self._files[0].held

    def acquire(self) -> None:
        """Take the lock or raise PlanLockedError / PlanReadOnlyError."""
        holder = {
            "app": "stratdeck",
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started": process_started(os.getpid()),
            "user": getpass.getuser(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
            "plan": os.fspath(self.plan_path),  # JSON escapes a name that is not UTF-8
        }
        payload = json.dumps(holder).encode("utf-8")
        for index, lock_file in enumerate(self._files):
            try:
                current = lock_file.try_acquire(payload)
            except OSError as exc:
                if index:
                    continue  # the host-wide folder is a second line; the lock beside the plan is held
                self.release()
                if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                    raise PlanReadOnlyError(MESSAGES("folder_read_only", name=self.name)) from None
                reason = exc.strerror or exc
                raise PlanReadOnlyError(MESSAGES("lock_unwritable", name=self.name, reason=reason)) from None
            if current is not None:
                self.release()
                if not current:
                    raise PlanLockedError(MESSAGES("locked", name=self.name), {})
                raise PlanLockedError(MESSAGES("locked_by", name=self.name, who=describe_holder(current)), current)

    def release(self) -> None:
        """Remove the lock files we hold."""
        for lock_file in reversed(self._files):
            lock_file.release()
