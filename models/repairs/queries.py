"""Reading repair orders: the filtered list, overdue, lookups, the timeline, the invariants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import JOIN, Case, ColumnBase, Expression, ModelSelect, fn

from .. import clock, people
from ..db import database
from ..people import User
from ..values import as_id
from . import base
from .base import RepairCategory, RepairEvent, RepairOrder

# --- overdue ----------------------------------------------------------------------
# An order still owed a step is late when that step's deadline has passed: the step its
# state waits for (待派工 → 派工, 已派工 → 接单, 处理中 → 完工, 已完工 → 验收, 已验收 → 回访).
# Engineering's deadlines are kept on the order (accept_due, complete_due); the office's
# own are its settings (base.office_deadlines) counted from the report, the completion,
# the check. The list, the counter and the order's own page all ask here.

LATE_DISPATCH, LATE_ACCEPT, LATE_COMPLETE = "dispatch", "accept", "complete"
LATE_CHECK, LATE_CALL_BACK = "check", "call_back"
# status -> the step it waits for; their place (1…5) numbers them in the list's late value
WAITING_FOR = {base.REGISTERED: LATE_DISPATCH, base.DISPATCHED: LATE_ACCEPT,
               base.IN_PROGRESS: LATE_COMPLETE, base.COMPLETED: LATE_CHECK,
               base.CHECKED: LATE_CALL_BACK}
LATE_STEPS = tuple(WAITING_FOR.values())
O = RepairOrder  # noqa: E741 - short, for the clauses below


def _office_allowance(urgency: str) -> dict[str, int]:
    d = base.office_deadlines(urgency)
    return {base.REGISTERED: d.dispatch_minutes, base.COMPLETED: d.check_minutes,
            base.CHECKED: d.call_back_minutes}


# status -> the time the office's own step is counted from
_COUNTED_FROM = {base.REGISTERED: O.reported_at, base.COMPLETED: O.completed_at,
                 base.CHECKED: O.checked_at}


def due_at(order: RepairOrder) -> dt.datetime | None:
    """When the step the order waits for is due (None: it waits for nothing)."""
    if order.status == base.DISPATCHED:
        return order.accept_due
    if order.status == base.IN_PROGRESS:
        return order.complete_due
    field = _COUNTED_FROM.get(order.status)
    start = getattr(order, field.name) if field is not None else None
    if start is None:
        return None
    return start + dt.timedelta(minutes=_office_allowance(order.urgency)[order.status])


def lateness(order: RepairOrder, now: dt.datetime) -> tuple[str, dt.timedelta] | None:
    """Which step is late and by how much: ("dispatch" | "accept" | "complete" | "check" |
    "call_back", by); None when on time, finished or cancelled."""
    due = due_at(order)
    if due is None or now <= due:
        return None
    return (WAITING_FOR[order.status], now - due)


def overdue_clause(now: dt.datetime) -> Expression:
    """SQL: the orders whose awaited step is past its deadline at ``now`` (see ``lateness``).

    Each term is one state and one time compared with a bound computed here, so each can
    walk an index ((status, accept_due), (status, complete_due), (status, reported_at)).
    """
    clause = (((O.status == base.DISPATCHED) & (O.accept_due < now))
              | ((O.status == base.IN_PROGRESS) & (O.complete_due < now)))
    for urgency in base.URGENCY_LABELS:
        for status, minutes in _office_allowance(urgency).items():
            bound = now - dt.timedelta(minutes=minutes)
            clause |= ((O.status == status) & (O.urgency == urgency)
                       & (_COUNTED_FROM[status] < bound))
    return clause


class Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


class _Allowance(ColumnBase):
    """The office's minutes for the step a state waits for, by urgency, read when built."""

    def __init__(self, status: str) -> None:
        super().__init__()
        self.status = status

    def __sql__(self, ctx):
        return ctx.sql(Case(O.urgency, [(u, _office_allowance(u)[self.status])
                                        for u in base.URGENCY_LABELS], 0))


def _seconds(moment) -> ColumnBase:
    return fn.strftime("%s", moment).cast("INTEGER")  # whole seconds: no rounding drift


def late_value() -> ColumnBase:
    """SQL, against the clock when the statement is built: how late the awaited step is,
    as whole minutes × 10 + the step's place in LATE_STEPS (1…5); NULL when on time.

    One sortable number: the larger, the later (the list's "most late first").
    ``split_late`` reads it back.
    """
    now = _seconds(Now())
    whens = []
    for place, status in enumerate(WAITING_FOR, start=1):
        if status == base.DISPATCHED:
            late = now - _seconds(O.accept_due)
        elif status == base.IN_PROGRESS:
            late = now - _seconds(O.complete_due)
        else:
            late = now - _seconds(_COUNTED_FROM[status]) - _Allowance(status) * 60
        whens.append(((O.status == status) & (late > 0), late / 60 * 10 + place))
    return Case(None, whens, None)


def split_late(value: int | float | None) -> tuple[str, dt.timedelta] | None:
    """The list's late value (``late_value``) as ``lateness`` says it: (step, by)."""
    if value is None:
        return None
    minutes, place = divmod(int(value), 10)
    if not 1 <= place <= len(LATE_STEPS):
        return None
    return (LATE_STEPS[place - 1], dt.timedelta(minutes=minutes))


def completed_late(order: RepairOrder) -> dt.timedelta | None:
    """For finished work: by how much the completion missed its deadline (None: on time)."""
    if order.completed_at is None or order.completed_at <= order.complete_due:
        return None
    return order.completed_at - order.complete_due


# --- the list ---------------------------------------------------------------------

# What a word in the search box is looked for in: the number, who reported and where, what
# is wrong, the phone (the customer calling again) and the engineer (维修人).
SEARCHED = (O.number, O.reporter, O.location, O.content, O.phone, O.engineer)


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
    matches the start of the name; ``text`` searches number, reporter, room,
    content, phone and engineer (维修人), as the list's search box does. Page with
    ``.paginate()`` or take ``.select(RepairOrder.id)``.
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
        condition = None
        for field in SEARCHED:
            condition = field.contains(word) if condition is None else (
                condition | field.contains(word))
        query = query.where(condition)
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


def last_change() -> int:
    """A stamp of the repair orders as they stand: the newest event's id (every registration,
    edit and step writes one). Equal stamps: nothing changed in between (the tab's list
    need not be read again)."""
    return RepairEvent.select(fn.MAX(RepairEvent.id)).scalar() or 0


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


def engineer_names(limit: int = 60, now: dt.datetime | None = None) -> list[str]:
    """维修人: the engineers on duty, as the dispatch proposes them, each once.

    First the active users holding the engineering role, the most recently dispatched to
    first (so the shift at work today leads; those not dispatched to lately follow by
    name); then the other names dispatched to in the last RECENT_DAYS (an outside fitter,
    a colleague without a login), newest first. Read from the last 500 dispatches.
    """
    now = now or clock.now()
    users = list(dict.fromkeys(people.names_with_role(people.ENGINEERING)))
    recent = (RepairOrder.select(RepairOrder.engineer, RepairOrder.dispatched_at)
              .where(RepairOrder.engineer != "", RepairOrder.dispatched_at.is_null(False))
              .order_by(RepairOrder.id.desc()).limit(500))
    last: dict[str, dt.datetime] = {}
    for row in recent:
        if row.dispatched_at > last.get(row.engineer, dt.datetime.min):
            last[row.engineer] = row.dispatched_at
    latest_first = sorted(last, key=lambda name: last[name], reverse=True)
    names = [n for n in latest_first if n in users] + [n for n in users if n not in last]
    since = now - dt.timedelta(days=RECENT_DAYS)
    names += [n for n in latest_first if n not in users and last[n] >= since]
    return names[:limit]


RECENT_DAYS = 30


def open_orders(
    phone: str | None = None,
    location: str | None = None,
    exclude_id: int | None = None,
    limit: int = 20,
) -> list[RepairOrder]:
    """The orders of this phone or room whose work is not yet checked (base.UNCHECKED),
    newest first: a new report of the same place is likely the same fault, so the clerk
    sees them before registering another (``exclude_id``: the order being edited)."""
    where = _same_place(phone, location)
    if where is None:
        return []
    query = RepairOrder.select().where(where, RepairOrder.status.in_(base.UNCHECKED))
    if exclude_id is not None:
        query = query.where(RepairOrder.id != exclude_id)
    return list(query.order_by(RepairOrder.reported_at.desc(), RepairOrder.id.desc())
                .limit(limit))


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
