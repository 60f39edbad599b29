"""Issue 11's "done means": a clerk's Tuesday morning at the desk, through the real main
window and nothing else. A walk-in is registered, the host told, the visitor let in and
signed out; of two appointments one comes and one does not (未到); five calls, one of which
becomes a repair order seen in the repairs tab and one a suggestion, which the duty officer
confirms from his own window before the clerk sends it on, has it signed for and records the
result; a found wallet is registered and claimed by its owner against an ID shown masked;
then the day's visitors register and the month's suggestions summary are printed.

At each stage the test reads what the clerk sees (rows, counters, status words) and what
was stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import reception, repairs
from tests.helpers.desk_window import (
    CTRL,
    SHIFT,
    back_to,
    open_main_window,
    press,
    select_row,
    shown_row,
)
from tests.helpers.keys import press_enter, type_text
from tests.helpers.lostfound import ID_CARD
from tests.helpers.widgets import field, pick

TUESDAY = dt.datetime(2026, 3, 10, 8, 30)  # 10 March 2026 is a Tuesday
pytestmark = pytest.mark.clock_at(TUESDAY)
VISITOR_ID = "110101198507154321"
VISITOR_MASKED = "110101********4321"
CLAIM_MASKED = "110101********1234"  # ID_CARD's


def steps_on(window) -> set[str]:
    """The steps the toolbar in front of the clerk offers now."""
    view = window.tabs.currentWidget().views.currentWidget()
    return {name for name, action in view.qactions.items() if action.isEnabled()}


def click_sub_view(qtbot, tab, view) -> None:
    """A click on a sub-view's tab, as the clerk does from inside lost and found (where
    Ctrl+Tab goes through its own three lists first)."""
    bar = tab.views.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(tab.views.indexOf(view)).center())


def flat(text: str) -> str:
    return "".join(text.split())


# --- the forms, typed as the clerk types them ------------------------------------------


def type_walk_in(qtbot, form) -> None:
    """Enter moves on: kind stays 突然来访, then who, phone, company, the host; Ctrl+Enter."""
    press_enter(qtbot, field(form, "kind"))
    assert QApplication.focusWidget() is field(form, "visitor")
    type_text(qtbot, field(form, "visitor"), "王小明")
    press_enter(qtbot, field(form, "visitor"))
    type_text(qtbot, field(form, "phone"), "13912345678")
    press_enter(qtbot, field(form, "phone"))
    type_text(qtbot, field(form, "company"), "星河科技")
    press_enter(qtbot, field(form, "company"))
    press_enter(qtbot, field(form, "people_count"))
    press_enter(qtbot, field(form, "identity"))
    type_text(qtbot, field(form, "host_person"), "孙丽")
    type_text(qtbot, field(form, "host_department"), "财务部")
    type_text(qtbot, field(form, "purpose"), "送文件")
    type_text(qtbot, field(form, "id_number"), VISITOR_ID)
    press_enter(qtbot, field(form, "id_number"), ctrl=True)


def book(qtbot, visitor: str, host: str, department: str, at: str):
    def step(form):
        pick(form, "kind", "Appointment by phone")
        type_text(qtbot, field(form, "visitor"), visitor)
        type_text(qtbot, field(form, "host_person"), host)
        type_text(qtbot, field(form, "host_department"), department)
        field(form, "arrived_at").clear()
        type_text(qtbot, field(form, "arrived_at"), at)
        press_enter(qtbot, field(form, "visitor"), ctrl=True)

    return step


def type_call(qtbot, key: str, phone: str, content: str, answer: str = "",
              room: str = "1203", category: str = ""):
    """The kind by its digit, then Enter from field to field; Ctrl+Enter saves."""

    def step(form):
        kind = field(form, "kind")
        assert QApplication.focusWidget() is kind
        qtbot.keyClick(kind, key)
        press_enter(qtbot, kind)
        type_text(qtbot, field(form, "phone"), phone)
        press_enter(qtbot, field(form, "phone"))
        type_text(qtbot, field(form, "room"), room)
        press_enter(qtbot, field(form, "room"))
        type_text(qtbot, field(form, "caller"), "王伟")
        press_enter(qtbot, field(form, "caller"))
        type_text(qtbot, field(form, "unit"), "财务部")
        press_enter(qtbot, field(form, "unit"))
        type_text(qtbot, field(form, "content"), content)
        if answer:
            type_text(qtbot, field(form, "answer"), answer)
        if category:
            pick(form, "category", category)
        press_enter(qtbot, field(form, "content"), ctrl=True)

    return step


def type_found_wallet(qtbot, form) -> None:
    press_enter(qtbot, field(form, "found_on"))  # today
    for key, text in (("place", "A座1楼大堂"), ("item_name", "黑色钱包"), ("style", "真皮短款"),
                      ("model", "七匹狼")):
        assert QApplication.focusWidget() is field(form, key)
        type_text(qtbot, field(form, key), text)
        press_enter(qtbot, field(form, key))
    press_enter(qtbot, field(form, "quantity"))
    type_text(qtbot, field(form, "finder"), "保洁员王秀兰")
    press_enter(qtbot, field(form, "finder"))
    type_text(qtbot, field(form, "finder_phone"), "13800001111")
    press_enter(qtbot, field(form, "finder_phone"))
    qtbot.keyClick(field(form, "finder_is_staff"), Qt.Key.Key_Space)
    press_enter(qtbot, field(form, "finder_is_staff"))
    type_text(qtbot, field(form, "value"), "300")
    press_enter(qtbot, field(form, "value"))
    assert field(form, "handed_to").text() == "李晓燕"
    press_enter(qtbot, field(form, "handed_to"))
    type_text(qtbot, field(form, "storage"), "客服部失物柜A格")
    press_enter(qtbot, field(form, "storage"))
    press_enter(qtbot, field(form, "note"), ctrl=True)


def type_claim(qtbot, form) -> None:
    type_text(qtbot, field(form, "owner"), "王芳")
    press_enter(qtbot, field(form, "owner"))
    press_enter(qtbot, field(form, "id_type"))  # 身份证
    type_text(qtbot, field(form, "id_number"), ID_CARD)
    press_enter(qtbot, field(form, "id_number"))
    assert field(form, "id_number").displayText() != ID_CARD  # dots once left
    type_text(qtbot, field(form, "phone"), "13912345678")
    press_enter(qtbot, field(form, "phone"))
    press_enter(qtbot, field(form, "claimed_at"))
    press_enter(qtbot, field(form, "handled_by"), ctrl=True)


# --- the morning ------------------------------------------------------------------------


def test_a_clerks_tuesday_morning_at_the_desk(app, qtbot, driver, messages, printed, staff,
                                              clock, pdf_text):
    clerk, duty = staff["clerk"], staff["duty"]
    desk = open_main_window(qtbot, clerk)
    tab = desk.tabs.currentWidget()
    assert tab is desk.tabs.widget(0) and tab.views.currentWidget() is tab.visitors
    visitors = tab.visitors

    # 08:30 a walk-in: registered with Ctrl+N, the ID never shown in full
    driver.then(lambda form: type_walk_in(qtbot, form))
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert not driver.steps and not driver.banners, driver.banners
    walk_in = reception.Visit.get(reception.Visit.visitor == "王小明")
    assert (walk_in.kind, walk_in.status, walk_in.id_number, walk_in.arrived_at) == (
        reception.WALK_IN, reception.EXPECTED, VISITOR_ID, TUESDAY)
    back_to(qtbot, desk)
    row = shown_row(visitors.list, walk_in.id)
    assert (row["visitor"], row["status"], row["kind"]) == ("王小明", "Expected", "Walk-in")
    assert VISITOR_ID not in row.values() and row["id_number"] == VISITOR_MASKED
    assert "notify" in steps_on(desk) and "sign_in" not in steps_on(desk)

    # the host told (F7), the visitor let in (F8): one on site
    clock.advance(minutes=3)
    select_row(qtbot, desk, walk_in.id)
    driver.then(lambda form: press_enter(qtbot, field(form, "notified_to"), ctrl=True))
    press(qtbot, Qt.Key.Key_F7)
    assert not driver.steps and not driver.banners, driver.banners
    walk_in = reception.get_visit(walk_in.id)
    assert (walk_in.status, walk_in.notified_to, walk_in.notified_at) == (
        reception.NOTIFIED, "孙丽", clock.now.replace(second=0))
    select_row(qtbot, desk, walk_in.id)
    press(qtbot, Qt.Key.Key_F8)
    assert reception.get_visit(walk_in.id).status == reception.ON_SITE
    assert shown_row(visitors.list, walk_in.id)["status"] == "On site"
    assert "On site: 1" in visitors.counter.text()

    # two appointments booked for the morning
    for step in (book(qtbot, "李律师", "卫总", "总经理办公室", "2026-03-10 10:00"),
                 book(qtbot, "陈女士", "孙丽", "财务部", "2026-03-10 10:30")):
        back_to(qtbot, desk)
        driver.then(step)
        press(qtbot, Qt.Key.Key_N, CTRL)
        assert not driver.steps and not driver.banners, driver.banners
    lawyer = reception.Visit.get(reception.Visit.visitor == "李律师")
    absent = reception.Visit.get(reception.Visit.visitor == "陈女士")
    assert (lawyer.kind, lawyer.arrived_at, lawyer.status) == (
        reception.APPOINTMENT, dt.datetime(2026, 3, 10, 10, 0), reception.EXPECTED)
    assert (absent.kind, absent.status) == (reception.APPOINTMENT, reception.EXPECTED)

    # 09:15 the walk-in leaves: F9, no form
    clock.set(TUESDAY.replace(hour=9, minute=15))
    select_row(qtbot, desk, walk_in.id)
    press(qtbot, Qt.Key.Key_F9)
    walk_in = reception.get_visit(walk_in.id)
    assert (walk_in.status, walk_in.left_at) == (reception.LEFT, clock.now)
    assert shown_row(visitors.list, walk_in.id)["status"] == "Left"
    assert "On site: 0" in visitors.counter.text()

    # 10:00 the lawyer arrives: host told, let in
    clock.set(TUESDAY.replace(hour=10, minute=0))
    select_row(qtbot, desk, lawyer.id)
    driver.then(lambda form: press_enter(qtbot, field(form, "notified_to"), ctrl=True))
    press(qtbot, Qt.Key.Key_F7)
    assert not driver.banners, driver.banners
    select_row(qtbot, desk, lawyer.id)
    press(qtbot, Qt.Key.Key_F8)
    assert reception.get_visit(lawyer.id).status == reception.ON_SITE
    assert "On site: 1" in visitors.counter.text()

    # 11:00 陈女士 has not come: Shift+F9, 未到
    clock.set(TUESDAY.replace(hour=11, minute=0))
    select_row(qtbot, desk, absent.id)
    assert "no_show" in steps_on(desk)
    press(qtbot, Qt.Key.Key_F9, SHIFT)
    assert reception.get_visit(absent.id).status == reception.NO_SHOW
    assert shown_row(visitors.list, absent.id)["status"] == "Did not come"
    assert "no_show" not in steps_on(desk) and "sign_in" not in steps_on(desk)
    assert reception.Visit.select().count() == 3

    # --- five calls: Ctrl+Tab to the calls, Ctrl+N for each
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tab.views.currentWidget() is tab.calls
    back_to(qtbot, desk)
    calls = tab.calls
    made: list[reception.Call] = []
    for step in (
            type_call(qtbot, "3", "13800001111", "请问周末空调开放吗", answer="需提前申请"),
            type_call(qtbot, "1", "13800001111", "卫生间水龙头漏水", category="水"),
            type_call(qtbot, "2", "13900002222", "保安态度不好", room="0801"),
            type_call(qtbot, "6", "13900003333", "建议大堂增加座椅", room="1501"),
            type_call(qtbot, "3", "13900004444", "会议室下周三能否预订", room="0602")):
        clock.advance(minutes=4)
        back_to(qtbot, desk)
        driver.then(step)
        press(qtbot, Qt.Key.Key_N, CTRL)
        assert not driver.steps and not driver.banners, driver.banners
        made.append(reception.Call.select().order_by(reception.Call.id.desc()).get())
    inquiry, repair_call, complaint, suggestion_call, waiting = made
    assert reception.Call.select().count() == 5
    assert [c.status for c in made] == [
        reception.CALL_ANSWERED, reception.CALL_TO_REPAIR, reception.CALL_TO_REGISTER,
        reception.CALL_TO_SUGGESTION, reception.CALL_PENDING]
    back_to(qtbot, desk)
    assert [shown_row(calls.list, c.id)["status"] for c in made] == [
        "Answered", "Order made", "To register", "Suggestion made", "To answer"]
    assert shown_row(calls.list, inquiry.id)["kind"] == "Inquiry"

    # the repair order: stored with the call's fields, the call linked to it
    assert repairs.RepairOrder.select().count() == 1
    order = repairs.get_order(reception.get_call(repair_call.id).repair_order_id)
    assert (order.location, order.reporter, order.phone, order.content, order.category.name) == (
        "1203", "王伟", "13800001111", "卫生间水龙头漏水", "水")
    assert reception.call_of_order(order).id == repair_call.id
    select_row(qtbot, desk, waiting.id)
    assert {"answer", "to_repair"} <= steps_on(desk)
    select_row(qtbot, desk, repair_call.id)
    assert "answer" not in steps_on(desk)

    # ... and in the repairs tab, where Ctrl+PgDown takes the clerk
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert desk.tabs.currentIndex() == 1
    repairs_list = desk.current_list_view()
    row = shown_row(repairs_list, order.id)  # the tab, first shown now, read its list again
    assert (row["number"], row["reporter"]) == (order.number, "王伟")
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert desk.tabs.currentWidget() is tab and tab.views.currentWidget() is tab.calls

    # --- the suggestion from the call, through its steps
    suggestion = reception.get_suggestion(reception.get_call(suggestion_call.id).suggestion_id)
    assert (suggestion.content, suggestion.status) == (
        "建议大堂增加座椅", reception.SUGGESTION_REGISTERED)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tab.views.currentWidget() is tab.complaints  # 投诉, between calls and suggestions
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tab.views.currentWidget() is tab.suggestions
    select_row(qtbot, desk, suggestion.id)
    assert shown_row(tab.suggestions.list, suggestion.id)["status"] == "To confirm"
    assert "confirm" not in steps_on(desk)  # the duty officer's

    # the duty officer confirms at his own desk (his own window): F6
    clock.set(TUESDAY.replace(hour=11, minute=30))
    his = open_main_window(qtbot, duty)
    his_tab = his.tabs.widget(0)
    assert his_tab.views.currentWidget() is his_tab.suggestions  # the desk remembers
    select_row(qtbot, his, suggestion.id)
    assert "confirm" in steps_on(his)
    press(qtbot, Qt.Key.Key_F6)
    confirmed = reception.get_suggestion(suggestion.id)
    assert (confirmed.status, confirmed.confirmed_at) == (
        reception.SUGGESTION_CONFIRMED, clock.now)
    assert shown_row(his_tab.suggestions.list, suggestion.id)["status"] == "Confirmed"
    his.close()

    # back at the clerk's: sent (F7), signed for (F8), the result (F9)
    back_to(qtbot, desk)
    select_row(qtbot, desk, suggestion.id)
    assert shown_row(tab.suggestions.list, suggestion.id)["status"] == "Confirmed"
    assert "send" in steps_on(desk)

    def send(form):
        type_text(qtbot, field(form, "department"), "物业管理部")
        press_enter(qtbot, field(form, "department"))

    def acknowledge(form):
        type_text(qtbot, field(form, "ack_name"), "赵主管")
        press_enter(qtbot, field(form, "ack_name"))
        press_enter(qtbot, field(form, "ack_date"))

    def result(form):
        type_text(qtbot, field(form, "result"), "已增加四张座椅")
        press_enter(qtbot, field(form, "result"), ctrl=True)

    for key, step, status, word in (
            (Qt.Key.Key_F7, send, reception.SUGGESTION_SENT, "Sent"),
            (Qt.Key.Key_F8, acknowledge, reception.SUGGESTION_ACKNOWLEDGED, "Acknowledged"),
            (Qt.Key.Key_F9, result, reception.SUGGESTION_CLOSED, "Result recorded")):
        clock.advance(minutes=20)
        select_row(qtbot, desk, suggestion.id)
        driver.then(step)
        press(qtbot, key)
        assert not driver.steps and not driver.banners, driver.banners
        assert reception.get_suggestion(suggestion.id).status == status
        back_to(qtbot, desk)
        assert shown_row(tab.suggestions.list, suggestion.id)["status"] == word
    done = reception.get_suggestion(suggestion.id)
    assert (done.department, done.ack_name, done.ack_date, done.result) == (
        "物业管理部", "赵主管", dt.date(2026, 3, 10), "已增加四张座椅")

    # --- lost and found: a wallet handed in, claimed by its owner
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tab.views.currentWidget() is tab.lostfound
    back_to(qtbot, desk)
    lostfound = tab.lostfound
    driver.then(lambda form: type_found_wallet(qtbot, form))
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert not driver.steps and not driver.banners, driver.banners
    wallet = reception.FoundItem.get()
    assert (wallet.item_name, wallet.finder, wallet.finder_is_staff, wallet.storage,
            wallet.value, wallet.status) == ("黑色钱包", "保洁员王秀兰", True, "客服部失物柜A格",
                                             Decimal("300"), reception.UNCLAIMED)
    back_to(qtbot, desk)
    assert shown_row(lostfound.found, wallet.id)["status"] == "Unclaimed"
    assert {"claim", "print_item"} <= steps_on(desk)

    clock.advance(minutes=40)
    select_row(qtbot, desk, wallet.id)
    driver.then(lambda form: type_claim(qtbot, form))
    press(qtbot, Qt.Key.Key_F8)
    assert not driver.steps and not driver.banners, driver.banners
    wallet = reception.get_found_item(wallet.id)
    record = reception.claim_of(wallet)
    assert (wallet.status, record.owner, record.id_number, record.handled_by) == (
        reception.CLAIMED, "王芳", ID_CARD, "李晓燕")
    assert any(kind == "question" and CLAIM_MASKED in text for kind, text in messages)
    assert not any(ID_CARD in text for _kind, text in messages)
    claim_form = flat(pdf_text(printed[-1][0]))
    assert "失物认领表" in claim_form and CLAIM_MASKED in claim_form
    assert ID_CARD not in claim_form
    back_to(qtbot, desk)
    assert shown_row(lostfound.found, wallet.id)["status"] == "Claimed"
    lostfound.lists.setCurrentIndex(2)  # the claims
    back_to(qtbot, desk)
    press(qtbot, Qt.Key.Key_F5)
    row = shown_row(lostfound.claims, record.id)
    assert CLAIM_MASKED in row.values() and ID_CARD not in row.values()
    QApplication.processEvents()
    assert CLAIM_MASKED in lostfound.info.text() and ID_CARD not in lostfound.info.text()

    # --- paper: the day's visitors register (Ctrl+D), the month's suggestions (Ctrl+M)
    click_sub_view(qtbot, tab, tab.visitors)
    assert tab.views.currentWidget() is tab.visitors
    back_to(qtbot, desk)
    before = len(printed)
    driver.then(lambda form: press_enter(qtbot, field(form, "day")))
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert len(printed) == before + 1
    register = flat(pdf_text(printed[-1][0]))
    assert "来访登记表" in register and "当值签字" in register
    for visit in (walk_in, lawyer, absent):
        assert visit.number in register and visit.visitor in register
    assert "未到" in register and VISITOR_ID not in register

    click_sub_view(qtbot, tab, tab.suggestions)
    assert tab.views.currentWidget() is tab.suggestions
    back_to(qtbot, desk)
    driver.then(lambda form: press_enter(qtbot, field(form, "month")))
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert len(printed) == before + 2
    pdf, title = printed[-1]
    assert "2026-03" in title
    summary = flat(pdf_text(pdf))
    for word in ("建议/意见月度汇总表", "建议大堂增加座椅", "物业管理部", "赵主管",
                 "已增加四张座椅"):
        assert word in summary, word
    assert desk.user is clerk and not driver.steps
    assert not [text for kind, text in messages if kind in ("warning", "critical", "box")]
