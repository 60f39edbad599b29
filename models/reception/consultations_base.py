"""意见咨询 (consultations): the permissions, the words, the tables.

The desk calls customers every week (电话意见咨询) and visits them every quarter (现场意见
咨询, seed 002 §一 3.23); each consultation is numbered (ZX + its day) and lists the
customers consulted, one ``ConsultationLine`` each: who, their opinion, whether an answer
was promised and by when (§二十二 8.0: what cannot be answered at once gets a time), the
follow-up (跟进处理情况) and its result. Once every opinion is followed up and every
promised answer given, the manager reviews it (客服部长审核, §二 3.8).

The operations are in ``consultations_ops``, the steps in ``consultations_steps``.
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

PREFIX = "ZX"  # 咨询记录号 ZXyyyymmdd-nnnn

# --- permissions ------------------------------------------------------------------
# The clerk and the duty officer consult, follow up and give the promised answers; the
# manager (as 客服部长) reviews.

RECORD = "consultations.record"
FOLLOW = "consultations.follow"
REVIEW = "consultations.review"

people.grant(RECORD, QT_TRANSLATE_NOOP("Permission", "record opinion consultations"),
             people.CLERK, people.DUTY)
people.grant(FOLLOW, QT_TRANSLATE_NOOP("Permission", "follow up opinion consultations"),
             people.CLERK, people.DUTY)
people.grant(REVIEW, QT_TRANSLATE_NOOP("Permission", "review opinion consultations"),
             people.MANAGER)

# --- words ------------------------------------------------------------------------

PHONE, ONSITE = "phone", "onsite"
KINDS = Vocabulary("Consultations", [
    Term(PHONE, QT_TRANSLATE_NOOP("Consultations", "Telephone"), "电话"),
    Term(ONSITE, QT_TRANSLATE_NOOP("Consultations", "On site"), "现场"),
])

RECORDED = "recorded"  # 待跟进: an opinion not followed up, or an answer not given
FOLLOWED = "followed"  # 待审核: everything followed up, waits for the manager
REVIEWED = "reviewed"  # 已审核
STATUS = Vocabulary("Consultations", [
    Term(RECORDED, QT_TRANSLATE_NOOP("Consultations", "To follow up"), "待跟进"),
    Term(FOLLOWED, QT_TRANSLATE_NOOP("Consultations", "To review"), "待审核"),
    Term(REVIEWED, QT_TRANSLATE_NOOP("Consultations", "Reviewed"), "已审核"),
])
OPEN = (RECORDED, FOLLOWED)


def status_label(code: str) -> Translatable:
    return STATUS.label(code)


# --- tables -----------------------------------------------------------------------


class Consultation(BaseModel):
    """电话意见咨询记录 / 现场意见咨询: one round of asking customers what they think."""

    number = CharField(unique=True)
    kind = CharField(default=PHONE, index=True)
    held_on = DateField(index=True)  # 咨询日期
    by_name = CharField(max_length=50)  # 咨询人
    note = BoundedText(default="", max_length=500)
    status = CharField(default=RECORDED, index=True)
    reviewed_by = CharField(default="", max_length=50)  # 客服部长
    reviewed_at = DateTimeField(null=True)
    review_note = BoundedText(default="", max_length=500)  # 审核意见
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "consultation"
        indexes = ((("kind", "held_on"), False),)

    @property
    def status_label(self) -> Translatable:
        return status_label(self.status)


class ConsultationLine(BaseModel):
    """One customer consulted: who, what they said, the promise, the follow-up."""

    consultation = ForeignKeyField(Consultation, backref="lines", on_delete="CASCADE")
    seq = IntegerField()  # 序号
    unit = CharField(default="", max_length=100, index=True)  # 单位 / 公司
    room = CharField(default="", max_length=40, index=True)
    person = CharField(max_length=50, index=True)  # 联系人
    phone = CharField(default="", max_length=40, index=True)
    opinion = BoundedText(default="", max_length=500)  # 意见 / 建议 (blank: 无意见)
    promised_at = DateTimeField(null=True, index=True)  # 约定答复时间 (NULL: none promised)
    answered_at = DateTimeField(null=True)  # when the promised answer was given
    answer_words = BoundedText(default="", max_length=500)  # the customer's words at it
    verdict = CharField(default="")  # the last answer's (callbacks.VERDICTS)
    answers = IntegerField(default=0)  # how many times answered (不满意 ones included)
    follow_up = BoundedText(default="", max_length=500)  # 跟进处理情况
    result = BoundedText(default="", max_length=300)  # 处理结果
    followed_at = DateTimeField(null=True)
    followed_by = CharField(default="", max_length=50)

    class Meta:
        table_name = "consultation_line"
        indexes = ((("consultation", "seq"), True),)

    def waiting_answer(self) -> bool:
        return self.promised_at is not None and self.answered_at is None

    def needs_follow_up(self) -> bool:
        return bool(self.opinion) and not self.follow_up


def get_consultation(consultation_id: int) -> Consultation:
    gone = QT_TRANSLATE_NOOP("DomainError", "That consultation no longer exists.")
    record = Consultation.get_or_none(Consultation.id == values.clean_id(consultation_id, gone))
    if record is None:
        raise NotFound(gone)
    return record


def get_line(line_id: int) -> ConsultationLine:
    gone = QT_TRANSLATE_NOOP("DomainError", "That customer consulted no longer exists.")
    record = ConsultationLine.get_or_none(ConsultationLine.id == values.clean_id(line_id, gone))
    if record is None:
        raise NotFound(gone)
    return record


def consultation_by_number(number: str) -> Consultation:
    text = values.lookup_text(number, Consultation.number)
    record = Consultation.get_or_none(Consultation.number == text) if text else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no consultation {number}."),
                       number=values.shown(str(number).strip()))
    return record


def lines_of(consultation: Consultation) -> list[ConsultationLine]:
    return list(ConsultationLine.select()
                .where(ConsultationLine.consultation == consultation)
                .order_by(ConsultationLine.seq))
