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
from . import complaints_steps
from .complaints_base import (
    CHANNELS,
    CLOSING_VERDICTS,
    DISSATISFIED,
    FAIRLY,
    LEVELS,
    MAJOR,
    NATURES,
    ORDINARY,
    PRESET_LABELS,
    PRESETS,
    SATISFIED,
    SEED_002,
    SEED_003,
    URGENT,
    VERDICTS,
    Complaint,
    ComplaintCallback,
    callbacks_of,
    complaint_by_number,
    deadlines,
    get_complaint,
)
from .complaints_base import FINAL as COMPLAINT_FINAL
from .complaints_base import OPEN as COMPLAINT_OPEN
from .complaints_base import PREFIX as COMPLAINT_PREFIX
from .complaints_base import STATUS as COMPLAINT_STATUS
from .complaints_demo import add_complaints
from .complaints_lists import (
    COMPLAINT_LIST,
    due_today,
    late_of,
    late_text,
    register_rows,
)
from .complaints_ops import FIELDS as COMPLAINT_FIELDS
from .complaints_ops import (
    answer_remedy,
    assign,
    call_back,
    cancel,
    complaint_values_from_call,
    judge,
    mark_done,
    record_contact,
    register_complaint,
    set_deadline_preset,
)
from .complaints_ops import sign_for as sign_complaint_notice
from .complaints_steps import COMPLAINT_STEPS
from .complaints_steps import SETTINGS_STEPS as COMPLAINT_SETTINGS_STEPS

__all__ = [
    "CHANNELS", "CLOSING_VERDICTS", "COMPLAINT_FIELDS", "COMPLAINT_FINAL", "COMPLAINT_LIST",
    "COMPLAINT_OPEN", "COMPLAINT_PREFIX", "COMPLAINT_SETTINGS_STEPS", "COMPLAINT_STATUS",
    "COMPLAINT_STEPS", "DISSATISFIED", "FAIRLY", "LEVELS", "MAJOR", "NATURES", "ORDINARY",
    "PRESETS", "PRESET_LABELS", "SATISFIED", "SEED_002", "SEED_003", "URGENT", "VERDICTS",
    "Complaint", "ComplaintCallback", "answer_remedy", "assign", "call_back", "callbacks_of",
    "cancel", "complaint_by_number", "complaint_values_from_call", "complaints_steps",
    "deadlines", "due_today", "get_complaint", "judge", "late_of", "late_text", "mark_done",
    "record_contact", "register_complaint", "register_rows", "set_deadline_preset",
    "sign_complaint_notice",
]

TABLES: tuple = (Complaint, ComplaintCallback)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_complaints,)
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
        if c.verdict not in CLOSING_VERDICTS:
            problems.append(f"complaint {c.number} is closed but its last callback is "
                            f"{c.verdict or 'missing'}")
    for c in Complaint.select().where(Complaint.status == "reopened"):
        if c.verdict != DISSATISFIED:
            problems.append(f"complaint {c.number} is reopened without a 不满意 callback")
    for c in Complaint.select().where(Complaint.status == "invalid"):
        if c.valid != 0 or not c.explanation:
            problems.append(f"complaint {c.number} is not valid without the explanation")
    for c in Complaint.select().where(Complaint.status == "cancelled"):
        if not c.cancel_reason:
            problems.append(f"complaint {c.number} is cancelled without a reason")
    return problems
