"""The stock ledger (物料帐): the only place that moves stock, and the months it may move in.

Every movement is one ``StockEntry`` written with ``post()``, which also keeps
the item's cached balance (``Item.qty``, ``Item.value``) equal to the sum of
its entries. Value follows the moving weighted average: a receipt adds its
amount; an issue takes ``value × qty_out ÷ qty_on_hand`` (all of the value when
it takes all of the stock, so an empty shelf is worth exactly nothing).

Entries carry the document's accounting moment ``at``; a document dated in
the past may not make the running balance negative at any later moment
(``check_out``). An approved stocktake locks the books up to its adjustments'
moment, and its month entirely once the month has ended (``ensure_open``). ``check_ledger`` proves all of it for ``main.py check``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from .. import clock, values
from ..errors import DomainError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from . import base
from .base import ZERO, ClosedMonth, Item, StockEntry, Stocktake, fmt_qty, money, price

# --- the lock of the books -----------------------------------------------------------
#
# The rule (docs/domain.md, the storeroom): approving a stocktake locks the books up to
# the moment its gains and losses are dated (the count, or the month's last second if
# counted later): nothing may be dated at or before it. The rest of that month stays open
# until the month ends (by the operations' clock); from then on a month with an approved
# count is closed entirely, and every earlier month with it.


@dataclass(frozen=True)
class Lock:
    """Where the books are closed: ``at`` and before, by the approved stocktake ``number``."""

    at: dt.datetime
    number: str
    month: str  # the stocktake's month


def books_lock() -> Lock | None:
    """The latest approved stocktake's lock, or None while no count was approved."""
    row = (ClosedMonth.select(ClosedMonth, Stocktake).join(Stocktake, JOIN.LEFT_OUTER)
           .order_by(ClosedMonth.month.desc()).first())
    if row is None:
        return None
    if row.stocktake is None or row.stocktake.adjusted_at is None:
        return Lock(base.month_end_moment(row.month), "", row.month)
    return Lock(row.stocktake.adjusted_at, row.stocktake.number, row.month)


def closed_through() -> str | None:
    """The latest month closed entirely ("YYYY-MM"): it has an approved count and has ended.

    Every month up to it is closed; the current month never is (its lock is ``books_lock``).
    """
    current = base.month_of(clock.today())
    return (ClosedMonth.select(fn.MAX(ClosedMonth.month))
            .where(ClosedMonth.month < current).scalar())


def _moment(day: dt.date | dt.datetime) -> dt.datetime:
    return day if isinstance(day, dt.datetime) else document_moment(day)


def closed_reason(day: dt.date | dt.datetime, number: str = "") -> ValidationError | None:
    """Why nothing may be dated ``day`` (a date: its document moment), or None if it may."""
    moment = _moment(day)
    last = closed_through()
    if last is not None and base.month_of(moment) <= last:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{month} is closed (the stocktake was approved); nothing dated in it can be added "
                "or cancelled. Make a correcting document in an open month instead.",
            ),
            field="date", month=base.month_of(moment), number=number,
        )
    lock = books_lock()
    if lock is not None and moment <= lock.at:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "The books are closed up to {moment} by the approved stocktake {stocktake}: "
                "nothing can be dated at or before it; a document must be dated after it.",
            ),
            field="date", moment=f"{lock.at:%Y-%m-%d %H:%M}", stocktake=lock.number,
            number=number,
        )
    return None


def is_closed(day: dt.date | dt.datetime) -> bool:
    """Nothing may be dated ``day`` (a date: at its document moment)."""
    return closed_reason(day) is not None


def ensure_open(day: dt.date | dt.datetime, number: str = "") -> None:
    """Refuse a movement dated where the books are closed: a correction is a new document."""
    reason = closed_reason(day, number)
    if reason is not None:
        raise reason


def _first_moment(doc_type: str, doc_id: int, day: dt.date) -> dt.date | dt.datetime:
    first = (StockEntry.select(fn.MIN(StockEntry.at))
             .where(StockEntry.doc_type == doc_type, StockEntry.doc_id == doc_id).scalar())
    return StockEntry.at.python_value(first) if first is not None else day


def ensure_reversible(doc_type: str, doc_id: int, day: dt.date, number: str) -> None:
    """Refuse cancelling a document whose entries (or, a draft, whose date) are locked.

    A reversal is dated at the entries it reverses, so those moments must be open.
    """
    ensure_open(_first_moment(doc_type, doc_id, day), number)


def is_reversible(doc_type: str, doc_id: int, day: dt.date) -> bool:
    """The document dated ``day`` may still be cancelled (``ensure_reversible`` passes)."""
    return not is_closed(_first_moment(doc_type, doc_id, day))


def document_moment(day: dt.date) -> dt.datetime:
    """The accounting moment of a document dated ``day``: now if today, else its last second."""
    current = clock.now()
    if day == current.date():
        return current
    return dt.datetime.combine(day, dt.time(23, 59, 59))


def check_date(day: object, field: str = "date") -> dt.date:
    """A document date: a real day in the office's years, not after today, where the books
    are open."""
    day = values.clean_date(day, field)
    if day > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The date {date} is in the future."),
            field=field, date=day.isoformat(),
        )
    ensure_open(day)
    return day


# --- balances ---------------------------------------------------------------------


# The two queries every issue runs, written out: peewee takes longer to build them than
# SQLite to answer them on the (item_id, at) index.
_BALANCE_SQL = "SELECT SUM(qty), SUM(amount) FROM stock_ledger WHERE item_id = ? AND at <= ?"
_LATER_SQL = ("SELECT qty, at FROM stock_ledger WHERE item_id = ? AND at > ? "
              "ORDER BY at, id")


def _stamp(at: dt.datetime) -> str:
    return StockEntry.at.db_value(at)


def balance_at(item_id: int, at: dt.datetime) -> tuple[Decimal, Decimal]:
    """(quantity, value) of an item at a moment: the sum of its entries up to it."""
    row = StockEntry._meta.database.execute_sql(_BALANCE_SQL, (item_id, _stamp(at))).fetchone()
    return base.qty(row[0] if row else 0), money(row[1] if row else 0)


def issue_cost(qty_out: Decimal, on_hand: Decimal, value: Decimal) -> Decimal:
    """The moving-average cost of taking ``qty_out`` from ``on_hand`` worth ``value``."""
    if qty_out >= on_hand:
        return value
    if on_hand <= 0:
        return ZERO
    return money(value * qty_out / on_hand)


class NotEnoughStock(DomainError):
    """An issue or a reversal would take an item's stock below zero."""


def check_out(item: Item, qty_out: Decimal, at: dt.datetime) -> None:
    """Refuse taking ``qty_out`` of ``item`` at ``at`` if any balance from then on goes negative.

    The message names the item, the stock on hand and the quantity asked.
    """
    if qty_out <= 0:
        return
    on_hand = item.qty
    if on_hand - qty_out < 0:
        raise NotEnoughStock(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Not enough {item} in stock: {on_hand} {unit} on hand, {asked} {unit} asked for.",
            ),
            item=f"{item.code} {item.name}", on_hand=fmt_qty(on_hand), asked=fmt_qty(qty_out),
            unit=item.unit,
        )
    running, _value = balance_at(item.id, at)
    if running - qty_out < 0:
        raise NotEnoughStock(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Not enough {item} in stock on {date}: {on_hand} {unit} on hand then, {asked} "
                "{unit} asked for.",
            ),
            item=f"{item.code} {item.name}", date=f"{at:%Y-%m-%d}", on_hand=fmt_qty(running),
            asked=fmt_qty(qty_out), unit=item.unit,
        )
    running -= qty_out
    later = StockEntry._meta.database.execute_sql(_LATER_SQL, (item.id, _stamp(at)))
    for moved, when in later:
        running += base.qty(moved)
        if running < 0:
            when = StockEntry.at.python_value(when)
            raise NotEnoughStock(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "Taking {asked} {unit} of {item} on {date} would leave too little for what "
                    "was issued later (on {later}).",
                ),
                item=f"{item.code} {item.name}", date=f"{at:%Y-%m-%d}", later=f"{when:%Y-%m-%d}",
                asked=fmt_qty(qty_out), unit=item.unit,
            )


# --- posting ----------------------------------------------------------------------


def post(
    item: Item,
    kind: str,
    qty: Decimal,
    amount: Decimal,
    at: dt.datetime,
    doc_type: str,
    doc_id: int,
    doc_number: str,
    by: User | None,
    line_id: int | None = None,
) -> StockEntry:
    """Append one entry and move the item's cached balance. Inside the caller's transaction.

    ``qty`` and ``amount`` are signed (in > 0 > out). The caller has checked
    that the stock suffices (``check_out``); this refuses nothing but a
    negative result, as the last guard of the invariant.
    """
    qty, amount = base.qty(qty), money(amount)
    item = Item.get_by_id(item.id)  # the balance as the transaction sees it now (post_out's
    # caller may hold an older copy)
    new_qty, new_value = item.qty + qty, item.value + amount
    if new_qty < 0 or new_value < 0 or (new_qty == 0 and new_value != 0):
        raise RuntimeError(
            f"ledger guard: {item.code} would be {new_qty} worth {new_value} ({kind} {qty} {amount})")
    entry = StockEntry.create(
        item=item, at=at, posted_at=clock.now(), kind=kind, qty=qty, amount=amount,
        unit_cost=price(abs(amount) / abs(qty)) if qty else ZERO,
        doc_type=doc_type, doc_id=doc_id, doc_number=doc_number, line_id=line_id, user=by,
    )
    Item.update(qty=new_qty, value=new_value).where(Item.id == item.id).execute()
    return entry


def post_in(item: Item, kind: str, qty: Decimal, amount: Decimal, at: dt.datetime,
            doc_type: str, doc_id: int, doc_number: str, by: User | None,
            line_id: int | None = None) -> StockEntry:
    return post(item, kind, qty, amount, at, doc_type, doc_id, doc_number, by, line_id)


def post_out(item: Item, kind: str, qty: Decimal, at: dt.datetime, doc_type: str, doc_id: int,
             doc_number: str, by: User | None, line_id: int | None = None,
             amount: Decimal | None = None, checked: bool = False) -> StockEntry:
    """Take ``qty`` out at the moving average (or at ``amount`` when a reversal names it).

    ``checked``: the caller ran ``check_out`` for this very movement in this transaction.
    """
    item = Item.get_by_id(item.id)
    if not checked:
        check_out(item, qty, at)
    cost = issue_cost(qty, item.qty, item.value) if amount is None else money(amount)
    return post(item, kind, -qty, -cost, at, doc_type, doc_id, doc_number, by, line_id)


def reversal_out_amount(item: Item, qty_out: Decimal, original: Decimal) -> Decimal:
    """The value a cancelled receipt line takes back out.

    The amount it brought in when the stock can give it back; all that is left
    when it takes the last of the stock; else the moving average (the goods it
    brought were partly issued at a lower average since).
    """
    if qty_out >= item.qty:
        return item.value
    if item.value - original >= 0:
        return original
    return issue_cost(qty_out, item.qty, item.value)


def entries_of(doc_type: str, doc_id: int) -> list[StockEntry]:
    return list(StockEntry.select().where(StockEntry.doc_type == doc_type,
                                          StockEntry.doc_id == doc_id)
                .order_by(StockEntry.id))


# --- invariants (main.py check) ---------------------------------------------------


def check_ledger() -> list[str]:
    """Each balance equals its entries' sum; no balance was ever negative; empty is worth 0."""
    problems: list[str] = []
    sums = {
        item_id: (base.qty(q), money(v))
        for item_id, q, v in StockEntry.select(
            StockEntry.item, fn.SUM(StockEntry.qty), fn.SUM(StockEntry.amount))
        .group_by(StockEntry.item).tuples()
    }
    for item in Item.select():
        q, v = sums.get(item.id, (ZERO, ZERO))
        if (item.qty, item.value) != (q, v):
            problems.append(
                f"item {item.code}: balance {item.qty} worth {item.value}, "
                f"but its ledger entries sum to {q} worth {v}")
        if item.qty == 0 and item.value != 0:
            problems.append(f"item {item.code}: no stock but a value of {item.value}")
        if item.qty < 0 or item.value < 0:
            problems.append(f"item {item.code}: negative balance {item.qty} worth {item.value}")
    running: dict[int, Decimal] = defaultdict(lambda: ZERO)
    reported: set[int] = set()
    cursor = (StockEntry.select(StockEntry.item, StockEntry.qty, StockEntry.at, StockEntry.doc_number)
              .order_by(StockEntry.item, StockEntry.at, StockEntry.id).tuples().iterator())
    for item_id, moved, at, number in cursor:
        running[item_id] += base.qty(moved)
        if running[item_id] < 0 and item_id not in reported:
            reported.add(item_id)
            code = Item.get_by_id(item_id).code
            problems.append(f"item {code}: the balance went negative ({running[item_id]}) "
                            f"at {at} ({number})")
    return problems
