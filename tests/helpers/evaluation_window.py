"""A desk showing one evaluation's grid in a real window, for tests/gui/vendors.

    python -m tests.helpers.evaluation_window DB EVALUATION_ID USER_ID

Run on an X display (tests/helpers/xvfb.py). It opens the file, shows the sheet's grid
(考评表) as the user, and once the window is active prints ``READY x y width height
active=1``: where the grid's cells are on the screen; each item changed is reported as
``TYPED row``. The grid saves what was typed itself (Ctrl+S, or Esc closing it); when the
window closes it prints ``CLOSED`` and ends.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    db_path, evaluation_id, user_id = argv
    from PySide6.QtCore import QPoint, QTimer

    from gui.app import make_application
    from gui.vendors.evaluations_grid import EvaluationSheet
    from models import db, people

    app = make_application(["evaluation_window"], "en")
    db.open_database(Path(db_path))
    grid = EvaluationSheet(int(evaluation_id), people.get_user(int(user_id)))
    grid.resize(900, 360)  # shorter than the sheet: the grid scrolls under the pointer
    grid.move(30, 30)
    grid.show()
    grid.raise_()
    grid.activateWindow()
    waited = [0]

    def report_when_active() -> None:
        waited[0] += 1
        if not grid.isActiveWindow() and waited[0] < 100:  # 5 s at most
            QTimer.singleShot(50, report_when_active)
            return
        view = grid.table.viewport()
        corner = view.mapToGlobal(QPoint(0, 0))
        print(f"READY {corner.x()} {corner.y()} {view.width()} {view.height()} "
              f"active={int(grid.isActiveWindow())}", flush=True)

    QTimer.singleShot(50, report_when_active)
    grid.model.dataChanged.connect(
        lambda top_left, *_a: print(f"TYPED {top_left.row()}", flush=True))
    grid.finished.connect(lambda _result: app.quit())
    app.exec()
    print("CLOSED", flush=True)
    db.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
