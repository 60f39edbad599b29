"""Receipts (入库单), issue slips (出库单/领料单) and purchase requests (物品申购表).

draft → submitted → cancelled. The storekeeper writes drafts; a receipt
counts once the manager confirms it, an issue slip once the duty officer
signs it; the manager cancels a submitted document, which posts reversing
entries dated like the originals. Nothing is edited or deleted after
submission, and nothing dated where a stocktake closed the books is added or cancelled.
Every operation writes its document, its ledger entries and its audit row in
one transaction, or raises a DomainError and writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from peewee import fn

from .. import clock, documents, numbering
from ..db import database
from ..errors import DomainError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import Department, User
from ..repairs import CANCELLED as REPAIR_CANCELLED
from ..repairs import RepairOrder
from ..values import as_id, clean_text, lookup_text, shown
from . import base, ledger
from .base import (
    CANCELLED,
    DRAFT,
    SUBMITTED,
    ZERO,
    IssueLine,
    IssueSlip,
    Item,
    PurchaseRequest,
    PurchaseRequestLine,
    Receipt,
    ReceiptLine,
)
from .steps import EDIT, ISSUE_STEPS, NEW, RECEIPT_STEPS, REQUEST_STEPS, SUBMIT

MAX_LINES = 200
# The header fields each document type keeps, by the key its operation takes.
_HEADER_FIELDS = {
    "supplier": Receipt.supplier, "delivery_note": Receipt.delivery_note,
    "received_by": Receipt.received_by, "note": Receipt.note, "receiver": IssueSlip.receiver,
    "purpose": IssueSlip.purpose, "requested_by": PurchaseRequest.requested_by,
    "reason": PurchaseRequest.reason,
}


# --- shared pieces ----------------------------------------------------------------


def _text(values: Mapping[str, Any], field: str, required: str | None = None) -> str:
    return clean_text(values.get(field), _HEADER_FIELDS[field], required=required)


def _line_item(value: Any, line_no: int) -> Item:
    if isinstance(value, Item):
        value = value.id
    if isinstance(value, int):
        item_id = as_id(value)
        item = Item.get_or_none(Item.id == item_id) if item_id else None
    else:
        from .items import find_item

        item = find_item(str(value or ""), active_only=False)
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Line {line}: choose an item."),
            field="lines", line=line_no,
        )
    if not item.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Line {line}: {item} is no longer in use."),
            field="lines", line=line_no, item=f"{item.code} {item.name}",
        )
    return item


def _line_number(value: Any, line_no: int, places: Decimal, *, positive: bool,
                 maximum: Decimal) -> Decimal:
    try:
        return base.parse_decimal(value, "lines", places, positive=positive, maximum=maximum)
    except ValidationError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Line {line}: {problem}"),
            field="lines", line=line_no, problem=exc,
        ) from None


def clean_lines(lines: Sequence[Mapping[str, Any]], priced: bool) -> list[dict[str, Any]]:
    """Document lines checked: an active item once each, a quantity, a price when ``priced``.

    Blank lines (no item, no quantity) are skipped; at least one line must remain.
    """
    out: list[dict[str, Any]] = []
    seen: dict[int, int] = {}
    for raw in lines:
        blank_item = raw.get("item") is None or str(raw.get("item")).strip() == ""
        if blank_item and str(raw.get("qty") or "").strip() == "":
            continue
        line_no = len(out) + 1
        item = _line_item(raw.get("item"), line_no)
        if item.id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "Line {line}: {item} is already on line {other}; put it on one "
                    "line."),
                field="lines", line=line_no, item=f"{item.code} {item.name}", other=seen[item.id],
            )
        seen[item.id] = line_no
        qty = _line_number(raw.get("qty"), line_no, base.QTY_PLACES, positive=True,
                           maximum=base.MAX_QTY)
        line: dict[str, Any] = {"line_no": line_no, "item": item, "qty": qty}
        if priced:
            unit_price = _line_number(raw.get("unit_price"), line_no, base.PRICE_PLACES,
                                      positive=False, maximum=base.MAX_PRICE)
            line["unit_price"] = unit_price
            line["amount"] = base.money(qty * unit_price)
        line["note"] = clean_text(raw.get("note"), ReceiptLine.note, name="lines")
        out.append(line)
    if not out:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Add at least one line (an item and its quantity)."),
            field="lines",
        )
    if len(out) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "A document may have at most {n} lines."),
            field="lines", n=MAX_LINES,
        )
    return out


def _lines_for_audit(lines: list[dict[str, Any]]) -> list[str]:
    out = []
    for line in lines:
        text = f"{line['item'].code}×{base.fmt_qty(line['qty'])}"
        if "unit_price" in line:
            text += f"@{line['unit_price'].normalize():f}"
        out.append(text)
    return out


def _department(value: Any) -> Department:
    if isinstance(value, Department):
        value = value.id
    if isinstance(value, int):
        dep_id = as_id(value)
        dep = Department.get_or_none(Department.id == dep_id) if dep_id else None
    else:
        name = lookup_text(value, Department.name)
        dep = Department.get_or_none(Department.name == name) if name else None
    if dep is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Choose the receiving department."), field="department"
        )
    return dep


# --- purchase requests (物品申购表) -------------------------------------------------


def _clean_request(values: Mapping[str, Any]) -> dict[str, Any]:
    dep = values.get("department")
    return {
        "date": ledger.check_date(values.get("date") or clock.today()),
        "department": _department(dep).id if dep not in (None, "") else None,
        "requested_by": _text(values, "requested_by"),
        "reason": _text(values, "reason"),
    }


def save_request(values: Mapping[str, Any], lines: Sequence[Mapping[str, Any]], by: User,
                 request_id: int | None = None) -> PurchaseRequest:
    """A new draft purchase request, or its draft changed (lines replaced)."""
    REQUEST_STEPS.require(by, NEW if request_id is None else EDIT)
    clean = _clean_request(values)
    clean_l = clean_lines(lines, priced=True)
    total = sum((line["amount"] for line in clean_l), ZERO)
    with database.atomic("IMMEDIATE"):
        if request_id is None:
            request = PurchaseRequest.create(
                number=numbering.next_number(base.REQUEST_PREFIX, clock.today()),
                created_by=by, created_at=clock.now(), total=total, **clean)
            action = "purchase_request.create"
        else:
            request = base.get_request(request_id)
            REQUEST_STEPS.require_state(EDIT, request)
            for field, value in clean.items():
                setattr(request, "department_id" if field == "department" else field, value)
            request.total = total
            request.save()
            PurchaseRequestLine.delete().where(PurchaseRequestLine.request == request).execute()
            action = "purchase_request.update"
        for line in clean_l:
            PurchaseRequestLine.create(request=request, **line)
        base.record(by, action, "purchase_request", request.id, request.number,
                     {**clean, "total": total, "lines": _lines_for_audit(clean_l)})
        return request


def draft_request_from_low_stock(by: User, department: Any = None) -> PurchaseRequest:
    """物品申购表 drafted from the items under their safety stock, up to twice the safety stock."""
    from .report import low_stock

    items = low_stock()
    if not items:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "No item is under its safety stock."))
    lines = [{"item": item.id, "qty": max(item.safety_stock * 2 - item.qty, item.safety_stock),
              "unit_price": item.last_cost, "note": f"库存 {base.fmt_qty(item.qty)}"}
             for item in items[:MAX_LINES]]
    values = {"date": clock.today(), "reason": "库存低于安全库存", "department": department}
    return save_request(values, lines, by)


def approve_request(request_id: int, by: User) -> PurchaseRequest:
    """The manager approves the request; its number may then be named on a receipt."""
    REQUEST_STEPS.require(by, SUBMIT)
    with database.atomic("IMMEDIATE"):
        request = base.get_request(request_id)
        REQUEST_STEPS.require_state(SUBMIT, request)
        request.status, request.approved_by, request.approved_at = base.APPROVED, by, clock.now()
        request.save()
        base.record(by, "purchase_request.approve", "purchase_request", request.id,
                     request.number, {"status": [DRAFT, base.APPROVED]})
        return request


def cancel_request(request_id: int, reason: str, by: User) -> PurchaseRequest:
    with database.atomic("IMMEDIATE"):
        request = base.get_request(request_id)

        def not_on_a_receipt() -> None:
            if Receipt.select().where(Receipt.purchase_request == request,
                                      Receipt.status != CANCELLED).exists():
                raise DomainError(QT_TRANSLATE_NOOP(
                    "DomainError", "{number} is named on a receipt; cancel the receipt first."),
                    number=request.number)

        return documents.cancel(request, reason, by, steps=REQUEST_STEPS,
                                entity="purchase_request", now=clock.now, check=not_on_a_receipt)


# --- receipts (入库单) ---------------------------------------------------------------


def _approved_request(value: Any) -> PurchaseRequest:
    missing = QT_TRANSLATE_NOOP(
        "DomainError", "An own purchase needs the number of its approved purchase request.")
    if isinstance(value, PurchaseRequest):
        value = value.id
    if isinstance(value, int):
        request_id = as_id(value)
        request = (PurchaseRequest.get_or_none(PurchaseRequest.id == request_id)
                   if request_id else None)
    else:
        text = "" if value is None else str(value).strip()
        if not text:
            raise ValidationError(missing, field="purchase_request")
        number = lookup_text(text, PurchaseRequest.number)
        request = (PurchaseRequest.get_or_none(PurchaseRequest.number == number)
                   if number else None)
        if request is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "There is no purchase request {number}."),
                field="purchase_request", number=shown(text),
            )
    if request is None:
        raise ValidationError(missing, field="purchase_request")
    if request.status != base.APPROVED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Purchase request {number} is {status}, not approved."),
            field="purchase_request", number=request.number,
            status=base.REQUEST_STATUS_LABELS.label(request.status),
        )
    return request


def _clean_receipt(values: Mapping[str, Any]) -> dict[str, Any]:
    source = values.get("source") or base.CENTRAL
    if source not in base.SOURCE_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose where the goods come from."),
                              field="source")
    request = values.get("purchase_request")
    return {
        "date": ledger.check_date(values.get("date") or clock.today()),
        "source": source,
        "purchase_request": _approved_request(request).id if source == base.SELF else None,
        "supplier": _text(values, "supplier",
                          QT_TRANSLATE_NOOP("DomainError", "The supplier is required.")),
        "delivery_note": _text(values, "delivery_note"),
        "received_by": _text(values, "received_by"),
        "note": _text(values, "note"),
    }


def save_receipt(values: Mapping[str, Any], lines: Sequence[Mapping[str, Any]], by: User,
                 receipt_id: int | None = None) -> Receipt:
    """The storekeeper's draft receipt from the delivery note: new, or changed (lines replaced).

    ``values``: date, source (central/self), purchase_request (number or id,
    for an own purchase), supplier, delivery_note, received_by, note.
    ``lines``: item (id, Item or code), qty, unit_price, note. Stock moves only
    when the manager confirms it (``confirm_receipt``).
    """
    RECEIPT_STEPS.require(by, NEW if receipt_id is None else EDIT)
    values = dict(values)
    if not values.get("received_by"):
        values["received_by"] = by.full_name
    clean = _clean_receipt(values)
    clean_l = clean_lines(lines, priced=True)
    total = sum((line["amount"] for line in clean_l), ZERO)
    with database.atomic("IMMEDIATE"):
        if receipt_id is None:
            receipt = Receipt.create(
                number=numbering.next_number(base.RECEIPT_PREFIX, clock.today()),
                created_by=by, created_at=clock.now(), total=total, **clean)
            action = "receipt.create"
        else:
            receipt = base.get_receipt(receipt_id)
            RECEIPT_STEPS.require_state(EDIT, receipt)
            for field, value in clean.items():
                setattr(receipt, "purchase_request_id" if field == "purchase_request" else field,
                        value)
            receipt.total = total
            receipt.save()
            ReceiptLine.delete().where(ReceiptLine.receipt == receipt).execute()
            action = "receipt.update"
        for line in clean_l:
            ReceiptLine.create(receipt=receipt, **line)
        base.record(by, action, "receipt", receipt.id, receipt.number,
                     {**clean, "total": total, "lines": _lines_for_audit(clean_l)})
        return receipt


def confirm_receipt(receipt_id: int, by: User) -> Receipt:
    """经理确认: the receipt counts now; each line is one ledger entry at its price."""
    RECEIPT_STEPS.require(by, SUBMIT)
    with database.atomic("IMMEDIATE"):
        receipt = base.get_receipt(receipt_id)
        RECEIPT_STEPS.require_state(SUBMIT, receipt)
        ledger.check_date(receipt.date)
        if receipt.source == base.SELF:
            _approved_request(receipt.purchase_request_id)
        lines = list(ReceiptLine.select(ReceiptLine, Item).join(Item)
                     .where(ReceiptLine.receipt == receipt).order_by(ReceiptLine.line_no))
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Add at least one line (an item and its quantity)."), field="lines")
        for line in lines:
            if not line.item.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "Line {line}: {item} is no longer in use."),
                    field="lines", line=line.line_no, item=f"{line.item.code} {line.item.name}")
        at = ledger.document_moment(receipt.date)
        for line in lines:
            ledger.post_in(line.item, base.K_RECEIPT, line.qty, line.amount, at, base.DOC_RECEIPT,
                           receipt.id, receipt.number, by, line.id)
            Item.update(last_cost=line.unit_price).where(Item.id == line.item_id).execute()
        receipt.status, receipt.submitted_by, receipt.submitted_at = SUBMITTED, by, clock.now()
        receipt.save()
        base.record(by, "receipt.confirm", "receipt", receipt.id, receipt.number,
                     {"status": [DRAFT, SUBMITTED], "total": receipt.total, "at": at})
        return receipt


def cancel_receipt(receipt_id: int, reason: str, by: User) -> Receipt:
    """作废. A draft simply ends; a confirmed receipt's stock goes back out (manager only)."""
    with database.atomic("IMMEDIATE"):
        receipt = base.get_receipt(receipt_id)

        def take_back_out() -> None:
            for entry in ledger.entries_of(base.DOC_RECEIPT, receipt.id):
                item = Item.get_by_id(entry.item_id)
                amount = ledger.reversal_out_amount(item, entry.qty, entry.amount)
                ledger.post_out(item, base.K_RECEIPT_CANCEL, entry.qty, entry.at,
                                base.DOC_RECEIPT, receipt.id, receipt.number, by,
                                entry.line_id, amount=amount)

        return documents.cancel(receipt, reason, by, steps=RECEIPT_STEPS, entity="receipt",
                                now=clock.now,
                                check=lambda: ledger.ensure_reversible(base.DOC_RECEIPT, receipt.id,
                                                                 receipt.date, receipt.number),
                                reverse=take_back_out)


# --- issue slips (出库单 / 领料单) ------------------------------------------------------


def _repair_order(value: Any) -> int | None:
    if value is None or value == "" or (isinstance(value, int) and value == 0):
        return None
    if isinstance(value, RepairOrder):
        value = value.id
    if isinstance(value, int):
        order_id = as_id(value)
        order = RepairOrder.get_or_none(RepairOrder.id == order_id) if order_id else None
    else:
        text = str(value).strip()
        number = lookup_text(text, RepairOrder.number)
        order = RepairOrder.get_or_none(RepairOrder.number == number) if number else None
        if order is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "There is no repair order {number}."),
                field="repair_order", number=shown(text))
    if order is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "That repair order no longer exists."),
                              field="repair_order")
    if order.status == REPAIR_CANCELLED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Repair order {number} is cancelled; nothing is "
                              "issued for it."),
            field="repair_order", number=order.number)
    return order.id


def _clean_slip(values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "date": ledger.check_date(values.get("date") or clock.today()),
        "department": _department(values.get("department")).id,
        "receiver": _text(values, "receiver",
                          QT_TRANSLATE_NOOP("DomainError", "Name the person who takes the goods.")),
        "purpose": _text(values, "purpose"),
        "repair_order": _repair_order(values.get("repair_order")),
        "note": _text(values, "note"),
    }


def save_issue_slip(values: Mapping[str, Any], lines: Sequence[Mapping[str, Any]], by: User,
                    slip_id: int | None = None) -> IssueSlip:
    """The storekeeper's draft issue slip: new, or changed (lines replaced).

    ``values``: date, department (id, Department or name), receiver, purpose,
    repair_order (id or number, optional), note. ``lines``: item, qty, note.
    Nothing leaves the store until the duty officer signs it (``sign_issue_slip``).
    """
    ISSUE_STEPS.require(by, NEW if slip_id is None else EDIT)
    clean = _clean_slip(values)
    clean_l = clean_lines(lines, priced=False)
    with database.atomic("IMMEDIATE"):
        if slip_id is None:
            slip = IssueSlip.create(
                number=numbering.next_number(base.ISSUE_PREFIX, clock.today()),
                created_by=by, created_at=clock.now(), **clean)
            action = "issue_slip.create"
        else:
            slip = base.get_issue_slip(slip_id)
            ISSUE_STEPS.require_state(EDIT, slip)
            for field, value in clean.items():
                setattr(slip, f"{field}_id" if field in ("department", "repair_order") else field,
                        value)
            slip.save()
            IssueLine.delete().where(IssueLine.slip == slip).execute()
            action = "issue_slip.update"
        for line in clean_l:
            IssueLine.create(slip=slip, **line)
        base.record(by, action, "issue_slip", slip.id, slip.number,
                     {**clean, "lines": _lines_for_audit(clean_l)})
        return slip


def sign_issue_slip(slip_id: int, by: User) -> IssueSlip:
    """当值签字: the goods leave the store at the moving average cost.

    Refused, with the item, its stock and the quantity asked named, when a line
    would take the stock below zero (now or at any later moment).
    """
    ISSUE_STEPS.require(by, SUBMIT)
    with database.atomic("IMMEDIATE"):
        slip = base.get_issue_slip(slip_id)
        ISSUE_STEPS.require_state(SUBMIT, slip)
        ledger.check_date(slip.date)
        lines = list(IssueLine.select(IssueLine, Item).join(Item).where(IssueLine.slip == slip)
                     .order_by(IssueLine.line_no))
        if not lines:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Add at least one line (an item and its quantity)."), field="lines")
        at = ledger.document_moment(slip.date)
        for line in lines:  # every line checked before any is posted: a clear first refusal
            if not line.item.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "Line {line}: {item} is no longer in use."),
                    field="lines", line=line.line_no, item=f"{line.item.code} {line.item.name}")
            ledger.check_out(line.item, line.qty, at)
        total = ZERO
        for line in lines:
            entry = ledger.post_out(line.item, base.K_ISSUE, line.qty, at, base.DOC_ISSUE,
                                    slip.id, slip.number, by, line.id, checked=True)
            line.amount = -entry.amount
            line.unit_cost = entry.unit_cost
            line.save()
            total += line.amount
        slip.status, slip.signed_by, slip.signed_at, slip.total = SUBMITTED, by, clock.now(), total
        slip.save()
        base.record(by, "issue_slip.sign", "issue_slip", slip.id, slip.number,
                     {"status": [DRAFT, SUBMITTED], "total": total, "at": at})
        return slip


def cancel_issue_slip(slip_id: int, reason: str, by: User) -> IssueSlip:
    """作废. A draft simply ends; a signed slip's goods come back at their cost (manager only)."""
    with database.atomic("IMMEDIATE"):
        slip = base.get_issue_slip(slip_id)

        def bring_back() -> None:
            for entry in ledger.entries_of(base.DOC_ISSUE, slip.id):
                ledger.post_in(entry.item, base.K_ISSUE_CANCEL, -entry.qty, -entry.amount,
                               entry.at, base.DOC_ISSUE, slip.id, slip.number, by, entry.line_id)

        return documents.cancel(slip, reason, by, steps=ISSUE_STEPS, entity="issue_slip",
                                now=clock.now,
                                check=lambda: ledger.ensure_reversible(base.DOC_ISSUE, slip.id, slip.date,
                                                                 slip.number),
                                reverse=bring_back)


# --- what a repair order used -------------------------------------------------------


def issued_for_repair(order_id: int) -> list[tuple[IssueSlip, IssueLine]]:
    """The signed issue lines that name this repair order (cancelled slips left out)."""
    rows = (IssueLine.select(IssueLine, IssueSlip, Item)
            .join(IssueSlip).switch(IssueLine).join(Item)
            .where(IssueSlip.repair_order == order_id, IssueSlip.status == SUBMITTED)
            .order_by(IssueSlip.date, IssueSlip.id, IssueLine.line_no))
    return [(line.slip, line) for line in rows]


def repair_material_cost(order_id: int) -> Decimal:
    total = (IssueSlip.select(fn.SUM(IssueSlip.total))
             .where(IssueSlip.repair_order == order_id, IssueSlip.status == SUBMITTED).scalar())
    return base.money(total or 0)

