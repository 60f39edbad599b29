"""标识申请表 (sign requests): draft → submitted → approved/rejected → in production → installed; cancel.

A department asks customer service in writing for a sign; no department makes
one itself. The clerk types the request for the department and submits it; the
manager approves it (经物业服务中心批准) or rejects it with the reason; customer
service has it made and puts it up: installing records the day and who put it
up, and creates the registry row (``base.new_sign``) — or, for a request that
names a sign to replace (``request_replacement``), also retires that sign
(已撤除). A request can be cancelled with the reason at any step before it is
installed: by the clerk while it waits for approval, by the manager after.
A request past its needed-by day and not installed is late (the list's "late"
column, in SQL). The package's ``__init__`` gathers ``__all__`` and the
descriptor's parts below.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from typing import Any

from peewee import (
    JOIN,
    SQL,
    Case,
    CharField,
    ColumnBase,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    fn,
)

from .. import audit, clock, documents, numbering
from ..db import BaseModel, database
from ..documents import CANCEL, CANCELLED, DRAFT, EDIT, NEW, OPEN, PRINT, SUBMIT, SUBMITTED
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..people import Department, User
from ..steps import Step, declare
from ..values import BoundedText, clean_date, clean_id, clean_text, lookup_text, shown
from ..vocabulary import Term, Vocabulary
from . import base
from .base import REMOVED, Sign, SignKind
from .registry import (
    APPROVE_SIGNS,
    REGISTER_SIGNS,
    REPLACE,
    SIGN_STEPS,
    clean_department,
    clean_kind,
    clean_place,
    clean_quantity,
    get_sign,
)
from .requests_demo import demo_requests

__all__ = [
    "APPROVE", "APPROVED", "CANCELLED", "DRAFT", "SUBMITTED", "INSTALL", "INSTALLED", "IN_PRODUCTION", "OPEN_REQUEST_STATES",
    "PRODUCE", "REJECT", "REJECTED", "REQUEST_FIELDS", "REQUEST_LIST", "REQUEST_PREFIX",
    "REQUEST_STATUS_LABELS", "REQUEST_STEPS", "SignRequest", "approve_request",
    "cancel_request", "get_request", "install_request", "late_text", "reject_request", "request_by_number",
    "request_replacement", "save_request", "start_production", "submit_request",
]

REQUEST_PREFIX = "BSQ"  # 标识申请 BSQ20261201-0001
APPROVED, REJECTED = "approved", "rejected"
IN_PRODUCTION, INSTALLED = "in_production", "installed"
APPROVE, REJECT, PRODUCE, INSTALL = "authorize", "reject", "produce", "install"
# not yet installed, nor ended: what can still be late
OPEN_REQUEST_STATES = (DRAFT, SUBMITTED, APPROVED, IN_PRODUCTION)

REQUEST_STATUS_LABELS = Vocabulary("Signage", [
    Term(DRAFT, QT_TRANSLATE_NOOP("Signage", "Draft"), "草稿"),
    Term(SUBMITTED, QT_TRANSLATE_NOOP("Signage", "Submitted"), "待审批"),
    Term(APPROVED, QT_TRANSLATE_NOOP("Signage", "Approved"), "已批准"),
    Term(REJECTED, QT_TRANSLATE_NOOP("Signage", "Rejected"), "未批准"),
    Term(IN_PRODUCTION, QT_TRANSLATE_NOOP("Signage", "In production"), "制作中"),
    Term(INSTALLED, QT_TRANSLATE_NOOP("Signage", "Installed"), "已安装"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Signage", "Cancelled"), "已作废"),
])


class SignRequest(BaseModel):
    """标识申请表: one sign (kind, text, quantity, size) wanted at one place."""

    number = CharField(unique=True, max_length=20)
    date = DateField(index=True)
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT", index=True)
    applicant = CharField(max_length=30)
    kind = ForeignKeyField(SignKind, backref="+", on_delete="RESTRICT")
    text = CharField(max_length=200)
    quantity = IntegerField(default=1)
    size = CharField(default="", max_length=40)
    building = CharField(default="", max_length=40)
    floor = CharField(default="", max_length=20)
    room = CharField(default="", max_length=40)
    reason = BoundedText(default="", max_length=500)
    needed_by = DateField(null=True, index=True)
    replaces = ForeignKeyField(Sign, null=True, backref="+", on_delete="RESTRICT")
    status = documents.status_column()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()
    submitted_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    submitted_at = DateTimeField(null=True)
    decided_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    decided_at = DateTimeField(null=True)  # approved or rejected
    reject_reason = BoundedText(default="", max_length=500)
    produced_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    produced_at = DateTimeField(null=True)
    installed_on = DateField(null=True)
    installed_by = CharField(default="", max_length=30)  # who put it up (a name)
    installed_recorded_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    sign = ForeignKeyField(Sign, null=True, backref="+", on_delete="RESTRICT")  # the new row
    cancelled_by, cancelled_at, cancel_reason = documents.cancel_columns()

    class Meta:
        table_name = "sign_request"


numbering.register(REQUEST_PREFIX, SignRequest, SignRequest.number)


# --- the steps ----------------------------------------------------------------------


def _cancel_permission(request: SignRequest):
    """The clerk ends a request still waiting for approval; after approval, the manager."""
    return (REGISTER_SIGNS, APPROVE_SIGNS) if request.status in (DRAFT, SUBMITTED) \
        else APPROVE_SIGNS


_lifecycle = {step.name: step for step in documents.lifecycle_steps(
    write=REGISTER_SIGNS, submit=REGISTER_SIGNS, cancel=APPROVE_SIGNS,
    submit_refusal=QT_TRANSLATE_NOOP("DomainError", "{number} is {status}; only a draft can be "
                                     "submitted."))}

REQUEST_STEPS = declare(SignRequest, [
    _lifecycle[NEW], _lifecycle[OPEN], _lifecycle[EDIT], _lifecycle[SUBMIT],
    Step(APPROVE, APPROVE_SIGNS, states=(SUBMITTED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a submitted request can be approved.")),
    Step(REJECT, APPROVE_SIGNS, states=(SUBMITTED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a submitted request can be rejected.")),
    Step(PRODUCE, REGISTER_SIGNS, states=(APPROVED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only an approved request goes into production.")),
    Step(INSTALL, REGISTER_SIGNS, states=(IN_PRODUCTION,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a sign in production can be installed.")),
    Step(CANCEL, _cancel_permission, states=OPEN_REQUEST_STATES, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a request not yet installed can be "
        "cancelled.")),
    _lifecycle[PRINT],
], status_label=REQUEST_STATUS_LABELS.label)

audit.ACTION_LABELS.update({
    "sign_request.create": QT_TRANSLATE_NOOP("Lists", "Sign request typed"),
    "sign_request.update": QT_TRANSLATE_NOOP("Lists", "Sign request changed"),
    "sign_request.submit": QT_TRANSLATE_NOOP("Lists", "Sign request submitted"),
    "sign_request.approve": QT_TRANSLATE_NOOP("Lists", "Sign request approved"),
    "sign_request.reject": QT_TRANSLATE_NOOP("Lists", "Sign request rejected"),
    "sign_request.produce": QT_TRANSLATE_NOOP("Lists", "Sign in production"),
    "sign_request.install": QT_TRANSLATE_NOOP("Lists", "Sign installed"),
    "sign_request.cancel": QT_TRANSLATE_NOOP("Lists", "Sign request cancelled"),
})

REQUEST_FIELDS = ("date", "department", "applicant", "kind", "text", "quantity", "size",
                  "building", "floor", "room", "reason", "needed_by")
_GONE = QT_TRANSLATE_NOOP("DomainError", "That sign request no longer exists.")


# --- reading ------------------------------------------------------------------------


def get_request(request_id: int) -> SignRequest:
    request = SignRequest.get_or_none(SignRequest.id == clean_id(request_id, _GONE))
    if request is None:
        raise NotFound(_GONE)
    return request


def request_by_number(number: str) -> SignRequest:
    text = lookup_text(number, SignRequest.number)
    request = SignRequest.get_or_none(SignRequest.number == text) if text else None
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no sign request {number}."),
                       number=shown(number))
    return request


# --- typing it ----------------------------------------------------------------------


def _clean(values: Mapping[str, Any], current: SignRequest | None) -> dict[str, Any]:
    unknown = set(values) - set(REQUEST_FIELDS)
    if unknown:
        raise ValueError(f"unknown sign request fields {sorted(unknown)}")
    day = values.get("date") or clock.today()
    day = clean_date(day, "date")
    if day > clock.today():
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The date {date} is in the future."),
                              field="date", date=day.isoformat())
    needed_by = values.get("needed_by")
    if needed_by in (None, ""):
        needed_by = None
    else:
        needed_by = clean_date(needed_by, "needed_by")
        if needed_by < day:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The sign cannot be needed by {needed}, before the request's "
                "date {date}."), field="needed_by", needed=needed_by.isoformat(),
                date=day.isoformat())
    return {
        "date": day,
        "department": clean_department(values.get("department"),
                                       current.department_id if current else None).id,
        "applicant": clean_text(values.get("applicant"), SignRequest.applicant,
                                required=QT_TRANSLATE_NOOP("DomainError", "Name the applicant.")),
        "kind": clean_kind(values.get("kind"), current.kind_id if current else None).id,
        "text": clean_text(values.get("text"), SignRequest.text, required=QT_TRANSLATE_NOOP(
            "DomainError", "Say what the sign reads.")),
        "quantity": clean_quantity(values.get("quantity")),
        "size": clean_text(values.get("size"), SignRequest.size),
        **clean_place(values),
        "reason": clean_text(values.get("reason"), SignRequest.reason,
                             required=QT_TRANSLATE_NOOP("DomainError",
                                                        "Say why the sign is needed.")),
        "needed_by": needed_by,
    }


def save_request(values: Mapping[str, Any], by: User,
                 request_id: int | None = None) -> SignRequest:
    """A new draft request typed for a department, or its draft changed."""
    REQUEST_STEPS.require(by, NEW if request_id is None else EDIT)
    with database.atomic("IMMEDIATE"):
        current = get_request(request_id) if request_id is not None else None
        if current is not None:
            REQUEST_STEPS.require_state(EDIT, current)
        clean = _clean(values, current)
        if current is None:
            request = SignRequest.create(number=numbering.next_number(REQUEST_PREFIX),
                                         created_by=by, created_at=clock.now(), **clean)
            audit.record(by, "sign_request.create", "sign_request", request.id, request.number,
                         clean)
            return request
        before = {f: getattr(current, f"{f}_id" if f in ("department", "kind") else f)
                  for f in REQUEST_FIELDS}
        changes = audit.diff(before, clean)
        if not changes:
            return current
        for key, value in clean.items():
            setattr(current, f"{key}_id" if key in ("department", "kind") else key, value)
        current.save()
        audit.record(by, "sign_request.update", "sign_request", current.id, current.number,
                     changes)
        return current


def request_replacement(sign_id: int, *, by: User, reason: str = "",
                        needed_by: dt.date | None = None) -> SignRequest:
    """A draft request for a new sign in place of ``sign_id`` (its kind, text, place, size):
    installing it retires the old sign (已撤除). One open replacement per sign."""
    SIGN_STEPS.require(by, REPLACE)
    REQUEST_STEPS.require(by, NEW)
    with database.atomic("IMMEDIATE"):
        sign = get_sign(sign_id)
        SIGN_STEPS.require_state(REPLACE, sign)
        open_one = (SignRequest.select().where(SignRequest.replaces == sign.id,
                                               SignRequest.status.in_(OPEN_REQUEST_STATES))
                    .first())
        if open_one is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Sign {sign} already has replacement request {number} open."),
                sign=sign.number, number=open_one.number)
        values = {
            "department": sign.department_id, "applicant": by.full_name, "kind": sign.kind_id,
            "text": sign.text, "quantity": sign.quantity, "size": sign.size,
            "building": sign.building, "floor": sign.floor, "room": sign.room,
            "reason": (reason or "").strip() or f"更换标识 {sign.number}",
            "needed_by": needed_by,
        }
        clean = _clean(values, None)
        request = SignRequest.create(number=numbering.next_number(REQUEST_PREFIX),
                                     created_by=by, created_at=clock.now(), replaces=sign.id,
                                     **clean)
        audit.record(by, "sign_request.create", "sign_request", request.id, request.number,
                     {**clean, "replaces": sign.number})
        return request


# --- the steps after it ---------------------------------------------------------------


def _step(request_id: int, step: str, by: User) -> SignRequest:
    REQUEST_STEPS.require(by, step)
    request = get_request(request_id)
    REQUEST_STEPS.require(by, step, request)
    return request


def _moved(request: SignRequest, by: User, action: str, old: str, extra=None) -> SignRequest:
    request.save()
    audit.record(by, f"sign_request.{action}", "sign_request", request.id, request.number,
                 {"status": [old, request.status], **(extra or {})})
    return request


def submit_request(request_id: int, by: User) -> SignRequest:
    """The clerk hands the department's request in for approval (locked from now on)."""
    with database.atomic("IMMEDIATE"):
        request = _step(request_id, SUBMIT, by)
        request.status, request.submitted_by, request.submitted_at = SUBMITTED, by, clock.now()
        return _moved(request, by, "submit", DRAFT)


def approve_request(request_id: int, by: User) -> SignRequest:
    """经物业服务中心批准: the manager lets customer service make it."""
    with database.atomic("IMMEDIATE"):
        request = _step(request_id, APPROVE, by)
        request.status, request.decided_by, request.decided_at = APPROVED, by, clock.now()
        return _moved(request, by, "approve", SUBMITTED)


def reject_request(request_id: int, reason: str, by: User) -> SignRequest:
    """The manager refuses it, saying why (the department is told the reason)."""
    with database.atomic("IMMEDIATE"):
        request = _step(request_id, REJECT, by)
        reason = clean_text(reason, SignRequest.reject_reason, name="reason",
                            required=QT_TRANSLATE_NOOP("DomainError",
                                                       "Say why the request is rejected."))
        request.status, request.decided_by, request.decided_at = REJECTED, by, clock.now()
        request.reject_reason = reason
        return _moved(request, by, "reject", SUBMITTED, {"reason": reason})


def start_production(request_id: int, by: User) -> SignRequest:
    """Customer service has the approved sign made."""
    with database.atomic("IMMEDIATE"):
        request = _step(request_id, PRODUCE, by)
        request.status, request.produced_by, request.produced_at = IN_PRODUCTION, by, clock.now()
        return _moved(request, by, "produce", APPROVED)


def install_request(request_id: int, *, installed_on: dt.date | None = None,
                    installed_by: str = "", material: str = "", by: User) -> SignRequest:
    """The sign is up: its registry row is created (set up on ``installed_on``), and the sign
    the request replaces, if any, is retired (已撤除 on the same day)."""
    with database.atomic("IMMEDIATE"):
        request = _step(request_id, INSTALL, by)
        day = clean_date(installed_on or clock.today(), "installed_on")
        if day > clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The date {date} is in the future."), field="installed_on",
                date=day.isoformat())
        if day < request.date:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The sign cannot be installed on {date}, before the request's "
                "date {requested}."), field="installed_on", date=day.isoformat(),
                requested=request.date.isoformat())
        who = clean_text(installed_by, SignRequest.installed_by, name="installed_by",
                         required=QT_TRANSLATE_NOOP("DomainError", "Name who put the sign up."))
        material = clean_text(material, Sign.material)
        old = None
        if request.replaces_id is not None:
            old = Sign.get_by_id(request.replaces_id)
            if old.state == REMOVED:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Sign {sign}, which this request replaces, has already been "
                    "removed."), sign=old.number)
        sign = base.new_sign(
            kind=request.kind, text=request.text, department=request.department,
            quantity=request.quantity, building=request.building, floor=request.floor,
            room=request.room, size=request.size, material=material or
            (old.material if old is not None else ""), set_up_on=day, source=request.number)
        extra: dict[str, Any] = {"sign": sign.number, "installed_on": day, "installed_by": who}
        if old is not None:
            was = old.state
            old.state, old.removed_on = REMOVED, day
            old.save()
            audit.record(by, "sign.update", "sign", old.id, old.number,
                         {"state": [was, REMOVED], "removed_on": day,
                          "replaced_by": sign.number})
            extra["replaced"] = old.number
        request.status, request.installed_on, request.installed_by = INSTALLED, day, who
        request.installed_recorded_by, request.sign = by, sign.id
        return _moved(request, by, "install", IN_PRODUCTION, extra)


def cancel_request(request_id: int, reason: str, by: User) -> SignRequest:
    """作废 before it is installed, with the reason (models.documents.cancel)."""
    with database.atomic("IMMEDIATE"):
        request = get_request(request_id)
        return documents.cancel(request, reason, by, steps=REQUEST_STEPS, entity="sign_request",
                                now=clock.now)


# --- the list -----------------------------------------------------------------------


class _Today(ColumnBase):
    """The clock's day as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.today():%Y-%m-%d}", converter=False)


def late_days():
    """SQL: days past the needed-by day of a request not yet installed (NULL: not late)."""
    return Case(None, [(
        SignRequest.status.in_(OPEN_REQUEST_STATES) & (SignRequest.needed_by < _Today()),
        (fn.julianday(_Today()) - fn.julianday(SignRequest.needed_by)).cast("INTEGER"))], None)


def late_text(days: Any, translate=None) -> str:
    if days is None or days == "":
        return ""
    text = QT_TRANSLATE_NOOP("Signage", "{days} d late")
    return (translate("Signage", text) if translate else text).format(days=int(days))


def _late(query, value):
    if not value:
        return query
    return query.where(SignRequest.status.in_(OPEN_REQUEST_STATES),
                       SignRequest.needed_by < _Today())


R = SignRequest
OLD = Sign.alias("old")

REQUEST_LIST = ListSpec(
    name="sign_requests",
    title=QT_TRANSLATE_NOOP("Lists", "Sign requests"),
    model=SignRequest,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), R.number, 130),
        Column("date", QT_TRANSLATE_NOOP("Lists", "Date"), R.date, 85, "date"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), R.status, 85, "status",
               REQUEST_STATUS_LABELS),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Overdue"), late_days(), 70, "number",
               sortable=False, display=late_text),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), Department.name, 90),
        Column("applicant", QT_TRANSLATE_NOOP("Lists", "Applicant"), R.applicant, 70),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), SignKind.name, 90),
        Column("text", QT_TRANSLATE_NOOP("Lists", "Sign text"), R.text, 170),
        Column("quantity", QT_TRANSLATE_NOOP("Lists", "Qty"), R.quantity, 40, "number"),
        Column("place", QT_TRANSLATE_NOOP("Lists", "Place"),
               fn.TRIM(R.building.concat(SQL("' '")).concat(R.floor).concat(SQL("' '"))
                       .concat(R.room)), 130, sortable=False),
        Column("needed_by", QT_TRANSLATE_NOOP("Lists", "Needed by"), R.needed_by, 85, "date"),
        Column("replaces", QT_TRANSLATE_NOOP("Lists", "Replaces"), OLD.number, 80),
        Column("installed_on", QT_TRANSLATE_NOOP("Lists", "Installed"), R.installed_on, 85,
               "date"),
        Column("size", QT_TRANSLATE_NOOP("Lists", "Size"), R.size, 80, visible=False),
        Column("reason", QT_TRANSLATE_NOOP("Lists", "Reason"), R.reason, 160, sortable=False,
               visible=False),
    ],
    search=[R.number, R.text, R.room, R.applicant, R.reason],
    date_field=R.date,
    status_field=R.status,
    statuses=REQUEST_STATUS_LABELS,
    default_sort=("date", True),
    base_query=lambda: (SignRequest.select()
                        .join(Department, on=(SignRequest.department == Department.id))
                        .switch(SignRequest).join(SignKind, on=(SignRequest.kind == SignKind.id))
                        .switch(SignRequest).join(OLD, JOIN.LEFT_OUTER,
                                                  on=(SignRequest.replaces == OLD.id))),
    extra_filters={
        "department": lambda q, v: q.where(SignRequest.department == v),
        "kind": lambda q, v: q.where(SignRequest.kind == v),
        "late": _late,
    },
    cache_sql=False,  # "late" reads the clock
)


# --- the descriptor's parts ---------------------------------------------------------

TABLES: tuple = (SignRequest,)
SEEDERS: tuple = ()
STEPS: tuple = (REQUEST_STEPS,)


def add_sign_requests(ctx) -> None:
    """Two years of requests (models.signage.requests_demo), through the operations above."""
    demo_requests(ctx, sys.modules[__name__])


DEMO_STEPS: tuple = (add_sign_requests,)


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    for request in SignRequest.select().where(
            (SignRequest.status == INSTALLED) & SignRequest.sign.is_null()):
        problems.append(f"{request.number}: installed but no sign in the registry")
    for request in SignRequest.select().where(
            (SignRequest.status == INSTALLED) & SignRequest.replaces.is_null(False)):
        if Sign.get_by_id(request.replaces_id).state != REMOVED:
            problems.append(f"{request.number}: installed, yet the sign it replaces is not removed")
    return problems
