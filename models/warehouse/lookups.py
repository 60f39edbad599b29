"""What the storeroom's forms and views look up: completers, a document's lines, counts.

Reading only; the GUI calls these instead of querying the tables itself.
"""

from __future__ import annotations

from typing import Any

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
