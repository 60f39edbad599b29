"""客户投诉 (complaints): the permissions, the words, the tables, the deadlines.

One number (TS + the day received) names the register's line, the handling notice
(客户投诉处理通知单) and the original (§二十 1.3). A complaint's callbacks are rows of
the one callback table (models.callbacks, kind "complaint": when, by whom, the
customer's words, the verdict, in the callback queue's codes); the complaint keeps its
last verdict.

The operations are in ``complaints_ops``, the steps in ``complaints_steps``.
"""

from __future__ import annotations

import datetime as dt

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField

from .. import callbacks, people, settings, values
from ..db import BaseModel
from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

PREFIX = "TS"  # 投诉登记表号 = 客户投诉处理通知单号 TSyyyymmdd-nnnn

# --- permissions ------------------------------------------------------------------
# The clerk and the duty officer register, follow the department's answers and call
# back; the manager (as 客服部长) judges, assigns and cancels; a major complaint is
# assigned by the property director.

REGISTER = "complaints.register"
FOLLOW = "complaints.follow"
CALL_BACK = "complaints.call_back"
DISPOSE = "complaints.dispose"
ASSIGN_MAJOR = "complaints.assign_major"

people.grant(REGISTER, QT_TRANSLATE_NOOP("Permission", "register complaints"),
             people.CLERK, people.DUTY)
people.grant(FOLLOW, QT_TRANSLATE_NOOP("Permission", "record a complaint's handling"),
             people.CLERK, people.DUTY)
people.grant(CALL_BACK, QT_TRANSLATE_NOOP("Permission", "call customers back on complaints"),
             people.CLERK, people.DUTY)
people.grant(DISPOSE, QT_TRANSLATE_NOOP("Permission", "judge, assign and cancel complaints"),
             people.MANAGER)
people.grant(ASSIGN_MAJOR, QT_TRANSLATE_NOOP("Permission", "assign major complaints"),
             people.DIRECTOR)

# --- words ------------------------------------------------------------------------

REGISTERED = "registered"  # 已登记: waits for the manager's ruling
TO_ASSIGN = "to_assign"  # 待分派: valid, no department yet
ASSIGNED = "assigned"  # 已分派: the notice is to be signed for by the department
SIGNED = "signed"  # 已签收: the department holds the notice
CONTACTED = "contacted"  # 已联系: the first contact with the customer made
ANSWERED = "answered"  # 已答复: the remedy answered
REOPENED = "reopened"  # 重办: called back 不满意, back with the department
DONE = "done"  # 已完成: waits for the callback
CLOSED = "closed"  # 已结案: called back 满意 / 基本满意
INVALID = "invalid"  # 不成立: closed with the explanation
CANCELLED = "cancelled"  # 已取消

STATUS = Vocabulary("Complaints", [
    Term(REGISTERED, QT_TRANSLATE_NOOP("Complaints", "Registered"), "已登记"),
    Term(TO_ASSIGN, QT_TRANSLATE_NOOP("Complaints", "To be assigned"), "待分派"),
    Term(ASSIGNED, QT_TRANSLATE_NOOP("Complaints", "Assigned"), "已分派"),
    Term(SIGNED, QT_TRANSLATE_NOOP("Complaints", "Notice signed for"), "已签收"),
    Term(CONTACTED, QT_TRANSLATE_NOOP("Complaints", "Customer contacted"), "已联系"),
    Term(ANSWERED, QT_TRANSLATE_NOOP("Complaints", "Remedy answered"), "已答复"),
    Term(REOPENED, QT_TRANSLATE_NOOP("Complaints", "Reopened"), "重办"),
    Term(DONE, QT_TRANSLATE_NOOP("Complaints", "Done, to call back"), "待回访"),
    Term(CLOSED, QT_TRANSLATE_NOOP("Complaints", "Closed"), "已结案"),
    Term(INVALID, QT_TRANSLATE_NOOP("Complaints", "Not valid"), "不成立"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Complaints", "Cancelled"), "已取消"),
])
OPEN = (REGISTERED, TO_ASSIGN, ASSIGNED, SIGNED, CONTACTED, ANSWERED, REOPENED, DONE)
FINAL = (CLOSED, INVALID, CANCELLED)
WITH_DEPARTMENT = (ASSIGNED, SIGNED, CONTACTED, ANSWERED, REOPENED)

CHANNELS = Vocabulary("Complaints", [
    Term("letter", QT_TRANSLATE_NOOP("Complaints", "Letter"), "信函"),
    Term("phone", QT_TRANSLATE_NOOP("Complaints", "Phone"), "电话"),
    Term("fax", QT_TRANSLATE_NOOP("Complaints", "Fax"), "传真"),
    Term("visit", QT_TRANSLATE_NOOP("Complaints", "In person"), "来人面谈"),
    Term("wechat", QT_TRANSLATE_NOOP("Complaints", "WeChat account"), "微信公众号"),
    Term("box", QT_TRANSLATE_NOOP("Complaints", "Suggestion box"), "意见箱"),
])
PHONE = "phone"

NATURES = Vocabulary("Complaints", [
    Term("attitude", QT_TRANSLATE_NOOP("Complaints", "Service attitude"), "服务态度"),
    Term("efficiency", QT_TRANSLATE_NOOP("Complaints", "Service efficiency"), "服务效率"),
    Term("competence", QT_TRANSLATE_NOOP("Complaints", "Professional competence"), "专业素质"),
    Term("power", QT_TRANSLATE_NOOP("Complaints", "Power supply"), "供电"),
    Term("water", QT_TRANSLATE_NOOP("Complaints", "Water supply"), "供水"),
    Term("fire", QT_TRANSLATE_NOOP("Complaints", "Fire safety"), "消防"),
    Term("sanitation", QT_TRANSLATE_NOOP("Complaints", "Sanitation"), "环境卫生"),
    Term("greening", QT_TRANSLATE_NOOP("Complaints", "Greening"), "绿化"),
    Term("facilities", QT_TRANSLATE_NOOP("Complaints", "Public facilities"), "公共设施"),
    Term("repairs", QT_TRANSLATE_NOOP("Complaints", "Repairs"), "维修"),
    Term("special", QT_TRANSLATE_NOOP("Complaints", "Special services"), "特约服务"),
    Term("projects", QT_TRANSLATE_NOOP("Complaints", "Engineering"), "工程"),
    Term("other", QT_TRANSLATE_NOOP("Complaints", "Other"), "其他"),
])

ORDINARY, URGENT, MAJOR = "ordinary", "urgent", "major"
LEVELS = Vocabulary("Complaints", [
    Term(ORDINARY, QT_TRANSLATE_NOOP("Complaints", "Ordinary"), "一般"),
    Term(URGENT, QT_TRANSLATE_NOOP("Complaints", "Urgent"), "紧急"),
    Term(MAJOR, QT_TRANSLATE_NOOP("Complaints", "Major"), "重大"),
])

# The callback queue's verdicts (migration 12 rewrote the old "fairly" / "dissatisfied").
SATISFIED, FAIRLY = callbacks.SATISFIED, callbacks.BASICALLY_SATISFIED
DISSATISFIED = callbacks.UNSATISFIED
VERDICTS = callbacks.VERDICTS
CLOSING_VERDICTS = callbacks.CLOSING
OLD_VERDICTS = {"fairly": FAIRLY, "dissatisfied": DISSATISFIED}  # before migration 12


def status_label(code: str) -> Translatable:
    return STATUS.label(code)


# --- tables -----------------------------------------------------------------------


class Complaint(BaseModel):
    """客户投诉登记 / 客户投诉处理通知单: one complaint, from its receipt to its closing."""

    number = CharField(unique=True)
    received_at = DateTimeField(index=True)  # 投诉时间
    channel = CharField(default=PHONE)
    customer = CharField(max_length=50, index=True)  # 投诉人
    unit = CharField(default="", max_length=100, index=True)  # 单位 / 部门
    room = CharField(default="", max_length=40, index=True)
    phone = CharField(default="", max_length=40, index=True)
    nature = CharField(default="other")
    summary = BoundedText(max_length=1000)  # 投诉内容
    request = BoundedText(default="", max_length=500)  # 客户要求
    level = CharField(default=ORDINARY, index=True)
    call_id = IntegerField(null=True)  # the reception call it came from (calls register)
    status = CharField(default=REGISTERED, index=True)
    # the ruling (投诉是否成立)
    valid = IntegerField(null=True)  # 1 成立, 0 不成立, NULL not judged
    explanation = BoundedText(default="", max_length=500)
    judged_at = DateTimeField(null=True)
    # the department
    department = CharField(default="", max_length=50, index=True)  # 被投诉部门 / 责任部门
    responsible = CharField(default="", max_length=50)  # 责任人
    assigned_at = DateTimeField(null=True)
    assigned_by = CharField(default="", max_length=50)
    signed_by = CharField(default="", max_length=50)  # the department's signature
    signed_at = DateTimeField(null=True)
    contacted_at = DateTimeField(null=True)  # 首次联系
    contact_reason = BoundedText(default="", max_length=300)  # why later than the deadline
    remedy = BoundedText(default="", max_length=1000)  # 补救措施
    remedy_at = DateTimeField(null=True)
    correction = BoundedText(default="", max_length=1000)  # 纠正措施
    correction_due = DateField(null=True)  # its planned date
    done_at = DateTimeField(null=True)
    verdict = CharField(default="")  # the last callback's
    assessment = BoundedText(default="", max_length=500)  # 综合评价
    closed_at = DateTimeField(null=True)
    cancel_reason = BoundedText(default="", max_length=500)
    times_reopened = IntegerField(default=0)
    # the deadlines, set when received (and again when reopened)
    judge_due = DateTimeField()  # reported to the manager the same day
    contact_due = DateTimeField()
    remedy_due = DateTimeField()
    resolve_due = DateTimeField(null=True)  # an ordinary case only
    callback_due = DateTimeField(null=True)  # set when done
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "complaint"
        indexes = ((("status", "received_at"), False),)

    @property
    def status_label(self) -> Translatable:
        return status_label(self.status)


# A complaint's callbacks are the callback table's rows of kind "complaint".
ComplaintCallback = callbacks.Callback
KIND = "complaint"


def get_complaint(complaint_id: int) -> Complaint:
    gone = QT_TRANSLATE_NOOP("DomainError", "That complaint no longer exists.")
    record = Complaint.get_or_none(Complaint.id == values.clean_id(complaint_id, gone))
    if record is None:
        raise NotFound(gone)
    return record


def complaint_by_number(number: str) -> Complaint:
    text = values.lookup_text(number, Complaint.number)
    record = Complaint.get_or_none(Complaint.number == text) if text else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no complaint {number}."),
                       number=values.shown(str(number).strip()))
    return record


def callbacks_of(complaint: Complaint) -> list[callbacks.Callback]:
    """The complaint's callbacks, oldest first."""
    return callbacks.callbacks_of(KIND, complaint.id)


# --- the deadlines (office settings) -----------------------------------------------
# Seed 002 (§十九–二十): first contact within 30 minutes (4 hours at most, with a
# reason), staff on site within 10 minutes when urgent, the remedy answered within 3
# days, an ordinary case resolved within 2 days, the callback on the day it is done.
# Seed 003 (篇1): contact within 2 hours, a proposal within 4 working days.

PRESET_KEY = "complaints.deadlines"
SEED_002, SEED_003 = "002", "003"


class Deadlines:
    """One preset of the complaint deadlines."""

    def __init__(self, name: str, contact_minutes: int, contact_max_minutes: int,
                 onsite_minutes: int, remedy_days: int, working_days: bool,
                 resolve_days: int) -> None:
        self.name = name
        self.contact_minutes = contact_minutes
        self.contact_max_minutes = contact_max_minutes
        self.onsite_minutes = onsite_minutes
        self.remedy_days = remedy_days
        self.working_days = working_days
        self.resolve_days = resolve_days


PRESETS = {
    SEED_002: Deadlines(SEED_002, 30, 240, 10, 3, False, 2),
    SEED_003: Deadlines(SEED_003, 120, 240, 10, 4, True, 2),
}
PRESET_LABELS = {
    SEED_002: QT_TRANSLATE_NOOP("Complaints", "Rulebook 002: contact in 30 min, remedy in 3 days"),
    SEED_003: QT_TRANSLATE_NOOP("Complaints",
                                "Rulebook 003: contact in 2 h, proposal in 4 working days"),
}


def deadlines() -> Deadlines:
    return PRESETS.get(settings.get(PRESET_KEY, SEED_002), PRESETS[SEED_002])


def end_of_day(when: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(when.date(), dt.time(23, 59, 59))


def add_days(when: dt.datetime, days: int, working: bool) -> dt.datetime:
    """``days`` later (working days skip Saturdays and Sundays)."""
    if not working:
        return when + dt.timedelta(days=days)
    out = when
    while days > 0:
        out += dt.timedelta(days=1)
        if out.weekday() < 5:
            days -= 1
    return out


def due_times(received: dt.datetime, level: str, rules: Deadlines | None = None) -> dict:
    """The deadlines of a complaint received at ``received`` (see the comment above)."""
    rules = rules or deadlines()
    minutes = rules.onsite_minutes if level == URGENT else rules.contact_minutes
    return {
        "judge_due": end_of_day(received),
        "contact_due": received + dt.timedelta(minutes=minutes),
        "remedy_due": add_days(received, rules.remedy_days, rules.working_days),
        "resolve_due": (received + dt.timedelta(days=rules.resolve_days)
                        if level == ORDINARY else None),
    }
