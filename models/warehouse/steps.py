"""The storeroom's steps, declared once: the operations check them (models.steps), the
warehouse views enable their buttons from them.

Receipts, issue slips and purchase requests are binding documents
(models.documents): the storekeeper drafts, the manager confirms a receipt or
approves a request, the duty officer signs an issue slip, the manager cancels
what counts. A stocktake counts (storekeeper) until the manager approves it.
"""

from __future__ import annotations

from .. import documents
from ..documents import CANCEL, EDIT, NEW, OPEN, PRINT, SUBMIT  # noqa: F401 - the step names
from ..i18n import QT_TRANSLATE_NOOP
from ..steps import Step, declare
from . import base
from .base import (
    APPROVED,
    CONFIRM,
    COUNTING,
    KEEP,
    SIGN,
    IssueSlip,
    Item,
    PurchaseRequest,
    Receipt,
    Stocktake,
)

LOW = "low"  # 申购: a request drafted from the items under their safety stock
START, SHEETS, COUNTS, APPROVE, RECORD = "start", "sheets", "counts", "approve", "record"
LEDGER, CATEGORIES, TEMPLATE, IMPORT = "ledger", "categories", "template", "import"


RECEIPT_STEPS = declare(Receipt, documents.lifecycle_steps(  # 入库单: 经理确认
    write=KEEP, submit=CONFIRM, cancel=CONFIRM, submit_refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a draft can be confirmed.")),
    status_label=base.RECEIPT_STATUS_LABELS.label)

ISSUE_STEPS = declare(IssueSlip, documents.lifecycle_steps(  # 出库单: 当值签字
    write=KEEP, submit=SIGN, cancel=CONFIRM, submit_refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a draft can be signed.")),
    status_label=base.SLIP_STATUS_LABELS.label)

REQUEST_STEPS = declare(PurchaseRequest, [  # 物品申购表: 经理批准
    *documents.lifecycle_steps(
        write=KEEP, submit=CONFIRM, cancel=CONFIRM, submitted=APPROVED,
        submit_refusal=QT_TRANSLATE_NOOP(
            "DomainError", "{number} is {status}; only a draft can be approved.")),
    Step(LOW, KEEP, on_record=False),
], status_label=base.REQUEST_STATUS_LABELS.label)  # "approved" too (the generic table lacked it)

STOCKTAKE_STEPS = declare(Stocktake, [  # 月度盘点
    Step(START, KEEP, on_record=False),
    Step(SHEETS, states=(COUNTING,)),  # the blind count sheets
    Step(COUNTS, KEEP, states=(COUNTING,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Stocktake {number} is {status}; its counts can no longer change.")),
    Step(APPROVE, CONFIRM, states=(COUNTING,), vouch=True, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Stocktake {number} is {status}; only an open stocktake can be "
        "approved.")),
    # 物料盘点记录表: it shows the book quantities, so until approval (the count is blind)
    # only the manager prints it; once approved, anyone
    Step(RECORD, lambda stocktake: CONFIRM if stocktake.status == COUNTING else None,
         states=(COUNTING, APPROVED), refusal=QT_TRANSLATE_NOOP(
             "DomainError", "Stocktake {number} is {status}; it has no stocktake record.")),
    Step(CANCEL, (KEEP, CONFIRM), states=(COUNTING,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Stocktake {number} is {status}; only an open stocktake can be "
        "cancelled.")),
], status_label=base.STOCKTAKE_STATUS_LABELS.label)

ITEM_STEPS = declare(Item, [  # 物品
    Step(NEW, KEEP, on_record=False),
    Step(EDIT, KEEP),
    Step(LEDGER),  # an item's stock ledger, to read
    Step(CATEGORIES, KEEP, on_record=False),
    Step(TEMPLATE, on_record=False),  # the import template, to fill in
    Step(IMPORT, KEEP, on_record=False),
])
