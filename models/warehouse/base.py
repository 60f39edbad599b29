"""The storeroom (仓库): vocabulary, permissions, quantities and money, the tables.

Receipts (入库单), issue slips (出库单/领料单), stocktakes (月度盘点) and purchase
requests (物品申购表) follow one lifecycle: draft (editable) → submitted (locked;
it counts) → cancelled (reversed by new ledger entries, never deleted), as
``models.documents`` has it for every area; ``warehouse.steps`` says who may
take which step. The
stock ledger (物料帐) is append-only; an item's balance is the sum of its
entries, cached on the item and proven by ``main.py check``. See docs/domain.md, "The storeroom".

``models.warehouse`` gathers the public API; the operations live in
``warehouse.ledger``, ``warehouse.items``, ``warehouse.docs`` and
``warehouse.stocktake``, the reading in ``warehouse.report`` and ``warehouse.list``.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
)

from .. import audit, clock, documents, people, values
from ..db import BaseModel
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import Department, User
from ..repairs import RepairOrder
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

RECEIPT_PREFIX = "RK"  # 入库单 RKyyyymmdd-nnnn (the day it was entered)
ISSUE_PREFIX = "CK"  # 出库单
STOCKTAKE_PREFIX = "PD"  # 盘点
REQUEST_PREFIX = "SG"  # 物品申购表

# --- permissions ------------------------------------------------------------------
# 仓管员 keeps the store: items, drafts, counts. 经理 confirms receipts, approves
# stocktakes and purchase requests, cancels submitted documents. 当值 signs issue slips.

KEEP = people.KEEP_STORE
CONFIRM = people.APPROVE
SIGN = people.SIGN_ISSUE_SLIPS

# --- vocabulary -------------------------------------------------------------------

# One table per vocabulary (models.vocabulary): the screen, the lists, the spreadsheets and
# the paper all read these. Each document kind names its submitted state in its own word.
DRAFT, SUBMITTED, CANCELLED = documents.DRAFT, documents.SUBMITTED, documents.CANCELLED
COUNTING, APPROVED = "counting", "approved"

RECEIPT_STATUS_LABELS = Vocabulary("Warehouse", [  # 入库单: 经理确认
    Term(DRAFT, QT_TRANSLATE_NOOP("Warehouse", "Draft"), "草稿",
         paper="草稿（未确认，不作入库凭证）"),
    Term(SUBMITTED, QT_TRANSLATE_NOOP("Warehouse", "Confirmed"), "已确认"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Warehouse", "Voided"), "已作废"),
])
SLIP_STATUS_LABELS = Vocabulary("Warehouse", [  # 出库单: 当值签字
    Term(DRAFT, QT_TRANSLATE_NOOP("Warehouse", "Draft"), "草稿",
         paper="草稿（当值未签字，不得发料）"),
    Term(SUBMITTED, QT_TRANSLATE_NOOP("Warehouse", "Signed"), "已签字"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Warehouse", "Voided"), "已作废"),
])
REQUEST_STATUS_LABELS = Vocabulary("Warehouse", [  # 物品申购表: 经理批准
    Term(DRAFT, QT_TRANSLATE_NOOP("Warehouse", "Draft"), "草稿", paper="待审批"),
    Term(APPROVED, QT_TRANSLATE_NOOP("Warehouse", "Approved"), "已批准"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Warehouse", "Voided"), "已作废"),
])
STOCKTAKE_STATUS_LABELS = Vocabulary("Warehouse", [  # 盘点: the record sheet says 已审批
    Term(COUNTING, QT_TRANSLATE_NOOP("Warehouse", "Counting"), "盘点中", paper="盘点中（未审批）"),
    Term(APPROVED, QT_TRANSLATE_NOOP("Warehouse", "Approved"), "已批准", paper="已审批"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Warehouse", "Voided"), "已作废"),
])

CENTRAL, SELF = "central", "self"  # 公司集中采购 / 自行采购
SOURCE_LABELS = Vocabulary("Warehouse", [  # a receipt's source; the list shows the short word
    Term(CENTRAL, QT_TRANSLATE_NOOP("Warehouse", "Company central purchase"), "公司集中采购",
         short=QT_TRANSLATE_NOOP("Warehouse", "Central purchase"), short_zh="集中采购"),
    Term(SELF, QT_TRANSLATE_NOOP("Warehouse", "Own purchase (approved request)"),
         "自行采购（凭已批准的申购单）", paper="自行采购",
         short=QT_TRANSLATE_NOOP("Warehouse", "Own purchase"), short_zh="自行采购"),
])

# Ledger entry kinds. The monthly summary's columns: 入库 = receipt, receipt_cancel,
# opening; 出库 = issue, issue_cancel; 盘盈 = gain; 盘亏 = loss.
K_OPENING, K_RECEIPT, K_RECEIPT_CANCEL = "opening", "receipt", "receipt_cancel"
K_ISSUE, K_ISSUE_CANCEL, K_GAIN, K_LOSS = "issue", "issue_cancel", "gain", "loss"
KIND_LABELS = Vocabulary("Warehouse", [
    Term(K_OPENING, QT_TRANSLATE_NOOP("Warehouse", "Opening balance"), "期初"),
    Term(K_RECEIPT, QT_TRANSLATE_NOOP("Warehouse", "Receipt"), "入库"),
    Term(K_RECEIPT_CANCEL, QT_TRANSLATE_NOOP("Warehouse", "Receipt reversed"), "入库冲销"),
    Term(K_ISSUE, QT_TRANSLATE_NOOP("Warehouse", "Issue"), "出库"),
    Term(K_ISSUE_CANCEL, QT_TRANSLATE_NOOP("Warehouse", "Issue reversed"), "出库冲销"),
    Term(K_GAIN, QT_TRANSLATE_NOOP("Warehouse", "Stocktake gain"), "盘盈"),
    Term(K_LOSS, QT_TRANSLATE_NOOP("Warehouse", "Stocktake loss"), "盘亏"),
])
IN_KINDS = (K_RECEIPT, K_RECEIPT_CANCEL, K_OPENING)
OUT_KINDS = (K_ISSUE, K_ISSUE_CANCEL)

DOC_RECEIPT, DOC_ISSUE, DOC_STOCKTAKE, DOC_OPENING = "receipt", "issue_slip", "stocktake", "opening"

DEFAULT_CATEGORIES = ("五金", "电料", "水暖", "清洁用品", "办公用品", "劳保", "其他")


def record(by: User | None, action: str, entity: str, record_id: int | None = None,
           label: str = "", changes: dict | None = None) -> None:
    """The audit row of a storeroom operation, timed by the operations' clock."""
    audit.record(by, action, entity, record_id, label, changes, at=clock.now())


# --- quantities and money ---------------------------------------------------------

QTY_PLACES = Decimal("0.001")
MONEY_PLACES = Decimal("0.01")
PRICE_PLACES = Decimal("0.0001")
ZERO = Decimal(0)
MAX_QTY = Decimal("99999999")
MAX_PRICE = Decimal("99999999")


def qty(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(QTY_PLACES, ROUND_HALF_UP)


def money(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(MONEY_PLACES, ROUND_HALF_UP)


def price(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(PRICE_PLACES, ROUND_HALF_UP)


def fmt_qty(value: object) -> str:
    """12.500 → "12.5", 3.000 → "3": how a quantity is written on paper and screen."""
    if value is None or value == "":
        return ""
    text = f"{qty(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_money(value: object) -> str:
    return "" if value is None else f"{money(value):,.2f}"


def parse_decimal(text: object, field: str, places: Decimal, *, positive: bool,
                  maximum: Decimal) -> Decimal:
    """A number typed by the clerk, checked: digits, places, sign, size (values.clean_decimal)."""
    return values.clean_decimal(text, field, places, positive=positive, maximum=maximum)


class _FixedField(DecimalField):
    """A decimal with ``places`` (a Decimal such as 0.001), rounded half up, 0 by default."""

    places = QTY_PLACES

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("default", ZERO)
        super().__init__(16, -self.places.as_tuple().exponent, True, ROUND_HALF_UP,
                         *args, **kwargs)

    def python_value(self, value):
        value = super().python_value(value)
        return None if value is None else value.quantize(self.places, ROUND_HALF_UP)


class QtyField(_FixedField):
    """A quantity, three decimal places (米, 公斤 may be fractional)."""

    places = QTY_PLACES


class MoneyField(_FixedField):
    """Yuan, two decimal places."""

    places = MONEY_PLACES


class PriceField(_FixedField):
    """A unit price or cost, four decimal places (averages are seldom round)."""

    places = PRICE_PLACES


# --- months -----------------------------------------------------------------------


def month_of(day: dt.date | dt.datetime) -> str:
    return f"{day:%Y-%m}"


def parse_month(month: str) -> tuple[dt.date, dt.date]:
    """"2026-03" → (2026-03-01, 2026-04-01): the first day and the first day after.

    The month must lie in the office's years (values.EARLIEST … LATEST).
    """
    text = month.strip() if isinstance(month, str) and len(month) <= 10 else ""
    try:
        year, mon = (int(p) for p in text.split("-"))
        start = dt.date(year, mon, 1)
    except (ValueError, TypeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Give the month as YYYY-MM, for example 2026-03."),
            field="month",
        ) from None
    start = values.clean_date(start, "month")
    end = dt.date(year + (mon == 12), mon % 12 + 1, 1)
    return start, end


def month_end_moment(month: str) -> dt.datetime:
    """The last second of a month: where adjustments of a count made later are dated."""
    return dt.datetime.combine(parse_month(month)[1], dt.time()) - dt.timedelta(seconds=1)


# --- tables -----------------------------------------------------------------------


class ItemCategory(BaseModel):
    """物品类别: 五金 电料 水暖 清洁用品 办公用品 劳保 其他, editable by the storekeeper."""

    name = CharField(unique=True, max_length=40)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "item_category"


class Item(BaseModel):
    """物品. ``qty`` and ``value`` are the ledger's sums, kept here so lists are fast."""

    code = CharField(unique=True, max_length=30)
    name = CharField(index=True, max_length=60)
    spec = CharField(default="", max_length=60)  # 规格型号
    unit = CharField(max_length=10)
    category = ForeignKeyField(ItemCategory, backref="items", on_delete="RESTRICT")
    location = CharField(default="", index=True, max_length=30)  # 货位
    safety_stock = QtyField()
    active = BooleanField(default=True)
    qty = QtyField()
    value = MoneyField()
    last_cost = PriceField()  # the last receipt's unit price: values a gain on an empty shelf
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "item"

    @property
    def average_cost(self) -> Decimal:
        """The moving weighted average: value ÷ quantity (the last cost when none is left)."""
        return price(self.value / self.qty) if self.qty > 0 else self.last_cost

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class PurchaseRequest(BaseModel):
    """物品申购表: what the center asks to buy itself; approved by the manager."""

    number = CharField(unique=True)
    date = DateField(index=True)
    department = ForeignKeyField(Department, null=True, backref="+", on_delete="RESTRICT")
    requested_by = CharField(default="", max_length=30)
    reason = BoundedText(default="", max_length=500)
    status = documents.status_column()
    total = MoneyField()  # estimated
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()
    approved_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    approved_at = DateTimeField(null=True)
    cancelled_by, cancelled_at, cancel_reason = documents.cancel_columns()

    class Meta:
        table_name = "purchase_request"


class PurchaseRequestLine(BaseModel):
    request = ForeignKeyField(PurchaseRequest, backref="lines", on_delete="CASCADE")
    line_no = IntegerField()
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    qty = QtyField()
    unit_price = PriceField()  # estimated
    amount = MoneyField()
    note = CharField(default="", max_length=100)

    class Meta:
        table_name = "purchase_request_line"
        indexes = ((("request", "line_no"), True),)


class Receipt(BaseModel):
    """入库单: counts only once the manager confirms it (submitted)."""

    number = CharField(unique=True)
    date = DateField(index=True)  # the day the goods came in
    source = CharField(default=CENTRAL)
    purchase_request = ForeignKeyField(PurchaseRequest, null=True, backref="receipts",
                                       on_delete="RESTRICT")
    supplier = CharField(default="", index=True, max_length=100)
    delivery_note = CharField(default="", index=True, max_length=40)  # 送货单号
    received_by = CharField(default="", max_length=30)  # the storekeeper who counted them in
    note = BoundedText(default="", max_length=500)
    status = documents.status_column()
    total = MoneyField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()
    submitted_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    submitted_at = DateTimeField(null=True)
    cancelled_by, cancelled_at, cancel_reason = documents.cancel_columns()

    class Meta:
        table_name = "receipt"


class ReceiptLine(BaseModel):
    receipt = ForeignKeyField(Receipt, backref="lines", on_delete="CASCADE")
    line_no = IntegerField()
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    qty = QtyField()
    unit_price = PriceField()
    amount = MoneyField()
    note = CharField(default="", max_length=100)

    class Meta:
        table_name = "receipt_line"
        indexes = ((("receipt", "line_no"), True),)


class IssueSlip(BaseModel):
    """出库单 / 领料单: leaves the store only when the duty officer signs it (submitted)."""

    number = CharField(unique=True)
    date = DateField(index=True)
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT")
    receiver = CharField(default="", max_length=30)  # 领料人
    purpose = CharField(default="", max_length=100)
    repair_order = ForeignKeyField(RepairOrder, null=True, backref="issue_slips",
                                   on_delete="RESTRICT")
    note = BoundedText(default="", max_length=500)
    status = documents.status_column()
    total = MoneyField()  # the cost, known once submitted
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()
    signed_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    signed_at = DateTimeField(null=True)
    cancelled_by, cancelled_at, cancel_reason = documents.cancel_columns()

    class Meta:
        table_name = "issue_slip"


class IssueLine(BaseModel):
    slip = ForeignKeyField(IssueSlip, backref="lines", on_delete="CASCADE")
    line_no = IntegerField()
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    qty = QtyField()
    unit_cost = PriceField()  # moving average when signed
    amount = MoneyField()
    note = CharField(default="", max_length=100)

    class Meta:
        table_name = "issue_line"
        indexes = ((("slip", "line_no"), True),)


class StockEntry(BaseModel):
    """One line of the stock ledger (物料帐). Append-only.

    ``at`` is the accounting moment (the document's day); ``posted_at`` when it
    was written. ``qty`` and ``amount`` are signed: in is positive, out negative.
    """

    item = ForeignKeyField(Item, backref="entries", on_delete="RESTRICT")
    at = DateTimeField()
    posted_at = DateTimeField()
    kind = CharField()
    qty = QtyField()
    amount = MoneyField()
    unit_cost = PriceField()
    doc_type = CharField()
    doc_id = IntegerField()
    doc_number = CharField(default="")
    line_id = IntegerField(null=True)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "stock_ledger"
        indexes = (
            (("item", "at"), False),
            (("at",), False),
            (("doc_type", "doc_id"), False),
            (("item", "posted_at"), False),
        )


class Stocktake(BaseModel):
    """月度盘点 (or the quarterly full count): book frozen at the start, counted blind."""

    number = CharField(unique=True)
    month = CharField(index=True)  # YYYY-MM
    quarterly = BooleanField(default=False)
    scope_category = ForeignKeyField(ItemCategory, null=True, backref="+", on_delete="RESTRICT")
    scope_location = CharField(default="", max_length=30)
    status = documents.status_column(COUNTING)
    frozen_at = DateTimeField()  # book quantities are those of this moment
    counted_at = DateTimeField(null=True)  # when the shelves were counted
    counted_by = CharField(default="", max_length=30)  # 盘点人
    recounted_by = CharField(default="", max_length=30)  # 复盘人
    supervised_by = CharField(default="", max_length=30)  # 监盘人
    note = BoundedText(default="", max_length=500)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()
    approved_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    approved_at = DateTimeField(null=True)
    adjusted_at = DateTimeField(null=True)  # the accounting moment of its adjustments
    cancelled_by, cancelled_at, cancel_reason = documents.cancel_columns()

    class Meta:
        table_name = "stocktake"


class StocktakeLine(BaseModel):
    """One item counted. ``expected`` = book + what moved between the freeze and the count."""

    stocktake = ForeignKeyField(Stocktake, backref="lines", on_delete="CASCADE")
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    location = CharField(default="")  # the shelf when the count started (the sheets' order)
    book_qty = QtyField()
    book_value = MoneyField()
    counted_qty = QtyField(null=True, default=None)
    recount_qty = QtyField(null=True, default=None)
    reason = CharField(default="", max_length=100)
    # Filled when approved: what moved after the freeze, and the adjustment posted.
    moved_qty = QtyField()
    gain_qty = QtyField()
    gain_amount = MoneyField()
    loss_qty = QtyField()
    loss_amount = MoneyField()

    class Meta:
        table_name = "stocktake_line"
        indexes = ((("stocktake", "item"), True),)

    @property
    def final_qty(self) -> Decimal | None:
        """The recount stands; else the count; None while not counted."""
        return self.recount_qty if self.recount_qty is not None else self.counted_qty


class ClosedMonth(BaseModel):
    """A month with an approved stocktake: the books are closed up to its adjustments'
    moment, and the whole month (and every earlier one) once it has ended (ledger.py)."""

    month = CharField(primary_key=True)
    closed_at = DateTimeField()
    closed_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    stocktake = ForeignKeyField(Stocktake, null=True, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "closed_month"


TABLES = [ItemCategory, Item, PurchaseRequest, PurchaseRequestLine, Receipt, ReceiptLine,
          IssueSlip, IssueLine, StockEntry, Stocktake, StocktakeLine, ClosedMonth]


def _get(model, record_id: int, message: str):
    record = model.get_or_none(model.id == values.clean_id(record_id, message))
    if record is None:
        raise NotFound(message)
    return record


def get_item(item_id: int) -> Item:
    return _get(Item, item_id, QT_TRANSLATE_NOOP("DomainError", "That item no longer exists."))


def get_receipt(receipt_id: int) -> Receipt:
    return _get(Receipt, receipt_id,
                QT_TRANSLATE_NOOP("DomainError", "That receipt no longer exists."))


def get_issue_slip(slip_id: int) -> IssueSlip:
    return _get(IssueSlip, slip_id,
                QT_TRANSLATE_NOOP("DomainError", "That issue slip no longer exists."))


def get_stocktake(stocktake_id: int) -> Stocktake:
    return _get(Stocktake, stocktake_id,
                QT_TRANSLATE_NOOP("DomainError", "That stocktake no longer exists."))


def get_request(request_id: int) -> PurchaseRequest:
    return _get(PurchaseRequest, request_id,
                QT_TRANSLATE_NOOP("DomainError", "That purchase request no longer exists."))


def by_number(model, number: str):
    """A document by its number (for `main.py pdf`), or NotFound naming it."""
    text = values.lookup_text(number, model.number)
    record = model.get_or_none(model.number == text) if text else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no document {number}."),
                       number=values.shown(str(number).strip()))
    return record


# --- categories -------------------------------------------------------------------


def seed_categories() -> None:
    for order, name in enumerate(DEFAULT_CATEGORIES):
        ItemCategory.get_or_create(name=name, defaults={"sort_order": order})


def categories(active_only: bool = True) -> list[ItemCategory]:
    from ..named_lists import entries

    return entries(ItemCategory, active_only)
