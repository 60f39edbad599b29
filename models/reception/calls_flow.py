"""来电记录: the operations. A call is registered once and routed by its kind without retyping:

报修 → a repair order made through ``repairs.register`` with the call's fields, linked from
the call (``call_of_order`` answers the other way); 建议 → a suggestion (source 来电);
投诉 → kept, marked "to register" (投诉待登记) until its complaint is registered from it
(``complaint_registered``, called by the complaint register's operation); 咨询 / 特约服务 /
专项服务 answered in the call are closed, otherwise they wait (待答复) until the promised
time (default: the next working day), late after it. One transaction each, with its audit
row; a refusal writes nothing — not the call, not the order, not the suggestion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import audit, clock, repairs, settings, values
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import clean_datetime, clean_text, shown
from . import suggestions
from .calls_base import (
    ANSWERED_KINDS,
    CALL_ANSWERED,
    CALL_KIND_LABELS,
    CALL_PENDING,
    CALL_TO_COMPLAINT,
    CALL_TO_REGISTER,
    CALL_TO_REPAIR,
    CALL_TO_SUGGESTION,
    KIND_COMPLAINT,
    KIND_REPAIR,
    KIND_SUGGESTION,
    Call,
    get_call,
)
from .calls_steps import (
    CALL_ANSWER,
    CALL_NEW,
    CALL_ROUTE_COMPLAINT,
    CALL_ROUTE_REPAIR,
    CALL_SETTINGS,
    CALL_SETTINGS_STEPS,
    CALL_STEPS,
)

FUTURE_TOLERANCE = dt.timedelta(minutes=5)
PROMISE_DAYS_KEY = "reception.calls.promise_working_days"
MAX_PROMISE_DAYS = 10

# The call's own fields; a 报修 call also takes REPAIR_FIELDS for its order.
CALL_FIELDS = ("called_at", "caller", "unit", "room", "phone", "kind", "content", "answer",
               "department", "person", "promised_at")
REPAIR_FIELDS = ("category", "urgency", "urgent_cause")


# --- settings ---------------------------------------------------------------------


def promise_days() -> int:
    """Working days the desk promises an answer within (default 1: the next working day)."""
    try:
        days = int(settings.get(PROMISE_DAYS_KEY, "1"))
    except ValueError:
        return 1
    return days if 1 <= days <= MAX_PROMISE_DAYS else 1


def set_promise_days(days: int, by: User) -> int:
    CALL_SETTINGS_STEPS.require_permission(by, CALL_SETTINGS)
    days = values.clean_int(days, "promise_days", 1, MAX_PROMISE_DAYS)
    settings.put(PROMISE_DAYS_KEY, str(days), by)
    return days


def default_promise(called_at: dt.datetime, days: int | None = None) -> dt.datetime:
    """The same time of day ``days`` working days (Monday to Friday) after the call."""
    left = promise_days() if days is None else days
    when = called_at
    while left:
        when += dt.timedelta(days=1)
        if when.weekday() < 5:
            left -= 1
    return when


# --- helpers ----------------------------------------------------------------------


def _fmt(when: dt.datetime) -> str:
    return f"{when:%Y-%m-%d %H:%M}"


def _time(value: Any, field: str, earlier: dt.datetime | None = None) -> dt.datetime:
    current = clock.now()
    when = current if value is None else clean_datetime(value, field)
    if when > current + FUTURE_TOLERANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the future."),
                              field=field, time=_fmt(when))
    if earlier is not None and when < earlier:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The time {time} cannot be before the call ({earlier})."),
            field=field, time=_fmt(when), earlier=_fmt(earlier))
    return when


def _clean(given: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(given) - set(CALL_FIELDS) - set(REPAIR_FIELDS)
    if unknown:
        raise ValueError(f"unknown call fields {sorted(unknown)}")
    out: dict[str, Any] = {"called_at": _time(given.get("called_at"), "called_at")}
    kind = given.get("kind") or ""
    if kind not in CALL_KIND_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the kind of the call."),
                              field="kind", kind=shown(kind))
    out["kind"] = kind
    for key in ("caller", "unit", "room", "phone", "department", "person"):
        out[key] = clean_text(given.get(key), Call._meta.fields[key])
    out["content"] = clean_text(given.get("content"), Call.content, required=QT_TRANSLATE_NOOP(
        "DomainError", "Write down what the caller said."))
    out["answer"] = clean_text(given.get("answer"), Call.answer)
    if not (out["phone"] or out["room"] or out["caller"]):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Note who called: a phone number, a room or a name."), field="phone")
    promised = given.get("promised_at")
    out["promised_at"] = None
    if kind in ANSWERED_KINDS and not out["answer"]:
        out["promised_at"] = (default_promise(out["called_at"]) if promised is None
                              else clean_datetime(promised, "promised_at"))
        if out["promised_at"] < out["called_at"]:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The promised answer time {time} is before the call."),
                field="promised_at", time=_fmt(out["promised_at"]))
    if kind == KIND_REPAIR and not out["room"]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A repair needs the room or place."), field="room")
    return out


def _order_values(call: Call, extra: Mapping[str, Any]) -> dict[str, Any]:
    """The repair order's fields from the call's: nothing typed twice."""
    return {"reported_at": call.called_at, "source": repairs.PHONE,
            "department_name": call.unit, "location": call.room, "reporter": call.caller,
            "phone": call.phone, "content": call.content, **{k: extra.get(k) for k in
                                                             REPAIR_FIELDS if k in extra}}


def _make_order(call: Call, extra: Mapping[str, Any], by: User) -> None:
    order = repairs.register(_order_values(call, extra), by=by)
    call.repair_order, call.status, call.kind = order, CALL_TO_REPAIR, KIND_REPAIR
    call.save()


# --- the steps --------------------------------------------------------------------


def register_call(given: Mapping[str, Any], by: User) -> Call:
    """登记 a call and route it by its kind in the same transaction (see the module docstring).

    ``given`` holds CALL_FIELDS; a 报修 call also the order's category, urgency and
    urgent_cause. Returns the call (its ``repair_order`` / ``suggestion`` set when routed).
    """
    CALL_STEPS.require(by, CALL_NEW)
    clean = _clean(given)
    extra = {k: given[k] for k in REPAIR_FIELDS if k in given}
    now = clock.now()
    kind = clean["kind"]
    if kind in ANSWERED_KINDS:
        status = CALL_ANSWERED if clean["answer"] else CALL_PENDING
    else:
        status = {KIND_COMPLAINT: CALL_TO_REGISTER}.get(kind, CALL_PENDING)
    with database.atomic("IMMEDIATE"):
        call = Call.create(entered_at=now, taken_by=by, status=status,
                           answered_at=clean["called_at"] if status == CALL_ANSWERED else None,
                           **clean)
        if kind == KIND_REPAIR:
            _make_order(call, extra, by)
        elif kind == KIND_SUGGESTION:
            call.suggestion = suggestions.register_suggestion({
                "received_at": call.called_at, "source": suggestions.SRC_CALL,
                "person": call.caller, "phone": call.phone, "room": call.room,
                "content": call.content, "department": call.department}, by=by)
            call.status = CALL_TO_SUGGESTION
            call.save()
        audit.record(by, "call.register", "reception_call", call.id, call.number,
                     {**clean, "status": call.status,
                      "repair_order": call.repair_order.number if call.repair_order else None,
                      "suggestion": call.suggestion_id}, at=now)
        return call


def answer_call(call_id: int, answer: str, by: User, at: dt.datetime | None = None) -> Call:
    """答复: the answer the caller was given (late when after the promised time)."""
    CALL_STEPS.require(by, CALL_ANSWER)
    with database.atomic("IMMEDIATE"):
        call = get_call(call_id)
        CALL_STEPS.require_state(CALL_ANSWER, call)
        text = clean_text(answer, Call.answer, required=QT_TRANSLATE_NOOP(
            "DomainError", "Write down the answer given."))
        when = _time(at, "at", call.called_at)
        call.answer, call.answered_at, call.status = text, when, CALL_ANSWERED
        call.save()
        audit.record(by, "call.answer", "reception_call", call.id, call.number,
                     {"answer": text, "answered_at": when, "late": call.late()})
        return call


def route_call_to_repair(call_id: int, by: User, extra: Mapping[str, Any] | None = None) -> Call:
    """转报修: a waiting call turns out to be a repair; its order is made once, from its fields."""
    CALL_STEPS.require(by, CALL_ROUTE_REPAIR)
    with database.atomic("IMMEDIATE"):
        call = get_call(call_id)
        CALL_STEPS.require_state(CALL_ROUTE_REPAIR, call)
        if not call.room:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A repair needs the room or place."), field="room")
        _make_order(call, extra or {}, by)
        audit.record(by, "call.to_repair", "reception_call", call.id, call.number,
                     {"repair_order": call.repair_order.number})
        return call


def complaint_registered(call_id: int, number: str, by: User) -> Call:
    """登记投诉: the call marked 投诉待登记 is 已转投诉 now, its complaint ``number`` made.

    Called by ``register_complaint(..., call_id=...)`` inside its own transaction (the
    complaint names the call: Complaint.call_id), so a refusal here — a call already
    registered, or not a complaint — writes neither the complaint nor the call.
    """
    CALL_STEPS.require(by, CALL_ROUTE_COMPLAINT)
    with database.atomic("IMMEDIATE"):
        call = get_call(call_id)
        CALL_STEPS.require_state(CALL_ROUTE_COMPLAINT, call)
        call.status = CALL_TO_COMPLAINT
        call.save()
        audit.record(by, "call.to_complaint", "reception_call", call.id, call.number,
                     {"complaint": number})
        return call


audit.ACTION_LABELS.update({
    "call.register": QT_TRANSLATE_NOOP("Lists", "Call registered"),
    "call.answer": QT_TRANSLATE_NOOP("Lists", "Call answered"),
    "call.to_repair": QT_TRANSLATE_NOOP("Lists", "Call made a repair order"),
    "call.to_complaint": QT_TRANSLATE_NOOP("Lists", "Call registered as a complaint"),
})
