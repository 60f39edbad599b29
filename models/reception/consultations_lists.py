"""意见咨询's list (models.listing: one row per customer consulted, searched by phone, name,
room or number), the weeks and quarters not done, and the record's rows.

Not done (未完成): every week (Monday to Sunday) without a telephone consultation and every
calendar quarter without an on-site one, from ``start`` to ``end``. A period that has not
ended yet (the current week or quarter) is listed too, marked ``current`` — the view says
"still to do" for it, not "not done"; periods that start after ``now`` are not listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import Case, ColumnBase

from .. import clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from . import consultations_base as base
from .consultations_base import Consultation, ConsultationLine

C, L = Consultation, ConsultationLine


class _Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


ANSWER_STATES = {
    "waiting": QT_TRANSLATE_NOOP("Lists", "Answer due"),
    "late": QT_TRANSLATE_NOOP("Lists", "Answer late"),
    "answered": QT_TRANSLATE_NOOP("Lists", "Answer given"),
}


def answer_expression():
    """SQL: the promised answer's state — waiting, late (past its time), answered, or NULL."""
    return Case(None, [
        (L.promised_at.is_null(), None),
        (L.answered_at.is_null(False), "answered"),
        (L.promised_at < _Now(), "late"),
    ], "waiting")


def _waiting(query, value):
    return query.where(L.promised_at.is_null(False) & L.answered_at.is_null()) if value \
        else query


DUE_TODAY, LATE = "due_today", "late"  # the "answer" filter: due by tonight or late, late


def _end_of_today() -> dt.datetime:
    return dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time())


def _answer(query, value):
    """Promised answers not given: due by the end of today (late ones included), or late."""
    if value not in (DUE_TODAY, LATE):
        return query
    limit = _Now() if value == LATE else _end_of_today()
    return query.where(L.promised_at.is_null(False) & L.answered_at.is_null()
                       & (L.promised_at < limit))


def _kind(query, value):
    return query.where(C.kind == value)


CONSULTATION_LIST = ListSpec(
    name="consultations",
    title=QT_TRANSLATE_NOOP("Lists", "Opinion consultations"),
    model=ConsultationLine,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), C.number, width=130),
        Column("held_on", QT_TRANSLATE_NOOP("Lists", "Date"), C.held_on, width=90,
               kind="date"),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), C.kind, width=110, kind="status",
               labels=base.KINDS),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), C.status, width=70,
               kind="status", labels=base.STATUS),
        Column("unit", QT_TRANSLATE_NOOP("Lists", "Unit"), L.unit, width=120),
        Column("room", QT_TRANSLATE_NOOP("Lists", "Room"), L.room, width=60),
        Column("person", QT_TRANSLATE_NOOP("Lists", "Person"), L.person, width=70),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), L.phone, width=100),
        Column("opinion", QT_TRANSLATE_NOOP("Lists", "Opinion"), L.opinion, width=200,
               sortable=False),
        Column("promised_at", QT_TRANSLATE_NOOP("Lists", "Answer promised"), L.promised_at,
               width=120, kind="datetime"),
        Column("answer", QT_TRANSLATE_NOOP("Lists", "Answer"), answer_expression(), width=80,
               kind="status", labels=ANSWER_STATES, sortable=False),
        Column("follow_up", QT_TRANSLATE_NOOP("Lists", "Follow-up"), L.follow_up, width=180,
               sortable=False),
        Column("result", QT_TRANSLATE_NOOP("Lists", "Result"), L.result, width=100,
               sortable=False, visible=False),
        Column("by_name", QT_TRANSLATE_NOOP("Lists", "Consulted by"), C.by_name, width=70,
               visible=False),
        Column("reviewed_by", QT_TRANSLATE_NOOP("Lists", "Reviewed by"), C.reviewed_by,
               width=70, visible=False),
    ],
    search=[C.number, L.person, L.phone, L.room, L.unit],
    date_field=C.held_on,
    status_field=C.status,
    statuses=base.STATUS,
    default_sort=("held_on", True),
    base_query=lambda: ConsultationLine.select().join(Consultation),
    extra_filters={"kind": _kind, "waiting": _waiting, "answer": _answer},
    cache_sql=False,  # the answer's lateness reads the clock
)


# --- the weeks and quarters not done ----------------------------------------------------


@dataclass(frozen=True)
class Gap:
    """A week (telephone) or a quarter (on site) without its consultation."""

    kind: str  # base.PHONE (a week) or base.ONSITE (a quarter)
    first: dt.date  # its first day (a Monday, or the quarter's first day)
    last: dt.date  # its last day
    current: bool  # not ended yet at ``now``: still to do rather than missed

    @property
    def label(self) -> str:
        """The period as the desk writes it: 2026-W14 or 2026-Q2."""
        if self.kind == base.PHONE:
            year, week, _day = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _next_quarter(day: dt.date) -> dt.date:
    month = day.month + 3
    return dt.date(day.year + (month > 12), (month - 1) % 12 + 1, 1)


def _days_held(kind: str, first: dt.date, last: dt.date) -> list[dt.date]:
    return [row[0] for row in C.select(C.held_on).where(
        (C.kind == kind) & (C.held_on >= first) & (C.held_on <= last)).distinct().tuples()]


def consultation_gaps(start: dt.date, end: dt.date,
                      now: dt.datetime | None = None) -> list[Gap]:
    """The weeks without a telephone consultation and the quarters without an on-site one
    that overlap ``start``..``end``, oldest first (the module docstring says which)."""
    today = (now or clock.now()).date()
    end = min(end, today)
    gaps: list[Gap] = []
    if end < start:
        return gaps
    monday = start - dt.timedelta(days=start.weekday())
    held = {d - dt.timedelta(days=d.weekday())
            for d in _days_held(base.PHONE, monday, end + dt.timedelta(days=6))}
    while monday <= end:
        sunday = monday + dt.timedelta(days=6)
        if monday not in held:
            gaps.append(Gap(base.PHONE, monday, sunday, sunday >= today))
        monday += dt.timedelta(days=7)
    first = _quarter_start(start)
    stop = _next_quarter(_quarter_start(end)) - dt.timedelta(days=1)
    held_q = {_quarter_start(d) for d in _days_held(base.ONSITE, first, stop)}
    while first <= end:
        after = _next_quarter(first)
        if first not in held_q:
            gaps.append(Gap(base.ONSITE, first, after - dt.timedelta(days=1),
                            after > today))
        first = after
    gaps.sort(key=lambda g: (g.first, g.kind))
    return gaps


# --- the reception tab's counters ---------------------------------------------------------


def answers_due_count() -> int:
    """Promised answers not given, due by the end of today (late ones included)."""
    return L.select().where(L.promised_at.is_null(False) & L.answered_at.is_null()
                            & (L.promised_at < _end_of_today())).count()


def answers_late_count() -> int:
    """Promised answers not given past the time promised."""
    return L.select().where(L.promised_at.is_null(False) & L.answered_at.is_null()
                            & (L.promised_at < clock.now())).count()


def this_week() -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week of today."""
    monday = clock.today() - dt.timedelta(days=clock.today().weekday())
    return monday, monday + dt.timedelta(days=6)


def week_call_missing() -> int:
    """1 while this week has no telephone consultation yet, else 0."""
    monday, sunday = this_week()
    return 0 if _days_held(base.PHONE, monday, sunday) else 1


def record_rows(consultation: Consultation) -> list[ConsultationLine]:
    """电话意见咨询记录: the consultation's customers in the order they were consulted."""
    return base.lines_of(consultation)


def consultations_between(first: dt.date, last: dt.date, kind: str = "") -> list[Consultation]:
    query = C.select().where((C.held_on >= first) & (C.held_on <= last))
    if kind:
        query = query.where(C.kind == kind)
    return list(query.order_by(C.held_on, C.id))
