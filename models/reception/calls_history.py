"""来电记录: the caller's history, the list (for models.listing), the link to repair orders, the check.

``caller_history(phone, room)`` is what the call form's side panel shows while the clerk
types: the calls, repair orders, suggestions (and visits, once the visitors register offers
``visits_of``) of that phone or room, newest first — each through an indexed column.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from peewee import Case, ColumnBase

from .. import clock, repairs
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..listing import Column, ListSpec
from . import complaints_base, suggestions
from .calls_base import (
    CALL_KIND_LABELS,
    CALL_PENDING,
    CALL_STATUS_LABELS,
    CALL_TO_COMPLAINT,
    CALL_TO_REGISTER,
    CALL_TO_REPAIR,
    CALL_TO_SUGGESTION,
    Call,
)
from .counters import Counter, only

HISTORY_LIMIT = 30  # per source; the panel shows the newest


class HistoryLine(NamedTuple):
    """One line of a caller's history."""

    when: dt.datetime
    kind: Translatable  # 来电 · 报修单 · 建议 · 来访 (translated in its context)
    number: str
    summary: str
    state: Translatable


_KIND_CALL = Translatable(QT_TRANSLATE_NOOP("Reception", "Call"), "Reception")
_KIND_ORDER = Translatable(QT_TRANSLATE_NOOP("Reception", "Repair order"), "Reception")
_KIND_SUGGESTION = Translatable(QT_TRANSLATE_NOOP("Reception", "Suggestion"), "Reception")
_KIND_COMPLAINT = Translatable(QT_TRANSLATE_NOOP("Reception", "Complaint"), "Reception")
_KIND_VISIT = Translatable(QT_TRANSLATE_NOOP("Reception", "Visit"), "Reception")


def _where(model: Any, phone: str, room: str, room_field: Any) -> Any:
    condition = None
    if phone:
        condition = model.phone == phone
    if room:
        part = room_field == room
        condition = part if condition is None else (condition | part)
    return condition


def caller_history(phone: str = "", room: str = "") -> list[HistoryLine]:
    """Everything the office has for this phone number or room, newest first."""
    phone, room = (phone or "").strip(), (room or "").strip()
    if not phone and not room:
        return []
    lines: list[HistoryLine] = []
    # A call that became an order, a suggestion or a complaint is shown as that (once,
    # with its state).
    routed = (CALL_TO_REPAIR, CALL_TO_SUGGESTION, CALL_TO_COMPLAINT)
    for call in (Call.select().where(_where(Call, phone, room, Call.room))
                 .order_by(Call.called_at.desc()).limit(HISTORY_LIMIT)):
        if call.status in routed:
            continue
        lines.append(HistoryLine(call.called_at, _KIND_CALL, CALL_KIND_LABELS.label(call.kind),
                                 call.content, CALL_STATUS_LABELS.label(call.status)))
    for order in repairs.history(phone=phone or None, location=room or None,
                                 limit=HISTORY_LIMIT):
        lines.append(HistoryLine(order.reported_at, _KIND_ORDER, order.number, order.content,
                                 repairs.status_label(order.status)))
    S = suggestions.Suggestion
    for record in (S.select().where(_where(S, phone, room, S.room))
                   .order_by(S.received_at.desc()).limit(HISTORY_LIMIT)):
        lines.append(HistoryLine(record.received_at, _KIND_SUGGESTION, record.number,
                                 record.content, record.status_label))
    K = complaints_base.Complaint
    for record in (K.select().where(_where(K, phone, room, K.room))
                   .order_by(K.received_at.desc()).limit(HISTORY_LIMIT)):
        lines.append(HistoryLine(record.received_at, _KIND_COMPLAINT, record.number,
                                 record.summary, record.status_label))
    from .visitors import visits_of  # late: visitors is a sibling register of the package

    for visit in visits_of(phone=phone, room=room, limit=HISTORY_LIMIT):
        lines.append(HistoryLine(visit.arrived_at, _KIND_VISIT, visit.visitor,
                                 f"{visit.company} {visit.purpose}".strip(),
                                 visit.status_label(visit.status)))
    lines.sort(key=lambda line: line.when, reverse=True)
    return lines


def call_of_order(order: repairs.RepairOrder | int) -> Call | None:
    """The call a repair order was made from (the link is kept on the call), or None."""
    order_id = order if isinstance(order, int) else order.id
    return Call.get_or_none(Call.repair_order == order_id)


def complaint_of_call(call: Call | int) -> complaints_base.Complaint | None:
    """The complaint registered from a call (the complaint names it), or None."""
    call_id = call if isinstance(call, int) else call.id
    K = complaints_base.Complaint
    return K.select().where(K.call_id == call_id).order_by(K.id).first()


def count_to_register() -> int:
    """投诉待登记: the calls taken as complaints whose complaint is not registered yet."""
    return Call.select().where(Call.status == CALL_TO_REGISTER).count()


# --- the list ---------------------------------------------------------------------------


class _Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


def late_clause() -> Any:
    """SQL: waiting past the promised time, or answered after it."""
    return (((Call.status == CALL_PENDING) & (Call.promised_at < _Now()))
            | (Call.answered_at.is_null(False) & (Call.answered_at > Call.promised_at)))


def _late_value() -> Any:
    return Case(None, [((Call.status == CALL_PENDING) & (Call.promised_at < _Now()), 2),
                       (Call.answered_at > Call.promised_at, 1)], 0)


def _late_text(value: Any, translate: Any = None) -> str:
    if not value:
        return ""
    text = (QT_TRANSLATE_NOOP("Lists", "Late, not answered") if value == 2
            else QT_TRANSLATE_NOOP("Lists", "Answered late"))
    return translate("Lists", text) if translate else text


def _open(query: Any, value: Any) -> Any:
    """Only calls still waiting for something: an answer, or the complaint register."""
    from .calls_base import CALL_TO_REGISTER

    return query.where(Call.status.in_((CALL_PENDING, CALL_TO_REGISTER))) if value else query


C = Call


def _prefix(field: Any) -> Any:
    """A filter: values starting with the typed text, as an index range (fast on 500,000)."""

    def apply(query: Any, value: Any) -> Any:
        text = str(value).strip()
        return query.where((field >= text) & (field < text + "\U0010ffff")) if text else query

    return apply

CALL_LIST = ListSpec(
    name="reception_calls",
    title=QT_TRANSLATE_NOOP("Lists", "Calls"),
    model=Call,
    columns=[
        Column("called_at", QT_TRANSLATE_NOOP("Lists", "Time"), C.called_at, width=120,
               kind="datetime"),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), C.kind, width=70, kind="status",
               labels=CALL_KIND_LABELS),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), C.status, width=90,
               kind="status", labels=CALL_STATUS_LABELS),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Late"), _late_value(), width=100,
               sortable=False, display=_late_text),
        Column("caller", QT_TRANSLATE_NOOP("Lists", "Caller"), C.caller, width=70),
        Column("unit", QT_TRANSLATE_NOOP("Lists", "Unit"), C.unit, width=120),
        Column("room", QT_TRANSLATE_NOOP("Lists", "Room"), C.room, width=80),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), C.phone, width=100),
        Column("content", QT_TRANSLATE_NOOP("Lists", "Call content"), C.content, width=220,
               sortable=False),
        Column("answer", QT_TRANSLATE_NOOP("Lists", "Answer"), C.answer, width=160,
               sortable=False),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Responsible"), C.department, width=90),
        Column("person", QT_TRANSLATE_NOOP("Lists", "Person"), C.person, width=60,
               visible=False),
        Column("promised_at", QT_TRANSLATE_NOOP("Lists", "Promised by"), C.promised_at,
               width=120, kind="datetime"),
        Column("answered_at", QT_TRANSLATE_NOOP("Lists", "Answered"), C.answered_at,
               width=120, kind="datetime", visible=False),
    ],
    search=[C.phone, C.caller, C.room, C.content],
    date_field=C.called_at,
    status_field=C.status,
    statuses=CALL_STATUS_LABELS,
    default_sort=("called_at", True),
    extra_filters={
        "kind": lambda q, v: q.where(C.kind == v),
        "phone": _prefix(C.phone),  # the phone and room boxes: indexed, from the first digit
        "room": _prefix(C.room),
        "open": _open,
        "late": lambda q, v: q.where(late_clause()) if v else q,
    },
    cache_sql=False,  # "late" reads the clock
)


def check_calls() -> list[str]:
    """Invariants: a routed call has what it was routed to, and nothing else does."""
    problems = []
    for call in C.select().where((C.status == CALL_TO_REPAIR) & C.repair_order.is_null()):
        problems.append(f"call {call.number}: made a repair order but names none")
    for call in C.select().where((C.status == CALL_TO_SUGGESTION) & C.suggestion.is_null()):
        problems.append(f"call {call.number}: made a suggestion but names none")
    K = complaints_base.Complaint
    named = K.select(K.call_id).where(K.call_id.is_null(False))
    for call in C.select().where((C.status == CALL_TO_COMPLAINT) & C.id.not_in(named)):
        problems.append(f"call {call.number}: registered as a complaint but no complaint "
                        "names it")
    return problems


# The tab's counter (models.reception.counters): calls still to route.
COUNTERS: tuple = (
    Counter("calls_to_register", QT_TRANSLATE_NOOP("Reception", "Complaint calls to "
                                                   "register: {count}"),
            count_to_register, only(status=CALL_TO_REGISTER), CALL_LIST.name),
)
