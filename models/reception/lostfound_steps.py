"""The steps of lost and found, declared once (models.steps): the operations check them, the
sub-view's toolbar enables from them. Step names are unique across the three records,
since one toolbar carries them all.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..people import MANAGE_SETTINGS
from ..steps import Step, Steps, declare
from . import lostfound_base as base
from .lostfound_base import Claim, FoundItem, LossReport

NEW_ITEM, SIGN, CLAIM, DISPOSE, PRINT_ITEM, UNCLAIMED_MONTH = (
    "new_item", "sign", "claim", "dispose", "print_item", "unclaimed_month")
NEW_LOSS, RECOVER, ANSWER = "new_loss", "recover", "answer"
PRINT_CLAIM = "print_claim"
PERIOD = "disposal_period"

ITEM_STEPS = declare(FoundItem, [
    Step(NEW_ITEM, base.REGISTER, on_record=False),  # 拾遗登记
    Step(SIGN, base.REGISTER, states=(base.TO_SIGN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Found item {number} is {status}; only an item not yet signed for "
        "can be signed for.")),  # 签收
    Step(CLAIM, base.HAND_OUT, states=(base.UNCLAIMED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Found item {number} is {status}; only an unclaimed item the office "
        "has signed for can be handed to its owner.")),  # 认领
    Step(DISPOSE, base.DISPOSE, states=(base.UNCLAIMED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Found item {number} is {status}; only an unclaimed item can be "
        "disposed of.")),  # 处置
    Step(PRINT_ITEM),  # 失物移交记录表
    Step(UNCLAIMED_MONTH, on_record=False),  # 未认领失物汇总
], status_label=base.item_status_label)

LOSS_STEPS = declare(LossReport, [
    Step(NEW_LOSS, base.REGISTER, on_record=False),  # 报失登记
    Step(RECOVER, base.REGISTER, states=(base.REPORTED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Loss report {number} is {status}; it has already been answered.")),
    Step(ANSWER, base.REGISTER, states=(base.REPORTED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Loss report {number} is {status}; it has already been answered.")),
], status_label=base.loss_status_label)

CLAIM_STEPS = declare(Claim, [
    Step(PRINT_CLAIM),  # 失物认领表
], status_label=lambda code: base.ITEM_STATUS.label(base.CLAIMED))

# The lost-and-found section of the Settings page: the administrator's office setting.
SETTINGS_STEPS = Steps([Step(PERIOD, MANAGE_SETTINGS, on_record=False)])
