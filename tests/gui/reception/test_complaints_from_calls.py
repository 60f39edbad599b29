"""登记投诉 from the calls list, as the clerk does it: a call typed as 投诉 (key 2) waits as
投诉待登记; "Register complaint" (F8) opens the complaint form with the caller's name, phone,
room and what they said already in it; the clerk picks the nature and saves; the call then
says 已转投诉 with the complaint's number, and the complaints list has it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception.tab import ReceptionTab
from models import reception
from tests.helpers.keys import press_enter, type_text
from tests.helpers.widgets import cell, enabled, field, label_texts

pytestmark = pytest.mark.clock_at(dt.datetime(2026, 3, 10, 9, 0))


def type_complaint_call(qtbot, form) -> None:
    """2 = 投诉; phone, room, caller, unit, what they said; Ctrl+Enter."""
    qtbot.keyClick(field(form, "kind"), "2")
    for key, text in (("phone", "13800138000"), ("room", "1208"), ("caller", "王先生"),
                      ("unit", "星河科技有限公司")):
        press_enter(qtbot, QApplication.focusWidget())
        assert QApplication.focusWidget() is field(form, key), key
        type_text(qtbot, field(form, key), text)
    press_enter(qtbot, field(form, "unit"))
    type_text(qtbot, field(form, "content"), "空调报修两天仍未修好，要求今天修好")
    press_enter(qtbot, field(form, "content"), ctrl=True)


def test_a_complaint_call_registered_from_the_calls_list(open_view, qtbot, driver, staff,
                                                         clock):
    tab = open_view(ReceptionTab, staff["clerk"])
    tab.views.setCurrentWidget(tab.calls)
    calls = tab.calls
    assert tab.counted()["calls_to_register"] == 0
    driver.then(lambda form: type_complaint_call(qtbot, form))
    calls.list.table.setFocus()
    qtbot.keyClick(calls.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners, driver.banners
    call = reception.Call.get()
    assert call.status == reception.CALL_TO_REGISTER
    QApplication.processEvents()  # the counters count again after the list is read
    assert tab.counted()["calls_to_register"] == 1
    assert calls.list.select_only(call.id)
    calls.update_actions()
    assert cell(calls, 0, "status") == "To register"
    assert "to_complaint" in enabled(calls) and "Register complaint" in calls.info.text()

    clock.advance(minutes=3)
    seen: dict[str, object] = {}

    def check_and_save(form) -> None:
        """Nothing typed again: the call's words are in the form; the nature picked."""
        for key in ("customer", "phone", "unit", "room"):
            seen[key] = field(form, key).text()
        seen["summary"] = field(form, "summary").toPlainText()
        seen["received_at"] = form.fields["received_at"].value()
        seen["channel"] = form.fields["channel"].value()
        combo = form.fields["nature"].widget
        combo.setCurrentIndex(combo.findData("repairs"))
        press_enter(qtbot, field(form, "summary"), ctrl=True)

    driver.then(check_and_save)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    calls.list.table.setFocus()
    qtbot.keyClick(calls.list.table, Qt.Key.Key_F8)  # Register complaint
    assert not driver.steps and not driver.banners, driver.banners
    assert seen == {"customer": "王先生", "phone": "13800138000", "unit": "星河科技有限公司",
                    "room": "1208", "summary": "空调报修两天仍未修好，要求今天修好",
                    "received_at": dt.datetime(2026, 3, 10, 9, 0), "channel": "phone"}
    c = reception.Complaint.get()
    assert (c.number, c.call_id, c.customer, c.room, c.nature, c.received_at) == (
        "TS20260310-0001", call.id, "王先生", "1208", "repairs", call.called_at)

    # the call: no longer to register, it names its complaint
    assert tab.views.currentWidget() is calls
    assert calls.list.current_id() == call.id
    assert cell(calls, 0, "status") == "Complaint made"
    assert "TS20260310-0001" in calls.info.text() and "Registered" in calls.info.text()
    assert "to_complaint" not in enabled(calls)
    QApplication.processEvents()
    assert tab.counted()["calls_to_register"] == 0 and tab.counted()["complaints_due"] == 1

    def details(dialog) -> None:
        assert any("Complaint TS20260310-0001: Registered" in t for t in label_texts(dialog))
        dialog.reject()

    driver.then(details)
    calls.qactions["open"].trigger()
    assert not driver.steps
    # the complaints list has it, from the same tab
    tab.views.setCurrentWidget(tab.complaints)
    assert cell(tab.complaints, 0, "number") == "TS20260310-0001"
    assert cell(tab.complaints, 0, "customer") == "王先生"


def test_the_calls_view_alone_opens_the_form_itself(open_view, qtbot, driver, staff, clock):
    from gui.reception.calls_view import CallsView
    from tests.helpers.complaints import a_phoned_complaint

    call = a_phoned_complaint(staff["duty"])
    view = open_view(CallsView, staff["duty"])
    assert view.list.select_only(call.id)

    def save(form) -> None:
        assert field(form, "customer").text() == "王先生"
        press_enter(qtbot, field(form, "summary"), ctrl=True)

    driver.then(save)
    view.qactions["to_complaint"].trigger()
    assert not driver.steps and not driver.banners
    assert reception.complaint_of_call(call.id).created_by_id == staff["duty"].id
    assert cell(view, 0, "status") == "Complaint made"
