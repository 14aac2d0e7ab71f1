"""Build a deck in a background thread, so the window stays responsive.

The worker opens its own read-only snapshot of the plan file (a validated
private copy), so the user can keep editing while the deck renders and the
deck shows the plan as it was when the export started."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


class DeckJob(QObject):
    """One deck build; emits progress, then finished(result) or failed(message)."""

    progress = Signal(int, int)
    finished = Signal(object)  # the DeckResult of app.services.deck (PptxResult for a PPTX)
    failed = Signal(str)

    def __init__(self, plan_path: Path, target: Path, sections=None, password: str | None = None, fmt: str = "pdf",
                 dividers: str = "auto"):
        super().__init__()
        self.plan_path, self.target = Path(plan_path), Path(target)
        self.sections, self.password, self.fmt, self.dividers = sections, password, fmt, dividers

    @Slot()
    def run(self) -> None:
        """Render the deck (runs in the worker thread)."""
        from app.services.plan.errors import StratdeckError

        try:
            from app.services.deck import build_deck
            from app.services.plan.storage.plan_file import PlanFile

            report = self.progress.emit  # progress(done, total) from the worker thread
            with PlanFile.open(self.plan_path, read_only=True) as plan:
                if self.fmt == "pptx":
                    from app.services.deck.pptx import export_pptx

                    result = export_pptx(plan, self.target, sections=self.sections, dividers=self.dividers,
                                          progress=report)
                else:
                    result = build_deck(plan, self.target, sections=self.sections, password=self.password,
                                        dividers=self.dividers, progress=report)
        except StratdeckError as exc:
            from app.views.common.message_text import message_text

            self.failed.emit(message_text(exc))  # in the interface language, by the message's key
            return
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged with traceback
            log.exception("deck build failed")
            self.failed.emit(f"The deck could not be built: {type(exc).__name__}: {exc}")
            return
        self.finished.emit(result)


_RUNNING: list[tuple[QThread, DeckJob]] = []


def start_job(owner: QObject, job: DeckJob) -> QThread:
    """Run *job* in a new thread. The thread has no Qt parent, so closing the
    widget that asked for the deck cannot destroy a running thread; the
    module keeps both alive until the thread ends. *owner* is kept for
    readability of call sites (the receiver of the job's signals)."""
    thread = QThread()
    job.moveToThread(thread)
    thread.started.connect(job.run)
    # Direct: quit from the worker thread itself, so a GUI thread that is
    # blocked waiting for the job (window closing) does not deadlock.
    job.finished.connect(thread.quit, Qt.DirectConnection)
    job.failed.connect(thread.quit, Qt.DirectConnection)
    entry = (thread, job)
    _RUNNING.append(entry)

    def forget() -> None:
        if entry in _RUNNING:
            _RUNNING.remove(entry)

    thread.finished.connect(forget)
    thread.start()
    return thread


def wait_for_running_jobs(timeout_ms: int = 30_000) -> None:
    """Block until every running deck build has ended (at window close)."""
    for thread, _job in list(_RUNNING):
        thread.wait(timeout_ms)
