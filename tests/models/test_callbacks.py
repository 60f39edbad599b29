"""回访: one queue for complaints done and repair orders checked; a verdict closes the case
or sends it back to its owner (不满意); "cannot answer now" brings it back at the promised
time; the manager reviews; every refusal leaves the file as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import audit, callback_queue, callbacks, listing, reception, repairs
from models.errors import DomainError, PermissionDenied, ValidationError
from tests.helpers.callbacks import an_engineer, checked_order, done_complaint
from tests.helpers.complaints import phone_values


def refused(table_snapshot, error, call, *args, **kwargs) -> DomainError:
    before = table_snapshot()
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    assert table_snapshot() == before
    return caught.value


def kinds_in_queue() -> list[tuple[str, str]]:
    return [(e.kind, e.case.number) for e in callback_queue.queue()]


def test_the_queue_holds_complaints_done_and_orders_checked_late_in_red(staff, make_user, clock):
    engineer = an_engineer(make_user)
    c = done_complaint(staff)
    order = checked_order(staff["clerk"], engineer)
    entries = {e.kind: e for e in callback_queue.queue()}
    assert set(entries) == {"complaint", "repair"}
    assert entries["complaint"].case.number == c.number
    assert entries["complaint"].due_at == dt.datetime(2026, 3, 10, 23, 59, 59)
    assert entries["complaint"].case.phone == "13800138000"
    assert entries["repair"].due_at == repairs.due_at(order)
    assert all(e.late is None for e in entries.values())
    clock.set(max(dt.datetime(2026, 3, 11, 9, 0), repairs.due_at(order) + dt.timedelta(hours=1)))
    late = {e.kind: e.late for e in callback_queue.queue()}
    assert late["complaint"] == clock.now - dt.datetime(2026, 3, 10, 23, 59, 59)
    assert late["repair"] == clock.now - repairs.due_at(order)
    assert callback_queue.due_count() == 2


def test_satisfied_closes_the_complaint_and_unsatisfied_sends_it_back(staff, clock):
    c = done_complaint(staff)
    clerk = staff["clerk"]
    cb = callbacks.record_callback("complaint", c.id, {
        "verdict": callbacks.UNSATISFIED, "words": "空调还是不冷", "person": "王先生",
        "mode": callbacks.PHONE}, clerk)
    again = reception.get_complaint(c.id)
    assert (again.status, again.verdict, again.times_reopened) == ("reopened", "unsatisfied", 1)
    assert (cb.number, cb.customer, cb.by_name, cb.person) == (c.number, "王先生", "李晓燕", "王先生")
    assert kinds_in_queue() == []  # back with the department, open, not waiting for a call
    assert {a.action for a in audit.AuditEntry.select()} >= {"callback.record", "complaint.callback"}
    reception.answer_complaint_remedy(c.id, clerk, "再次维修")
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, callbacks.SATISFIED)  # the complaint's own step
    assert reception.get_complaint(c.id).status == "closed"
    rows = callbacks.callbacks_of("complaint", c.id)
    assert [r.verdict for r in rows] == ["unsatisfied", "satisfied"]
    assert reception.complaint_callbacks(c) == rows


def test_unsatisfied_needs_the_words_and_a_case_not_waiting_is_refused(staff, clock,
                                                                      table_snapshot):
    c = done_complaint(staff)
    clerk = staff["clerk"]
    refused(table_snapshot, ValidationError, callbacks.record_callback, "complaint", c.id,
            {"verdict": callbacks.UNSATISFIED}, clerk)
    refused(table_snapshot, ValidationError, callbacks.record_callback, "complaint", c.id,
            {"verdict": "meh"}, clerk)
    refused(table_snapshot, ValidationError, callbacks.record_callback, "complaint", c.id,
            {"verdict": callbacks.SATISFIED, "made_at": clock.now + dt.timedelta(hours=1)}, clerk)
    refused(table_snapshot, ValidationError, callbacks.record_callback, "complaint", c.id,
            {"verdict": callbacks.SATISFIED, "made_at": dt.datetime(2026, 3, 9, 9)}, clerk)
    refused(table_snapshot, PermissionDenied, callbacks.record_callback, "complaint", c.id,
            {"verdict": callbacks.SATISFIED}, staff["keeper"])
    other = reception.register_complaint(phone_values(), by=clerk)  # not done yet
    refused(table_snapshot, ValidationError, callbacks.record_callback, "complaint", other.id,
            {"verdict": callbacks.SATISFIED}, clerk)
    with pytest.raises(ValueError):
        callbacks.record_callback("nowhere", c.id, {"verdict": callbacks.SATISFIED}, clerk)


def test_cannot_answer_now_returns_the_case_at_the_promised_time(staff, clock, table_snapshot):
    c = done_complaint(staff)
    clerk = staff["clerk"]
    refused(table_snapshot, ValidationError, callbacks.record_callback, "complaint", c.id,
            {"verdict": ""}, clerk)  # no promised time
    refused(table_snapshot, ValidationError, callbacks.record_callback, "complaint", c.id,
            {"verdict": "", "promised_at": clock.now - dt.timedelta(minutes=1)}, clerk)
    promised = dt.datetime(2026, 3, 12, 10, 0)
    cb = callbacks.record_callback("complaint", c.id, {
        "verdict": "", "promised_at": promised, "words": "在外地，周四再打"}, clerk)
    assert cb.promised and cb.follow_up_needed
    assert reception.get_complaint(c.id).status == "done"  # still waiting
    (entry,) = callback_queue.queue()
    assert (entry.due_at, entry.promised.id) == (promised, cb.id)
    clock.set(dt.datetime(2026, 3, 11, 9, 0))
    assert callback_queue.queue()[0].late is None  # past the complaint's own due, not the promise
    clock.set(dt.datetime(2026, 3, 12, 11, 0))
    assert callback_queue.queue()[0].late == dt.timedelta(hours=1)
    refused(table_snapshot, DomainError, callbacks.review, cb.id, staff["manager"])
    refused(table_snapshot, ValidationError, callbacks.record_follow_up, cb.id, "已答复", clerk)
    done = callbacks.record_follow_up(cb.id, "已答复：压缩机已换", clerk,
                                      verdict=callbacks.BASICALLY_SATISFIED)
    assert (done.verdict, done.follow_up_by, done.follow_up_at) == (
        "basically_satisfied", "李晓燕", clock.now)
    assert reception.get_complaint(c.id).status == "closed"
    assert callback_queue.queue() == []
    refused(table_snapshot, DomainError, callbacks.record_follow_up, cb.id, "再答复", clerk,
            verdict=callbacks.SATISFIED)


def test_a_later_callback_answers_the_promise(staff, clock):
    c = done_complaint(staff)
    clerk = staff["clerk"]
    promise = callbacks.record_callback("complaint", c.id, {
        "verdict": "", "promised_at": clock.now + dt.timedelta(hours=2)}, clerk)
    clock.advance(hours=1)
    reception.call_back_complaint(c.id, clerk, callbacks.SATISFIED, "好了")  # its own step
    promise = callbacks.get_callback(promise.id)
    assert (promise.verdict, promise.follow_up_at, promise.follow_up_result) == (
        "", clock.now, "好了")
    assert promise.status == callbacks.TO_REVIEW_STATE
    flt = listing.ListFilter(extra={callback_queue.PROMISED: True})
    assert listing.fetch_page(callback_queue.CALLBACK_LIST, flt).rows == []
    flt = listing.ListFilter(extra={callback_queue.TO_REVIEW: True})
    assert len(listing.fetch_page(callback_queue.CALLBACK_LIST, flt).rows) == 2


def test_the_manager_reviews_each_callback_once(staff, clock, table_snapshot):
    c = done_complaint(staff)
    cb = callbacks.record_callback("complaint", c.id, {"verdict": callbacks.SATISFIED},
                                   staff["clerk"])
    refused(table_snapshot, PermissionDenied, callbacks.review, cb.id, staff["clerk"])
    reviewed = callbacks.review(cb.id, staff["manager"])
    assert (reviewed.reviewed_by, reviewed.reviewed_at) == ("周志华", clock.now)
    refused(table_snapshot, DomainError, callbacks.review, cb.id, staff["manager"])
    assert audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).get().action \
        == "callback.review"


def test_the_repairs_own_callback_step_writes_the_same_rows(staff, make_user, clock,
                                                           table_snapshot):
    engineer = an_engineer(make_user)
    clerk = staff["clerk"]
    first, second = checked_order(clerk, engineer), checked_order(clerk, engineer)
    repairs.call_back(first.id, repairs.UNSATISFIED, by=clerk, comment="还在滴水")
    assert repairs.get_order(first.id).status == repairs.IN_PROGRESS
    refused(table_snapshot, PermissionDenied, callbacks.record_callback, "repair", second.id,
            {"verdict": callbacks.SATISFIED}, staff["duty"])  # the repairs' step is the clerk's
    callbacks.record_callback("repair", second.id, {"verdict": callbacks.SATISFIED,
                                                    "mode": callbacks.ON_SITE}, clerk)
    assert repairs.get_order(second.id).status == repairs.CALLED_BACK
    rows = [(r.kind, r.number, r.verdict, r.words) for r in callbacks.Callback.select()
            .order_by(callbacks.Callback.id)]
    assert rows == [("repair", first.number, "unsatisfied", "还在滴水"),
                    ("repair", second.number, "satisfied", "")]
    assert [e.action for e in repairs.timeline(second.id)][-1] == "call_back"


def test_the_register_filters_and_searches(staff, make_user, clock):
    engineer = an_engineer(make_user)
    clerk = staff["clerk"]
    a = done_complaint(staff, phone="13911112222", customer="李女士")
    b = done_complaint(staff)
    order = checked_order(clerk, engineer)
    bad = callbacks.record_callback("complaint", a.id, {"verdict": callbacks.UNSATISFIED,
                                                        "words": "不行"}, clerk)
    promise = callbacks.record_callback("complaint", b.id, {
        "verdict": "", "promised_at": clock.now + dt.timedelta(days=1)}, clerk)
    good = callbacks.record_callback("repair", order.id, {"verdict": callbacks.SATISFIED}, clerk)
    callbacks.review(good.id, staff["manager"])
    spec = callback_queue.CALLBACK_LIST

    def ids(**flt) -> set[int]:
        return {row[0] for row in listing.fetch_page(spec, listing.ListFilter(**flt)).rows}

    assert ids() == {bad.id, promise.id, good.id}
    assert ids(extra={callback_queue.TO_REVIEW: True}) == {bad.id}
    assert ids(extra={callback_queue.PROMISED: True}) == {promise.id}
    assert ids(extra={callback_queue.UNSATISFIED_ONLY: True}) == {bad.id}
    assert ids(status="repair") == {good.id}
    assert ids(text="1391111") == {bad.id}
    assert ids(text="李女士") == {bad.id}
    assert ids(text=order.number) == {good.id}
    rows = [tuple(r) for r in listing.export_rows(spec, keys=["verdict", "kind"])]
    assert sorted(rows) == sorted([("Unsatisfied", "Complaint"), ("Cannot answer now", "Complaint"),
                                   ("Satisfied", "Repair order")])


QUEUE_ACTIONS = ("remedy", "done", "satisfied", "unsatisfied", "promise", "follow_up_ok",
                 "follow_up_bad", "review", "later")


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(QUEUE_ACTIONS), max_size=20))
def test_random_queue_steps_never_close_a_case_whose_last_verdict_is_unsatisfied(staff, clock,
                                                                                 seq):
    clerk, manager = staff["clerk"], staff["manager"]
    c = done_complaint(staff)

    def last_promise() -> int:
        rows = callbacks.callbacks_of("complaint", c.id)
        return rows[-1].id if rows else 0

    def record(verdict: str, **more):
        return lambda: callbacks.record_callback("complaint", c.id,
                                                 {"verdict": verdict, **more}, clerk)

    calls = {
        "remedy": lambda: reception.answer_complaint_remedy(c.id, clerk, "再修"),
        "done": lambda: reception.mark_complaint_done(c.id, clerk),
        "satisfied": record(callbacks.SATISFIED),
        "unsatisfied": record(callbacks.UNSATISFIED, words="不行"),
        "promise": record("", promised_at=clock.now + dt.timedelta(hours=1)),
        "follow_up_ok": lambda: callbacks.record_follow_up(last_promise(), "已答复", clerk,
                                                           verdict=callbacks.SATISFIED),
        "follow_up_bad": lambda: callbacks.record_follow_up(last_promise(), "仍不满意", clerk,
                                                            verdict=callbacks.UNSATISFIED),
        "review": lambda: callbacks.review(last_promise(), manager),
        "later": lambda: clock.advance(hours=2),
    }
    for action in seq:
        if action == "promise":
            calls["promise"] = record("", promised_at=clock.now + dt.timedelta(hours=1))
        try:
            calls[action]()
        except DomainError:
            pass
        now = reception.get_complaint(c.id)
        answered = [b.verdict for b in callbacks.callbacks_of("complaint", c.id) if b.verdict]
        if answered and answered[-1] == callbacks.UNSATISFIED:
            assert now.status in reception.COMPLAINT_OPEN  # back with its department
        if now.status == "closed":
            assert answered and answered[-1] in callbacks.CLOSING
        waiting = [e.case.case_id for e in callback_queue.queue()]
        assert (c.id in waiting) == (now.status == "done")
    assert reception.check_reception() == []
