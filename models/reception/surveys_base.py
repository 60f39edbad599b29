"""满意度调查 (satisfaction surveys): the permissions, the words, the tables (seed 002 §二十二).

A survey (客户意见调查) is numbered MY + the day it is sent out; it names its half-year
(year, 1 or 2), how many forms went out, and is draft → open for entry → closed. Each
returned form (意见表) is one ``SurveyForm`` row: the company and room if the customer
wrote them, one rating per service item and the customer's opinion. The ten ratings are
kept as ten characters, one per item in ``ITEMS`` order, typed as the grid's keys:
``1`` 满意, ``2`` 基本满意, ``3`` 不满意, ``0`` 未答 (not answered).
"""

from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField

from .. import people, values
from ..db import BaseModel
from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

PREFIX = "MY"  # 满意度调查 MYyyyymmdd-nnnn

# --- permissions ------------------------------------------------------------------
# The manager (客服部) sets a survey up, opens it for entry and closes it; the clerk and
# the duty officer type in the returned forms while it is open.
ENTER = "surveys.enter"
MANAGE = "surveys.manage"
people.grant(ENTER, QT_TRANSLATE_NOOP("Permission", "enter returned survey forms"),
             people.CLERK, people.DUTY, people.MANAGER)
people.grant(MANAGE, QT_TRANSLATE_NOOP("Permission", "set up, open and close surveys"),
             people.MANAGER)

# --- words ------------------------------------------------------------------------
DRAFT, OPEN, CLOSED = "draft", "open", "closed"
STATUS = Vocabulary("Surveys", [
    Term(DRAFT, QT_TRANSLATE_NOOP("Surveys", "Draft"), "草稿"),
    Term(OPEN, QT_TRANSLATE_NOOP("Surveys", "Open for entry"), "录入中"),
    Term(CLOSED, QT_TRANSLATE_NOOP("Surveys", "Closed"), "已结束"),
])

# The ten service items of §二十二 1.0, in the seed's order (the form's and the grid's).
ITEMS = Vocabulary("Surveys", [
    Term("power", QT_TRANSLATE_NOOP("Surveys", "Power supply"), "供电管理"),
    Term("water", QT_TRANSLATE_NOOP("Surveys", "Water supply"), "供水管理"),
    Term("fire", QT_TRANSLATE_NOOP("Surveys", "Fire safety"), "消防安全管理"),
    Term("sanitation", QT_TRANSLATE_NOOP("Surveys", "Sanitation"), "卫生管理"),
    Term("greening", QT_TRANSLATE_NOOP("Surveys", "Greening"), "绿化管理"),
    Term("facilities", QT_TRANSLATE_NOOP("Surveys", "Public facilities"), "公共设施管理"),
    Term("repairs", QT_TRANSLATE_NOOP("Surveys", "Repair service"), "维修服务"),
    Term("special", QT_TRANSLATE_NOOP("Surveys", "Special services"), "特约服务"),
    Term("projects", QT_TRANSLATE_NOOP("Surveys", "Dedicated services"), "专项服务"),
    Term("attitude", QT_TRANSLATE_NOOP("Surveys", "Service attitude"), "服务态度"),
])
ITEM_CODES: tuple[str, ...] = tuple(ITEMS)
ITEM_COUNT = len(ITEM_CODES)

# One rating, as typed: the grid's keys are the codes.
SATISFIED, FAIRLY, DISSATISFIED, UNANSWERED = "1", "2", "3", "0"
RATINGS = Vocabulary("Surveys", [
    Term(SATISFIED, QT_TRANSLATE_NOOP("Surveys", "Satisfied"), "满意",
         short=QT_TRANSLATE_NOOP("Surveys", "1 Yes"), short_zh="1 满意"),
    Term(FAIRLY, QT_TRANSLATE_NOOP("Surveys", "Fairly satisfied"), "基本满意",
         short=QT_TRANSLATE_NOOP("Surveys", "2 Fair"), short_zh="2 基本满意"),
    Term(DISSATISFIED, QT_TRANSLATE_NOOP("Surveys", "Dissatisfied"), "不满意",
         short=QT_TRANSLATE_NOOP("Surveys", "3 No"), short_zh="3 不满意"),
    Term(UNANSWERED, QT_TRANSLATE_NOOP("Surveys", "Not answered"), "未答",
         short=QT_TRANSLATE_NOOP("Surveys", "0 —"), short_zh="0 未答"),
])
# The grid's words: the key and a short word ("2 Fair", "2 基本满意").
RATING_KEYS = RATINGS.short()
NOT_ANSWERED = UNANSWERED * ITEM_COUNT

HALVES = Vocabulary("Surveys", [
    Term(1, QT_TRANSLATE_NOOP("Surveys", "First half"), "上半年"),
    Term(2, QT_TRANSLATE_NOOP("Surveys", "Second half"), "下半年"),
])
PER_YEAR = 2  # §二十二 1.0: at least two surveys a year


def status_label(code: str) -> Translatable:
    return STATUS.label(code)


# --- tables -----------------------------------------------------------------------


class Survey(BaseModel):
    """客户意见调查: one round of forms sent out, entered, and its result."""

    number = CharField(unique=True)
    title = CharField(max_length=100)
    year = IntegerField(index=True)  # the half-year it is for
    half = IntegerField()  # 1 上半年, 2 下半年
    sent_on = DateField(index=True)  # 发放日期
    forms_sent = IntegerField()  # 发放份数
    status = CharField(default=DRAFT, index=True)
    opened_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    closed_by = CharField(default="", max_length=50)
    remarks = BoundedText(default="", max_length=1000)  # 整改意见 / the head's remarks
    result = BoundedText(default="", max_length=4000)  # the frozen counts (JSON) when closed
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "survey"

    @property
    def status_label(self) -> Translatable:
        return status_label(self.status)


class SurveyForm(BaseModel):
    """One returned form (回收的意见表): the ten ratings and the customer's opinion."""

    survey = ForeignKeyField(Survey, backref="forms", on_delete="RESTRICT")
    line = IntegerField()  # the form's line in the survey (1, 2, …), as entered
    company = CharField(default="", max_length=100)
    room = CharField(default="", max_length=40)
    ratings = CharField(max_length=ITEM_COUNT, default=NOT_ANSWERED)
    opinion = BoundedText(default="", max_length=500)  # 客户意见
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "survey_form"
        indexes = ((("survey", "line"), True),)


def get_survey(survey_id: int) -> Survey:
    gone = QT_TRANSLATE_NOOP("DomainError", "That survey no longer exists.")
    record = Survey.get_or_none(Survey.id == values.clean_id(survey_id, gone))
    if record is None:
        raise NotFound(gone)
    return record


def survey_by_number(number: str) -> Survey:
    text = values.lookup_text(number, Survey.number)
    record = Survey.get_or_none(Survey.number == text) if text else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no survey {number}."),
                       number=values.shown(str(number).strip()))
    return record


def forms_of(survey: Survey) -> list[SurveyForm]:
    """The survey's returned forms in the order they were entered."""
    return list(SurveyForm.select().where(SurveyForm.survey == survey)
                .order_by(SurveyForm.line))
