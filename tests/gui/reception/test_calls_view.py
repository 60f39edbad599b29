"""The calls and suggestions sub-views as the desk uses them: five calls typed from the
keyboard (the kind by one key, the caller's history appearing as the phone is typed), one
becomes a repair order seen in the repairs tab; a suggestion goes through its steps with the
duty officer's confirmation, and the month's summary prints."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception.calls_view import CallsSettingsSection, CallsView
from gui.reception.suggestions_view import SuggestionsView
from gui.repairs import RepairsTab
from models import reception, repairs
from tests.helpers.keys import press_enter, type_text
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.widgets import cell, enabled, field, pick

pytestmark = pytest.mark.clock_at(dt.datetime(2026, 3, 10, 9, 0))


def type_call(qtbot, form, key: str, phone: str, content: str, answer: str = "",
              room: str = "1203", category: str = "") -> None:
    """Kind by its digit, then Enter from field to field; Ctrl+Enter saves."""
    kind = field(form, "kind")
    assert QApplication.focusWidget() is kind
    qtbot.keyClick(kind, key)
    press_enter(qtbot, kind)
    assert QApplication.focusWidget() is field(form, "phone")
    type_text(qtbot, field(form, "phone"), phone)
    press_enter(qtbot, field(form, "phone"))
    type_text(qtbot, field(form, "room"), room)
    press_enter(qtbot, field(form, "room"))
    type_text(qtbot, field(form, "caller"), "王伟")
    press_enter(qtbot, field(form, "caller"))
    type_text(qtbot, field(form, "unit"), "财务部")
    press_enter(qtbot, field(form, "unit"))
    assert QApplication.focusWidget() is field(form, "content")
    type_text(qtbot, field(form, "content"), content)
    if answer:
        type_text(qtbot, field(form, "answer"), answer)
    if category:
        pick(form, "category", category)
    press_enter(qtbot, field(form, "content"), ctrl=True)


def new_call(qtbot, driver, view, step) -> reception.Call:
    driver.then(step)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners, driver.banners
    return reception.Call.select().order_by(reception.Call.id.desc()).get()


def test_five_calls_one_repair_order_history_while_typing(open_view, qtbot, driver,
                                                          repair_staff, clock):
    view = open_view(CallsView, repair_staff["clerk"])
    first = new_call(qtbot, driver, view, lambda form: type_call(
        qtbot, form, "3", "13800001111", "请问周末空调开放吗", answer="需提前申请"))
    assert (first.kind, first.status) == ("inquiry", reception.CALL_ANSWERED)
    assert cell(view, 0, "kind") == "Inquiry" and cell(view, 0, "status") == "Answered"

    def repair_call(form):
        assert form.fields["kind"].value() == "inquiry"  # from the last entry
        type_text(qtbot, field(form, "phone"), "13800001111")
        qtbot.waitUntil(lambda: form.history.rowCount() == 1)  # the caller's history
        assert "请问周末空调开放吗" in form.history.item(0, 2).text()
        assert "1" in form.history_title.text()
        field(form, "phone").clear()
        field(form, "kind").setFocus()
        type_call(qtbot, form, "1", "13800001111", "卫生间水龙头漏水", category="水")

    clock.advance(minutes=5)
    second = new_call(qtbot, driver, view, repair_call)
    assert second.status == reception.CALL_TO_REPAIR
    order = repairs.get_order(second.repair_order_id)
    assert (order.location, order.reporter, order.phone, order.content, order.category.name) == (
        "1203", "王伟", "13800001111", "卫生间水龙头漏水", "水")
    assert reception.call_of_order(order).id == second.id
    clock.advance(minutes=5)
    third = new_call(qtbot, driver, view, lambda form: type_call(
        qtbot, form, "2", "13900002222", "保安态度不好"))
    assert third.status == reception.CALL_TO_REGISTER
    clock.advance(minutes=5)
    fourth = new_call(qtbot, driver, view, lambda form: type_call(
        qtbot, form, "6", "13900003333", "建议大堂增加座椅"))
    assert reception.get_suggestion(fourth.suggestion_id).content == "建议大堂增加座椅"
    clock.advance(minutes=5)
    fifth = new_call(qtbot, driver, view, lambda form: type_call(
        qtbot, form, "3", "13900004444", "会议室下周三能否预订"))
    assert fifth.status == reception.CALL_PENDING
    assert reception.Call.select().count() == 5
    assert repairs.RepairOrder.select().count() == 1

    # the waiting call: Answer is enabled on it, not on the repair one
    view.refresh()
    assert view.list.select_only(fifth.id)
    assert "answer" in enabled(view) and "to_repair" in enabled(view)
    assert view.list.select_only(second.id)
    assert "answer" not in enabled(view)
    # late the next day after the promise: red
    clock.advance(days=1, hours=1)
    view.late_filter.setChecked(True)
    qtbot.waitUntil(lambda: view.list.model.loaded() == 1)
    assert cell(view, 0, "late") == "Late, not answered"

    # the order in the repairs area
    tab = RepairsTab(repair_staff["clerk"])
    qtbot.addWidget(tab)
    assert cell(tab, 0, "number") == order.number
    assert cell(tab, 0, "reporter") == "王伟"


def test_a_suggestion_through_its_steps_and_the_months_summary(
        open_view, qtbot, driver, repair_staff, clock, printed, tmp_path):
    clerk_view = open_view(SuggestionsView, repair_staff["clerk"])

    def register(form):
        pick(form, "source", "Suggestion box")
        type_text(qtbot, field(form, "person"), "李明")
        type_text(qtbot, field(form, "content"), "建议茶水间增加微波炉")
        type_text(qtbot, field(form, "department"), "客服部")
        press_enter(qtbot, field(form, "content"), ctrl=True)

    driver.then(register)
    clerk_view.qactions["new"].trigger()
    record = reception.Suggestion.get()
    assert record.status == reception.SUGGESTION_REGISTERED
    assert clerk_view.list.select_only(record.id)
    assert "confirm" not in enabled(clerk_view)  # the duty officer's
    duty_view = open_view(SuggestionsView, repair_staff["duty"])
    duty_view.refresh()
    assert duty_view.list.select_only(record.id)
    clock.advance(hours=1)
    duty_view.qactions["confirm"].trigger()
    assert reception.get_suggestion(record.id).status == reception.SUGGESTION_CONFIRMED

    clerk_view.refresh()
    assert clerk_view.list.select_only(record.id)
    clock.advance(hours=1)
    driver.then(lambda form: press_enter(qtbot, field(form, "department")))
    clerk_view.qactions["send"].trigger()

    def acknowledge(form):
        type_text(qtbot, field(form, "ack_name"), "赵主管")
        press_enter(qtbot, field(form, "ack_name"))
        press_enter(qtbot, field(form, "ack_date"))

    clock.advance(hours=1)
    driver.then(acknowledge)
    clerk_view.qactions["acknowledge"].trigger()
    clock.advance(hours=1)

    def result(form):
        type_text(qtbot, field(form, "result"), "已增加微波炉")
        press_enter(qtbot, field(form, "result"), ctrl=True)

    driver.then(result)
    clerk_view.qactions["result"].trigger()
    assert not driver.banners, driver.banners
    done = reception.get_suggestion(record.id)
    assert (done.status, done.ack_name, done.result) == (
        reception.SUGGESTION_CLOSED, "赵主管", "已增加微波炉")
    assert cell(clerk_view, 0, "status") == "Result recorded"

    driver.then(lambda form: press_enter(qtbot, field(form, "month")))
    clerk_view.qactions["month"].trigger()
    assert len(printed) == 1
    text = flat_pdf_text(printed[0][0], tmp_path)
    assert "建议/意见月度汇总表" in text and "建议茶水间增加微波炉" in text and "赵主管" in text


def test_not_confirmed_the_same_day_is_red(open_view, repair_staff, clock, qtbot):
    reception.register_suggestion({"source": "desk", "content": "意见"}, by=repair_staff["clerk"])
    clock.advance(days=1)
    view = open_view(SuggestionsView, repair_staff["clerk"])
    assert "1" in view.summary_label.text()
    assert cell(view, 0, "late") == "Not confirmed in time"


def test_the_settings_section(app, qtbot, admin, repair_staff, clock):
    section = CallsSettingsSection(admin)
    qtbot.addWidget(section)
    section.promise.setValue(2)
    section.confirm.setValue(1)
    assert section.save()
    assert (reception.promise_days(), reception.confirm_days()) == (2, 1)
    read_only = CallsSettingsSection(repair_staff["clerk"])
    qtbot.addWidget(read_only)
    assert not read_only.save_button.isEnabled()
