"""意见咨询's operations: each checks its step (consultations_steps), cleans every value,
writes in one transaction with its audit row, and returns the consultation — or refuses
with a DomainError and writes nothing.

A promised answer is given on its line (``answer_line``): from this register's own
sub-view, or from the callback queue, which calls ``apply_answer`` inside the
transaction that records its callback (the ``consultation`` source, registered in
``consultations``). 满意 / 基本满意 answers the line; 不满意 keeps it waiting, with the
customer's words and a new promised time a day later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from .. import audit, callbacks, clock, numbering
from ..db import database
from ..errors import DomainError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import clean_date, clean_datetime, clean_text
from . import consultations_base as base
from . import consultations_steps as steps
from .consultations_base import Consultation, ConsultationLine
from .consultations_steps import CONSULTATION_STEPS as STEPS

FUTURE_TOLERANCE = dt.timedelta(minutes=5)
RETRY_AFTER = dt.timedelta(days=1)  # 不满意: answered again a day later
FIELDS = ("kind", "held_on", "by_name", "note")
LINE_FIELDS = ("unit", "room", "person", "phone", "opinion", "promised_at", "follow_up",
               "result")
MAX_LINES = 200

_REQUIRED = {
    "person": QT_TRANSLATE_NOOP("DomainError", "Line {line}: who was consulted? The "
                                "person's name is required."),
    "follow_up": QT_TRANSLATE_NOOP("DomainError", "What was done about it? The follow-up is "
                                   "required."),
    "answer_words": QT_TRANSLATE_NOOP("DomainError", "A customer not satisfied: write down "
                                      "what they said."),
}


def _text(value: Any, field, key: str, required: str | None = None, **params: Any) -> str:
    try:
        return clean_text(value, field, name=key, required=required)
    except ValidationError as exc:
        if params:
            raise ValidationError(exc.template, field="lines", **{**exc.params, **params}) \
                from None
        raise


def _moment(value: Any, field: str, after: dt.datetime | None = None,
            future: bool = False) -> dt.datetime:
    when = clock.now() if value in (None, "") else clean_datetime(value, field)
    if not future and when > clock.now() + FUTURE_TOLERANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the "
                                                "future."), field=field,
                              time=f"{when:%Y-%m-%d %H:%M}")
    if after is not None and when < after:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The time {time} is before the consultation ({before})."),
            field=field, time=f"{when:%Y-%m-%d %H:%M}", before=f"{after:%Y-%m-%d}")
    return when


def _start(c: Consultation) -> dt.datetime:
    return dt.datetime.combine(c.held_on, dt.time())


def status_of(lines: Sequence[ConsultationLine]) -> str:
    """待跟进 while an opinion is not followed up or an answer not given; else 待审核."""
    if any(line.needs_follow_up() or line.waiting_answer() for line in lines):
        return base.RECORDED
    return base.FOLLOWED


# --- recording ----------------------------------------------------------------------


def clean_values(values: Mapping[str, Any]) -> dict[str, Any]:
    extra = set(values) - set(FIELDS)
    if extra:
        raise ValueError(f"unknown fields {sorted(extra)}")
    kind = values.get("kind") or base.PHONE
    if kind not in base.KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{value} is not one of the "
                                                "choices."), field="kind", value=str(kind)[:30])
    held = clock.today() if values.get("held_on") in (None, "") else clean_date(
        values["held_on"], "held_on")
    if held > clock.today():
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The day {day} is in the "
                                                "future."), field="held_on", day=f"{held}")
    C = Consultation
    return {"kind": kind, "held_on": held,
            "by_name": _text(values.get("by_name"), C.by_name, "by_name"),
            "note": _text(values.get("note"), C.note, "note")}


def clean_lines(lines: Sequence[Mapping[str, Any]], held_on: dt.date) -> list[dict[str, Any]]:
    """The customers consulted, checked; a refusal names the line (``field="lines"``)."""
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Who was consulted? Enter at "
                                                "least one customer."), field="lines", line=1)
    if len(lines) > MAX_LINES:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "At most {n} customers in one "
                                                "consultation."), field="lines", n=MAX_LINES)
    L = ConsultationLine
    out = []
    for n, line in enumerate(lines, start=1):
        extra = set(line) - set(LINE_FIELDS)
        if extra:
            raise ValueError(f"unknown line fields {sorted(extra)}")
        clean: dict[str, Any] = {"seq": n}
        for key in ("unit", "room", "phone", "opinion", "follow_up", "result"):
            clean[key] = _text(line.get(key), L._meta.fields[key], key, line=n)
        clean["person"] = _text(line.get("person"), L.person, "person", _REQUIRED["person"],
                                line=n)
        promised = line.get("promised_at")
        if promised in (None, ""):
            clean["promised_at"] = None
        else:
            try:
                when = clean_datetime(promised, "promised_at")
            except ValidationError as exc:
                raise ValidationError(exc.template, field="lines", line=n,
                                      **exc.params) from None
            if when.date() < held_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Line {line}: the answer is promised before the "
                    "consultation."), field="lines", line=n)
            clean["promised_at"] = when
        out.append(clean)
    return out


def record_consultation(values: Mapping[str, Any], lines: Sequence[Mapping[str, Any]],
                        by: User) -> Consultation:
    """意见咨询登记: numbered ZX + its day, with every customer consulted."""
    STEPS.require(by, steps.NEW)
    clean = clean_values(values)
    clean["by_name"] = clean["by_name"] or by.full_name
    rows = clean_lines(lines, clean["held_on"])
    now = clock.now()
    with database.atomic("IMMEDIATE"):
        number = numbering.next_number(base.PREFIX, clean["held_on"])
        c = Consultation.create(number=number, entered_at=now, created_by=by, **clean)
        made = []
        for row in rows:
            followed = bool(row["follow_up"])
            made.append(ConsultationLine.create(
                consultation=c, followed_at=now if followed else None,
                followed_by=by.full_name if followed else "", **row))
        c.status = status_of(made)
        c.save()
        audit.record(by, "consultation.record", "consultation", c.id, number,
                     {**clean, "customers": len(rows),
                      "promised": sum(1 for r in rows if r["promised_at"])}, at=now)
        return c


# --- following up ---------------------------------------------------------------------


def _line_for(line_id: int, step: str, by: User) -> tuple[ConsultationLine, Consultation]:
    line = base.get_line(line_id)
    c = base.get_consultation(line.consultation_id)
    STEPS.require(by, step, c)
    return line, c


def _settle(c: Consultation) -> None:
    c.status = status_of(base.lines_of(c))
    c.save()


def follow_up(line_id: int, by: User, follow_up: str, result: str = "",
              at: Any = None) -> Consultation:
    """跟进处理情况 (and its result) of one customer's opinion; may be rewritten until
    the manager reviews the consultation."""
    STEPS.require_permission(by, steps.FOLLOW_UP)
    L = ConsultationLine
    words = _text(follow_up, L.follow_up, "follow_up", _REQUIRED["follow_up"])
    outcome = _text(result, L.result, "result")
    with database.atomic("IMMEDIATE"):
        line, c = _line_for(line_id, steps.FOLLOW_UP, by)
        when = _moment(at, "followed_at", _start(c))
        line.follow_up, line.result, line.followed_at = words, outcome, when
        line.followed_by = by.full_name
        line.save()
        _settle(c)
        audit.record(by, "consultation.follow_up", "consultation", c.id, c.number,
                     {"line": line.seq, "follow_up": words, "result": outcome,
                      "followed_at": when})
        return c


def apply_answer(line_id: int, verdict: str, words: str, at: Any, by: User) -> Consultation:
    """The promised answer given (inside the caller's transaction; see the module docstring)."""
    STEPS.require_permission(by, steps.ANSWER)
    if verdict not in callbacks.VERDICTS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{value} is not one of the "
                                                "choices."), field="verdict",
                              value=str(verdict)[:30])
    said = _text(words, ConsultationLine.answer_words, "answer_words",
                 _REQUIRED["answer_words"] if verdict not in callbacks.CLOSING else None)
    line, c = _line_for(line_id, steps.ANSWER, by)
    if not line.waiting_answer():
        raise DomainError(QT_TRANSLATE_NOOP(
            "DomainError", "{person} of consultation {number} waits for no answer."),
            person=line.person, number=c.number)
    when = _moment(at, "answered_at", _start(c))
    line.verdict, line.answer_words, line.answers = verdict, said, line.answers + 1
    if verdict in callbacks.CLOSING:
        line.answered_at = when
    else:
        line.promised_at = when + RETRY_AFTER
    line.save()
    _settle(c)
    audit.record(by, "consultation.answer", "consultation", c.id, c.number,
                 {"line": line.seq, "verdict": verdict, "words": said, "at": when,
                  "promised_at": line.promised_at if line.answered_at is None else None})
    return c


def answer_line(line_id: int, by: User, verdict: str, words: str = "",
                at: Any = None) -> Consultation:
    """约定答复 from this register's sub-view: ``apply_answer`` in its own transaction."""
    STEPS.require_permission(by, steps.ANSWER)
    with database.atomic("IMMEDIATE"):
        return apply_answer(line_id, verdict, words, at, by)


def review(consultation_id: int, by: User, note: str = "") -> Consultation:
    """客服部长审核: the manager reads the follow-ups (every one recorded) and signs."""
    STEPS.require_permission(by, steps.REVIEW)
    words = _text(note, Consultation.review_note, "review_note")
    with database.atomic("IMMEDIATE"):
        c = base.get_consultation(consultation_id)
        STEPS.require(by, steps.REVIEW, c)
        c.status, c.reviewed_by, c.reviewed_at = base.REVIEWED, by.full_name, clock.now()
        c.review_note = words
        c.save()
        audit.record(by, "consultation.review", "consultation", c.id, c.number,
                     {"note": words})
        return c


# --- the callback queue's source -------------------------------------------------------


def waiting() -> list[callbacks.Waiting]:
    """Every customer consulted promised an answer and not answered yet, soonest due first."""
    L, C = ConsultationLine, Consultation
    rows = (L.select(L, C).join(C).where(L.promised_at.is_null(False) & L.answered_at.is_null())
            .order_by(L.promised_at, L.id))
    return [callbacks.Waiting(
        kind="consultation", case_id=line.id, number=line.consultation.number,
        customer=line.person, room=line.room, phone=line.phone, summary=line.opinion,
        due_at=line.promised_at, owner=line.consultation.by_name) for line in rows]


def apply_verdict(case_id: int, verdict: str, words: str, at: dt.datetime, by: User) -> None:
    """The source's ``apply``: the callback queue answered a promised line."""
    apply_answer(case_id, verdict, words, at, by)
