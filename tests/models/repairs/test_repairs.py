"""Repair orders: the lifecycle, its rules, its roles; a refused step writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from models import checks, numbering, people, repairs
from models.audit import AuditEntry
from models.errors import DomainError, PermissionDenied, ValidationError
from tests.helpers.clock import T0
from tests.helpers.repairs import category, new_order

# The fixtures: ``clock`` starts at T0; ``repair_staff`` is clerk1, eng1, boss1, duty1.


def to_status(order, status, repair_staff, clock) -> repairs.RepairOrder:
    """Walk ``order`` forward to ``status`` with the operations, a few minutes per step."""
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    path = {
        repairs.DISPATCHED: lambda: repairs.dispatch(order.id, "刘海波", by=clerk),
        repairs.IN_PROGRESS: lambda: repairs.accept(order.id, by=eng),
        repairs.COMPLETED: lambda: repairs.complete(order.id, "更换阀芯", by=eng),
        repairs.CHECKED: lambda: repairs.check(order.id, by=clerk),
        repairs.CALLED_BACK: lambda: repairs.call_back(order.id, repairs.SATISFIED, by=clerk),
    }
    if status == repairs.CANCELLED:
        clock.advance(minutes=5)
        return repairs.cancel(order.id, "重复报修", by=clerk)
    for step in (repairs.DISPATCHED, repairs.IN_PROGRESS, repairs.COMPLETED, repairs.CHECKED,
                 repairs.CALLED_BACK):
        if repairs.get_order(order.id).status == status:
            break
        clock.advance(minutes=10)
        path[step]()
    return repairs.get_order(order.id)


# --- the happy path ---------------------------------------------------------------


def test_new_file_has_the_default_categories(db):
    assert [c.name for c in repairs.categories()] == list(repairs.DEFAULT_CATEGORIES)
    assert repairs.DEFAULT_CATEGORIES == ("水", "电", "空调", "门窗", "网络", "家具", "土建", "其他")


def test_the_whole_loop_from_call_to_callback(repair_staff, clock):
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    order = new_order(clerk)
    assert order.number == "BX20260310-0001"
    assert order.status == repairs.REGISTERED
    assert order.reported_at == order.entered_at == T0
    assert order.accept_due == T0 + dt.timedelta(hours=4)
    assert order.complete_due == T0 + dt.timedelta(days=2)

    order = repairs.dispatch(order.id, "刘海波", by=clerk, at=clock.advance(minutes=5))
    assert (order.status, order.engineer, order.paper_returned) == (repairs.DISPATCHED, "刘海波", False)
    assert [o.id for o in repairs.unreturned_papers()] == [order.id]

    order = repairs.accept(order.id, by=eng, at=clock.advance(minutes=20))
    assert order.status == repairs.IN_PROGRESS and order.accepted_at == T0 + dt.timedelta(minutes=25)

    first_done = clock.advance(hours=2)
    order = repairs.complete(order.id, "更换水龙头阀芯", by=eng, materials="阀芯1个",
                             completed_at=first_done)
    assert (order.status, order.completed_at, order.materials) == (
        repairs.COMPLETED, first_done, "阀芯1个")

    order = repairs.send_back(order.id, "仍然漏水", by=clerk, at=clock.advance(minutes=30))
    assert (order.status, order.send_back_count, order.completed_at) == (
        repairs.IN_PROGRESS, 1, None)

    order = repairs.complete(order.id, "更换整个水龙头", by=eng, materials="水龙头1个",
                             completed_at=clock.advance(hours=1))
    order = repairs.mark_paper_returned(order.id, by=clerk, at=clock.advance(minutes=5))
    assert order.paper_returned and list(repairs.unreturned_papers()) == []
    order = repairs.check(order.id, by=clerk, at=clock.advance(minutes=10))
    assert order.status == repairs.CHECKED
    order = repairs.call_back(order.id, repairs.SATISFIED, by=clerk, comment="很满意",
                              at=clock.advance(hours=1))
    assert (order.status, order.verdict, order.callback_comment) == (
        repairs.CALLED_BACK, repairs.SATISFIED, "很满意")
    assert order.work_done == "更换整个水龙头" and order.send_back_count == 1

    events = repairs.timeline(order.id)
    assert [e.action for e in events] == [
        "register", "dispatch", "accept", "complete", "send_back", "complete",
        "paper_returned", "check", "call_back",
    ]
    assert [e.user.login for e in events][:3] == ["clerk1", "clerk1", "eng1"]
    assert events[4].note == "仍然漏水" and events[-1].verdict == repairs.SATISFIED
    assert events[-1].status_after == repairs.CALLED_BACK
    assert str(events[1].action_label) == "Dispatched"
    actions = [a.action for a in AuditEntry.select().where(AuditEntry.entity == "repair_order")
               .order_by(AuditEntry.id)]
    assert actions == [f"repair.{e.action}" for e in events]
    assert numbering.check_numbers() == []
    assert checks.run_checks() == []


def test_back_filled_order_is_numbered_by_its_report_day(repair_staff, clock):
    clerk = repair_staff["clerk"]
    paper_day = dt.datetime(2026, 3, 8, 16, 30)
    first = new_order(clerk, reported_at=paper_day)
    second = new_order(clerk, reported_at=paper_day + dt.timedelta(minutes=40))
    today = new_order(clerk)
    assert [first.number, second.number, today.number] == [
        "BX20260308-0001", "BX20260308-0002", "BX20260310-0001"]
    assert first.entered_at == T0 and first.reported_at == paper_day
    assert first.accept_due == paper_day + dt.timedelta(hours=4)
    entry = AuditEntry.get(AuditEntry.action == "repair.register", AuditEntry.record_id == first.id)
    assert entry.changes_dict()["reported_at"] == "2026-03-08 16:30:00"
    assert entry.changes_dict()["entered_at"] == "2026-03-10 09:00:00"
    assert repairs.timeline(first.id)[0].at == paper_day


def test_urgent_needs_its_cause_and_gets_the_short_deadlines(repair_staff, clock, table_snapshot):
    before = table_snapshot()
    with pytest.raises(ValidationError, match="urgent repair needs its cause") as info:
        new_order(repair_staff["clerk"], urgency=repairs.URGENT, urgent_cause="  ")
    assert info.value.field == "urgent_cause"
    assert table_snapshot() == before
    order = new_order(repair_staff["clerk"], urgency=repairs.URGENT, urgent_cause="整层停水，无法办公")
    assert order.accept_due == T0 + dt.timedelta(minutes=30)
    assert order.complete_due == T0 + dt.timedelta(hours=4)


@pytest.mark.parametrize(
    "values, field",
    [
        ({"content": " "}, "content"),
        ({"location": ""}, "location"),
        ({"category": None}, "category"),
        ({"source": "fax"}, "source"),
        ({"urgency": "very"}, "urgency"),
        ({"reported_at": T0 + dt.timedelta(minutes=10)}, "reported_at"),
        ({"content": "漏" * 1001}, "content"),
    ],
)
def test_registration_rules(repair_staff, clock, table_snapshot, values, field):
    before = table_snapshot()
    with pytest.raises(ValidationError) as info:
        new_order(repair_staff["clerk"], **values)
    assert info.value.field == field
    assert table_snapshot() == before


def test_an_inactive_category_is_refused_for_new_orders(repair_staff, clock, admin, table_snapshot):
    cat = category("家具")
    repairs.save_category(admin, "家具", category_id=cat.id, active=False)
    assert "家具" not in [c.name for c in repairs.categories()]
    before = table_snapshot()
    with pytest.raises(ValidationError, match="no longer in use"):
        new_order(repair_staff["clerk"], category=cat.id)
    assert table_snapshot() == before


# --- forbidden transitions --------------------------------------------------------

ALLOWED = {
    "dispatch": {repairs.REGISTERED},
    "accept": {repairs.DISPATCHED},
    "complete": {repairs.IN_PROGRESS},
    "check": {repairs.COMPLETED},
    "send_back": {repairs.COMPLETED},
    "call_back": {repairs.CHECKED},
    "cancel": {repairs.REGISTERED, repairs.DISPATCHED, repairs.IN_PROGRESS},
    "update_order": {repairs.REGISTERED, repairs.DISPATCHED},
}


def _attempt(op, order_id, repair_staff):
    m = repair_staff["manager"]  # may do everything: only the status refuses
    return {
        "dispatch": lambda: repairs.dispatch(order_id, "王建军", by=m),
        "accept": lambda: repairs.accept(order_id, by=m),
        "complete": lambda: repairs.complete(order_id, "修好了", by=m),
        "check": lambda: repairs.check(order_id, by=m),
        "send_back": lambda: repairs.send_back(order_id, "没修好", by=m),
        "call_back": lambda: repairs.call_back(order_id, repairs.SATISFIED, by=m),
        "cancel": lambda: repairs.cancel(order_id, "报修人取消", by=m),
        "update_order": lambda: repairs.update_order(order_id, {"location": "1205室"}, by=m),
    }[op]()


@pytest.mark.parametrize("status", list(repairs.STATUS_LABELS))
def test_every_forbidden_transition_is_refused_naming_the_status(
    repair_staff, clock, table_snapshot, status
):
    order = to_status(new_order(repair_staff["clerk"]), status, repair_staff, clock)
    assert order.status == status
    clock.advance(minutes=5)
    before = table_snapshot()
    for op, allowed in ALLOWED.items():
        if status in allowed:
            continue
        with pytest.raises(DomainError) as info:
            _attempt(op, order.id, repair_staff)
        assert f"is {repairs.STATUS_LABELS[status]};" in str(info.value), op
        assert info.value.params["status"].context == "Repairs"
        assert table_snapshot() == before, op


@pytest.mark.parametrize("status", [repairs.REGISTERED, repairs.CANCELLED])
def test_paper_cannot_be_returned_before_dispatch_or_when_cancelled(
    repair_staff, clock, table_snapshot, status
):
    order = to_status(new_order(repair_staff["clerk"]), status, repair_staff, clock)
    before = table_snapshot()
    with pytest.raises(DomainError, match="no paper copy out"):
        repairs.mark_paper_returned(order.id, by=repair_staff["clerk"])
    assert table_snapshot() == before


def test_paper_is_returned_only_once(repair_staff, clock, table_snapshot):
    order = to_status(new_order(repair_staff["clerk"]), repairs.DISPATCHED, repair_staff, clock)
    repairs.mark_paper_returned(order.id, by=repair_staff["clerk"])
    before = table_snapshot()
    with pytest.raises(DomainError, match="already been returned"):
        repairs.mark_paper_returned(order.id, by=repair_staff["clerk"])
    assert table_snapshot() == before


def test_an_order_cancelled_after_dispatch_leaves_the_unreturned_list(repair_staff, clock):
    order = to_status(new_order(repair_staff["clerk"]), repairs.DISPATCHED, repair_staff, clock)
    assert repairs.unreturned_papers().count() == 1
    clock.advance(minutes=3)
    order = repairs.cancel(order.id, "报修人自行解决", by=repair_staff["clerk"])
    assert order.cancel_reason == "报修人自行解决" and order.cancelled_at == clock.now
    assert repairs.unreturned_papers().count() == 0


# --- roles ------------------------------------------------------------------------

CLERK_OPS = {
    "register": lambda o, u: new_order(u),
    "update_order": lambda o, u: repairs.update_order(o[repairs.REGISTERED], {"phone": "1"}, by=u),
    "dispatch": lambda o, u: repairs.dispatch(o[repairs.REGISTERED], "赵明", by=u),
    "paper": lambda o, u: repairs.mark_paper_returned(o[repairs.DISPATCHED], by=u),
    "check": lambda o, u: repairs.check(o[repairs.COMPLETED], by=u),
    "send_back": lambda o, u: repairs.send_back(o["completed_too"], "不行", by=u),
    "call_back": lambda o, u: repairs.call_back(o[repairs.CHECKED], repairs.SATISFIED, by=u),
    "cancel": lambda o, u: repairs.cancel(o[repairs.REGISTERED], "取消", by=u),
}
ENGINEERING_OPS = {
    "accept": lambda o, u: repairs.accept(o[repairs.DISPATCHED], by=u),
    "complete": lambda o, u: repairs.complete(o[repairs.IN_PROGRESS], "修好", by=u),
}
# The duty officer also takes a report and hands it to engineering (§二 3.7), with the paper
# copy that goes out with it (回单); the rest of the clerk's steps are not his.
DUTY_OPS = ("register", "update_order", "dispatch", "paper")
CLERK_ONLY_OPS = {name: op for name, op in CLERK_OPS.items() if name not in DUTY_OPS}
SETTINGS_OPS = {
    "set_deadlines": lambda o, u: repairs.set_deadlines(repairs.URGENT, 20, 120, by=u),
    "set_office_deadlines": lambda o, u: repairs.set_office_deadlines(
        repairs.URGENT, 10, 60, 600, by=u),
    "save_category": lambda o, u: repairs.save_category(u, "电梯"),
}


@pytest.fixture
def one_of_each(repair_staff, clock):
    """An order in each status, by id."""
    out = {}
    for status in (repairs.REGISTERED, repairs.DISPATCHED, repairs.IN_PROGRESS,
                   repairs.COMPLETED, repairs.CHECKED):
        out[status] = to_status(new_order(repair_staff["clerk"]), status, repair_staff, clock).id
    out["completed_too"] = to_status(new_order(repair_staff["clerk"]), repairs.COMPLETED, repair_staff, clock).id
    clock.advance(minutes=5)
    return out


@pytest.mark.parametrize(
    "role, ops",
    [
        ("eng", CLERK_OPS), ("eng", SETTINGS_OPS),
        ("clerk", ENGINEERING_OPS), ("clerk", SETTINGS_OPS),
        ("duty", CLERK_ONLY_OPS), ("duty", ENGINEERING_OPS), ("duty", SETTINGS_OPS),
        ("manager", SETTINGS_OPS),
    ],
)
def test_wrong_roles_are_refused(repair_staff, one_of_each, table_snapshot, role, ops):
    before = table_snapshot()
    for name, op in ops.items():
        with pytest.raises(PermissionDenied, match="Your role does not allow this"):
            op(one_of_each, repair_staff[role])
        assert table_snapshot() == before, name


def test_the_duty_officer_registers_edits_and_dispatches_a_report_made_to_him(
        repair_staff, one_of_each):
    duty = repair_staff["duty"]
    order = new_order(duty, content="夜间来电：302室空调漏水")
    assert (order.status, order.created_by_id) == (repairs.REGISTERED, duty.id)
    repairs.update_order(order.id, {"phone": "8123"}, by=duty)
    order = repairs.dispatch(order.id, "刘海波", by=duty)
    assert (order.status, order.engineer, order.phone) == (repairs.DISPATCHED, "刘海波", "8123")
    assert repairs.mark_paper_returned(order.id, by=duty).paper_returned
    assert [e.user_id for e in repairs.timeline(order.id)] == [duty.id] * 4


@pytest.mark.parametrize("ops", [CLERK_OPS, ENGINEERING_OPS])
def test_the_manager_may_do_everything_on_orders(repair_staff, one_of_each, ops):
    for name, op in ops.items():
        assert op(one_of_each, repair_staff["manager"]) is not None, name


def test_clerk_ops_are_allowed_to_the_clerk_and_engineering_ops_to_engineering(
    repair_staff, one_of_each
):
    for op in CLERK_OPS.values():
        op(one_of_each, repair_staff["clerk"])
    for op in ENGINEERING_OPS.values():
        op(one_of_each, repair_staff["eng"])


def test_a_disabled_clerk_is_refused(repair_staff, clock, admin):
    people.set_active(repair_staff["clerk"].id, False, by=admin)
    clerk = people.get_user(repair_staff["clerk"].id)
    with pytest.raises(PermissionDenied):
        new_order(clerk)


# --- times ------------------------------------------------------------------------


def test_times_must_follow_each_other_and_not_be_in_the_future(repair_staff, clock, table_snapshot):
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    order = new_order(clerk)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="cannot be before the previous step"):
        repairs.dispatch(order.id, "赵明", by=clerk, at=T0 - dt.timedelta(minutes=1))
    with pytest.raises(ValidationError, match="in the future"):
        repairs.dispatch(order.id, "赵明", by=clerk, at=T0 + dt.timedelta(minutes=6))
    with pytest.raises(ValidationError, match="Name the engineer"):
        repairs.dispatch(order.id, " ", by=clerk)
    assert table_snapshot() == before
    clock.advance(minutes=30)
    repairs.dispatch(order.id, "赵明", by=clerk, at=T0 + dt.timedelta(minutes=10))
    before = table_snapshot()
    with pytest.raises(ValidationError, match=r"previous step \(Dispatched at 2026-03-10 09:10\)"):
        repairs.accept(order.id, by=eng, at=T0 + dt.timedelta(minutes=9))
    assert table_snapshot() == before
    repairs.accept(order.id, by=eng, at=T0 + dt.timedelta(minutes=20))
    before = table_snapshot()
    with pytest.raises(ValidationError, match=r"Accepted at 2026-03-10 09:20"):
        repairs.complete(order.id, "修好", by=eng, completed_at=T0 + dt.timedelta(minutes=15))
    with pytest.raises(ValidationError, match="in the future"):
        repairs.complete(order.id, "修好", by=eng, completed_at=clock.now + dt.timedelta(minutes=6))
    with pytest.raises(ValidationError, match="Say what work was done"):
        repairs.complete(order.id, "", by=eng)
    assert table_snapshot() == before
    # A few minutes ahead is only the engineer's watch.
    repairs.complete(order.id, "修好", by=eng, completed_at=clock.now + dt.timedelta(minutes=4))
    clock.advance(minutes=10)
    repairs.send_back(order.id, "仍漏水", by=clerk)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="Sent back at"):
        repairs.complete(order.id, "修好", by=eng, completed_at=clock.now - dt.timedelta(minutes=1))
    assert table_snapshot() == before


def test_send_back_cancel_and_unsatisfied_need_their_reason(repair_staff, clock, table_snapshot):
    clerk = repair_staff["clerk"]
    done = to_status(new_order(clerk), repairs.COMPLETED, repair_staff, clock)
    checked = to_status(new_order(clerk), repairs.CHECKED, repair_staff, clock)
    fresh = new_order(clerk)
    clock.advance(minutes=1)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="why the work is sent back"):
        repairs.send_back(done.id, "", by=clerk)
    with pytest.raises(ValidationError, match="why the order is cancelled"):
        repairs.cancel(fresh.id, " ", by=clerk)
    with pytest.raises(ValidationError, match="unsatisfied with"):
        repairs.call_back(checked.id, repairs.UNSATISFIED, by=clerk)
    with pytest.raises(ValidationError, match="verdict"):
        repairs.call_back(checked.id, "meh", by=clerk)
    assert table_snapshot() == before


def test_unsatisfied_callback_reopens_and_keeps_the_verdict_in_the_timeline(repair_staff, clock):
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    order = to_status(new_order(clerk), repairs.CHECKED, repair_staff, clock)
    clock.advance(hours=1)
    order = repairs.call_back(order.id, repairs.UNSATISFIED, by=clerk, comment="还是漏水")
    assert order.status == repairs.IN_PROGRESS
    assert (order.completed_at, order.checked_at, order.called_back_at) == (None, None, None)
    assert order.verdict == repairs.UNSATISFIED and order.reopened_at == clock.now
    clock.advance(hours=1)
    repairs.complete(order.id, "重新更换", by=eng)
    repairs.check(order.id, by=clerk)
    order = repairs.call_back(order.id, repairs.BASICALLY_SATISFIED, by=clerk)
    assert order.status == repairs.CALLED_BACK
    calls = [(e.verdict, e.note, e.status_after) for e in repairs.timeline(order.id)
             if e.action == "call_back"]
    assert calls == [(repairs.UNSATISFIED, "还是漏水", repairs.IN_PROGRESS),
                     (repairs.BASICALLY_SATISFIED, "", repairs.CALLED_BACK)]
    assert checks.run_checks() == []


# --- editing the registration -----------------------------------------------------


def test_update_order_is_audited_with_old_and_new(repair_staff, clock):
    clerk = repair_staff["clerk"]
    order = new_order(clerk)
    clock.advance(minutes=10)
    order = repairs.update_order(order.id, {"location": "1205室", "phone": " 8013 "}, by=clerk)
    assert (order.location, order.phone) == ("1205室", "8013")
    entry = AuditEntry.get(AuditEntry.action == "repair.update")
    assert entry.changes_dict() == {"location": ["1203室", "1205室"], "phone": ["8012", "8013"]}
    assert (repairs.timeline(order.id)[-1].action, repairs.timeline(order.id)[-1].note) == (
        "update", "location,phone")
    # Nothing changed: nothing written.
    count = AuditEntry.select().count()
    repairs.update_order(order.id, {"location": "1205室"}, by=clerk)
    assert AuditEntry.select().count() == count


def test_update_of_report_time_or_urgency_recomputes_the_due_times(repair_staff, clock, table_snapshot):
    clerk = repair_staff["clerk"]
    order = repairs.dispatch(new_order(clerk).id, "赵明", by=clerk, at=clock.advance(minutes=30))
    earlier = T0 - dt.timedelta(hours=1)
    order = repairs.update_order(order.id, {"reported_at": earlier}, by=clerk)
    assert order.reported_at == earlier and order.accept_due == earlier + dt.timedelta(hours=4)
    assert repairs.timeline(order.id)[0].at == earlier
    changes = AuditEntry.get(AuditEntry.action == "repair.update").changes_dict()
    assert changes["reported_at"] == ["2026-03-10 09:00:00", "2026-03-10 08:00:00"]
    assert changes["accept_due"] == ["2026-03-10 13:00:00", "2026-03-10 12:00:00"]
    order = repairs.update_order(order.id, {"urgency": repairs.URGENT, "urgent_cause": "停电"},
                                 by=clerk)
    assert order.complete_due == earlier + dt.timedelta(hours=4)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="must stay on 2026-03-10"):
        repairs.update_order(order.id, {"reported_at": T0 - dt.timedelta(days=1)}, by=clerk)
    with pytest.raises(ValidationError, match="cannot be after the dispatch"):
        repairs.update_order(order.id, {"reported_at": T0 + dt.timedelta(minutes=31)}, by=clerk)
    with pytest.raises(ValidationError, match="urgent repair needs its cause"):
        repairs.update_order(order.id, {"urgent_cause": ""}, by=clerk)
    assert table_snapshot() == before


# --- settings: categories and deadlines -------------------------------------------


def test_categories_are_edited_by_the_administrator(admin, table_snapshot):
    cat = repairs.save_category(admin, " 电梯 ")
    assert cat.name == "电梯" and [c.name for c in repairs.categories()][-1] == "电梯"
    repairs.save_category(admin, "电梯间", category_id=cat.id, sort_order=0)
    assert AuditEntry.select().where(AuditEntry.entity == "repair_category").count() == 2
    before = table_snapshot()
    with pytest.raises(ValidationError, match="already exists"):
        repairs.save_category(admin, "水")
    with pytest.raises(ValidationError, match="name is required"):
        repairs.save_category(admin, "")
    assert table_snapshot() == before


def test_deadlines_are_settings_for_new_orders_only(repair_staff, clock, admin, table_snapshot):
    old = new_order(repair_staff["clerk"], urgency=repairs.URGENT, urgent_cause="停水")
    assert repairs.deadlines(repairs.URGENT) == repairs.Deadlines(30, 240)
    assert repairs.deadlines(repairs.NORMAL) == repairs.Deadlines(240, 2880)
    repairs.set_deadlines(repairs.URGENT, 20, 120, by=admin)
    assert repairs.deadlines(repairs.URGENT) == repairs.Deadlines(20, 120)
    changed = AuditEntry.select().where(AuditEntry.action == "setting.change",
                                        AuditEntry.record_label.startswith("repairs.sla."))
    assert sorted(a.record_label for a in changed) == [
        "repairs.sla.urgent.accept_minutes", "repairs.sla.urgent.complete_minutes"]
    new = new_order(repair_staff["clerk"], urgency=repairs.URGENT, urgent_cause="停水")
    assert new.accept_due == T0 + dt.timedelta(minutes=20)
    assert repairs.get_order(old.id).accept_due == T0 + dt.timedelta(minutes=30)
    before = table_snapshot()
    for args in ((repairs.URGENT, 0, 120), (repairs.URGENT, 120, 60), ("soon", 10, 20),
                 (repairs.NORMAL, 10, 10**7)):
        with pytest.raises(ValidationError):
            repairs.set_deadlines(*args, by=admin)
    assert table_snapshot() == before


def test_two_desks_dispatching_the_same_order_one_is_refused(repair_staff, clock):
    """BEGIN IMMEDIATE: the second desk waits, then sees the order already dispatched."""
    import threading

    from models import db as dbmod

    order = new_order(repair_staff["clerk"])
    clock.advance(minutes=5)
    barrier, results = threading.Barrier(2), []

    def desk(engineer):
        barrier.wait()
        try:
            repairs.dispatch(order.id, engineer, by=repair_staff["clerk"])
            results.append("ok")
        except DomainError as exc:
            results.append(str(exc))
        except Exception as exc:  # pragma: no cover - reported below
            results.append(repr(exc))
        finally:
            dbmod.database.close()

    threads = [threading.Thread(target=desk, args=(name,)) for name in ("赵明", "王建军")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results)[1] == "ok" and "is Dispatched;" in sorted(results)[0], results
    assert [e.action for e in repairs.timeline(order.id)] == ["register", "dispatch"]
