"""A desk showing one stocktake's count grid in a real window, for tests/gui/warehouse.

    python -m tests.helpers.count_window DB STOCKTAKE_ID USER_ID

Run on an X display (tests/helpers/xvfb.py). It opens the file, shows the count
grid (录入盘点数) as the user, and once the window is active prints
``READY x y width height``: where the grid's cells are on the screen; each cell
typed is reported as ``TYPED row column text``. What is
typed into it is saved by the grid itself (Ctrl+S); when the window closes it
prints ``CLOSED`` and ends.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    db_path, stocktake_id, user_id = argv
    from PySide6.QtCore import QPoint, QTimer

    from gui.app import make_application
    from gui.warehouse.count_grid import CountGrid
    from models import db, people

    app = make_application(["count_window"], "en")
    db.open_database(Path(db_path))
    grid = CountGrid(int(stocktake_id), people.get_user(int(user_id)))
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

    def report_typed(top_left, _bottom_right, *_roles) -> None:
        print(f"TYPED {top_left.row()} {top_left.column()} {top_left.data()}", flush=True)

    grid.model.dataChanged.connect(report_typed)
    grid.finished.connect(lambda _result: app.quit())
    app.exec()
    print("CLOSED", flush=True)
    db.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
