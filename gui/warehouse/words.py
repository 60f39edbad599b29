"""The storeroom's words: codes from models.warehouse in the clerk's language, and captions.

Statuses, sources and ledger kinds are marked in models ("Warehouse" and
"Lists" contexts); this module only translates and formats them. The field
captions shared by the forms and the views are marked here ("WarehouseWords").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from models import warehouse
from models.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

RED = "#c62828"
GREY = "#777777"

# The caption of every header and line field, by key.
FIELD_LABELS: dict[str, str] = {
    "date": QT_TRANSLATE_NOOP("WarehouseWords", "Date"),
    "source": QT_TRANSLATE_NOOP("WarehouseWords", "Source"),
    "purchase_request": QT_TRANSLATE_NOOP("WarehouseWords", "Purchase request no."),
    "supplier": QT_TRANSLATE_NOOP("WarehouseWords", "Supplier"),
    "delivery_note": QT_TRANSLATE_NOOP("WarehouseWords", "Delivery note no."),
    "received_by": QT_TRANSLATE_NOOP("WarehouseWords", "Received by"),
    "note": QT_TRANSLATE_NOOP("WarehouseWords", "Note"),
    "department": QT_TRANSLATE_NOOP("WarehouseWords", "Receiving department"),
    "request_department": QT_TRANSLATE_NOOP("WarehouseWords", "Department"),
    "receiver": QT_TRANSLATE_NOOP("WarehouseWords", "Receiver"),
    "purpose": QT_TRANSLATE_NOOP("WarehouseWords", "Purpose"),
    "repair_order": QT_TRANSLATE_NOOP("WarehouseWords", "Repair order no."),
    "requested_by": QT_TRANSLATE_NOOP("WarehouseWords", "Requested by"),
    "reason": QT_TRANSLATE_NOOP("WarehouseWords", "Reason"),
    "item": QT_TRANSLATE_NOOP("WarehouseWords", "Item"),
    "description": QT_TRANSLATE_NOOP("WarehouseWords", "Name and specification"),
    "unit": QT_TRANSLATE_NOOP("WarehouseWords", "Unit"),
    "qty": QT_TRANSLATE_NOOP("WarehouseWords", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("WarehouseWords", "Unit price"),
    "estimated_price": QT_TRANSLATE_NOOP("WarehouseWords", "Estimated price"),
    "amount": QT_TRANSLATE_NOOP("WarehouseWords", "Amount"),
    "on_hand": QT_TRANSLATE_NOOP("WarehouseWords", "On hand"),
    "unit_cost": QT_TRANSLATE_NOOP("WarehouseWords", "Unit cost"),
    "line_note": QT_TRANSLATE_NOOP("WarehouseWords", "Note"),
    "code": QT_TRANSLATE_NOOP("WarehouseWords", "Code"),
    "name": QT_TRANSLATE_NOOP("WarehouseWords", "Name"),
    "spec": QT_TRANSLATE_NOOP("WarehouseWords", "Specification"),
    "category": QT_TRANSLATE_NOOP("WarehouseWords", "Category"),
    "location": QT_TRANSLATE_NOOP("WarehouseWords", "Location"),
    "safety_stock": QT_TRANSLATE_NOOP("WarehouseWords", "Safety stock"),
    "active": QT_TRANSLATE_NOOP("WarehouseWords", "In use"),
}


def field_text(key: str) -> str:
    return translate("WarehouseWords", FIELD_LABELS[key])


def _label(labels: dict, code: object, context: str) -> str:
    if code is None or code == "":
        return ""
    text = labels.get(code)
    return translate(context, text) if text else str(code)


def receipt_status_text(code: str | None) -> str:
    """Draft / Confirmed / Cancelled."""
    return _label(warehouse.RECEIPT_STATUS, code, "Lists")


def slip_status_text(code: str | None) -> str:
    """Draft / Signed / Cancelled."""
    return _label(warehouse.SLIP_STATUS, code, "Lists")


def request_status_text(code: str | None) -> str:
    """Draft / Approved / Cancelled."""
    return _label(warehouse.REQUEST_STATUS, code, "Lists")


def source_text(code: str | None) -> str:
    return _label(warehouse.SOURCE_LABELS, code, "Warehouse")


def kind_text(code: str | None) -> str:
    """A ledger entry's kind: Receipt, Issue, Stocktake gain, …"""
    return _label(warehouse.KIND_LABELS, code, "Warehouse")


def source_choices() -> list[tuple[str, str]]:
    """(label, code) pairs for the receipt's source combo, in the models' order."""
    return [(translate("Warehouse", text), code) for code, text in warehouse.SOURCE_LABELS.items()]


def time_text(value: dt.datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def date_text(value: dt.date | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d}"


def qty_text(value: object, unit: str = "") -> str:
    """12.5 盒: a quantity as written on paper, with its unit when given."""
    text = warehouse.fmt_qty(value)
    return f"{text} {unit}".strip() if text else ""


def money_text(value: object) -> str:
    return warehouse.fmt_money(value)


def stock_text(value: Decimal, unit: str) -> str:
    """库存 12 盒: the stock on hand shown beside an issue line."""
    return translate("WarehouseWords", "Stock {qty} {unit}").format(qty=warehouse.fmt_qty(value),
                                                         unit=unit)


def item_text(item: warehouse.Item) -> str:
    """十字螺丝 M4×20: the name and specification of an item."""
    return " ".join(part for part in (item.name, item.spec) if part)


def who(user) -> str:
    return user.full_name if user is not None else ""


def document_state(doc: object, kind: str) -> str:
    """One line on a document's form: who entered it, who confirmed, signed or cancelled it when.

    ``kind`` is "receipt", "issue" or "request".
    """
    parts = [translate("WarehouseWords", "Entered by {name} on {time}.").format(
        name=who(doc.created_by), time=time_text(doc.created_at))]
    if kind == "receipt" and doc.submitted_at is not None:
        parts.append(translate("WarehouseWords", "Confirmed by {name} on {time}.").format(
            name=who(doc.submitted_by), time=time_text(doc.submitted_at)))
    if kind == "issue" and doc.signed_at is not None:
        parts.append(translate("WarehouseWords", "Signed by {name} on {time}.").format(
            name=who(doc.signed_by), time=time_text(doc.signed_at)))
    if kind == "request" and doc.approved_at is not None:
        parts.append(translate("WarehouseWords", "Approved by {name} on {time}.").format(
            name=who(doc.approved_by), time=time_text(doc.approved_at)))
    if doc.cancelled_at is not None:
        parts.append(translate("WarehouseWords", "Cancelled by {name} on {time}: {reason}").format(
            name=who(doc.cancelled_by), time=time_text(doc.cancelled_at),
            reason=doc.cancel_reason))
    return " ".join(parts)
