"""Start the GUI as `main.py` does, answering each modal window as a clerk who gives up would.

    python tests/reliability/gui_door.py --lang en --db PATH

Every modal window (a refusal's message box, the welcome, the login) is
reported on stdout as ``MODAL <class>: <text>`` and then closed (Escape's
answer: reject), so the start ends on its own and its exit code is main.py's.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402


def answer_modal() -> None:
    widget = QApplication.activeModalWidget()
    if widget is None:
        return
    text = widget.text() if isinstance(widget, QMessageBox) else ""
    print(f"MODAL {type(widget).__name__}: {text}", flush=True)
    widget.reject()


if __name__ == "__main__":
    import main

    app = QApplication(sys.argv[:1])
    timer = QTimer()
    timer.timeout.connect(answer_modal)
    timer.start(20)
    sys.exit(main.main(sys.argv[1:]))
