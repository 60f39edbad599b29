"""The repair orders' list (报修单列表) declared for models.listing: columns, search, filters.

The GUI's table and the spreadsheet export both read it (完工时间 and 回访结果 among
the columns shown, so that `export repairs` and the list's export carry them). Extra filters (in
``ListFilter.extra``): "urgency" (code), "category" (id), "department" (start
of the name), "overdue" (truthy: only orders past a deadline, see
``repairs.queries.overdue_clause``, against the clock when the page is read),
"unreturned" (truthy: only orders whose signed paper copy is still out, 未回单).

The "late" column says which step an order waits for past its deadline and by how much
(派工/接单/完工/验收/回访 超时), computed in SQL against the program's clock
(``models.clock.now``) when the page is read, as ``repairs.queries.lateness`` decides;
blank when on time. Sorted descending it lists the most late first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from peewee import JOIN

from .. import clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from . import base
from .base import RepairCategory, RepairOrder
from .queries import SEARCHED, late_value, overdue_clause, split_late, unreturned_papers

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


def late_text(value: int | float | None, translate: Translate = None) -> str:
    """The "late" column: which step is late and by how much (repairs.queries.late_value)."""
    late = split_late(value)
    if late is None:
        return ""
    step, span = late
    return _tr(translate, "RepairLabels", LATE_WORDS[step]).format(
        late=duration_text(span, translate))


# 派工/接单/完工/验收/回访 超时
LATE_WORDS = {
    "dispatch": QT_TRANSLATE_NOOP("RepairLabels", "{late} late to dispatch"),
    "accept": QT_TRANSLATE_NOOP("RepairLabels", "{late} late to accept"),
    "complete": QT_TRANSLATE_NOOP("RepairLabels", "{late} late to complete"),
    "check": QT_TRANSLATE_NOOP("RepairLabels", "{late} late to check"),
    "call_back": QT_TRANSLATE_NOOP("RepairLabels", "{late} late to call back"),
}


def late_minutes():
    """SQL: the "late" column's value (see the module docstring)."""
    return late_value()


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
               display=late_text),
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
    search=list(SEARCHED),  # number, reporter, room, content, phone, engineer
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
