"""设置: the office, departments, users and roles (administrators), and the desk's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import office_steps, people, settings
from models.errors import DomainError
from models.office_steps import OFFICE_STEPS
from models.people import User
from models.values import limit_of

from ..errors import error_text, show_error
from ..i18n import LANGUAGES, desk_language, set_desk_language
from ..widgets.fields import error_banner as error_label


def password_hint() -> str:
    """"8 to 128 characters": the rule of every new password, for its field's placeholder."""
    return QCoreApplication.translate("Passwords", "{low} to {high} characters").format(
        low=people.MIN_PASSWORD_LENGTH, high=people.MAX_PASSWORD_LENGTH)


def role_text(roles) -> str:
    return "、".join(
        QCoreApplication.translate("Role", people.ROLES[r]) for r in sorted(roles) if r in people.ROLES
    )


def _readonly_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text, record_id: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if record_id is not None:
        item.setData(Qt.ItemDataRole.UserRole, record_id)
    return item


class UserDialog(QDialog):
    """New user, or edit one: name, department, roles (and the first password for a new one)."""

    def __init__(self, admin: User, user: User | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.admin, self.user = admin, user
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        layout = QVBoxLayout(self)
        self.error = error_label()
        layout.addWidget(self.error)
        form = QFormLayout()
        self.login_edit = QLineEdit(user.login if user else "")
        self.login_edit.setObjectName("login")
        self.login_edit.setEnabled(user is None)
        self.name_edit = QLineEdit(user.full_name if user else "")
        self.name_edit.setObjectName("fullName")
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("department")
        self.department_combo.addItem(self.tr("(none)"), None)
        for dep in people.departments():
            self.department_combo.addItem(dep.name, dep.id)
        if user and user.department_id:
            self.department_combo.setCurrentIndex(self.department_combo.findData(user.department_id))
        form.addRow(self.tr("Login name"), self.login_edit)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Department"), self.department_combo)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # The limits are the model's; what else is wrong the operation says.
        self.login_edit.setMaxLength(limit_of(User.login))
        self.name_edit.setMaxLength(limit_of(User.full_name))
        self.password_edit.setMaxLength(people.MAX_PASSWORD_LENGTH)
        self.password_edit.setPlaceholderText(password_hint())
        if user is None:
            form.addRow(self.tr("First password"), self.password_edit)
        roles_box = QWidget()
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        for code, label in people.ROLES.items():
            check = QCheckBox(QCoreApplication.translate("Role", label))
            check.setObjectName(f"role_{code}")
            check.setChecked(bool(user and code in user.roles))
            roles_layout.addWidget(check)
            self.role_checks[code] = check
        form.addRow(self.tr("Roles"), roles_box)
        layout.addLayout(form)
        if user is None:
            note = QLabel(self.tr("The user must change this password at the first login."))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def roles(self) -> set[str]:
        return {code for code, check in self.role_checks.items() if check.isChecked()}

    def save(self) -> None:
        dep_id = self.department_combo.currentData()
        try:
            department = people.get_department(dep_id) if dep_id else None
            if self.user is None:
                self.user = people.create_user(
                    self.login_edit.text(),
                    self.name_edit.text(),
                    self.password_edit.text(),
                    self.roles(),
                    by=self.admin,
                    department=department,
                )
            else:
                people.edit_user(self.user.id, self.admin, self.name_edit.text(), department,
                                 self.roles())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


class SettingsDialog(QDialog):
    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("Settings"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.pages = QTabWidget()
        layout.addWidget(self.pages)
        allowed = OFFICE_STEPS.allowed(user)
        if office_steps.OFFICE in allowed:
            self.pages.addTab(self._office_page(), self.tr("Office"))
            self.pages.addTab(self._departments_page(), self.tr("Departments"))
        if office_steps.USERS in allowed:
            self.pages.addTab(self._users_page(), self.tr("Users"))
        from ..areas import settings_pages  # each area's page: it decides what the user may change

        for page in settings_pages():
            self.pages.addTab(page.build(user), page.translated_title())
        self.pages.addTab(self._language_page(), self.tr("Language"))
        from ..auto_backup import last_backup_text

        self.last_backup = QLabel(last_backup_text())
        self.last_backup.setObjectName("lastBackup")
        self.last_backup.setWordWrap(True)
        self.last_backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.last_backup)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- office -----------------------------------------------------------------

    def _office_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.office_error = error_label()
        layout.addWidget(self.office_error)
        form = QFormLayout()
        self.office_edit = QLineEdit(settings.office_name())
        self.office_edit.setObjectName("officeName")
        form.addRow(self.tr("Office name (printed on every form)"), self.office_edit)
        layout.addLayout(form)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("saveOffice")
        save.clicked.connect(self.save_office)
        layout.addWidget(save, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        return page

    def save_office(self) -> None:
        try:
            settings.set_office_name(self.office_edit.text(), by=self.user)
        except DomainError as exc:
            self.office_error.setText(error_text(exc))
            self.office_error.show()
            return
        self.office_error.hide()

    # --- departments ------------------------------------------------------------

    def _departments_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.department_table = _readonly_table([self.tr("Department"), self.tr("Status")])
        layout.addWidget(self.department_table)
        row = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add…"), self.add_department, "addDepartment"),
            (self.tr("Rename…"), self.rename_department, "renameDepartment"),
            (self.tr("Enable / disable"), self.toggle_department, "toggleDepartment"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.reload_departments()
        return page

    def reload_departments(self) -> None:
        deps = people.departments(active_only=False)
        self.department_table.setRowCount(len(deps))
        for r, dep in enumerate(deps):
            self.department_table.setItem(r, 0, _item(dep.name, dep.id))
            status = self.tr("In use") if dep.active else self.tr("Disabled")
            self.department_table.setItem(r, 1, _item(status))

    def _selected_id(self, table: QTableWidget) -> int | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _department_op(self, **kwargs) -> None:
        try:
            people.save_department(self.user, **kwargs)
        except DomainError as exc:
            show_error(self, exc)
        self.reload_departments()

    def add_department(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add department"), self.tr("Name"))
        if ok:
            self._department_op(name=name)

    def rename_department(self) -> None:
        dep_id = self._selected_id(self.department_table)
        if dep_id is None:
            return
        try:
            dep = people.get_department(dep_id)
        except DomainError as exc:
            show_error(self, exc)
            self.reload_departments()
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename department"), self.tr("Name"), text=dep.name)
        if ok:
            self._department_op(name=name, department_id=dep.id, active=dep.active)

    def toggle_department(self) -> None:
        dep_id = self._selected_id(self.department_table)
        if dep_id is None:
            return
        try:
            dep = people.get_department(dep_id)
        except DomainError as exc:
            show_error(self, exc)
            self.reload_departments()
            return
        self._department_op(name=dep.name, department_id=dep.id, active=not dep.active)

    # --- users ------------------------------------------------------------------

    def _users_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.user_table = _readonly_table(
            [
                self.tr("Login name"),
                self.tr("Full name"),
                self.tr("Department"),
                self.tr("Roles"),
                self.tr("Status"),
                self.tr("Last login"),
            ]
        )
        self.user_table.setObjectName("userTable")
        self.user_table.doubleClicked.connect(lambda _index: self.edit_user())
        layout.addWidget(self.user_table)
        row = QHBoxLayout()
        for text, slot, name in (
            (self.tr("New user…"), self.new_user, "newUser"),
            (self.tr("Edit…"), self.edit_user, "editUser"),
            (self.tr("Enable / disable"), self.toggle_user, "toggleUser"),
            (self.tr("Reset password…"), self.reset_password, "resetPassword"),
            (self.tr("Print list…"), self.print_users, "printUsers"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.reload_users()
        return page

    def reload_users(self) -> None:
        users = people.users()
        self.user_table.setRowCount(len(users))
        for r, u in enumerate(users):
            values = [
                u.login,
                u.full_name,
                u.department.name if u.department_id else "",
                role_text(u.roles),
                self.tr("Active") if u.active else self.tr("Disabled"),
                u.last_login_at.strftime("%Y-%m-%d %H:%M") if u.last_login_at else "",
            ]
            for c, value in enumerate(values):
                self.user_table.setItem(r, c, _item(value, u.id if c == 0 else None))

    def new_user(self) -> None:
        if UserDialog(self.user, None, self).exec():
            self.reload_users()

    def edit_user(self) -> None:
        user_id = self._selected_id(self.user_table)
        if user_id is None:
            return
        try:
            target = people.get_user(user_id)
        except DomainError as exc:
            show_error(self, exc)
            self.reload_users()
            return
        if UserDialog(self.user, target, self).exec():
            self.reload_users()

    def toggle_user(self) -> None:
        user_id = self._selected_id(self.user_table)
        if user_id is None:
            return
        try:
            people.set_active(user_id, not people.get_user(user_id).active, by=self.user)
        except DomainError as exc:
            show_error(self, exc)
        self.reload_users()

    def reset_password(self) -> None:
        user_id = self._selected_id(self.user_table)
        if user_id is None:
            return
        try:
            target = people.get_user(user_id)
        except DomainError as exc:
            show_error(self, exc)
            self.reload_users()
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("Temporary password for {name} (they must change it at the next login)").format(
                name=target.full_name
            ) + "\n" + password_hint(),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            people.reset_password(user_id, password, by=self.user)
        except DomainError as exc:
            show_error(self, exc)
        self.reload_users()

    def print_users(self) -> None:
        from reports.users import users_pdf

        from ..widgets.print_preview import preview_built

        preview_built(self, lambda: users_pdf(by=self.user), self.tr("User list"), "users.pdf")

    # --- language ---------------------------------------------------------------

    def _language_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(desk_language()))
        self.language_combo.currentIndexChanged.connect(self.change_language)
        form.addRow(self.tr("Interface language of this desk"), self.language_combo)
        layout.addLayout(form)
        self.language_note = QLabel(self.tr("The new language takes effect when FrontDesk starts again."))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        layout.addWidget(self.language_note)
        layout.addStretch()
        return page

    def change_language(self) -> None:
        set_desk_language(self.language_combo.currentData())
        self.language_note.show()
