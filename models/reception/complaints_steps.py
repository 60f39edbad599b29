"""The steps of a complaint, declared once (models.steps): the operations check them, the
sub-view's toolbar enables from them.

registered → judge (不成立: closed; 成立: to be assigned) → assign (the manager as 客服部长;
a major complaint: the property director) → sign (the department signs for the notice)
→ contact → remedy → done → call back (满意 / 基本满意 closes; 不满意 reopens it to the
department, which answers a remedy again). Cancel: the manager, with a reason.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..people import MANAGE_SETTINGS
from ..steps import Step, Steps, declare
from . import complaints_base as base
from .complaints_base import Complaint

NEW, JUDGE, ASSIGN, SIGN, CONTACT, REMEDY, DONE, CALL_BACK, CANCEL, PRINT, REGISTER_PDF = (
    "new", "judge", "assign", "sign", "contact", "remedy", "done", "call_back", "cancel",
    "print", "register_pdf")
DEADLINES = "complaint_deadlines"


def _assign_permission(record: Complaint) -> str:
    """A major complaint goes to the property director (§二十 5.2)."""
    return base.ASSIGN_MAJOR if record.level == base.MAJOR else base.DISPOSE


COMPLAINT_STEPS = declare(Complaint, [
    Step(NEW, base.REGISTER, on_record=False),  # 投诉登记
    Step(JUDGE, base.DISPOSE, states=(base.REGISTERED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; only a complaint not yet judged "
        "can be judged.")),  # 投诉是否成立
    Step(ASSIGN, _assign_permission, states=(base.TO_ASSIGN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; only a valid complaint not yet "
        "assigned can be assigned.")),  # 分派
    Step(SIGN, base.FOLLOW, states=(base.ASSIGNED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; only an assigned complaint's notice "
        "can be signed for.")),  # 通知单签收
    Step(CONTACT, base.FOLLOW, states=(base.SIGNED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; the first contact is recorded once, "
        "after the department signed for the notice.")),  # 首次联系
    Step(REMEDY, base.FOLLOW, states=(base.CONTACTED, base.REOPENED), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; a remedy is answered after the first "
        "contact, or again when the complaint was reopened.")),  # 补救措施
    Step(DONE, base.FOLLOW, states=(base.ANSWERED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; only a complaint whose remedy was "
        "answered can be done.")),  # 处理完成
    Step(CALL_BACK, base.CALL_BACK, states=(base.DONE,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; only a done complaint is called "
        "back.")),  # 回访
    Step(CANCEL, base.DISPOSE, states=base.OPEN, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Complaint {number} is {status}; only an open complaint can be "
        "cancelled.")),  # 取消
    Step(PRINT),  # 客户投诉处理通知单
    Step(REGISTER_PDF, on_record=False),  # 客户投诉登记表
], status_label=base.status_label)

# The complaints section of the Settings page: the deadline preset.
SETTINGS_STEPS = Steps([Step(DEADLINES, MANAGE_SETTINGS, on_record=False)])
