"""Repair orders (报修单 / 工程服务单): the vocabulary, the tables, the categories, the deadlines.

The lifecycle operations live in ``repairs.flow``, the lists and the monthly
report in ``repairs.queries``; ``models.repairs`` gathers the public API.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
)

from .. import people, settings, values
from ..db import BaseModel
from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

PREFIX = "BX"  # 工程服务单号 BXyyyymmdd-nnnn

# --- permissions ------------------------------------------------------------------
# The clerk's (and thereby the manager's); engineering's are people.ENGINEERING_WORK.
# The duty officer (当值) also registers and dispatches: the office's rules give him
# "接受客户报修，填写工程服务单安排工程人员跟进处理" (§二 3.7), e.g. a call after hours.
# Categories and deadlines are office settings: people.MANAGE_SETTINGS (administrator).

REGISTER = "repairs.register"
DISPATCH = "repairs.dispatch"
CHECK = "repairs.check"
CALL_BACK = "repairs.call_back"
CANCEL = "repairs.cancel"
WORK = people.ENGINEERING_WORK

people.grant(REGISTER, QT_TRANSLATE_NOOP("Permission", "register and edit repair orders"),
             people.CLERK, people.DUTY)
people.grant(DISPATCH, QT_TRANSLATE_NOOP("Permission", "dispatch repair orders"), people.CLERK,
             people.DUTY)
people.grant(CHECK, QT_TRANSLATE_NOOP("Permission", "check completed repair work"),
             people.CLERK)
people.grant(CALL_BACK, QT_TRANSLATE_NOOP("Permission", "call customers back about repairs"),
             people.CLERK)
people.grant(CANCEL, QT_TRANSLATE_NOOP("Permission", "cancel repair orders"), people.CLERK)
people.grant(WORK, people.PERMISSIONS[WORK], people.ENGINEERING, people.MANAGER)

# --- vocabulary -------------------------------------------------------------------

REGISTERED = "registered"  # 待派工
DISPATCHED = "dispatched"  # 已派工
IN_PROGRESS = "in_progress"  # 处理中
COMPLETED = "completed"  # 已完工
CHECKED = "checked"  # 已验收
CALLED_BACK = "called_back"  # 已回访
CANCELLED = "cancelled"  # 已取消

# One table per vocabulary (models.vocabulary): the screen, the lists, the spreadsheets and
# the paper all read these; the Chinese is the zh_CN catalogue's and the paper's.
STATUS_LABELS = Vocabulary("Repairs", [
    Term(REGISTERED, QT_TRANSLATE_NOOP("Repairs", "Registered"), "待派工"),
    Term(DISPATCHED, QT_TRANSLATE_NOOP("Repairs", "Dispatched"), "已派工"),
    Term(IN_PROGRESS, QT_TRANSLATE_NOOP("Repairs", "In progress"), "处理中"),
    Term(COMPLETED, QT_TRANSLATE_NOOP("Repairs", "Completed"), "已完工"),
    Term(CHECKED, QT_TRANSLATE_NOOP("Repairs", "Checked"), "已验收"),
    Term(CALLED_BACK, QT_TRANSLATE_NOOP("Repairs", "Called back"), "已回访"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Repairs", "Cancelled"), "已取消"),
])
# Engineering still owes work on these: they can be overdue.
OPEN_STATUSES = (REGISTERED, DISPATCHED, IN_PROGRESS)
NOT_ACCEPTED = (REGISTERED, DISPATCHED)
# The work is not yet checked: a new report of the same room or phone is likely the same
# fault (repairs.open_orders warns the clerk before registering another).
UNCHECKED = (*OPEN_STATUSES, COMPLETED)
WORK_DONE = (COMPLETED, CHECKED, CALLED_BACK)

PHONE, VISIT, PATROL, COMPLAINT, OTHER = "phone", "visit", "patrol", "complaint", "other"
SOURCE_LABELS = Vocabulary("Repairs", [
    Term(PHONE, QT_TRANSLATE_NOOP("Repairs", "Phone"), "电话"),
    Term(VISIT, QT_TRANSLATE_NOOP("Repairs", "Visit"), "来访"),
    Term(PATROL, QT_TRANSLATE_NOOP("Repairs", "Patrol"), "巡查"),
    Term(COMPLAINT, QT_TRANSLATE_NOOP("Repairs", "Complaint"), "投诉"),
    Term(OTHER, QT_TRANSLATE_NOOP("Repairs", "Other"), "其他"),
])

NORMAL, URGENT = "normal", "urgent"
URGENCY_LABELS = Vocabulary("Repairs", [
    Term(NORMAL, QT_TRANSLATE_NOOP("Repairs", "Normal"), "一般"),
    Term(URGENT, QT_TRANSLATE_NOOP("Repairs", "Urgent"), "紧急"),
])

SATISFIED, BASICALLY_SATISFIED, UNSATISFIED = "satisfied", "basically_satisfied", "unsatisfied"
VERDICT_LABELS = Vocabulary("Repairs", [
    Term(SATISFIED, QT_TRANSLATE_NOOP("Repairs", "Satisfied"), "满意"),
    Term(BASICALLY_SATISFIED, QT_TRANSLATE_NOOP("Repairs", "Basically satisfied"), "基本满意"),
    Term(UNSATISFIED, QT_TRANSLATE_NOOP("Repairs", "Unsatisfied"), "不满意"),
])

# Timeline actions (RepairEvent.action). "Registered" shares the status's source, so the
# catalogue gives it the status's Chinese (待派工), as the timeline has always shown it.
EV_REGISTER, EV_UPDATE, EV_DISPATCH, EV_PAPER = "register", "update", "dispatch", "paper_returned"
EV_ACCEPT, EV_COMPLETE, EV_CHECK, EV_SEND_BACK = "accept", "complete", "check", "send_back"
EV_CALL_BACK, EV_CANCEL = "call_back", "cancel"
EVENT_LABELS = Vocabulary("Repairs", [
    Term(EV_REGISTER, QT_TRANSLATE_NOOP("Repairs", "Registered"), "待派工"),
    Term(EV_UPDATE, QT_TRANSLATE_NOOP("Repairs", "Edited"), "已修改"),
    Term(EV_DISPATCH, QT_TRANSLATE_NOOP("Repairs", "Dispatched"), "已派工"),
    Term(EV_PAPER, QT_TRANSLATE_NOOP("Repairs", "Paper copy returned"), "纸质单已交回"),
    Term(EV_ACCEPT, QT_TRANSLATE_NOOP("Repairs", "Accepted"), "已接单"),
    Term(EV_COMPLETE, QT_TRANSLATE_NOOP("Repairs", "Completed"), "已完工"),
    Term(EV_CHECK, QT_TRANSLATE_NOOP("Repairs", "Checked"), "已验收"),
    Term(EV_SEND_BACK, QT_TRANSLATE_NOOP("Repairs", "Sent back"), "已退回"),
    Term(EV_CALL_BACK, QT_TRANSLATE_NOOP("Repairs", "Called back"), "已回访"),
    Term(EV_CANCEL, QT_TRANSLATE_NOOP("Repairs", "Cancelled"), "已取消"),
])

# The registration fields, for the form and for an "update" event's note (their keys).
FIELD_LABELS: dict[str, str] = {
    "reported_at": QT_TRANSLATE_NOOP("Repairs", "Report time"),
    "source": QT_TRANSLATE_NOOP("Repairs", "Source"),
    "department_name": QT_TRANSLATE_NOOP("Repairs", "Department or company"),
    "location": QT_TRANSLATE_NOOP("Repairs", "Room or location"),
    "reporter": QT_TRANSLATE_NOOP("Repairs", "Reporter"),
    "phone": QT_TRANSLATE_NOOP("Repairs", "Phone"),
    "category": QT_TRANSLATE_NOOP("Repairs", "Category"),
    "content": QT_TRANSLATE_NOOP("Repairs", "Content"),
    "urgency": QT_TRANSLATE_NOOP("Repairs", "Urgency"),
    "urgent_cause": QT_TRANSLATE_NOOP("Repairs", "Cause of urgency"),
}


def status_label(status: str) -> Translatable:
    return STATUS_LABELS.label(status)


def event_label(action: str) -> Translatable:
    return EVENT_LABELS.label(action)


# --- tables -----------------------------------------------------------------------


class RepairCategory(BaseModel):
    """报修类别: 水 电 空调 门窗 网络 家具 土建 其他, editable by the administrator."""

    name = CharField(unique=True, max_length=40)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "repair_category"


class RepairOrder(BaseModel):
    """工程服务单. Due times are stored so that "overdue only" is an indexed filter."""

    number = CharField(unique=True)
    reported_at = DateTimeField(index=True)  # when the customer reported (editable)
    entered_at = DateTimeField()  # when the clerk typed it in
    source = CharField(default=PHONE)
    department_name = CharField(default="", index=True, max_length=100)  # or company, free text
    location = CharField(default="", index=True, max_length=100)  # room or place
    reporter = CharField(default="", max_length=50)
    phone = CharField(default="", index=True, max_length=40)
    category = ForeignKeyField(RepairCategory, backref="orders", on_delete="RESTRICT")
    content = BoundedText(max_length=1000)
    urgency = CharField(default=NORMAL, index=True)
    urgent_cause = CharField(default="", max_length=200)
    status = CharField(default=REGISTERED)
    accept_due = DateTimeField()
    complete_due = DateTimeField()
    engineer = CharField(default="", max_length=50)
    dispatched_at = DateTimeField(null=True)
    paper_returned = BooleanField(default=False)
    paper_returned_at = DateTimeField(null=True)
    accepted_at = DateTimeField(null=True)  # the first acceptance; a send-back keeps it
    reopened_at = DateTimeField(null=True)  # last send-back or unsatisfied callback
    completed_at = DateTimeField(null=True)  # as engineering reports; cleared on reopening
    work_done = BoundedText(default="", max_length=1000)
    materials = BoundedText(default="", max_length=1000)
    checked_at = DateTimeField(null=True)
    send_back_count = IntegerField(default=0)
    called_back_at = DateTimeField(null=True)
    verdict = CharField(default="")  # the latest callback's verdict
    callback_comment = BoundedText(default="", max_length=1000)
    cancelled_at = DateTimeField(null=True)
    cancel_reason = BoundedText(default="", max_length=1000)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "repair_order"
        indexes = (
            (("status", "accept_due"), False),
            (("status", "complete_due"), False),
            (("status", "reported_at"), False),
        )

    @property
    def status_label(self) -> Translatable:
        return status_label(self.status)


class RepairEvent(BaseModel):
    """The order's timeline: who did what, when (``at``: when it happened, as reported)."""

    order = ForeignKeyField(RepairOrder, backref="events", on_delete="CASCADE")
    at = DateTimeField()
    entered_at = DateTimeField()
    user = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    action = CharField()
    status_after = CharField()
    verdict = CharField(default="")  # call_back only
    note = BoundedText(default="", max_length=1000)

    class Meta:
        table_name = "repair_event"
        indexes = ((("order", "at"), False),)

    @property
    def action_label(self) -> Translatable:
        return event_label(self.action)


def get_order(order_id: int) -> RepairOrder:
    gone = QT_TRANSLATE_NOOP("DomainError", "That repair order no longer exists.")
    order = RepairOrder.get_or_none(RepairOrder.id == values.clean_id(order_id, gone))
    if order is None:
        raise NotFound(gone)
    return order


def get_by_number(number: str) -> RepairOrder:
    text = values.lookup_text(number, RepairOrder.number)
    order = RepairOrder.get_or_none(RepairOrder.number == text) if text else None
    if order is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("DomainError", "There is no repair order {number}."),
            number=values.shown(str(number).strip()),
        )
    return order


# --- categories -------------------------------------------------------------------

DEFAULT_CATEGORIES = ("水", "电", "空调", "门窗", "网络", "家具", "土建", "其他")


def seed_categories() -> None:
    for order, name in enumerate(DEFAULT_CATEGORIES):
        RepairCategory.get_or_create(name=name, defaults={"sort_order": order})


def categories(active_only: bool = True) -> list[RepairCategory]:
    query = RepairCategory.select().order_by(RepairCategory.sort_order, RepairCategory.id)
    if active_only:
        query = query.where(RepairCategory.active)
    return list(query)


def get_category(category_id: int) -> RepairCategory:
    """A category by id, in use or not (an old order keeps its own); NotFound when gone."""
    gone = QT_TRANSLATE_NOOP("DomainError", "That entry no longer exists.")
    category = RepairCategory.get_or_none(RepairCategory.id == values.clean_id(category_id, gone))
    if category is None:
        raise NotFound(gone)
    return category


# --- deadlines (时限) ---------------------------------------------------------------
# Calendar time: nights, weekends and holidays count. Stored as office settings.
# Engineering's two (accept, complete) are given to each order when it is registered and
# kept on it; the office's own three (dispatch, check, call back) are read when asked.

DEFAULT_DEADLINES = {URGENT: (30, 4 * 60), NORMAL: (4 * 60, 2 * 24 * 60)}
# (dispatch, from the report; check, from the completion; call back, from the check)
DEFAULT_OFFICE_DEADLINES = {URGENT: (15, 4 * 60, 2 * 24 * 60),
                            NORMAL: (60, 24 * 60, 2 * 24 * 60)}
MAX_DEADLINE_MINUTES = 90 * 24 * 60


def deadline_key(urgency: str, what: str) -> str:
    return f"repairs.sla.{urgency}.{what}_minutes"


@dataclass(frozen=True)
class Deadlines:
    """How long engineering has, from the report time, to accept and to complete."""

    accept_minutes: int
    complete_minutes: int

    def due(self, reported_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        return (reported_at + dt.timedelta(minutes=self.accept_minutes),
                reported_at + dt.timedelta(minutes=self.complete_minutes))


@dataclass(frozen=True)
class OfficeDeadlines:
    """How long the office has for its own steps: to dispatch (from the report time), to
    check the work (from its completion) and to call the customer back (from the check)."""

    dispatch_minutes: int
    check_minutes: int
    call_back_minutes: int


def _minutes(urgency: str, names: tuple[str, ...], defaults: tuple[int, ...]) -> tuple[int, ...]:
    try:
        return tuple(int(settings.get(deadline_key(urgency, name), str(default)))
                     for name, default in zip(names, defaults, strict=True))
    except ValueError:  # a hand-edited file: fall back to the defaults
        return defaults


def deadlines(urgency: str) -> Deadlines:
    return Deadlines(*_minutes(urgency, ("accept", "complete"), DEFAULT_DEADLINES[urgency]))


OFFICE_STEPS = ("dispatch", "check", "call_back")


def office_deadlines(urgency: str) -> OfficeDeadlines:
    return OfficeDeadlines(*_minutes(urgency, OFFICE_STEPS, DEFAULT_OFFICE_DEADLINES[urgency]))
