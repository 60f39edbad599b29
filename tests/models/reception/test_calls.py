"""来电记录: routing without retyping, answered / late, the caller's history; refusals write nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from models import reception, repairs
from models.audit import AuditEntry
from models.errors import DomainError, PermissionDenied, ValidationError
from tests.helpers.clock import T0

# ``repair_staff``: clerk1, eng1, boss1 (manager), duty1; ``clock`` starts at T0 (Tue 09:00).


def call(by, **values):
    given = {"caller": "王伟", "unit": "财务部", "room": "1203", "phone": "13800001111",
             "kind": "inquiry", "content": "请问周末空调开放吗"}
    given.update(values)
    return reception.register_call(given, by=by)


def water(db) -> int:
    return repairs.categories()[0].id


def test_an_inquiry_answered_at_once_is_closed(repair_staff, clock):
    c = call(repair_staff["clerk"], answer="周末需提前申请")
    assert (c.status, c.answered_at, c.promised_at) == (reception.CALL_ANSWERED, T0, None)
    assert not c.late()
    assert AuditEntry.select().where(AuditEntry.action == "call.register").count() == 1


def test_an_unanswered_inquiry_waits_until_the_next_working_day_then_is_late(repair_staff, clock):
    clerk = repair_staff["clerk"]
    c = call(clerk)
    assert c.status == reception.CALL_PENDING
    assert c.promised_at == T0 + dt.timedelta(days=1)  # Wednesday, same time
    clock.advance(days=1, minutes=1)
    assert reception.get_call(c.id).late()
    late = reception.answer_call(c.id, "已答复", by=clerk)
    assert late.status == reception.CALL_ANSWERED and late.late()


def test_the_promise_skips_the_weekend_and_follows_the_setting(repair_staff, clock, admin):
    friday = dt.datetime(2026, 3, 13, 16, 0)
    clock.set(friday)
    c = call(repair_staff["clerk"])
    assert c.promised_at == dt.datetime(2026, 3, 16, 16, 0)  # Monday
    reception.set_promise_days(2, by=admin)
    assert call(repair_staff["clerk"]).promised_at == dt.datetime(2026, 3, 17, 16, 0)
    with pytest.raises(PermissionDenied):
        reception.set_promise_days(3, by=repair_staff["clerk"])
    with pytest.raises(ValidationError):
        reception.set_promise_days(0, by=admin)


def test_a_repair_call_makes_its_order_once_with_the_calls_fields(repair_staff, clock, db):
    clerk = repair_staff["clerk"]
    c = call(clerk, kind="repair", content="卫生间水龙头漏水", category=water(db))
    order = repairs.get_order(c.repair_order_id)
    assert (order.reporter, order.location, order.phone, order.department_name, order.content,
            order.reported_at, order.source) == (
        "王伟", "1203", "13800001111", "财务部", "卫生间水龙头漏水", T0, repairs.PHONE)
    assert order.number == "BX20260310-0001"
    assert c.status == reception.CALL_TO_REPAIR
    assert reception.call_of_order(order).id == c.id
    assert reception.call_of_order(order.id).id == c.id
    assert repairs.RepairOrder.select().count() == 1
    with pytest.raises(DomainError):  # routed once: the step is gone
        reception.route_call_to_repair(c.id, by=clerk, extra={"category": water(db)})
    assert repairs.RepairOrder.select().count() == 1


def test_a_waiting_call_can_become_a_repair_order_later(repair_staff, clock, db):
    clerk = repair_staff["clerk"]
    c = call(clerk, content="空调好像坏了")
    clock.advance(minutes=10)
    routed = reception.route_call_to_repair(c.id, by=clerk, extra={"category": water(db)})
    assert routed.kind == "repair" and routed.status == reception.CALL_TO_REPAIR
    assert repairs.get_order(routed.repair_order_id).content == "空调好像坏了"
    with pytest.raises(DomainError, match="is Order made"):
        reception.route_call_to_repair(c.id, by=clerk, extra={"category": water(db)})


def test_a_suggestion_call_makes_a_suggestion(repair_staff, clock):
    c = call(repair_staff["clerk"], kind="suggestion", content="建议大堂加座椅", department="客服部")
    s = reception.get_suggestion(c.suggestion_id)
    assert (s.source, s.person, s.phone, s.content, s.department, s.status) == (
        "call", "王伟", "13800001111", "建议大堂加座椅", "客服部", reception.SUGGESTION_REGISTERED)
    assert c.status == reception.CALL_TO_SUGGESTION


def test_a_complaint_is_kept_marked_to_register(repair_staff, clock):
    c = call(repair_staff["clerk"], kind="complaint", content="保安态度不好")
    assert (c.kind, c.status) == ("complaint", reception.CALL_TO_REGISTER)
    with pytest.raises(DomainError):
        reception.answer_call(c.id, "x", by=repair_staff["clerk"])


@pytest.mark.parametrize("values, field", [
    ({"content": ""}, "content"),
    ({"kind": "gossip"}, "kind"),
    ({"phone": "", "room": "", "caller": ""}, "phone"),
    ({"kind": "repair", "room": ""}, "room"),
    ({"called_at": T0 + dt.timedelta(hours=1)}, "called_at"),
    ({"promised_at": T0 - dt.timedelta(hours=1)}, "promised_at"),
    ({"kind": "repair"}, "category"),  # the order refuses: no category; the call goes too
])
def test_refused_calls_write_nothing(repair_staff, clock, table_snapshot, values, field):
    before = table_snapshot()
    with pytest.raises(ValidationError) as refused:
        call(repair_staff["clerk"], **values)
    assert refused.value.field == field
    assert table_snapshot() == before


def test_roles(repair_staff, clock, table_snapshot, db):
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        call(repair_staff["eng"])
    assert table_snapshot() == before
    c = call(repair_staff["duty"])  # the duty officer registers calls too
    assert c.taken_by_id == repair_staff["duty"].id
    routed = call(repair_staff["duty"], kind="repair", category=water(db))  # and repairs
    assert routed.repair_order.created_by_id == repair_staff["duty"].id
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        reception.answer_call(c.id, "好", by=repair_staff["eng"])
    assert table_snapshot() == before


def test_answer_refusals_write_nothing(repair_staff, clock, table_snapshot):
    clerk = repair_staff["clerk"]
    c = call(clerk)
    before = table_snapshot()
    for kwargs in ({"answer": ""}, {"answer": "好", "at": T0 - dt.timedelta(minutes=1)},
                   {"answer": "好", "at": T0 + dt.timedelta(hours=2)}):
        with pytest.raises(ValidationError):
            reception.answer_call(c.id, by=clerk, **kwargs)
    with pytest.raises(DomainError):
        reception.answer_call(999, "好", by=clerk)
    assert table_snapshot() == before


def test_caller_history_gathers_calls_orders_and_suggestions(repair_staff, clock, db):
    clerk = repair_staff["clerk"]
    call(clerk, answer="好")
    clock.advance(minutes=5)
    call(clerk, kind="repair", content="灯不亮", category=water(db))
    clock.advance(minutes=5)
    call(clerk, kind="suggestion", content="建议加座椅")
    clock.advance(minutes=5)
    call(clerk, phone="13900002222", room="808", content="别人的")
    lines = reception.caller_history(phone="13800001111")
    kinds = [line.kind for line in lines]
    assert kinds.count("Call") == 1 and kinds.count("Repair order") == 1  # routed: once
    assert kinds.count("Suggestion") == 1
    assert [line.when for line in lines] == sorted((line.when for line in lines), reverse=True)
    assert all("别人的" != line.summary for line in lines)
    by_room = reception.caller_history(room="808")
    assert [line.summary for line in by_room] == ["别人的"]
    assert reception.caller_history() == []


def test_caller_history_holds_the_callers_visits_too(repair_staff, clock, db):
    clerk = repair_staff["clerk"]
    call(clerk, answer="好")
    clock.advance(minutes=5)
    identity = reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id
    reception.register_visit({"kind": reception.WALK_IN, "visitor": "王芳", "company": "星河科技",
                              "phone": "13800001111", "identity": identity,
                              "host_department": "财务部", "host_person": "孙丽",
                              "purpose": "送文件"}, by=clerk)
    lines = reception.caller_history(phone="13800001111")
    assert [line.kind for line in lines] == ["Visit", "Call"]  # newest first
    assert "送文件" in lines[0].summary


def test_the_list_filters_open_late_kind_and_search(repair_staff, clock, db):
    from models.listing import ListFilter, filtered_query

    clerk = repair_staff["clerk"]
    call(clerk, answer="好")
    waiting = call(clerk, phone="13900002222")
    call(clerk, kind="complaint", content="投诉")
    spec = reception.CALL_LIST
    assert filtered_query(spec, ListFilter(extra={"open": True})).count() == 2
    assert filtered_query(spec, ListFilter(extra={"late": True})).count() == 0
    clock.advance(days=2)
    assert [c.id for c in filtered_query(spec, ListFilter(extra={"late": True}))] == [waiting.id]
    assert filtered_query(spec, ListFilter(text="13900002222")).count() == 1
    assert filtered_query(spec, ListFilter(extra={"kind": "complaint"})).count() == 1
    assert [c.id for c in filtered_query(spec, ListFilter(extra={"phone": "1390"}))] == [
        waiting.id]  # the phone box: from the first digits
    assert filtered_query(spec, ListFilter(extra={"room": "12"})).count() == 3
    assert reception.check_reception() == []
