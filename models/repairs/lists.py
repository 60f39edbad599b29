"""The repair orders' list (报修单列表) declared for models.listing: columns, search, filters.

The GUI's table and the spreadsheet export both read it (完工时间 and 回访结果 among
the columns shown, so that `export repairs` and the list's export carry them). Extra filters (in
``ListFilter.extra``): "urgency" (code), "category" (id), "department" (start
of the name), "overdue" (truthy: only orders past a deadline, see
``repairs.queries.overdue_clause``, against the clock when the page is read),
"unreturned" (truthy: only orders whose signed paper copy is still out, 未回单).

The "late" column says how late an open order is, computed in SQL against the
program's clock (``models.clock.now``) when the page is read: minutes past the completion deadline,
or (negative) minutes past the acceptance deadline of an order not yet accepted,
as ``repairs.queries.lateness`` decides; blank when on time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from peewee import JOIN, Case, ColumnBase, fn

from .. import clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from . import base
from .base import RepairCategory, RepairOrder
from .queries import overdue_clause, unreturned_papers

Translate = Callable[[str, str], str] | None


def _tr(translate: Translate, context: str, text: str) -> str:
    return translate(context, text) if translate else text


def duration_text(span: dt.timedelta, translate: Translate = None) -> str:
    """A span in the largest two units that matter: 2 d 3 h, 3 h 20 min, 45 min."""
    minutes = max(0, int(span.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days and hours:
        text = _tr(translate, "RepairLabels", QT_TRANSLATE_NOOP("RepairLabels", "{days} d {hours} h"))
    elif days:
        text = _tr(translate, "RepairLabels", QT_TRANSLATE_NOOP("RepairLabels", "{days} d"))
    elif hours and mins:
        text = _tr(translate, "RepairLabels",
                   QT_TRANSLATE_NOOP("RepairLabels", "{hours} h {minutes} min"))
    elif hours:
        text = _tr(translate, "RepairLabels", QT_TRANSLATE_NOOP("RepairLabels", "{hours} h"))
    else:
        text = _tr(translate, "RepairLabels", QT_TRANSLATE_NOOP("RepairLabels", "{minutes} min"))
    return text.format(days=days, hours=hours, minutes=mins)


def late_text(minutes: int | float, translate: Translate = None) -> str:
    """The "late" column: positive minutes past completion, negative past acceptance."""
    if minutes is None:
        return ""
    span = duration_text(dt.timedelta(minutes=abs(int(minutes))), translate)
    if minutes < 0:
        text = QT_TRANSLATE_NOOP("RepairLabels", "{late} late to accept")
    else:
        text = QT_TRANSLATE_NOOP("RepairLabels", "{late} late to complete")
    return _tr(translate, "RepairLabels", text).format(late=span)


class _Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


def _minutes_since(due) -> object:
    return ((fn.julianday(_Now()) - fn.julianday(due)) * 1440).cast("INTEGER")  # rounded down


def late_minutes():
    """SQL: the "late" column's value (see the module docstring)."""
    now = _Now()
    return Case(None, [
        (RepairOrder.status.in_(base.OPEN_STATUSES) & (RepairOrder.complete_due < now),
         _minutes_since(RepairOrder.complete_due)),
        (RepairOrder.status.in_(base.NOT_ACCEPTED) & (RepairOrder.accept_due < now),
         _minutes_since(RepairOrder.accept_due) * -1),
    ], None)


def _base_query():
    return RepairOrder.select().join(
        RepairCategory, JOIN.LEFT_OUTER, on=(RepairOrder.category == RepairCategory.id))


def _overdue(query, value):
    return query.where(overdue_clause(clock.now())) if value else query


def _unreturned(query, value):
    """Only orders whose signed paper copy is still out (repairs.unreturned_papers)."""
    if not value:
        return query
    return query.where(RepairOrder.id.in_(unreturned_papers().select(RepairOrder.id).order_by()))


O = RepairOrder  # noqa: E741 - short, for the columns below

ORDER_LIST = ListSpec(
    name="repair_orders",
    title=QT_TRANSLATE_NOOP("Lists", "Repair orders"),
    model=RepairOrder,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), O.number, width=130),
        Column("reported_at", QT_TRANSLATE_NOOP("Lists", "Reported"), O.reported_at,
               width=120, kind="datetime"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), O.status, width=70,
               kind="status", labels=base.STATUS_LABELS),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Overdue"), late_minutes(), width=130,
               sortable=False, display=late_text),
        Column("urgency", QT_TRANSLATE_NOOP("Lists", "Urgency"), O.urgency, width=50,
               kind="status", labels=base.URGENCY_LABELS),
        Column("category", QT_TRANSLATE_NOOP("Lists", "Category"), RepairCategory.name,
               width=60),
        Column("department_name", QT_TRANSLATE_NOOP("Lists", "Department"),
               O.department_name, width=140),
        Column("location", QT_TRANSLATE_NOOP("Lists", "Room"), O.location, width=100),
        Column("reporter", QT_TRANSLATE_NOOP("Lists", "Reporter"), O.reporter, width=70),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), O.phone, width=100),
        Column("content", QT_TRANSLATE_NOOP("Lists", "Content"), O.content, width=220,
               sortable=False),
        Column("engineer", QT_TRANSLATE_NOOP("Lists", "Engineer"), O.engineer, width=70),
        Column("source", QT_TRANSLATE_NOOP("Lists", "Source"), O.source, width=50,
               kind="status", labels=base.SOURCE_LABELS, visible=False),
        Column("accept_due", QT_TRANSLATE_NOOP("Lists", "Accept by"), O.accept_due,
               width=120, kind="datetime", visible=False),
        Column("complete_due", QT_TRANSLATE_NOOP("Lists", "Complete by"), O.complete_due,
               width=120, kind="datetime", visible=False),
        # what became of it: shown, so that the screen, the export and the printout carry them
        Column("completed_at", QT_TRANSLATE_NOOP("Lists", "Completed at"), O.completed_at,
               width=120, kind="datetime"),
        Column("verdict", QT_TRANSLATE_NOOP("Lists", "Callback result"), O.verdict, width=80,
               kind="status", labels=base.VERDICT_LABELS),
    ],
    search=[O.number, O.reporter, O.location, O.content],
    date_field=O.reported_at,
    status_field=O.status,
    statuses=base.STATUS_LABELS,
    default_sort=("reported_at", True),
    base_query=_base_query,
    extra_filters={
        "urgency": lambda q, v: q.where(O.urgency == v),
        "category": lambda q, v: q.where(O.category == v),
        "department": lambda q, v: q.where(O.department_name.startswith(str(v).strip())),
        "overdue": _overdue,
        "unreturned": _unreturned,
    },
    cache_sql=False,  # "overdue" reads the clock
)
