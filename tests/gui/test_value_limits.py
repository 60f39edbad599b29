"""The forms' limits are the models': the office's years in date editors, lengths in user forms."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui.widgets.record_form import FieldSpec, RecordForm
from models import people, values
from models.people import User


class Recorder:
    def __init__(self) -> None:
        self.calls: list[dict] = []

    def __call__(self, data: dict) -> object:
        self.calls.append(data)
        return {"id": 1, **data}


@pytest.fixture
def form(app, qtbot, messages):
    recorder = Recorder()
    form = RecordForm("Repair", [FieldSpec("day", "Date", "date"),
                                 FieldSpec("at", "Reported at", "datetime")], recorder)
    form.recorder = recorder
    qtbot.addWidget(form)
    form.show()
    return form


def _save(form: RecordForm) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.mark.parametrize("key, text", [("day", "0999-12-31"), ("day", "9999-12-31"),
                                       ("day", "1999-12-31"), ("at", "2100-01-01 09:00"),
                                       ("at", "0001-01-01 00:00")])
def test_a_date_outside_the_office_years_is_named_and_nothing_is_saved(form, qtbot, key, text):
    qtbot.keyClicks(form.fields[key].editor, text)
    _save(form)
    assert form.recorder.calls == []
    assert "must lie in the years 2000 to 2099" in form.banner.text()


def test_the_first_and_last_days_of_the_office_years_are_taken(form, qtbot):
    qtbot.keyClicks(form.fields["day"].editor, "2000-01-01")
    qtbot.keyClicks(form.fields["at"].editor, "2099-12-31 23:59")
    _save(form)
    assert form.recorder.calls == [{"day": dt.date(2000, 1, 1),
                                    "at": dt.datetime(2099, 12, 31, 23, 59)}]


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_the_calendar_offers_only_the_office_years(form, qtbot):
    qtbot.keyClick(form.fields["day"].editor, Qt.Key.Key_F4)
    calendar = form.fields["day"].calendar
    assert calendar.minimumDate() == QDate(values.EARLIEST.year, 1, 1)
    assert calendar.maximumDate() == QDate(values.LATEST.year, 12, 31)
    calendar.close()


def test_the_user_form_takes_its_limits_from_the_model_and_shows_the_refusals(
        app, qtbot, admin):
    from gui.dialogs.settings_dialog import UserDialog

    dialog = UserDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_edit.maxLength() == User.login.max_length == 32
    assert dialog.name_edit.maxLength() == User.full_name.max_length
    assert dialog.password_edit.maxLength() == people.MAX_PASSWORD_LENGTH == 128
    assert dialog.password_edit.placeholderText() == "8 to 128 characters"
    qtbot.keyClicks(dialog.login_edit, "li ming")
    dialog.name_edit.setText("李明")
    qtbot.keyClicks(dialog.password_edit, "short12")
    dialog.role_checks[people.CLERK].setChecked(True)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert "may not contain spaces" in dialog.error.text()
    dialog.login_edit.setText("LiMing")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert "at least 8 characters" in dialog.error.text()
    assert not User.select().where(User.login_key == "liming").exists()
    dialog.password_edit.setText("long-enough")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert User.get(User.login_key == "liming").login == "LiMing"
    again = UserDialog(admin)
    qtbot.addWidget(again)
    again.login_edit.setText("liming")
    again.name_edit.setText("另一个")
    again.password_edit.setText("long-enough")
    again.role_checks[people.CLERK].setChecked(True)
    again.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert "The login name LiMing is already taken" in again.error.text()


def test_the_password_change_form_limits_the_new_password(app, qtbot, make_user):
    from gui.dialogs.login import ChangePasswordDialog

    clerk = make_user(people.CLERK, login="c")
    dialog = ChangePasswordDialog(clerk, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.new_edit.maxLength() == dialog.again_edit.maxLength() == 128
    for edit, text in ((dialog.old_edit, "secret12"), (dialog.new_edit, "mine1"),
                       (dialog.again_edit, "mine1")):
        qtbot.keyClicks(edit, text)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert "at least 8 characters" in dialog.error.text()
    assert people.authenticate("c", "secret12").id == clerk.id
