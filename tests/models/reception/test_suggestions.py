"""建议/意见: the steps (confirmed the same day, late otherwise), the month's summary; refusals
write nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from models import reception
from models.errors import DomainError, PermissionDenied, ValidationError
from tests.helpers.clock import T0

# ``repair_staff``: clerk1, eng1, boss1 (manager), duty1; ``clock`` starts at T0 (Tue 09:00).


def new(by, **values):
    given = {"source": "box", "person": "李明", "phone": "13800001111",
             "content": "建议茶水间增加微波炉", "department": "客服部"}
    given.update(values)
    return reception.register_suggestion(given, by=by)


def through(s, staff, clock, until: str = reception.SUGGESTION_CLOSED):
    clerk, duty = staff["clerk"], staff["duty"]
    steps = [
        (reception.SUGGESTION_CONFIRMED, lambda: reception.confirm_suggestion(s.id, by=duty)),
        (reception.SUGGESTION_SENT, lambda: reception.send_suggestion(s.id, by=clerk)),
        (reception.SUGGESTION_ACKNOWLEDGED, lambda: reception.acknowledge_suggestion(
            s.id, "赵主管", clock.now.date(), by=clerk)),
        (reception.SUGGESTION_CLOSED, lambda: reception.record_suggestion_result(
            s.id, "已采纳", by=clerk)),
    ]
    for status, take in steps:
        clock.advance(minutes=30)
        s = take()
        assert s.status == status
        if status == until:
            break
    return s


def test_the_steps_in_order(repair_staff, clock):
    s = new(repair_staff["clerk"])
    assert s.status == reception.SUGGESTION_REGISTERED
    assert s.confirm_due == dt.datetime(2026, 3, 11)  # by the end of the same day
    s = through(s, repair_staff, clock)
    assert (s.ack_name, s.ack_date, s.result) == ("赵主管", T0.date(), "已采纳")
    assert not s.confirm_late()


def test_not_confirmed_the_same_day_is_late(repair_staff, clock, admin):
    s = new(repair_staff["clerk"])
    clock.set(dt.datetime(2026, 3, 11, 8, 0))
    assert reception.get_suggestion(s.id).confirm_late()
    assert reception.count_unconfirmed_late() == 1
    s = reception.confirm_suggestion(s.id, by=repair_staff["duty"])
    assert s.confirm_late() and reception.count_unconfirmed_late() == 0
    reception.set_confirm_days(1, by=admin)
    assert new(repair_staff["clerk"]).confirm_due == dt.datetime(2026, 3, 13)


def test_only_the_duty_officer_or_manager_confirms(repair_staff, clock, table_snapshot):
    s = new(repair_staff["clerk"])
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        reception.confirm_suggestion(s.id, by=repair_staff["clerk"])
    with pytest.raises(PermissionDenied):
        new(repair_staff["eng"])
    assert table_snapshot() == before
    assert reception.confirm_suggestion(s.id, by=repair_staff["manager"]).status == "confirmed"


def test_steps_out_of_order_are_refused_and_write_nothing(repair_staff, clock, table_snapshot):
    clerk = repair_staff["clerk"]
    s = new(clerk)
    before = table_snapshot()
    with pytest.raises(DomainError, match="once the duty officer has confirmed"):
        reception.send_suggestion(s.id, by=clerk)
    with pytest.raises(DomainError):
        reception.acknowledge_suggestion(s.id, "赵", T0.date(), by=clerk)
    with pytest.raises(DomainError):
        reception.record_suggestion_result(s.id, "好", by=clerk)
    assert table_snapshot() == before
    s = through(s, repair_staff, clock, reception.SUGGESTION_SENT)
    before = table_snapshot()
    for name, day in (("", T0.date()), ("赵", T0.date() - dt.timedelta(days=1)),
                      ("赵", T0.date() + dt.timedelta(days=1))):
        with pytest.raises(ValidationError):
            reception.acknowledge_suggestion(s.id, name, day, by=clerk)
    assert table_snapshot() == before


@pytest.mark.parametrize("values, field", [
    ({"content": " "}, "content"), ({"source": "pigeon"}, "source"),
    ({"received_at": T0 + dt.timedelta(hours=1)}, "received_at"),
])
def test_refused_registrations_write_nothing(repair_staff, clock, table_snapshot, values, field):
    before = table_snapshot()
    with pytest.raises(ValidationError) as refused:
        new(repair_staff["clerk"], **values)
    assert refused.value.field == field
    assert table_snapshot() == before


def test_sending_needs_a_department(repair_staff, clock, table_snapshot):
    s = through(new(repair_staff["clerk"], department=""), repair_staff, clock,
                reception.SUGGESTION_CONFIRMED)
    before = table_snapshot()
    with pytest.raises(ValidationError):
        reception.send_suggestion(s.id, by=repair_staff["clerk"])
    assert table_snapshot() == before
    assert reception.send_suggestion(s.id, by=repair_staff["clerk"],
                                     department="工程部").department == "工程部"


def test_the_month_runs_from_the_26th_and_counts_closed_by_the_28th(repair_staff, clock):
    assert reception.summary_period("2026-03") == (
        dt.date(2026, 2, 26), dt.date(2026, 3, 25), dt.date(2026, 3, 28))
    assert reception.summary_period("2026-01")[0] == dt.date(2025, 12, 26)
    with pytest.raises(ValidationError):
        reception.summary_period("2026-13")
    clerk = repair_staff["clerk"]
    clock.set(dt.datetime(2026, 3, 2, 9, 0))
    closed = through(new(clerk, source="desk"), repair_staff, clock)
    clock.set(dt.datetime(2026, 3, 20, 9, 0))
    late = through(new(clerk, department="工程部"), repair_staff, clock,
                   reception.SUGGESTION_ACKNOWLEDGED)
    clock.set(dt.datetime(2026, 3, 26, 9, 0))  # April's
    new(clerk)
    clock.set(dt.datetime(2026, 3, 29, 9, 0))  # the result after the 28th: open in March
    reception.record_suggestion_result(late.id, "已整改", by=clerk)
    month = reception.suggestion_month("2026-03")
    assert [r.id for r in month.rows] == [closed.id, late.id]
    assert (month.closed, month.open) == (1, 1)
    assert month.by_source == {"desk": 1, "box": 1}
    assert month.by_department == {"客服部": 1, "工程部": 1}
    assert len(reception.suggestion_month("2026-04").rows) == 1
    assert len(reception.suggestions_between(dt.date(2026, 3, 1), dt.date(2026, 3, 31))) == 3
