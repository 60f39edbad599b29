"""Counts typed by keyboard land on their own lines, whatever the mouse does.

The storekeeper types a count, Enter, the next count, Enter… down a sheet of 40
lines while the mouse pointer rests over the grid, where the hand left it. When
the grid scrolls, Qt's view asks where the pointer is and reports the cell under
it (QAbstractItemView.entered, the hover signal); the grid's own "Enter pressed"
must not be that signal, or the cursor jumps back to the hovered line and the
counts overwrite other lines. Shown offscreen (the pointer placed with
QCursor.setPos) and in a real window on Xvfb (the real pointer moved with xdotool,
the counts typed with xdotool into the focused window, line after line).
"""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication

from gui.warehouse.count_grid import CountGrid
from gui.warehouse.count_model import COUNTED
from models import clock as program_clock
from models import warehouse
from tests.helpers.storeroom import make_item, receive_lines
from tests.helpers.xvfb import start_child

LINES = 40


def sheet(staff) -> warehouse.Stocktake:
    """40 items on 40 shelves, 10 + n of each in stock, and their count started."""
    keeper = staff["keeper"]
    items = [make_item(keeper, code=f"WJ{n:03d}", name=f"螺丝{n}", location=f"A-{n:02d}")
             for n in range(LINES)]
    receive_lines(staff, [(item, 10 + n, "1") for n, item in enumerate(items)])
    return warehouse.start_stocktake(warehouse.month_of(program_clock.today()), by=keeper)


def count_for(row: int) -> int:
    return 200 + row  # a different count on every line, to tell the lines apart


def stored_counts(stocktake: warehouse.Stocktake) -> list[D | None]:
    return [r.line.counted_qty for r in warehouse.count_rows(stocktake.id)]


def test_counts_typed_with_the_pointer_resting_over_the_grid_land_on_their_lines(
        app, qtbot, staff, clock):
    stocktake = sheet(staff)
    grid = CountGrid(stocktake.id, staff["keeper"])
    qtbot.addWidget(grid)
    grid.show()
    grid.activateWindow()
    qtbot.waitUntil(grid.isActiveWindow)
    view = grid.table.viewport()
    QCursor.setPos(view.mapToGlobal(QPoint(view.width() // 2, view.height() // 3)))
    visited = []
    try:
        for row in range(LINES):
            visited.append(grid.table.currentIndex().row())
            for char in str(count_for(row)):
                qtbot.keyClick(QApplication.focusWidget(), char)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: grid.table.state() != QAbstractItemView.State.EditingState)
            QApplication.processEvents()
        typed = [grid.model.index(r, COUNTED).data() for r in range(LINES)]
    finally:  # closing a grid with unsaved counts would ask (a modal box) at teardown
        grid.table.finish_editing()
        scrolled = grid.table.verticalScrollBar().value()
        if visited != list(range(LINES)):
            grid.model.reload(warehouse.count_rows(stocktake.id))
    assert visited == list(range(LINES))  # line after line, never back to the hovered one
    assert scrolled > 0  # the grid did scroll under the pointer
    assert typed == [str(count_for(r)) for r in range(LINES)]
    qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored_counts(stocktake) == [D(count_for(r)) for r in range(LINES)]


def test_counts_typed_in_a_real_window_with_the_real_pointer_over_the_grid(
        x_display, staff, db_path):
    stocktake = sheet(staff)  # on the real clock: the child desk runs on it too
    child = start_child(x_display, "tests.helpers.count_window", str(db_path),
                        str(stocktake.id), str(staff["keeper"].id))
    try:
        ready = child.wait_for_line("READY", timeout=15).split()
        left, top, width, height = (int(v) for v in ready[1:5])
        assert ready[5] == "active=1", ready  # the window has the keyboard
        pointer = (left + width // 2, top + height // 3)
        x_display.xdotool("mousemove", str(pointer[0]), str(pointer[1]))
        assert x_display.pointer() == pointer  # resting over the grid's cells
        for row in range(LINES):
            # key by key (``type`` would take every later argument as text and types "\n"
            # as a linefeed); then wait until the desk reports the cell it changed, so a
            # busy machine cannot turn this into a test of typing ahead
            x_display.xdotool("key", "--delay", "30", *str(count_for(row)), "Return")
            line = child.wait_for_line("TYPED", timeout=10)
            assert line.split()[1] == str(row), (row, line, child.report())
        x_display.xdotool("sleep", "0.3", "key", "ctrl+s", "sleep", "0.5", "key", "Escape")
        child.wait_for_line("CLOSED", timeout=10)
        assert child.finish(timeout=5) == 0, child.report()
    finally:
        child.kill()
    assert stored_counts(stocktake) == [D(count_for(r)) for r in range(LINES)], child.report()
