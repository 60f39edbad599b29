"""people.vouch: someone proves who they are at another's desk and takes one step there as
themselves (issue 10, item 12); the steps' declarations say which steps, and who may."""

from __future__ import annotations

import datetime as dt

import pytest

from models import people, repairs, warehouse
from models.audit import AuditEntry
from models.errors import LoginFailed, PermissionDenied
from models.people import User
from tests.helpers import storeroom
from tests.helpers.repairs import new_order

OWN = "own-pass-1"  # the password each signer chose at their first login


def _own_password(user: User) -> User:
    """Past the first login: the user chose their own password (temporary ones sign nothing)."""
    return people.change_own_password(user, "secret12", OWN)


@pytest.fixture
def keepers_desk(staff, clock):
    """The storekeeper's desk: a draft issue slip and a draft receipt of hers; the duty officer,
    the manager and the clerk have their own passwords."""
    keeper = staff["keeper"]
    screw = storeroom.make_item(keeper)
    wire = storeroom.make_item(keeper, code="DL001", name="电线", unit="米", category="电料")
    storeroom.receive(staff, screw, "10")
    for who in ("duty", "manager", "clerk"):
        _own_password(staff[who])
    slip = storeroom.issue(staff, screw, "2", sign=False)
    receipt = storeroom.receive(staff, wire, "50", "1.20", confirm=False)
    return {"keeper": keeper, "slip": slip, "receipt": receipt, **staff}


def _rows(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


def test_the_duty_officer_signs_at_the_storekeepers_desk_and_the_log_names_him(keepers_desk):
    keeper = keepers_desk["keeper"]
    before = User.get_by_id(keepers_desk["duty"].id)
    signer = people.vouch("DUTY", OWN, at_desk_of=keeper)
    assert signer.id == keepers_desk["duty"].id and signer.at_desk_of.id == keeper.id
    slip = warehouse.sign_issue_slip(keepers_desk["slip"].id, by=signer)
    assert slip.status == warehouse.SUBMITTED and slip.signed_by_id == keepers_desk["duty"].id
    row = _rows("issue_slip.sign")[-1]
    assert (row.user_id, row.user_name) == (keepers_desk["duty"].id, "duty")
    assert row.changes_dict()["at_desk_of"] == "keeper"
    vouched = _rows("login.vouch")[-1]
    assert (vouched.user_name, vouched.changes_dict()) == ("duty", {"at_desk_of": "keeper"})
    after = User.get_by_id(keepers_desk["duty"].id)
    assert after.last_login_at == before.last_login_at  # no session: he never logged in here
    assert not _rows("login.ok") or all(r.user_id != keepers_desk["duty"].id for r in _rows("login.ok"))


def test_the_manager_confirms_a_receipt_there_and_rows_written_as_the_desk_user_say_nothing(keepers_desk):
    signer = people.vouch("boss", OWN, at_desk_of=keepers_desk["keeper"])
    warehouse.confirm_receipt(keepers_desk["receipt"].id, by=signer)
    assert _rows("receipt.confirm")[-1].changes_dict()["at_desk_of"] == "keeper"
    assert _rows("receipt.confirm")[-1].user_name == "boss"
    tape = storeroom.make_item(keepers_desk["keeper"], code="X1", name="胶带")
    storeroom.receive(keepers_desk, tape, "1", confirm=False)  # the storekeeper, logged in here
    assert _rows("receipt.create")[-1].user_name == "keeper"
    assert "at_desk_of" not in _rows("receipt.create")[-1].changes_dict()


def test_a_wrong_password_is_a_failed_login_and_five_lock_the_account(keepers_desk, clock):
    keeper = keepers_desk["keeper"]
    for n in range(1, 5):
        with pytest.raises(LoginFailed, match="Wrong login name or password"):
            people.vouch("duty", "guess", at_desk_of=keeper)
        assert User.get_by_id(keepers_desk["duty"].id).failed_logins == n
    assert _rows("login.failed")[-1].changes_dict() == {"at_desk_of": "keeper"}
    with pytest.raises(LoginFailed, match="locked after 5 failed logins"):
        people.vouch("duty", "guess", at_desk_of=keeper)
    assert _rows("login.locked")[-1].record_label == "duty"
    with pytest.raises(LoginFailed, match="locked"):  # the right one too, and at a login
        people.vouch("duty", OWN, at_desk_of=keeper)
    with pytest.raises(LoginFailed, match="locked"):
        people.authenticate("duty", OWN)
    clock.advance(minutes=people.LOCK_MINUTES, seconds=1)
    assert people.vouch("duty", OWN, at_desk_of=keeper).id == keepers_desk["duty"].id


def test_failures_at_logins_and_at_desks_add_up_and_a_good_signature_clears_them(keepers_desk):
    keeper = keepers_desk["keeper"]
    for _ in range(2):
        with pytest.raises(LoginFailed):
            people.authenticate("duty", "guess")
    with pytest.raises(LoginFailed):
        people.vouch("duty", "guess", at_desk_of=keeper)
    assert User.get_by_id(keepers_desk["duty"].id).failed_logins == 3
    people.vouch("duty", OWN, at_desk_of=keeper)
    assert User.get_by_id(keepers_desk["duty"].id).failed_logins == 0


def test_an_unknown_login_a_temporary_password_or_a_disabled_signer_write_nothing(
        keepers_desk, admin, make_user, table_snapshot):
    keeper = keepers_desk["keeper"]
    newcomer = make_user(people.DUTY, login="newduty")  # still on the administrator's password
    gone = make_user(people.DUTY, login="oldduty")
    _own_password(gone)
    people.set_active(gone.id, False, by=admin)
    before = table_snapshot()
    with pytest.raises(LoginFailed, match="Wrong login name or password"):
        people.vouch("nobody", OWN, at_desk_of=keeper)
    with pytest.raises(LoginFailed, match="temporary password") as info:
        people.vouch("newduty", "secret12", at_desk_of=keeper)
    assert newcomer.full_name in info.value.text()
    with pytest.raises(LoginFailed, match="disabled"):
        people.vouch("oldduty", OWN, at_desk_of=keeper)
    with pytest.raises(LoginFailed, match="Wrong login name or password"):
        people.vouch("oldduty", "guess", at_desk_of=keeper)  # not counted, as at a login
    assert table_snapshot() == before


def test_at_the_desk_of_a_user_disabled_meanwhile_nobody_signs(keepers_desk, admin, table_snapshot):
    keeper = keepers_desk["keeper"]
    people.set_active(keeper.id, False, by=admin)  # at another desk
    before = table_snapshot()
    with pytest.raises(PermissionDenied, match="disabled"):
        people.vouch("duty", OWN, at_desk_of=keeper)
    assert table_snapshot() == before


def test_a_signer_who_may_not_take_the_step_either_is_refused_with_its_message(
        keepers_desk, table_snapshot):
    clerk = people.vouch("clerk", OWN, at_desk_of=keepers_desk["keeper"])
    before = table_snapshot()
    with pytest.raises(PermissionDenied, match="sign issue slips") as info:
        warehouse.ISSUE_STEPS.require_permission(clerk, warehouse.steps.SUBMIT)
    with pytest.raises(PermissionDenied) as by_operation:
        warehouse.sign_issue_slip(keepers_desk["slip"].id, by=clerk)
    assert by_operation.value.text() == info.value.text()
    assert table_snapshot() == before


# --- the declarations: which steps another may take at a desk, and who -----------------


def test_the_desk_offers_a_signature_it_may_not_give_and_names_who_may(keepers_desk):
    keeper, slip, receipt = keepers_desk["keeper"], keepers_desk["slip"], keepers_desk["receipt"]
    issue, receipts = warehouse.ISSUE_STEPS, warehouse.RECEIPT_STEPS
    assert warehouse.steps.SUBMIT not in issue.allowed(keeper, slip)
    assert issue.vouchable(keeper, slip) == [warehouse.steps.SUBMIT]
    assert issue.offered(keeper, slip) == [*issue.allowed(keeper, slip)[:3], warehouse.steps.SUBMIT,
                                           *issue.allowed(keeper, slip)[3:]]
    assert issue.roles_for(warehouse.steps.SUBMIT) == [people.DUTY]
    assert receipts.vouchable(keeper, receipt) == [warehouse.steps.SUBMIT]
    assert receipts.roles_for(warehouse.steps.SUBMIT) == [people.MANAGER]
    assert issue.vouchable(keepers_desk["duty"], slip) == []  # he signs; the rest is hers
    assert issue.vouchable(keeper, None) == []  # nothing selected: nothing to sign
    signed = warehouse.sign_issue_slip(slip.id, by=people.vouch("duty", OWN, at_desk_of=keeper))
    assert issue.vouchable(keeper, signed) == []  # voiding is the manager's, at his own desk
    assert issue.roles_for(warehouse.steps.CANCEL, signed) == [people.MANAGER]
    assert warehouse.STOCKTAKE_STEPS.may_vouch(warehouse.steps.APPROVE)
    assert warehouse.REQUEST_STEPS.roles_for(warehouse.steps.SUBMIT) == [people.MANAGER]


def test_only_signatures_are_taken_for_another_in_the_storeroom(keepers_desk):
    clerk = keepers_desk["clerk"]
    for steps in (warehouse.ISSUE_STEPS, warehouse.RECEIPT_STEPS, warehouse.REQUEST_STEPS,
                  warehouse.STOCKTAKE_STEPS, warehouse.ITEM_STEPS):
        for name in steps.names():
            step = steps[name]
            if name not in (warehouse.steps.SUBMIT, warehouse.steps.APPROVE):
                assert not step.vouch, name  # signatures only
    assert warehouse.steps.EDIT not in warehouse.ISSUE_STEPS.offered(clerk, keepers_desk["slip"])
    assert warehouse.STOCKTAKE_STEPS.may_vouch(warehouse.steps.APPROVE)
    assert not warehouse.STOCKTAKE_STEPS.may_vouch(warehouse.steps.START)


def test_a_clerk_offers_what_engineering_does_and_a_disabled_account_offers_nothing(
        repair_staff, admin, clock):
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    order = new_order(clerk)
    order = repairs.dispatch(order.id, "刘海波", by=clerk)
    steps = repairs.ORDER_STEPS
    assert steps.vouchable(clerk, order) == [repairs.steps.ACCEPT]
    assert steps.roles_for(repairs.steps.ACCEPT) == [people.MANAGER, people.ENGINEERING]
    assert steps.vouchable(eng, order) == []  # the clerk's steps are typed at her own desk
    assert steps.vouchable(clerk, repairs.accept(order.id, by=eng)) == [repairs.steps.COMPLETE]
    order = repairs.get_order(order.id)
    people.set_active(clerk.id, False, by=admin)
    assert steps.offered(clerk, order) == steps.allowed(clerk, order) == [
        repairs.steps.OPEN, repairs.steps.PRINT, repairs.steps.MONTHLY]  # no permission needed


def test_a_signature_is_timed_by_the_operations_clock(keepers_desk, clock):
    clock.set(dt.datetime(2026, 3, 10, 15, 30))
    people.vouch("duty", OWN, at_desk_of=keepers_desk["keeper"])
    assert _rows("login.vouch")[-1].at == dt.datetime(2026, 3, 10, 15, 30)
