"""拾遗 (lost and found): found items, loss reports, claims, disposal (seed 002 §十四).

The register's parts: ``lostfound_base`` (permissions, words, tables, the disposal
period), ``lostfound_steps`` (who may take which step), ``lostfound_ops`` (the
operations), ``lostfound_lists`` (the lists, matching found items to loss reports, the
month's unclaimed items), ``lostfound_demo``. The package's ``__init__`` gathers
``__all__`` and the descriptor's parts below. See docs/domain.md, "Lost and found".
"""

from __future__ import annotations

from .. import audit, numbering
from ..i18n import QT_TRANSLATE_NOOP
from . import lostfound_steps
from .lostfound_base import (
    CLAIM_PREFIX,
    CLAIMED,
    DEFAULT_PERIOD_MONTHS,
    DISPOSED,
    FOUND_PREFIX,
    ID_CARD,
    ID_TYPES,
    ITEM_STATUS,
    LOSS_PREFIX,
    LOSS_STATUS,
    MAX_PERIOD_MONTHS,
    NOT_RECOVERED,
    OPEN_ITEM,
    RECOVERED,
    REPORTED,
    TO_SIGN,
    UNCLAIMED,
    Claim,
    FoundItem,
    LossReport,
    add_months,
    claim_by_number,
    claim_of,
    disposable_from,
    disposal_months,
    found_item_by_number,
    get_claim,
    get_found_item,
    get_loss_report,
)
from .lostfound_demo import add_lost_and_found
from .lostfound_lists import (
    CLAIM_LIST,
    FOUND_LIST,
    LOSS_LIST,
    MATCH_DAYS_AFTER,
    MATCH_DAYS_BEFORE,
    candidate_items,
    dates_near,
    is_match,
    matching_reports,
    name_words,
    names_match,
    unclaimed_for_month,
    unclaimed_in_month,
)
from .lostfound_ops import (
    ITEM_FIELDS,
    LOSS_FIELDS,
    answer,
    claim,
    dispose,
    recover,
    register_found,
    report_loss,
    set_disposal_period,
    sign_for,
)
from .lostfound_steps import CLAIM_STEPS, ITEM_STEPS, LOSS_STEPS
from .lostfound_steps import SETTINGS_STEPS as LOSTFOUND_SETTINGS_STEPS

__all__ = [
    "CLAIM_LIST", "CLAIM_PREFIX", "CLAIM_STEPS", "CLAIMED", "DEFAULT_PERIOD_MONTHS", "DISPOSED",
    "FOUND_LIST", "FOUND_PREFIX", "ID_CARD", "ID_TYPES", "ITEM_FIELDS", "ITEM_STATUS",
    "ITEM_STEPS", "LOSS_FIELDS", "LOSS_LIST", "LOSS_PREFIX", "LOSS_STATUS", "LOSS_STEPS",
    "LOSTFOUND_SETTINGS_STEPS", "MATCH_DAYS_AFTER", "MATCH_DAYS_BEFORE", "MAX_PERIOD_MONTHS",
    "NOT_RECOVERED", "OPEN_ITEM", "RECOVERED", "REPORTED", "TO_SIGN", "UNCLAIMED", "Claim",
    "FoundItem", "LossReport", "add_months", "answer", "candidate_items", "claim",
    "claim_by_number", "claim_of", "dates_near", "disposable_from", "disposal_months",
    "dispose", "found_item_by_number", "get_claim", "get_found_item", "get_loss_report",
    "is_match", "lostfound_steps", "matching_reports", "name_words", "names_match", "recover",
    "register_found", "report_loss", "set_disposal_period", "sign_for", "unclaimed_for_month",
    "unclaimed_in_month",
]

TABLES: tuple = (FoundItem, LossReport, Claim)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_lost_and_found,)
STEPS: tuple = (ITEM_STEPS, LOSS_STEPS, CLAIM_STEPS)

for _prefix, _model in ((FOUND_PREFIX, FoundItem), (LOSS_PREFIX, LossReport),
                        (CLAIM_PREFIX, Claim)):
    numbering.register(_prefix, _model, _model.number)

audit.ACTION_LABELS.update({
    "lostfound.found": QT_TRANSLATE_NOOP("Lists", "Found item registered"),
    "lostfound.sign": QT_TRANSLATE_NOOP("Lists", "Found item signed for"),
    "lostfound.loss": QT_TRANSLATE_NOOP("Lists", "Loss reported"),
    "lostfound.recover": QT_TRANSLATE_NOOP("Lists", "Loss report: found, owner told"),
    "lostfound.answer": QT_TRANSLATE_NOOP("Lists", "Loss report answered: not found"),
    "lostfound.claim": QT_TRANSLATE_NOOP("Lists", "Found item claimed"),
    "lostfound.dispose": QT_TRANSLATE_NOOP("Lists", "Found item disposed of"),
})


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    for item in FoundItem.select().where(FoundItem.status == CLAIMED):
        if claim_of(item) is None:
            problems.append(f"found item {item.number} is claimed but has no claim")
    for record in Claim.select(Claim, FoundItem).join(FoundItem):
        if record.item.status != CLAIMED:
            problems.append(f"claim {record.number}: its item {record.item.number} is "
                            f"{record.item.status}, not claimed")
        if record.id_masked and record.id_number and record.id_masked == record.id_number:
            problems.append(f"claim {record.number}: its ID number is not masked")
    for item in FoundItem.select().where(FoundItem.status == DISPOSED):
        if item.disposed_at is None or not item.dispose_reason:
            problems.append(f"found item {item.number} is disposed of without a time or reason")
    for item in FoundItem.select().where(FoundItem.status.in_((UNCLAIMED, CLAIMED, DISPOSED))):
        if item.handed_at is None:
            problems.append(f"found item {item.number} was never signed for")
    return problems
