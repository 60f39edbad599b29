"""操作日志: managers look through who changed what, filter it, print or export it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from models import audit, people
from models.people import User

from ..widgets.list_actions import export_list, print_list
from ..widgets.list_view import ListView


class AuditLogDialog(QDialog):
    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        people.require(user, people.VIEW_AUDIT)
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 650)
        layout = QVBoxLayout(self)
        self.view = ListView(audit.audit_list(), self)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export…"))
        self.print_button = QPushButton(self.tr("Print…"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(lambda: export_list(self, self.view, self.windowTitle()))
        self.print_button.clicked.connect(lambda: print_list(self, self.view, self.windowTitle()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
