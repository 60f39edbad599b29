"""The shell as a clerk and a manager use it: first run, login, the main window, settings."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton

from models import db as dbmod
from models import people, settings
from models.people import User


def _type(qtbot, widget: QLineEdit, text: str) -> None:
    """Type as the clerk does: keys for ASCII; Chinese arrives committed, as from an IME."""
    widget.setFocus()
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def _ok(dialog_or_page) -> None:
    box = dialog_or_page.findChildren(QDialogButtonBox)
    for b in box:
        button = b.button(QDialogButtonBox.StandardButton.Ok) or b.button(
            QDialogButtonBox.StandardButton.Save
        )
        if button is not None and button.isVisible():
            button.click()
            return
    raise AssertionError("no visible OK/Save button")


def test_first_run_sets_up_the_office(app, qtbot, tmp_path):
    from gui.dialogs.welcome import WelcomeDialog

    path = tmp_path / "new.sqlite"
    dialog = WelcomeDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "setUp").click()
    _type(qtbot, dialog.office_edit, "幸福里物业服务中心")
    _type(qtbot, dialog.login_edit, "boss")
    _type(qtbot, dialog.name_edit, "周经理")
    _type(qtbot, dialog.password_edit, "good-pass")
    _type(qtbot, dialog.again_edit, "good-pass")
    _ok(dialog.pages.currentWidget())
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.user.login == "boss"
    assert settings.office_name() == "幸福里物业服务中心"
    assert User.get(User.login == "boss").roles == {people.ADMIN, people.MANAGER}
    assert path.exists()


def test_first_run_refuses_bad_input_and_leaves_no_file(app, qtbot, tmp_path):
    from gui.dialogs.welcome import WelcomeDialog

    path = tmp_path / "new.sqlite"
    dialog = WelcomeDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "setUp").click()
    _type(qtbot, dialog.office_edit, "幸福里物业服务中心")
    _type(qtbot, dialog.name_edit, "周经理")
    _type(qtbot, dialog.password_edit, "123")
    _type(qtbot, dialog.again_edit, "123")
    _ok(dialog.pages.currentWidget())
    assert dialog.isVisible()
    assert "at least 8 characters" in dialog.setup_error.text()
    assert not path.exists()
    # The clerk's typing is still there to fix.
    assert dialog.office_edit.text() == "幸福里物业服务中心"


def test_welcome_opens_the_demo_office_as_its_manager(app, qtbot, tmp_path, messages):
    from gui.dialogs.welcome import WelcomeDialog
    from models import demo, paths

    dialog = WelcomeDialog(tmp_path / "mine.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPushButton, "openDemo").click()
    qtbot.waitUntil(lambda: dialog.user is not None, timeout=30_000)
    assert dialog.user.login == demo.DEMO_MANAGER
    assert dbmod.current_path() == paths.demo_db_path()
    assert settings.office_name() == demo.DEMO_OFFICE
    assert not (tmp_path / "mine.sqlite").exists()


def test_login_wrong_password_then_lockout_then_right(app, qtbot, admin):
    from gui.dialogs.login import LoginDialog

    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "测试物业服务中心" in [label.text() for label in dialog.findChildren(QLabel)]
    for _ in range(4):
        _type(qtbot, dialog.login_edit, "admin")
        _type(qtbot, dialog.password_edit, "wrong")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert "Wrong login name or password" in dialog.error.text()
        assert dialog.password_edit.text() == ""
    _type(qtbot, dialog.password_edit, "wrong")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "locked" in dialog.error.text()
    _type(qtbot, dialog.password_edit, "admin123")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "locked" in dialog.error.text() and dialog.user is None
    assert User.get_by_id(admin.id).locked_until is not None


def test_login_ok(app, qtbot, admin):
    from gui.dialogs.login import LoginDialog

    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.login_edit, "admin")
    _type(qtbot, dialog.password_edit, "admin123")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.user.id == admin.id


def _window(qtbot, user):
    from gui.main_window import MainWindow

    window = MainWindow(user)
    qtbot.addWidget(window)
    window.show()
    return window


def test_main_window_has_the_five_tabs_menus_and_status(app, qtbot, admin, db_path):
    window = _window(qtbot, admin)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Reception log", "Repair orders", "Warehouse", "Sign requests", "Vendor scoring"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Settings", "&Help"]
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "王经理" in status and "Administrator" in status and "Manager" in status
    assert str(db_path) in status


@pytest.mark.parametrize("role", [people.CLERK, people.DUTY, people.ENGINEERING, people.STOREKEEPER, people.MANAGER])
def test_each_role_logs_in_and_sees_the_five_tabs(app, qtbot, make_user, role):
    user = people.authenticate(make_user(role, login=f"u_{role}").login, "secret12")
    window = _window(qtbot, user)
    assert window.tabs.count() == 5
    assert window.backup_action.isEnabled() == (role == people.MANAGER)
    assert window.audit_action.isEnabled() == (role == people.MANAGER)


def test_window_geometry_is_remembered_per_desk(app, qtbot, admin):
    window = _window(qtbot, admin)
    window.resize(700, 500)
    window.tabs.setCurrentIndex(2)
    window.close()
    again = _window(qtbot, admin)
    assert (again.width(), again.height()) == (700, 500)
    assert again.tabs.currentIndex() == 2


def test_backup_and_restore_from_the_file_menu(app, qtbot, admin, db_path, tmp_path, monkeypatch, messages):
    from PySide6.QtWidgets import QFileDialog

    window = _window(qtbot, admin)
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages), timeout=10_000)
    copies = list(folder.glob("*.sqlite"))
    assert len(copies) == 1
    # Work goes on, then the manager restores the backup.
    people.create_user("late", "后来者", "secret12", {people.CLERK}, by=admin)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copies[0]), ""))
    window.restore_action.trigger()
    assert window.restart_requested
    logins = [r[0] for r in sqlite3.connect(db_path).execute("SELECT login FROM user")]
    assert logins == ["admin"]


def test_admin_creates_a_user_in_settings(app, qtbot, admin):
    from gui.dialogs.settings_dialog import SettingsDialog, UserDialog

    dialog = SettingsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    assert tabs == ["Office", "Departments", "Users", "Reception log", "Repair orders",
                    "Sign requests", "Vendor scoring",
                    "Language"]
    form = UserDialog(admin, None, dialog)
    qtbot.addWidget(form)
    form.show()
    _type(qtbot, form.login_edit, "xiaoli")
    _type(qtbot, form.name_edit, "李小丽")
    _type(qtbot, form.password_edit, "temp1234")
    form.department_combo.setCurrentIndex(form.department_combo.findText("客服部"))
    form.role_checks[people.CLERK].setChecked(True)
    _ok(form)
    created = User.get(User.login == "xiaoli")
    assert created.roles == {people.CLERK} and created.department.name == "客服部"
    assert created.must_change_password
    dialog.reload_users()
    assert "xiaoli" in [dialog.user_table.item(r, 0).text() for r in range(dialog.user_table.rowCount())]


def test_user_form_shows_the_refusal_and_keeps_the_input(app, qtbot, admin):
    from gui.dialogs.settings_dialog import UserDialog

    form = UserDialog(admin)
    qtbot.addWidget(form)
    form.show()
    _type(qtbot, form.login_edit, "xiaoli")
    _type(qtbot, form.name_edit, "李小丽")
    _type(qtbot, form.password_edit, "temp1234")
    _ok(form)  # no role ticked
    assert form.isVisible() and "at least one role" in form.error.text()
    assert form.login_edit.text() == "xiaoli"
    assert not User.select().where(User.login == "xiaoli").exists()


def test_clerk_sees_only_the_language_page(app, qtbot, make_user):
    from gui.dialogs.settings_dialog import SettingsDialog

    clerk = make_user(people.CLERK, login="c")
    dialog = SettingsDialog(clerk)
    qtbot.addWidget(dialog)
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == [
        "Reception log", "Repair orders", "Sign requests", "Vendor scoring", "Language"]


def test_language_choice_is_saved_for_the_next_start(app, qtbot, admin):
    from gui.dialogs.settings_dialog import SettingsDialog
    from gui.i18n import desk_language

    dialog = SettingsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert desk_language() == "en"
    assert not dialog.language_note.isHidden()


def test_forced_password_change_after_reset(app, qtbot, admin, make_user):
    from gui.dialogs.login import ChangePasswordDialog

    clerk = make_user(people.CLERK, login="c")
    dialog = ChangePasswordDialog(clerk, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.old_edit, "secret12")
    _type(qtbot, dialog.new_edit, "mine-123")
    _type(qtbot, dialog.again_edit, "mine-124")
    _ok(dialog)
    assert "differ" in dialog.error.text()
    _type(qtbot, dialog.again_edit, "mine-123")
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert people.authenticate("c", "mine-123").must_change_password is False
