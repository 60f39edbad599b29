"""Signing at the clerk's desk (issue 10, item 12): the step the logged-in user may not take
asks for the login and password of one who may, runs as them, and the clerk stays logged
in. The duty officer signs the storekeeper's issue slip, the manager confirms her receipt,
the engineer accepts at the clerk's desk; a wrong password is a failed login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models import people, repairs, warehouse
from models.audit import AuditEntry
from models.people import User
from tests.helpers import storeroom
from tests.helpers.keys import type_text
from tests.helpers.repairs import register

OWN = "own-pass-1"


@pytest.fixture
def storeroom_day(staff, items, clock):
    """Stock on the shelf, a draft issue slip and a draft receipt of the storekeeper's; the
    others chose their own passwords at their first login."""
    for who in ("duty", "manager", "clerk"):
        people.change_own_password(staff[who], "secret12", OWN)
    storeroom.receive(staff, items["screw"], "10")
    return {"slip": storeroom.issue(staff, items["screw"], "2", sign=False),
            "receipt": storeroom.receive(staff, items["wire"], "50", "1.20", confirm=False)}


def keyboard(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard is."""
    target = QApplication.focusWidget()
    assert target is not None, "the keyboard is nowhere"
    qtbot.keyClick(target, key, modifier)


def back_at(qtbot, view) -> None:
    """A dialog closed: the desk's window is active again, the keyboard in its list."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.table.setFocus()


def signs(qtbot, login: str, password: str, seen: list | None = None):
    """The one who may, at the desk: login, Enter, password, Enter (as a hand types it)."""

    def step(dialog):
        assert dialog.objectName() == "vouchDialog"
        if seen is not None:
            seen.append({"title": dialog.windowTitle(),
                         "intro": dialog.findChild(type(dialog.banner), "vouchIntro").text()})
        assert QApplication.focusWidget() is dialog.login_edit
        type_text(qtbot, dialog.login_edit, login)
        keyboard(qtbot, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is dialog.password_edit
        type_text(qtbot, dialog.password_edit, password)
        keyboard(qtbot, Qt.Key.Key_Return)
        if seen is not None and dialog.isVisible():
            seen.append({"banner": dialog.banner.text()})

    return step


def at_desk(view) -> None:
    view.refresh()
    view.list.table.setFocus()


def audit_row(action: str) -> AuditEntry:
    return AuditEntry.select().where(AuditEntry.action == action).order_by(
        AuditEntry.id.desc()).get()


def test_the_duty_officer_signs_the_storekeepers_issue_slip_at_her_desk(
        open_view, qtbot, driver, staff, storeroom_day, messages):
    from gui.warehouse.issues_view import IssueSlipsView

    keeper, slip = staff["keeper"], storeroom_day["slip"]
    view = open_view(IssueSlipsView, keeper)
    at_desk(view)
    assert view.select(slip.id)
    sign = view.qactions["submit"]
    assert sign.isEnabled() and "Needs Duty officer" in sign.toolTip()
    seen: list = []
    driver.then(signs(qtbot, "duty", OWN, seen))
    keyboard(qtbot, Qt.Key.Key_F9)  # 签字
    assert seen[0]["title"] == f"Sign — Issue slip {slip.number}"
    assert "赵桂英 may not take this step; Duty officer may" in seen[0]["intro"]
    assert any(kind == "question" and slip.number in text for kind, text in messages)
    signed = warehouse.get_issue_slip(slip.id)
    assert signed.status == warehouse.SUBMITTED and signed.signed_by_id == staff["duty"].id
    row = audit_row("issue_slip.sign")
    assert (row.user_name, row.changes_dict()["at_desk_of"]) == ("duty", "keeper")
    assert view.user is keeper and view.desk_user is keeper  # she is still logged in here
    assert not view.qactions["submit"].isEnabled()  # signed: nothing more to sign
    assert view.qactions["new"].isEnabled()
    assert not [text for kind, text in messages if kind == "box"]


def test_the_manager_confirms_her_receipt_there_from_its_form(
        open_view, qtbot, driver, staff, storeroom_day, messages):
    from gui.warehouse.receipts_view import ReceiptsView

    receipt = storeroom_day["receipt"]
    view = open_view(ReceiptsView, staff["clerk"])  # at the clerk's desk: read-only form
    at_desk(view)

    def from_the_form(form):
        form.findChild(type(form.buttons.buttons()[0]), "action_submit").click()

    driver.then(from_the_form).then(signs(qtbot, "BOSS", OWN))
    view.open_document(receipt.id)
    assert warehouse.get_receipt(receipt.id).status == warehouse.SUBMITTED
    assert storeroom.on_hand(storeroom_day["receipt"].lines[0].item) == 50
    row = audit_row("receipt.confirm")
    assert (row.user_name, row.changes_dict()["at_desk_of"]) == ("boss", "clerk")
    assert audit_row("login.vouch").changes_dict() == {"at_desk_of": "clerk"}
    assert User.get_by_id(staff["manager"].id).last_login_at is None  # no login of his


def test_a_wrong_password_is_refused_and_counted_and_the_right_one_then_signs(
        open_view, qtbot, driver, staff, storeroom_day, messages):
    from gui.warehouse.issues_view import IssueSlipsView

    slip = storeroom_day["slip"]
    view = open_view(IssueSlipsView, staff["keeper"])
    at_desk(view)
    assert view.select(slip.id)
    seen: list = []

    def wrong_then_right(dialog):
        signs(qtbot, "duty", "guessing", seen)(dialog)
        assert dialog.isVisible() and dialog.password_edit.text() == ""
        assert QApplication.focusWidget() is dialog.password_edit
        assert User.get_by_id(staff["duty"].id).failed_logins == 1
        type_text(qtbot, dialog.password_edit, OWN)
        keyboard(qtbot, Qt.Key.Key_Return)

    driver.then(wrong_then_right)
    keyboard(qtbot, Qt.Key.Key_F9)
    assert seen[-1] == {"banner": "Wrong login name or password."}
    assert audit_row("login.failed").changes_dict() == {"at_desk_of": "keeper"}
    assert warehouse.get_issue_slip(slip.id).status == warehouse.SUBMITTED
    assert User.get_by_id(staff["duty"].id).failed_logins == 0


def test_five_wrong_passwords_lock_the_account_and_nothing_is_signed(
        open_view, qtbot, driver, staff, storeroom_day, messages):
    from gui.warehouse.issues_view import IssueSlipsView

    slip = storeroom_day["slip"]
    view = open_view(IssueSlipsView, staff["keeper"])
    at_desk(view)
    assert view.select(slip.id)
    banners: list[str] = []

    def guesses(dialog):
        for n in range(5):
            type_text(qtbot, dialog.login_edit, "duty" if n == 0 else "")
            dialog.password_edit.setFocus()
            type_text(qtbot, dialog.password_edit, f"guess{n}")
            keyboard(qtbot, Qt.Key.Key_Return)
            banners.append(dialog.banner.text())

    driver.then(guesses)
    keyboard(qtbot, Qt.Key.Key_F9)
    assert banners[:4] == ["Wrong login name or password."] * 4
    assert banners[4].startswith("This account is locked after 5 failed logins.")
    with pytest.raises(Exception, match="locked"):
        people.authenticate("duty", OWN)  # at his own desk too
    assert warehouse.get_issue_slip(slip.id).status == warehouse.DRAFT


def test_someone_who_may_not_sign_either_is_refused_with_the_steps_message(
        open_view, qtbot, driver, staff, storeroom_day, messages, table_snapshot):
    from gui.warehouse.issues_view import IssueSlipsView

    slip = storeroom_day["slip"]
    view = open_view(IssueSlipsView, staff["keeper"])
    at_desk(view)
    assert view.select(slip.id)
    seen: list = []
    driver.then(signs(qtbot, "clerk", OWN, seen))
    keyboard(qtbot, Qt.Key.Key_F9)
    assert seen[-1] == {"banner": "Your role does not allow this: sign issue slips."}
    assert warehouse.get_issue_slip(slip.id).status == warehouse.DRAFT
    assert not [text for kind, text in messages if kind == "question"]  # never asked to sign
    before = table_snapshot()
    back_at(qtbot, view)
    driver.then(lambda dialog: dialog.reject())  # cancelled: nothing at all
    keyboard(qtbot, Qt.Key.Key_F9)
    assert table_snapshot() == before


def test_the_engineer_accepts_and_completes_at_the_clerks_desk(
        app, qtbot, driver, messages, repair_tab_staff):
    from gui.repairs import RepairsTab

    clerk, eng = repair_tab_staff["clerk"], repair_tab_staff["eng"]
    people.change_own_password(eng, "secret12", OWN)
    order = repairs.dispatch(register(clerk).id, "刘海波", by=clerk)
    tab = RepairsTab(clerk)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.refresh()
    assert tab.select_order(order.id)
    tab.list.table.setFocus()
    assert "Needs Manager, Engineering" in tab.qactions["accept"].toolTip()
    driver.then(signs(qtbot, "eng1", OWN))
    keyboard(qtbot, Qt.Key.Key_F7)  # 接单
    assert repairs.get_order(order.id).status == repairs.IN_PROGRESS
    assert [(e.action, e.user.login) for e in repairs.timeline(order.id)][-1] == ("accept", "eng1")
    assert audit_row("repair.accept").changes_dict()["at_desk_of"] == "clerk1"

    back_at(qtbot, tab)

    def work_done(form):
        form.fields["work_done"].set_value("换阀芯")
        form.save()

    driver.then(signs(qtbot, "eng1", OWN)).then(work_done)
    keyboard(qtbot, Qt.Key.Key_F8)  # 完工: he signs, then the form is his
    done = repairs.get_order(order.id)
    assert (done.status, done.work_done) == (repairs.COMPLETED, "换阀芯")
    assert tab.actions.user is clerk
    assert not [text for kind, text in messages if kind == "box"]


def test_the_manager_approves_the_stocktake_and_a_purchase_request_at_her_desk(
        open_view, qtbot, driver, staff, storeroom_day, messages, printed):
    from gui.warehouse.requests_view import RequestsView
    from gui.warehouse.stocktake_view import StocktakesView

    keeper = staff["keeper"]
    request = warehouse.save_request({"reason": "补货"}, [
        {"item": storeroom_day["receipt"].lines[0].item.id, "qty": "5", "unit_price": "1"}],
        by=keeper)
    stocktake = warehouse.start_stocktake("2026-03", by=keeper)
    rows = warehouse.count_rows(stocktake.id)
    warehouse.enter_counts(stocktake.id, {r.line.id: {"counted_qty": r.expected} for r in rows},
                           by=keeper)
    view = open_view(StocktakesView, keeper)
    view.select(stocktake.id)
    view.list.table.setFocus()
    driver.then(signs(qtbot, "boss", OWN))
    keyboard(qtbot, Qt.Key.Key_F9)  # 批准
    approved = warehouse.get_stocktake(stocktake.id)
    assert approved.status == warehouse.APPROVED and approved.approved_by_id == staff["manager"].id
    assert audit_row("stocktake.approve").changes_dict()["at_desk_of"] == "keeper"
    assert [title for _pdf, title in printed] == [f"Stocktake record {stocktake.number}"]

    requests = open_view(RequestsView, keeper)
    requests.refresh()
    assert requests.select(request.id)
    requests.list.table.setFocus()
    driver.then(signs(qtbot, "boss", OWN))
    keyboard(qtbot, Qt.Key.Key_F9)
    assert warehouse.get_request(request.id).status == warehouse.APPROVED
    assert audit_row("purchase_request.approve").user_name == "boss"
    assert not [text for kind, text in messages if kind == "box"]
