"""The evaluations part's steps, declared once (models.steps, models.documents' lifecycle).

An evaluation (考评表) is a document: draft → submitted (待确认, waiting for the vendor's
signature) → confirmed (locked, counts for the month); an objection (有异议) waits for the
manager's ruling, which confirms it (upheld or amended). The manager cancels with a reason
a sheet that does not count yet; a confirmed sheet is locked and is never cancelled.
"""

from __future__ import annotations

from .. import audit, clock, documents, numbering
from ..documents import CANCEL, EDIT, NEW, OPEN, PRINT, SUBMIT
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..steps import Step, declare
from .base import (
    DRAFT,
    EVALUATE,
    EVALUATION_STATUS,
    OBJECTED,
    RULE,
    SUBMITTED,
    Evaluation,
)

__all__ = ["BLANK", "CONFIRM", "record_audit", "EVALUATION_PREFIX", "EVALUATION_STEPS", "RULE_STEP", "SERIOUS_OPEN"]

CONFIRM = "confirm"  # the vendor's signature, typed at the desk: agrees or objects
RULE_STEP = "rule"  # the manager upholds or amends an objection
BLANK = "blank"  # print a template's blank sheet
SERIOUS_OPEN = "serious_open"  # the list filter: serious failures not yet rectified

EVALUATION_PREFIX = "KP"  # 考评: KP20261201-0001
numbering.register(EVALUATION_PREFIX, Evaluation, Evaluation.number)

_life = {step.name: step for step in documents.lifecycle_steps(
    write=EVALUATE, submit=EVALUATE, cancel=RULE,
    submit_refusal=QT_TRANSLATE_NOOP("DomainError",
                                     "{number} is {status}; only a draft can be submitted."))}

EVALUATION_STEPS = declare(Evaluation, [
    _life[NEW], _life[OPEN], _life[EDIT], _life[SUBMIT],
    Step(CONFIRM, EVALUATE, states=(SUBMITTED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a sheet waiting for the vendor can be "
        "signed by the vendor.")),
    Step(RULE_STEP, RULE, states=(OBJECTED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only an objection can be ruled on.")),
    Step(CANCEL, lambda ev: (EVALUATE, RULE) if ev.status == DRAFT else RULE,
         states=(DRAFT, SUBMITTED, OBJECTED), refusal=QT_TRANSLATE_NOOP(
             "DomainError", "{number} is {status}; a confirmed or cancelled sheet cannot be "
             "cancelled.")),
    _life[PRINT],
    Step(BLANK, on_record=False),  # a template's blank sheet, any time
], status_label=EVALUATION_STATUS.label)

STEPS = (EVALUATION_STEPS,)

audit.ACTION_LABELS.update({
    "evaluation.create": QT_TRANSLATE_NOOP("Lists", "Evaluation started"),
    "evaluation.update": QT_TRANSLATE_NOOP("Lists", "Evaluation changed"),
    "evaluation.items": QT_TRANSLATE_NOOP("Lists", "Evaluation items scored"),
    "evaluation.submit": QT_TRANSLATE_NOOP("Lists", "Evaluation submitted"),
    "evaluation.confirm": QT_TRANSLATE_NOOP("Lists", "Evaluation confirmed by the vendor"),
    "evaluation.object": QT_TRANSLATE_NOOP("Lists", "Vendor objected to an evaluation"),
    "evaluation.rule": QT_TRANSLATE_NOOP("Lists", "Objection ruled on"),
    "evaluation.cancel": QT_TRANSLATE_NOOP("Lists", "Evaluation cancelled"),
})



def record_audit(by: User | None, action: str, ev: Evaluation, changes: dict) -> None:
    """The sheet's audit row, timed by the operations' clock."""
    audit.record(by, action, "evaluation", ev.id, ev.number, changes, at=clock.now())
