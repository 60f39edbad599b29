"""The suggestions' list (建议/意见记录表) for models.listing and the month's summary (月汇总).

The summary month follows the department's month (seed 002 §三 3.3.7): month ``YYYY-MM``
holds the suggestions received from the 26th of the month before to the 25th; the summary
is made on the 28th and reaches the client representative before the 1st, so a suggestion
counts as closed in it when its result was recorded by the end of the 28th (docs/domain.md).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from peewee import Case, ColumnBase

from .. import clock
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from .suggestions_base import (
    SUGGESTION_REGISTERED,
    SUGGESTION_SOURCE_LABELS,
    SUGGESTION_STATUS_LABELS,
    Suggestion,
)
from .suggestions_steps import SUGGESTION_STEPS  # noqa: F401 - declared before the list is read

MONTH_FIRST_DAY = 26  # the summary month starts on the 26th of the month before
CLOSED_BY_DAY = 28  # …and counts what is closed by the end of the 28th

S = Suggestion


class _Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


def _late_clause():
    return (((S.status == SUGGESTION_REGISTERED) & (S.confirm_due < _Now()))
            | (S.confirmed_at.is_null(False) & (S.confirmed_at > S.confirm_due)))


def late_value():
    """SQL: 2 while waiting past the deadline, 1 when confirmed after it, else 0."""
    return Case(None, [((S.status == SUGGESTION_REGISTERED) & (S.confirm_due < _Now()), 2),
                       (S.confirmed_at.is_null(False) & (S.confirmed_at > S.confirm_due), 1)], 0)


def _late_text(value, translate=None) -> str:
    if not value:
        return ""
    text = (QT_TRANSLATE_NOOP("Lists", "Not confirmed in time") if value == 2
            else QT_TRANSLATE_NOOP("Lists", "Confirmed late"))
    return translate("Lists", text) if translate else text


SUGGESTION_LIST = ListSpec(
    name="reception_suggestions",
    title=QT_TRANSLATE_NOOP("Lists", "Suggestions and opinions"),
    model=Suggestion,
    columns=[
        Column("received_at", QT_TRANSLATE_NOOP("Lists", "Received"), S.received_at, width=120,
               kind="datetime"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), S.status, width=80, kind="status",
               labels=SUGGESTION_STATUS_LABELS),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Late"),
late_value(),
               width=90, sortable=False, display=_late_text),
        Column("source", QT_TRANSLATE_NOOP("Lists", "Source"), S.source, width=80, kind="status",
               labels=SUGGESTION_SOURCE_LABELS),
        Column("person", QT_TRANSLATE_NOOP("Lists", "Person"), S.person, width=70),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), S.phone, width=100),
        Column("room", QT_TRANSLATE_NOOP("Lists", "Room"), S.room, width=80),
        Column("content", QT_TRANSLATE_NOOP("Lists", "Suggestion or opinion"), S.content, width=240,
               sortable=False),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Responsible department"), S.department,
               width=100),
        Column("confirm_due", QT_TRANSLATE_NOOP("Lists", "Confirm by"), S.confirm_due, width=120,
               kind="datetime", visible=False),
        Column("confirmed_at", QT_TRANSLATE_NOOP("Lists", "Confirmed"), S.confirmed_at,
               width=120, kind="datetime", visible=False),
        Column("ack_name", QT_TRANSLATE_NOOP("Lists", "Signed by"), S.ack_name, width=70),
        Column("ack_date", QT_TRANSLATE_NOOP("Lists", "Signed on"), S.ack_date, width=90,
               kind="date"),
        Column("result", QT_TRANSLATE_NOOP("Lists", "Result"), S.result, width=200,
               sortable=False),
    ],
    search=[S.person, S.phone, S.room, S.content, S.department],
    date_field=S.received_at,
    status_field=S.status,
    statuses=SUGGESTION_STATUS_LABELS,
    default_sort=("received_at", True),
    extra_filters={
        "source": lambda q, v: q.where(S.source == v),
        "department": lambda q, v: q.where(S.department.startswith(str(v).strip())),
        "late": lambda q, v: q.where(_late_clause()) if v else q,
    },
    cache_sql=False,  # "late" reads the clock
)


# --- the month's summary ---------------------------------------------------------------


def summary_period(month: str) -> tuple[dt.date, dt.date, dt.date]:
    """``YYYY-MM`` → (first day, last day, closed-by day) of its summary."""
    try:
        year, mon = (int(part) for part in str(month).split("-"))
        last = dt.date(year, mon, MONTH_FIRST_DAY - 1)
    except (ValueError, TypeError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the month as YYYY-MM, such as 2026-05."), field="month",
        ) from None
    prev_year, prev_mon = (year, mon - 1) if mon > 1 else (year - 1, 12)
    return dt.date(prev_year, prev_mon, MONTH_FIRST_DAY), last, dt.date(year, mon, CLOSED_BY_DAY)


@dataclass
class SuggestionMonth:
    """What the summary for the client representative says."""

    month: str
    first: dt.date
    last: dt.date
    closed_by: dt.date
    rows: list[Suggestion] = field(default_factory=list)
    by_source: Counter = field(default_factory=Counter)
    by_department: Counter = field(default_factory=Counter)
    closed: int = 0
    open: int = 0

    def is_closed(self, record: Suggestion) -> bool:
        limit = dt.datetime.combine(self.closed_by + dt.timedelta(days=1), dt.time())
        return record.result_at is not None and record.result_at < limit


def suggestion_month(month: str) -> SuggestionMonth:
    """The month's suggestions, counted by source, department and result."""
    first, last, closed_by = summary_period(month)
    summary = SuggestionMonth(month, first, last, closed_by)
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    summary.rows = list(S.select().where((S.received_at >= start) & (S.received_at < end))
                        .order_by(S.received_at, S.id))
    for record in summary.rows:
        summary.by_source[record.source] += 1
        summary.by_department[record.department or "—"] += 1
        if summary.is_closed(record):
            summary.closed += 1
        else:
            summary.open += 1
    return summary


def suggestions_between(first: dt.date, last: dt.date) -> list[Suggestion]:
    """建议/意见记录表: the suggestions received from ``first`` to ``last``, oldest first."""
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    return list(S.select().where((S.received_at >= start) & (S.received_at < end))
                .order_by(S.received_at, S.id))


def check_suggestions() -> list[str]:
    """Invariants: each step's marks agree with the status."""
    problems = []
    for record in S.select().where((S.status != SUGGESTION_REGISTERED) & S.confirmed_at.is_null()):
        problems.append(f"suggestion {record.number}: {record.status} without a confirmation")
    for record in S.select().where(S.result_at.is_null(False) & (S.ack_name == "")):
        problems.append(f"suggestion {record.number}: a result without the department's signature")
    return problems
