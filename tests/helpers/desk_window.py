"""The real main window at a desk, and the keys a clerk presses in it (fixture-free).

A test opens ``open_main_window(qtbot, user)`` and then presses keys where the keyboard is
(``press``), as in tests/gui/test_shortcuts.py; after a dialog ``back_to`` puts the desk's
window in front again with the keyboard in the list the clerk is looking at.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def open_main_window(qtbot, user):
    """gui.main_window.MainWindow for ``user``, shown and active."""
    from gui.main_window import MainWindow

    window = MainWindow(user)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the clerk's keyboard is: the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None, "the keyboard is nowhere"
    qtbot.keyClick(target, key, modifier)


def back_to(qtbot, window) -> None:
    """The desk's window in front again, the keyboard in the list in front of the clerk."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.current_list_view()
    assert view is not None
    view.table.setFocus()
    QApplication.processEvents()


def select_row(qtbot, window, record_id: int) -> None:
    """F5 (the list in front read again), then the clerk moves to a record's row."""
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_F5)
    view = window.current_list_view()
    assert view.select_only(record_id), f"row {record_id} is not in the list"
    QApplication.processEvents()


def row_texts(view, key: str) -> list[str]:
    """The texts of one column, row by row, as the list shows them."""
    column = view.spec.index_of(key)
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


def shown_row(view, record_id: int) -> dict[str, str]:
    """The row of a record as the clerk reads it: {column key: text}."""
    assert view.select_only(record_id)
    row = view.table.currentIndex().row()
    return {column.key: view.model.index(row, index).data()
            for index, column in enumerate(view.spec.columns)}
