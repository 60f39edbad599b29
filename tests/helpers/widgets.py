"""Reading and picking on screen: a form's fields, a list's cells, a view's enabled steps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from gui.widgets.record_form import RecordForm

# The offscreen platform cannot raise or grab for the item completer's popup; it says so.
POPUP_NOISE = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)",
                                        extend=True)


def field(form: RecordForm, key: str):
    return form.fields[key].editor


def pick(form: RecordForm, key: str, text: str) -> None:
    combo = form.fields[key].widget
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


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
