"""Every modal dialog of the tabs is shown through ``run_dialog``.

Call it as ``modal.run_dialog(dialog)`` (through the module, not imported by
name), so that one replacement drives every dialog: the GUI tests' ``driver``
fixture (tests/gui/conftest.py) shows the dialog without blocking and acts on
it instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted (saved). Tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def run_form(form) -> object | None:
    """Show a record form (gui.widgets.record_form.RecordForm) modally, then delete it.

    The record its save operation returned when the clerk saved, otherwise None.
    """
    try:
        accepted = run_dialog(form)
        return form.result_record if accepted else None
    finally:
        form.deleteLater()
