"""Reading files that someone else may have put in place: only regular files
are read, and never more than a cap.

A FIFO blocks ``open()`` until a writer appears, a character device such as
``/dev/zero`` never ends, and ``stat()`` reports 0 bytes for both. So a file
is opened with ``O_NONBLOCK`` (which never blocks, even on a FIFO), checked
with ``fstat`` on that open descriptor (no race with a rename), and read in
chunks that stop at the cap."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.services.plan.kernel_messages import MESSAGES as KERNEL
from app.services.plan.messages import Term

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)


class NotRegularFile(OSError):
    """The path names a FIFO, a device, a socket or a folder."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


class FileTooLarge(OSError):
    """The file holds more than the cap allowed."""


def kind_of(mode: int) -> Term:
    """What a non-regular file is, in words (a term of the messages)."""
    if stat.S_ISDIR(mode):
        return Term("a folder")
    if stat.S_ISFIFO(mode):
        return Term("a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Term("a device")
    if stat.S_ISSOCK(mode):
        return Term("a socket")
    return Term("not a plain file")


def open_regular(path: Path) -> int:
    """Open *path* for reading without blocking and return the descriptor;
    raise NotRegularFile (descriptor closed) unless it is a regular file.
    Other failures are the usual OSError (FileNotFoundError…)."""
    fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_BINARY | _O_NOCTTY)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(kind_of(mode))
        if _O_NONBLOCK and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path, limit: int, *, head: bool = False) -> bytes:
    """The bytes of the regular file *path*; FileTooLarge when it holds more
    than *limit* bytes (checked while reading, so a file that grows, or
    lies about its size, is never read past the cap). With *head*, return
    just the first *limit* bytes instead of refusing."""
    fd = open_regular(path)
    try:
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                if head:
                    return b"".join(chunks)[:limit]
                raise FileTooLarge(f"more than {limit} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)


def not_regular_message(name: str, kind: str):
    """The refusal of a file that is not a regular file (a message by key)."""
    return KERNEL("not_regular_file", file=name, kind=Term(kind))


def is_regular(path: Path) -> bool:
    """Whether *path* is a regular file (not following the check with a read)."""
    try:
        os.close(open_regular(path))
    except OSError:
        return False
    return True
