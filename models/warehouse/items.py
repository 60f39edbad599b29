"""Items (物品档案): the storekeeper's master list, and importing it with opening balances.

An item's code is its key on every form. Its unit cannot change once stock
has moved (the quantities would mean something else), and it leaves use only
when its shelf is empty. ``import_items`` takes rows read from a spreadsheet
(see ``reports.warehouse.import_items``) and writes all of them or none. The item
categories are the storekeeper's list too (``save_category``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import audit, clock
from ..db import database
from ..errors import DomainError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..named_lists import move_entry, save_entry
from ..people import User, require
from ..values import as_id, clean_text, lookup_text, shown
from . import base, ledger
from .base import ZERO, Item, ItemCategory, StockEntry, categories
from .steps import CATEGORIES, EDIT, IMPORT, ITEM_STEPS, NEW

ITEM_FIELDS = ("code", "name", "spec", "unit", "category", "location", "safety_stock", "active")


def _text(values: Mapping[str, Any], field: str, required: str | None = None) -> str:
    return clean_text(values.get(field), Item._meta.fields[field], required=required)


def _category(value: Any, current_id: int | None = None) -> ItemCategory:
    if isinstance(value, ItemCategory):
        value = value.id
    if isinstance(value, int):
        category_id = as_id(value)
        category = ItemCategory.get_or_none(ItemCategory.id == category_id) if category_id else None
    else:
        text = "" if value is None else str(value).strip()
        name = lookup_text(text, ItemCategory.name)
        category = ItemCategory.get_or_none(ItemCategory.name == name) if name else None
        if category is None and text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "There is no item category {name}."),
                field="category", name=shown(text),
            )
    if category is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Choose the item's category."), field="category"
        )
    if not category.active and category.id != current_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The category {name} is no longer in use."),
            field="category", name=category.name,
        )
    return category


def clean_item(values: Mapping[str, Any], current: Item | None = None) -> dict[str, Any]:
    """The item fields, checked (``values`` over ``current``)."""
    unknown = set(values) - set(ITEM_FIELDS)
    if unknown:
        raise ValueError(f"unknown item fields {sorted(unknown)}")
    merged: dict[str, Any] = {}
    if current is not None:
        merged = {f: getattr(current, f) for f in ITEM_FIELDS if f != "category"}
        merged["category"] = current.category_id
    merged.update(values)
    out: dict[str, Any] = {
        "code": _text(merged, "code", QT_TRANSLATE_NOOP("DomainError", "The item code is required.")),
        "name": _text(merged, "name", QT_TRANSLATE_NOOP("DomainError", "The item name is required.")),
        "spec": _text(merged, "spec"),
        "unit": _text(merged, "unit", QT_TRANSLATE_NOOP("DomainError", "The unit is required.")),
        "location": _text(merged, "location"),
    }
    out["category"] = _category(merged.get("category"),
                                current.category_id if current is not None else None).id
    safety = merged.get("safety_stock")
    out["safety_stock"] = (ZERO if safety in (None, "") else base.parse_decimal(
        safety, "safety_stock", base.QTY_PLACES, positive=False, maximum=base.MAX_QTY))
    out["active"] = bool(merged.get("active", True))
    return out


def _snapshot(item: Item) -> dict[str, Any]:
    data = {f: getattr(item, f) for f in ITEM_FIELDS if f != "category"}
    data["category"] = item.category_id
    return data


def _refuse_code_clash(code: str, item_id: int | None) -> None:
    clash = Item.select().where(Item.code == code)
    if item_id is not None:
        clash = clash.where(Item.id != item_id)
    if clash.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The item code {code} is already in use."),
            field="code", code=code,
        )


def create_item(values: Mapping[str, Any], by: User) -> Item:
    """A new item, with no stock: stock comes in on a receipt (or as an imported opening)."""
    ITEM_STEPS.require(by, NEW)
    clean = clean_item(values)
    with database.atomic():
        _refuse_code_clash(clean["code"], None)
        item = Item.create(created_at=clock.now(), **clean)
        base.record(by, "item.create", "item", item.id, item.code, clean)
        return item


def update_item(item_id: int, values: Mapping[str, Any], by: User) -> Item:
    """Correct an item. Its unit is fixed once stock moved; it leaves use only when empty."""
    ITEM_STEPS.require(by, EDIT)
    with database.atomic():
        item = base.get_item(item_id)
        before = _snapshot(item)
        clean = clean_item(values, item)
        _refuse_code_clash(clean["code"], item.id)
        moved = StockEntry.select().where(StockEntry.item == item.id).exists()
        if clean["unit"] != item.unit and moved:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The unit of {item} cannot change: stock has already moved in {unit}.",
                ),
                field="unit", item=f"{item.code} {item.name}", unit=item.unit,
            )
        if not clean["active"] and item.active and item.qty != 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{item} still has {qty} {unit} in stock; it can leave use only when its shelf "
                    "is empty.",
                ),
                field="active", item=f"{item.code} {item.name}", qty=base.fmt_qty(item.qty),
                unit=item.unit,
            )
        changes = audit.diff(before, clean)
        if not changes:
            return item
        for field, value in clean.items():
            setattr(item, "category_id" if field == "category" else field, value)
        item.save()
        base.record(by, "item.update", "item", item.id, item.code, changes)
        return item


def save_category(by: User, name: str, category_id: int | None = None, active: bool = True,
                  sort_order: int | None = None) -> ItemCategory:
    """Add a category, or rename / (de)activate / move one (the storekeeper's list)."""
    require(by, ITEM_STEPS[CATEGORIES].permission)
    return save_entry(ItemCategory, by, name, category_id, active, sort_order)


def move_category(by: User, category_id: int, step: int) -> ItemCategory | None:
    """One place up (-1) or down (1) in the list's order, in one transaction (None: at the end)."""
    require(by, ITEM_STEPS[CATEGORIES].permission)
    return move_entry(ItemCategory, by, category_id, step, lambda: categories(active_only=False))


def find_item(text: str, active_only: bool = True) -> Item | None:
    """The item whose code is ``text`` exactly, else whose name is (for typed lines)."""
    text = lookup_text(text, Item.name)
    if not text:
        return None
    query = Item.select()
    if active_only:
        query = query.where(Item.active)
    return (query.where(Item.code == text).first()
            or query.where(Item.name == text).order_by(Item.code).first())


def search_items(text: str, limit: int = 20, active_only: bool = True) -> list[Item]:
    """Items whose code, name or spec contains every word, by code (for completers)."""
    query = Item.select()
    if active_only:
        query = query.where(Item.active)
    for word in (text or "").split():
        word = lookup_text(word, Item.name)
        if word is None:
            return []
        query = query.where(Item.code.contains(word) | Item.name.contains(word)
                            | Item.spec.contains(word))
    return list(query.order_by(Item.code).limit(limit))


# --- import ------------------------------------------------------------------------

# The template's columns (header, key); the workbook reader maps headers to keys.
IMPORT_COLUMNS = [
    ("编码", "code"), ("名称", "name"), ("规格型号", "spec"), ("单位", "unit"),
    ("类别", "category"), ("货位", "location"), ("安全库存", "safety_stock"),
    ("期初数量", "opening_qty"), ("期初单价", "opening_price"),
]


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number
    message: DomainError


class ImportRefused(DomainError):
    """Some rows are wrong; ``problems`` lists each with its row number. Nothing was imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DomainError", "{n} row(s) cannot be imported; nothing was imported."),
            n=len(problems),
        )


def opening_moment(day: dt.date | None = None) -> dt.datetime:
    """Opening balances stand at the last second of the month before the import."""
    day = day or clock.today()
    return dt.datetime.combine(day.replace(day=1), dt.time()) - dt.timedelta(seconds=1)


def import_items(rows: Iterable[tuple[int, Mapping[str, Any]]], by: User) -> list[Item]:
    """Create the items of a spreadsheet, with their opening balances; all or nothing.

    ``rows`` are (row number, {key: value}) with the IMPORT_COLUMNS' keys. A
    code already present, twice in the file, or any bad field refuses the
    whole file with every problem listed (ImportRefused). Opening stock is
    posted as of the end of last month (its 期初 this month); that month must
    be open.
    """
    ITEM_STEPS.require(by, IMPORT)
    at = opening_moment()
    problems: list[RowProblem] = []
    cleaned: list[tuple[int, dict, Decimal, Decimal]] = []
    seen: dict[str, int] = {}
    rows = list(rows)
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The file holds no items."))
    try:
        ledger.ensure_open(at)
    except DomainError as exc:
        raise ImportRefused([RowProblem(rows[0][0], exc)]) from None
    for row_number, values in rows:
        try:
            item_values = {k: values.get(k) for k in ITEM_FIELDS if k in values and k != "active"}
            clean = clean_item(item_values)
            if clean["code"] in seen:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("DomainError", "The code {code} is also on row {row}."),
                    field="code", code=clean["code"], row=seen[clean["code"]],
                )
            _refuse_code_clash(clean["code"], None)
            seen[clean["code"]] = row_number
            opening_qty = ZERO
            opening_price = ZERO
            if values.get("opening_qty") not in (None, ""):
                opening_qty = base.parse_decimal(values["opening_qty"], "opening_qty",
                                                 base.QTY_PLACES, positive=False,
                                                 maximum=base.MAX_QTY)
            if values.get("opening_price") not in (None, ""):
                opening_price = base.parse_decimal(values["opening_price"], "opening_price",
                                                   base.PRICE_PLACES, positive=False,
                                                   maximum=base.MAX_PRICE)
            cleaned.append((row_number, clean, opening_qty, opening_price))
        except DomainError as exc:
            problems.append(RowProblem(row_number, exc))
    if problems:
        raise ImportRefused(problems)
    created: list[Item] = []
    with database.atomic():
        for _row, clean, opening_qty, opening_price in cleaned:
            item = Item.create(created_at=clock.now(), last_cost=opening_price, **clean)
            created.append(item)
            if opening_qty > 0:
                ledger.post_in(item, base.K_OPENING, opening_qty,
                               base.money(opening_qty * opening_price), at, base.DOC_OPENING,
                               item.id, "期初", by)
        base.record(by, "item.import", "item", None, f"{len(created)}",
                     {"items": len(created), "codes": [i.code for i in created[:50]]})
    return [Item.get_by_id(i.id) for i in created]
