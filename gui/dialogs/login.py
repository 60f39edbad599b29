"""Logging in, and changing one's own password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models import people, settings
from models.errors import DomainError

from ..errors import error_text
from ..widgets.fields import error_banner as error_label
from .settings_dialog import password_hint


class LoginDialog(QDialog):
    """登录: login name and password; five failures lock the account for five minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user: people.User | None = None
        office = settings.office_name()
        self.setWindowTitle(self.tr("Log in — FrontDesk"))
        layout = QVBoxLayout(self)
        title = QLabel(office)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.error = error_label()
        layout.addWidget(self.error)
        form = QFormLayout()
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Login name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

    def try_login(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.show_error(self.tr("Type your login name."))
            self.login_edit.setFocus()
            return
        try:
            self.user = people.authenticate(login, self.password_edit.text())
        except DomainError as exc:
            self.show_error(error_text(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class ChangePasswordDialog(QDialog):
    """修改密码: every user changes their own; forced after an administrator's reset."""

    def __init__(self, user: people.User, parent: QWidget | None = None, forced: bool = False):
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("Your password was set by the administrator. Choose your own now."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.error = error_label()
        layout.addWidget(self.error)
        form = QFormLayout()
        self.old_edit, self.new_edit, self.again_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for name, edit in (("old", self.old_edit), ("new", self.new_edit), ("again", self.again_edit)):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.new_edit, self.again_edit):
            edit.setMaxLength(people.MAX_PASSWORD_LENGTH)
            edit.setPlaceholderText(password_hint())
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.again_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.new_edit.text() != self.again_edit.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.error.show()
            self.again_edit.setFocus()
            return
        try:
            people.change_own_password(self.user, self.old_edit.text(), self.new_edit.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
