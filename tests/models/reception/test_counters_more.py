"""The counters of 回访's queue and of 意见咨询: each counts what its link shows (the queue's
rows it selects, the consultations' list through its own filter), today's by the clock."""

from __future__ import annotations

import datetime as dt

from models import callback_queue, callbacks, listing, reception
from tests.helpers.callbacks import done_complaint

T0 = dt.datetime(2026, 3, 10, 9, 0)  # the clock fixture's start, a Tuesday


def counter(key: str) -> reception.Counter:
    return {c.key: c for c in reception.tab_counters()}[key]


def queue_shown(key: str) -> tuple[int, int]:
    """(the count, the queue's rows its link shows)."""
    which = reception.CALLBACK_QUEUE_SHOWS[key]
    return counter(key).count(), len(callback_queue.shown(callback_queue.queue(), which))


def listed(key: str) -> tuple[int, int]:
    """(the count, the consultations its link's filter lists)."""
    c = counter(key)
    assert c.list_name == reception.CONSULTATION_LIST.name
    return c.count(), listing.count(reception.CONSULTATION_LIST, c.open_filter())


def consult(clerk, day: dt.date, *promises: dt.datetime | None, kind: str = "phone"):
    lines = [{"room": f"{100 + i}", "person": f"客户{i}", "phone": f"1380000000{i}",
              "opinion": "走廊灯不亮", "promised_at": when} for i, when in enumerate(promises)]
    return reception.record_consultation({"kind": kind, "held_on": day}, lines, by=clerk)


def test_the_tab_counts_the_queue_and_the_consultations_in_its_order():
    keys = [c.key for c in reception.tab_counters()]
    assert keys[4:] == ["callbacks_due", "callbacks_late", "consultation_answers_due",
                        "consultation_answers_late", "consultation_week_missing"]
    alarms = {c.key for c in reception.tab_counters() if c.alarm}
    assert alarms >= {"callbacks_late", "consultation_answers_late"}
    assert not alarms & {"callbacks_due", "consultation_answers_due",
                         "consultation_week_missing"}  # this week's: still to do


def test_the_queues_counters_count_the_rows_they_show(staff, clock):
    clerk = staff["clerk"]
    assert queue_shown("callbacks_due") == queue_shown("callbacks_late") == (0, 0)
    today = done_complaint(staff)  # due tonight 23:59:59
    done_complaint(staff, phone="13700000000")
    consult(clerk, T0.date(), T0 + dt.timedelta(days=3))  # a promise due in three days
    assert queue_shown("callbacks_due") == (2, 2)
    assert queue_shown("callbacks_late") == (0, 0)
    assert len(callback_queue.queue()) == 3
    callbacks.record_callback("complaint", today.id, {  # "cannot answer now": 15:00 promised
        "verdict": "", "person": "王先生", "mode": callbacks.PHONE,
        "promised_at": T0.replace(hour=15)}, clerk)
    assert queue_shown("callbacks_due") == (2, 2)  # the promised one still due today
    clock.set(T0.replace(hour=16))
    assert queue_shown("callbacks_late") == (1, 1)  # the promise missed
    clock.set(T0 + dt.timedelta(days=1))  # tomorrow 09:00: both late, the consultation not yet
    assert queue_shown("callbacks_late") == (2, 2)
    assert queue_shown("callbacks_due") == (2, 2)
    clock.set(T0 + dt.timedelta(days=3))
    assert queue_shown("callbacks_due") == (3, 3)
    assert queue_shown("callbacks_late") == (2, 2)  # the consultation is due at 09:00, now


def test_the_consultations_counters_count_what_their_links_list(staff, clock):
    clerk = staff["clerk"]
    assert listed("consultation_answers_due") == listed("consultation_answers_late") == (0, 0)
    assert listed("consultation_week_missing") == (1, 0)  # none this week: nothing to list
    consult(clerk, T0.date() - dt.timedelta(days=7), None)  # last week's: not this week's
    consult(clerk, T0.date(), None, kind="onsite")  # on site: not the telephone one
    assert counter("consultation_week_missing").count() == 1
    consult(clerk, T0.date(), T0 + dt.timedelta(hours=3), T0 + dt.timedelta(days=1), None)
    assert listed("consultation_week_missing") == (0, 3)  # done: its three customers listed
    assert listed("consultation_answers_due") == (1, 1)  # today 12:00; tomorrow's not yet
    assert listed("consultation_answers_late") == (0, 0)
    clock.set(T0.replace(hour=13))
    assert listed("consultation_answers_late") == (1, 1)
    clock.set(T0 + dt.timedelta(days=1, hours=2))
    assert listed("consultation_answers_due") == (2, 2)
    assert listed("consultation_answers_late") == (2, 2)
    [first, *_] = reception.consultation_lines(reception.Consultation.get(
        reception.Consultation.held_on == T0.date(), reception.Consultation.kind == "phone"))
    reception.answer_consultation(first.id, clerk, callbacks.SATISFIED)
    assert listed("consultation_answers_due") == (1, 1)
    assert listed("consultation_answers_late") == (1, 1)
    clock.set(T0 + dt.timedelta(days=6))  # next Monday: a new week, none in it yet
    assert listed("consultation_week_missing") == (1, 0)
