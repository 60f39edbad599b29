"""What the storeroom's forms and views look up: completers, a document's lines, counts.

Reading only; the GUI calls these instead of querying the tables itself.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from peewee import Case

from .. import clock, people, repairs
from .base import (
    APPROVED,
    IssueLine,
    IssueSlip,
    Item,
    PurchaseRequest,
    PurchaseRequestLine,
    Receipt,
    ReceiptLine,
    Stocktake,
    StocktakeLine,
)

# A document's line table and the column naming the document.
_LINES: dict[type, tuple[type, Any]] = {
    Receipt: (ReceiptLine, ReceiptLine.receipt),
    IssueSlip: (IssueLine, IssueLine.slip),
    PurchaseRequest: (PurchaseRequestLine, PurchaseRequestLine.request),
}


def _item_values(field: Any, limit: int) -> list[str]:
    rows = Item.select(field).where(field != "").group_by(field).order_by(field).limit(limit)
    return [value for (value,) in rows.tuples()]


def item_locations(limit: int = 500) -> list[str]:
    """Every shelf (货位) an item names, sorted: the location filter and completer."""
    return _item_values(Item.location, limit)


def item_units(limit: int = 500) -> list[str]:
    """Every unit items are counted in (个, 盒, 米 …), sorted: the unit completer."""
    return _item_values(Item.unit, limit)


def recent_suppliers(limit: int = 300) -> list[str]:
    """The suppliers of the latest receipts, sorted: the supplier completer."""
    rows = (Receipt.select(Receipt.supplier).where(Receipt.supplier != "")
            .group_by(Receipt.supplier).order_by(Receipt.id.desc()).limit(limit).tuples())
    return sorted({value for (value,) in rows})


def approved_request_numbers(limit: int = 300) -> list[str]:
    """The numbers of the approved purchase requests, newest first: what an own purchase names."""
    rows = (PurchaseRequest.select(PurchaseRequest.number)
            .where(PurchaseRequest.status == APPROVED)
            .order_by(PurchaseRequest.id.desc()).limit(limit).tuples())
    return [number for (number,) in rows]


def lines_of(doc: Receipt | IssueSlip | PurchaseRequest) -> list[Any]:
    """A receipt's, issue slip's or purchase request's lines in their order, items read along."""
    model, parent = _LINES[type(doc)]
    return list(model.select(model, Item).join(Item).where(parent == doc)
                .order_by(model.line_no))


def line_count(doc: Receipt | IssueSlip | PurchaseRequest) -> int:
    """How many lines a document has."""
    model, parent = _LINES[type(doc)]
    return model.select().where(parent == doc).count()


def stocktake_locations() -> list[str]:
    """The shelves (货位) of the items a stocktake would count (in use, or still holding stock)."""
    query = (Item.select(Item.location)
             .where(Item.location != "", Item.active | (Item.qty != 0))
             .group_by(Item.location).order_by(Item.location))
    return [row.location for row in query]


def count_progress(stocktake: Stocktake) -> tuple[int, int]:
    """(lines counted, lines) of a stocktake: the view's "12 of 40 line(s) counted"."""
    lines = StocktakeLine.select().where(StocktakeLine.stocktake == stocktake)
    counted = lines.where(StocktakeLine.counted_qty.is_null(False)).count()
    return counted, lines.count()


# --- an issue slip for a repair order (出库单 from 工程服务单) ---------------------------

RECENT_DAYS = 60  # finished orders offered to an issue slip: those reported this recently


def orders_for_issue(text: str = "", limit: int = 15) -> list[repairs.RepairOrder]:
    """The repair orders an issue slip may name, matching ``text`` (number, room, content,
    reporter: repairs.search): the open ones first, then those reported in the last
    RECENT_DAYS, newest report first; never a cancelled one."""
    since = dt.datetime.combine(clock.today() - dt.timedelta(days=RECENT_DAYS), dt.time())
    order = repairs.RepairOrder
    open_first = Case(None, [(order.status.in_(repairs.OPEN_STATUSES), 0)], 1)
    query = (repairs.search(text=text)
             .where(order.status != repairs.CANCELLED,
                    order.status.in_(repairs.OPEN_STATUSES) | (order.reported_at >= since))
             .order_by(open_first, order.reported_at.desc(), order.id.desc()))
    return list(query.limit(limit))


def _engineering_department(engineer: str) -> people.Department | None:
    """The department of the engineer named on the order, else the one most engineers are in."""
    users = (people.User.select(people.User, people.Department)
             .join(people.UserRole, on=(people.UserRole.user == people.User.id))
             .switch(people.User).join(people.Department)
             .where(people.UserRole.role == people.ENGINEERING, people.User.active,
                    people.Department.active))
    found = list(users)
    for user in found:
        if engineer and user.full_name == engineer:
            return user.department
    counted = Counter(user.department.id for user in found)
    if not counted:
        return None
    best = counted.most_common(1)[0][0]
    return next(user.department for user in found if user.department.id == best)


def issue_values_for_order(order: repairs.RepairOrder) -> dict[str, Any]:
    """What an issue slip for ``order`` proposes: 领料部门 (engineering), 领料人 (the
    engineer it was dispatched to) and 用途 (维修 number room content); a value the order
    cannot give is left out. The clerk may change each one."""
    out: dict[str, Any] = {}
    department = _engineering_department(order.engineer)
    if department is not None:
        out["department"] = department.id
    if order.engineer:
        out["receiver"] = order.engineer
    purpose = " ".join(part for part in ("维修", order.number, order.location,
                                         " ".join(order.content.split())) if part)
    out["purpose"] = purpose[:IssueSlip.purpose.max_length]
    return out
