"""Reading the storeroom: the monthly summary (收发存汇总表), low stock, an item's ledger.

Everything is summed from the ledger by accounting moment, so for every item
and every month 期初 + 入库 − 出库 + 盘盈 − 盘亏 = 期末, in quantity and in value.
入库 counts receipts, their reversals and opening balances; 出库 counts issues
and their reversals (consumption is booked from the issue slips only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from ..people import Department
from . import base
from .base import ZERO, IssueSlip, Item, ItemCategory, StockEntry

# The summary's columns, in this order, with these headers (the issue's words).
SUMMARY_HEADERS = ["编码", "名称", "规格", "单位", "期初数量", "期初金额", "入库数量", "入库金额",
                   "出库数量", "出库金额", "盘盈数量", "盘盈金额", "盘亏数量", "盘亏金额",
                   "期末数量", "期末金额"]
FIGURES = ("opening", "in", "out", "gain", "loss", "closing")


@dataclass
class Figures:
    """Quantity and value of each column; quantities summed only within one item."""

    opening_qty: Decimal = ZERO
    opening_value: Decimal = ZERO
    in_qty: Decimal = ZERO
    in_value: Decimal = ZERO
    out_qty: Decimal = ZERO
    out_value: Decimal = ZERO
    gain_qty: Decimal = ZERO
    gain_value: Decimal = ZERO
    loss_qty: Decimal = ZERO
    loss_value: Decimal = ZERO
    closing_qty: Decimal = ZERO
    closing_value: Decimal = ZERO

    def add(self, other: Figures) -> None:
        for name in FIGURES:
            for part in ("qty", "value"):
                key = f"{name}_{part}"
                setattr(self, key, getattr(self, key) + getattr(other, key))

    def values(self) -> list[Decimal]:
        return [getattr(self, f"{name}_{part}") for name in FIGURES for part in ("qty", "value")]

    def balanced(self) -> bool:
        """期初 + 入库 − 出库 + 盘盈 − 盘亏 = 期末, both in quantity and in value."""
        return all(
            getattr(self, f"opening_{p}") + getattr(self, f"in_{p}") - getattr(self, f"out_{p}")
            + getattr(self, f"gain_{p}") - getattr(self, f"loss_{p}") == getattr(self, f"closing_{p}")
            for p in ("qty", "value"))


@dataclass
class SummaryRow(Figures):
    item_id: int = 0
    code: str = ""
    name: str = ""
    spec: str = ""
    unit: str = ""
    category: str = ""

    def cells(self) -> list[object]:
        """The row under SUMMARY_HEADERS."""
        return [self.code, self.name, self.spec, self.unit, *self.values()]


@dataclass
class DepartmentUse:
    department: str
    slips: int
    value: Decimal


@dataclass
class StockSummary:
    month: str
    rows: list[SummaryRow]
    by_category: list[tuple[str, Figures]]
    total: Figures
    by_department: list[DepartmentUse] = field(default_factory=list)


def _columns_of(kind: str) -> tuple[str, int]:
    """Which column a ledger kind sums into, and the sign it is shown with."""
    if kind in base.IN_KINDS:
        return "in", 1
    if kind in base.OUT_KINDS:
        return "out", -1
    if kind == base.K_GAIN:
        return "gain", 1
    return "loss", -1


def is_empty(row: Figures) -> bool:
    """No stock at either end of the month and nothing moved (every figure 0)."""
    return not any(row.values())


def month_summary(month: str, empty: bool = False) -> StockSummary:
    """收发存汇总表 of ``month``: one row per item with a balance or a movement.

    An item whose figures are all 0 (received and taken back out the same month, say)
    is left out, unless ``empty``: then every item in use has its row, moved or not.
    """
    start, end = base.parse_month(month)
    start_at = dt.datetime.combine(start, dt.time())
    end_at = dt.datetime.combine(end, dt.time())
    rows: dict[int, SummaryRow] = {}

    def row_of(item_id: int) -> SummaryRow:
        if item_id not in rows:
            rows[item_id] = SummaryRow(item_id=item_id)
        return rows[item_id]

    opening = (StockEntry.select(StockEntry.item, fn.SUM(StockEntry.qty), fn.SUM(StockEntry.amount))
               .where(StockEntry.at < start_at).group_by(StockEntry.item).tuples())
    for item_id, q, v in opening:
        q, v = base.qty(q), base.money(v)
        if q or v:
            row = row_of(item_id)
            row.opening_qty, row.opening_value = q, v
    moved = (StockEntry.select(StockEntry.item, StockEntry.kind, fn.SUM(StockEntry.qty),
                               fn.SUM(StockEntry.amount))
             .where(StockEntry.at >= start_at, StockEntry.at < end_at)
             .group_by(StockEntry.item, StockEntry.kind).tuples())
    for item_id, kind, q, v in moved:
        column, sign = _columns_of(kind)
        row = row_of(item_id)
        setattr(row, f"{column}_qty", getattr(row, f"{column}_qty") + sign * base.qty(q))
        setattr(row, f"{column}_value", getattr(row, f"{column}_value") + sign * base.money(v))
    if empty:
        for (item_id,) in Item.select(Item.id).where(Item.active).tuples():
            row_of(item_id)
    items = {i.id: i for i in Item.select(Item, ItemCategory).join(ItemCategory)
             .where(Item.id.in_(list(rows)))} if rows else {}
    for item_id, row in rows.items():
        item = items[item_id]
        row.code, row.name, row.spec, row.unit = item.code, item.name, item.spec, item.unit
        row.category = item.category.name
        row.closing_qty = (row.opening_qty + row.in_qty - row.out_qty + row.gain_qty
                           - row.loss_qty)
        row.closing_value = (row.opening_value + row.in_value - row.out_value + row.gain_value
                             - row.loss_value)
    order = {c.id: (c.sort_order, c.name) for c in ItemCategory.select()}
    kept = rows.values() if empty else [r for r in rows.values() if not is_empty(r)]
    ordered = sorted(kept, key=lambda r: (
        order.get(items[r.item_id].category_id, (0, "")), r.code))
    by_category: dict[str, Figures] = {}
    total = Figures()
    for row in ordered:
        by_category.setdefault(row.category, Figures()).add(row)
        total.add(row)
    return StockSummary(base.month_of(start), ordered, list(by_category.items()), total,
                        department_use(start, end))


def department_use(start: dt.date, end: dt.date) -> list[DepartmentUse]:
    """Consumption by receiving department: issued value net of reversals, in [start, end)."""
    start_at = dt.datetime.combine(start, dt.time())
    end_at = dt.datetime.combine(end, dt.time())
    query = (StockEntry.select(Department.name, fn.COUNT(StockEntry.doc_id.distinct()),
                               fn.SUM(StockEntry.amount))
             .join(IssueSlip, on=((StockEntry.doc_type == base.DOC_ISSUE)
                                  & (StockEntry.doc_id == IssueSlip.id)))
             .join(Department, on=(IssueSlip.department == Department.id))
             .where(StockEntry.kind.in_(base.OUT_KINDS), StockEntry.at >= start_at,
                    StockEntry.at < end_at)
             .group_by(Department.name).order_by(fn.SUM(StockEntry.amount)).tuples())
    out = []
    for name, slips, value in query:
        value = -base.money(value)
        if value:
            out.append(DepartmentUse(name, slips, value))
    return out


def low_stock() -> list[Item]:
    """Items in use below their safety stock, by code."""
    return list(Item.select().where(Item.active, Item.safety_stock > 0,
                                    Item.qty < Item.safety_stock).order_by(Item.code))


@dataclass
class LedgerLine:
    entry: StockEntry
    balance_qty: Decimal
    balance_value: Decimal


def item_ledger(item_id: int, date_from: dt.date | None = None,
                date_to: dt.date | None = None) -> tuple[Decimal, Decimal, list[LedgerLine]]:
    """An item's 物料帐 for a span: the balance before it, then each entry with the running balance."""
    query = StockEntry.select().where(StockEntry.item == item_id)
    opening_qty = opening_value = ZERO
    if date_from is not None:
        start_at = dt.datetime.combine(date_from, dt.time())
        row = (StockEntry.select(fn.SUM(StockEntry.qty), fn.SUM(StockEntry.amount))
               .where(StockEntry.item == item_id, StockEntry.at < start_at).tuples().first())
        opening_qty, opening_value = base.qty(row[0] if row else 0), base.money(row[1] if row else 0)
        query = query.where(StockEntry.at >= start_at)
    if date_to is not None:
        query = query.where(StockEntry.at < dt.datetime.combine(date_to + dt.timedelta(days=1),
                                                                dt.time()))
    lines = []
    q, v = opening_qty, opening_value
    for entry in query.order_by(StockEntry.at, StockEntry.id):
        q, v = q + entry.qty, v + entry.amount
        lines.append(LedgerLine(entry, q, v))
    return opening_qty, opening_value, lines
