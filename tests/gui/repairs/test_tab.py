"""The repairs tab as the office uses it: the clerk types an order, dispatches and prints
it; engineering accepts and completes; the clerk sends it back once, checks it and
calls the customer back. Wrong roles find the buttons disabled and are refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from gui.repairs import RepairsTab, actions, forms
from gui.repairs.order_dialog import OrderDialog
from gui.repairs.tab import LATE
from models import people, repairs
from tests.helpers.clock import days_ago
from tests.helpers.keys import press_enter, type_text
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.repairs import register
from tests.helpers.widgets import field, pick

ROLE_REFUSED = "Your role does not allow this"


@pytest.fixture
def open_tab(app, qtbot, messages):
    def _open(user) -> RepairsTab:
        tab = RepairsTab(user)
        qtbot.addWidget(tab)
        tab.resize(1200, 700)
        tab.show()
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow)
        return tab

    return _open


def cell(tab: RepairsTab, row: int, key: str) -> str:
    model = tab.list.model
    return model.index(row, tab.list.spec.index_of(key)).data()


def select(tab: RepairsTab, order_id: int) -> None:
    tab.refresh()
    assert tab.select_order(order_id)
    QApplication.processEvents()


def status_of(order_id: int) -> str:
    return repairs.get_order(order_id).status


def enabled(tab: RepairsTab) -> set[str]:
    return {name for name, action in tab.qactions.items() if action.isEnabled()}


# --- the whole loop -----------------------------------------------------------------


def type_new_order(qtbot, form) -> None:
    """As on the phone: source stays Phone; room, reporter, phone, category, content."""
    assert QApplication.focusWidget() is field(form, "source")
    press_enter(qtbot, field(form, "source"))  # Enter moves on
    assert QApplication.focusWidget() is field(form, "department_name")
    type_text(qtbot, field(form, "department_name"), "财务部")
    press_enter(qtbot, field(form, "department_name"))
    type_text(qtbot, field(form, "location"), "1203")
    press_enter(qtbot, field(form, "location"))
    type_text(qtbot, field(form, "reporter"), "王芳")
    press_enter(qtbot, field(form, "reporter"))
    type_text(qtbot, field(form, "phone"), "8012")
    press_enter(qtbot, field(form, "phone"))
    assert QApplication.focusWidget() is field(form, "category")
    pick(form, "category", "水")
    press_enter(qtbot, field(form, "category"))
    press_enter(qtbot, field(form, "urgency"))  # 一般
    press_enter(qtbot, field(form, "urgent_cause"))
    assert QApplication.focusWidget() is field(form, "content")
    type_text(qtbot, field(form, "content"), "卫生间水龙头漏水")
    qtbot.keyClick(field(form, "content"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field(form, "reported_at")
    press_enter(qtbot, field(form, "reported_at"))  # the last field: Enter saves


def test_a_repair_from_the_phone_call_to_the_callback(
        open_tab, qtbot, driver, repair_tab_staff, printed, messages, tmp_path):
    clerk_tab = open_tab(repair_tab_staff["clerk"])

    # the clerk: Ctrl+N, type, Enter saves; the order is at the top of the list
    driver.then(lambda form: type_new_order(qtbot, form))
    clerk_tab.list.table.setFocus()
    qtbot.keyClick(clerk_tab.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    order = repairs.RepairOrder.get()
    assert (order.location, order.reporter, order.phone, order.category.name) == (
        "1203", "王芳", "8012", "水")
    assert order.content == "卫生间水龙头漏水" and order.department_name == "财务部"
    assert cell(clerk_tab, 0, "number") == order.number
    assert cell(clerk_tab, 0, "status") == "Registered"
    assert clerk_tab.list.current_id() == order.id

    # dispatch to 刘海波 (from the engineers' list), print the service order at once
    assert {"dispatch", "edit", "cancel", "print"} <= enabled(clerk_tab)
    assert not {"accept", "complete", "check", "call_back"} & enabled(clerk_tab)

    def dispatch(form):
        assert form.fields["engineer"].widget.findText("刘海波") >= 0
        pick(form, "engineer", "刘海波")
        press_enter(qtbot, field(form, "engineer"))
        press_enter(qtbot, field(form, "at"))

    driver.then(dispatch)
    clerk_tab.qactions["dispatch"].trigger()
    assert status_of(order.id) == repairs.DISPATCHED
    assert repairs.get_order(order.id).engineer == "刘海波"
    assert any("Print its service order now?" in text for _kind, text in messages)
    assert len(printed) == 1
    text = flat_pdf_text(printed[0][0], tmp_path)
    assert order.number in text and "卫生间水龙头漏水" in text and "工程服务单" in text
    assert "刘海波" in text
    assert cell(clerk_tab, 0, "status") == "Dispatched"

    # engineering accepts and completes
    eng_tab = open_tab(repair_tab_staff["eng"])
    select(eng_tab, order.id)
    assert enabled(eng_tab) >= {"accept", "open", "print"}
    assert not {"new", "dispatch", "check", "cancel", "paper"} & enabled(eng_tab)
    eng_tab.qactions["accept"].trigger()
    assert status_of(order.id) == repairs.IN_PROGRESS

    def complete(form, work="Replaced the valve"):
        type_text(qtbot, field(form, "work_done"), work)
        type_text(qtbot, field(form, "materials"), "阀芯1个")
        press_enter(qtbot, field(form, "materials"), ctrl=True)

    driver.then(complete)
    assert "complete" in enabled(eng_tab)
    eng_tab.qactions["complete"].trigger()
    done = repairs.get_order(order.id)
    assert (done.status, done.work_done, done.materials) == (
        repairs.COMPLETED, "Replaced the valve", "阀芯1个")

    # the clerk sends it back once
    select(clerk_tab, order.id)
    assert {"check", "send_back"} <= enabled(clerk_tab)

    def send_back(form):
        type_text(qtbot, field(form, "reason"), "Still dripping")
        press_enter(qtbot, field(form, "reason"), ctrl=True)

    driver.then(send_back)
    clerk_tab.qactions["send_back"].trigger()
    assert status_of(order.id) == repairs.IN_PROGRESS
    assert cell(clerk_tab, 0, "status") == "In progress"

    # engineering completes again; the clerk checks and calls back 满意
    select(eng_tab, order.id)
    driver.then(lambda form: complete(form, "Replaced the whole tap"))
    eng_tab.qactions["complete"].trigger()
    select(clerk_tab, order.id)
    clerk_tab.qactions["check"].trigger()
    assert status_of(order.id) == repairs.CHECKED

    def call_back(form):
        qtbot.keyClicks(field(form, "verdict"), "1")  # 1 满意: one key
        type_text(qtbot, field(form, "comment"), "Fine now")
        press_enter(qtbot, field(form, "comment"), ctrl=True)

    driver.then(call_back)
    select(clerk_tab, order.id)
    clerk_tab.qactions["call_back"].trigger()
    final = repairs.get_order(order.id)
    assert (final.status, final.verdict, final.send_back_count) == (
        repairs.CALLED_BACK, repairs.SATISFIED, 1)
    assert cell(clerk_tab, 0, "status") == "Called back"
    assert not driver.banners
    box_errors = [text for kind, text in messages if kind == "box"]
    assert box_errors == []
    actions_done = [e.action for e in repairs.timeline(order.id)]
    assert actions_done == ["register", "dispatch", "accept", "complete", "send_back",
                            "complete", "check", "call_back"]


# --- refusals -----------------------------------------------------------------------


def test_wrong_roles_find_the_buttons_disabled_and_are_refused_with_nothing_written(
        open_tab, driver, repair_tab_staff, messages, table_snapshot):
    order = register(repair_tab_staff["clerk"])
    eng_tab = open_tab(repair_tab_staff["eng"])
    select(eng_tab, order.id)
    assert not {"new", "dispatch", "edit", "cancel"} & enabled(eng_tab)
    before = table_snapshot()
    assert eng_tab.actions.dispatch(eng_tab, order.id) is False  # the path, called anyway
    assert eng_tab.actions.cancel(eng_tab, order.id) is False
    assert eng_tab.actions.new_order(eng_tab) is None
    refusals = [text for kind, text in messages if kind == "box"]
    assert len(refusals) == 3 and all(ROLE_REFUSED in t for t in refusals)
    assert table_snapshot() == before

    repairs.dispatch(order.id, "刘海波", by=repair_tab_staff["clerk"])
    clerk_tab = open_tab(repair_tab_staff["clerk"])
    select(clerk_tab, order.id)
    assert not {"complete", "dispatch"} & enabled(clerk_tab)
    assert "accept" in enabled(clerk_tab)  # engineering's, signed at this desk (test_vouch.py)
    before = table_snapshot()
    messages.clear()
    driver.then(lambda dialog: dialog.reject())  # nobody from engineering is there
    assert clerk_tab.actions.accept(clerk_tab, order.id) is False
    assert clerk_tab.actions.complete(clerk_tab, order.id) is False  # not in progress: refused
    refusals = [text for kind, text in messages if kind == "box"]
    assert len(refusals) == 1 and all(ROLE_REFUSED in t for t in refusals)
    assert table_snapshot() == before


def test_a_step_the_status_does_not_allow_is_refused_in_the_forms_banner(
        open_tab, qtbot, driver, repair_tab_staff, messages, table_snapshot):
    order = register(repair_tab_staff["clerk"])
    repairs.dispatch(order.id, "刘海波", by=repair_tab_staff["clerk"])
    tab = open_tab(repair_tab_staff["clerk"])
    select(tab, order.id)
    assert "dispatch" not in enabled(tab)
    before = table_snapshot()

    def dispatch_again(form):
        type_text(qtbot, field(form, "engineer"), "Zhao")
        press_enter(qtbot, field(form, "at"))
        assert form.isVisible()  # stays open with the refusal

    driver.then(dispatch_again)
    assert tab.actions.dispatch(tab, order.id) is False
    assert "only a registered order can be dispatched" in driver.banners[0]
    assert tab.actions.check(tab, order.id) is False  # asked, then refused by the operation
    assert any("only completed work can be checked" in t for k, t in messages if k == "box")
    assert table_snapshot() == before


def test_an_urgent_order_without_its_cause_is_refused_and_kept_open(
        open_tab, qtbot, driver, repair_tab_staff, table_snapshot):
    tab = open_tab(repair_tab_staff["clerk"])
    before = table_snapshot()

    def urgent_without_cause(form):
        type_text(qtbot, field(form, "location"), "B1")
        pick(form, "category", "电")
        pick(form, "urgency", "Urgent")
        type_text(qtbot, field(form, "content"), "Power cut on the whole floor")
        form.save()
        assert form.isVisible() and form.invalid_keys() == ["urgent_cause"]
        assert "cause" in form.banner.text()

    driver.then(urgent_without_cause)
    assert tab.new_order() is None
    assert table_snapshot() == before


# --- keyboard-first help ------------------------------------------------------------


def test_a_known_phone_or_room_fills_in_the_empty_department(app, qtbot, repair_tab_staff, messages):
    register(repair_tab_staff["clerk"], department_name="财务部", phone="8012", location="1203室")
    register(repair_tab_staff["clerk"], department_name="人事部", phone="8899", location="1507室")

    form = forms.order_form(repair_tab_staff["clerk"])
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    type_text(qtbot, field(form, "location"), "1507")
    qtbot.keyClick(field(form, "location"), Qt.Key.Key_Tab)
    assert form.fields["department_name"].text() == ""  # "1507" is not a known room
    field(form, "location").clear()
    type_text(qtbot, field(form, "location"), "1507室")
    qtbot.keyClick(field(form, "location"), Qt.Key.Key_Tab)
    assert form.fields["department_name"].text() == "人事部"

    field(form, "department_name").clear()
    type_text(qtbot, field(form, "phone"), "8012")  # the phone goes first
    press_enter(qtbot, field(form, "phone"))
    assert form.fields["department_name"].text() == "财务部"

    form.fields["department_name"].set_value("物业自用")  # typed by the clerk: kept
    field(form, "phone").setFocus()
    qtbot.keyClick(field(form, "phone"), Qt.Key.Key_Tab)
    assert form.fields["department_name"].text() == "物业自用"


def test_a_paper_slip_is_back_filled_with_its_own_report_time(
        open_tab, qtbot, driver, repair_tab_staff):
    tab = open_tab(repair_tab_staff["clerk"])
    when = days_ago(1).replace(hour=8, minute=40, second=0)

    def back_fill(form):
        type_text(qtbot, field(form, "location"), "905")
        pick(form, "category", "空调")
        type_text(qtbot, field(form, "content"), "No cooling")
        field(form, "reported_at").clear()
        type_text(qtbot, field(form, "reported_at"), when.strftime("%Y-%m-%d %H:%M"))
        press_enter(qtbot, field(form, "reported_at"))

    driver.then(back_fill)
    order = tab.new_order()
    assert order is not None
    assert order.reported_at == when and order.number.startswith(f"BX{when:%Y%m%d}-")
    assert order.entered_at > when


# --- overdue, papers ----------------------------------------------------------------


def test_overdue_orders_are_red_and_say_how_late(open_tab, repair_tab_staff):
    late = register(repair_tab_staff["clerk"], reported_at=days_ago(3), content="Old leak")
    fresh = register(repair_tab_staff["clerk"], content="New leak")
    tab = open_tab(repair_tab_staff["clerk"])
    model = tab.list.model
    rows = {model.row_id(r): r for r in range(model.loaded())}
    colour = model.index(rows[late.id], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == LATE
    assert model.index(rows[fresh.id], 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Not dispatched in time: 2 d" in tab.row_tooltip(rows[late.id])
    assert tab.row_tooltip(rows[fresh.id]) == ""
    assert "Overdue: 1" in tab.summary_label.text()

    tab.list.select_id(late.id)
    assert "late" in tab.selected_label.text()
    tab.overdue_filter.setChecked(True)
    assert [model.row_id(r) for r in range(model.loaded())] == [late.id]


def test_papers_not_returned_are_listed_and_marked_returned(open_tab, repair_tab_staff, messages):
    first = register(repair_tab_staff["clerk"], content="Leak one")
    second = register(repair_tab_staff["clerk"], content="Leak two")
    register(repair_tab_staff["clerk"], content="Not dispatched")
    for order in (first, second):
        repairs.dispatch(order.id, "刘海波", by=repair_tab_staff["clerk"])
    tab = open_tab(repair_tab_staff["clerk"])
    assert "Papers not returned: 2" in tab.summary_label.text()
    tab.show_unreturned_papers()
    model = tab.list.model
    assert sorted(model.row_id(r) for r in range(model.loaded())) == sorted(
        [first.id, second.id])
    tab.list.table.selectAll()
    assert "paper" in enabled(tab)
    tab.qactions["paper"].trigger()
    assert any("2 order(s)" in text for kind, text in messages if kind == "question")
    assert repairs.get_order(first.id).paper_returned
    assert repairs.get_order(second.id).paper_returned
    assert model.loaded() == 0
    assert "Papers not returned: 0" in tab.summary_label.text()


# --- the order dialog ---------------------------------------------------------------


def test_the_order_opens_with_its_timeline_and_the_rooms_earlier_orders(
        open_tab, qtbot, driver, repair_tab_staff):
    earlier = register(repair_tab_staff["clerk"], reported_at=days_ago(20), content="Earlier leak")
    order = register(repair_tab_staff["clerk"], content="Leak again")
    repairs.dispatch(order.id, "刘海波", by=repair_tab_staff["clerk"])
    tab = open_tab(repair_tab_staff["clerk"])
    select(tab, order.id)

    def look(dialog):
        assert isinstance(dialog, OrderDialog)
        assert order.number in dialog.windowTitle()
        assert dialog.values["content"].text() == "Leak again"
        assert dialog.values["engineer"].text().startswith("刘海波")
        rows = [[dialog.timeline.item(r, c).text() for c in range(4)]
                for r in range(dialog.timeline.rowCount())]
        assert [r[1] for r in rows] == ["Registered", "Dispatched"]
        assert rows[1][2] == "客服小张" and rows[1][3] == "To 刘海波"
        assert dialog.history.rowCount() == 1
        assert dialog.history.item(0, 0).text() == earlier.number
        visible = {a for a, b in dialog.buttons.items() if not b.isHidden()}
        assert visible == {"edit", "accept", "cancel", "paper", "print"}  # accept: signed here

        def look_at_earlier(other):
            assert other.order_id == earlier.id

        driver.then(look_at_earlier)
        dialog.open_history_order(earlier.id)

        def edit(form):
            field(form, "content").selectAll()
            type_text(qtbot, field(form, "content"), "Leak again, worse")
            press_enter(qtbot, field(form, "content"), ctrl=True)

        driver.then(edit)
        dialog.buttons["edit"].click()
        assert dialog.values["content"].text() == "Leak again, worse"
        assert dialog.timeline.item(2, 1).text() == "Edited"
        assert dialog.timeline.item(2, 3).text() == "Changed: Content"

    driver.then(look)
    qtbot.keyClick(tab.list.table, Qt.Key.Key_Return)  # Enter opens the order
    assert not driver.steps
    assert repairs.get_order(order.id).content == "Leak again, worse"
    assert cell(tab, 0, "content") == "Leak again, worse"  # the tab refreshed


def test_an_unsatisfied_callback_reopens_the_order(open_tab, qtbot, driver, repair_tab_staff):
    order = register(repair_tab_staff["clerk"])
    repairs.dispatch(order.id, "刘海波", by=repair_tab_staff["clerk"])
    repairs.accept(order.id, by=repair_tab_staff["eng"])
    repairs.complete(order.id, "Fixed", by=repair_tab_staff["eng"])
    repairs.check(order.id, by=repair_tab_staff["clerk"])
    tab = open_tab(repair_tab_staff["clerk"])
    select(tab, order.id)

    def unsatisfied(form):
        assert any("reopens" in label.text() for label in form.findChildren(QLabel))
        qtbot.keyClicks(field(form, "verdict"), "3")  # 3 不满意
        form.save()  # no comment: refused
        assert form.isVisible() and "unsatisfied with" in form.banner.text()
        type_text(qtbot, field(form, "comment"), "Still leaking")
        form.save()

    driver.then(unsatisfied)
    assert tab.actions.call_back(tab, order.id) is True
    assert status_of(order.id) == repairs.IN_PROGRESS


def test_printing_from_the_toolbar_and_the_monthly_report(
        open_tab, driver, repair_tab_staff, printed, tmp_path):
    order = register(repair_tab_staff["clerk"], content="Door lock broken")
    tab = open_tab(repair_tab_staff["clerk"])
    select(tab, order.id)
    tab.qactions["print"].trigger()
    assert order.number in flat_pdf_text(printed[-1][0], tmp_path)

    month = order.reported_at.strftime("%Y-%m")

    def choose_month(form):
        pick(form, "month", month)
        form.save()

    driver.then(choose_month)
    tab.qactions["monthly"].trigger()
    pdf, title = printed[-1]
    assert month in title
    text = flat_pdf_text(pdf, tmp_path)
    assert "工程维修月报" in text and "客服小张" in text


def test_actions_allowed_mirror_the_roles_and_statuses(repair_tab_staff):
    order = register(repair_tab_staff["clerk"])
    clerk, eng = repair_tab_staff["clerk"], repair_tab_staff["eng"]
    assert actions.allowed(clerk, actions.DISPATCH, order)
    assert not actions.allowed(eng, actions.DISPATCH, order)
    assert not actions.allowed(clerk, actions.PAPER, order)  # not dispatched yet
    assert not actions.allowed(clerk, actions.OPEN, None)
    assert actions.allowed(clerk, actions.NEW, None)
    assert not actions.allowed(eng, actions.NEW, None)


def test_the_order_shows_what_the_storeroom_issued_for_it(open_tab, qtbot, driver, repair_tab_staff,
                                                         make_user):
    from models import warehouse

    keeper = make_user(people.STOREKEEPER, login="keeper1")
    boss = make_user(people.MANAGER, login="boss1")
    duty = make_user(people.DUTY, login="duty1")
    order = register(repair_tab_staff["clerk"], content="Tap leaks")
    item = warehouse.create_item({"code": "SN001", "name": "角阀", "spec": "DN15", "unit": "个",
                                  "category": "水暖"}, by=keeper)
    receipt = warehouse.save_receipt({"supplier": "华强五金"}, [
        {"item": item.id, "qty": 10, "unit_price": "12.5"}], by=keeper)
    warehouse.confirm_receipt(receipt.id, by=boss)
    slip = warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波",
                                      "repair_order": order.number},
                                     [{"item": item.id, "qty": 2}], by=keeper)
    warehouse.sign_issue_slip(slip.id, by=duty)
    tab = open_tab(repair_tab_staff["clerk"])
    select(tab, order.id)

    def look(dialog):
        assert not dialog.issued_box.isHidden()
        assert "25.00" in dialog.issued_box.title()
        cells = [dialog.issued.item(0, c).text() for c in range(6)]
        assert cells == [slip.number, f"{slip.date:%Y-%m-%d}", "SN001", "角阀 DN15", "2 个",
                         "25.00"]

    driver.then(look)
    tab.run("open")
    assert not driver.steps
