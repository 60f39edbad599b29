"""意见咨询 (consultations): the weekly telephone consultation and the quarterly on-site one,
followed up and reviewed by the manager (seed 002 §一 3.23, §二 3.8, §五 1.5; docs/domain.md).

The register's parts: ``consultations_base`` (permissions, words, tables),
``consultations_steps``, ``consultations_ops`` (the operations, the callback queue's
source), ``consultations_lists`` (the list, the weeks and quarters not done),
``consultations_demo``. Importing it registers the ``consultation`` source of the callback
queue (models.callbacks): the customers promised an answer and not answered yet.
"""

from __future__ import annotations

from .. import audit, callbacks, numbering
from ..i18n import QT_TRANSLATE_NOOP
from . import consultations_base as _base
from . import consultations_lists as _lists
from . import consultations_ops as _ops
from . import consultations_steps
from .consultations_base import (
    Consultation,
    ConsultationLine,
    consultation_by_number,
    get_consultation,
)
from .consultations_demo import add_consultations
from .consultations_lists import CONSULTATION_LIST, consultation_gaps
from .consultations_ops import record_consultation
from .consultations_steps import CONSULTATION_STEPS
from .counters import Counter, only


def _this_weeks_calls():
    monday, sunday = _lists.this_week()
    return only(date_from=monday, date_to=sunday, extra={"kind": _base.PHONE})()

# The words and codes, named for the reception package.
CONSULTATION_PREFIX, CONSULTATION_STATUS = _base.PREFIX, _base.STATUS
CONSULTATION_KINDS, CONSULTATION_OPEN = _base.KINDS, _base.OPEN
CONSULTATION_PHONE, CONSULTATION_ONSITE = _base.PHONE, _base.ONSITE
CONSULTATION_RECORDED, CONSULTATION_FOLLOWED = _base.RECORDED, _base.FOLLOWED
CONSULTATION_REVIEWED = _base.REVIEWED
CONSULTATION_FIELDS, CONSULTATION_LINE_FIELDS = _ops.FIELDS, _ops.LINE_FIELDS
ConsultationGap = _lists.Gap
CONSULTATION_ANSWER_DUE, CONSULTATION_ANSWER_LATE = _lists.DUE_TODAY, _lists.LATE  # "answer"
get_consultation_line, consultation_lines = _base.get_line, _base.lines_of
follow_up_consultation, answer_consultation = _ops.follow_up, _ops.answer_line
review_consultation, consultations_waiting = _ops.review, _ops.waiting
consultations_between, consultation_record_rows = _lists.consultations_between, _lists.record_rows

__all__ = [
    "CONSULTATION_ANSWER_DUE", "CONSULTATION_ANSWER_LATE", "CONSULTATION_FIELDS", "CONSULTATION_FOLLOWED", "CONSULTATION_KINDS",
    "CONSULTATION_LINE_FIELDS", "CONSULTATION_LIST", "CONSULTATION_ONSITE", "CONSULTATION_OPEN",
    "CONSULTATION_PHONE", "CONSULTATION_PREFIX", "CONSULTATION_RECORDED",
    "CONSULTATION_REVIEWED", "CONSULTATION_STATUS", "CONSULTATION_STEPS", "Consultation",
    "ConsultationGap", "ConsultationLine", "answer_consultation", "consultation_by_number",
    "consultation_gaps", "consultation_lines", "consultation_record_rows",
    "consultations_between", "consultations_steps", "consultations_waiting",
    "follow_up_consultation", "get_consultation", "get_consultation_line",
    "record_consultation", "review_consultation",
]

TABLES: tuple = (Consultation, ConsultationLine)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_consultations,)
STEPS: tuple = (CONSULTATION_STEPS,)
# The tab's counters (models.reception.counters): promised answers due, late (red); and
# this week's telephone consultation while it is not done (1, not red: still to do, as the
# view's strip says; its link lists this week's telephone consultations: none yet).
COUNTERS: tuple = (
    Counter("consultation_answers_due", QT_TRANSLATE_NOOP(
        "Reception", "Consultation answers due today or late: {count}"),
        _lists.answers_due_count, only(extra={"answer": _lists.DUE_TODAY}),
        CONSULTATION_LIST.name),
    Counter("consultation_answers_late", QT_TRANSLATE_NOOP(
        "Reception", "Consultation answers late: {count}"),
        _lists.answers_late_count, only(extra={"answer": _lists.LATE}), CONSULTATION_LIST.name,
        alarm=True),
    Counter("consultation_week_missing", QT_TRANSLATE_NOOP(
        "Reception", "Telephone consultation this week not done: {count}"),
        _lists.week_call_missing, _this_weeks_calls, CONSULTATION_LIST.name),
)

numbering.register(CONSULTATION_PREFIX, Consultation, Consultation.number)

audit.ACTION_LABELS.update({
    "consultation.record": QT_TRANSLATE_NOOP("Lists", "Consultation recorded"),
    "consultation.follow_up": QT_TRANSLATE_NOOP("Lists", "Consultation followed up"),
    "consultation.answer": QT_TRANSLATE_NOOP("Lists", "Consultation: promised answer given"),
    "consultation.review": QT_TRANSLATE_NOOP("Lists", "Consultation reviewed"),
})

callbacks.register_source(callbacks.Source(
    kind="consultation", label=QT_TRANSLATE_NOOP("Callbacks", "Opinion consultation"),
    waiting=_ops.waiting, apply=_ops.apply_verdict))


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    for c in Consultation.select().where(Consultation.status.in_(
            (_base.FOLLOWED, _base.REVIEWED))):
        if any(line.needs_follow_up() or line.waiting_answer() for line in _base.lines_of(c)):
            problems.append(f"consultation {c.number} is {c.status} with a follow-up or a "
                            f"promised answer missing")
    for c in Consultation.select().where(Consultation.status == _base.REVIEWED):
        if not c.reviewed_by or c.reviewed_at is None:
            problems.append(f"consultation {c.number} is reviewed without the reviewer")
    return problems
