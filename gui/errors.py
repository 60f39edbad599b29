"""Turning a DomainError into a sentence in the clerk's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import DomainError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return exc.text(QCoreApplication.translate)
    return str(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """A modal message box with the error in the clerk's language."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "Cannot do that"))
    box.setText(error_text(exc))
    box.exec()
