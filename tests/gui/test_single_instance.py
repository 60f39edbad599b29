"""A second FrontDesk on the same desk and file brings the first forward instead of a twin.

Real processes, offscreen: each runs gui.app.run_gui on the same file. The
first stops at the welcome dialog (a new file) and reports on stdout what it
brought forward; the second must exit 0 quickly. A first copy killed with
SIGKILL leaves its socket behind: the next copy takes the name over.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from gui import single_instance

ROOT = Path(__file__).resolve().parents[2]
FIRST = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
import gui.single_instance as si

real = si.bring_forward

def shown():
    widget = real()
    print("shown", type(widget).__name__, flush=True)
    QTimer.singleShot(0, lambda: widget.done(0))  # the welcome dialog: run_gui returns 0
    return widget

si.bring_forward = shown
QTimer.singleShot(0, lambda: print("ready", flush=True))  # runs in the first dialog's loop
from gui.app import run_gui
sys.exit(run_gui(Path(sys.argv[1])))
"""
SECOND = "import sys; from pathlib import Path; from gui.app import run_gui; " \
         "sys.exit(run_gui(Path(sys.argv[1])))"


def start(script: str, db_path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, str(db_path)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def wait_for_line(proc: subprocess.Popen, expected: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith(expected):
            return line.strip()
        if not line and proc.poll() is not None:
            raise AssertionError(f"the first copy stopped: {proc.stderr.read()}")
    raise AssertionError(f"no {expected!r} within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=10)


def test_a_second_copy_on_the_same_file_brings_the_first_forward_and_exits(tmp_path):
    db_path = tmp_path / "office.sqlite"
    first = start(FIRST, db_path)
    try:
        wait_for_line(first, "ready")
        started = time.monotonic()
        second = start(SECOND, db_path)
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert time.monotonic() - started < 15
        assert wait_for_line(first, "shown") == "shown WelcomeDialog"
        assert first.wait(timeout=15) == 0
    finally:
        stop(first)


def test_another_file_gets_its_own_copy(tmp_path):
    first = start(FIRST, tmp_path / "office.sqlite")
    try:
        wait_for_line(first, "ready")
        other = start(FIRST, tmp_path / "other.sqlite")
        try:
            wait_for_line(other, "ready")  # it came up and shows its own welcome
            assert other.poll() is None
        finally:
            stop(other)
        assert first.poll() is None  # and nobody asked the first to come forward
    finally:
        stop(first)


@pytest.mark.skipif(os.name != "posix", reason="a socket file left by SIGKILL is a Unix matter")
def test_the_name_left_by_a_crashed_copy_is_taken_over(tmp_path):
    db_path = tmp_path / "office.sqlite"
    crashed = start(FIRST, db_path)
    wait_for_line(crashed, "ready")
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.communicate(timeout=10)
    left = Path(QDir.tempPath()) / single_instance.server_name(db_path)
    assert left.is_socket()  # the dead copy's name, nobody listening on it
    first = start(FIRST, db_path)  # finds the dead copy's socket, nobody answering on it
    try:
        wait_for_line(first, "ready")
        second = start(SECOND, db_path)
        assert second.wait(timeout=30) == 0
        assert wait_for_line(first, "shown") == "shown WelcomeDialog"
    finally:
        stop(first)


def test_the_name_is_per_user_and_resolved_file(tmp_path, monkeypatch):
    (tmp_path / "link").symlink_to(tmp_path, target_is_directory=True)
    name = single_instance.server_name(tmp_path / "office.sqlite")
    assert single_instance.server_name(tmp_path / "link" / "office.sqlite") == name
    assert single_instance.server_name(tmp_path / "." / "office.sqlite") == name
    assert single_instance.server_name(tmp_path / "other.sqlite") != name
    monkeypatch.setattr(single_instance.getpass, "getuser", lambda: "another-clerk")
    assert single_instance.server_name(tmp_path / "office.sqlite") != name
