"""Sign requests (标识申请表): every step and its rules, installing into the registry, replacing."""

from __future__ import annotations

import datetime as dt

import pytest

from models import audit, listing, signage, steps
from models.errors import DomainError, NotFound, PermissionDenied, ValidationError
from models.listing import ListFilter
from tests.helpers.sign_requests import (
    department,
    in_production,
    request_values,
    sign_staff,
    wall_sign,
)


@pytest.fixture
def req(make_user, clock):
    department()
    return sign_staff(make_user)


def _actions(request):
    return [e.action for e in audit.AuditEntry.select().where(
        audit.AuditEntry.entity == "sign_request", audit.AuditEntry.record_id == request.id)
        .order_by(audit.AuditEntry.id)]


def test_a_request_goes_from_draft_to_installed_and_its_sign_enters_the_registry(req, clock):
    clerk, manager = req["clerk"], req["manager"]
    request = signage.save_request(request_values(quantity=2, needed_by=dt.date(2026, 3, 20)),
                                   by=clerk)
    assert (request.number, request.status) == ("BSQ20260310-0001", signage.DRAFT)
    assert steps.allowed_steps(clerk, request) == ["new", "open", "edit", "submit", "cancel",
                                                 "print"]
    signage.submit_request(request.id, by=clerk)
    assert steps.allowed_steps(manager, signage.get_request(request.id)) == [
        "new", "open", "authorize", "reject", "cancel", "print"]
    clock.advance(days=1)
    signage.approve_request(request.id, by=manager)
    signage.start_production(request.id, by=clerk)
    clock.advance(days=3)
    done = signage.install_request(request.id, installed_on=dt.date(2026, 3, 13),
                                   installed_by="标识公司 刘师傅", material="不锈钢", by=clerk)
    assert (done.status, done.installed_on, done.installed_by) == (
        signage.INSTALLED, dt.date(2026, 3, 13), "标识公司 刘师傅")
    sign = signage.get_sign(done.sign_id)
    assert (sign.number, sign.kind.name, sign.text, sign.department.name, sign.quantity,
            sign.room, sign.material, sign.set_up_on, sign.source, sign.state) == (
        "BS-00001", "办公室", "财务部 综合办公室", "财务部", 2, "1201", "不锈钢",
        dt.date(2026, 3, 13), request.number, signage.IN_USE)
    assert _actions(request) == ["sign_request.create", "sign_request.submit",
                                 "sign_request.approve", "sign_request.produce",
                                 "sign_request.install"]
    assert steps.allowed_steps(manager, done) == ["new", "open", "print"]
    assert signage.check_signage() == []


def test_a_replacement_retires_the_sign_it_names(req, clock):
    clerk, manager = req["clerk"], req["manager"]
    old = wall_sign(clerk)
    request = signage.request_replacement(old.id, by=clerk, reason="标识破损",
                                          needed_by=dt.date(2026, 3, 24))
    assert (request.replaces_id, request.text, request.room, request.reason,
            request.applicant, request.status) == (
        old.id, old.text, old.room, "标识破损", "李晓燕", signage.DRAFT)
    with pytest.raises(ValidationError, match="already has replacement request"):
        signage.request_replacement(old.id, by=clerk)
    signage.submit_request(request.id, by=clerk)
    signage.approve_request(request.id, by=manager)
    signage.start_production(request.id, by=clerk)
    done = signage.install_request(request.id, installed_by="陈静", by=clerk)
    old, new = signage.get_sign(old.id), signage.get_sign(done.sign_id)
    assert (old.state, old.removed_on) == (signage.REMOVED, clock.now.date())
    assert (new.state, new.material, new.text) == (signage.IN_USE, "不锈钢", old.text)
    assert signage.check_signage() == []
    with pytest.raises(DomainError, match="only a sign on the wall can be replaced"):
        signage.request_replacement(old.id, by=clerk)


def test_a_sign_removed_meanwhile_refuses_the_installation(req, table_snapshot):
    clerk, manager = req["clerk"], req["manager"]
    old = wall_sign(clerk)
    request = signage.request_replacement(old.id, by=clerk)
    signage.submit_request(request.id, by=clerk)
    signage.approve_request(request.id, by=manager)
    signage.start_production(request.id, by=clerk)
    signage.update_sign(old.id, {"state": signage.REMOVED}, by=clerk)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="has already been removed"):
        signage.install_request(request.id, installed_by="陈静", by=clerk)
    assert table_snapshot() == before


def test_the_manager_rejects_with_the_reason(req, table_snapshot):
    clerk, manager = req["clerk"], req["manager"]
    request = signage.save_request(request_values(), by=clerk)
    signage.submit_request(request.id, by=clerk)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="Say why the request is rejected"):
        signage.reject_request(request.id, "  ", by=manager)
    with pytest.raises(PermissionDenied):
        signage.reject_request(request.id, "不需要", by=clerk)
    assert table_snapshot() == before
    done = signage.reject_request(request.id, "该位置已有同类标识", by=manager)
    assert (done.status, done.reject_reason, done.decided_by_id) == (
        signage.REJECTED, "该位置已有同类标识", manager.id)
    assert steps.allowed_steps(manager, done) == ["new", "open", "print"]


def test_the_clerk_cancels_before_approval_the_manager_after(req, table_snapshot):
    clerk, manager = req["clerk"], req["manager"]
    draft = signage.save_request(request_values(), by=clerk)
    assert signage.cancel_request(draft.id, "部门撤回", by=clerk).status == signage.CANCELLED
    made = in_production(clerk, manager)
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        signage.cancel_request(made.id, "不做了", by=clerk)
    with pytest.raises(ValidationError, match="Say why"):
        signage.cancel_request(made.id, "", by=manager)
    assert table_snapshot() == before
    done = signage.cancel_request(made.id, "办公室调整取消", by=manager)
    assert (done.status, done.cancel_reason, done.cancelled_by_id) == (
        signage.CANCELLED, "办公室调整取消", manager.id)
    assert _actions(done)[-1] == "sign_request.cancel"


def test_an_installed_request_cannot_be_cancelled(req, table_snapshot):
    clerk, manager = req["clerk"], req["manager"]
    made = in_production(clerk, manager)
    signage.install_request(made.id, installed_by="陈静", by=clerk)
    before = table_snapshot()
    with pytest.raises(DomainError, match="only a request not yet installed can be cancelled"):
        signage.cancel_request(made.id, "错了", by=manager)
    assert table_snapshot() == before


@pytest.mark.parametrize("step", ["submit", "authorize", "produce", "install"])
def test_each_step_only_in_its_state(req, step, table_snapshot):
    clerk, manager = req["clerk"], req["manager"]
    request = signage.save_request(request_values(), by=clerk)
    if step == "submit":
        signage.submit_request(request.id, by=clerk)
    before = table_snapshot()
    run = {
        "submit": lambda: signage.submit_request(request.id, by=clerk),
        "authorize": lambda: signage.approve_request(request.id, by=manager),
        "produce": lambda: signage.start_production(request.id, by=clerk),
        "install": lambda: signage.install_request(request.id, installed_by="陈静", by=clerk),
    }[step]
    with pytest.raises(DomainError, match=f"{request.number} is"):
        run()
    assert table_snapshot() == before


def test_only_a_draft_is_edited_and_edits_are_audited(req, table_snapshot):
    clerk = req["clerk"]
    request = signage.save_request(request_values(), by=clerk)
    signage.save_request(request_values(room="1202"), by=clerk, request_id=request.id)
    assert signage.get_request(request.id).room == "1202"
    assert _actions(request) == ["sign_request.create", "sign_request.update"]
    signage.submit_request(request.id, by=clerk)
    before = table_snapshot()
    with pytest.raises(DomainError, match="only a draft can be changed"):
        signage.save_request(request_values(room="1203"), by=clerk, request_id=request.id)
    assert table_snapshot() == before


@pytest.mark.parametrize("over, field", [
    ({"department": None}, "department"),
    ({"applicant": ""}, "applicant"),
    ({"kind": ""}, "kind"),
    ({"kind": "灯箱"}, "kind"),
    ({"text": ""}, "text"),
    ({"quantity": 0}, "quantity"),
    ({"reason": ""}, "reason"),
    ({"date": dt.date(2026, 3, 11)}, "date"),
    ({"needed_by": dt.date(2026, 3, 1)}, "needed_by"),
    ({"size": "x" * 41}, "size"),
])
def test_a_bad_request_is_refused_and_writes_nothing(req, over, field, table_snapshot):
    before = table_snapshot()
    with pytest.raises(ValidationError) as refused:
        signage.save_request(request_values(**over), by=req["clerk"])
    assert refused.value.field == field
    assert table_snapshot() == before


def test_roles_and_missing_records(req, table_snapshot):
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        signage.save_request(request_values(), by=req["duty"])
    with pytest.raises(NotFound):
        signage.submit_request(12345, by=req["clerk"])
    with pytest.raises(NotFound):
        signage.request_by_number("BSQ-nope")
    assert table_snapshot() == before
    request = signage.save_request(request_values(), by=req["clerk"])
    signage.submit_request(request.id, by=req["clerk"])
    made = in_production(req["clerk"], req["manager"])
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        signage.approve_request(request.id, by=req["clerk"])
    with pytest.raises(ValidationError, match="Name who put the sign up"):
        signage.install_request(made.id, installed_by="", by=req["clerk"])
    with pytest.raises(PermissionDenied):
        signage.install_request(made.id, installed_by="陈静", by=req["duty"])
    assert table_snapshot() == before


def test_a_replacement_is_refused_to_others_and_twice_for_one_sign(req, table_snapshot):
    old = wall_sign(req["clerk"])
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        signage.request_replacement(old.id, by=req["duty"])
    with pytest.raises(NotFound):
        signage.request_replacement(4242, by=req["clerk"])
    assert table_snapshot() == before
    signage.request_replacement(old.id, by=req["clerk"])
    before = table_snapshot()
    with pytest.raises(ValidationError, match="already has replacement request"):
        signage.request_replacement(old.id, by=req["clerk"])
    assert table_snapshot() == before


def test_install_dates_are_checked(req, table_snapshot):
    made = in_production(req["clerk"], req["manager"], date=dt.date(2026, 3, 5))
    before = table_snapshot()
    with pytest.raises(ValidationError, match="in the future"):
        signage.install_request(made.id, installed_on=dt.date(2026, 3, 11), installed_by="陈静",
                                by=req["clerk"])
    with pytest.raises(ValidationError, match="before the request's date"):
        signage.install_request(made.id, installed_on=dt.date(2026, 3, 4), installed_by="陈静",
                                by=req["clerk"])
    assert table_snapshot() == before


def test_a_request_past_its_needed_by_day_is_late_until_installed(req, clock):
    clerk, manager = req["clerk"], req["manager"]
    late = in_production(clerk, manager, needed_by=dt.date(2026, 3, 12))
    signage.save_request(request_values(text="准时", needed_by=dt.date(2026, 3, 30)), by=clerk)
    clock.advance(days=5)  # 15 March: three days past the 12th

    def rows(**extra):
        page = listing.fetch_page(signage.REQUEST_LIST, ListFilter(extra=extra), None, None, 50)
        at = signage.REQUEST_LIST.index_of
        return [(r[at("text") + 1], r[at("late") + 1]) for r in page.rows]

    assert sorted(rows()) == [("准时", None), ("财务部 综合办公室", 3)]
    assert rows(late=True) == [("财务部 综合办公室", 3)]
    assert signage.late_text(3) == "3 d late"
    signage.install_request(late.id, installed_by="陈静", by=clerk)
    assert rows(late=True) == []
