"""回访 (callbacks): one queue for every case that waits for a call to its customer.

A core module, not an area: every area whose cases end with a callback (complaints
done, repair orders checked, consultations promised an answer, pest-control
treatments later) registers a ``Source`` here when its package is imported, and the
one queue (the reception log's 回访 sub-view) lists what every source has waiting.
Recording a callback goes through this module, which calls the source's ``apply``
with the verdict, so the case closes (满意 / 基本满意) or goes back to its owner and
stays open (不满意) by its own area's rules.

    callbacks.register_source(callbacks.Source(
        kind="complaint", label=QT_TRANSLATE_NOOP("Callbacks", "Complaint"),
        waiting=complaints_waiting, apply=apply_complaint_verdict))

The protocol (``Waiting``, ``Source``, ``register_source``, ``sources``) is fixed; the
table of callbacks made (``Callback``) and the operations on it are built on it:
``record_callback`` (the verdict, or "cannot answer now" with the time promised),
``record_follow_up`` (the promised answer, or the follow-up a callback asked for) and
``review`` (部长审核). The queue (``callback_queue.queue(now)``) and the register's list
(``callback_queue.CALLBACK_LIST``) are in ``models.callback_queue``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from . import audit, clock, people
from .db import BaseModel, database
from .errors import NotFound, ValidationError
from .i18n import QT_TRANSLATE_NOOP, Translatable
from .people import User
from .steps import Rule, Step, Steps
from .values import BoundedText, clean_datetime, clean_id, clean_text, shown
from .vocabulary import Term, Vocabulary

# The customer's verdict at a callback: the repair orders' codes (their files hold them);
# a source whose own table uses other codes translates in its ``apply``.
SATISFIED = "satisfied"  # 满意
BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
UNSATISFIED = "unsatisfied"  # 不满意
VERDICTS = Vocabulary("Callbacks", [
    Term(SATISFIED, QT_TRANSLATE_NOOP("Callbacks", "Satisfied"), "满意"),
    Term(BASICALLY_SATISFIED, QT_TRANSLATE_NOOP("Callbacks", "Basically satisfied"), "基本满意"),
    Term(UNSATISFIED, QT_TRANSLATE_NOOP("Callbacks", "Unsatisfied"), "不满意"),
])
CLOSING = (SATISFIED, BASICALLY_SATISFIED)


@dataclass(frozen=True)
class Waiting:
    """One case waiting for its callback, as the queue shows it."""

    kind: str  # the source's kind: "complaint", "repair", "consultation", ...
    case_id: int  # the case's id in its own table
    number: str  # the case's number as the office writes it (TS…, BX…, …)
    customer: str
    room: str
    phone: str
    summary: str  # what the case was about, one line
    due_at: dt.datetime  # when the callback is due (late after it)
    owner: str = ""  # the department or person the case is with


@dataclass(frozen=True)
class Source:
    """An area's cases that end with a callback.

    ``waiting()``: every case of this kind waiting for its callback now, oldest due
    first (a short list: only open cases). ``apply(case_id, verdict, words, at, by)``:
    what the customer's verdict does to the case (close it, or reopen it to its owner
    with the customer's words); it raises a DomainError to refuse, and runs inside the
    transaction that records the callback, so a refusal writes nothing.
    """

    kind: str
    label: Translatable
    waiting: Callable[[], list[Waiting]]
    apply: Callable[[int, str, str, dt.datetime, User], None]


_SOURCES: dict[str, Source] = {}


class _KindWords(dict):
    """kind -> its source's label (English, marked in the "Callbacks" context)."""

    context = "Callbacks"


KIND_WORDS: dict[str, str] = _KindWords()


def register_source(source: Source) -> None:
    """Add (or replace, on a module reload) the source of one kind of case."""
    _SOURCES[source.kind] = source
    KIND_WORDS[source.kind] = str(source.label)


def sources() -> list[Source]:
    """Every registered source, in the order they were registered."""
    return list(_SOURCES.values())


def source(kind: str) -> Source:
    """The source of one kind (KeyError for a kind nobody registered)."""
    return _SOURCES[kind]


# --- the table of callbacks made --------------------------------------------------

PHONE, ON_SITE = "phone", "on_site"
MODES = Vocabulary("Callbacks", [
    Term(PHONE, QT_TRANSLATE_NOOP("Callbacks", "By phone"), "电话"),
    Term(ON_SITE, QT_TRANSLATE_NOOP("Callbacks", "On site"), "上门"),
])

RECORD = "callbacks.record"
REVIEW = "callbacks.review"
people.grant(RECORD, QT_TRANSLATE_NOOP("Permission", "call customers back"),
             people.CLERK, people.DUTY)
people.grant(REVIEW, QT_TRANSLATE_NOOP("Permission", "review callbacks (部长审核)"),
             people.MANAGER)


PROMISED_STATE, FOLLOW_UP_STATE = "promised", "follow_up"
TO_REVIEW_STATE, REVIEWED_STATE = "to_review", "reviewed"
STATUS = Vocabulary("Callbacks", [
    Term(PROMISED_STATE, QT_TRANSLATE_NOOP("Callbacks", "Answer promised"), "预约答复"),
    Term(FOLLOW_UP_STATE, QT_TRANSLATE_NOOP("Callbacks", "Follow-up needed"), "待跟进"),
    Term(TO_REVIEW_STATE, QT_TRANSLATE_NOOP("Callbacks", "To review"), "待审核"),
    Term(REVIEWED_STATE, QT_TRANSLATE_NOOP("Callbacks", "Reviewed"), "已审核"),
])


class Callback(BaseModel):
    """回访记录: one call (or visit) back to a case's customer, and what came of it.

    ``verdict`` empty: the customer could not answer now; ``promised_at`` is when the
    office promised to call again, and the case is due in the queue then. The case's
    number, customer, room and phone are copied when it is made, so the register is
    searched without joining every area's tables.
    """

    kind = CharField(max_length=20)  # the source's kind: complaint, repair, …
    case_id = IntegerField()
    number = CharField(max_length=40, index=True)  # the case's number
    customer = CharField(default="", max_length=50, index=True)
    room = CharField(default="", max_length=100)
    phone = CharField(default="", max_length=40, index=True)
    made_at = DateTimeField(index=True)  # 回访时间
    mode = CharField(default=PHONE, max_length=10)  # 电话 / 上门
    person = CharField(default="", max_length=50)  # 受访人: who was spoken to
    by_name = CharField(max_length=50)  # 回访人
    words = BoundedText(default="", max_length=1000)  # 客户意见: the customer's words
    verdict = CharField(default="", max_length=20)  # VERDICTS, or "" (cannot answer now)
    follow_up_needed = BooleanField(default=False)
    promised_at = DateTimeField(null=True)  # 预约答复时间
    follow_up_result = BoundedText(default="", max_length=500)
    follow_up_by = CharField(default="", max_length=50)
    follow_up_at = DateTimeField(null=True)
    reviewed_by = CharField(default="", max_length=50)  # 部长审核
    reviewed_at = DateTimeField(null=True)
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "callback"
        indexes = (
            (("kind", "case_id", "made_at"), False),
            (("reviewed_at", "made_at"), False),
            (("verdict", "made_at"), False),
        )

    @property
    def promised(self) -> bool:
        """Cannot answer now, and not yet followed up: the case waits for ``promised_at``."""
        return self.verdict == "" and self.follow_up_at is None

    @property
    def status(self) -> str:
        """Where the callback stands (STATUS): what the register's steps are allowed on."""
        if self.promised:
            return PROMISED_STATE
        if self.follow_up_needed and self.follow_up_at is None:
            return FOLLOW_UP_STATE
        return REVIEWED_STATE if self.reviewed_at is not None else TO_REVIEW_STATE

    @property
    def verdict_label(self) -> Translatable:
        return VERDICTS.label(self.verdict) if self.verdict else Translatable(
            QT_TRANSLATE_NOOP("Callbacks", "Cannot answer now"), "Callbacks")


TABLES = (Callback,)

# The register's steps (the queue's own step, call back, needs no callback selected).
CALL_BACK, FOLLOW_UP, REVIEW_STEP = "call_back", "follow_up", "review"
# Not steps.declare()d: that is per area, and this is the core's (the reception tab shows it).
CALLBACK_STEPS = Steps([
    Step(CALL_BACK, RECORD, on_record=False),  # 回访
    Step(FOLLOW_UP, RECORD, states=(PROMISED_STATE, FOLLOW_UP_STATE), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "The callback on {number} is {status}; only a promised answer or a "
        "follow-up asked for is followed up.")),  # 跟进 / 预约答复
    Step(REVIEW_STEP, REVIEW, states=(FOLLOW_UP_STATE, TO_REVIEW_STATE),
         refusal=QT_TRANSLATE_NOOP(
             "DomainError", "The callback on {number} is {status}; the manager reviews a "
             "callback once the customer has answered."),
         rules=(Rule(lambda c: c.reviewed_at is None, QT_TRANSLATE_NOOP(
             "DomainError", "The callback on {number} was reviewed already.")),)),  # 部长审核
], status_label=STATUS.label)

FIELDS = ("made_at", "mode", "person", "by_name", "words", "verdict", "follow_up_needed",
          "promised_at")

_REQUIRED = {
    "by_name": QT_TRANSLATE_NOOP("DomainError", "Who called back?"),
    "words": QT_TRANSLATE_NOOP("DomainError", "A customer not satisfied: write down what they "
                               "said, for the case's owner."),
    "promised_at": QT_TRANSLATE_NOOP("DomainError", "The customer cannot answer now: when is "
                                     "the office to call again?"),
    "follow_up_result": QT_TRANSLATE_NOOP("DomainError", "What came of the follow-up?"),
}
FUTURE_TOLERANCE = dt.timedelta(minutes=5)


def _text(value: object, key: str, required: bool = False) -> str:
    return clean_text(value, Callback._meta.fields[key], name=key,
                      required=_REQUIRED[key] if required else None)


def _moment(value: object, key: str, after: dt.datetime | None = None) -> dt.datetime:
    now = clock.now()
    when = now if value in (None, "") else clean_datetime(value, key)
    if when > now + FUTURE_TOLERANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the "
                                                "future."), field=key,
                              time=f"{when:%Y-%m-%d %H:%M}")
    if after is not None and when < after:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The time {time} is before the step before it ({before})."),
            field=key, time=f"{when:%Y-%m-%d %H:%M}", before=f"{after:%Y-%m-%d %H:%M}")
    return when


def _verdict(value: object, key: str = "verdict") -> str:
    code = "" if value is None else value
    if code != "" and code not in VERDICTS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{value} is not one of the "
                                                "choices."), field=key, value=shown(code))
    return str(code)


def _source(kind: str) -> Source:
    if kind not in _SOURCES:
        raise ValueError(f"no callback source of kind {kind!r}")
    return _SOURCES[kind]


def _waiting_case(source_: Source, case_id: int) -> Waiting:
    for case in source_.waiting():
        if case.case_id == case_id:
            return case
    raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "That case is not waiting for a "
                                            "callback (it was called back or has changed)."),
                          field="case")


def clean_values(values: dict, by: User) -> dict:
    """The form's values, checked (ValidationError naming the field)."""
    extra = set(values) - set(FIELDS)
    if extra:
        raise ValueError(f"unknown callback fields {sorted(extra)}")
    out = {"verdict": _verdict(values.get("verdict"))}
    out["mode"] = values.get("mode") or PHONE
    if out["mode"] not in MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{value} is not one of the "
                                                "choices."), field="mode",
                              value=shown(out["mode"]))
    out["made_at"] = _moment(values.get("made_at"), "made_at")
    out["by_name"] = _text(values.get("by_name"), "by_name") or by.full_name[:50]
    out["person"] = _text(values.get("person"), "person")
    out["words"] = _text(values.get("words"), "words", required=out["verdict"] == UNSATISFIED)
    out["follow_up_needed"] = bool(values.get("follow_up_needed"))
    promised = values.get("promised_at")
    if out["verdict"]:
        out["promised_at"] = None
    else:
        if promised in (None, ""):
            raise ValidationError(_REQUIRED["promised_at"], field="promised_at")
        when = clean_datetime(promised, "promised_at")
        if when <= clock.now():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The promised time {time} has passed: promise a later time."),
                field="promised_at", time=f"{when:%Y-%m-%d %H:%M}")
        out["promised_at"], out["follow_up_needed"] = when, True
    return out


def _audit(by: User, action: str, callback: Callback, changes: dict) -> None:
    audit.record(by, action, "callback", callback.id, callback.number, changes)


def record_callback(kind: str, case_id: int, values: dict, by: User) -> Callback:
    """回访: one callback on a case waiting in the queue.

    With a verdict, the source's ``apply`` closes the case or sends it back to its owner
    (不满意, with the customer's words) in the same transaction; without one ("cannot
    answer now") the promised time is required, in the future, and the case is due in the
    queue again then.
    """
    CALLBACK_STEPS.require_permission(by, CALL_BACK)
    source_ = _source(kind)
    clean = clean_values(dict(values), by)
    with database.atomic("IMMEDIATE"):
        case = _waiting_case(source_, case_id)
        callback = Callback.create(kind=kind, case_id=case_id, number=case.number[:40],
                                   customer=case.customer[:50], room=case.room[:100],
                                   phone=case.phone[:40], entered_at=clock.now(),
                                   created_by=by, **clean)
        _audit(by, "callback.record", callback, {"kind": kind, **clean})
        if clean["verdict"]:  # a refusal here rolls the callback back with it
            _answer_promises(callback)
            source_.apply(case_id, clean["verdict"], clean["words"], clean["made_at"], by)
        return callback


def _answer_promises(callback: Callback) -> None:
    """A callback with the verdict answers the case's promises still open: each is followed
    up by it (its own verdict stays empty, so no verdict counts twice)."""
    (Callback.update(follow_up_at=callback.made_at, follow_up_by=callback.by_name,
                     follow_up_result=callback.words)
     .where((Callback.kind == callback.kind) & (Callback.case_id == callback.case_id)
            & (Callback.verdict == "") & Callback.follow_up_at.is_null()
            & (Callback.id != callback.id))
     .execute())


def get_callback(callback_id: int) -> Callback:
    gone = QT_TRANSLATE_NOOP("DomainError", "That callback no longer exists.")
    record = Callback.get_or_none(Callback.id == clean_id(callback_id, gone))
    if record is None:
        raise NotFound(gone)
    return record


def record_follow_up(callback_id: int, result: str, by: User, verdict: str = "",
                     at: dt.datetime | None = None) -> Callback:
    """The follow-up: the promised answer given (the customer's verdict then required, and
    applied to the case as at a callback), or the follow-up a callback asked for."""
    CALLBACK_STEPS.require_permission(by, FOLLOW_UP)
    text = _text(result, "follow_up_result", required=True)
    code = _verdict(verdict)
    with database.atomic("IMMEDIATE"):
        callback = get_callback(callback_id)
        CALLBACK_STEPS.require_state(FOLLOW_UP, callback)
        when = _moment(at, "follow_up_at", callback.made_at)
        changes: dict = {"follow_up_result": text, "follow_up_at": when}
        if callback.verdict == "":
            if not code:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "The customer's verdict is required at the follow-up."),
                    field="verdict")
            if code == UNSATISFIED and not text:
                raise ValidationError(_REQUIRED["words"], field="follow_up_result")
            source_ = _source(callback.kind)
            _waiting_case(source_, callback.case_id)
            source_.apply(callback.case_id, code, text, when, by)
            callback.verdict = changes["verdict"] = code
        callback.follow_up_result, callback.follow_up_at = text, when
        callback.follow_up_by = by.full_name[:50]
        callback.save()
        _audit(by, "callback.follow_up", callback, changes)
        return callback


def review(callback_id: int, by: User) -> Callback:
    """部长审核: the manager has read the callback (once; a promise is reviewed once answered)."""
    CALLBACK_STEPS.require_permission(by, REVIEW_STEP)
    with database.atomic("IMMEDIATE"):
        callback = get_callback(callback_id)
        CALLBACK_STEPS.require_state(REVIEW_STEP, callback)
        callback.reviewed_at, callback.reviewed_by = clock.now(), by.full_name[:50]
        callback.save()
        _audit(by, "callback.review", callback, {"reviewed_by": callback.reviewed_by})
        return callback


def callbacks_of(kind: str, case_id: int) -> list[Callback]:
    """A case's callbacks, oldest first."""
    return list(Callback.select().where((Callback.kind == kind) & (Callback.case_id == case_id))
                .order_by(Callback.made_at, Callback.id))


audit.ACTION_LABELS.update({
    "callback.record": QT_TRANSLATE_NOOP("Lists", "Callback recorded"),
    "callback.follow_up": QT_TRANSLATE_NOOP("Lists", "Callback followed up"),
    "callback.review": QT_TRANSLATE_NOOP("Lists", "Callback reviewed"),
})
_F = audit.Field
audit.declare(audit.TableWords("callback", QT_TRANSLATE_NOOP("Audit", "Callback"), fields={
    "kind": _F(QT_TRANSLATE_NOOP("Audit", "Kind of case"), words=KIND_WORDS),
    "made_at": QT_TRANSLATE_NOOP("Audit", "Called back at"),
    "mode": _F(QT_TRANSLATE_NOOP("Audit", "How"), words=MODES),
    "person": QT_TRANSLATE_NOOP("Audit", "Person spoken to"),
    "by_name": QT_TRANSLATE_NOOP("Audit", "Called back by"),
    "words": QT_TRANSLATE_NOOP("Audit", "Customer's words"),
    "verdict": _F(QT_TRANSLATE_NOOP("Audit", "Verdict"), words=VERDICTS),
    "follow_up_needed": QT_TRANSLATE_NOOP("Audit", "Follow-up needed"),
    "promised_at": QT_TRANSLATE_NOOP("Audit", "Answer promised by"),
    "follow_up_result": QT_TRANSLATE_NOOP("Audit", "Follow-up result"),
    "follow_up_at": QT_TRANSLATE_NOOP("Audit", "Followed up at"),
    "reviewed_by": QT_TRANSLATE_NOOP("Audit", "Reviewed by"),
}))


__all__ = [
    "BASICALLY_SATISFIED", "CALLBACK_STEPS", "CALL_BACK", "CLOSING", "FOLLOW_UP",
    "KIND_WORDS", "MODES", "ON_SITE", "PHONE", "REVIEW_STEP", "SATISFIED", "STATUS",
    "UNSATISFIED", "VERDICTS", "Callback", "Source", "Waiting", "callbacks_of",
    "get_callback", "record_callback", "record_follow_up", "register_source", "review",
    "source", "sources",
]
