"""客户投诉 at the desk, as a clerk and the manager: a complaint taken by phone registered from
the call (Enter moves on), its notice printed two copies on one sheet, judged and
assigned, answered late (red, "late to answer"), called back 不满意 and reopened, fixed,
called back 满意 and closed — every step through the toolbar and its forms."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception.complaints_view import LATE, ComplaintsSettings, ComplaintsView
from models import reception
from tests.helpers.complaints import a_phoned_complaint
from tests.helpers.keys import press_enter, type_text
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.widgets import field, label_texts


def enabled(view: ComplaintsView) -> set[str]:
    return {name for name, action in view.qactions.items() if action.isEnabled()}


def choose(form, key: str, value) -> None:
    combo = form.fields[key].widget
    index = combo.findData(value)
    assert index >= 0, f"{value!r} not among the choices of {key}"
    combo.setCurrentIndex(index)


def row_of(view: ComplaintsView, key: str, role=Qt.ItemDataRole.DisplayRole):
    return view.list.model.index(0, view.list.spec.index_of(key)).data(role)


def on(view: ComplaintsView, c) -> None:
    view.refresh()
    assert view.list.select_only(c.id)
    QApplication.processEvents()
    view.update_actions()


def register_from_the_call(qtbot, form) -> None:
    """Everything came from the call: the clerk checks, picks the nature, Enter through."""
    assert field(form, "customer").text() == "王先生"
    assert field(form, "phone").text() == "13800138000"
    assert QApplication.focusWidget() is field(form, "received_at")
    for key in ("received_at", "channel", "customer", "phone", "unit", "room"):
        assert QApplication.focusWidget() is field(form, key), key
        press_enter(qtbot, field(form, key))
    choose(form, "nature", "repairs")
    press_enter(qtbot, field(form, "nature"))
    press_enter(qtbot, field(form, "level"))
    type_text(qtbot, field(form, "request"), "今天内修好")
    press_enter(qtbot, field(form, "request"))
    assert QApplication.focusWidget() is field(form, "summary")
    press_enter(qtbot, field(form, "summary"), ctrl=True)


def judge_valid(qtbot, form) -> None:
    press_enter(qtbot, field(form, "valid"))  # 成立
    press_enter(qtbot, field(form, "level"))
    press_enter(qtbot, field(form, "explanation"), ctrl=True)


def assign_engineering(qtbot, form) -> None:
    form.fields["department"].widget.setCurrentText("工程部")
    press_enter(qtbot, field(form, "department"))
    type_text(qtbot, field(form, "responsible"), "刘海波")
    press_enter(qtbot, field(form, "responsible"))  # the last field: saves


def sign(qtbot, form) -> None:
    assert field(form, "signed_by").text() == "刘海波"
    press_enter(qtbot, field(form, "signed_by"))
    press_enter(qtbot, field(form, "at"))


def contact(qtbot, form) -> None:
    press_enter(qtbot, field(form, "at"))
    press_enter(qtbot, field(form, "reason"), ctrl=True)


def remedy(qtbot, text: str):
    def _type(form) -> None:
        field(form, "remedy").clear()
        type_text(qtbot, field(form, "remedy"), text)
        press_enter(qtbot, field(form, "remedy"), ctrl=True)
    return _type


def done(qtbot, form) -> None:
    press_enter(qtbot, field(form, "at"))


def call_back(qtbot, verdict: str, words: str):
    def _type(form) -> None:
        choose(form, "verdict", verdict)
        for key in ("verdict", "by_name", "at", "assessment"):
            press_enter(qtbot, field(form, key))
        type_text(qtbot, field(form, "words"), words)
        press_enter(qtbot, field(form, "words"), ctrl=True)
    return _type


def test_a_phoned_complaint_from_register_to_closed(open_view, qtbot, driver, staff, clock,
                                                    printed, tmp_path):
    clerk_view = open_view(ComplaintsView, staff["clerk"])
    call = a_phoned_complaint(staff["clerk"])
    values = reception.complaint_values_from_call(call)
    driver.then(lambda form: register_from_the_call(qtbot, form))
    c = clerk_view.register_from_call(values, call_id=call.id)
    assert not driver.steps and not driver.banners
    assert c is not None and (c.number, c.call_id, c.nature, c.channel) == (
        "TS20260310-0001", call.id, "repairs", "phone")
    assert c.received_at == dt.datetime(2026, 3, 10, 8, 50) and c.request == "今天内修好"
    assert row_of(clerk_view, "number") == c.number and clerk_view.list.current_id() == c.id
    assert enabled(clerk_view) >= {"new", "print"} and "judge" not in enabled(clerk_view)
    assert clerk_view.due_label.text().endswith("1")

    clerk_view.qactions["print"].trigger()
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert text.count("客户投诉处理通知单") == 2 and text.count(c.number) == 2
    assert "客服部存根" in text and "责任部门联" in text and text.count("王先生") == 2

    boss_view = open_view(ComplaintsView, staff["manager"])
    on(boss_view, c)
    assert {"judge", "cancel"} <= enabled(boss_view)
    driver.then(lambda form: judge_valid(qtbot, form))
    boss_view.qactions["judge"].trigger()
    driver.then(lambda form: assign_engineering(qtbot, form))
    boss_view.qactions["assign"].trigger()
    assert not driver.banners
    c = reception.get_complaint(c.id)
    assert (c.status, c.department, c.responsible) == ("assigned", "工程部", "刘海波")

    on(clerk_view, c)
    clock.advance(minutes=15)
    driver.then(lambda form: sign(qtbot, form))
    clerk_view.qactions["sign"].trigger()
    driver.then(lambda form: contact(qtbot, form))
    clerk_view.qactions["contact"].trigger()
    assert not driver.banners
    assert reception.get_complaint(c.id).status == "contacted"

    # four days on, no remedy: the row is red and says which step is late
    clock.advance(days=4)
    on(clerk_view, c)
    assert row_of(clerk_view, "late", Qt.ItemDataRole.ForegroundRole) == LATE
    assert "late to answer" in row_of(clerk_view, "late")
    assert "late to answer" in clerk_view.info.text()
    clerk_view.late_filter.setChecked(True)
    clerk_view.list.apply_filter()
    assert clerk_view.list.model.rowCount() == 1
    clerk_view.late_filter.setChecked(False)
    clerk_view.list.apply_filter()
    on(clerk_view, c)

    driver.then(remedy(qtbot, "已派人维修空调"))
    clerk_view.qactions["remedy"].trigger()
    driver.then(lambda form: done(qtbot, form))
    clerk_view.qactions["done"].trigger()
    driver.then(call_back(qtbot, reception.CALLBACK_DISSATISFIED, "空调又坏了"))
    clerk_view.qactions["call_back"].trigger()
    assert not driver.banners
    c = reception.get_complaint(c.id)
    assert (c.status, c.verdict, c.times_reopened) == ("reopened", "unsatisfied", 1)
    assert row_of(clerk_view, "late") in ("", None)  # a new remedy is due in 3 days

    def reopened_remedy(form) -> None:
        assert any("空调又坏了" in text for text in label_texts(form))  # the customer's words
        remedy(qtbot, "更换压缩机")(form)

    driver.then(reopened_remedy)
    clerk_view.qactions["remedy"].trigger()
    driver.then(lambda form: done(qtbot, form))
    clerk_view.qactions["done"].trigger()
    driver.then(call_back(qtbot, reception.CALLBACK_SATISFIED, "修好了"))
    clerk_view.qactions["call_back"].trigger()
    assert not driver.banners
    c = reception.get_complaint(c.id)
    assert (c.status, c.verdict, c.remedy) == ("closed", "satisfied", "更换压缩机")
    assert [b.verdict for b in reception.complaint_callbacks(c)] == ["unsatisfied", "satisfied"]
    assert enabled(clerk_view) & {"remedy", "done", "call_back", "cancel"} == set()
    assert clerk_view.due_label.text().endswith("0")


def test_the_deadline_preset_in_settings(app, qtbot, admin, staff, clock):
    section = ComplaintsSettings(admin)
    qtbot.addWidget(section)
    section.preset.setCurrentIndex(section.preset.findData(reception.COMPLAINT_PRESET_003))
    assert section.save()
    assert reception.complaint_deadlines().contact_minutes == 120
    read_only = ComplaintsSettings(staff["clerk"])
    qtbot.addWidget(read_only)
    assert not read_only.save_button.isEnabled()


def test_a_letter_typed_in_then_the_next_entry_keeps_the_channel_and_the_register_prints(
        open_view, qtbot, driver, staff, clock, printed, tmp_path):
    view = open_view(ComplaintsView, staff["duty"])

    def type_letter(form) -> None:
        choose(form, "channel", "letter")
        for key, text in (("customer", "李女士"), ("phone", "13911112222"), ("unit", "华信律师事务所"),
                          ("room", "806")):
            field(form, key).setFocus()
            type_text(qtbot, field(form, key), text)
            press_enter(qtbot, field(form, key))
        assert QApplication.focusWidget() is field(form, "nature")
        choose(form, "nature", "attitude")
        field(form, "summary").setFocus()
        type_text(qtbot, field(form, "summary"), "前台接电话不耐烦")
        press_enter(qtbot, field(form, "summary"), ctrl=True)

    driver.then(type_letter)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    c = reception.Complaint.get()
    assert (c.channel, c.customer, c.room, c.nature, c.received_at) == (
        "letter", "李女士", "806", "attitude", clock.now.replace(second=0, microsecond=0))

    def check_channel(form) -> None:
        assert form.fields["channel"].widget.currentData() == "letter"  # the last entry's
    driver.then(check_channel)
    view.qactions["new"].trigger()  # looked at, cancelled

    reception.register_complaint({"customer": "赵先生", "phone": "13700000000",
                                  "summary": "车库车位被占用"}, by=staff["clerk"])
    view.refresh()
    assert view.list.model.rowCount() == 2
    type_text(qtbot, view.list.search, "13911112222")  # search by phone
    view.list.apply_filter()
    assert view.list.model.rowCount() == 1 and row_of(view, "customer") == "李女士"
    driver.then(lambda form: (press_enter(qtbot, field(form, "first")),
                              press_enter(qtbot, field(form, "last"))))
    view.qactions["register_pdf"].trigger()
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert "客户投诉登记表" in text and c.number in text and "李女士" in text
