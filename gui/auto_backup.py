"""Automatic backups (自动备份): the first start of each day copies the database in a worker.

The copy goes to the backups folder (models.paths.backup_dir()) under an
automatic backup's name; models.backup decides whether one is due (none of
this database dated today is in the folder), makes it with its own sqlite3
connection, and lets old automatic copies go (14 daily, 12 month-end). The
clerk is never kept waiting. A failure is never silent: it stays on the main
window's status bar and goes to the log ("frontdesk.backup").

The "last good backup" shown in Settings is the newest file in the backups
folder (and in the folder this desk last backed up into by hand) that carries
a FrontDesk backup's name: a backup gets its name only after it passed
verify_backup.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from models import backup, clock, paths
from models import db as dbmod
from models.errors import DomainError

from .desk import desk_settings
from .errors import error_text
from .widgets.worker import Task, start_task

log = logging.getLogger("frontdesk.backup")


class AutomaticBackups(QObject):
    """Starts today's automatic backup when due; shows how it ended on the window's status bar."""

    def __init__(
        self, window: QMainWindow, db_path: str | Path | None = None, folder: str | Path | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        current = db_path or dbmod.current_path()
        self.db_path = Path(current) if current else None
        self.folder = Path(folder) if folder else paths.backup_dir()
        self.task: Task | None = None
        self.result: backup.AutomaticBackup | None = None
        self.error: BaseException | None = None
        self.label = QLabel()
        self.label.setObjectName("automaticBackupStatus")
        self.label.setStyleSheet("color: #b00020;")
        self.label.hide()
        window.statusBar().addWidget(self.label)

    def start_if_due(self) -> Task | None:
        """Start the backup in a worker if none of this database is dated today; else None."""
        if self.db_path is None:
            return None
        when = clock.now()
        if not backup.automatic_backup_due(self.db_path, self.folder, when.date()):
            return None
        db_path, folder = self.db_path, self.folder
        self.task = start_task(
            lambda _progress: backup.automatic_backup(db_path, folder, when), self, uses_database=False
        )
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        return self.task

    def _finished(self, result: backup.AutomaticBackup) -> None:
        self.result = result
        log.info("automatic backup of %s written to %s", self.db_path, result.path)
        for name in result.deleted:
            log.info("old automatic backup deleted: %s", self.folder / name)
        self.label.hide()
        self.window.statusBar().showMessage(
            self.tr("Backed up automatically to {path}").format(path=result.path), 10_000
        )

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        if isinstance(exc, DomainError):
            log.error("automatic backup of %s into %s failed: %s", self.db_path, self.folder, exc.text())
        else:
            log.error("automatic backup of %s into %s failed", self.db_path, self.folder, exc_info=exc)
        text = self.tr("Automatic backup failed: {error}").format(error=error_text(exc))
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.show()


def age_text(age: dt.timedelta) -> str:
    """How long ago, roughly, in the clerk's language."""
    translate = QCoreApplication.translate
    minutes = max(0, int(age.total_seconds() // 60))
    if minutes < 60:
        return translate("AutomaticBackups", "{n} min ago").format(n=minutes)
    if minutes < 48 * 60:
        return translate("AutomaticBackups", "{n} h ago").format(n=minutes // 60)
    return translate("AutomaticBackups", "{n} days ago").format(n=minutes // (24 * 60))


def backup_folders() -> list[Path]:
    """Where this desk's backups go: the automatic folder and the last folder chosen by hand."""
    folders = [paths.backup_dir()]
    chosen = desk_settings().value("backup/folder")
    if chosen and Path(str(chosen)) not in folders:
        folders.append(Path(str(chosen)))
    return folders


def last_backup_text(db_path: Path | None = None, now: dt.datetime | None = None) -> str:
    """'Last good backup: … (… ago)' for Settings, or that there is none yet."""
    translate = QCoreApplication.translate
    db_path = db_path or dbmod.current_path()
    found = backup.last_good_backup(db_path, backup_folders()) if db_path else None
    if found is None:
        return translate("AutomaticBackups", "Last good backup: none yet")
    path, when = found
    return translate("AutomaticBackups", "Last good backup: {when} ({age}), {path}").format(
        when=when.strftime("%Y-%m-%d %H:%M"), age=age_text((now or clock.now()) - when), path=path
    )
