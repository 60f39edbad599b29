"""Pest control's lists and counts: the treatments, and the months missing treatments.

``missed_treatments`` is what the month deducts per missed treatment (the month part
computes it itself from the table; the screens call it): two SCHEDULED treatments done
(status "done", by their ``done_at``) are due in every month of the period; a month
with fewer misses the difference. A period is cut into months from its first day (a
calendar month from the 1st, or the 26th–25th from the 26th).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case

from .. import callbacks
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..vocabulary import Term, Vocabulary
from .base import SCHEDULED, PestTreatment, Vendor
from .pest_ops import TREATMENT_DONE, TREATMENT_KINDS, TREATMENT_STATUS

__all__ = [
    "CALLBACK_STATE", "MonthCount", "PER_MONTH", "TREATMENT_LIST", "missed_treatments",
    "month_counts", "months_of", "treatments_in",
]

PER_MONTH = 2  # §十八 3.2: 每月两次

WAITING = "waiting"
CALLBACK_STATE = Vocabulary("Vendors", [
    Term(WAITING, QT_TRANSLATE_NOOP("Vendors", "To call back"), "待回访"),
    *[Term(code, label, callbacks.VERDICTS.zh(code))
      for code, label in callbacks.VERDICTS.items()],
])


def treatments_in(vendor_id: int, start: dt.date, end: dt.date,
                  kind: str | None = SCHEDULED) -> list[PestTreatment]:
    """The vendor's treatments done from ``start`` to ``end`` (days, both included), of
    ``kind`` (None: every kind), in the order done."""
    query = PestTreatment.select().where(
        (PestTreatment.vendor == vendor_id) & (PestTreatment.status == TREATMENT_DONE)
        & (PestTreatment.done_at >= dt.datetime.combine(start, dt.time.min))
        & (PestTreatment.done_at < dt.datetime.combine(end + dt.timedelta(days=1),
                                                       dt.time.min)))
    if kind is not None:
        query = query.where(PestTreatment.kind == kind)
    return list(query.order_by(PestTreatment.done_at, PestTreatment.id))


def _add_month(day: dt.date) -> dt.date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def months_of(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The period cut into months from its first day (the last one may be shorter)."""
    out, current = [], start
    while current <= end:
        following = _add_month(current)
        out.append((current, min(end, following - dt.timedelta(days=1))))
        current = following
    return out


@dataclass(frozen=True)
class MonthCount:
    """One month of a vendor: scheduled treatments done, and how many are missing."""

    start: dt.date
    end: dt.date
    done: int

    @property
    def missed(self) -> int:
        return max(0, PER_MONTH - self.done)


def month_counts(vendor_id: int, start: dt.date, end: dt.date) -> list[MonthCount]:
    """Each month of the period with its scheduled treatments done (one query)."""
    done = [t.done_at.date() for t in treatments_in(vendor_id, start, end)]
    return [MonthCount(a, b, sum(1 for d in done if a <= d <= b)) for a, b in months_of(start,
                                                                                         end)]


def missed_treatments(vendor_id: int, start: dt.date, end: dt.date) -> int:
    """Scheduled treatments missing in the period: per month, two less those done."""
    return sum(m.missed for m in month_counts(vendor_id, start, end))


# --- the list -----------------------------------------------------------------------

T = PestTreatment
REDONE = PestTreatment.alias("redone")


def _callback_state():
    return Case(None, [((T.status == TREATMENT_DONE) & (T.verdict == ""), WAITING)], T.verdict)


def _callback(query, value):
    if not value:
        return query
    if value == WAITING:
        return query.where((T.status == TREATMENT_DONE) & (T.verdict == ""))
    return query.where(T.verdict == value)


TREATMENT_LIST = ListSpec(
    name="pest_treatments",
    title=QT_TRANSLATE_NOOP("Lists", "Pest control treatments"),
    model=PestTreatment,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), T.number, 130),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), T.kind, 80, "status",
               TREATMENT_KINDS),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), T.status, 70, "status",
               TREATMENT_STATUS),
        Column("planned_on", QT_TRANSLATE_NOOP("Lists", "Planned"), T.planned_on, 85, "date"),
        Column("done_at", QT_TRANSLATE_NOOP("Lists", "Done"), T.done_at, 120, "datetime"),
        Column("vendor", QT_TRANSLATE_NOOP("Lists", "Contractor"), Vendor.name, 140),
        Column("areas", QT_TRANSLATE_NOOP("Lists", "Areas"), T.areas, 110),
        Column("agent", QT_TRANSLATE_NOOP("Lists", "Agent"), T.agent, 120),
        Column("operator", QT_TRANSLATE_NOOP("Lists", "Operator"), T.operator, 70),
        Column("signed_by", QT_TRANSLATE_NOOP("Lists", "Signed by"), T.signed_by, 70),
        Column("callback", QT_TRANSLATE_NOOP("Lists", "Callback"), _callback_state(), 80,
               "status", CALLBACK_STATE, sortable=False),
        Column("redo_of", QT_TRANSLATE_NOOP("Lists", "Redo of"), REDONE.number, 130),
        Column("requested_by", QT_TRANSLATE_NOOP("Lists", "Asked for by"), T.requested_by, 80),
        Column("request_text", QT_TRANSLATE_NOOP("Lists", "What for"), T.request_text, 160,
               sortable=False, visible=False),
        Column("cancel_reason", QT_TRANSLATE_NOOP("Lists", "Cancelled because"),
               T.cancel_reason, 160, sortable=False, visible=False),
    ],
    search=[T.number, T.agent, T.operator, T.signed_by, T.areas, T.requested_by,
            T.request_text],
    date_field=T.planned_on,
    status_field=T.status,
    statuses=TREATMENT_STATUS,
    default_sort=("planned_on", True),
    base_query=lambda: (PestTreatment.select()
                        .join(Vendor, on=(PestTreatment.vendor == Vendor.id))
                        .switch(PestTreatment)
                        .join(REDONE, JOIN.LEFT_OUTER, on=(PestTreatment.redo_of == REDONE.id))),
    extra_filters={
        "vendor": lambda q, v: q.where(PestTreatment.vendor == v),
        "kind": lambda q, v: q.where(PestTreatment.kind == v),
        "callback": _callback,
    },
)
