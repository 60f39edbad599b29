"""客户投诉's list (models.listing), its lateness in SQL, the counters of what is due today and
late (the tab's ``COUNTERS``), and the register for a date range (客户投诉登记表).

Lateness: of an open complaint, the step it waits for and how long past its deadline,
computed in SQL against the clock, as ``"<step>:<minutes>"``; NULL when on time:
- judge / assign: reported to the manager the same day (``judge_due``);
- contact: no first contact by ``contact_due`` (10 min on site when urgent);
- remedy: no remedy answered by ``remedy_due`` (reset when reopened);
- resolve: an ordinary case not done by ``resolve_due``;
- callback: done, not called back by the end of that day.
"""

from __future__ import annotations

import datetime as dt

from peewee import Case, ColumnBase, fn

from .. import clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from . import complaints_base as base
from .complaints_base import Complaint
from .counters import Counter, only

C = Complaint

LATE_STEPS = {
    "judge": QT_TRANSLATE_NOOP("Complaints", "{late} late to judge"),
    "assign": QT_TRANSLATE_NOOP("Complaints", "{late} late to assign"),
    "contact": QT_TRANSLATE_NOOP("Complaints", "{late} late to contact"),
    "remedy": QT_TRANSLATE_NOOP("Complaints", "{late} late to answer"),
    "resolve": QT_TRANSLATE_NOOP("Complaints", "{late} late to resolve"),
    "callback": QT_TRANSLATE_NOOP("Complaints", "{late} late to call back"),
}


class _Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


def _minutes(due) -> object:
    seconds = (fn.strftime("%s", _Now()).cast("INTEGER") - fn.strftime("%s", due).cast("INTEGER"))
    return seconds / 60  # whole minutes (integer division), exact unlike julianday


def _late(step: str, due) -> object:
    return fn.printf(f"{step}:%d", _minutes(due))


def _cases(now) -> list:
    remedy_pending = C.status.in_((base.ASSIGNED, base.SIGNED, base.CONTACTED, base.REOPENED))
    return [
        ((C.status == base.REGISTERED) & (C.judge_due < now), "judge", C.judge_due),
        ((C.status == base.TO_ASSIGN) & (C.judge_due < now), "assign", C.judge_due),
        (C.status.in_((base.ASSIGNED, base.SIGNED)) & (C.contact_due < now), "contact",
         C.contact_due),
        (remedy_pending & (C.remedy_due < now), "remedy", C.remedy_due),
        (C.status.in_(base.WITH_DEPARTMENT) & C.resolve_due.is_null(False)
         & (C.resolve_due < now), "resolve", C.resolve_due),
        ((C.status == base.DONE) & (C.callback_due < now), "callback", C.callback_due),
    ]


def late_expression():
    """SQL: ``"<step>:<minutes>"`` of the first step late, or NULL (module docstring)."""
    return Case(None, [(cond, _late(step, due)) for cond, step, due in _cases(_Now())], None)


def overdue_clause():
    condition = None
    for cond, _step, _due in _cases(_Now()):
        condition = cond if condition is None else (condition | cond)
    return condition


def next_due_expression():
    """SQL: the deadline the open complaint waits for now (NULL when none)."""
    return Case(None, [
        (C.status.in_((base.REGISTERED, base.TO_ASSIGN)), C.judge_due),
        (C.status.in_((base.ASSIGNED, base.SIGNED)), fn.min(C.contact_due, C.remedy_due)),
        (C.status.in_((base.CONTACTED, base.REOPENED)), C.remedy_due),
        (C.status == base.ANSWERED, C.resolve_due),
        (C.status == base.DONE, C.callback_due),
    ], None)


def _due_by_tonight():
    """SQL: open, and the deadline it waits for falls today or has passed."""
    end = dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time())
    due = next_due_expression()
    return C.status.in_(base.OPEN) & due.is_null(False) & (due < f"{end:%Y-%m-%d %H:%M:%S}")


def due_today() -> int:
    """The counter: open complaints whose next deadline falls today or has passed."""
    return C.select().where(_due_by_tonight()).count()


def count_overdue() -> int:
    """The counter: open complaints late on a step (the list's red rows)."""
    return C.select().where(overdue_clause()).count()


def late_of(complaint: Complaint) -> tuple[str, int] | None:
    """(step, minutes late) of one complaint, as the list shows it."""
    row = C.select(late_expression().alias("late")).where(C.id == complaint.id).tuples().get()
    if not row[0]:
        return None
    step, minutes = row[0].split(":")
    return step, int(minutes)


def duration_text(minutes: int, translate=None) -> str:
    say = translate or (lambda _c, text: text)
    days, rest = divmod(abs(int(minutes)), 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return say("Complaints", QT_TRANSLATE_NOOP("Complaints", "{days} d {hours} h")).format(
            days=days, hours=hours)
    if hours:
        return say("Complaints", QT_TRANSLATE_NOOP("Complaints", "{hours} h {minutes} min")
                  ).format(hours=hours, minutes=mins)
    return say("Complaints", QT_TRANSLATE_NOOP("Complaints", "{minutes} min")).format(
        minutes=mins)


def late_text(value, translate=None) -> str:
    """The "late" column: which step is late and by how much; blank when on time."""
    if not value:
        return ""
    step, minutes = str(value).split(":")
    say = translate or (lambda _c, text: text)
    return say("Complaints", LATE_STEPS[step]).format(late=duration_text(int(minutes), say))


def _overdue(query, value):
    return query.where(overdue_clause()) if value else query


def _open(query, value):
    return query.where(C.status.in_(base.OPEN)) if value else query


def _due(query, value):
    return query.where(_due_by_tonight()) if value else query


COMPLAINT_LIST = ListSpec(
    name="complaints",
    title=QT_TRANSLATE_NOOP("Lists", "Complaints"),
    model=Complaint,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), C.number, width=130),
        Column("received_at", QT_TRANSLATE_NOOP("Lists", "Received"), C.received_at,
               width=120, kind="datetime"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), C.status, width=90,
               kind="status", labels=base.STATUS),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Overdue"), late_expression(), width=150,
               sortable=False, display=late_text),
        Column("level", QT_TRANSLATE_NOOP("Lists", "Level"), C.level, width=60,
               kind="status", labels=base.LEVELS),
        Column("channel", QT_TRANSLATE_NOOP("Lists", "Channel"), C.channel, width=70,
               kind="status", labels=base.CHANNELS),
        Column("customer", QT_TRANSLATE_NOOP("Lists", "Customer"), C.customer, width=80),
        Column("room", QT_TRANSLATE_NOOP("Lists", "Room"), C.room, width=70),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), C.phone, width=100),
        Column("nature", QT_TRANSLATE_NOOP("Lists", "Nature"), C.nature, width=70,
               kind="status", labels=base.NATURES),
        Column("summary", QT_TRANSLATE_NOOP("Lists", "Summary"), C.summary, width=220,
               sortable=False),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), C.department,
               width=70),
        Column("verdict", QT_TRANSLATE_NOOP("Lists", "Callback"), C.verdict, width=70,
               kind="status", labels=base.VERDICTS),
        Column("unit", QT_TRANSLATE_NOOP("Lists", "Unit"), C.unit, width=100, visible=False),
        Column("times_reopened", QT_TRANSLATE_NOOP("Lists", "Reopened"), C.times_reopened,
               width=50, kind="number", visible=False),
        Column("closed_at", QT_TRANSLATE_NOOP("Lists", "Closed"), C.closed_at, width=120,
               kind="datetime", visible=False),
    ],
    search=[C.number, C.customer, C.phone, C.room, C.unit],
    date_field=C.received_at,
    status_field=C.status,
    statuses=base.STATUS,
    default_sort=("received_at", True),
    extra_filters={
        "level": lambda q, v: q.where(C.level == v),
        "overdue": _overdue,
        "open": _open,
        "due": _due,  # the deadline it waits for is today or past (the tab's counter)
    },
    cache_sql=False,  # the lateness reads the clock
)


# The tab's counters (models.reception.counters): steps due today, and late.
COUNTERS: tuple = (
    Counter("complaints_due", QT_TRANSLATE_NOOP("Reception", "Complaints due today or late: "
                                                "{count}"),
            due_today, only(extra={"due": True}), COMPLAINT_LIST.name),
    Counter("complaints_late", QT_TRANSLATE_NOOP("Reception", "Complaints late: {count}"),
            count_overdue, only(extra={"overdue": True}), COMPLAINT_LIST.name, alarm=True),
)


def register_rows(start: dt.date, end: dt.date) -> list[Complaint]:
    """客户投诉登记表: the complaints received from ``start`` to ``end`` (both included)."""
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    return list(C.select().where((C.received_at >= dt.datetime.combine(start, dt.time()))
                                 & (C.received_at < stop))
                .order_by(C.received_at, C.id))
