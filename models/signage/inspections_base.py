"""The inspections part's tables, words and steps (标识检查, seed 002 §十一 3.4–3.6).

A round (检查轮次) covers a department or the whole building: its lines are the signs
in use when it starts. Each line gets one result (合格 … 内容不合理); closing the round
writes every sign's last inspection. A failed line gets a correction (整改) with a
deadline; work-site signs (工作状态 / 警示) are tracked against their repair order.
"""

from __future__ import annotations

import datetime as dt

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField

from .. import audit, clock, people
from ..db import BaseModel
from ..i18n import QT_TRANSLATE_NOOP
from ..people import Department, User
from ..steps import Rule, Step, Steps, declare
from ..vocabulary import Term, Vocabulary
from .base import Sign

INSPECT = "signs.inspect"
people.grant(INSPECT, QT_TRANSLATE_NOOP("Permission", "inspect signs and record corrections"),
             people.CLERK)

ROUND_PREFIX = "JC"  # 检查轮次 JC-2026Q1-01
DEADLINE_SETTING = "signage/correction_days"
DEFAULT_DEADLINE_DAYS = 7

# The results, in the sheet's order; the grid's keys are 1–6 or the letters.
OK, UNCLEAR, DAMAGED, MISSING, MISPLACED, UNSUITABLE = (
    "ok", "unclear", "damaged", "missing", "misplaced", "unsuitable")
RESULT_LABELS = Vocabulary("SignInspections", [
    Term(OK, QT_TRANSLATE_NOOP("SignInspections", "OK"), "合格"),
    Term(UNCLEAR, QT_TRANSLATE_NOOP("SignInspections", "Unclear"), "不清楚"),
    Term(DAMAGED, QT_TRANSLATE_NOOP("SignInspections", "Damaged"), "损坏"),
    Term(MISSING, QT_TRANSLATE_NOOP("SignInspections", "Not found"), "缺失"),
    Term(MISPLACED, QT_TRANSLATE_NOOP("SignInspections", "Wrong place"), "位置不当"),
    Term(UNSUITABLE, QT_TRANSLATE_NOOP("SignInspections", "Content unsuitable"), "内容不合理"),
])
RESULTS = (OK, UNCLEAR, DAMAGED, MISSING, MISPLACED, UNSUITABLE)
FAILED = RESULTS[1:]
RESULT_KEYS = {code: (str(n), letter) for n, (code, letter) in
               enumerate(zip(RESULTS, "HQSMWN", strict=True), start=1)}  # 合格 H, 损坏 S …

OPEN, CLOSED = "open", "closed"
ROUND_STATUS_LABELS = Vocabulary("SignInspections", [
    Term(OPEN, QT_TRANSLATE_NOOP("SignInspections", "Inspecting"), "检查中"),
    Term(CLOSED, QT_TRANSLATE_NOOP("SignInspections", "Closed"), "已完成"),
])
QUARTERLY, SPOT = "quarterly", "spot"
ROUND_KIND_LABELS = Vocabulary("SignInspections", [
    Term(QUARTERLY, QT_TRANSLATE_NOOP("SignInspections", "Quarterly"), "季度检查"),
    Term(SPOT, QT_TRANSLATE_NOOP("SignInspections", "Department head"), "部门自查"),
])
C_OPEN, C_DONE = "open", "done"
CORRECTION_STATUS_LABELS = Vocabulary("SignInspections", [
    Term(C_OPEN, QT_TRANSLATE_NOOP("SignInspections", "Open"), "整改中"),
    Term(C_DONE, QT_TRANSLATE_NOOP("SignInspections", "Done"), "已完成"),
])
UP, DOWN = "up", "down"
WORK_SIGN_STATUS_LABELS = Vocabulary("SignInspections", [
    Term(UP, QT_TRANSLATE_NOOP("SignInspections", "Up"), "在挂"),
    Term(DOWN, QT_TRANSLATE_NOOP("SignInspections", "Taken down"), "已撤下"),
])

for _action, _label in (
    ("sign_round.start", QT_TRANSLATE_NOOP("Lists", "Sign inspection started")),
    ("sign_round.results", QT_TRANSLATE_NOOP("Lists", "Sign inspection results entered")),
    ("sign_round.close", QT_TRANSLATE_NOOP("Lists", "Sign inspection closed")),
    ("sign_correction.update", QT_TRANSLATE_NOOP("Lists", "Sign correction recorded")),
    ("sign_correction.done", QT_TRANSLATE_NOOP("Lists", "Sign correction done")),
    ("sign_correction.replace", QT_TRANSLATE_NOOP("Lists", "Sign replacement requested")),
    ("work_sign.up", QT_TRANSLATE_NOOP("Lists", "Work-site sign put up")),
    ("work_sign.down", QT_TRANSLATE_NOOP("Lists", "Work-site sign taken down")),
):
    audit.ACTION_LABELS[_action] = _label


def quarter_of(day: dt.date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def quarter_bounds(quarter: str) -> tuple[dt.date, dt.date]:
    """(first day, last day) of "YYYY-Qn"; ValueError when it is not one."""
    year, q = quarter.split("-Q")
    y, n = int(year), int(q)
    if not 1 <= n <= 4:
        raise ValueError(quarter)
    first = dt.date(y, 3 * n - 2, 1)
    last = (dt.date(y + 1, 1, 1) if n == 4 else dt.date(y, 3 * n + 1, 1)) - dt.timedelta(days=1)
    return first, last


def previous_quarter(quarter: str) -> str:
    return quarter_of(quarter_bounds(quarter)[0] - dt.timedelta(days=1))


class InspectionRound(BaseModel):
    """检查轮次: the signs of a department (or all) in use when it started, to inspect."""

    number = CharField(unique=True, max_length=20)
    kind = CharField(default=QUARTERLY)
    quarter = CharField(max_length=7, index=True)  # "2026-Q1": the quarter it counts for
    department = ForeignKeyField(Department, null=True, backref="+", on_delete="RESTRICT")
    inspector = CharField(default="", max_length=30)  # 检查人 (a department head, a clerk)
    status = CharField(default=OPEN, index=True)
    started_at = DateTimeField(default=clock.now)
    started_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    inspected_on = DateField(null=True)  # the day the results stand for (closing)
    closed_at = DateTimeField(null=True)
    closed_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "sign_round"


class InspectionLine(BaseModel):
    """One sign of a round and its result ("" until typed)."""

    round = ForeignKeyField(InspectionRound, backref="lines", on_delete="CASCADE")
    sign = ForeignKeyField(Sign, backref="+", on_delete="RESTRICT", index=True)
    no = IntegerField()  # 序号 on the sheet
    result = CharField(default="")
    remark = CharField(default="", max_length=100)

    class Meta:
        table_name = "sign_round_line"
        indexes = ((("round", "sign"), True),)


class Correction(BaseModel):
    """整改: a failed line's correction (纠正 / 预防措施), its deadline and its done date."""

    line = ForeignKeyField(InspectionLine, unique=True, backref="+", on_delete="RESTRICT")
    sign = ForeignKeyField(Sign, backref="+", on_delete="RESTRICT", index=True)
    problem = CharField(default="", max_length=120)
    action = CharField(default="", max_length=200)
    due_on = DateField()
    done_on = DateField(null=True, index=True)
    request_id = IntegerField(null=True)  # the replacement request (signage.requests)
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "sign_correction"

    @property
    def status(self) -> str:
        return C_DONE if self.done_on is not None else C_OPEN

    @property
    def number(self) -> str:
        return self.sign.number

    def late(self, today: dt.date | None = None) -> bool:
        return self.done_on is None and self.due_on < (today or clock.today())


class WorkSign(BaseModel):
    """A work-site sign (工作状态 / 警示) put up for a repair job, until taken down."""

    sign = ForeignKeyField(Sign, null=True, backref="+", on_delete="RESTRICT")
    text = CharField(default="", max_length=60)  # free text when no registry sign is used
    place = CharField(max_length=60)
    order_number = CharField(max_length=30, index=True)
    put_up_at = DateTimeField()
    taken_down_at = DateTimeField(null=True)
    by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "sign_work_site"

    @property
    def status(self) -> str:
        return UP if self.taken_down_at is None else DOWN

    @property
    def number(self) -> str:
        return self.order_number

    def label(self) -> str:
        return f"{self.sign.number} {self.sign.text}" if self.sign_id else self.text


TABLES = (InspectionRound, InspectionLine, Correction, WorkSign)

# --- steps, declared once ---------------------------------------------------------------

START, SHEET, RESULTS_STEP, CLOSE, QUARTER_RECORD = (
    "start", "sheet", "results", "close", "quarter")
EDIT, DONE, REPLACE = "edit", "done", "replace"
PUT_UP, TAKE_DOWN = "put_up", "take_down"

ROUND_STEPS = declare(InspectionRound, [
    Step(START, INSPECT, on_record=False),
    Step(SHEET),  # the blind sheet, any time
    Step(RESULTS_STEP, INSPECT, states=(OPEN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Inspection {number} is {status}; its results can no longer change.")),
    Step(CLOSE, INSPECT, states=(OPEN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Inspection {number} is {status}; only an open inspection can be "
        "closed.")),
    Step(QUARTER_RECORD, on_record=False),  # 季度检查记录
], status_label=ROUND_STATUS_LABELS.label)

CORRECTION_STEPS = declare(Correction, [
    Step(EDIT, INSPECT, states=(C_OPEN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "The correction of sign {number} is {status}; it can no longer "
        "change.")),
    Step(DONE, INSPECT, states=(C_OPEN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "The correction of sign {number} is {status} already.")),
    Step(REPLACE, INSPECT, states=(C_OPEN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "The correction of sign {number} is {status}; no replacement is "
        "needed."), rules=(Rule(lambda corr: corr.request_id is None, QT_TRANSLATE_NOOP(
            "DomainError", "Sign {number} already has a replacement request.")),)),
], status_label=CORRECTION_STATUS_LABELS.label)

WORK_SIGN_STEPS = declare(WorkSign, [
    Step(PUT_UP, INSPECT, on_record=False),
    Step(TAKE_DOWN, INSPECT, states=(UP,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "The work-site sign for order {number} is {status} already.")),
], status_label=WORK_SIGN_STATUS_LABELS.label)

STEPS = (ROUND_STEPS, CORRECTION_STEPS, WORK_SIGN_STEPS)


def record(by: User | None, action: str, entity: str, record_id: int | None,
           label: str = "", changes: dict | None = None) -> None:
    """The audit row, timed by the operations' clock."""
    audit.record(by, action, entity, record_id, label, changes, at=clock.now())

# The Settings page's part: the correction deadline (the administrator's).
DEADLINE = "deadline"
INSPECTION_SETTINGS_STEPS = Steps([Step(DEADLINE, people.MANAGE_SETTINGS, on_record=False)])
