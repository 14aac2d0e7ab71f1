"""Forging what other programs leave beside a plan: a hot journal of a
killed writer, a WAL written by a tool that switched the plan to WAL mode,
a stale WAL or journal from another copy. Raw sqlite3 only."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

HOT_JOURNAL_CHILD = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN IMMEDIATE")
conn.execute('UPDATE "plan" SET title = ?', (sys.argv[2],))
conn.execute('UPDATE "plan" SET market_context = hex(randomblob(40000))')
os.kill(os.getpid(), signal.SIGKILL)
"""


def leave_hot_journal(plan: Path, title: str = "never committed") -> Path:
    """Kill a writer of *plan* mid-transaction (its pages spilled to the
    file), leaving a hot journal; return the journal's path."""
    subprocess.run([sys.executable, "-c", HOT_JOURNAL_CHILD, str(plan), title], check=False)
    journal = Path(f"{plan}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return journal


def wal_snapshot(plan: Path, target: Path, *statements: str) -> None:
    """Copy *plan* to *target* as another tool would leave it: switched to
    WAL mode, *statements* committed into its ``-wal`` (not checkpointed)."""
    work = target.with_name(target.name + ".work")
    shutil.copyfile(plan, work)
    conn = sqlite3.connect(work, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        for statement in statements:
            conn.execute(statement)
        shutil.copyfile(work, target)  # while the connection is open the WAL holds the commits
        shutil.copyfile(f"{work}-wal", f"{target}-wal")
    finally:
        conn.close()
    for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
        leftover.unlink(missing_ok=True)


def header_mode(plan: Path) -> tuple[int, int]:
    """Bytes 18 and 19 of the header: (1, 1) rollback journal, (2, 2) WAL."""
    head = Path(plan).read_bytes()[:20]
    return head[18], head[19]
