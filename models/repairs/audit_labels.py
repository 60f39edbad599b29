"""How the audit log names the repair orders' tables and fields (models.audit.declare).

The words are the repairs area's own: the registration fields' labels
(``FIELD_LABELS``), the list's column headers, the vocabularies of status,
source, urgency and verdict. The log stores codes; the manager reads these.
"""

from __future__ import annotations

from .. import audit
from ..i18n import QT_TRANSLATE_NOOP
from .base import (
    FIELD_LABELS,
    NORMAL,
    SOURCE_LABELS,
    STATUS_LABELS,
    URGENCY_LABELS,
    URGENT,
    VERDICT_LABELS,
    RepairCategory,
    deadline_key,
)


def _category(value: object) -> str:
    """A category recorded by id, by its name."""
    category = RepairCategory.get_or_none(RepairCategory.id == value) \
        if isinstance(value, int) else None
    return category.name if category is not None else str(value)


Field = audit.Field
ORDER_FIELDS: dict[str, Field | str] = {
    **{key: Field(label, "Repairs") for key, label in FIELD_LABELS.items()},
    "source": Field(FIELD_LABELS["source"], "Repairs", words=SOURCE_LABELS),
    "urgency": Field(FIELD_LABELS["urgency"], "Repairs", words=URGENCY_LABELS),
    "category": Field(FIELD_LABELS["category"], "Repairs", show=_category),
    "status": Field(QT_TRANSLATE_NOOP("Lists", "Status"), "Lists", words=STATUS_LABELS),
    "verdict": Field(QT_TRANSLATE_NOOP("Audit", "Verdict"), words=VERDICT_LABELS),
    "engineer": Field(QT_TRANSLATE_NOOP("Lists", "Engineer"), "Lists"),
    "accept_due": Field(QT_TRANSLATE_NOOP("Lists", "Accept by"), "Lists"),
    "complete_due": Field(QT_TRANSLATE_NOOP("Lists", "Complete by"), "Lists"),
    "entered_at": QT_TRANSLATE_NOOP("Audit", "Entered"),
    "dispatched_at": QT_TRANSLATE_NOOP("Audit", "Dispatched"),
    "paper_returned_at": QT_TRANSLATE_NOOP("Audit", "Paper returned"),
    "accepted_at": QT_TRANSLATE_NOOP("Audit", "Accepted"),
    "completed_at": QT_TRANSLATE_NOOP("Audit", "Completed"),
    "checked_at": QT_TRANSLATE_NOOP("Audit", "Checked"),
    "work_done": QT_TRANSLATE_NOOP("Audit", "Work done"),
    "materials": QT_TRANSLATE_NOOP("Audit", "Materials used"),
    "comment": QT_TRANSLATE_NOOP("Audit", "Customer's comment"),
    "send_back_count": QT_TRANSLATE_NOOP("Audit", "Times sent back"),
}

DEADLINE_WORDS = {
    (NORMAL, "accept"): QT_TRANSLATE_NOOP("Audit", "Minutes to accept a normal order"),
    (NORMAL, "complete"): QT_TRANSLATE_NOOP("Audit", "Minutes to complete a normal order"),
    (URGENT, "accept"): QT_TRANSLATE_NOOP("Audit", "Minutes to accept an urgent order"),
    (URGENT, "complete"): QT_TRANSLATE_NOOP("Audit", "Minutes to complete an urgent order"),
}

audit.declare(
    audit.TableWords("repair_order", QT_TRANSLATE_NOOP("Audit", "Repair order"),
                     fields=ORDER_FIELDS),
    audit.TableWords("repair_category", QT_TRANSLATE_NOOP("Audit", "Repair category")),
)
audit.add_fields("office_setting", {deadline_key(urgency, what): label
                                    for (urgency, what), label in DEADLINE_WORDS.items()})
