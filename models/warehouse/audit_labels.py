"""How the audit log names the storeroom's tables and fields (models.audit.declare).

The words are the storeroom's own: its list columns' headers and its
vocabularies (each document's statuses, a receipt's source). A department, a
category, a purchase request or a repair order recorded by id reads by its
name or number; a quantity without its trailing zeros, as the paper has it.
"""

from __future__ import annotations

from .. import audit
from ..i18n import QT_TRANSLATE_NOOP
from ..people import Department
from ..repairs import RepairOrder
from .base import (
    RECEIPT_STATUS_LABELS,
    REQUEST_STATUS_LABELS,
    SLIP_STATUS_LABELS,
    SOURCE_LABELS,
    STOCKTAKE_STATUS_LABELS,
    ItemCategory,
    PurchaseRequest,
    fmt_qty,
)

Field = audit.Field


def _by_id(model, attribute: str):
    """A record kept by id in the log, shown by its name or number (the id if it is gone)."""
    def show(value: object) -> str:
        found = model.get_or_none(model.id == value) if isinstance(value, int) else None
        return getattr(found, attribute) if found is not None else str(value)
    return show


def _qty(value: object) -> str:
    try:
        return fmt_qty(value)
    except (ArithmeticError, ValueError, TypeError):
        return str(value)


def _lists(text: str) -> Field:
    """A field named by the list column of the same header (the "Lists" context)."""
    return Field(text, "Lists")


DEPARTMENT = Field(QT_TRANSLATE_NOOP("Lists", "Department"), "Lists",
                   show=_by_id(Department, "name"))
QTY = QT_TRANSLATE_NOOP("Lists", "Quantity")
ITEM_FIELDS: dict[str, Field | str] = {
    "code": _lists(QT_TRANSLATE_NOOP("Lists", "Code")),
    "name": _lists(QT_TRANSLATE_NOOP("Lists", "Name")),
    "spec": _lists(QT_TRANSLATE_NOOP("Lists", "Specification")),
    "unit": _lists(QT_TRANSLATE_NOOP("Lists", "Unit")),
    "location": _lists(QT_TRANSLATE_NOOP("Lists", "Location")),
    "category": Field(QT_TRANSLATE_NOOP("Lists", "Category"), "Lists",
                      show=_by_id(ItemCategory, "name")),
    "safety_stock": Field(QT_TRANSLATE_NOOP("Lists", "Safety stock"), "Lists", show=_qty),
    "items": QT_TRANSLATE_NOOP("Audit", "Items"),
    "codes": QT_TRANSLATE_NOOP("Audit", "Codes"),
}

audit.declare(
    audit.TableWords("item", QT_TRANSLATE_NOOP("Audit", "Item"), fields=ITEM_FIELDS),
    audit.TableWords("item_category", QT_TRANSLATE_NOOP("Audit", "Item category")),
    audit.TableWords("receipt", QT_TRANSLATE_NOOP("Audit", "Receipt"), fields={
        "status": Field(QT_TRANSLATE_NOOP("Audit", "Status"), words=RECEIPT_STATUS_LABELS),
        "source": Field(QT_TRANSLATE_NOOP("Lists", "Source"), "Lists", words=SOURCE_LABELS),
        "purchase_request": Field(QT_TRANSLATE_NOOP("Lists", "Purchase request"), "Lists",
                                  show=_by_id(PurchaseRequest, "number")),
        "supplier": _lists(QT_TRANSLATE_NOOP("Lists", "Supplier")),
        "delivery_note": _lists(QT_TRANSLATE_NOOP("Lists", "Delivery note")),
        "received_by": _lists(QT_TRANSLATE_NOOP("Lists", "Received by")),
    }),
    audit.TableWords("issue_slip", QT_TRANSLATE_NOOP("Audit", "Issue slip"), fields={
        "status": Field(QT_TRANSLATE_NOOP("Audit", "Status"), words=SLIP_STATUS_LABELS),
        "department": DEPARTMENT,
        "receiver": _lists(QT_TRANSLATE_NOOP("Lists", "Receiver")),
        "purpose": _lists(QT_TRANSLATE_NOOP("Lists", "Purpose")),
        "repair_order": Field(QT_TRANSLATE_NOOP("Lists", "Repair order"), "Lists",
                              show=_by_id(RepairOrder, "number")),
    }),
    audit.TableWords("purchase_request", QT_TRANSLATE_NOOP("Audit", "Purchase request"),
                     fields={
        "status": Field(QT_TRANSLATE_NOOP("Audit", "Status"), words=REQUEST_STATUS_LABELS),
        "department": DEPARTMENT,
        "requested_by": _lists(QT_TRANSLATE_NOOP("Lists", "Requested by")),
    }),
    audit.TableWords("stocktake", QT_TRANSLATE_NOOP("Audit", "Stocktake"), fields={
        "status": Field(QT_TRANSLATE_NOOP("Audit", "Status"), words=STOCKTAKE_STATUS_LABELS),
        "month": _lists(QT_TRANSLATE_NOOP("Lists", "Month")),
        "quarterly": _lists(QT_TRANSLATE_NOOP("Lists", "Quarterly")),
        "category": Field(QT_TRANSLATE_NOOP("Lists", "Category"), "Lists",
                          show=_by_id(ItemCategory, "name")),
        "location": _lists(QT_TRANSLATE_NOOP("Lists", "Location")),
        "counted_qty": Field(QT_TRANSLATE_NOOP("Audit", "Counted quantity"), show=_qty),
        "recount_qty": Field(QT_TRANSLATE_NOOP("Audit", "Recounted quantity"), show=_qty),
        "counted_at": _lists(QT_TRANSLATE_NOOP("Lists", "Counted")),
        "counted_by": QT_TRANSLATE_NOOP("Audit", "Counted by"),
        "recounted_by": QT_TRANSLATE_NOOP("Audit", "Recounted by"),
        "supervised_by": QT_TRANSLATE_NOOP("Audit", "Supervised by"),
        "gains": QT_TRANSLATE_NOOP("Audit", "Gains"),
        "losses": QT_TRANSLATE_NOOP("Audit", "Losses"),
        "closed_month": QT_TRANSLATE_NOOP("Audit", "Month closed"),
    }),
)
