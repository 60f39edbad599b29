"""The stand-in for gui.widgets.modal.run_dialog that the ``driver`` fixture installs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from gui.widgets.record_form import RecordForm


class DialogDriver:
    """Stands in for modal.run_dialog: shows the dialog without blocking and lets the
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
