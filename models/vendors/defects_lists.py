"""整改's list (models.listing), its lateness in SQL, the tab's counters, and the late
defects of a period for the client representative (客户代表 / 业委会).

The "late" column: minutes past ``due_at`` of a defect still not fixed (against the clock),
or by which it was fixed after it; NULL when on time. It is computed from the deadline,
so it is right before the ``mark_late`` sweep has run; the list runs the sweep too, so
``Defect.late`` (what the month reads) says the same.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, Case, ColumnBase, fn

from .. import clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from .base import DEFECT_STATUS, FIXED, Defect, Evaluation, Vendor
from .defects_ops import DEFECT_KINDS, UNFIXED

__all__ = ["DEFECT_LIST", "defect_late_minutes", "defect_vendors", "defect_late_text", "defects_due_today",
           "defects_late_now", "late_defects", "late_duration_text"]

D = Defect


class _Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


def _seconds(moment) -> object:
    return fn.strftime("%s", moment).cast("INTEGER")


def late_expression():
    """SQL: minutes past the deadline (still open, or fixed after it); NULL when on time."""
    now = _Now()
    return Case(None, [
        (D.status.in_(UNFIXED) & (D.due_at < now), (_seconds(now) - _seconds(D.due_at)) / 60),
        ((D.status == FIXED) & (D.fixed_at > D.due_at),
         (_seconds(D.fixed_at) - _seconds(D.due_at)) / 60),
    ], None)


def late_clause():
    now = _Now()
    return ((D.status.in_(UNFIXED) & (D.due_at < now))
            | ((D.status == FIXED) & (D.fixed_at > D.due_at)) | D.late)


def late_duration_text(minutes: int, translate=None) -> str:
    say = translate or (lambda _c, text: text)
    days, rest = divmod(abs(int(minutes)), 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return say("Vendors", QT_TRANSLATE_NOOP("Vendors", "{days} d {hours} h")).format(
            days=days, hours=hours)
    if hours:
        return say("Vendors", QT_TRANSLATE_NOOP("Vendors", "{hours} h {minutes} min")).format(
            hours=hours, minutes=mins)
    return say("Vendors", QT_TRANSLATE_NOOP("Vendors", "{minutes} min")).format(minutes=mins)


def defect_late_text(value, translate=None) -> str:
    """The "late" column: how late; blank when on time."""
    if value is None or value == "":
        return ""
    say = translate or (lambda _c, text: text)
    return say("Vendors", QT_TRANSLATE_NOOP("Vendors", "{late} late")).format(
        late=late_duration_text(int(value), translate))


def defect_late_minutes(defect: Defect) -> int | None:
    """Minutes late of one defect, as the list shows it (None: on time)."""
    return D.select(late_expression()).where(D.id == defect.id).scalar()


def _tonight() -> str:
    return f"{dt.datetime.combine(clock.today() + dt.timedelta(days=1), dt.time()):%Y-%m-%d %H:%M:%S}"


def _due_today(query, value):
    if not value:
        return query
    return query.where(D.status.in_(UNFIXED), D.due_at < _tonight())


def _late(query, value):
    return query.where(late_clause()) if value else query


def defects_due_today() -> int:
    """The counter: defects not fixed whose deadline falls today or has passed (to do today)."""
    return _due_today(D.select(), True).count()


def defects_late_now() -> int:
    """The counter: defects not fixed and past their deadline (the list's red rows, open)."""
    return D.select().where(D.status.in_(UNFIXED), D.due_at < _Now()).count()


def defect_vendors(active_only: bool = True) -> list[Vendor]:
    """The vendors a defect can be recorded against (the list's filter: all of them)."""
    query = Vendor.select().order_by(Vendor.name)
    return list(query.where(Vendor.active) if active_only else query)


def late_defects(first: dt.date, last: dt.date) -> list[Defect]:
    """The late defects whose deadline falls in ``first``..``last`` (each deducted), by vendor
    and deadline: what the client representative is shown (未按期整改)."""
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    start = dt.datetime.combine(first, dt.time())
    return list(D.select(D, Vendor).join(Vendor, on=(D.vendor == Vendor.id))
                .where(D.late, D.due_at >= start, D.due_at < end)
                .order_by(Vendor.name, D.due_at, D.id))


DEFECT_LIST = ListSpec(
    name="vendor_defects",
    title=QT_TRANSLATE_NOOP("Lists", "Vendor defects"),
    model=Defect,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), D.number, 130),
        Column("found_at", QT_TRANSLATE_NOOP("Lists", "Found"), D.found_at, 115, "datetime"),
        Column("vendor", QT_TRANSLATE_NOOP("Lists", "Vendor"), Vendor.name, 120),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), D.kind, 90, labels=DEFECT_KINDS),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), D.status, 100, "status",
               DEFECT_STATUS),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Late"), late_expression(), 90, "number",
               sortable=False, display=defect_late_text),
        Column("place", QT_TRANSLATE_NOOP("Lists", "Place"), D.place, 100),
        Column("text", QT_TRANSLATE_NOOP("Lists", "Defect"), D.text, 200),
        Column("due_at", QT_TRANSLATE_NOOP("Lists", "Due"), D.due_at, 115, "datetime"),
        Column("redo_by", QT_TRANSLATE_NOOP("Lists", "Redo by"), D.redo_by, 115, "datetime",
               visible=False),
        Column("replied_at", QT_TRANSLATE_NOOP("Lists", "Vendor replied"), D.replied_at, 115,
               "datetime", visible=False),
        Column("fixed_at", QT_TRANSLATE_NOOP("Lists", "Fixed"), D.fixed_at, 115, "datetime"),
        Column("evaluation", QT_TRANSLATE_NOOP("Lists", "Sheet"), Evaluation.number, 130,
               visible=False),
        Column("reply", QT_TRANSLATE_NOOP("Lists", "Vendor's reply"), D.reply, 160,
               sortable=False, visible=False),
    ],
    search=[D.number, D.text, D.place, D.reply, Vendor.name],
    date_field=D.found_at,
    status_field=D.status,
    statuses=DEFECT_STATUS,
    default_sort=("found_at", True),
    base_query=lambda: (D.select().join(Vendor, on=(D.vendor == Vendor.id))
                        .switch(D).join(Evaluation, JOIN.LEFT_OUTER,
                                        on=(D.evaluation == Evaluation.id))),
    extra_filters={
        "vendor": lambda q, v: q.where(D.vendor == v),
        "kind": lambda q, v: q.where(D.kind == v),
        "late": _late,
        "due_today": _due_today,
    },
    cache_sql=False,  # "late" reads the clock
)
