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

from .. import named_lists, people, settings, values
from ..db import BaseModel, database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import MANAGE_SETTINGS, User, require
from ..values import BoundedText

PREFIX = "BX"  # 工程服务单号 BXyyyymmdd-nnnn

# --- permissions ------------------------------------------------------------------
# The clerk's (and thereby the manager's); engineering's are people.ENGINEERING_WORK.
# Categories and deadlines are office settings: people.MANAGE_SETTINGS (administrator).

REGISTER = "repairs.register"
DISPATCH = "repairs.dispatch"
CHECK = "repairs.check"
CALL_BACK = "repairs.call_back"
CANCEL = "repairs.cancel"
WORK = people.ENGINEERING_WORK

people.grant(REGISTER, QT_TRANSLATE_NOOP("Permission", "register and edit repair orders"),
             people.CLERK)
people.grant(DISPATCH, QT_TRANSLATE_NOOP("Permission", "dispatch repair orders"), people.CLERK)
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

STATUS_LABELS: dict[str, str] = {
    REGISTERED: QT_TRANSLATE_NOOP("Repairs", "Registered"),
    DISPATCHED: QT_TRANSLATE_NOOP("Repairs", "Dispatched"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("Repairs", "In progress"),
    COMPLETED: QT_TRANSLATE_NOOP("Repairs", "Completed"),
    CHECKED: QT_TRANSLATE_NOOP("Repairs", "Checked"),
    CALLED_BACK: QT_TRANSLATE_NOOP("Repairs", "Called back"),
    CANCELLED: QT_TRANSLATE_NOOP("Repairs", "Cancelled"),
}
STATUS_ZH = {
    REGISTERED: "待派工", DISPATCHED: "已派工", IN_PROGRESS: "处理中", COMPLETED: "已完工",
    CHECKED: "已验收", CALLED_BACK: "已回访", CANCELLED: "已取消",
}
# Engineering still owes work on these: they can be overdue.
OPEN_STATUSES = (REGISTERED, DISPATCHED, IN_PROGRESS)
NOT_ACCEPTED = (REGISTERED, DISPATCHED)
WORK_DONE = (COMPLETED, CHECKED, CALLED_BACK)

PHONE, VISIT, PATROL, COMPLAINT, OTHER = "phone", "visit", "patrol", "complaint", "other"
SOURCE_LABELS: dict[str, str] = {
    PHONE: QT_TRANSLATE_NOOP("Repairs", "Phone"),
    VISIT: QT_TRANSLATE_NOOP("Repairs", "Visit"),
    PATROL: QT_TRANSLATE_NOOP("Repairs", "Patrol"),
    COMPLAINT: QT_TRANSLATE_NOOP("Repairs", "Complaint"),
    OTHER: QT_TRANSLATE_NOOP("Repairs", "Other"),
}
SOURCE_ZH = {PHONE: "电话", VISIT: "来访", PATROL: "巡查", COMPLAINT: "投诉", OTHER: "其他"}

NORMAL, URGENT = "normal", "urgent"
URGENCY_LABELS: dict[str, str] = {
    NORMAL: QT_TRANSLATE_NOOP("Repairs", "Normal"),
    URGENT: QT_TRANSLATE_NOOP("Repairs", "Urgent"),
}
URGENCY_ZH = {NORMAL: "一般", URGENT: "紧急"}

SATISFIED, BASICALLY_SATISFIED, UNSATISFIED = "satisfied", "basically_satisfied", "unsatisfied"
VERDICT_LABELS: dict[str, str] = {
    SATISFIED: QT_TRANSLATE_NOOP("Repairs", "Satisfied"),
    BASICALLY_SATISFIED: QT_TRANSLATE_NOOP("Repairs", "Basically satisfied"),
    UNSATISFIED: QT_TRANSLATE_NOOP("Repairs", "Unsatisfied"),
}
VERDICT_ZH = {SATISFIED: "满意", BASICALLY_SATISFIED: "基本满意", UNSATISFIED: "不满意"}

# Timeline actions (RepairEvent.action).
EV_REGISTER, EV_UPDATE, EV_DISPATCH, EV_PAPER = "register", "update", "dispatch", "paper_returned"
EV_ACCEPT, EV_COMPLETE, EV_CHECK, EV_SEND_BACK = "accept", "complete", "check", "send_back"
EV_CALL_BACK, EV_CANCEL = "call_back", "cancel"
EVENT_LABELS: dict[str, str] = {
    EV_REGISTER: QT_TRANSLATE_NOOP("Repairs", "Registered"),
    EV_UPDATE: QT_TRANSLATE_NOOP("Repairs", "Edited"),
    EV_DISPATCH: QT_TRANSLATE_NOOP("Repairs", "Dispatched"),
    EV_PAPER: QT_TRANSLATE_NOOP("Repairs", "Paper copy returned"),
    EV_ACCEPT: QT_TRANSLATE_NOOP("Repairs", "Accepted"),
    EV_COMPLETE: QT_TRANSLATE_NOOP("Repairs", "Completed"),
    EV_CHECK: QT_TRANSLATE_NOOP("Repairs", "Checked"),
    EV_SEND_BACK: QT_TRANSLATE_NOOP("Repairs", "Sent back"),
    EV_CALL_BACK: QT_TRANSLATE_NOOP("Repairs", "Called back"),
    EV_CANCEL: QT_TRANSLATE_NOOP("Repairs", "Cancelled"),
}

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
    return Translatable(STATUS_LABELS.get(status, status), "Repairs")


def event_label(action: str) -> Translatable:
    return Translatable(EVENT_LABELS.get(action, action), "Repairs")


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


def save_category(
    by: User,
    name: str,
    category_id: int | None = None,
    active: bool = True,
    sort_order: int | None = None,
) -> RepairCategory:
    """Add a category, or rename / (de)activate / move one. Old orders keep theirs."""
    require(by, MANAGE_SETTINGS)
    return named_lists.save_entry(RepairCategory, by, name, category_id, active, sort_order)


# --- deadlines (时限) ---------------------------------------------------------------
# Calendar time: nights, weekends and holidays count. Stored as office settings.

DEFAULT_DEADLINES = {URGENT: (30, 4 * 60), NORMAL: (4 * 60, 2 * 24 * 60)}
MAX_DEADLINE_MINUTES = 90 * 24 * 60


def _key(urgency: str, what: str) -> str:
    return f"repairs.sla.{urgency}.{what}_minutes"


@dataclass(frozen=True)
class Deadlines:
    """How long engineering has, from the report time, to accept and to complete."""

    accept_minutes: int
    complete_minutes: int

    def due(self, reported_at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        return (reported_at + dt.timedelta(minutes=self.accept_minutes),
                reported_at + dt.timedelta(minutes=self.complete_minutes))


def deadlines(urgency: str) -> Deadlines:
    accept, complete = DEFAULT_DEADLINES[urgency]
    try:
        accept = int(settings.get(_key(urgency, "accept"), str(accept)))
        complete = int(settings.get(_key(urgency, "complete"), str(complete)))
    except ValueError:  # a hand-edited file: fall back to the defaults
        accept, complete = DEFAULT_DEADLINES[urgency]
    return Deadlines(accept, complete)


def set_deadlines(urgency: str, accept_minutes: int, complete_minutes: int, by: User) -> Deadlines:
    """The administrator changes the deadlines for new orders; registered orders keep theirs."""
    require(by, MANAGE_SETTINGS)
    if urgency not in URGENCY_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown urgency: {urgency}."),
            field="urgency", urgency=values.shown(urgency),
        )
    for field, value in (("accept_minutes", accept_minutes),
                         ("complete_minutes", complete_minutes)):
        if (isinstance(value, bool) or not isinstance(value, int)
                or not 1 <= value <= MAX_DEADLINE_MINUTES):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "A deadline must be between 1 minute and {days} days."
                ),
                field=field, days=MAX_DEADLINE_MINUTES // (24 * 60),
            )
    if complete_minutes < accept_minutes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The completion deadline cannot be shorter than the acceptance one."
            ),
            field="complete_minutes",
        )
    with database.atomic():
        settings.put(_key(urgency, "accept"), str(accept_minutes), by)
        settings.put(_key(urgency, "complete"), str(complete_minutes), by)
    return Deadlines(accept_minutes, complete_minutes)
