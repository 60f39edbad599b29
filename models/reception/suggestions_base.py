"""建议/意见: the words, the table and the lookup (the steps and operations build on these)."""

from __future__ import annotations

import datetime as dt

from peewee import CharField, DateField, DateTimeField, ForeignKeyField

from .. import clock, values
from ..db import BaseModel
from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

SUGGESTION_REGISTERED = "registered"  # 待确认
SUGGESTION_CONFIRMED = "confirmed"  # 已确认
SUGGESTION_SENT = "sent"  # 已送部门
SUGGESTION_ACKNOWLEDGED = "acknowledged"  # 部门已签收
SUGGESTION_CLOSED = "closed"  # 已处理

SUGGESTION_STATUS_LABELS = Vocabulary("Reception", [
    Term(SUGGESTION_REGISTERED, QT_TRANSLATE_NOOP("Reception", "To confirm"), "待确认"),
    Term(SUGGESTION_CONFIRMED, QT_TRANSLATE_NOOP("Reception", "Confirmed"), "已确认"),
    Term(SUGGESTION_SENT, QT_TRANSLATE_NOOP("Reception", "Sent"), "已送部门"),
    Term(SUGGESTION_ACKNOWLEDGED, QT_TRANSLATE_NOOP("Reception", "Acknowledged"), "部门已签收"),
    Term(SUGGESTION_CLOSED, QT_TRANSLATE_NOOP("Reception", "Result recorded"), "已处理"),
])

SRC_SWITCHBOARD, SRC_DESK, SRC_BOX, SRC_WECHAT, SRC_CALL = (
    "switchboard", "desk", "box", "wechat", "call")
SUGGESTION_SOURCE_LABELS = Vocabulary("Reception", [
    Term(SRC_SWITCHBOARD, QT_TRANSLATE_NOOP("Reception", "Switchboard"), "电话总机"),
    Term(SRC_DESK, QT_TRANSLATE_NOOP("Reception", "Reception post"), "接待岗"),
    Term(SRC_BOX, QT_TRANSLATE_NOOP("Reception", "Suggestion box"), "意见箱"),
    Term(SRC_WECHAT, QT_TRANSLATE_NOOP("Reception", "WeChat account"), "微信公众号"),
    Term(SRC_CALL, QT_TRANSLATE_NOOP("Reception", "Incoming call"), "来电"),
])


class Suggestion(BaseModel):
    """One suggestion or opinion. ``confirm_due`` is stored so "late" is an indexed filter."""

    received_at = DateTimeField(index=True)
    entered_at = DateTimeField()
    source = CharField(default=SRC_SWITCHBOARD)
    person = CharField(default="", max_length=50)
    phone = CharField(default="", index=True, max_length=40)
    room = CharField(default="", index=True, max_length=100)
    content = BoundedText(max_length=1000)
    department = CharField(default="", index=True, max_length=100)  # responsible
    status = CharField(default=SUGGESTION_REGISTERED, index=True)
    confirm_due = DateTimeField()
    confirmed_at = DateTimeField(null=True)
    confirmed_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    sent_at = DateTimeField(null=True)
    ack_name = CharField(default="", max_length=50)  # the department's signer
    ack_date = DateField(null=True)
    result = BoundedText(default="", max_length=1000)
    result_at = DateTimeField(null=True, index=True)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "reception_suggestion"
        indexes = ((("status", "confirm_due"), False),)

    @property
    def number(self) -> str:
        return f"JY{self.received_at:%Y%m%d}-{self.id}"

    @property
    def status_label(self) -> Translatable:
        return SUGGESTION_STATUS_LABELS.label(self.status)

    def confirm_late(self, now: dt.datetime | None = None) -> bool:
        """Not confirmed by its deadline (still waiting past it, or confirmed after it)."""
        if self.confirmed_at is not None:
            return self.confirmed_at > self.confirm_due
        return (now or clock.now()) > self.confirm_due


def get_suggestion(suggestion_id: int) -> Suggestion:
    gone = QT_TRANSLATE_NOOP("DomainError", "That suggestion no longer exists.")
    record = Suggestion.get_or_none(Suggestion.id == values.clean_id(suggestion_id, gone))
    if record is None:
        raise NotFound(gone)
    return record
