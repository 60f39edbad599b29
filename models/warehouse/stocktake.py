"""The monthly stocktake (月度盘点) and the quarterly full count: books equal shelves.

1. ``start_stocktake``: a month, all items or one category or one location;
   the book quantities (and values) of that moment are frozen on its lines.
2. The shelves are counted blind (the count sheets leave the book out) and the
   counts typed in (``enter_counts``). A line whose count differs from what the
   books expect is flagged; its recount is typed separately and stands.
   What the books expect is the frozen book plus whatever was posted between
   the freeze and the count (``counted_at``).
3. Every line that still differs needs a reason. The manager approves
   (``approve_stocktake``): gains and losses go to the ledger as their own
   kinds, dated at the count (or the month's last second, if counted later).
   That moment locks the books: nothing may be dated at or before it
   (``lock_moment``). The rest of the month stays open until it ends; then
   the month is closed entirely (models/warehouse/ledger.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import fn

from .. import audit, clock, documents, numbering
from ..db import database
from ..errors import DomainError, NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import as_id, clean_datetime, clean_text, lookup_text, shown
from . import base, ledger
from .base import (
    APPROVED,
    COUNTING,
    ZERO,
    ClosedMonth,
    Item,
    ItemCategory,
    StockEntry,
    Stocktake,
    StocktakeLine,
)
from .steps import APPROVE, CANCEL, COUNTS, RECORD, START, STOCKTAKE_STEPS


def _name(values: Mapping[str, Any], field: str) -> str:
    return clean_text(values.get(field), Stocktake._meta.fields[field])


# --- starting -----------------------------------------------------------------------


def open_stocktake() -> Stocktake | None:
    return Stocktake.select().where(Stocktake.status == COUNTING).order_by(Stocktake.id).first()


def start_stocktake(month: str, by: User, *, category: Any = None, location: str = "",
                    quarterly: bool = False, counted_by: str = "", recounted_by: str = "",
                    supervised_by: str = "") -> Stocktake:
    """Start counting ``month``: freeze the book of every item in scope (active or in stock)."""
    STOCKTAKE_STEPS.require(by, START)
    start, _end = base.parse_month(month)
    month = base.month_of(start)
    if month > base.month_of(clock.today()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "{month} has not begun; count it when it has."),
            field="month", month=month)
    location = clean_text(location, Stocktake.scope_location, name="location")
    category_id = None
    if category is not None and category != "":
        if isinstance(category, ItemCategory):
            category = category.id
        if isinstance(category, int):
            cat_id = as_id(category)
            cat = ItemCategory.get_or_none(ItemCategory.id == cat_id) if cat_id else None
        else:
            name = lookup_text(category, ItemCategory.name)
            cat = ItemCategory.get_or_none(ItemCategory.name == name) if name else None
        if cat is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "There is no item category {name}."),
                field="category", name=shown(category))
        category_id = cat.id
    if quarterly and (category_id is not None or location):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The quarterly count covers every item; leave the "
                              "category and the location empty."),
            field="quarterly")
    names = {f: _name({"counted_by": counted_by, "recounted_by": recounted_by,
                       "supervised_by": supervised_by}, f)
             for f in ("counted_by", "recounted_by", "supervised_by")}
    with database.atomic("IMMEDIATE"):
        ledger.ensure_open(dt.datetime.combine(start, dt.time()))  # no second count of a
        # month already counted (or before a lock)
        current = open_stocktake()
        if current is not None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DomainError", "Stocktake {number} is still open; approve or cancel it first."),
                number=current.number)
        items = Item.select().where(Item.active | (Item.qty != 0))
        if category_id is not None:
            items = items.where(Item.category == category_id)
        if location:
            items = items.where(Item.location == location)
        items = list(items.order_by(Item.location, Item.code))
        if not items:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "No item is in the chosen category or location."), field="category")
        frozen_at = clock.now()
        stocktake = Stocktake.create(
            number=numbering.next_number(base.STOCKTAKE_PREFIX, frozen_at.date()),
            month=month, quarterly=quarterly, scope_category=category_id, scope_location=location,
            status=COUNTING, frozen_at=frozen_at, created_by=by, created_at=frozen_at, **names)
        StocktakeLine.insert_many([
            {"stocktake": stocktake.id, "item": item.id, "location": item.location,
             "book_qty": item.qty, "book_value": item.value}
            for item in items
        ]).execute()
        base.record(by, "stocktake.start", "stocktake", stocktake.id, stocktake.number,
                     {"month": month, "quarterly": quarterly, "category": category_id,
                      "location": location, "lines": len(items)})
        return stocktake


# --- counting -----------------------------------------------------------------------


def moved_since_freeze(stocktake: Stocktake, until: dt.datetime | None = None) -> dict[int, Decimal]:
    """What was posted per item between the freeze and the count (or ``until``)."""
    until = until or stocktake.counted_at or clock.now()
    rows = (StockEntry.select(StockEntry.item, fn.SUM(StockEntry.qty))
            .join(StocktakeLine, on=((StocktakeLine.item == StockEntry.item)
                                     & (StocktakeLine.stocktake == stocktake.id)))
            .where(StockEntry.posted_at > stocktake.frozen_at, StockEntry.posted_at <= until,
                   ~((StockEntry.doc_type == base.DOC_STOCKTAKE)
                     & (StockEntry.doc_id == stocktake.id)))
            .group_by(StockEntry.item).tuples())
    return {item_id: base.qty(moved) for item_id, moved in rows}


def _number_or_none(value: Any, line_no: int) -> Decimal | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return base.parse_decimal(value, "lines", base.QTY_PLACES, positive=False,
                                  maximum=base.MAX_QTY)
    except ValidationError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Line {line}: {problem}"),
                              field="lines", line=line_no, problem=exc) from None


def enter_counts(stocktake_id: int, changes: Mapping[int, Mapping[str, Any]], by: User,
                 counted_at: dt.datetime | None = None) -> Stocktake:
    """Type counts in: ``{line id: {"counted_qty"|"recount_qty"|"reason": value}}``.

    A blank value clears it. A recount needs a count first. The first count
    sets the moment of counting (now, or ``counted_at``), which decides which
    later movements the books expect on the shelf.
    """
    STOCKTAKE_STEPS.require(by, COUNTS)
    with database.atomic("IMMEDIATE"):
        stocktake = base.get_stocktake(stocktake_id)
        STOCKTAKE_STEPS.require_state(COUNTS, stocktake)
        wanted = [as_id(line_id) for line_id in changes]
        lines = {line.id: line for line in
                 StocktakeLine.select(StocktakeLine, Item).join(Item)
                 .where(StocktakeLine.stocktake == stocktake,
                        StocktakeLine.id.in_([i for i in wanted if i is not None]))}
        order = _line_numbers(stocktake)
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for line_id, values in changes.items():
            line = lines.get(as_id(line_id))
            if line is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "DomainError", "A counted line is not on stocktake {number}; open it again."),
                    number=stocktake.number)
            line_no = order[line_id]
            unknown = set(values) - {"counted_qty", "recount_qty", "reason"}
            if unknown:
                raise ValueError(f"unknown stocktake line fields {sorted(unknown)}")
            new = {"counted_qty": line.counted_qty, "recount_qty": line.recount_qty,
                   "reason": line.reason}
            for key in ("counted_qty", "recount_qty"):
                if key in values:
                    new[key] = _number_or_none(values[key], line_no)
            if "reason" in values:
                new["reason"] = clean_text(values["reason"], StocktakeLine.reason, name="lines")
            if new["recount_qty"] is not None and new["counted_qty"] is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "Line {line}: count it before the recount."),
                    field="lines", line=line_no)
            old = {"counted_qty": line.counted_qty, "recount_qty": line.recount_qty,
                   "reason": line.reason}
            if new != old:
                code = line.item.code
                for key in new:
                    if new[key] != old[key]:
                        before[f"{code}.{key}"] = old[key]
                        after[f"{code}.{key}"] = new[key]
                line.counted_qty, line.recount_qty, line.reason = (
                    new["counted_qty"], new["recount_qty"], new["reason"])
                line.save()
        if counted_at is not None or (stocktake.counted_at is None and after):
            when = (clock.now() if counted_at is None
                    else clean_datetime(counted_at, "counted_at"))
            if when < stocktake.frozen_at or when > clock.now() + dt.timedelta(minutes=5):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "The count must be timed between the start of "
                                      "the stocktake ({start}) and now."),
                    field="counted_at", start=f"{stocktake.frozen_at:%Y-%m-%d %H:%M}")
            if when != stocktake.counted_at:
                before["counted_at"], after["counted_at"] = stocktake.counted_at, when
                stocktake.counted_at = when
                stocktake.save()
        if after:
            base.record(by, "stocktake.count", "stocktake", stocktake.id, stocktake.number,
                         audit.diff(before, after))
        return stocktake


def update_stocktake(stocktake_id: int, values: Mapping[str, Any], by: User) -> Stocktake:
    """The three names for the record (盘点人 / 复盘人 / 监盘人) and a note."""
    STOCKTAKE_STEPS.require(by, COUNTS)
    with database.atomic():
        stocktake = base.get_stocktake(stocktake_id)
        STOCKTAKE_STEPS.require_state(COUNTS, stocktake)
        before = {f: getattr(stocktake, f) for f in ("counted_by", "recounted_by",
                                                      "supervised_by", "note")}
        after = dict(before)
        for field in ("counted_by", "recounted_by", "supervised_by"):
            if field in values:
                after[field] = _name(values, field)
        if "note" in values:
            after["note"] = clean_text(values["note"], Stocktake.note)
        changes = audit.diff(before, after)
        if changes:
            for field, value in after.items():
                setattr(stocktake, field, value)
            stocktake.save()
            base.record(by, "stocktake.update", "stocktake", stocktake.id, stocktake.number,
                         changes)
        return stocktake


# --- reading ------------------------------------------------------------------------


@dataclass
class CountRow:
    """One line as the count grid and the record show it."""

    line: StocktakeLine
    item: Item
    no: int  # 序号, in sheet order (location, code)
    moved: Decimal  # posted between the freeze and the count
    expected: Decimal  # book + moved
    final: Decimal | None
    flagged: bool  # the count differs from the books: recount it
    difference: Decimal | None  # final − expected
    gain_qty: Decimal
    loss_qty: Decimal
    gain_amount: Decimal
    loss_amount: Decimal
    needs_reason: bool


def _line_numbers(stocktake: Stocktake) -> dict[int, int]:
    ids = (StocktakeLine.select(StocktakeLine.id).join(Item)
           .where(StocktakeLine.stocktake == stocktake)
           .order_by(StocktakeLine.location, Item.code).tuples())
    return {line_id: n for n, (line_id,) in enumerate(ids, start=1)}


BLIND_RECORD = QT_TRANSLATE_NOOP(
    "DomainError", "Stocktake {number} is not approved yet: until then only the manager may "
    "print its stocktake record, which shows the book quantities (the count is blind).")


def record_rows(stocktake_id: int, by: User | None) -> list[CountRow]:
    """The lines for the 物料盘点记录表, for ``by``: refused to all but the manager until the
    stocktake is approved (the record shows what the books expect; the count is blind)."""
    stocktake = base.get_stocktake(stocktake_id)
    STOCKTAKE_STEPS.require_state(RECORD, stocktake)
    if not STOCKTAKE_STEPS.permits(by, RECORD, stocktake):
        raise DomainError(BLIND_RECORD, number=stocktake.number)
    return count_rows(stocktake_id)


def count_rows(stocktake_id: int) -> list[CountRow]:
    """Every line in sheet order, with what the books expect and the variance.

    Approved: the figures as posted. Counting: the estimate at today's averages.
    """
    stocktake = base.get_stocktake(stocktake_id)
    lines = list(StocktakeLine.select(StocktakeLine, Item).join(Item)
                 .where(StocktakeLine.stocktake == stocktake)
                 .order_by(StocktakeLine.location, Item.code))
    approved = stocktake.status == APPROVED
    moved = {} if approved else moved_since_freeze(stocktake)
    rows = []
    for n, line in enumerate(lines, start=1):
        item = line.item
        moved_qty = line.moved_qty if approved else moved.get(item.id, ZERO)
        expected = line.book_qty + moved_qty
        final = line.final_qty
        difference = None if final is None else final - expected
        flagged = line.counted_qty is not None and line.counted_qty != expected
        if approved:
            gain_qty, loss_qty = line.gain_qty, line.loss_qty
            gain_amount, loss_amount = line.gain_amount, line.loss_amount
        else:
            gain_qty = difference if difference is not None and difference > 0 else ZERO
            loss_qty = -difference if difference is not None and difference < 0 else ZERO
            gain_amount = base.money(gain_qty * item.average_cost)
            loss_amount = ledger.issue_cost(loss_qty, item.qty, item.value) if loss_qty else ZERO
        rows.append(CountRow(line, item, n, moved_qty, expected, final, flagged, difference,
                             gain_qty, loss_qty, gain_amount, loss_amount,
                             difference is not None and difference != 0 and not line.reason))
    return rows


# --- approving and cancelling -------------------------------------------------------


def lock_moment(stocktake: Stocktake) -> dt.datetime:
    """Where approving ``stocktake`` now dates its gains and losses and locks the books:
    the count (now, if not timed), or the month's last second if counted after it."""
    counted_at = stocktake.counted_at or clock.now()
    return min(counted_at, base.month_end_moment(stocktake.month))


def month_ended(month: str) -> bool:
    """The month is over by the operations' clock (approving its count closes it entirely)."""
    return month < base.month_of(clock.today())


def default_stocktake_month(today: dt.date) -> str:
    """The month a clerk means by 开始盘点 on ``today``: on days 1–15 the month just ended,
    from the 16th the current one (counted at its end)."""
    if today.day <= 15:
        return base.month_of(today.replace(day=1) - dt.timedelta(days=1))
    return base.month_of(today)


def approve_stocktake(stocktake_id: int, by: User) -> Stocktake:
    """经理审批: post the gains and losses and lock the books up to their moment. All lines
    counted, differing ones recounted and explained."""
    STOCKTAKE_STEPS.require(by, APPROVE)
    with database.atomic("IMMEDIATE"):
        stocktake = base.get_stocktake(stocktake_id)
        STOCKTAKE_STEPS.require_state(APPROVE, stocktake)
        ledger.ensure_open(dt.datetime.combine(base.parse_month(stocktake.month)[0], dt.time()),
                           stocktake.number)
        rows = count_rows(stocktake.id)
        uncounted = [r for r in rows if r.final is None]
        if uncounted:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{n} line(s) have no count yet, the first {item}."),
                field="lines", n=len(uncounted),
                item=f"{uncounted[0].item.code} {uncounted[0].item.name}")
        not_recounted = [r for r in rows if r.flagged and r.line.recount_qty is None]
        if not_recounted:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{n} line(s) differ from the books and need a recount, the first "
                "{item}."),
                field="lines", n=len(not_recounted),
                item=f"{not_recounted[0].item.code} {not_recounted[0].item.name}")
        unexplained = [r for r in rows if r.needs_reason]
        if unexplained:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{n} line(s) differ from the books without a reason, the first "
                "{item}."),
                field="lines", n=len(unexplained),
                item=f"{unexplained[0].item.code} {unexplained[0].item.name}")
        counted_at = stocktake.counted_at or clock.now()
        at = lock_moment(stocktake)
        gains = losses = ZERO
        for row in rows:
            line = row.line
            if not row.moved and not row.difference:
                continue  # nothing moved, nothing to adjust: the line stays as counted
            line.moved_qty = row.moved
            if row.difference and row.difference > 0:
                item = Item.get_by_id(row.item.id)
                amount = base.money(row.difference * item.average_cost)
                ledger.post_in(item, base.K_GAIN, row.difference, amount, at, base.DOC_STOCKTAKE,
                               stocktake.id, stocktake.number, by, line.id)
                line.gain_qty, line.gain_amount = row.difference, amount
                gains += amount
            elif row.difference and row.difference < 0:
                entry = ledger.post_out(row.item, base.K_LOSS, -row.difference, at,
                                        base.DOC_STOCKTAKE, stocktake.id, stocktake.number, by,
                                        line.id)
                line.loss_qty, line.loss_amount = -row.difference, -entry.amount
                losses += -entry.amount
            line.save()
        now = clock.now()
        stocktake.status, stocktake.approved_by, stocktake.approved_at = APPROVED, by, now
        stocktake.adjusted_at = at
        if stocktake.counted_at is None:
            stocktake.counted_at = counted_at
        stocktake.save()
        ClosedMonth.create(month=stocktake.month, closed_at=now, closed_by=by, stocktake=stocktake)
        base.record(by, "stocktake.approve", "stocktake", stocktake.id, stocktake.number,
                     {"status": [COUNTING, APPROVED], "gains": gains, "losses": losses,
                      "closed_month": stocktake.month, "at": at})
        return stocktake


def cancel_stocktake(stocktake_id: int, reason: str, by: User) -> Stocktake:
    """作废 an open stocktake (started by mistake); nothing was posted, nothing is closed."""
    STOCKTAKE_STEPS.require(by, CANCEL)  # the role first, as before anything is read
    with database.atomic("IMMEDIATE"):
        stocktake = base.get_stocktake(stocktake_id)
        return documents.cancel(stocktake, reason, by, steps=STOCKTAKE_STEPS, entity="stocktake",
                                now=clock.now)
