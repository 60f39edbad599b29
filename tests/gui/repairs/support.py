"""Shared pieces of the repairs tab tests (no tests here): staff, typing, reading paper.

The dialog driver and the printed PDFs are fixtures of tests/gui/conftest.py."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from gui.widgets.record_form import RecordForm
from models import people, repairs


@pytest.fixture
def staff(make_user):
    return {
        "clerk": make_user(people.CLERK, login="clerk1", full_name="客服小张"),
        "eng": make_user(people.ENGINEERING, login="eng1", full_name="刘海波"),
        "admin_only": make_user(people.ADMIN, login="admin2"),
    }


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True, encoding="utf-8").stdout
    return "".join(out.split())  # Chinese lines are spaced out when justified


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


def field(form: RecordForm, key: str):
    return form.fields[key].editor


def pick(form: RecordForm, key: str, text: str) -> None:
    combo = form.fields[key].widget
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def press_enter(qtbot, widget, ctrl: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, Qt.Key.Key_Return, modifier)


def category_id(name: str = "水") -> int:
    return repairs.RepairCategory.get(repairs.RepairCategory.name == name).id


def register(by, **values) -> repairs.RepairOrder:
    data = {"source": repairs.PHONE, "department_name": "财务部", "location": "1203室",
            "reporter": "王芳", "phone": "8012", "category": category_id(),
            "content": "卫生间水龙头漏水"}
    data.update(values)
    return repairs.register(data, by=by)


def days_ago(days: float) -> dt.datetime:
    return (dt.datetime.now() - dt.timedelta(days=days)).replace(microsecond=0)
