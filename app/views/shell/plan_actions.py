"""File-menu work of the main window: new, open, sample, Save As,
Duplicate, close. Plan files are handled by services; this only asks the
user and reports."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services.plan.errors import PlanLockedError, PlanReadOnlyError, StratdeckError
from app.views.common import dialogs, settings
from app.views.common.message_text import message_text

log = logging.getLogger(__name__)


class PlanActionsMixin:
    """Mixed into MainWindow; expects its widgets and on_* slots."""

    def open_plan(self, path: str, read_only: bool = False, backup: bool = True) -> bool:
        """Open *path*; a locked or unwritable plan may be opened read-only.
        *backup*: keep the on-open backup (not for a demo just copied from
        the bundled sample: nothing in it is the user's yet).
        Returns whether a plan is now open from *path*."""
        from app.services.plan.storage.plan_file import PlanFile

        keep = settings.backups_to_keep() if backup else 0
        try:
            plan = PlanFile.open(Path(path), read_only=read_only, keep_backups=keep)
        except (PlanLockedError, PlanReadOnlyError) as exc:
            if read_only or not dialogs.ask_open_read_only(self, message_text(exc)):
                return False
            return self.open_plan(path, read_only=True)
        except StratdeckError as exc:
            log.info("refused to open %s: %s", path, exc)
            dialogs.show_error(
                self, QCoreApplication.translate("PlanActionsMixin", "Cannot open plan"), message_text(exc)
            )
            return False
        self._adopt(plan)
        return True

    def _adopt(self, plan) -> None:
        """Make *plan* (a PlanFile) the window's open plan."""
        from app.views.common.plan_document import PlanDocument

        self._close_document()
        self.document = PlanDocument(plan, self)
        self.document.changed.connect(self.on_change)
        self.document.failed.connect(self.on_failed)
        self.document.write_failed.connect(self.on_write_failed)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        if not plan.read_only:
            settings.remember_plan(str(plan.path))
        self.show_workspace()

    def _commit_open_edits(self) -> None:
        """Save what is being typed (a table cell, a field) before the plan
        closes; else the editor would commit into a closed plan."""
        from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication

        focus = QApplication.focusWidget()
        for view in self.findChildren(QAbstractItemView):
            if view.state() == QAbstractItemView.EditingState and focus is not None and view.isAncestorOf(focus):
                view.commitData(focus)
                view.closeEditor(focus, QAbstractItemDelegate.NoHint)
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()  # a field saves on focus-out

    def _close_document(self) -> None:
        if self.document is not None:
            self._commit_open_edits()
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.close()
            self.document.deleteLater()
            self.document = None

    def open_plan_dialog(self) -> None:
        """File › Open."""
        path = dialogs.choose_open_path(self)
        if path:
            self.open_plan(path)

    def new_plan(self) -> None:
        """File › New: the gallery (blank or a template); it does not block."""
        from app.views.shell.new_plan_dialog import NewPlanDialog

        dialog = NewPlanDialog(settings.interface_language(), self)
        dialog.chosen.connect(self.create_plan)
        self.new_plan_dialog = dialog
        dialog.open()

    def create_plan(self, template: str = "", language: str | None = None) -> bool:
        """Ask where, create a plan (blank, or from *template*) and open it."""
        title = QCoreApplication.translate("PlanActionsMixin", "New plan")
        path = dialogs.choose_save_path(
            self, title, suggested_plan_path(template, language or settings.interface_language())
        )
        if not path:
            return False
        if Path(path).exists():
            message = QCoreApplication.translate("PlanActionsMixin", "%s already exists; choose another name.")
            dialogs.show_error(self, title, message % path)
            return False
        from app.services.plan.storage.plan_file import PlanFile

        language = language or settings.interface_language()
        try:
            if template:
                from app.services.plan.templates import create_from_template

                create_from_template(template, language, Path(path), title=Path(path).stem)
                plan = PlanFile.open(Path(path), keep_backups=settings.backups_to_keep())
            else:
                plan = PlanFile.create(Path(path), title=Path(path).stem, language=language)
        except StratdeckError as exc:
            dialogs.show_error(self, title, message_text(exc))
            return False
        self._adopt(plan)
        return True

    def open_demo(self) -> bool:
        """Open a fresh copy of the sample plan in the interface language."""
        from app.services.plan import samples

        try:
            path = samples.create_demo_plan(settings.interface_language())
        except StratdeckError as exc:
            dialogs.show_error(self, QCoreApplication.translate("PlanActionsMixin", "Sample plan"), message_text(exc))
            return False
        return self.open_plan(str(path), backup=False)

    def _write_copy(self, dialog_title: str, error_title: str) -> str | None:
        """Ask for a new path and copy the open plan there (Save As and
        Duplicate); return the path, or None when cancelled or failed."""
        if self.document is None:
            return None
        current = self.document.plan.path
        path = dialogs.choose_save_path(self, dialog_title, str(current.with_name(current.stem + " copy")))
        if not path or Path(path).resolve() == current.resolve():
            return None
        try:
            self.document.plan.save_copy(Path(path))
        except StratdeckError as exc:
            dialogs.show_error(self, error_title, message_text(exc))
            return None
        return path

    def save_as(self) -> None:
        """File › Save As: copy the plan to a new file and continue there."""
        path = self._write_copy(
            QCoreApplication.translate("PlanActionsMixin", "Save plan as"),
            QCoreApplication.translate("PlanActionsMixin", "Save As"),
        )
        if path:
            self.open_plan(path)

    def duplicate(self) -> None:
        """File › Duplicate: write a copy and keep working on this plan."""
        path = self._write_copy(
            QCoreApplication.translate("PlanActionsMixin", "Duplicate plan"),
            QCoreApplication.translate("PlanActionsMixin", "Duplicate"),
        )
        if path:
            message = QCoreApplication.translate("PlanActionsMixin", "Copy written to %s") % path
            self.statusBar().showMessage(message, 8000)

    def close_plan(self) -> None:
        """File › Close: back to the start page."""
        self._close_document()
        settings.forget_last_plan()
        self.show_start_page()

    def closeEvent(self, event) -> None:
        """Quitting keeps the plan as the one to reopen next time."""
        from app.views.deck.worker import wait_for_running_jobs

        wait_for_running_jobs()
        self._close_document()
        super().closeEvent(event)

    def export_deck(self) -> None:
        """File › Export Deck: the export dialog (it does not block)."""
        if self.document is None:
            return
        from app.services.deck import section_choices
        from app.services.plan.rows import plan_language
        from app.views.shell.export_dialog import ExportDeckDialog

        dialog = ExportDeckDialog(self.document.plan.path, section_choices(plan_language(self.document.plan)), self)
        from app.views.review.actions import attach_to_export

        attach_to_export(self, dialog)  # "mark as reviewed": a snapshot before the export
        self.export_dialog = dialog
        dialog.open()

    def present_deck(self, screen=None) -> None:
        """View › Present Deck: render if needed, then full screen."""
        preview = self.editors["deck"] if self.document is not None and "deck" in self.editors else None
        if preview is not None:
            preview.present(screen)

    def choose_backup(self) -> None:
        """File › Restore from Backup: pick one of the plan's backups."""
        if self.document is None or self.document.read_only:
            return
        from app.views.shell.backups_dialog import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.document.plan.path, self)
        dialog.chosen.connect(self.restore_backup)
        self.backup_dialog = dialog
        dialog.open()

    def restore_backup(self, backup: str) -> bool:
        """Replace the plan's content with *backup* (undoable)."""
        from app.views.shell.restore_command import RestoreBackupCommand

        command = RestoreBackupCommand(self.document, Path(backup), settings.backups_to_keep())
        if self.document.execute(command):
            self.statusBar().showMessage(
                QCoreApplication.translate("PlanActionsMixin", "Restored the backup of %s.") % Path(backup).stem[:17],
                8000,
            )
            return True
        return False


def suggested_plan_path(template: str, language: str) -> str:
    """Where Save suggests a new plan: the template's name (or "New plan")
    and the year, in the Documents folder."""
    import datetime as dt

    from PySide6.QtCore import QStandardPaths

    name = QCoreApplication.translate("PlanActionsMixin", "New plan")
    if template:
        from app.services.plan.templates import list_templates

        name = next((t.title for t in list_templates(language) if t.key == template), name)
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / f"{name} {dt.date.today().year}.stratdeck")
