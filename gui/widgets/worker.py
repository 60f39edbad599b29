"""Long work off the GUI thread: a worker, a progress dialog with Cancel, results by signal.

    try:
        path = run_with_progress(self, self.tr("Exporting…"), lambda p: export(rows, p))
    except DomainError as exc:
        show_error(self, exc)

The task ``fn(progress)`` runs on a QThreadPool thread. It reports with
``progress.report(done, total, text)`` and stops early when
``progress.cancelled`` is true (or calls ``progress.check()``, which raises
Cancelled). It never touches widgets. Its return value, or its exception,
comes back to the GUI thread by a queued signal.

Database: peewee keeps one connection per thread (SqliteDatabase is
thread-safe by default, its state is a threading.local). The worker opens its
own connection at the start when the database is open and closes, at the end,
whatever connection its thread holds, so a pool thread never keeps the file
open (Windows could not then replace or delete it).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from models import db as dbmod

T = TypeVar("T")

_INT_MAX = 2**31 - 1
_REPORT_INTERVAL = 0.05  # seconds between progress signals; the last one always goes
_RUNNING: set[Task] = set()  # keeps started tasks alive until they end


class Cancelled(Exception):
    """The clerk pressed Cancel; raised by Progress.check() inside the task."""


class Progress:
    """What the task holds: report how far it is; see whether the clerk cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._last = 0.0
        self.done = 0
        self.total = 0
        self.text = ""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled when the clerk has cancelled: call it between steps."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """done of total steps (total 0: unknown); text says what is being done."""
        self.done, self.total, self.text = done, total, text
        now = time.monotonic()
        if self._emit is not None and (now - self._last >= _REPORT_INTERVAL or done >= total):
            self._last = now
            self._emit(int(done), int(total), str(text))


class _Runner(QRunnable):
    def __init__(self, task: Task, fn: Callable[[Progress], object], uses_database: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.task = task
        self.fn = fn
        self.uses_database = uses_database

    def run(self) -> None:
        task, progress = self.task, self.task.progress
        self.task = None  # the GUI thread owns the Task
        opened = dbmod.database.obj if self.uses_database else None
        try:
            if opened is not None:
                opened.connect(reuse_if_open=True)
            result = self.fn(progress)
        except Cancelled:
            signal, args = task._cancelled_signal, ()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            signal, args = task._failed_signal, (exc,)
        else:
            if progress.cancelled:
                signal, args = task._cancelled_signal, ()
            else:
                signal, args = task._finished_signal, (result,)
        # Close first, then tell: the GUI thread may replace the file as soon as it hears.
        _close_thread_connections(opened)
        signal.emit(*args)


def _close_thread_connections(*databases) -> None:
    """Close this thread's connection to the database(s) the task used (the proxy may have moved)."""
    seen = []
    for database in (*databases, dbmod.database.obj):
        if database is None or any(database is s for s in seen):
            continue
        seen.append(database)
        try:
            database.close()
        except Exception:  # noqa: BLE001 - e.g. left inside a transaction: drop it all the same
            conn = database._state.conn
            database._state.reset()
            if conn is not None:
                conn.close()


class Task(QObject):
    """A started task. Its signals arrive in the GUI thread.

    finished(result) — fn returned; failed(exception) — fn raised;
    cancelled() — the clerk cancelled (fn raised Cancelled or returned after Cancel).
    Exactly one of the three is emitted, then ``ended``.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    # emitted from the worker thread; delivered to the slots below in the GUI thread
    _progress_signal = Signal(int, int, str)
    _finished_signal = Signal(object)
    _failed_signal = Signal(object)
    _cancelled_signal = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self._progress_signal.emit)
        self.running = True
        self.result: object = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_signal.connect(self._on_progress, queued)
        self._finished_signal.connect(self._on_finished, queued)
        self._failed_signal.connect(self._on_failed, queued)
        self._cancelled_signal.connect(self._on_cancelled, queued)

    def cancel(self) -> None:
        """Ask the task to stop; it ends when fn notices."""
        self.progress.cancel()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.running:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.result = result
        self._end(self.finished, result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.error = exc
        self._end(self.failed, exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self._end(self.cancelled)

    def _end(self, signal, *args) -> None:
        self.running = False
        _RUNNING.discard(self)
        signal.emit(*args)
        self.ended.emit()


def start_task(
    fn: Callable[[Progress], T], parent: QObject | None = None, *, uses_database: bool = True
) -> Task:
    """Run ``fn(progress)`` on the thread pool now; connect to the Task's signals for the end."""
    task = Task(parent)
    _RUNNING.add(task)
    QThreadPool.globalInstance().start(_Runner(task, fn, uses_database))
    return task


class _InputGuard(QObject):
    """While the task runs, the clerk's keys and clicks reach only the progress dialog."""

    BLOCKED = {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Close,
    }

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in self.BLOCKED and isinstance(watched, QWidget):
            if watched is self.dialog or self.dialog.isAncestorOf(watched):
                return False
            event.ignore()
            return True
        return False


def run_with_progress(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], T],
    *,
    cancellable: bool = True,
    delay_ms: int = 300,
    uses_database: bool = True,
) -> T | None:
    """Run ``fn`` in a worker behind a modal progress dialog; wait for it without freezing.

    Returns fn's result; None when the clerk cancelled; re-raises fn's exception
    here in the GUI thread. The dialog appears only if the work lasts over
    ``delay_ms``. After Cancel it waits for fn to stop, so that nothing runs on
    behind the caller's back.
    """
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setObjectName("workerProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(360)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Worker", "Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.setMinimumDuration(delay_ms)
    guard = _InputGuard(dialog)
    app = QApplication.instance()
    app.installEventFilter(guard)

    task = start_task(fn, dialog, uses_database=uses_database)
    loop = QEventLoop()
    task.ended.connect(loop.quit)
    task.progressed.connect(
        lambda done, total, text: _show_progress(dialog, title, done, total, text)
    )

    def cancel() -> None:
        """Cancel button, Esc or the close box: ask fn to stop; the dialog stays until it has."""
        if cancellable and task.running and not task.progress.cancelled:
            task.cancel()
            dialog.setLabelText(QCoreApplication.translate("Worker", "Cancelling…"))
            for button in dialog.findChildren(QPushButton):
                button.setEnabled(False)
        if task.running:
            dialog.show()

    def show_if_still_running() -> None:
        if task.running:
            dialog.show()

    dialog.canceled.connect(cancel)
    dialog.rejected.connect(cancel)  # Esc hides a QProgressDialog without emitting canceled
    QTimer.singleShot(delay_ms, dialog, show_if_still_running)
    try:
        if task.running:
            loop.exec()
    finally:
        app.removeEventFilter(guard)
        dialog.canceled.disconnect(cancel)
        dialog.rejected.disconnect(cancel)
        dialog.hide()
        dialog.deleteLater()
    if task.error is not None:
        raise task.error
    if task.was_cancelled:
        return None
    return task.result


def _show_progress(dialog: QProgressDialog, title: str, done: int, total: int, text: str) -> None:
    if total > _INT_MAX:
        done, total = done * 1000 // total, 1000
    if dialog.maximum() != max(total, 0):
        dialog.setRange(0, max(total, 0))
    if total > 0:
        dialog.setValue(min(max(done, 0), total))
    if not dialog.wasCanceled():
        dialog.setLabelText(text or title)
