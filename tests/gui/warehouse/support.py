"""Shared pieces of the warehouse tab tests (no tests here): the storeroom's staff and items,
typing into the lines grid as a clerk does (the dialog driver is in conftest.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit

from models import warehouse
from tests.gui.repairs.support import pdf_text, type_text  # noqa: F401 - re-exported
from tests.storeroom import receive, storeroom_staff  # noqa: F401 - re-exported

# The offscreen platform cannot raise or grab for the item completer's popup; it says so.
POPUP_NOISE = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)",
                                        extend=True)


@pytest.fixture
def staff(make_user):
    return storeroom_staff(make_user)


@pytest.fixture
def items(staff):
    """Three items with no stock: 十字螺丝 (盒, safety 5), 电线 (米), 水龙头 (个)."""
    keeper = staff["keeper"]
    return {
        "screw": warehouse.create_item({"code": "WJ001", "name": "十字螺丝", "spec": "M4×20",
                                        "unit": "盒", "category": "五金", "location": "A-01",
                                        "safety_stock": "5"}, by=keeper),
        "wire": warehouse.create_item({"code": "DL001", "name": "电线", "spec": "BV2.5",
                                       "unit": "米", "category": "电料", "location": "B-02"},
                                      by=keeper),
        "tap": warehouse.create_item({"code": "SN001", "name": "水龙头", "unit": "个",
                                      "category": "水暖", "location": "C-01"}, by=keeper),
    }


@pytest.fixture
def open_view(app, qtbot, messages):
    def _open(view_class, user):
        view = view_class(user)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        return view

    return _open


def on_hand(item) -> Decimal:
    return warehouse.get_item(item.id).qty


def focused():
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


def grid_text(form, row: int, key: str) -> str:
    return form.lines.index(row, form.lines.column_of(key)).data() or ""


def cell(view, row: int, key: str) -> str:
    return view.list.model.index(row, view.list.spec.index_of(key)).data()


def enabled(view) -> set[str]:
    return {name for name, action in view.qactions.items() if action.isEnabled()}


def select(view, doc_id: int) -> None:
    view.refresh()
    assert view.select(doc_id)


def label_texts(widget) -> list[str]:
    """Every label's text in a dialog (the intro, notes, totals)."""
    return [label.text() for label in widget.findChildren(QLabel)]
