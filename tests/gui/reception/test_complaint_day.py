"""Issue 12's "done means", through the reception tab only: a complaint taken by phone (a call
typed as 投诉, then 登记投诉 from the calls list), its notice printed two copies on one A4,
judged valid and assigned by the manager at his desk, signed for, the customer contacted,
the remedy answered LATE (the list says which step and by how much, in red), done, called
back 不满意 with the customer's words (the complaint's own 回访 step), reopened (重办),
fixed, done, called back 满意 from the one callback queue (回访) and closed. At each step the test reads what the clerk sees
(rows, the line above the list, the counters) and what was stored.
In April the same customer complains again of the same air conditioner (from a call), and in
July the manager prints the half-year analysis: room 1208 · 维修 twice, the recurring problem
on top with both numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception.tab import LATE, ReceptionTab
from models import audit, reception
from tests.helpers.keys import press_enter, type_text
from tests.helpers.widgets import cell, enabled, field, label_texts

TUESDAY = dt.datetime(2026, 3, 10, 9, 0)
pytestmark = pytest.mark.clock_at(TUESDAY)
NUMBER = "TS20260310-0001"


def click(qtbot, view, step: str) -> None:
    """The step's toolbar button, clicked as the clerk does (it must be there and enabled)."""
    button = view.toolbar.widgetForAction(view.qactions[step])
    assert button.isVisible() and button.isEnabled(), f"{step}: {sorted(enabled(view))}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def on_complaint(tab, c_id: int) -> None:
    """The clerk in the complaints list, on the complaint (F5 first: another desk wrote)."""
    tab.views.setCurrentWidget(tab.complaints)
    tab.complaints.refresh()
    assert tab.complaints.list.select_only(c_id)
    QApplication.processEvents()


def shown(tab, key: str, role=Qt.ItemDataRole.DisplayRole):
    view = tab.complaints
    row = view.list.model.row_of(view.list.current_id())
    return view.list.model.index(row, view.list.spec.index_of(key)).data(role)


def actions_logged(c) -> list[str]:
    return [e.action for e in audit.AuditEntry.select().where(
        (audit.AuditEntry.entity == "complaint") & (audit.AuditEntry.record_id == c.id))
        .order_by(audit.AuditEntry.id)]


def chinese_status(tab) -> str:
    """The status cell as the desk shows it in its default language (zh_CN)."""
    from PySide6.QtCore import QLocale

    from gui import i18n

    locale = QLocale()
    try:
        assert "frontdesk_zh_CN.qm" in i18n.install_translators("zh_CN")
        tab.complaints.refresh()  # the rows read again, in the desk's language
        return shown(tab, "status")
    finally:
        i18n.install_translators("none")
        QLocale.setDefault(locale)
        tab.complaints.refresh()


def test_a_complaint_taken_by_phone_from_the_call_to_closed(open_view, qtbot, driver, staff,
                                                            clock, printed, pdf_text):
    clerk_tab = open_view(ReceptionTab, staff["clerk"])
    calls = clerk_tab.calls
    clerk_tab.views.setCurrentWidget(calls)

    # 09:00 the phone rings: 2 = 投诉, who, what; the call waits as 投诉待登记
    def take_the_call(form) -> None:
        qtbot.keyClick(field(form, "kind"), "2")
        for key, text in (("phone", "13800138000"), ("room", "1208"), ("caller", "王先生"),
                          ("unit", "星河科技有限公司")):
            field(form, key).setFocus()
            type_text(qtbot, field(form, key), text)
        type_text(qtbot, field(form, "content"), "空调报修两天仍未修好，办公室闷热，要求今天修好")
        press_enter(qtbot, field(form, "content"), ctrl=True)

    driver.then(take_the_call)
    click(qtbot, calls, "new")
    assert not driver.steps and not driver.banners, driver.banners
    call = reception.Call.get()
    assert call.status == reception.CALL_TO_REGISTER
    QApplication.processEvents()
    assert clerk_tab.counted()["calls_to_register"] == 1

    # 09:02 登记投诉 from the call: nothing typed again, the nature picked
    clock.advance(minutes=2)
    assert calls.list.select_only(call.id)

    def register(form) -> None:
        assert (field(form, "customer").text(), field(form, "phone").text(),
                field(form, "room").text()) == ("王先生", "13800138000", "1208")
        assert field(form, "summary").toPlainText().startswith("空调报修两天仍未修好")
        combo = form.fields["nature"].widget
        combo.setCurrentIndex(combo.findData("repairs"))
        type_text(qtbot, field(form, "request"), "今天修好")
        press_enter(qtbot, field(form, "summary"), ctrl=True)

    driver.then(register)
    click(qtbot, calls, "to_complaint")
    assert not driver.steps and not driver.banners, driver.banners
    c = reception.Complaint.get()
    assert (c.number, c.call_id, c.channel, c.received_at, c.status) == (
        NUMBER, call.id, "phone", TUESDAY, "registered")
    assert cell(calls, 0, "status") == "Complaint made" and NUMBER in calls.info.text()
    QApplication.processEvents()
    assert clerk_tab.counted()["calls_to_register"] == 0
    assert clerk_tab.counted()["complaints_due"] == 1  # to be reported the same day

    # its notice: two copies on one A4, 客服部存根 above, 责任部门联 below
    on_complaint(clerk_tab, c.id)
    click(qtbot, clerk_tab.complaints, "print")
    pdf, title = printed[-1]
    assert NUMBER in title
    text = pdf_text(pdf)
    assert text.count("\f") == 1  # one sheet
    top, bottom = text.split("沿此线裁开")
    assert "客服部存根" in top and "责任部门联" in bottom
    for copy in ("".join(top.split()), "".join(bottom.split())):
        assert "客户投诉处理通知单" in copy and NUMBER in copy and "王先生" in copy
        assert "13800138000" in copy and "空调报修两天仍未修好" in copy and "负责人签字" in copy

    # 09:10 the manager, at his desk: valid, to 工程部
    clock.advance(minutes=8)
    boss_tab = open_view(ReceptionTab, staff["manager"])
    on_complaint(boss_tab, c.id)
    assert {"judge", "cancel"} <= enabled(boss_tab.complaints)

    def judge(form) -> None:
        assert form.fields["valid"].value() == 1  # 成立
        press_enter(qtbot, field(form, "valid"))
        press_enter(qtbot, field(form, "level"))
        press_enter(qtbot, field(form, "explanation"), ctrl=True)

    def assign(form) -> None:
        form.fields["department"].widget.setCurrentText("工程部")
        type_text(qtbot, field(form, "responsible"), "刘海波")
        press_enter(qtbot, field(form, "responsible"))

    driver.then(judge)
    click(qtbot, boss_tab.complaints, "judge")
    driver.then(assign)
    click(qtbot, boss_tab.complaints, "assign")
    assert not driver.steps and not driver.banners, driver.banners
    c = reception.get_complaint(c.id)
    assert (c.status, c.valid, c.department, c.responsible, c.assigned_by) == (
        "assigned", 1, "工程部", "刘海波", staff["manager"].full_name)

    # 09:20 the clerk: 工程部 signed for the notice; the customer called
    clock.advance(minutes=10)
    on_complaint(clerk_tab, c.id)
    assert shown(clerk_tab, "status") == "Assigned"

    def sign(form) -> None:
        assert field(form, "signed_by").text() == "刘海波"
        press_enter(qtbot, field(form, "signed_by"))
        press_enter(qtbot, field(form, "at"))

    def contact(form) -> None:
        press_enter(qtbot, field(form, "at"))
        press_enter(qtbot, field(form, "reason"), ctrl=True)

    driver.then(sign)
    click(qtbot, clerk_tab.complaints, "sign")
    driver.then(contact)
    click(qtbot, clerk_tab.complaints, "contact")
    assert not driver.steps and not driver.banners, driver.banners
    c = reception.get_complaint(c.id)
    assert (c.status, c.signed_by, c.contacted_at) == ("contacted", "刘海波",
                                                       TUESDAY + dt.timedelta(minutes=20))
    assert shown(clerk_tab, "late") in ("", None)

    # Saturday: no remedy yet, due Friday 09:00 — red, and it says which step, how late
    clock.set(dt.datetime(2026, 3, 14, 10, 30))
    clerk_tab.hide()
    clerk_tab.show()  # the clerk comes back to the tab
    on_complaint(clerk_tab, c.id)
    assert shown(clerk_tab, "late") == "1 d 1 h late to answer"
    assert shown(clerk_tab, "late", Qt.ItemDataRole.ForegroundRole) == LATE
    assert "1 d 1 h late to answer" in clerk_tab.complaints.info.text()
    assert clerk_tab.counted()["complaints_late"] == 1
    assert f'href="complaints_late" style="color: {LATE.name()};"' in clerk_tab.counters.text()

    def remedy(text: str, said: str = ""):
        def _type(form) -> None:
            if said:  # reopened: the customer's words are in front of the clerk
                assert any(said in line for line in label_texts(form))
            field(form, "remedy").clear()
            type_text(qtbot, field(form, "remedy"), text)
            press_enter(qtbot, field(form, "remedy"), ctrl=True)
        return _type

    def done(form) -> None:
        press_enter(qtbot, field(form, "at"))

    def call_back(verdict: str, words: str):
        def _type(form) -> None:
            combo = form.fields["verdict"].widget
            combo.setCurrentIndex(combo.findData(verdict))
            type_text(qtbot, field(form, "words"), words)
            press_enter(qtbot, field(form, "words"), ctrl=True)
        return _type

    driver.then(remedy("已派人清洗空调并补充冷媒"))
    click(qtbot, clerk_tab.complaints, "remedy")
    c = reception.get_complaint(c.id)
    assert c.remedy_at > c.remedy_due  # answered late, as recorded
    assert shown(clerk_tab, "status") == "Remedy answered"
    # an ordinary case is resolved within 2 days (Thursday 09:00): still red, the next step
    assert shown(clerk_tab, "late") == "2 d 1 h late to resolve"
    assert shown(clerk_tab, "late", Qt.ItemDataRole.ForegroundRole) == LATE

    # 14:00 done; 16:00 the customer, called back: not satisfied
    clock.advance(hours=3, minutes=30)
    driver.then(done)
    click(qtbot, clerk_tab.complaints, "done")
    assert shown(clerk_tab, "late") in ("", None)  # to call back by tonight
    QApplication.processEvents()
    assert clerk_tab.counted()["complaints_late"] == 0
    assert clerk_tab.counted()["complaints_due"] == 1  # the callback, today
    assert reception.get_complaint(c.id).callback_due == dt.datetime(2026, 3, 14, 23, 59, 59)
    clock.advance(hours=2)
    driver.then(call_back(reception.CALLBACK_DISSATISFIED, "空调还是不制冷"))
    click(qtbot, clerk_tab.complaints, "call_back")
    assert not driver.steps and not driver.banners, driver.banners
    c = reception.get_complaint(c.id)
    assert (c.status, c.verdict, c.times_reopened, c.done_at) == (
        "reopened", "unsatisfied", 1, None)
    assert [(b.verdict, b.words, b.by_name) for b in reception.complaint_callbacks(c)] == [
        ("unsatisfied", "空调还是不制冷", staff["clerk"].full_name)]
    assert shown(clerk_tab, "status") == "Reopened" and chinese_status(clerk_tab) == "重办"
    assert "remedy" in enabled(clerk_tab.complaints)  # back with the department
    assert "call_back" not in enabled(clerk_tab.complaints)

    # Monday: fixed (the new remedy, the customer's words before the clerk), done, satisfied
    clock.set(dt.datetime(2026, 3, 16, 10, 0))
    on_complaint(clerk_tab, c.id)
    assert shown(clerk_tab, "late") in ("", None)  # a new remedy is due in 3 days
    driver.then(remedy("更换空调压缩机", said="空调还是不制冷"))
    click(qtbot, clerk_tab.complaints, "remedy")
    clock.advance(hours=4)
    driver.then(done)
    click(qtbot, clerk_tab.complaints, "done")
    # 15:00 this time from the one callback queue (回访): the complaint waits there; 1
    clock.advance(hours=1)
    clerk_tab.views.setCurrentWidget(clerk_tab.callbacks)
    queue = clerk_tab.callbacks.queue
    (row,) = [r for r in range(queue.rowCount()) if queue.item(r, 1).text() == NUMBER]
    queue.selectRow(row)

    def satisfied(form) -> None:
        qtbot.keyClick(field(form, "verdict"), Qt.Key.Key_1)  # one key: 满意
        press_enter(qtbot, field(form, "verdict"))
        type_text(qtbot, field(form, "words"), "已经修好了，谢谢")
        press_enter(qtbot, field(form, "words"), ctrl=True)

    driver.then(satisfied)
    click(qtbot, clerk_tab.callbacks, "call_back")  # (F11 at the window)
    assert not driver.steps and not driver.banners, driver.banners
    assert NUMBER not in [queue.item(r, 1).text() for r in range(queue.rowCount())]
    on_complaint(clerk_tab, c.id)

    c = reception.get_complaint(c.id)
    assert (c.status, c.verdict, c.remedy, c.closed_at) == (
        "closed", "satisfied", "更换空调压缩机", dt.datetime(2026, 3, 16, 15, 0))
    assert [b.verdict for b in reception.complaint_callbacks(c)] == ["unsatisfied",
                                                                      "satisfied"]
    assert shown(clerk_tab, "status") == "Closed" and shown(clerk_tab, "verdict") == "Satisfied"
    assert enabled(clerk_tab.complaints) & {"remedy", "done", "call_back", "cancel"} == set()
    assert actions_logged(c) == [
        "complaint.register", "complaint.judge", "complaint.assign", "complaint.sign",
        "complaint.contact", "complaint.remedy", "complaint.done", "complaint.callback",
        "complaint.remedy", "complaint.done", "complaint.callback"]
    QApplication.processEvents()
    assert clerk_tab.counted() == {"visitors_expected": 0, "calls_to_register": 0,
                                   "complaints_due": 0, "complaints_late": 0,
                                   "callbacks_due": 0, "callbacks_late": 0,
                                   "consultation_answers_due": 0,
                                   "consultation_answers_late": 0,
                                   "consultation_week_missing": 1}  # none held this week
    assert reception.get_call(call.id).status == reception.CALL_TO_COMPLAINT
    assert reception.check_reception() == []

    # reprinted: the last callback on both copies, the reopening noted
    click(qtbot, clerk_tab.complaints, "print")
    text = "".join(pdf_text(printed[-1][0]).split())
    assert text.count("更换空调压缩机") == 2 and text.count("已经修好了，谢谢") == 2
    assert text.count("曾回访不满意重办1次") == 2

    # 20 April: the same customer, the same air conditioner — a second complaint, from a call
    clock.set(dt.datetime(2026, 4, 20, 9, 0))
    clerk_tab.views.setCurrentWidget(calls)
    driver.then(take_the_call)
    click(qtbot, calls, "new")
    again = reception.Call.select().order_by(reception.Call.id.desc()).get()
    assert calls.list.select_only(again.id)
    driver.then(register)
    click(qtbot, calls, "to_complaint")
    assert not driver.steps and not driver.banners, driver.banners
    second = reception.Complaint.get(reception.Complaint.call_id == again.id)

    # 2 July: the manager's half-year analysis, the recurring problem on top, printed
    clock.set(dt.datetime(2026, 7, 2, 10, 0))
    on_complaint(boss_tab, c.id)

    def analyse(dialog) -> None:
        type_text(qtbot, dialog.year, "2026")
        qtbot.keyClick(dialog.year, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.part, Qt.Key.Key_Home)  # the first half
        assert dialog.period_name() == "2026H1"
        assert dialog.recurring_title.text().startswith("Recurring problems: 1")
        row = [dialog.recurring.item(0, k).text() for k in range(4)]
        assert row == ["1208", "Repairs", "2", f"{NUMBER}、{second.number}"]
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    driver.then(analyse)
    boss_tab.complaints.analysis_action.trigger()
    assert not driver.steps and not driver.banners, driver.banners
    pdf, title = printed[-1]
    assert title == "Complaint analysis 2026H1"
    text = "".join(pdf_text(pdf).split())
    assert "客户投诉分析（2026年上半年）" in text
    first_table = text.index("二、按投诉性质")
    assert text.index("一、反复出现的问题") < text.index(NUMBER) < first_table
    assert text.index(second.number) < first_table
