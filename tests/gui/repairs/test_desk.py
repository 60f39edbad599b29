"""The repairs desk as a clerk works it (issue 10): finding an order by the caller's phone or
the engineer, not registering a fault twice, the overdue counter that lists the late orders,
a category typed with a Chinese input method, a one-key callback verdict, the engineers on
duty, and the duty officer who registers the repair reported to him."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent, QInputMethodQueryEvent
from PySide6.QtWidgets import QApplication

from gui.repairs import RepairsSettingsPage, RepairsTab, forms
from gui.repairs.open_orders import OpenOrdersDialog
from models import people, repairs
from tests.helpers.clock import days_ago
from tests.helpers.keys import press_enter, type_text
from tests.helpers.repairs import category_id, register
from tests.helpers.widgets import POPUP_NOISE, field

pytestmark = POPUP_NOISE  # the category's completion list opens as it is typed


@pytest.fixture
def open_desk_tab(open_view):
    return lambda user: open_view(RepairsTab, user)


def listed(tab: RepairsTab) -> list[int]:
    model = tab.list.model
    return [model.row_id(r) for r in range(model.loaded())]


def cell(tab: RepairsTab, row: int, key: str) -> str:
    return tab.list.model.index(row, tab.list.spec.index_of(key)).data()


def ime_commit(text: str, preedit: str = "") -> None:
    """What a Chinese input method does: it composes (pinyin) in the focused editor, if that
    editor takes input methods at all, then commits the characters."""
    target = QApplication.focusObject()
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QApplication.sendEvent(target, query)
    assert query.value(Qt.InputMethodQuery.ImEnabled), (
        f"{type(target).__name__} {target.objectName()!r} takes no input method")
    QApplication.sendEvent(target, QInputMethodEvent(preedit or text, []))
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QApplication.sendEvent(target, commit)


def show_form(qtbot, form) -> None:
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)


# --- 6: search by phone and by engineer ----------------------------------------------------


def test_the_search_box_finds_the_callers_phone_and_the_engineer(open_desk_tab, qtbot,
                                                                 repair_tab_staff):
    clerk = repair_tab_staff["clerk"]
    mobile = [register(clerk, phone="19937164870", location="802室", content=f"漏水{n}")
              for n in range(3)]
    repairs.dispatch(mobile[0].id, "孙立新", by=clerk)
    other = register(clerk, phone="8012", location="1203室")
    repairs.dispatch(other.id, "孙立新", by=clerk)
    tab = open_desk_tab(clerk)
    assert len(listed(tab)) == 4

    tab.list.search.setFocus()
    qtbot.keyClicks(tab.list.search, "19937164870")
    qtbot.keyClick(tab.list.search, Qt.Key.Key_Return)
    assert sorted(listed(tab)) == sorted(o.id for o in mobile)
    qtbot.waitUntil(lambda: tab.list.count_label.text() == "3 row(s)")

    tab.list.search.clear()
    type_text(qtbot, tab.list.search, "孙立新")  # 维修人, as the IME puts it in
    qtbot.keyClick(tab.list.search, Qt.Key.Key_Return)
    assert sorted(listed(tab)) == sorted([mobile[0].id, other.id])


# --- 7: an open order of the room or phone is shown before saving ----------------------


def type_order(qtbot, form, room: str, phone: str) -> None:
    type_text(qtbot, field(form, "location"), room)
    press_enter(qtbot, field(form, "location"))
    press_enter(qtbot, field(form, "reporter"))
    type_text(qtbot, field(form, "phone"), phone)
    press_enter(qtbot, field(form, "phone"))
    ime_commit("水", "shui")
    press_enter(qtbot, QApplication.focusWidget())
    type_text(qtbot, field(form, "content"), "卫生间又漏水了")


def test_a_new_order_of_a_room_with_an_open_order_shows_it_before_saving(
        open_desk_tab, qtbot, driver, repair_tab_staff, table_snapshot):
    clerk = repair_tab_staff["clerk"]
    earlier = register(clerk, location="1203室", phone="8012", content="卫生间水龙头漏水",
                       reported_at=days_ago(0.1))
    repairs.dispatch(earlier.id, "刘海波", by=clerk)
    tab = open_desk_tab(clerk)
    seen: dict[str, object] = {}

    def form_step(form):
        type_order(qtbot, form, "1203室", "13900001111")  # a new phone, the same room
        note = form.findChild(type(form.banner), "openOrdersNote")
        seen["note"] = note.text() if note.isVisible() else ""
        seen["before"] = table_snapshot()
        press_enter(qtbot, field(form, "content"), ctrl=True)  # save: the warning first
        assert form.isVisible() and repairs.RepairOrder.select().count() == 1
        assert table_snapshot() == seen["before"]
        press_enter(qtbot, field(form, "content"), ctrl=True)  # asked again: register

    def look_and_go_back(dialog):
        assert isinstance(dialog, OpenOrdersDialog)
        rows = [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
                for r in range(dialog.table.rowCount())]
        seen["rows"] = rows
        assert dialog.back_button.isDefault()
        qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)

    def register_anyway(dialog):
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)

    driver.then(form_step).then(look_and_go_back).then(register_anyway)
    qtbot.keyClick(tab.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    assert earlier.number in seen["note"] and "Dispatched" in seen["note"]
    assert seen["rows"] == [[earlier.number, earlier.reported_at.strftime("%Y-%m-%d %H:%M"),
                             "Dispatched", "刘海波", "1203室", "8012", "卫生间水龙头漏水"]]
    new = repairs.RepairOrder.select().order_by(repairs.RepairOrder.id.desc()).first()
    assert (new.id != earlier.id, new.location, new.content) == (True, "1203室", "卫生间又漏水了")


def test_the_clerk_opens_the_earlier_order_instead_and_the_new_one_is_dropped(
        open_desk_tab, qtbot, driver, messages, repair_tab_staff, table_snapshot):
    clerk = repair_tab_staff["clerk"]
    older = register(clerk, location="1601室", phone="13800138000", content="空调不制冷",
                     reported_at=days_ago(2))
    earlier = register(clerk, location="1601室", phone="8012", content="空调滴水",
                       reported_at=days_ago(0.5))
    tab = open_desk_tab(clerk)
    before = table_snapshot()
    opened: list[int] = []

    def form_step(form):
        type_order(qtbot, form, "1601室", "13800138000")  # room and phone: both orders
        press_enter(qtbot, field(form, "content"), ctrl=True)

    def pick_the_older(dialog):
        assert [dialog.table.item(r, 0).text() for r in range(2)] == [earlier.number,
                                                                      older.number]
        dialog.table.selectRow(1)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    def order_dialog(dialog):
        opened.append(dialog.order_id)

    driver.then(form_step).then(pick_the_older).then(order_dialog)
    qtbot.keyClick(tab.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not driver.steps)  # the order opens once the form has closed
    assert opened == [older.id] and not driver.banners
    assert table_snapshot() == before  # nothing registered
    assert messages == []  # and no "throw away what you typed?": she chose it


def test_a_place_without_open_orders_saves_at_once_and_edits_are_not_asked(
        open_desk_tab, qtbot, driver, repair_tab_staff):
    clerk = repair_tab_staff["clerk"]
    done = register(clerk, location="905室", phone="8899")
    repairs.cancel(done.id, "住户自行解决", by=clerk)
    tab = open_desk_tab(clerk)

    def form_step(form):
        type_order(qtbot, form, "905室", "8899")  # only a cancelled order there
        assert not form.findChild(type(form.banner), "openOrdersNote").isVisible()
        press_enter(qtbot, field(form, "content"), ctrl=True)

    driver.then(form_step)
    order = tab.new_order()
    assert order is not None and order.location == "905室" and not driver.steps

    def edit(form):  # the order itself is open: editing it asks nothing
        field(form, "content").selectAll()
        type_text(qtbot, field(form, "content"), "Leak, worse")
        press_enter(qtbot, field(form, "content"), ctrl=True)

    driver.then(edit)
    assert tab.actions.edit(tab, order.id)
    assert repairs.get_order(order.id).content == "Leak, worse" and not driver.steps


# --- 8: the overdue counter lists the late orders, most late first ---------------------


def test_one_click_on_the_overdue_counter_lists_the_late_orders_most_late_first(
        open_desk_tab, qtbot, repair_tab_staff, clock):
    clerk, eng = repair_tab_staff["clerk"], repair_tab_staff["eng"]
    never_dispatched = register(clerk, reported_at=clock.now - dt.timedelta(days=4),
                                content="Nobody came")
    not_accepted = register(clerk, reported_at=clock.now - dt.timedelta(hours=6),
                            content="Waiting for engineering")
    repairs.dispatch(not_accepted.id, "刘海波", by=clerk, at=clock.now - dt.timedelta(hours=5))
    to_check = register(clerk, reported_at=clock.now - dt.timedelta(days=3), content="Fixed")
    repairs.dispatch(to_check.id, "刘海波", by=clerk, at=clock.now - dt.timedelta(days=3))
    repairs.accept(to_check.id, by=eng, at=clock.now - dt.timedelta(days=3))
    repairs.complete(to_check.id, "换阀芯", by=eng, completed_at=clock.now - dt.timedelta(days=2))
    on_time = register(clerk, content="Just reported")
    tab = open_desk_tab(clerk)
    tab.list.search.setText("Just")  # whatever the clerk was looking at
    tab.list.apply_filter()
    assert listed(tab) == [on_time.id]
    assert "Overdue: 3" in tab.summary_label.text()

    # the counter is the first words of its label: a click there follows the link
    label = tab.summary_label
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton,
                     pos=QPoint(label.fontMetrics().horizontalAdvance("Ove"), label.height() // 2))
    assert listed(tab) == [never_dispatched.id, to_check.id, not_accepted.id]
    assert tab.overdue_filter.isChecked() and tab.list.search.text() == ""
    assert [cell(tab, r, "late") for r in range(3)] == [
        "3 d 23 h late to dispatch", "1 d late to check", "2 h late to accept"]  # 6 h after a 4 h allowance
    assert "late to complete" not in tab.row_tooltip(0)
    assert tab.row_tooltip(0) == f"{never_dispatched.number}: Not dispatched in time: 3 d 23 h late"
    assert QApplication.focusWidget() is tab.list.table


def test_the_administrator_sets_the_office_deadlines_and_every_order_is_counted_at_once(
        app, qtbot, messages, admin, repair_tab_staff, clock):
    order = register(repair_tab_staff["clerk"], reported_at=clock.now - dt.timedelta(minutes=90))
    assert repairs.lateness(repairs.get_order(order.id), clock.now)[0] == "dispatch"  # 1 h
    page = RepairsSettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    dispatch, check, call_back = page.office_edits[repairs.NORMAL]
    assert [(e.number.value(), e.unit.currentText()) for e in (dispatch, check, call_back)] == [
        (1, "hours"), (1, "days"), (2, "days")]
    dispatch.number.setFocus()
    dispatch.number.selectAll()
    qtbot.keyClicks(dispatch.number, "2")  # two hours to dispatch
    call_back.number.selectAll()
    qtbot.keyClicks(call_back.number, "3")
    qtbot.mouseClick(page.save_deadlines_button, Qt.MouseButton.LeftButton)
    assert page.deadline_saved.text() == "Saved." and page.deadline_banner.isHidden()
    assert repairs.office_deadlines(repairs.NORMAL) == repairs.OfficeDeadlines(120, 1440, 4320)
    assert repairs.lateness(repairs.get_order(order.id), clock.now) is None  # at once
    assert repairs.count_overdue(clock.now) == 0

    dispatch.unit.setCurrentIndex(dispatch.unit.findText("days"))  # longer than accepting
    qtbot.mouseClick(page.save_deadlines_button, Qt.MouseButton.LeftButton)
    assert "cannot be longer" in page.deadline_banner.text()
    assert repairs.office_deadlines(repairs.NORMAL).dispatch_minutes == 120


# --- 10: the category typed with an input method; the verdict in one key ----------------


def test_the_category_is_typed_with_an_input_method_and_only_a_listed_one_is_saved(
        app, qtbot, repair_tab_staff, table_snapshot):
    form = forms.order_form(repair_tab_staff["clerk"])
    show_form(qtbot, form)
    type_text(qtbot, field(form, "location"), "B1")
    type_text(qtbot, field(form, "content"), "停车场灯不亮")
    combo = form.widget("category")
    combo.setFocus()
    ime_commit("空调", "kongtiao")
    assert form.values()["category"] == category_id("空调")
    combo.clearEditText()
    ime_commit("电", "dian")  # one character finds every category that contains it
    popup = combo.completer().popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["电"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "电" and not popup.isVisible()

    combo.clearEditText()
    ime_commit("暖气", "nuanqi")  # not a category of this office
    before = table_snapshot()
    assert not form.save()
    assert "no repair category “暖气”" in form.banner.text() and form.invalid_keys() == ["category"]
    assert table_snapshot() == before

    combo.clearEditText()
    type_text(qtbot, combo, "网络")  # inserted in the line, as a paste or a plain IME does
    assert form.save()
    assert form.result_record.category.name == "网络"


def test_the_callback_verdict_is_one_key(open_desk_tab, qtbot, driver, repair_tab_staff):
    clerk, eng = repair_tab_staff["clerk"], repair_tab_staff["eng"]
    order = register(clerk)
    repairs.dispatch(order.id, "刘海波", by=clerk)
    repairs.accept(order.id, by=eng)
    repairs.complete(order.id, "换阀芯", by=eng)
    repairs.check(order.id, by=clerk)
    tab = open_desk_tab(clerk)
    tab.refresh()
    tab.select_order(order.id)
    shown: list[str] = []

    def verdict(form):
        combo = field(form, "verdict")
        assert QApplication.focusWidget() is combo
        shown.extend(combo.itemText(i) for i in range(combo.count()))
        qtbot.keyClick(combo, Qt.Key.Key_3)
        assert combo.currentData() == repairs.UNSATISFIED
        qtbot.keyClick(combo, Qt.Key.Key_2)  # changed her mind at once: one key again
        assert combo.currentData() == repairs.BASICALLY_SATISFIED
        press_enter(qtbot, combo, ctrl=True)

    driver.then(verdict)
    tab.qactions["call_back"].trigger()
    assert shown == ["", "1  Satisfied", "2  Basically satisfied", "3  Unsatisfied"]
    final = repairs.get_order(order.id)
    assert (final.status, final.verdict) == (repairs.CALLED_BACK, repairs.BASICALLY_SATISFIED)


# --- 11: the dispatch proposes the engineers on duty ---------------------------------------


def test_the_dispatch_proposes_the_engineers_on_duty_first(
        open_desk_tab, qtbot, driver, printed, repair_tab_staff, make_user, clock):
    clerk = repair_tab_staff["clerk"]
    make_user(people.ENGINEERING, login="eng2", full_name="陈工")
    make_user(people.ENGINEERING, login="eng3", full_name="赵工")
    earlier = register(clerk, reported_at=clock.now - dt.timedelta(hours=3))
    repairs.dispatch(earlier.id, "赵工", by=clerk, at=clock.now - dt.timedelta(hours=3))
    order = register(clerk)
    tab = open_desk_tab(clerk)
    tab.refresh()
    tab.select_order(order.id)
    proposed: list[str] = []

    def dispatch(form):
        combo = form.widget("engineer")
        proposed.extend(combo.itemText(i) for i in range(combo.count()))
        type_text(qtbot, combo, "赵工")
        press_enter(qtbot, field(form, "engineer"))
        press_enter(qtbot, field(form, "at"))

    driver.then(dispatch)
    tab.qactions["dispatch"].trigger()
    assert proposed == ["赵工", "刘海波", "陈工"]  # dispatched today first, then by name
    assert repairs.get_order(order.id).engineer == "赵工"
    assert len(printed) == 1  # its service order, printed at once as the clerk said yes


# --- 13: the duty officer registers the repair reported to him --------------------------


@pytest.fixture
def chinese_desk(app):
    """The desk in its default language, zh_CN, for the test; back to none after it."""
    from gui import i18n

    locale = QLocale()
    assert "frontdesk_zh_CN.qm" in i18n.install_translators("zh_CN")
    yield
    i18n.install_translators("none")
    QLocale.setDefault(locale)


def test_the_duty_officer_finds_new_on_his_toolbar_and_registers_a_repair(
        chinese_desk, open_desk_tab, qtbot, driver, make_user, repair_tab_staff):
    duty = make_user(people.DUTY, login="duty1", full_name="张建国")
    tab = open_desk_tab(duty)
    new = tab.qactions["new"]
    assert new.text() == "新建" and new.isEnabled()
    button = tab.toolbar.widgetForAction(new)
    assert button.isVisible() and button.isEnabled() and button.text() == "新建"

    def report(form):
        type_text(qtbot, field(form, "location"), "302室")
        type_text(qtbot, field(form, "content"), "夜间来电：空调漏水")
        form.widget("category").setFocus()
        ime_commit("空调", "kongtiao")
        press_enter(qtbot, field(form, "content"), ctrl=True)

    driver.then(report)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not driver.steps and not driver.banners
    order = repairs.RepairOrder.get()
    assert (order.created_by_id, order.location, order.category.name) == (duty.id, "302室", "空调")
    tab.select_order(order.id)
    assert tab.qactions["dispatch"].isEnabled()  # and hands it to engineering
    assert not tab.qactions["check"].isEnabled() and not tab.qactions["call_back"].isEnabled()
