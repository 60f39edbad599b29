"""Typing and pressing as a clerk does: ASCII key by key, Chinese as an input method inserts it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget


def type_text(qtbot, widget, text: str) -> None:
    """ASCII by keys; anything else inserted as an input method would."""
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.insert(text)


def press_enter(qtbot, widget, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, Qt.Key.Key_Return, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_here(qtbot, text: str) -> None:
    """Type into the focused editor: ASCII key by key, anything else as an input method would."""
    widget = focused()
    assert isinstance(widget, QLineEdit | QPlainTextEdit), f"focus is on {type(widget).__name__}"
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        widget.insert(text)  # emits textEdited, as typing does


def enter(qtbot, ctrl: bool = False) -> None:
    """Enter where the clerk is; an open list of matches takes it, as on a real desk."""
    widget = focused()
    completer = getattr(widget, "completer_", None)
    target = completer.popup() if completer is not None and completer.popup().isVisible() \
        else widget
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, Qt.Key.Key_Return, modifier)


def cell_name() -> str:
    """Which grid cell is being edited ("cell_qty"), or the focused widget's name."""
    return focused().objectName()
