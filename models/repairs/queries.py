"""Reading repair orders: the filtered list, overdue, lookups, the timeline, the invariants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import JOIN, Expression, ModelSelect, fn

from .. import clock, people
from ..db import database
from ..people import User
from ..values import as_id
from . import base
from .base import RepairCategory, RepairEvent, RepairOrder

# --- overdue ----------------------------------------------------------------------


def overdue_clause(now: dt.datetime) -> Expression:
    """Orders past a deadline that engineering still owes: not accepted by accept_due,
    or not completed by complete_due. Indexed ((status, accept_due), (status, complete_due))."""
    return (
        (RepairOrder.status.in_(base.NOT_ACCEPTED) & (RepairOrder.accept_due < now))
        | (RepairOrder.status.in_(base.OPEN_STATUSES) & (RepairOrder.complete_due < now))
    )


def lateness(order: RepairOrder, now: dt.datetime) -> tuple[str, dt.timedelta] | None:
    """How late an open order is: ("complete", by) once the completion deadline has
    passed, else ("accept", by) if not accepted in time; None when on time or finished."""
    if order.status not in base.OPEN_STATUSES:
        return None
    if now > order.complete_due:
        return ("complete", now - order.complete_due)
    if order.status in base.NOT_ACCEPTED and now > order.accept_due:
        return ("accept", now - order.accept_due)
    return None


def completed_late(order: RepairOrder) -> dt.timedelta | None:
    """For finished work: by how much the completion missed its deadline (None: on time)."""
    if order.completed_at is None or order.completed_at <= order.complete_due:
        return None
    return order.completed_at - order.complete_due


# --- the list ---------------------------------------------------------------------


def search(
    *,
    status: str | None = None,
    urgency: str | None = None,
    category_id: int | None = None,
    department: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    overdue_only: bool = False,
    text: str = "",
    now: dt.datetime | None = None,
) -> ModelSelect:
    """The orders matching the list's filters, newest report first (a query, not rows).

    ``date_from``/``date_to`` bound the report day, both inclusive; ``department``
    matches the start of the name; ``text`` searches number, reporter, room and
    content. Page with ``.paginate()`` or take ``.select(RepairOrder.id)``.
    """
    query = RepairOrder.select()
    if status:
        query = query.where(RepairOrder.status == status)
    if urgency:
        query = query.where(RepairOrder.urgency == urgency)
    if category_id is not None:
        query = query.where(RepairOrder.category == category_id)
    if department and department.strip():
        query = query.where(RepairOrder.department_name.startswith(department.strip()))
    if date_from is not None:
        query = query.where(RepairOrder.reported_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to is not None:
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        query = query.where(RepairOrder.reported_at < end)
    if overdue_only:
        query = query.where(overdue_clause(now or clock.now()))
    for word in text.split():
        query = query.where(
            RepairOrder.number.contains(word)
            | RepairOrder.reporter.contains(word)
            | RepairOrder.location.contains(word)
            | RepairOrder.content.contains(word)
        )
    return query.order_by(RepairOrder.reported_at.desc(), RepairOrder.id.desc())


def unreturned_papers() -> ModelSelect:
    """未回单: dispatched (at any later stage), not cancelled, signed copy not yet back."""
    return (
        RepairOrder.select()
        .where(
            RepairOrder.dispatched_at.is_null(False),
            RepairOrder.status != base.CANCELLED,
            ~RepairOrder.paper_returned,
        )
        .order_by(RepairOrder.dispatched_at, RepairOrder.id)
    )


def count_overdue(now: dt.datetime | None = None) -> int:
    """How many orders are past a deadline now (the tab's "Overdue: n")."""
    return search(overdue_only=True, now=now or clock.now()).count()


def count_unreturned_papers() -> int:
    """How many signed paper copies engineering still has (the tab's "Papers not returned")."""
    return unreturned_papers().count()


def get_orders(order_ids: Iterable[int]) -> list[RepairOrder]:
    """The orders with these ids that still exist, in the order given (a selection of rows)."""
    wanted = [i for i in (as_id(i) for i in order_ids) if i is not None]
    found = {o.id: o for o in RepairOrder.select().where(RepairOrder.id.in_(wanted))} \
        if wanted else {}
    return [found[i] for i in dict.fromkeys(wanted) if i in found]


# --- lookups for keyboard-first entry ---------------------------------------------


def _same_place(phone: str | None, location: str | None) -> Expression | None:
    phone, location = (phone or "").strip(), (location or "").strip()
    terms = []
    if phone:
        terms.append(RepairOrder.phone == phone)
    if location:
        terms.append(RepairOrder.location == location)
    if not terms:
        return None
    return terms[0] | terms[1] if len(terms) == 2 else terms[0]


def guess_department(phone: str | None = None, location: str | None = None) -> str | None:
    """The department of the latest order with this phone (first) or this room."""
    for value, field in ((phone, RepairOrder.phone), (location, RepairOrder.location)):
        value = (value or "").strip()
        if not value:
            continue
        row = (
            RepairOrder.select(RepairOrder.department_name)
            .where(field == value, RepairOrder.department_name != "")
            .order_by(RepairOrder.reported_at.desc(), RepairOrder.id.desc())
            .first()
        )
        if row is not None:
            return row.department_name
    return None


def known_departments(limit: int = 1000) -> list[str]:
    """The departments (or companies) named on orders, by name: the department filter's list."""
    rows = (RepairOrder.select(RepairOrder.department_name)
            .where(RepairOrder.department_name != "")
            .group_by(RepairOrder.department_name)
            .order_by(RepairOrder.department_name).limit(limit))
    return [r.department_name for r in rows]


def engineer_names(limit: int = 60) -> list[str]:
    """Who a dispatch can name: users holding the engineering role, then the engineers
    named on recent orders (newest first), each once."""
    names: list[str] = list(dict.fromkeys(people.names_with_role(people.ENGINEERING)))
    recent = (RepairOrder.select(RepairOrder.engineer)
              .where(RepairOrder.engineer != "")
              .order_by(RepairOrder.id.desc()).limit(500))
    for row in recent:
        if row.engineer not in names:
            names.append(row.engineer)
        if len(names) >= limit:
            break
    return names


def history(
    phone: str | None = None,
    location: str | None = None,
    exclude_id: int | None = None,
    limit: int = 50,
) -> list[RepairOrder]:
    """Other orders of the same phone or room, newest first (``exclude_id``: the one open)."""
    where = _same_place(phone, location)
    if where is None:
        return []
    query = RepairOrder.select().where(where)
    if exclude_id is not None:
        query = query.where(RepairOrder.id != exclude_id)
    return list(query.order_by(RepairOrder.reported_at.desc(), RepairOrder.id.desc())
                .limit(limit))


def timeline(order_id: int) -> list[RepairEvent]:
    """Who did what, when: the order's events in the order they happened."""
    return list(
        RepairEvent.select(RepairEvent, User)
        .join(User, on=(RepairEvent.user == User.id), join_type=JOIN.LEFT_OUTER)
        .where(RepairEvent.order == order_id)
        .order_by(RepairEvent.at, RepairEvent.id)
    )


# --- `main.py check` --------------------------------------------------------------

O = RepairOrder  # noqa: E741 - short, for the rules below
# (what is wrong, the rows where it is wrong)
_RULES = [
    ("unknown status", ~O.status.in_(list(base.STATUS_LABELS))),
    ("unknown urgency or source",
     ~O.urgency.in_(list(base.URGENCY_LABELS)) | ~O.source.in_(list(base.SOURCE_LABELS))),
    ("urgent without a cause", (O.urgency == base.URGENT) & (O.urgent_cause == "")),
    ("due times missing or out of order",
     O.accept_due.is_null() | O.complete_due.is_null() | (O.accept_due < O.reported_at)
     | (O.complete_due < O.accept_due)),
    ("number not of the report day",
     fn.substr(O.number, 3, 8) != fn.strftime("%Y%m%d", O.reported_at)),
    ("dispatched without dispatch time or engineer",
     ~O.status.in_([base.REGISTERED, base.CANCELLED])
     & (O.dispatched_at.is_null() | (O.engineer == ""))),
    ("registered but dispatched, accepted or completed",
     (O.status == base.REGISTERED)
     & (O.dispatched_at.is_null(False) | O.accepted_at.is_null(False)
        | O.completed_at.is_null(False))),
    ("accepted without acceptance time",
     O.status.in_([base.IN_PROGRESS, *base.WORK_DONE]) & O.accepted_at.is_null()),
    ("dispatched but accepted", (O.status == base.DISPATCHED) & O.accepted_at.is_null(False)),
    ("in progress but completed, checked or called back",
     (O.status == base.IN_PROGRESS)
     & (O.completed_at.is_null(False) | O.checked_at.is_null(False)
        | O.called_back_at.is_null(False))),
    ("completed without completion time or work done",
     O.status.in_(base.WORK_DONE) & (O.completed_at.is_null() | (O.work_done == ""))),
    ("completed but checked", (O.status == base.COMPLETED) & O.checked_at.is_null(False)),
    ("checked without check time",
     O.status.in_([base.CHECKED, base.CALLED_BACK]) & O.checked_at.is_null()),
    ("checked but called back", (O.status == base.CHECKED) & O.called_back_at.is_null(False)),
    ("called back without time or a satisfied verdict",
     (O.status == base.CALLED_BACK)
     & (O.called_back_at.is_null()
        | ~O.verdict.in_([base.SATISFIED, base.BASICALLY_SATISFIED]))),
    ("cancelled without time or reason",
     (O.status == base.CANCELLED) & (O.cancelled_at.is_null() | (O.cancel_reason == ""))),
    ("times out of order",
     (O.dispatched_at < O.reported_at) | (O.accepted_at < O.dispatched_at)
     | (O.completed_at < O.accepted_at) | (O.checked_at < O.completed_at)
     | (O.called_back_at < O.checked_at)),
    ("paper returned without time",
     O.paper_returned & (O.paper_returned_at.is_null() | O.dispatched_at.is_null())),
]


def check_repairs() -> list[str]:
    """The repair invariants: status agrees with the times, due times present, events."""
    problems: list[str] = []
    for what, where in _RULES:
        for (number,) in O.select(O.number).where(where).limit(20).tuples():
            problems.append(f"repair order {number}: {what}")
    mismatched = database.execute_sql(
        "SELECT o.number FROM repair_order o LEFT JOIN repair_event e ON e.id = "
        "(SELECT MAX(id) FROM repair_event WHERE order_id = o.id) "
        "WHERE e.id IS NULL OR e.status_after != o.status LIMIT 20"
    ).fetchall()
    problems += [f"repair order {n}: timeline does not end in its status" for (n,) in mismatched]
    unused = RepairCategory.select().where(RepairCategory.name == "")
    problems += [f"repair category #{c.id} has no name" for c in unused]
    return problems
