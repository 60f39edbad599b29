"""A desk showing one survey's forms grid in a real window, for tests/gui/reception.

    python -m tests.helpers.survey_window DB SURVEY_ID USER_ID

Run on an X display (tests/helpers/xvfb.py). It opens the file, shows the grid (录入意见表)
as the user, and once the window is active prints ``READY x y width height active=1``:
where the grid's cells are on the screen; each move of the grid's cursor is reported as
``AT row column``. What is typed is saved by the grid itself (Ctrl+S); when the window
closes it prints ``CLOSED`` and ends.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    db_path, survey_id, user_id = argv
    from PySide6.QtCore import QPoint, QTimer

    from gui.app import make_application
    from gui.reception.surveys_grid import SurveyGrid
    from models import db, people

    app = make_application(["survey_window"], "en")
    db.open_database(Path(db_path))
    grid = SurveyGrid(int(survey_id), people.get_user(int(user_id)))
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
    grid.table.selectionModel().currentChanged.connect(
        lambda now, _before: print(f"AT {now.row()} {now.column()}", flush=True))
    grid.finished.connect(lambda _result: app.quit())
    app.exec()
    print("CLOSED", flush=True)
    db.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
