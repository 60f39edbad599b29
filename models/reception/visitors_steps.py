"""The steps on a visit, declared once: the operations in ``visitors_flow`` check them, the
visitors view's toolbar enables its buttons from them (models.steps).

预约 expected → 已通知 notified → 在访 on site → 已离开 left; or 未到 / 取消 while waiting.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..people import MANAGE_SETTINGS
from ..steps import Rule, Step, Steps, declare
from . import privacy
from . import visitors_base as base
from .visitors_base import Visit

NEW, EDIT, NOTIFY, SIGN_IN, SIGN_OUT = "new", "edit", "notify", "sign_in", "sign_out"
NO_SHOW, CANCEL, PRINT, DAY, REVEAL = "no_show", "cancel", "print", "day", "reveal"
SETTINGS, IDENTITIES = "settings", "identities"

VISIT_STEPS = declare(Visit, [
    Step(NEW, base.REGISTER, on_record=False),  # 登记
    Step(EDIT, base.REGISTER, states=base.OPEN_STATUSES, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Visit {number} is {status}; a finished visit is no longer changed.")),
    Step(NOTIFY, base.REGISTER, states=(base.EXPECTED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Visit {number} is {status}; only an expected visitor's host is "
        "told.")),  # 通知被访人
    Step(SIGN_IN, base.REGISTER, states=(base.NOTIFIED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Visit {number} is {status}; a visitor is let in once the host has "
        "been told.")),  # 进入
    Step(SIGN_OUT, base.REGISTER, states=(base.ON_SITE,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Visit {number} is {status}; only a visitor on site signs out.")),
    Step(NO_SHOW, base.REGISTER, states=base.WAITING, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Visit {number} is {status}; only a visitor still expected can be "
        "marked as not come.")),  # 未到
    Step(CANCEL, base.REGISTER, states=base.WAITING, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Visit {number} is {status}; only a visit not yet begun can be "
        "cancelled.")),  # 取消
    Step(PRINT),  # 访客单
    Step(DAY, on_record=False),  # 来访登记表
    Step(REVEAL, privacy.REVEAL_ID, rules=(Rule(lambda visit: bool(visit.id_number),
                                                 QT_TRANSLATE_NOOP(
        "DomainError", "Visit {number} has no ID number to show.")),)),
], status_label=base.status_label)

# The visitors' part of the Settings page: office settings, the administrator's.
SETTINGS_STEPS = Steps([
    Step(SETTINGS, MANAGE_SETTINGS, on_record=False),  # 自动签退, 超时, 清除期限
    Step(IDENTITIES, MANAGE_SETTINGS, on_record=False),  # 来访身份
])
