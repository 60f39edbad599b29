"""The repair orders' list (报修单列表) declared for models.listing: columns, search, filters.

The GUI's table and the spreadsheet export both read it. Extra filters (in
``ListFilter.extra``): "urgency" (code), "category" (id), "department" (start
of the name), "overdue" (truthy: only orders past a deadline, see
``repairs_queries.overdue_clause``, against the clock when the page is read).
"""

from __future__ import annotations

from peewee import JOIN

from . import repairs_base as base
from .i18n import QT_TRANSLATE_NOOP
from .listing import Column, ListSpec
from .repairs_base import RepairCategory, RepairOrder
from .repairs_queries import overdue_clause

# The same words as repairs_base's, in the "Lists" context that listing translates in.
STATUS_LIST_LABELS = {
    base.REGISTERED: QT_TRANSLATE_NOOP("Lists", "Registered"),
    base.DISPATCHED: QT_TRANSLATE_NOOP("Lists", "Dispatched"),
    base.IN_PROGRESS: QT_TRANSLATE_NOOP("Lists", "In progress"),
    base.COMPLETED: QT_TRANSLATE_NOOP("Lists", "Completed"),
    base.CHECKED: QT_TRANSLATE_NOOP("Lists", "Checked"),
    base.CALLED_BACK: QT_TRANSLATE_NOOP("Lists", "Called back"),
    base.CANCELLED: QT_TRANSLATE_NOOP("Lists", "Cancelled"),
}
URGENCY_LIST_LABELS = {
    base.NORMAL: QT_TRANSLATE_NOOP("Lists", "Normal"),
    base.URGENT: QT_TRANSLATE_NOOP("Lists", "Urgent"),
}
SOURCE_LIST_LABELS = {
    base.PHONE: QT_TRANSLATE_NOOP("Lists", "Phone"),
    base.VISIT: QT_TRANSLATE_NOOP("Lists", "Visit"),
    base.PATROL: QT_TRANSLATE_NOOP("Lists", "Patrol"),
    base.COMPLAINT: QT_TRANSLATE_NOOP("Lists", "Complaint"),
    base.OTHER: QT_TRANSLATE_NOOP("Lists", "Other"),
}


def _base_query():
    return RepairOrder.select().join(
        RepairCategory, JOIN.LEFT_OUTER, on=(RepairOrder.category == RepairCategory.id))


def _overdue(query, value):
    return query.where(overdue_clause(base.now())) if value else query


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
               kind="status", labels=STATUS_LIST_LABELS),
        Column("urgency", QT_TRANSLATE_NOOP("Lists", "Urgency"), O.urgency, width=50,
               kind="status", labels=URGENCY_LIST_LABELS),
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
               kind="status", labels=SOURCE_LIST_LABELS, visible=False),
        Column("accept_due", QT_TRANSLATE_NOOP("Lists", "Accept by"), O.accept_due,
               width=120, kind="datetime", visible=False),
        Column("complete_due", QT_TRANSLATE_NOOP("Lists", "Complete by"), O.complete_due,
               width=120, kind="datetime", visible=False),
        Column("completed_at", QT_TRANSLATE_NOOP("Lists", "Completed"), O.completed_at,
               width=120, kind="datetime", visible=False),
    ],
    search=[O.number, O.reporter, O.location, O.content],
    date_field=O.reported_at,
    status_field=O.status,
    statuses=list(STATUS_LIST_LABELS.items()),
    default_sort=("reported_at", True),
    base_query=_base_query,
    extra_filters={
        "urgency": lambda q, v: q.where(O.urgency == v),
        "category": lambda q, v: q.where(O.category == v),
        "department": lambda q, v: q.where(O.department_name.startswith(str(v).strip())),
        "overdue": _overdue,
    },
    cache_sql=False,  # "overdue" reads the clock
)
