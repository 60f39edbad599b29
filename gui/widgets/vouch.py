"""Signing at someone else's desk: the step asks the one who may for their login and password.

A clerk's day needs the duty officer's 签字, the manager's 确认 and 批准, the
engineer's 接单: they come to the desk, type their own login and password,
and the step runs as them while the clerk stays logged in. ``acting_user`` is
the one question every steps toolbar asks before it runs a step: who takes it?
The user at the desk when they may; otherwise, when the step's declaration lets
someone of another role take it here (``Step.vouch``, ``Steps.roles_for``), the
one who proves who they are in ``VouchDialog`` (models ``people.vouch``: a wrong
password is a failed login, counted and locked as at the login); otherwise
nobody, and the declaration's refusal is shown. The audit rows the step writes
name the signer and the desk (models.audit).

(It lives with the widgets, not in gui/dialogs/: the shared toolbars and the
document view use it, and gui.dialogs already builds on gui.widgets.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models import people
from models.errors import DomainError
from models.people import User
from models.steps import Steps

from ..errors import error_text, show_error
from . import modal
from .fields import error_banner
from .toolbar import role_names


def acting_user(parent: QWidget | None, steps: Steps, user: User, step: str,
                record: Any = None, step_text: str = "", record_text: str = "") -> User | None:
    """Who takes ``step`` on ``record`` at ``user``'s desk (see the module docstring); None
    when nobody does (the refusal shown, or the dialog cancelled)."""
    try:
        steps.require_permission(user, step, record)
        return user
    except DomainError as exc:
        if step not in steps.vouchable(user, record):  # nobody may here, or not in this state
            show_error(parent, exc)
            return None
    dialog = VouchDialog(user, steps, step, record, step_text, record_text, parent)
    try:
        return dialog.signer if modal.run_dialog(dialog) else None
    finally:
        dialog.deleteLater()


class VouchDialog(QDialog):
    """The signer's login and password, at another's desk; ``signer`` once they proved it and
    may take the step."""

    def __init__(self, desk_user: User, steps: Steps, step: str, record: Any = None,
                 step_text: str = "", record_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vouchDialog")
        self.desk_user, self.steps, self.step, self.record = desk_user, steps, step, record
        self.signer: User | None = None
        step_text = (step_text or step).replace("&", "").rstrip("…").strip()
        self.setWindowTitle(" — ".join(t for t in (step_text, record_text) if t))
        roles = role_names(steps.roles_for(step, record))
        intro = QLabel(self.tr(
            "{step}: {name} may not take this step; {roles} may. They type their own login "
            "name and password here: the step is theirs, in the records and the audit log, "
            "and {name} stays logged in.").format(step=step_text, name=desk_user.full_name,
                                                  roles=roles))
        intro.setObjectName("vouchIntro")
        intro.setWordWrap(True)
        self.banner = error_banner()
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("vouchLogin")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("vouchPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Login name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("vouchOk")
        self.ok_button.setText(self.tr("Confirm identity"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_vouch)
        buttons.rejected.connect(self.reject)
        for edit in (self.login_edit, self.password_edit):
            edit.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.login_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the login goes on to the password (a half-typed signature is no failed
        login); Enter in the password signs. Neither reaches the dialog's default button."""
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if watched is self.login_edit:
                self.password_edit.setFocus()
                return True
            if watched is self.password_edit:
                self.try_vouch()
                return True
        return super().eventFilter(watched, event)

    def try_vouch(self) -> None:
        """people.vouch, then the step's own role check on the one who proved it."""
        if not self.login_edit.text().strip():
            self._refused(self.tr("Type the login name of the one who signs."),
                          self.login_edit)
            return
        if not self.password_edit.text():
            self._refused(self.tr("Type their password."), self.password_edit)
            return
        try:
            signer = people.vouch(self.login_edit.text(), self.password_edit.text(),
                                  at_desk_of=self.desk_user)
            self.steps.require_permission(signer, self.step, self.record)
        except DomainError as exc:
            self.password_edit.clear()
            self._refused(error_text(exc), self.password_edit)
            return
        self.signer = signer
        self.accept()

    def _refused(self, text: str, focus: QLineEdit) -> None:
        self.banner.setText(text)
        self.banner.show()
        focus.setFocus()
