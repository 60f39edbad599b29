"""Nothing fails silently: a rotating log file and a hook for every unexpected error.

A windowed Windows build has no console, so an exception that escapes a slot or
a worker would vanish. ``install()`` sends the ``frontdesk`` loggers (and Qt's
own warnings) to ``frontdesk.log`` in the data folder's ``logs/`` (1 MB, five
old files kept), and replaces ``sys.excepthook`` and ``threading.excepthook``:
the traceback goes to the log, the clerk sees a message naming the log file,
and the window carries on. Errors from other threads reach the message box
through a queued signal; a burst of errors shows one box, not fifty.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from models import paths
from models.version import app_version

LOGGER = "frontdesk"
MAX_BYTES = 1_000_000
BACKUPS = 5
QUIET_SECONDS = 5.0  # after one message box, further errors within this time only go to the log

log = logging.getLogger(LOGGER)


class _Reporter(QObject):
    """Lives in the GUI thread; other threads emit, the box opens there."""

    happened = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.happened.connect(self._show)
        self._last_shown = 0.0
        self._showing = False
        self.suppressed = 0

    def _show(self, summary: str, log_file: str) -> None:
        now = time.monotonic()
        if self._showing or now - self._last_shown < QUIET_SECONDS:
            self.suppressed += 1
            return
        self._showing = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("Errors", "Something went wrong"),
                QCoreApplication.translate(
                    "Errors",
                    "FrontDesk met an unexpected error and did not finish what it was doing. "
                    "What you saved before is safe. Please tell your administrator and give "
                    "them the log file:\n{path}\n\n({error})",
                ).format(path=log_file, error=summary),
            )
        finally:
            self._showing = False
            self._last_shown = time.monotonic()


_reporter: _Reporter | None = None
_handler: logging.Handler | None = None


def log_file() -> Path:
    return paths.log_path()


def install_log() -> Path:
    """Send the program's log records to the rotating file (once); return the file."""
    global _handler
    target = log_file()
    if _handler is not None:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    _handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    log.info("FrontDesk %s started (Python %s)", app_version(), sys.version.split()[0])
    return target


def report(exc_type, exc, tb) -> None:
    """Log an unexpected error with its traceback and tell the clerk (from any thread)."""
    if issubclass(exc_type, KeyboardInterrupt):
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error in %s:\n%s", threading.current_thread().name, text.rstrip())
    summary = f"{exc_type.__name__}: {exc}"[:300]
    if _reporter is not None:
        _reporter.happened.emit(summary, str(log_file()))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    report(args.exc_type, args.exc_value, args.exc_traceback)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_messages(kind, context, message) -> None:
    logging.getLogger(f"{LOGGER}.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install() -> Path:
    """The log file plus the hooks; call once the QApplication exists (GUI start only)."""
    global _reporter
    target = install_log()
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = report
    threading.excepthook = _thread_hook
    qInstallMessageHandler(_qt_messages)
    return target
