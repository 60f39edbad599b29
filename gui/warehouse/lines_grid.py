"""The storeroom's document lines (入库单, 出库单, 物品申购表): one line per item.

The grid is gui.widgets.lines_grid (its keys are described there); here is
what a storeroom line is. Type an item's code or part of its name (a list of
matches drops down; Enter takes the highlighted one), Enter moves on to the
quantity, then the price (receipts, requests), then the next line. Notes are
reached with Tab. An issue line shows the stock on hand, red when more is
asked for; a signed one its cost.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from models import warehouse

from ..widgets import lines_grid as grid
from ..widgets.fields import say
from . import words

translate = QCoreApplication.translate

RECEIPT, ISSUE, REQUEST = "receipt", "issue", "request"
_MONEY = Decimal("0.01")
QTY_PLACES, PRICE_PLACES = 3, 4

# The grid's columns by kind of document; EDITABLE ones take typing; ENTER_ORDER is
# where Enter goes next along a line.
COLUMNS = {
    RECEIPT: ("item", "description", "unit", "qty", "unit_price", "amount", "line_note"),
    REQUEST: ("item", "description", "unit", "qty", "unit_price", "amount", "line_note"),
    ISSUE: ("item", "description", "unit", "qty", "on_hand", "unit_cost", "amount",
            "line_note"),
}
EDITABLE = ("item", "qty", "unit_price", "line_note")
ENTER_ORDER = ("item", "qty", "unit_price")
NUMERIC = ("qty", "unit_price", "amount", "on_hand", "unit_cost")
WIDTHS = {"item": 90, "unit": 45, "qty": 80, "unit_price": 90, "amount": 100, "on_hand": 90,
          "unit_cost": 90, "line_note": 140}


def parse_number(text: str, label: str, places: int) -> tuple[Decimal | None, str]:
    """(value, "") for a typed number, or (None, the shape problem); full-width digits count."""
    text = unicodedata.normalize("NFKC", text).replace("。", ".").replace(",", "").strip()
    if not re.fullmatch(r"\d+(\.\d+)?", text) or len(text) > 20:
        return None, say("number", label=label)
    value = Decimal(text)
    if -value.as_tuple().exponent > places:
        return None, say("places", label=label, places=places)
    return value, ""


def resolve_item(text: str) -> tuple[warehouse.Item | None, str]:
    """The item a clerk means by a code, a name or a part of one; else the problem."""
    text = text.strip()
    if not text:
        return None, ""
    item = warehouse.find_item(text)
    if item is not None:
        return item, ""
    matches = warehouse.search_items(text, limit=2)
    if len(matches) == 1:
        return matches[0], ""
    if not matches:
        return None, translate("DocForm", "No item in use matches “{text}”.").format(text=text)
    return None, translate("DocForm", "“{text}” matches several items; pick one from the "
                                      "list.").format(text=text)


def money(value: Decimal) -> Decimal:
    return value.quantize(_MONEY, ROUND_HALF_UP)


# --- the lines ------------------------------------------------------------------------


@dataclass
class Line:
    """One line as typed: the item (once known), the typed texts, and shape problems."""

    item: warehouse.Item | None = None
    item_text: str = ""
    qty: str = ""
    price: str = ""
    note: str = ""
    unit_cost: Decimal | None = None  # a signed issue line's cost
    amount: Decimal | None = None
    proposed_price: str = ""  # the last cost put in for the clerk (replaced with the item)
    problems: dict[str, str] = field(default_factory=dict)  # column key -> problem

    def is_blank(self) -> bool:
        return (self.item is None and not self.item_text.strip() and not self.qty.strip()
                and not self.price.strip() and not self.note.strip())


class LinesModel(grid.LinesModel):
    """The lines of one storeroom document; cells hold the typed text, the rest is worked out
    live (amounts, the stock on hand)."""

    editable = EDITABLE
    enter_order = ENTER_ORDER
    numeric = NUMERIC
    widths = WIDTHS
    stretch = "description"

    def __init__(self, kind: str, read_only: bool = False, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS[kind], read_only, parent)
        self.kind = kind
        self.estimate_cost = False  # a draft issue slip: its total at today's average cost

    # --- reading the document -----------------------------------------------------

    @staticmethod
    def from_document(doc_lines: Sequence[Any], priced: bool) -> list[Line]:
        out = []
        for row in doc_lines:
            line = Line(item=row.item, qty=warehouse.fmt_qty(row.qty), note=row.note)
            if priced:
                line.price = f"{row.unit_price.normalize():f}"
            elif row.amount or row.unit_cost:
                line.unit_cost, line.amount = row.unit_cost, row.amount
            out.append(line)
        return out

    # --- the cells ------------------------------------------------------------------

    def new_line(self) -> Line:
        return Line()

    def needs_first(self, line: Line) -> bool:
        return line.item is None

    def header(self, key: str) -> str:
        if key == "unit_price" and self.kind == REQUEST:
            return words.field_text("estimated_price")
        return words.field_text(key)

    def tooltip(self, line: Line, key: str) -> str | None:
        if key in ("item", "description") and line.item is not None:
            return f"{line.item.code} {words.item_text(line.item)}"
        return None

    def warns(self, line: Line, key: str) -> bool:
        return key == "on_hand" and self.short(line)

    def text(self, line: Line, key: str) -> str:
        item = line.item
        if key == "item":
            return item.code if item is not None else line.item_text
        if key == "description":
            return words.item_text(item) if item is not None else ""
        if key == "unit":
            return item.unit if item is not None else ""
        if key == "qty":
            return line.qty
        if key == "unit_price":
            return line.price
        if key == "line_note":
            return line.note
        if key == "on_hand":
            return words.qty_text(item.qty) if item is not None else ""
        if key == "unit_cost":
            return words.money_text(line.unit_cost) if line.unit_cost is not None else ""
        if key == "amount":
            amount = self.amount(line)
            return words.money_text(amount) if amount is not None else ""
        return ""

    def take(self, line: Line, key: str, text: str) -> str:
        if key == "item":
            line.item_text = text
            line.item, problem = resolve_item(text)
            if line.item is not None:
                line.item_text = ""
            self.propose_price(line)
            return problem
        if key in ("qty", "unit_price"):
            problem = ""
            if text:
                label = words.field_text("qty" if key == "qty" else "unit_price")
                _value, problem = parse_number(text, label,
                                               QTY_PLACES if key == "qty" else PRICE_PLACES)
            if key == "qty":
                line.qty = text
            else:
                line.price = text
            return problem
        line.note = text  # line_note
        return ""

    def propose_price(self, line: Line) -> None:
        """A receipt line's 单价 proposes the item's last cost; a price the clerk typed stays."""
        if self.kind != RECEIPT or line.price.strip() and line.price != line.proposed_price:
            return
        cost = line.item.last_cost if line.item is not None else None
        line.price = f"{cost.normalize():f}" if cost else ""
        line.proposed_price = line.price
        line.problems.pop("unit_price", None)

    def completer(self, key: str, editor: QLineEdit) -> QCompleter | None:
        return ItemCompleter(editor) if key == "item" else None

    # --- figures --------------------------------------------------------------------

    def quantity(self, line: Line) -> Decimal | None:
        if "qty" in line.problems or not line.qty:
            return None
        return parse_number(line.qty, "", QTY_PLACES)[0]

    def amount(self, line: Line) -> Decimal | None:
        if self.kind == ISSUE:
            return line.amount
        qty = self.quantity(line)
        if qty is None or "unit_price" in line.problems or not line.price:
            return None
        price = parse_number(line.price, "", PRICE_PLACES)[0]
        return None if price is None else money(qty * price)

    def short(self, line: Line, asked: Decimal | None = None) -> bool:
        """Is more asked for on this issue line than is in stock now?"""
        if self.kind != ISSUE or self.read_only or line.item is None:
            return False
        asked = self.quantity(line) if asked is None else asked
        return asked is not None and asked > line.item.qty

    def total(self) -> Decimal | None:
        """The sum of the lines' amounts; for an issue slip not signed yet, what its lines
        come to at today's moving average (``estimated``), None while no line has one."""
        amounts = [self.amount(line) for line in self.lines]
        if self.estimated():
            amounts = [self.estimate(line) for line in self.lines]
        if self.kind == ISSUE and all(a is None for a in amounts):
            return None
        return sum((a for a in amounts if a is not None), Decimal(0))

    def estimated(self) -> bool:
        """Is the total an estimate (a draft issue slip: ``estimate_cost`` set by its view)?"""
        return self.kind == ISSUE and self.estimate_cost

    def estimate(self, line: Line) -> Decimal | None:
        """An unsigned issue line at its item's moving average now (as the slip list sums it,
        models.warehouse.lists.SLIP_COST)."""
        qty = self.quantity(line)
        if line.item is None or qty is None:
            return None
        return money(qty * line.item.average_cost)

    def lines_for_save(self) -> list[dict[str, Any]]:
        out = []
        for line in self.lines:
            if line.is_blank():
                continue
            values: dict[str, Any] = {"item": line.item.id if line.item is not None
                                      else line.item_text, "qty": line.qty, "note": line.note}
            if self.kind != ISSUE:
                values["unit_price"] = line.price or "0"
            out.append(values)
        return out

    def snapshot(self) -> list[tuple]:
        """What the clerk typed, to tell unsaved changes."""
        return [(line.item.id if line.item is not None else line.item_text, line.qty,
                 line.price, line.note) for line in self.lines if not line.is_blank()]


# --- typing an item ---------------------------------------------------------------------


class ItemCompleter(QCompleter):
    """The matches of what is typed in an item cell (code, name, specification), best first."""

    picked = Signal(str)  # the item's code, for the cell
    CODE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, editor: QLineEdit) -> None:
        self.source = QStandardItemModel(editor)
        super().__init__(self.source, editor)
        self.editor = editor
        self.setWidget(editor)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self.popup().setObjectName("itemMatches")
        editor.textEdited.connect(self.update_matches)
        self.activated[QModelIndex].connect(self._activated)

    def update_matches(self, text: str) -> None:
        self.source.clear()
        if not text.strip():
            self.popup().hide()
            return
        matches = warehouse.search_items(text, limit=15)
        exact = [m for m in matches if m.code == text.strip()]
        for item in exact + [m for m in matches if m not in exact]:
            row = QStandardItem(f"{item.code}   {words.item_text(item)}   [{item.unit}]   "
                                f"{words.stock_text(item.qty, item.unit)}")
            row.setData(item.code, self.CODE_ROLE)
            self.source.appendRow(row)
        if not matches:
            self.popup().hide()
            return
        width = max(self.editor.width(), 460)
        self.complete(QRect(0, 0, width, self.editor.height()))
        self.popup().setCurrentIndex(self.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        code = index.data(self.CODE_ROLE)
        if code is not None:
            self.picked.emit(str(code))
