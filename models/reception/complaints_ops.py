"""客户投诉's operations, one per step: each checks its step (complaints_steps), cleans every
value, writes in one transaction with its audit row, and returns the complaint — or
refuses with a DomainError and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import audit, callbacks, clock, numbering, settings
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import clean_date, clean_datetime, clean_text
from . import calls_flow
from . import complaints_base as base
from . import complaints_steps as steps
from .complaints_base import Complaint
from .complaints_steps import COMPLAINT_STEPS as STEPS

FUTURE_TOLERANCE = dt.timedelta(minutes=5)

FIELDS = ("received_at", "channel", "customer", "unit", "room", "phone", "nature", "summary",
          "request", "level")

_REQUIRED = {
    "customer": QT_TRANSLATE_NOOP("DomainError", "Who complains? The customer's name is "
                                  "required."),
    "summary": QT_TRANSLATE_NOOP("DomainError", "What is the complaint? The summary is "
                                 "required."),
    "explanation": QT_TRANSLATE_NOOP("DomainError", "A complaint ruled not valid needs the "
                                     "explanation given to the customer."),
    "department": QT_TRANSLATE_NOOP("DomainError", "Which department handles it? The "
                                    "department is required."),
    "signed_by": QT_TRANSLATE_NOOP("DomainError", "Who in the department signed for the "
                                   "notice?"),
    "contact_reason": QT_TRANSLATE_NOOP("DomainError", "The first contact is later than the "
                                        "deadline: record the reason."),
    "remedy": QT_TRANSLATE_NOOP("DomainError", "What is the remedy? The department's answer "
                                "is required."),
    "words": QT_TRANSLATE_NOOP("DomainError", "A customer not satisfied: write down what they "
                               "said, for the department."),
    "cancel_reason": QT_TRANSLATE_NOOP("DomainError", "Why is it cancelled? A reason is "
                                       "required."),
}


def _text(values: Mapping[str, Any], key: str, required: bool = False,
          model: type = Complaint) -> str:
    return clean_text(values.get(key), model._meta.fields[key], name=key,
                      required=_REQUIRED[key] if required else None)


def _one(value: Any, key: str, required: bool = False, model: type = Complaint) -> str:
    return _text({key: value}, key, required, model)


def _choice(value: Any, vocabulary, key: str, default: str) -> str:
    code = default if value in (None, "") else value
    if code not in vocabulary:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{value} is not one of the "
                                                "choices."), field=key, value=str(code)[:30])
    return code


def _moment(value: Any, field: str, after: dt.datetime | None = None) -> dt.datetime:
    when = clock.now() if value in (None, "") else clean_datetime(value, field)
    if when > clock.now() + FUTURE_TOLERANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the "
                                                "future."), field=field,
                              time=f"{when:%Y-%m-%d %H:%M}")
    if after is not None and when < after:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The time {time} is before the step before it ({before})."),
            field=field, time=f"{when:%Y-%m-%d %H:%M}", before=f"{after:%Y-%m-%d %H:%M}")
    return when


def _fetch(complaint_id: int, step: str, by: User) -> Complaint:
    complaint = base.get_complaint(complaint_id)
    STEPS.require(by, step, complaint)
    return complaint


def _save(complaint: Complaint, by: User, action: str, changes: dict[str, Any]) -> Complaint:
    complaint.save()
    audit.record(by, action, "complaint", complaint.id, complaint.number, changes)
    return complaint


# --- registering --------------------------------------------------------------------


def clean_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The form's values, checked (ValidationError naming the field)."""
    extra = set(values) - set(FIELDS)
    if extra:
        raise ValueError(f"unknown fields {sorted(extra)}")
    out: dict[str, Any] = {"received_at": _moment(values.get("received_at"), "received_at")}
    out["channel"] = _choice(values.get("channel"), base.CHANNELS, "channel", base.PHONE)
    out["nature"] = _choice(values.get("nature"), base.NATURES, "nature", "other")
    out["level"] = _choice(values.get("level"), base.LEVELS, "level", base.ORDINARY)
    for key in ("customer", "summary"):
        out[key] = _text(values, key, required=True)
    for key in ("unit", "room", "phone", "request"):
        out[key] = _text(values, key)
    return out


def register_complaint(values: Mapping[str, Any], by: User,
                       call_id: int | None = None) -> Complaint:
    """投诉登记: numbered TS + the day received; its deadlines set by the office's preset.

    From a call (``call_id``): only a call marked 投诉待登记, once; the call is marked
    已转投诉 in the same transaction (calls_flow.complaint_registered)."""
    STEPS.require(by, steps.NEW)
    clean = clean_values(values)
    if call_id is not None and (not isinstance(call_id, int) or call_id <= 0):
        raise ValueError(f"bad call id {call_id!r}")
    entered_at = clock.now()
    with database.atomic("IMMEDIATE"):
        number = numbering.next_number(base.PREFIX, clean["received_at"].date())
        complaint = Complaint.create(
            number=number, status=base.REGISTERED, call_id=call_id, entered_at=entered_at,
            created_by=by, **clean, **base.due_times(clean["received_at"], clean["level"]))
        audit.record(by, "complaint.register", "complaint", complaint.id, number,
                     {**clean, "call_id": call_id}, at=entered_at)
        if call_id is not None:  # the call 投诉待登记 is 已转投诉 now (or all is refused)
            calls_flow.complaint_registered(call_id, number, by)
        return complaint


def complaint_values_from_call(call: Any) -> dict[str, Any]:
    """The complaint form's values from a reception call (channel 电话), without retyping.

    The unit and the room of the call go to the complaint's; the call's content is the
    summary. The caller's call id goes to ``register_complaint(..., call_id=call.id)``.
    """
    return {
        "received_at": call.called_at,
        "channel": base.PHONE,
        "customer": call.caller or "",
        "unit": call.unit or "",
        "room": call.room or "",
        "phone": call.phone or "",
        "summary": call.content or "",
    }


# --- the manager's ruling and the department ---------------------------------------


def judge(complaint_id: int, by: User, valid: bool, explanation: str = "",
          level: str | None = None) -> Complaint:
    """投诉是否成立: 不成立 closes it with the explanation; 成立 waits for a department.

    The manager may set the level here (a complaint found major goes to the director).
    """
    STEPS.require_permission(by, steps.JUDGE)
    words = _one(explanation, "explanation", required=not valid)
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.JUDGE, by)
        now = clock.now()
        complaint.valid, complaint.explanation, complaint.judged_at = int(bool(valid)), words, now
        if level not in (None, "") and level != complaint.level:
            complaint.level = _choice(level, base.LEVELS, "level", base.ORDINARY)
            due = base.due_times(complaint.received_at, complaint.level)
            complaint.contact_due, complaint.remedy_due = due["contact_due"], due["remedy_due"]
            complaint.resolve_due = due["resolve_due"]
        if valid:
            complaint.status = base.TO_ASSIGN
        else:
            complaint.status, complaint.closed_at = base.INVALID, now
        return _save(complaint, by, "complaint.judge",
                     {"valid": bool(valid), "explanation": words, "level": complaint.level})


def assign(complaint_id: int, by: User, department: str, responsible: str = "") -> Complaint:
    """分派: the responsible department (and person); the notice goes to it."""
    department_name = _one(department, "department", required=True)
    person = _one(responsible, "responsible")
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.ASSIGN, by)
        complaint.department, complaint.responsible = department_name, person
        complaint.assigned_at, complaint.assigned_by = clock.now(), by.full_name
        complaint.status = base.ASSIGNED
        return _save(complaint, by, "complaint.assign",
                     {"department": department_name, "responsible": person})


def sign_for(complaint_id: int, by: User, signed_by: str, at: Any = None) -> Complaint:
    """The department signs for the handling notice (name, time)."""
    STEPS.require_permission(by, steps.SIGN)
    name = _one(signed_by, "signed_by", required=True)
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.SIGN, by)
        when = _moment(at, "signed_at", complaint.assigned_at)
        complaint.signed_by, complaint.signed_at, complaint.status = name, when, base.SIGNED
        return _save(complaint, by, "complaint.sign", {"signed_by": name, "signed_at": when})


def record_contact(complaint_id: int, by: User, at: Any = None, reason: str = "") -> Complaint:
    """首次联系: later than the deadline needs a reason; past the longest allowed
    (4 h by the rulebook) it is still recorded, with its reason, and stays late."""
    STEPS.require_permission(by, steps.CONTACT)
    why = _one(reason, "contact_reason")
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.CONTACT, by)
        when = _moment(at, "contacted_at", complaint.received_at)
        if when > complaint.contact_due and not why:
            raise ValidationError(_REQUIRED["contact_reason"], field="contact_reason")
        complaint.contacted_at, complaint.contact_reason = when, why
        complaint.status = base.CONTACTED
        return _save(complaint, by, "complaint.contact", {"contacted_at": when, "reason": why})


def answer_remedy(complaint_id: int, by: User, remedy: str, correction: str = "",
                  correction_due: Any = None, at: Any = None) -> Complaint:
    """补救措施 (and 纠正措施 with its planned date): the department's answer."""
    STEPS.require_permission(by, steps.REMEDY)
    text = _one(remedy, "remedy", required=True)
    fix = _one(correction, "correction")
    planned = None if correction_due in (None, "") else clean_date(correction_due,
                                                                   "correction_due")
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.REMEDY, by)
        when = _moment(at, "remedy_at", complaint.received_at)
        complaint.remedy, complaint.correction, complaint.correction_due = text, fix, planned
        complaint.remedy_at, complaint.status = when, base.ANSWERED
        return _save(complaint, by, "complaint.remedy",
                     {"remedy": text, "correction": fix, "correction_due": planned,
                      "remedy_at": when})


def mark_done(complaint_id: int, by: User, at: Any = None) -> Complaint:
    """处理完成: the customer is to be called back the same day."""
    STEPS.require_permission(by, steps.DONE)
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.DONE, by)
        when = _moment(at, "done_at", complaint.remedy_at)
        complaint.done_at, complaint.status = when, base.DONE
        complaint.callback_due = base.end_of_day(when)
        return _save(complaint, by, "complaint.done", {"done_at": when})


def call_back(complaint_id: int, by: User, verdict: str, words: str = "",
              by_name: str = "", assessment: str = "", at: Any = None,
              mode: str = callbacks.PHONE, person: str = "") -> Complaint:
    """回访: recorded in the one callback table (models.callbacks), which applies the
    verdict: 满意 / 基本满意 closes it; 不满意 reopens it to the department with the
    customer's words, and it stays open (``reopen_or_close``)."""
    STEPS.require_permission(by, steps.CALL_BACK)
    code = _choice(verdict, base.VERDICTS, "verdict", "")
    overall = _one(assessment, "assessment")
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.CALL_BACK, by)
        if code == base.DISSATISFIED and not str(words or "").strip():
            raise ValidationError(_REQUIRED["words"], field="words")
        callbacks.record_callback(base.KIND, complaint.id, {
            "verdict": code, "words": words, "by_name": by_name, "made_at": at,
            "mode": mode, "person": person}, by)
        complaint = base.get_complaint(complaint.id)
        if code in base.CLOSING_VERDICTS and overall:
            complaint.assessment = overall
            complaint.save()
        return complaint


def reopen_or_close(complaint: Complaint, code: str, said: str, at: dt.datetime,
                    by: User) -> Complaint:
    """The verdict's effect on the complaint (the callback source's ``apply``)."""
    when = _moment(at, "called_at", complaint.done_at)
    complaint.verdict = code
    if code in base.CLOSING_VERDICTS:
        complaint.status, complaint.closed_at = base.CLOSED, when
    else:
        rules = base.deadlines()
        complaint.status = base.REOPENED
        complaint.times_reopened += 1
        complaint.done_at = complaint.callback_due = None
        complaint.remedy_due = base.add_days(when, rules.remedy_days, rules.working_days)
        if complaint.resolve_due is not None:
            complaint.resolve_due = when + dt.timedelta(days=rules.resolve_days)
    return _save(complaint, by, "complaint.callback",
                 {"verdict": code, "words": said, "called_at": when,
                  "status": complaint.status})


def cancel(complaint_id: int, by: User, reason: str) -> Complaint:
    """取消 (the manager only, with a reason): a complaint withdrawn or entered twice."""
    STEPS.require_permission(by, steps.CANCEL)
    why = _one(reason, "cancel_reason", required=True)
    with database.atomic("IMMEDIATE"):
        complaint = _fetch(complaint_id, steps.CANCEL, by)
        complaint.status, complaint.cancel_reason = base.CANCELLED, why
        complaint.closed_at = clock.now()
        return _save(complaint, by, "complaint.cancel", {"reason": why})


def set_deadline_preset(preset: str, by: User) -> str:
    """The office's deadline preset: rulebook 002 (default) or 003."""
    steps.SETTINGS_STEPS.require_permission(by, steps.DEADLINES)
    if preset not in base.PRESETS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{value} is not one of the "
                                                "choices."), field="preset", value=str(preset))
    with database.atomic("IMMEDIATE"):
        settings.put(base.PRESET_KEY, preset, by)
    return preset
