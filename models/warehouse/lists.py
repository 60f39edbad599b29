"""The storeroom's lists for models.listing: items, documents, registers, stocktakes, the ledger.

The GUI's sub-views and the exports read them. The registers (物料入库记录表,
物料出库记录表) are line lists of the documents that were confirmed or signed
(and maybe cancelled since; drafts never counted), filtered by the document date.
"""

from __future__ import annotations

from peewee import JOIN, Case, fn

from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..people import Department
from ..repairs import RepairOrder
from . import base
from .base import (
    IssueLine,
    IssueSlip,
    Item,
    ItemCategory,
    PurchaseRequest,
    Receipt,
    ReceiptLine,
    StockEntry,
    Stocktake,
)

YES_NO = {True: QT_TRANSLATE_NOOP("Lists", "Yes"), False: QT_TRANSLATE_NOOP("Lists", "No")}


def _low(query, value):
    return query.where(Item.safety_stock > 0, Item.qty < Item.safety_stock) if value else query


def _active(query, value):
    return query.where(Item.active) if value else query


ITEM_LIST = ListSpec(
    name="items",
    title=QT_TRANSLATE_NOOP("Lists", "Items"),
    model=Item,
    columns=[
        Column("code", QT_TRANSLATE_NOOP("Lists", "Code"), Item.code, 90),
        Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), Item.name, 150),
        Column("spec", QT_TRANSLATE_NOOP("Lists", "Specification"), Item.spec, 120),
        Column("unit", QT_TRANSLATE_NOOP("Lists", "Unit"), Item.unit, 45),
        Column("category", QT_TRANSLATE_NOOP("Lists", "Category"), ItemCategory.name, 80),
        Column("location", QT_TRANSLATE_NOOP("Lists", "Location"), Item.location, 70),
        Column("qty", QT_TRANSLATE_NOOP("Lists", "On hand"), Item.qty, 80, "number"),
        Column("value", QT_TRANSLATE_NOOP("Lists", "Value"), Item.value, 90, "money"),
        Column("safety_stock", QT_TRANSLATE_NOOP("Lists", "Safety stock"), Item.safety_stock, 80,
               "number"),
        Column("last_cost", QT_TRANSLATE_NOOP("Lists", "Last price"), Item.last_cost, 80, "money",
               visible=False),
        Column("active", QT_TRANSLATE_NOOP("Lists", "In use"), Item.active, 50, "status", YES_NO),
    ],
    search=[Item.code, Item.name, Item.spec, Item.location],
    default_sort=("code", False),
    base_query=lambda: Item.select().join(ItemCategory, on=(Item.category == ItemCategory.id)),
    extra_filters={
        "category": lambda q, v: q.where(Item.category == v),
        "location": lambda q, v: q.where(Item.location == str(v).strip()),
        "low": _low,
        "active": _active,
    },
)

PR = PurchaseRequest.alias("pr")

RECEIPT_LIST = ListSpec(
    name="receipts",
    title=QT_TRANSLATE_NOOP("Lists", "Receipts"),
    model=Receipt,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), Receipt.number, 130),
        Column("date", QT_TRANSLATE_NOOP("Lists", "Date"), Receipt.date, 90, "date"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), Receipt.status, 60, "status",
               base.RECEIPT_STATUS_LABELS),
        Column("source", QT_TRANSLATE_NOOP("Lists", "Source"), Receipt.source, 80, "status",
               base.SOURCE_LABELS.short()),
        Column("purchase_request", QT_TRANSLATE_NOOP("Lists", "Purchase request"), PR.number, 130),
        Column("supplier", QT_TRANSLATE_NOOP("Lists", "Supplier"), Receipt.supplier, 160),
        Column("delivery_note", QT_TRANSLATE_NOOP("Lists", "Delivery note"), Receipt.delivery_note, 100),
        Column("total", QT_TRANSLATE_NOOP("Lists", "Amount"), Receipt.total, 90, "money"),
        Column("received_by", QT_TRANSLATE_NOOP("Lists", "Received by"), Receipt.received_by, 70),
        Column("submitted_at", QT_TRANSLATE_NOOP("Lists", "Confirmed"), Receipt.submitted_at, 120,
               "datetime"),
    ],
    search=[Receipt.number, Receipt.supplier, Receipt.delivery_note, Receipt.note],
    date_field=Receipt.date,
    status_field=Receipt.status,
    statuses=base.RECEIPT_STATUS_LABELS,
    default_sort=("date", True),
    base_query=lambda: Receipt.select().join(
        PR, JOIN.LEFT_OUTER, on=(Receipt.purchase_request == PR.id)),
    extra_filters={"source": lambda q, v: q.where(Receipt.source == v)},
)

RO = RepairOrder.alias("ro")
DL, DI = IssueLine.alias("dl"), Item.alias("di")

# A draft slip has no cost yet: the list shows what its lines come to at today's moving
# average (gui.warehouse.lines_grid works the form's total out the same way); a signed
# slip shows its booked cost, a cancelled draft none.
_AVERAGE = fn.ROUND(Case(None, [(DI.qty > 0, DI.value * 1.0 / DI.qty)], DI.last_cost), 4)
_DRAFT_COST = (DL.select(fn.COALESCE(fn.SUM(fn.ROUND(DL.qty * _AVERAGE, 2)), 0))
               .join(DI, on=(DL.item == DI.id)).where(DL.slip == IssueSlip.id))
SLIP_COST = Case(None, [(IssueSlip.status == base.DRAFT, _DRAFT_COST)], IssueSlip.total)

ISSUE_LIST = ListSpec(
    name="issue_slips",
    title=QT_TRANSLATE_NOOP("Lists", "Issue slips"),
    model=IssueSlip,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), IssueSlip.number, 130),
        Column("date", QT_TRANSLATE_NOOP("Lists", "Date"), IssueSlip.date, 90, "date"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), IssueSlip.status, 60, "status",
               base.SLIP_STATUS_LABELS),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), Department.name, 80),
        Column("receiver", QT_TRANSLATE_NOOP("Lists", "Receiver"), IssueSlip.receiver, 70),
        Column("purpose", QT_TRANSLATE_NOOP("Lists", "Purpose"), IssueSlip.purpose, 180),
        Column("repair_order", QT_TRANSLATE_NOOP("Lists", "Repair order"), RO.number, 130),
        Column("total", QT_TRANSLATE_NOOP("Lists", "Cost"), SLIP_COST, 90, "money"),
        Column("signed_at", QT_TRANSLATE_NOOP("Lists", "Signed"), IssueSlip.signed_at, 120,
               "datetime"),
    ],
    search=[IssueSlip.number, IssueSlip.receiver, IssueSlip.purpose, IssueSlip.note],
    date_field=IssueSlip.date,
    status_field=IssueSlip.status,
    statuses=base.SLIP_STATUS_LABELS,
    default_sort=("date", True),
    base_query=lambda: IssueSlip.select()
    .join(Department, on=(IssueSlip.department == Department.id))
    .switch(IssueSlip).join(RO, JOIN.LEFT_OUTER, on=(IssueSlip.repair_order == RO.id)),
    extra_filters={
        "department": lambda q, v: q.where(IssueSlip.department == v),
        "repair_order": lambda q, v: q.where(IssueSlip.repair_order == v),
    },
)

RECEIPT_REGISTER = ListSpec(
    name="receipt_register",
    title=QT_TRANSLATE_NOOP("Lists", "Receipt register"),
    model=ReceiptLine,
    columns=[
        Column("date", QT_TRANSLATE_NOOP("Lists", "Date"), Receipt.date, 90, "date"),
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), Receipt.number, 130),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), Receipt.status, 60, "status",
               base.RECEIPT_STATUS_LABELS),
        Column("supplier", QT_TRANSLATE_NOOP("Lists", "Supplier"), Receipt.supplier, 140),
        Column("delivery_note", QT_TRANSLATE_NOOP("Lists", "Delivery note"), Receipt.delivery_note, 90),
        Column("code", QT_TRANSLATE_NOOP("Lists", "Code"), Item.code, 80),
        Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), Item.name, 120),
        Column("spec", QT_TRANSLATE_NOOP("Lists", "Specification"), Item.spec, 90),
        Column("unit", QT_TRANSLATE_NOOP("Lists", "Unit"), Item.unit, 40),
        Column("qty", QT_TRANSLATE_NOOP("Lists", "Quantity"), ReceiptLine.qty, 70, "number"),
        Column("unit_price", QT_TRANSLATE_NOOP("Lists", "Unit price"), ReceiptLine.unit_price, 70,
               "money"),
        Column("amount", QT_TRANSLATE_NOOP("Lists", "Amount"), ReceiptLine.amount, 80, "money"),
        Column("received_by", QT_TRANSLATE_NOOP("Lists", "Received by"), Receipt.received_by, 60),
    ],
    search=[Receipt.number, Receipt.supplier, Receipt.delivery_note, Item.code, Item.name],
    date_field=Receipt.date,
    status_field=Receipt.status,
    statuses=base.RECEIPT_STATUS_LABELS.without(base.DRAFT),
    default_sort=("date", True),  # newest first, like every list (the paper reads oldest first)
    base_query=lambda: ReceiptLine.select().join(Receipt).switch(ReceiptLine).join(Item)
    .where(Receipt.submitted_at.is_null(False)),  # confirmed once (a cancelled draft never counted)
)

ISSUE_REGISTER = ListSpec(
    name="issue_register",
    title=QT_TRANSLATE_NOOP("Lists", "Issue register"),
    model=IssueLine,
    columns=[
        Column("date", QT_TRANSLATE_NOOP("Lists", "Date"), IssueSlip.date, 90, "date"),
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), IssueSlip.number, 130),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), IssueSlip.status, 60, "status",
               base.SLIP_STATUS_LABELS),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), Department.name, 80),
        Column("receiver", QT_TRANSLATE_NOOP("Lists", "Receiver"), IssueSlip.receiver, 60),
        Column("code", QT_TRANSLATE_NOOP("Lists", "Code"), Item.code, 80),
        Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), Item.name, 120),
        Column("spec", QT_TRANSLATE_NOOP("Lists", "Specification"), Item.spec, 90),
        Column("unit", QT_TRANSLATE_NOOP("Lists", "Unit"), Item.unit, 40),
        Column("qty", QT_TRANSLATE_NOOP("Lists", "Quantity"), IssueLine.qty, 70, "number"),
        Column("unit_cost", QT_TRANSLATE_NOOP("Lists", "Unit cost"), IssueLine.unit_cost, 70, "money"),
        Column("amount", QT_TRANSLATE_NOOP("Lists", "Cost"), IssueLine.amount, 80, "money"),
        Column("purpose", QT_TRANSLATE_NOOP("Lists", "Purpose"), IssueSlip.purpose, 140),
        Column("repair_order", QT_TRANSLATE_NOOP("Lists", "Repair order"), RO.number, 130),
    ],
    search=[IssueSlip.number, IssueSlip.receiver, IssueSlip.purpose, Item.code, Item.name],
    date_field=IssueSlip.date,
    status_field=IssueSlip.status,
    statuses=base.SLIP_STATUS_LABELS.without(base.DRAFT),
    default_sort=("date", True),
    base_query=lambda: IssueLine.select().join(IssueSlip)
    .join(Department, on=(IssueSlip.department == Department.id))
    .switch(IssueSlip).join(RO, JOIN.LEFT_OUTER, on=(IssueSlip.repair_order == RO.id))
    .switch(IssueLine).join(Item).where(IssueSlip.signed_at.is_null(False)),
    extra_filters={"department": lambda q, v: q.where(IssueSlip.department == v)},
)

SC = ItemCategory.alias("sc")

STOCKTAKE_LIST = ListSpec(
    name="stocktakes",
    title=QT_TRANSLATE_NOOP("Lists", "Stocktakes"),
    model=Stocktake,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), Stocktake.number, 130),
        Column("month", QT_TRANSLATE_NOOP("Lists", "Month"), Stocktake.month, 70),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), Stocktake.status, 60, "status",
               base.STOCKTAKE_STATUS_LABELS),
        Column("quarterly", QT_TRANSLATE_NOOP("Lists", "Quarterly"), Stocktake.quarterly, 50, "status",
               YES_NO),
        Column("category", QT_TRANSLATE_NOOP("Lists", "Category"), SC.name, 80),
        Column("location", QT_TRANSLATE_NOOP("Lists", "Location"), Stocktake.scope_location, 70),
        Column("frozen_at", QT_TRANSLATE_NOOP("Lists", "Started"), Stocktake.frozen_at, 120,
               "datetime"),
        Column("counted_at", QT_TRANSLATE_NOOP("Lists", "Counted"), Stocktake.counted_at, 120,
               "datetime"),
        Column("approved_at", QT_TRANSLATE_NOOP("Lists", "Approved"), Stocktake.approved_at, 120,
               "datetime"),
    ],
    search=[Stocktake.number, Stocktake.month, Stocktake.note],
    status_field=Stocktake.status,
    statuses=base.STOCKTAKE_STATUS_LABELS,
    default_sort=("number", True),
    base_query=lambda: Stocktake.select().join(
        SC, JOIN.LEFT_OUTER, on=(Stocktake.scope_category == SC.id)),
)

REQUEST_LIST = ListSpec(
    name="purchase_requests",
    title=QT_TRANSLATE_NOOP("Lists", "Purchase requests"),
    model=PurchaseRequest,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), PurchaseRequest.number, 130),
        Column("date", QT_TRANSLATE_NOOP("Lists", "Date"), PurchaseRequest.date, 90, "date"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), PurchaseRequest.status, 60, "status",
               base.REQUEST_STATUS_LABELS),
        Column("requested_by", QT_TRANSLATE_NOOP("Lists", "Requested by"),
               PurchaseRequest.requested_by, 70),
        Column("reason", QT_TRANSLATE_NOOP("Lists", "Reason"), PurchaseRequest.reason, 200),
        Column("total", QT_TRANSLATE_NOOP("Lists", "Estimated amount"), PurchaseRequest.total, 90,
               "money"),
        Column("approved_at", QT_TRANSLATE_NOOP("Lists", "Approved"), PurchaseRequest.approved_at, 120,
               "datetime"),
    ],
    search=[PurchaseRequest.number, PurchaseRequest.reason, PurchaseRequest.requested_by],
    date_field=PurchaseRequest.date,
    status_field=PurchaseRequest.status,
    statuses=base.REQUEST_STATUS_LABELS,
    default_sort=("date", True),
)

LEDGER_LIST = ListSpec(
    name="stock_ledger",
    title=QT_TRANSLATE_NOOP("Lists", "Stock ledger"),
    model=StockEntry,
    columns=[
        Column("at", QT_TRANSLATE_NOOP("Lists", "Time"), StockEntry.at, 120, "datetime"),
        Column("code", QT_TRANSLATE_NOOP("Lists", "Code"), Item.code, 80),
        Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), Item.name, 120),
        Column("unit", QT_TRANSLATE_NOOP("Lists", "Unit"), Item.unit, 40),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), StockEntry.kind, 80, "status", base.KIND_LABELS),
        Column("qty", QT_TRANSLATE_NOOP("Lists", "Quantity"), StockEntry.qty, 70, "number"),
        Column("unit_cost", QT_TRANSLATE_NOOP("Lists", "Unit cost"), StockEntry.unit_cost, 70, "money"),
        Column("amount", QT_TRANSLATE_NOOP("Lists", "Amount"), StockEntry.amount, 80, "money"),
        Column("doc_number", QT_TRANSLATE_NOOP("Lists", "Document"), StockEntry.doc_number, 130),
        Column("posted_at", QT_TRANSLATE_NOOP("Lists", "Posted"), StockEntry.posted_at, 120,
               "datetime", visible=False),
    ],
    search=[Item.code, Item.name, StockEntry.doc_number],
    date_field=StockEntry.at,
    status_field=StockEntry.kind,
    statuses=base.KIND_LABELS,
    default_sort=("at", True),
    base_query=lambda: StockEntry.select().join(Item),
    extra_filters={"item": lambda q, v: q.where(StockEntry.item == v)},
)

LISTS = {spec.name: spec for spec in (ITEM_LIST, RECEIPT_LIST, ISSUE_LIST, RECEIPT_REGISTER,
                                      ISSUE_REGISTER, STOCKTAKE_LIST, REQUEST_LIST, LEDGER_LIST)}
