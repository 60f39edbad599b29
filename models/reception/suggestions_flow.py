"""建议/意见: the operations, one per step.

registered (待确认) → confirmed by the duty officer the same day (已确认; late once past the
confirm deadline) → sent to the responsible department (已送部门) → acknowledged by the
department, its signer's name and date typed in (部门已签收) → result (已处理) → counted in
the month's summary (docs/domain.md, "Suggestions and opinions"). Every operation checks
the step declared in ``suggestions_steps``, writes the record and one audit row in one
transaction, or raises a DomainError and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import audit, clock, settings, values
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import clean_datetime, clean_text, shown
from .suggestions_base import (
    SUGGESTION_ACKNOWLEDGED,
    SUGGESTION_CLOSED,
    SUGGESTION_CONFIRMED,
    SUGGESTION_REGISTERED,
    SUGGESTION_SENT,
    SUGGESTION_SOURCE_LABELS,
    Suggestion,
    get_suggestion,
)
from .suggestions_steps import (
    SUGGESTION_ACK,
    SUGGESTION_CONFIRM,
    SUGGESTION_NEW,
    SUGGESTION_RESULT,
    SUGGESTION_SEND,
    SUGGESTION_SETTINGS,
    SUGGESTION_SETTINGS_STEPS,
    SUGGESTION_STEPS,
)

FUTURE_TOLERANCE = dt.timedelta(minutes=5)
CONFIRM_DAYS_KEY = "reception.suggestions.confirm_days"
MAX_CONFIRM_DAYS = 7


FIELDS = ("received_at", "source", "person", "phone", "room", "content", "department")


# --- settings ---------------------------------------------------------------------


def confirm_days() -> int:
    """Days after the day of receipt by whose end the duty officer confirms (0: same day)."""
    try:
        days = int(settings.get(CONFIRM_DAYS_KEY, "0"))
    except ValueError:
        return 0
    return days if 0 <= days <= MAX_CONFIRM_DAYS else 0


def set_confirm_days(days: int, by: User) -> int:
    SUGGESTION_SETTINGS_STEPS.require_permission(by, SUGGESTION_SETTINGS)
    days = values.clean_int(days, "confirm_days", 0, MAX_CONFIRM_DAYS)
    settings.put(CONFIRM_DAYS_KEY, str(days), by)
    return days


def confirm_due(received_at: dt.datetime) -> dt.datetime:
    day = received_at.date() + dt.timedelta(days=confirm_days() + 1)
    return dt.datetime.combine(day, dt.time())


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
            "DomainError", "The time {time} cannot be before the previous step ({earlier})."),
            field=field, time=_fmt(when), earlier=_fmt(earlier))
    return when


def _clean(given: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(given) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown suggestion fields {sorted(unknown)}")
    out: dict[str, Any] = {"received_at": _time(given.get("received_at"), "received_at")}
    source = given.get("source") or ""
    if source not in SUGGESTION_SOURCE_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Unknown source: {source}."),
                              field="source", source=shown(source))
    out["source"] = source
    for key in ("person", "phone", "room", "department"):
        out[key] = clean_text(given.get(key), Suggestion._meta.fields[key])
    out["content"] = clean_text(given.get("content"), Suggestion.content, required=QT_TRANSLATE_NOOP(
        "DomainError", "Write down what the suggestion or opinion says."))
    return out


# --- the steps --------------------------------------------------------------------


def register_suggestion(given: Mapping[str, Any], by: User) -> Suggestion:
    """登记: a new suggestion, waiting for the duty officer's confirmation."""
    SUGGESTION_STEPS.require(by, SUGGESTION_NEW)
    clean = _clean(given)
    now = clock.now()
    with database.atomic("IMMEDIATE"):
        record = Suggestion.create(entered_at=now, status=SUGGESTION_REGISTERED, created_by=by,
                                   confirm_due=confirm_due(clean["received_at"]), **clean)
        audit.record(by, "suggestion.register", "reception_suggestion", record.id,
                     record.number, clean, at=now)
        return record


def _step(suggestion_id: int, step: str, by: User) -> Suggestion:
    SUGGESTION_STEPS.require(by, step)
    record = get_suggestion(suggestion_id)
    SUGGESTION_STEPS.require_state(step, record)
    return record


def confirm_suggestion(suggestion_id: int, by: User, at: dt.datetime | None = None) -> Suggestion:
    """确认: the duty officer confirms the day's suggestion (late once past the deadline)."""
    with database.atomic("IMMEDIATE"):
        record = _step(suggestion_id, SUGGESTION_CONFIRM, by)
        when = _time(at, "at", record.received_at)
        record.status, record.confirmed_at, record.confirmed_by = SUGGESTION_CONFIRMED, when, by
        record.save()
        audit.record(by, "suggestion.confirm", "reception_suggestion", record.id, record.number,
                     {"confirmed_at": when, "late": record.confirm_late()})
        return record


def send_suggestion(suggestion_id: int, by: User, department: str | None = None,
                    at: dt.datetime | None = None) -> Suggestion:
    """送部门: to the responsible department (named now, or as registered)."""
    with database.atomic("IMMEDIATE"):
        record = _step(suggestion_id, SUGGESTION_SEND, by)
        name = clean_text(record.department if department is None else department,
                          Suggestion.department, required=QT_TRANSLATE_NOOP(
                              "DomainError", "Name the department responsible."))
        when = _time(at, "at", record.confirmed_at)
        record.status, record.sent_at, record.department = SUGGESTION_SENT, when, name
        record.save()
        audit.record(by, "suggestion.send", "reception_suggestion", record.id, record.number,
                     {"department": name, "sent_at": when})
        return record


def acknowledge_suggestion(suggestion_id: int, name: str, date: dt.date, by: User) -> Suggestion:
    """部门签收: the department's signer and the date of the signature, typed from the paper."""
    with database.atomic("IMMEDIATE"):
        record = _step(suggestion_id, SUGGESTION_ACK, by)
        signer = clean_text(name, Suggestion.ack_name, name="ack_name", required=QT_TRANSLATE_NOOP(
            "DomainError", "Type the name of the person who signed for the department."))
        day = values.clean_date(date, "ack_date")
        if record.sent_at is not None and day < record.sent_at.date():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The department cannot sign on {date}, before it was sent ({sent})."),
                field="ack_date", date=f"{day:%Y-%m-%d}", sent=f"{record.sent_at:%Y-%m-%d}")
        if day > clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The date {date} is in the future."),
                                  field="ack_date", date=f"{day:%Y-%m-%d}")
        record.status, record.ack_name, record.ack_date = SUGGESTION_ACKNOWLEDGED, signer, day
        record.save()
        audit.record(by, "suggestion.acknowledge", "reception_suggestion", record.id,
                     record.number, {"ack_name": signer, "ack_date": day})
        return record


def record_suggestion_result(suggestion_id: int, result: str, by: User,
                             at: dt.datetime | None = None) -> Suggestion:
    """处理结果: what the department did; the suggestion is closed and counted in its month."""
    with database.atomic("IMMEDIATE"):
        record = _step(suggestion_id, SUGGESTION_RESULT, by)
        text = clean_text(result, Suggestion.result, required=QT_TRANSLATE_NOOP(
            "DomainError", "Write down the result."))
        earliest = record.sent_at
        when = _time(at, "at", earliest)
        record.status, record.result, record.result_at = SUGGESTION_CLOSED, text, when
        record.save()
        audit.record(by, "suggestion.result", "reception_suggestion", record.id, record.number,
                     {"result": text, "result_at": when})
        return record


def count_unconfirmed_late(now: dt.datetime | None = None) -> int:
    """Suggestions still waiting for the duty officer past their deadline."""
    return (Suggestion.select().where((Suggestion.status == SUGGESTION_REGISTERED)
                                      & (Suggestion.confirm_due < (now or clock.now()))).count())


audit.ACTION_LABELS.update({
    "suggestion.register": QT_TRANSLATE_NOOP("Lists", "Suggestion registered"),
    "suggestion.confirm": QT_TRANSLATE_NOOP("Lists", "Suggestion confirmed"),
    "suggestion.send": QT_TRANSLATE_NOOP("Lists", "Suggestion sent to the department"),
    "suggestion.acknowledge": QT_TRANSLATE_NOOP("Lists", "Suggestion acknowledged"),
    "suggestion.result": QT_TRANSLATE_NOOP("Lists", "Suggestion result recorded"),
})
