"""客户投诉 (complaints): the numbered register and handling notice, judged, assigned, answered,
called back until the customer is satisfied (seed 002 §十九–二十二; docs/domain.md).

The register's parts: ``complaints_base`` (permissions, words, tables, deadlines),
``complaints_steps`` (who may take which step), ``complaints_ops`` (the operations),
``complaints_lists`` (the list, the lateness in SQL, what is due today, the register for
a date range), ``complaints_demo``. The package's ``__init__`` gathers ``__all__`` and
the descriptor's parts below.
"""

from __future__ import annotations

from .. import audit, numbering
from ..i18n import QT_TRANSLATE_NOOP
from . import complaints_analysis as _analysis
from . import complaints_base as _base
from . import (
    complaints_callbacks,  # noqa: F401 - registers the callback source
    complaints_steps,
)
from . import complaints_lists as _lists
from . import complaints_ops as _ops
from .complaints_base import Complaint, ComplaintCallback, complaint_by_number, get_complaint
from .complaints_demo import add_complaints
from .complaints_lists import COMPLAINT_LIST, COUNTERS  # noqa: F401 - the tab's counters
from .complaints_ops import complaint_values_from_call, register_complaint
from .complaints_steps import COMPLAINT_STEPS
from .complaints_steps import SETTINGS_STEPS as COMPLAINT_SETTINGS_STEPS

# The words and codes, named for the reception package (each register prefixes its own).
COMPLAINT_PREFIX, COMPLAINT_STATUS = _base.PREFIX, _base.STATUS
COMPLAINT_OPEN, COMPLAINT_FINAL = _base.OPEN, _base.FINAL
COMPLAINT_CHANNELS, COMPLAINT_NATURES = _base.CHANNELS, _base.NATURES
COMPLAINT_LEVELS, COMPLAINT_VERDICTS = _base.LEVELS, _base.VERDICTS
COMPLAINT_ORDINARY, COMPLAINT_URGENT, COMPLAINT_MAJOR = _base.ORDINARY, _base.URGENT, _base.MAJOR
CALLBACK_SATISFIED, CALLBACK_FAIRLY = _base.SATISFIED, _base.FAIRLY
CALLBACK_DISSATISFIED, COMPLAINT_CLOSING_VERDICTS = _base.DISSATISFIED, _base.CLOSING_VERDICTS
COMPLAINT_PRESETS, COMPLAINT_PRESET_LABELS = _base.PRESETS, _base.PRESET_LABELS
COMPLAINT_PRESET_002, COMPLAINT_PRESET_003 = _base.SEED_002, _base.SEED_003
COMPLAINT_FIELDS = _ops.FIELDS
complaint_deadlines, complaint_callbacks = _base.deadlines, _base.callbacks_of
# The operations, one per step (complaints_ops).
judge_complaint, assign_complaint = _ops.judge, _ops.assign
sign_complaint_notice, record_complaint_contact = _ops.sign_for, _ops.record_contact
answer_complaint_remedy, mark_complaint_done = _ops.answer_remedy, _ops.mark_done
call_back_complaint, cancel_complaint = _ops.call_back, _ops.cancel
set_complaint_deadlines = _ops.set_deadline_preset
# The list's helpers (complaints_lists).
complaints_due_today, complaint_late_of = _lists.due_today, _lists.late_of
complaints_overdue = _lists.count_overdue
complaint_late_text, complaint_register_rows = _lists.late_text, _lists.register_rows
# 投诉分析, half-yearly and yearly (complaints_analysis).
complaints_analysis, complaints_analysis_of = _analysis.analyse, _analysis.analyse_period
analysis_period, analysis_period_name = _analysis.period, _analysis.period_name

__all__ = [
    "CALLBACK_DISSATISFIED", "CALLBACK_FAIRLY", "CALLBACK_SATISFIED", "COMPLAINT_CHANNELS",
    "COMPLAINT_CLOSING_VERDICTS", "COMPLAINT_FIELDS", "COMPLAINT_FINAL", "COMPLAINT_LEVELS",
    "COMPLAINT_LIST", "COMPLAINT_MAJOR", "COMPLAINT_NATURES", "COMPLAINT_OPEN",
    "COMPLAINT_ORDINARY", "COMPLAINT_PREFIX", "COMPLAINT_PRESETS", "COMPLAINT_PRESET_002",
    "COMPLAINT_PRESET_003", "COMPLAINT_PRESET_LABELS", "COMPLAINT_SETTINGS_STEPS",
    "COMPLAINT_STATUS", "COMPLAINT_STEPS", "COMPLAINT_URGENT", "COMPLAINT_VERDICTS",
    "Complaint", "ComplaintCallback", "answer_complaint_remedy", "assign_complaint",
    "call_back_complaint", "cancel_complaint", "complaint_by_number", "complaint_callbacks",
    "complaint_deadlines", "complaint_late_of", "complaint_late_text",
    "complaint_register_rows", "complaint_values_from_call", "complaints_due_today",
    "complaints_overdue",
    "complaints_steps", "get_complaint", "judge_complaint", "mark_complaint_done",
    "record_complaint_contact", "register_complaint", "set_complaint_deadlines",
    "sign_complaint_notice",
    "analysis_period", "analysis_period_name", "complaints_analysis", "complaints_analysis_of",
]

TABLES: tuple = (Complaint,)  # its callbacks: the core's table (models.callbacks)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_complaints, complaints_callbacks.add_callback_demo)
STEPS: tuple = (COMPLAINT_STEPS,)

numbering.register(COMPLAINT_PREFIX, Complaint, Complaint.number)

audit.ACTION_LABELS.update({
    "complaint.register": QT_TRANSLATE_NOOP("Lists", "Complaint registered"),
    "complaint.judge": QT_TRANSLATE_NOOP("Lists", "Complaint judged"),
    "complaint.assign": QT_TRANSLATE_NOOP("Lists", "Complaint assigned"),
    "complaint.sign": QT_TRANSLATE_NOOP("Lists", "Complaint notice signed for"),
    "complaint.contact": QT_TRANSLATE_NOOP("Lists", "Complaint: customer contacted"),
    "complaint.remedy": QT_TRANSLATE_NOOP("Lists", "Complaint: remedy answered"),
    "complaint.done": QT_TRANSLATE_NOOP("Lists", "Complaint done"),
    "complaint.callback": QT_TRANSLATE_NOOP("Lists", "Complaint called back"),
    "complaint.cancel": QT_TRANSLATE_NOOP("Lists", "Complaint cancelled"),
})


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    for c in Complaint.select().where(Complaint.status == "closed"):
        if c.verdict not in COMPLAINT_CLOSING_VERDICTS:
            problems.append(f"complaint {c.number} is closed but its last callback is "
                            f"{c.verdict or 'missing'}")
    for c in Complaint.select().where(Complaint.status == "reopened"):
        if c.verdict != CALLBACK_DISSATISFIED:
            problems.append(f"complaint {c.number} is reopened without a 不满意 callback")
    for c in Complaint.select().where(Complaint.status == "invalid"):
        if c.valid != 0 or not c.explanation:
            problems.append(f"complaint {c.number} is not valid without the explanation")
    for c in Complaint.select().where(Complaint.status == "cancelled"):
        if not c.cancel_reason:
            problems.append(f"complaint {c.number} is cancelled without a reason")
    return problems
