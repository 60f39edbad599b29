"""The steps of a satisfaction survey, declared once (models.steps): the operations check
them, the sub-view's toolbar enables from them.

draft (the manager sets it up, may still change it) → open (the clerk and the duty officer
type in the returned forms) → closed by the manager (the result frozen). The blank form
prints in any state; the result from the first form entered on.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..steps import Rule, Step, declare
from . import surveys_base as base
from .surveys_base import Survey

NEW, EDIT, OPEN_ENTRY, ENTER, CLOSE, RESULT, PRINT_FORM = (
    "new", "edit", "open_entry", "enter_forms", "close", "survey_result", "print_form")


def _has_forms(survey: Survey) -> bool:
    return base.SurveyForm.select().where(base.SurveyForm.survey == survey).exists()


SURVEY_STEPS = declare(Survey, [
    Step(NEW, base.MANAGE, on_record=False),  # 新建调查
    Step(EDIT, base.MANAGE, states=(base.DRAFT,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Survey {number} is {status}; only a draft survey can be changed.")),
    Step(OPEN_ENTRY, base.MANAGE, states=(base.DRAFT,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Survey {number} is {status}; only a draft survey can be opened for "
        "entry.")),  # 开始录入
    Step(ENTER, base.ENTER, states=(base.OPEN,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Survey {number} is {status}; returned forms are entered while the "
        "survey is open for entry.")),  # 录入意见表
    Step(CLOSE, base.MANAGE, states=(base.OPEN,), rules=(Rule(_has_forms, QT_TRANSLATE_NOOP(
        "DomainError", "Survey {number} has no returned form yet; enter the forms before "
        "closing it.")),), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Survey {number} is {status}; only a survey open for entry can be "
        "closed.")),  # 结束调查
    Step(RESULT, states=(base.OPEN, base.CLOSED), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Survey {number} is {status}; its result is shown once it is open for "
        "entry.")),  # 调查结果
    Step(PRINT_FORM),  # 空白意见表
], status_label=base.status_label)
