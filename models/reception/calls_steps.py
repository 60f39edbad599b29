"""The steps on a call, declared once: the operations check them, the toolbar enables from them."""

from __future__ import annotations

from .. import people
from ..i18n import QT_TRANSLATE_NOOP
from ..people import MANAGE_SETTINGS
from ..steps import Rule, Step, Steps, declare
from .calls_base import CALL_PENDING, CALL_STATUS_LABELS, CALL_TO_REGISTER, Call

CALL_REGISTER = "reception.calls.register"
people.grant(CALL_REGISTER, QT_TRANSLATE_NOOP("Permission", "register and answer calls"),
             people.CLERK, people.DUTY)

CALL_NEW, CALL_OPEN, CALL_ANSWER, CALL_ROUTE_REPAIR = "new", "open", "answer", "to_repair"
CALL_ROUTE_COMPLAINT = "to_complaint"
CALL_SETTINGS = "call_settings"

CALL_STEPS = declare(Call, [
    Step(CALL_NEW, CALL_REGISTER, on_record=False),  # 登记
    Step(CALL_OPEN),
    Step(CALL_ANSWER, CALL_REGISTER, states=(CALL_PENDING,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Call {number} is {status}; only a call waiting for its answer can be "
        "answered.")),  # 答复
    Step(CALL_ROUTE_REPAIR, CALL_REGISTER, states=(CALL_PENDING,), rules=(
        Rule(lambda call: call.repair_order_id is None, QT_TRANSLATE_NOOP(
            "DomainError", "Call {number} already has its repair order.")),),
        refusal=QT_TRANSLATE_NOOP(
            "DomainError", "Call {number} is {status}; only a call still waiting for its answer "
            "can become a repair order.")),  # 转报修
    # 登记投诉: the complaint register's form, filled from the call (complaints_ops)
    Step(CALL_ROUTE_COMPLAINT, CALL_REGISTER, states=(CALL_TO_REGISTER,),
         refusal=QT_TRANSLATE_NOOP(
             "DomainError", "Call {number} is {status}; only a call marked as a complaint to "
             "register can have its complaint registered.")),
], status_label=lambda code: CALL_STATUS_LABELS.label(code))

CALL_SETTINGS_STEPS = Steps([Step(CALL_SETTINGS, MANAGE_SETTINGS, on_record=False)])
