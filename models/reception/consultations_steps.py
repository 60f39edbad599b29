"""The steps of a consultation, declared once (models.steps): the operations check them, the
sub-view's toolbar enables from them.

new (the customers consulted) → follow up a line (跟进处理情况, until reviewed) → answer a
promised line (also from the callback queue) → review (客服部长审核: every opinion followed
up, every promised answer given) → reviewed.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..steps import Step, declare
from . import consultations_base as base
from .consultations_base import Consultation

NEW, FOLLOW_UP, ANSWER, REVIEW, PRINT = "new", "follow_up", "answer", "review", "print"

CONSULTATION_STEPS = declare(Consultation, [
    Step(NEW, base.RECORD, on_record=False),  # 意见咨询登记
    Step(FOLLOW_UP, base.FOLLOW, states=base.OPEN, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Consultation {number} is {status}; its follow-ups are recorded "
        "before the manager reviews it.")),  # 跟进处理
    Step(ANSWER, base.FOLLOW, states=(base.RECORDED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Consultation {number} is {status}; no customer of it waits for a "
        "promised answer.")),  # 约定答复
    Step(REVIEW, base.REVIEW, states=(base.FOLLOWED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Consultation {number} is {status}; the manager reviews it once every "
        "opinion is followed up and every promised answer given.")),  # 客服部长审核
    Step(PRINT),  # 电话意见咨询记录
], status_label=base.status_label)
