"""First run (首次使用): set up my office, or open the demo office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models import db as dbmod
from models import demo, paths, people, settings
from models.errors import DomainError
from models.people import User
from models.values import limit_of

from ..errors import error_text
from ..widgets.fields import error_banner as error_label
from .settings_dialog import password_hint


class WelcomeDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None, database_open: bool = False):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.database_open = database_open
        self.user: User | None = None
        self.setWindowTitle(self.tr("Welcome to FrontDesk"))
        self.setMinimumWidth(460)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._setup_page())

    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "FrontDesk keeps the customer-service office's records: visitors, repair "
                "orders, the storeroom, sign requests and vendor scores.\n\n"
                "This desk has no office yet. Set up your own, or look around the demo office first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.setup_button = QPushButton(self.tr("Set up my office"))
        self.setup_button.setObjectName("setUp")
        self.demo_button = QPushButton(self.tr("Open the demo office"))
        self.demo_button.setObjectName("openDemo")
        self.setup_button.clicked.connect(self.show_setup)
        self.demo_button.clicked.connect(self.open_demo)
        layout.addWidget(self.setup_button)
        layout.addWidget(self.demo_button)
        self.choice_error = error_label()
        layout.addWidget(self.choice_error)
        where = QLabel(self.tr("Data file: {path}").format(path=self.db_path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        where.setStyleSheet("color: gray;")
        layout.addWidget(where)
        return page

    def _setup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.setup_error = error_label()
        layout.addWidget(self.setup_error)
        form = QFormLayout()
        self.office_edit = QLineEdit()
        self.office_edit.setPlaceholderText(self.tr("e.g. Hengxin Tower Property Service Center"))
        self.login_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(people.MAX_PASSWORD_LENGTH)
            edit.setPlaceholderText(password_hint())
        # The limits are the model's; what else is wrong the operation says.
        self.office_edit.setMaxLength(settings.OFFICE_NAME_LENGTH)
        self.login_edit.setMaxLength(limit_of(User.login))
        self.name_edit.setMaxLength(limit_of(User.full_name))
        for name, edit in (
            ("office", self.office_edit),
            ("login", self.login_edit),
            ("fullName", self.name_edit),
            ("password", self.password_edit),
            ("again", self.again_edit),
        ):
            edit.setObjectName(name)
        form.addRow(self.tr("Office name (printed on every form)"), self.office_edit)
        form.addRow(self.tr("Administrator's login name"), self.login_edit)
        form.addRow(self.tr("Administrator's full name"), self.name_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Password again"), self.again_edit)
        layout.addLayout(form)
        note = QLabel(
            self.tr("The administrator also holds the manager's role; both can be changed later in Settings.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set up"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))
        buttons.accepted.connect(self.set_up)
        buttons.rejected.connect(lambda: self.pages.setCurrentIndex(0))
        layout.addWidget(buttons)
        return page

    def show_setup(self) -> None:
        self.pages.setCurrentIndex(1)
        self.office_edit.setFocus()

    def set_up(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self._error(self.setup_error, self.tr("The two passwords differ."))
            return
        created = False
        try:
            if not self.database_open:
                created = not self.db_path.exists()
                dbmod.open_database(self.db_path)
                self.database_open = True
            self.user = settings.set_up_office(
                self.office_edit.text(),
                self.login_edit.text(),
                self.name_edit.text(),
                self.password_edit.text(),
            )
        except DomainError as exc:
            self._error(self.setup_error, error_text(exc))
            return
        finally:
            if self.user is None and created:
                # Leave no half-made office behind: the next start offers set-up again.
                dbmod.close_database()
                self.database_open = False
                for suffix in ("", "-wal", "-shm"):
                    Path(str(self.db_path) + suffix).unlink(missing_ok=True)
        self.accept()

    def open_demo(self) -> None:
        from ..widgets.worker import run_with_progress

        path = paths.demo_db_path()
        try:
            if self.database_open:
                dbmod.close_database()
                self.database_open = False
            if not path.exists():
                run_with_progress(
                    self,
                    self.tr("Building the demo office…"),
                    lambda progress: _build_demo(path, progress),
                )
                dbmod.close_database()  # the worker's connection belongs to its thread
            dbmod.open_database(path, create=False)
            self.user = demo.demo_manager()
        except DomainError as exc:
            self._error(self.choice_error, error_text(exc))
            return
        if self.user is None:
            self._error(self.choice_error, self.tr("The demo office has no demo manager."))
            return
        self.accept()

    def _error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()


def _build_demo(path: Path, progress) -> None:
    try:
        demo.build_demo(path, progress=lambda done, total, what: progress.report(done, total, what))
    finally:
        dbmod.close_database()
