"""The steps on a suggestion, declared once: the operations check them, the toolbar enables
from them (models.steps)."""

from __future__ import annotations

from .. import people
from ..i18n import QT_TRANSLATE_NOOP
from ..people import MANAGE_SETTINGS
from ..steps import Rule, Step, Steps, declare
from .suggestions_base import (
    SUGGESTION_ACKNOWLEDGED,
    SUGGESTION_CONFIRMED,
    SUGGESTION_REGISTERED,
    SUGGESTION_SENT,
    SUGGESTION_STATUS_LABELS,
    Suggestion,
)

# Clerk and duty officer register and carry a suggestion on; the duty officer confirms it.
SUGGESTION_REGISTER = "reception.suggestions.register"
SUGGESTION_CONFIRM_PERMISSION = "reception.suggestions.confirm"
people.grant(SUGGESTION_REGISTER, QT_TRANSLATE_NOOP("Permission", "register suggestions and opinions"),
             people.CLERK, people.DUTY)
people.grant(SUGGESTION_CONFIRM_PERMISSION,
             QT_TRANSLATE_NOOP("Permission", "confirm the day's suggestions"),
             people.DUTY, people.MANAGER)

SUGGESTION_NEW, SUGGESTION_OPEN, SUGGESTION_CONFIRM = "new", "open", "confirm"
SUGGESTION_SEND, SUGGESTION_ACK, SUGGESTION_RESULT = "send", "acknowledge", "result"
SUGGESTION_PRINT, SUGGESTION_MONTH = "print_list", "month"
SUGGESTION_SETTINGS = "suggestion_settings"

SUGGESTION_STEPS = declare(Suggestion, [
    Step(SUGGESTION_NEW, SUGGESTION_REGISTER, on_record=False),  # 登记
    Step(SUGGESTION_OPEN),
    Step(SUGGESTION_CONFIRM, SUGGESTION_CONFIRM_PERMISSION, states=(SUGGESTION_REGISTERED,),
         refusal=QT_TRANSLATE_NOOP("DomainError", "Suggestion {number} is {status}; only a "
                                   "suggestion waiting for confirmation can be confirmed.")),
    Step(SUGGESTION_SEND, SUGGESTION_REGISTER, states=(SUGGESTION_CONFIRMED,),
         refusal=QT_TRANSLATE_NOOP("DomainError", "Suggestion {number} is {status}; it is sent "
                                   "to the department once the duty officer has confirmed it.")),
    Step(SUGGESTION_ACK, SUGGESTION_REGISTER, states=(SUGGESTION_SENT,),
         refusal=QT_TRANSLATE_NOOP("DomainError", "Suggestion {number} is {status}; only a "
                                   "suggestion sent to its department can be acknowledged.")),
    Step(SUGGESTION_RESULT, SUGGESTION_REGISTER, states=(SUGGESTION_ACKNOWLEDGED,),
         rules=(Rule(lambda s: bool(s.ack_name), QT_TRANSLATE_NOOP(
             "DomainError", "Suggestion {number} has no signature of its department yet.")),),
         refusal=QT_TRANSLATE_NOOP("DomainError", "Suggestion {number} is {status}; the result "
                                   "is recorded after the department has signed for it.")),
    Step(SUGGESTION_PRINT, on_record=False),  # 建议/意见记录表
    Step(SUGGESTION_MONTH, on_record=False),  # 月汇总
], status_label=lambda code: SUGGESTION_STATUS_LABELS.label(code))

SUGGESTION_SETTINGS_STEPS = Steps([Step(SUGGESTION_SETTINGS, MANAGE_SETTINGS, on_record=False)])
