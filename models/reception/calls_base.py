"""来电记录: the words, the table and the lookup (the steps and operations build on these)."""

from __future__ import annotations

import datetime as dt

from peewee import CharField, DateTimeField, ForeignKeyField

from .. import clock, repairs, values
from ..db import BaseModel
from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary
from .suggestions import Suggestion

KIND_REPAIR, KIND_COMPLAINT, KIND_INQUIRY = "repair", "complaint", "inquiry"
KIND_SPECIAL, KIND_PROJECT, KIND_SUGGESTION = "special", "project", "suggestion"
# The kinds in the order of their keys on the form (1 … 6).
CALL_KIND_LABELS = Vocabulary("Reception", [
    Term(KIND_REPAIR, QT_TRANSLATE_NOOP("Reception", "Repair"), "报修"),
    Term(KIND_COMPLAINT, QT_TRANSLATE_NOOP("Reception", "Complaint"), "投诉"),
    Term(KIND_INQUIRY, QT_TRANSLATE_NOOP("Reception", "Inquiry"), "咨询"),
    Term(KIND_SPECIAL, QT_TRANSLATE_NOOP("Reception", "Special service"), "特约服务"),
    Term(KIND_PROJECT, QT_TRANSLATE_NOOP("Reception", "Project service"), "专项服务"),
    Term(KIND_SUGGESTION, QT_TRANSLATE_NOOP("Reception", "Suggestion"), "建议"),
])
# Kinds answered by the desk (now, or by the promised time).
ANSWERED_KINDS = (KIND_INQUIRY, KIND_SPECIAL, KIND_PROJECT)

CALL_PENDING, CALL_ANSWERED = "pending", "answered"
CALL_TO_REPAIR, CALL_TO_SUGGESTION, CALL_TO_REGISTER = "repair_order", "suggestion", "to_register"
# A 投诉 call once its complaint is registered; the complaint names the call (Complaint.call_id).
CALL_TO_COMPLAINT = "complaint"
CALL_STATUS_LABELS = Vocabulary("Reception", [
    Term(CALL_PENDING, QT_TRANSLATE_NOOP("Reception", "To answer"), "待答复"),
    Term(CALL_ANSWERED, QT_TRANSLATE_NOOP("Reception", "Answered"), "已答复"),
    Term(CALL_TO_REPAIR, QT_TRANSLATE_NOOP("Reception", "Order made"), "已转报修"),
    Term(CALL_TO_SUGGESTION, QT_TRANSLATE_NOOP("Reception", "Suggestion made"), "已转建议"),
    Term(CALL_TO_REGISTER, QT_TRANSLATE_NOOP("Reception", "To register"), "投诉待登记"),
    Term(CALL_TO_COMPLAINT, QT_TRANSLATE_NOOP("Reception", "Complaint made"), "已转投诉"),
])


class Call(BaseModel):
    """One call. The links to what it became live here (RepairOrder has no field for it)."""

    called_at = DateTimeField(index=True)
    entered_at = DateTimeField()
    caller = CharField(default="", index=True, max_length=50)
    unit = CharField(default="", max_length=100)  # department or company
    room = CharField(default="", index=True, max_length=100)
    phone = CharField(default="", index=True, max_length=40)
    kind = CharField(default=KIND_INQUIRY, index=True)
    content = BoundedText(max_length=1000)
    answer = BoundedText(default="", max_length=1000)
    department = CharField(default="", max_length=100)  # responsible department
    person = CharField(default="", max_length=50)  # responsible person
    promised_at = DateTimeField(null=True)
    answered_at = DateTimeField(null=True)
    status = CharField(default=CALL_PENDING)
    repair_order = ForeignKeyField(repairs.RepairOrder, null=True, unique=True, backref="+",
                                   on_delete="RESTRICT")
    suggestion = ForeignKeyField(Suggestion, null=True, unique=True, backref="+",
                                 on_delete="RESTRICT")
    taken_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "reception_call"
        indexes = ((("status", "promised_at"), False), (("status", "called_at"), False))

    @property
    def number(self) -> str:
        return f"LD{self.called_at:%Y%m%d}-{self.id}"

    @property
    def status_label(self) -> Translatable:
        return CALL_STATUS_LABELS.label(self.status)

    def late(self, now: dt.datetime | None = None) -> bool:
        """Past its promised time: still unanswered, or answered after it."""
        if self.promised_at is None:
            return False
        if self.answered_at is not None:
            return self.answered_at > self.promised_at
        return self.status == CALL_PENDING and (now or clock.now()) > self.promised_at


def get_call(call_id: int) -> Call:
    gone = QT_TRANSLATE_NOOP("DomainError", "That call no longer exists.")
    record = Call.get_or_none(Call.id == values.clean_id(call_id, gone))
    if record is None:
        raise NotFound(gone)
    return record
