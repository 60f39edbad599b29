"""Nothing fails silently: an unexpected error is logged, the clerk is told, the window lives on."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
    from gui import error_log

    shown = []
    QMessageBox.critical = staticmethod(lambda parent, title, text, *a: shown.append(text))
    app = QApplication([])
    log_file = error_log.install()
    error_log.QUIET_SECONDS = 0.0
    button = QPushButton("save")

    def slot():
        raise ZeroDivisionError("a bug in a slot")

    button.clicked.connect(slot)
    button.show()
    QTimer.singleShot(0, button.click)
    QTimer.singleShot(50, lambda: threading.Thread(
        target=lambda: 1 / 0, name="worker-1").start())
    QTimer.singleShot(400, lambda: button.setText("still alive"))
    QTimer.singleShot(500, app.quit)
    app.exec()
    print("BOXES", len(shown))
    print("TEXT", shown[0].replace(chr(10), " ") if shown else "")
    print("ALIVE", button.text())
    print("LOG", log_file)
""")


def test_an_error_in_a_slot_or_a_thread_is_logged_shown_and_survived(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FRONTDESK_DATA_DIR=str(tmp_path / "data"),
               FRONTDESK_SETTINGS_DIR=str(tmp_path / "settings"))
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0, result.stderr
    out = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    log_file = Path(out["LOG"])
    assert log_file == tmp_path / "data" / "logs" / "frontdesk.log"
    assert out["ALIVE"] == "still alive"
    assert out["BOXES"] == "2"
    assert str(log_file) in out["TEXT"] and "ZeroDivisionError" in out["TEXT"]
    logged = log_file.read_text(encoding="utf-8")
    assert "a bug in a slot" in logged and "Traceback" in logged
    assert "worker-1" in logged and "division by zero" in logged
    assert "Traceback" not in result.stderr  # nothing only on a console that does not exist


def test_about_names_the_log_folder(app, qtbot, messages, tmp_path, monkeypatch):
    from gui.main_window import MainWindow
    from models import db as dbmod
    from models import paths, settings

    dbmod.open_database(tmp_path / "office.sqlite")
    user = settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin1234")
    window = MainWindow(user)
    qtbot.addWidget(window)
    window.show_about()
    ((kind, text),) = messages
    assert kind == "about" and str(paths.log_dir()) in text
