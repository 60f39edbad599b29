"""Shared pieces of the repairs tab tests (no tests here): staff, a dialog driver, typing."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit

from gui.repairs import forms
from gui.widgets.record_form import RecordForm
from models import people, repairs


class DialogDriver:
    """Stands in for forms.run_dialog: shows the dialog without blocking and lets the
    next queued step act on it (type, save); the dialog is closed afterwards."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.steps: list[Callable[[QDialog], None]] = []
        self.seen: list[QDialog] = []
        self.banners: list[str] = []

    def then(self, step: Callable[[QDialog], None]) -> DialogDriver:
        self.steps.append(step)
        return self

    def __call__(self, dialog: QDialog) -> bool:
        assert self.steps, f"unexpected dialog {dialog.windowTitle()!r}"
        step = self.steps.pop(0)
        self.seen.append(dialog)
        dialog.show()
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow)
        step(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
        if isinstance(dialog, RecordForm) and dialog.banner.isVisible():
            self.banners.append(dialog.banner.text())
        if dialog.isVisible():
            dialog.done(QDialog.DialogCode.Rejected)
        return accepted


@pytest.fixture
def driver(qtbot, monkeypatch) -> DialogDriver:
    d = DialogDriver(qtbot)
    monkeypatch.setattr(forms, "run_dialog", d)
    return d


@pytest.fixture
def staff(make_user):
    return {
        "clerk": make_user(people.CLERK, login="clerk1", full_name="客服小张"),
        "eng": make_user(people.ENGINEERING, login="eng1", full_name="刘海波"),
        "admin_only": make_user(people.ADMIN, login="admin2"),
    }


@pytest.fixture
def printed(monkeypatch) -> list[tuple[bytes, str]]:
    """The PDFs the tab would preview, instead of the preview dialog."""
    from gui.repairs import actions

    seen: list[tuple[bytes, str]] = []
    monkeypatch.setattr(actions, "preview_pdf",
                        lambda parent, pdf, title, file_name="": seen.append((pdf, title)))
    return seen


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
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
