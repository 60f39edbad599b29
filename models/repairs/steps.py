"""The steps on a repair order, declared once: the operations in ``repairs.flow`` check them,
the tab's toolbar and the order dialog enable their buttons from them (models.steps).

In the toolbar's order. ``ORDER_STEPS.allowed(user, order)`` answers which apply now.
Engineering's steps may be taken at the clerk's desk (``vouch``): the engineer accepts
or completes there with his own login and password.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..people import MANAGE_SETTINGS
from ..steps import Rule, Step, Steps, declare
from . import base
from .base import RepairOrder

NEW, OPEN, EDIT, DISPATCH, ACCEPT = "new", "open", "edit", "dispatch", "accept"
COMPLETE, CHECK, SEND_BACK, CALL_BACK = "complete", "check", "send_back", "call_back"
CANCEL, PAPER, PRINT, MONTHLY = "cancel", "paper", "print", "monthly"
DEADLINES, CATEGORIES = "deadlines", "categories"


def _paper_out(order: RepairOrder) -> bool:
    return order.dispatched_at is not None and order.status != base.CANCELLED


ORDER_STEPS = declare(RepairOrder, [
    Step(NEW, base.REGISTER, on_record=False),  # 登记
    Step(OPEN),
    Step(EDIT, base.REGISTER, states=base.NOT_ACCEPTED, refusal=QT_TRANSLATE_NOOP(
        "DomainError",
        "Order {number} is {status}; its registration can only be changed before "
        "engineering accepts it.")),
    Step(DISPATCH, base.DISPATCH, states=(base.REGISTERED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is {status}; only a registered order can be "
        "dispatched.")),  # 派工
    Step(ACCEPT, base.WORK, vouch=True, states=(base.DISPATCHED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is {status}; only a dispatched order can be "
        "accepted.")),  # 接单
    Step(COMPLETE, base.WORK, vouch=True, states=(base.IN_PROGRESS,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is {status}; only an order in progress can be "
        "completed.")),  # 完工
    Step(CHECK, base.CHECK, states=(base.COMPLETED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is {status}; only completed work can be "
        "checked.")),  # 验收
    Step(SEND_BACK, base.CHECK, states=(base.COMPLETED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is {status}; only completed work can be sent "
        "back.")),  # 验收不合格
    Step(CALL_BACK, base.CALL_BACK, states=(base.CHECKED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is {status}; the customer is called back only "
        "after the work has been checked.")),  # 回访
    Step(CANCEL, base.CANCEL, states=base.OPEN_STATUSES, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is {status}; only an order not yet completed "
        "can be cancelled.")),  # 取消
    Step(PAPER, base.DISPATCH, rules=(  # 回单
        Rule(_paper_out, QT_TRANSLATE_NOOP(
            "DomainError", "Order {number} is {status}; it has no paper copy out with "
            "engineering.")),
        Rule(lambda order: not order.paper_returned, QT_TRANSLATE_NOOP(
            "DomainError", "The paper copy of order {number} has already been returned.")),
    )),
    Step(PRINT),  # 工程服务单
    Step(MONTHLY, on_record=False),  # 工程维修月报
], status_label=base.status_label)

# The repairs page of Settings: office settings, the administrator's (set_deadlines,
# save_deadlines, save_category, move_category check these; the page enables from them).
SETTINGS_STEPS = Steps([
    Step(DEADLINES, MANAGE_SETTINGS, on_record=False),  # 时限
    Step(CATEGORIES, MANAGE_SETTINGS, on_record=False),  # 报修类别
])
