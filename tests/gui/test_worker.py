"""Long work off the GUI thread: result, progress, cancel, errors, the database in the worker."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from gui.widgets.worker import Cancelled, run_with_progress, start_task
from models.errors import ValidationError


@pytest.fixture
def window(app, qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def watch(window, check, every_ms: int = 20) -> QTimer:
    """Call check(progress_dialog) while run_with_progress waits; stop when it returns True."""
    timer = QTimer(window)

    def tick():
        dialog = window.findChild(QProgressDialog, "workerProgress")
        if dialog is not None and check(dialog):
            timer.stop()

    timer.timeout.connect(tick)
    timer.start(every_ms)
    return timer


def test_the_result_comes_back(window):
    threads = []

    def task(progress):
        threads.append(threading.current_thread())
        return 6 * 7

    assert run_with_progress(window, "Counting", task) == 42
    assert threads[0] is not threading.main_thread()


def test_progress_shows_in_the_dialog(window):
    seen = threading.Event()
    shown = {}

    def task(progress):
        progress.report(3, 10, "Step three")
        assert seen.wait(5), "the dialog never showed the progress"
        return "done"

    def check(dialog):
        if dialog.isVisible() and dialog.value() == 3 and dialog.labelText() == "Step three":
            shown.update(maximum=dialog.maximum(), title=dialog.windowTitle())
            seen.set()
            return True
        return False

    watch(window, check)
    assert run_with_progress(window, "Exporting", task, delay_ms=50) == "done"
    assert shown == {"maximum": 10, "title": "Exporting"}


def test_cancel_stops_the_task_early(window, qtbot):
    steps = []

    def task(progress):
        for n in range(500):
            progress.check()
            steps.append(n)
            progress.report(n, 500, f"Row {n}")
            time.sleep(0.01)
        return "finished"

    def click_cancel(dialog):
        button = dialog.findChild(QPushButton)
        if dialog.isVisible() and steps and button.isVisible():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return True
        return False

    watch(window, click_cancel)
    assert run_with_progress(window, "Importing", task, delay_ms=50) is None
    assert 0 < len(steps) < 500
    # run_with_progress returned only after the task had stopped.
    count = len(steps)
    time.sleep(0.05)
    assert len(steps) == count


def test_esc_cancels_and_a_task_that_returns_after_cancel_gives_none(window, qtbot):
    def task(progress):
        deadline = time.monotonic() + 5
        while not progress.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        return "partial"

    def press_esc(dialog):
        if dialog.isVisible():
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            assert dialog.isVisible()  # it stays up until the task has stopped
            return True
        return False

    watch(window, press_esc)
    assert run_with_progress(window, "Waiting", task, delay_ms=0) is None


def test_an_exception_is_raised_in_the_gui_thread(window):
    def task(progress):
        raise ValidationError("The name {name} is taken.", field="login", name="li")

    with pytest.raises(ValidationError) as caught:
        run_with_progress(window, "Saving", task)
    assert caught.value.field == "login"
    assert str(caught.value) == "The name li is taken."


def test_clicks_elsewhere_wait_while_the_task_runs(window, qtbot):
    button = QPushButton("Other", window)
    button.show()
    clicked = []
    button.clicked.connect(lambda: clicked.append(True))
    release = threading.Event()

    def click_elsewhere(dialog):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        release.set()
        return True

    watch(window, click_elsewhere)
    run_with_progress(window, "Busy", lambda p: release.wait(5))
    assert clicked == []
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True]


def test_the_worker_reads_the_database_on_its_own_connection(window, db):
    from models.db import SchemaVersion

    seen = {}

    def task(progress):
        seen["connection"] = db.connection()
        return SchemaVersion.select().count()

    count = run_with_progress(window, "Reading", task)
    assert count == SchemaVersion.select().count() > 0
    assert seen["connection"] is not db.connection()
    # The worker closed its connection when it ended: the pool thread holds no file handle.
    with pytest.raises(sqlite3.ProgrammingError):
        seen["connection"].execute("SELECT 1")
    # The GUI thread's connection is untouched.
    assert not db.is_closed()


def test_the_worker_writes_and_the_gui_thread_sees_it(window, db):
    def task(progress):
        db.execute_sql("CREATE TABLE scratch (n INTEGER)")
        with db.atomic():
            for n in range(100):
                progress.check()
                db.execute_sql("INSERT INTO scratch VALUES (?)", (n,))
        return True

    assert run_with_progress(window, "Writing", task)
    assert db.execute_sql("SELECT COUNT(*) FROM scratch").fetchone()[0] == 100


def test_start_task_signals_the_end(app, qtbot):
    task = start_task(lambda progress: (progress.report(1, 2, "half"), "ok")[1])
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["ok"]
    assert not task.running


def test_start_task_reports_failures_and_cancels(app, qtbot):
    failing = start_task(lambda progress: 1 / 0, uses_database=False)
    with qtbot.waitSignal(failing.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ZeroDivisionError)

    gate = threading.Event()

    def slow(progress):
        gate.wait(5)
        progress.check()

    stopping = start_task(slow, uses_database=False)
    with qtbot.waitSignal(stopping.cancelled, timeout=5000):
        stopping.cancel()
        gate.set()
    assert stopping.was_cancelled
    assert isinstance(Cancelled(), Exception)
