"""客户投诉's rules: one number, the steps and their roles, the deadlines and the lateness
in SQL, callbacks that reopen on 不满意; every refusal leaves the file as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import audit, listing, people, reception
from models.errors import DomainError, NotFound, PermissionDenied, ValidationError
from tests.helpers.complaints import a_call, a_phoned_complaint, phone_values, to_signed


def refused(table_snapshot, error, call, *args, **kwargs) -> DomainError:
    before = table_snapshot()
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    assert table_snapshot() == before
    return caught.value


def last_audit() -> audit.AuditEntry:
    return audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).get()


@pytest.fixture
def director(make_user):
    return make_user(people.DIRECTOR, login="director", full_name="吴国栋")


def test_a_complaint_is_numbered_ts_with_its_deadlines(staff, clock):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    assert c.number == "TS20260310-0001"
    assert c.status == "registered" and c.channel == "phone"
    assert c.judge_due == dt.datetime(2026, 3, 10, 23, 59, 59)
    assert c.contact_due == clock.now + dt.timedelta(minutes=30)
    assert c.remedy_due == clock.now + dt.timedelta(days=3)
    assert c.resolve_due == clock.now + dt.timedelta(days=2)
    assert last_audit().action == "complaint.register"
    assert reception.register_complaint(phone_values(), by=staff["duty"]).number \
        == "TS20260310-0002"


def test_an_urgent_complaint_needs_staff_on_site_in_ten_minutes(staff, clock):
    c = reception.register_complaint(phone_values(level="urgent"), by=staff["clerk"])
    assert c.contact_due == clock.now + dt.timedelta(minutes=10)
    assert c.resolve_due is None
    other = reception.register_complaint(phone_values(), by=staff["clerk"])
    other = reception.judge_complaint(other.id, staff["manager"], True, level="urgent")  # found urgent
    assert other.contact_due == clock.now + dt.timedelta(minutes=10)


def test_the_003_preset_gives_two_hours_and_four_working_days(staff, admin, clock, table_snapshot):
    refused(table_snapshot, PermissionDenied, reception.set_complaint_deadlines, "003", staff["clerk"])
    refused(table_snapshot, ValidationError, reception.set_complaint_deadlines, "004", admin)
    reception.set_complaint_deadlines("003", admin)
    clock.set(dt.datetime(2026, 3, 13, 9, 0))  # a Friday
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    assert c.contact_due == dt.datetime(2026, 3, 13, 11, 0)
    assert c.remedy_due == dt.datetime(2026, 3, 19, 9, 0)  # Mon..Thu


def test_from_a_call_without_retyping(staff, clock):
    call = a_phoned_complaint(staff["clerk"])
    values = reception.complaint_values_from_call(call)
    assert values["channel"] == "phone" and values["customer"] == "王先生"
    assert values["summary"].startswith("空调") and values["room"] == "1208"
    c = reception.register_complaint(values, by=staff["clerk"], call_id=call.id)
    assert (c.call_id, c.received_at, c.unit) == (call.id, dt.datetime(2026, 3, 10, 8, 50),
                                                   "星河科技有限公司")


def test_registering_refuses_without_writing(staff, make_user, clock, table_snapshot):
    eng = make_user(people.ENGINEERING, login="eng")
    refused(table_snapshot, PermissionDenied, reception.register_complaint, phone_values(), eng)
    refused(table_snapshot, ValidationError, reception.register_complaint,
            phone_values(customer=" "), staff["clerk"])
    refused(table_snapshot, ValidationError, reception.register_complaint,
            phone_values(summary=""), staff["clerk"])
    refused(table_snapshot, ValidationError, reception.register_complaint,
            phone_values(channel="pigeon"), staff["clerk"])
    refused(table_snapshot, ValidationError, reception.register_complaint,
            phone_values(received_at=clock.now + dt.timedelta(hours=1)), staff["clerk"])


def test_judged_not_valid_closes_with_the_explanation(staff, clock, table_snapshot):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    refused(table_snapshot, PermissionDenied, reception.judge_complaint, c.id, staff["clerk"], False, "x")
    refused(table_snapshot, ValidationError, reception.judge_complaint, c.id, staff["manager"], False, "")
    c = reception.judge_complaint(c.id, staff["manager"], False, "非物业服务范围，已解释")
    assert (c.status, c.valid, c.closed_at) == ("invalid", 0, clock.now)
    error = refused(table_snapshot, DomainError, reception.judge_complaint, c.id, staff["manager"], True)
    assert "TS20260310-0001" in str(error)


def test_a_major_complaint_is_assigned_by_the_director(staff, director, clock, table_snapshot):
    c = reception.register_complaint(phone_values(level="major"), by=staff["clerk"])
    reception.judge_complaint(c.id, staff["manager"], True)
    refused(table_snapshot, PermissionDenied, reception.assign_complaint, c.id, staff["manager"], "工程部")
    c = reception.assign_complaint(c.id, director, "工程部", "刘海波")
    assert (c.status, c.department, c.assigned_by) == ("assigned", "工程部", "吴国栋")


def test_an_ordinary_one_is_assigned_by_the_manager_not_the_director(staff, director, clock,
                                                                     table_snapshot):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    reception.judge_complaint(c.id, staff["manager"], True)
    refused(table_snapshot, PermissionDenied, reception.assign_complaint, c.id, director, "工程部")
    refused(table_snapshot, PermissionDenied, reception.assign_complaint, c.id, staff["clerk"], "工程部")
    refused(table_snapshot, ValidationError, reception.assign_complaint, c.id, staff["manager"], "")
    assert reception.assign_complaint(c.id, staff["manager"], "工程部").status == "assigned"


def test_the_whole_way_with_a_dissatisfied_callback(staff, clock, table_snapshot):
    clerk, manager = staff["clerk"], staff["manager"]
    c = reception.register_complaint(phone_values(), by=clerk)
    refused(table_snapshot, DomainError, reception.record_complaint_contact, c.id, clerk)
    c = to_signed(c, clerk, manager)
    assert (c.status, c.signed_by) == ("signed", "刘海波")
    clock.advance(minutes=20)
    c = reception.record_complaint_contact(c.id, clerk)
    assert c.contacted_at == clock.now and c.contact_reason == ""
    refused(table_snapshot, DomainError, reception.call_back_complaint, c.id, clerk, "satisfied")
    refused(table_snapshot, ValidationError, reception.answer_complaint_remedy, c.id, clerk, "")
    c = reception.answer_complaint_remedy(c.id, clerk, "已派人维修", "建立报修超时提醒", dt.date(2026, 3, 20))
    assert c.correction_due == dt.date(2026, 3, 20)
    c = reception.mark_complaint_done(c.id, clerk)
    assert c.callback_due == dt.datetime(2026, 3, 10, 23, 59, 59)
    refused(table_snapshot, ValidationError, reception.call_back_complaint, c.id, clerk, "unsatisfied", "")
    refused(table_snapshot, ValidationError, reception.call_back_complaint, c.id, clerk, "meh")
    clock.advance(hours=2)
    c = reception.call_back_complaint(c.id, clerk, "unsatisfied", "空调又坏了")
    assert (c.status, c.verdict, c.times_reopened) == ("reopened", "unsatisfied", 1)
    assert c.remedy_due == clock.now + dt.timedelta(days=3) and c.done_at is None
    assert reception.complaint_callbacks(c)[0].words == "空调又坏了"
    c = reception.answer_complaint_remedy(c.id, clerk, "更换压缩机")
    c = reception.mark_complaint_done(c.id, clerk)
    c = reception.call_back_complaint(c.id, clerk, "basically_satisfied", "可以", assessment="处理认真")
    assert (c.status, c.verdict, c.closed_at, c.assessment) == ("closed", "basically_satisfied", clock.now,
                                                                "处理认真")
    assert [b.verdict for b in reception.complaint_callbacks(c)] == ["unsatisfied", "basically_satisfied"]
    assert reception.check_reception() == []


def test_a_late_first_contact_needs_a_reason(staff, clock, table_snapshot):
    c = to_signed(reception.register_complaint(phone_values(), by=staff["clerk"]),
                  staff["clerk"], staff["manager"])
    clock.advance(minutes=45)
    refused(table_snapshot, ValidationError, reception.record_complaint_contact, c.id, staff["clerk"])
    c = reception.record_complaint_contact(c.id, staff["clerk"], reason="客户电话无人接听")
    assert c.contact_reason == "客户电话无人接听"


def test_cancel_is_the_managers_with_a_reason(staff, clock, table_snapshot):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    refused(table_snapshot, PermissionDenied, reception.cancel_complaint, c.id, staff["clerk"], "重复")
    refused(table_snapshot, ValidationError, reception.cancel_complaint, c.id, staff["manager"], " ")
    c = reception.cancel_complaint(c.id, staff["manager"], "重复登记")
    assert c.status == "cancelled"
    refused(table_snapshot, DomainError, reception.cancel_complaint, c.id, staff["manager"], "again")
    refused(table_snapshot, NotFound, reception.cancel_complaint, 999, staff["manager"], "x")


def test_each_role_sees_its_steps(staff, director, clock):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    steps = reception.COMPLAINT_STEPS
    assert steps.allowed(staff["clerk"], c) == ["new", "print", "register_pdf"]
    assert steps.allowed(staff["manager"], c) == ["new", "judge", "cancel", "print",
                                                  "register_pdf"]
    assert steps.allowed(director, c) == ["print", "register_pdf"]


def test_lateness_is_computed_in_sql_and_filtered(staff, clock):
    clerk, manager = staff["clerk"], staff["manager"]
    c = to_signed(reception.register_complaint(phone_values(), by=clerk), clerk, manager)
    assert reception.complaint_late_of(c) is None
    clock.advance(minutes=45)
    assert reception.complaint_late_of(c) == ("contact", 15)
    reception.record_complaint_contact(c.id, clerk, reason="无人接听")
    assert reception.complaint_late_of(c) is None
    clock.advance(days=3)
    assert reception.complaint_late_of(c) == ("remedy", 45)
    assert reception.complaint_late_text("remedy:45") == "45 min late to answer"
    assert reception.complaint_late_text("remedy:1530") == "1 d 1 h late to answer"
    spec = reception.COMPLAINT_LIST
    rows = listing.fetch_page(spec, listing.ListFilter(extra={"overdue": True})).rows
    assert [r[0] for r in rows] == [c.id]
    c = reception.answer_complaint_remedy(c.id, clerk, "已修")
    assert reception.complaint_late_of(c) == ("resolve", 1485)  # an ordinary case: 2 days
    c = reception.mark_complaint_done(c.id, clerk)
    rows = listing.fetch_page(spec, listing.ListFilter(extra={"overdue": True})).rows
    assert rows == []
    clock.set(dt.datetime(2026, 3, 14, 0, 10))
    assert reception.complaint_late_of(c) == ("callback", 10)


def test_what_is_due_today(staff, clock):
    assert reception.complaints_due_today() == 0
    reception.register_complaint(phone_values(), by=staff["clerk"])
    assert reception.complaints_due_today() == 1
    clock.advance(days=1)
    assert reception.complaints_due_today() == 1  # overdue counts too


def test_search_by_phone_name_and_number(staff, clock):
    reception.register_complaint(phone_values(), by=staff["clerk"])
    other = reception.register_complaint(phone_values(customer="李女士", phone="13911112222"),
                                         by=staff["clerk"])
    spec = reception.COMPLAINT_LIST
    for text in ("13911112222", "李女士", other.number):
        rows = listing.fetch_page(spec, listing.ListFilter(text=text)).rows
        assert [r[0] for r in rows] == [other.id]


ACTIONS = ("judge_valid", "judge_invalid", "assign", "sign", "contact", "remedy", "done",
           "satisfied", "basically_satisfied", "unsatisfied", "cancel")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(ACTIONS), max_size=25))
def test_random_steps_never_close_a_case_whose_last_callback_is_dissatisfied(staff, clock, seq):
    clerk, manager = staff["clerk"], staff["manager"]
    c = reception.register_complaint(phone_values(), by=clerk)
    calls = {
        "judge_valid": lambda: reception.judge_complaint(c.id, manager, True),
        "judge_invalid": lambda: reception.judge_complaint(c.id, manager, False, "不成立"),
        "assign": lambda: reception.assign_complaint(c.id, manager, "工程部"),
        "sign": lambda: reception.sign_complaint_notice(c.id, clerk, "刘"),
        "contact": lambda: reception.record_complaint_contact(c.id, clerk, reason="r"),
        "remedy": lambda: reception.answer_complaint_remedy(c.id, clerk, "修"),
        "done": lambda: reception.mark_complaint_done(c.id, clerk),
        "satisfied": lambda: reception.call_back_complaint(c.id, clerk, "satisfied"),
        "basically_satisfied": lambda: reception.call_back_complaint(c.id, clerk, "basically_satisfied"),
        "unsatisfied": lambda: reception.call_back_complaint(c.id, clerk, "unsatisfied", "不行"),
        "cancel": lambda: reception.cancel_complaint(c.id, manager, "撤回"),
    }
    for action in seq:
        try:
            calls[action]()
        except DomainError:
            pass
        now = reception.get_complaint(c.id)
        backs = reception.complaint_callbacks(now)
        if backs and backs[-1].verdict == "unsatisfied":
            assert now.status not in ("closed", "invalid")
        if now.status == "closed":
            assert backs and backs[-1].verdict in ("satisfied", "basically_satisfied")
    assert reception.check_reception() == []


def test_the_follow_up_steps_are_the_desks_not_the_storekeepers(staff, clock, table_snapshot):
    """Sign, contact, remedy, done and call back: clerk and duty officer (and the manager);
    a storekeeper is refused each, the file unchanged."""
    keeper, clerk, duty = staff["keeper"], staff["clerk"], staff["duty"]
    c = to_signed(reception.register_complaint(phone_values(), by=duty), clerk, staff["manager"])
    refused(table_snapshot, PermissionDenied, reception.record_complaint_contact, c.id, keeper)
    reception.record_complaint_contact(c.id, duty)
    refused(table_snapshot, PermissionDenied, reception.answer_complaint_remedy, c.id, keeper, "修")
    reception.answer_complaint_remedy(c.id, duty, "修")
    refused(table_snapshot, PermissionDenied, reception.mark_complaint_done, c.id, keeper)
    reception.mark_complaint_done(c.id, duty)
    refused(table_snapshot, PermissionDenied, reception.call_back_complaint, c.id, keeper, "satisfied")
    refused(table_snapshot, ValidationError, reception.call_back_complaint, c.id, duty, "satisfied",
            at=dt.datetime(2026, 3, 9, 9, 0))  # before it was done
    c = reception.call_back_complaint(c.id, duty, "satisfied")
    assert (c.status, reception.complaint_callbacks(c)[0].by_name) == ("closed", "张建国")
    row = last_audit()
    assert row.action == "complaint.callback" and row.record_label == c.number


def test_a_notice_is_signed_for_by_a_named_person_after_the_assignment(staff, clock,
                                                                       table_snapshot):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    reception.judge_complaint(c.id, staff["manager"], True)
    refused(table_snapshot, DomainError, reception.sign_complaint_notice, c.id, staff["clerk"],
            "刘海波")  # not assigned yet
    reception.assign_complaint(c.id, staff["manager"], "工程部")
    refused(table_snapshot, ValidationError, reception.sign_complaint_notice, c.id,
            staff["clerk"], "")
    refused(table_snapshot, ValidationError, reception.sign_complaint_notice, c.id,
            staff["clerk"], "刘海波", dt.datetime(2026, 3, 10, 8, 0))  # before the assignment
    clock.advance(minutes=5)
    c = reception.sign_complaint_notice(c.id, staff["clerk"], "刘海波")
    assert (c.signed_by, c.signed_at) == ("刘海波", clock.now)


def test_the_judge_may_raise_the_level_to_major(staff, director, clock):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    c = reception.judge_complaint(c.id, staff["manager"], True, level="major")
    assert (c.level, c.resolve_due) == ("major", None)  # "resolved in 2 days": ordinary only
    assert reception.COMPLAINT_STEPS.allowed(staff["manager"], c) == [
        "new", "cancel", "print", "register_pdf"]
    assert "assign" in reception.COMPLAINT_STEPS.allowed(director, c)


def test_not_judged_by_the_end_of_the_day_is_late_to_judge_then_to_assign(staff, clock):
    c = reception.register_complaint(phone_values(), by=staff["clerk"])
    clock.set(dt.datetime(2026, 3, 11, 0, 30))
    assert reception.complaint_late_of(c) == ("judge", 30)
    c = reception.judge_complaint(c.id, staff["manager"], True)
    assert reception.complaint_late_of(c) == ("assign", 30)
    assert reception.complaint_late_text("assign:30") == "30 min late to assign"
    values = reception.complaint_values_from_call(a_call(unit=None, room=None, phone=None))
    assert (values["unit"], values["room"], values["phone"]) == ("", "", "")
