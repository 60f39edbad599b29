"""Automatic backups as a desk meets them: the first start of a day, a second start, a failure."""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from models import backup, paths
from models import db as dbmod


def _window(qtbot, user):
    from gui.main_window import MainWindow

    window = MainWindow(user)
    qtbot.addWidget(window)
    window.show()
    return window


def _automatic(folder):
    return sorted(p.name for p in folder.glob("*-auto-*.sqlite")) if folder.exists() else []


def test_first_start_of_the_day_backs_up_without_blocking(app, qtbot, admin, db_path, monkeypatch):
    gate = threading.Event()
    real = backup.automatic_backup

    def held_back(*args, **kwargs):
        assert gate.wait(10), "the test never let the backup go"
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "automatic_backup", held_back)
    window = _window(qtbot, admin)
    started = time.perf_counter()
    task = window.start_automatic_backup()
    assert task is not None and time.perf_counter() - started < 0.5
    # The backup waits in its worker; the window still answers its clerk meanwhile.
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append("tick"))
    qtbot.waitUntil(lambda: ticks == ["tick"], timeout=2000)
    assert task.running and _automatic(paths.backup_dir()) == []
    gate.set()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert task.error is None
    (name,) = _automatic(paths.backup_dir())
    assert name.startswith("office-auto-") and backup.verify_backup(paths.backup_dir() / name)
    assert "Backed up automatically" in window.statusBar().currentMessage()
    assert not window.automatic_backups.label.isVisible()


def test_a_second_start_that_day_makes_none(app, qtbot, admin):
    first = _window(qtbot, admin)
    task = first.start_automatic_backup()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    first.close()
    second = _window(qtbot, admin)
    assert second.start_automatic_backup() is None
    assert len(_automatic(paths.backup_dir())) == 1


def test_the_next_day_backs_up_again(app, qtbot, admin, clock):
    clock.set(dt.datetime(2026, 12, 1, 8, 30))
    task = _window(qtbot, admin).start_automatic_backup()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    clock.advance(days=1)
    task = _window(qtbot, admin).start_automatic_backup()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert _automatic(paths.backup_dir()) == [
        "office-auto-20261201-083000.sqlite",
        "office-auto-20261202-083000.sqlite",
    ]


@pytest.mark.parametrize("fault", ["a file in the way", "a read-only folder"])
def test_a_failed_backup_shows_on_the_status_bar_and_in_the_log(
    app, qtbot, admin, tmp_path, monkeypatch, caplog, fault
):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("in the way", encoding="utf-8")
    if fault == "a file in the way":
        monkeypatch.setenv("FRONTDESK_DATA_DIR", str(blocker / "data"))  # backups/ cannot be made
    else:
        if os.name == "nt" or os.geteuid() == 0:
            pytest.skip("root (or Windows) writes into a read-only folder all the same")
        monkeypatch.setenv("FRONTDESK_DATA_DIR", str(blocker.parent))
        paths.backup_dir().mkdir()
        paths.backup_dir().chmod(0o500)
        blocker = paths.backup_dir()
    window = _window(qtbot, admin)
    with caplog.at_level(logging.ERROR, logger="frontdesk.backup"):
        task = window.start_automatic_backup()
        qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    label = window.automatic_backups.label
    assert label.isVisible() and label.text().startswith("Automatic backup failed:")
    assert str(blocker) in label.text()
    assert any("automatic backup" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)
    if fault == "a file in the way":
        assert blocker.read_text(encoding="utf-8") == "in the way"
    else:
        assert list(blocker.iterdir()) == []
        blocker.chmod(0o700)


def test_settings_shows_the_last_good_backup_and_its_age(app, qtbot, admin, db_path):
    from gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.last_backup.text() == "Last good backup: none yet"
    copy = backup.backup(db_path, paths.backup_dir(), automatic=True)
    dialog = SettingsDialog(admin)
    qtbot.addWidget(dialog)
    text = dialog.last_backup.text()
    assert text.startswith("Last good backup: ") and str(copy) in text and "min ago" in text
    assert dbmod.current_path() == db_path


def test_age_reads_in_minutes_hours_and_days(app):
    from gui.auto_backup import age_text

    assert age_text(dt.timedelta(minutes=5)) == "5 min ago"
    assert age_text(dt.timedelta(hours=30)) == "30 h ago"
    assert age_text(dt.timedelta(days=9, hours=3)) == "9 days ago"
