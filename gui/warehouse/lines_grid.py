"""The lines grid of a document form: one line per item, typed spreadsheet-like.

Keyboard in the grid: type an item's code or part of its name (a list of
matches drops down; Enter takes the highlighted one), Enter moves on to the
quantity, then the price (receipts, requests), then the next line (a new
empty line is added at the end); Enter on an empty last line leaves the grid
(``leaveForward``: the form goes to Save). Tab / Shift+Tab move cell by cell,
notes included. Delete removes the current line (when no cell is being
edited). Shape problems (not a number, too many decimals, no such item) turn
the cell red and are listed by ``LinesModel.problems``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from models import warehouse

from ..widgets.fields import say
from . import words

translate = QCoreApplication.translate

RECEIPT, ISSUE, REQUEST = "receipt", "issue", "request"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PROBLEM_BACKGROUND = QColor("#fdecea")
_MONEY = Decimal("0.01")
QTY_PLACES, PRICE_PLACES = 3, 4
_ROOT = QModelIndex()

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
    problems: dict[str, str] = field(default_factory=dict)  # column key -> problem

    def is_blank(self) -> bool:
        return (self.item is None and not self.item_text.strip() and not self.qty.strip()
                and not self.price.strip() and not self.note.strip())


class LinesModel(QAbstractTableModel):
    """The lines of one document; cells hold the typed text, the rest is worked out live."""

    totalsChanged = Signal()

    def __init__(self, kind: str, read_only: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.read_only = read_only
        self.columns = COLUMNS[kind]
        self.lines: list[Line] = []

    # --- reading the document -----------------------------------------------------

    def set_lines(self, lines: Sequence[Line]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()
        self.totalsChanged.emit()

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

    def column_of(self, key: str) -> int:
        return self.columns.index(key) if key in self.columns else -1

    # --- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self.lines) else None
        if not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if key == "unit_price" and self.kind == REQUEST:
            return words.field_text("estimated_price")
        return words.field_text(key)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if not self.read_only and self.columns[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key in NUMERIC else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in line.problems:
                return line.problems[key]
            if key in ("item", "description") and line.item is not None:
                return f"{line.item.code} {words.item_text(line.item)}"
            return None
        if role == Qt.ItemDataRole.BackgroundRole and key in line.problems:
            return QBrush(_PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in line.problems or (key == "on_hand" and self.short(line)):
                return QBrush(QColor(words.RED))
        return None

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

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        line = self.lines[index.row()]
        key = self.columns[index.column()]
        text = str(value or "").strip()
        if key == "item":
            line.item_text = text
            line.item, problem = resolve_item(text)
            if line.item is not None:
                line.item_text = ""
        elif key in ("qty", "unit_price"):
            problem = ""
            if text:
                label = words.field_text("qty" if key == "qty" else "unit_price")
                _value, problem = parse_number(text, label,
                                               QTY_PLACES if key == "qty" else PRICE_PLACES)
            if key == "qty":
                line.qty = text
            else:
                line.price = text
        elif key == "line_note":
            line.note, problem = text, ""
        else:
            return False
        line.problems.pop(key, None)
        if problem:
            line.problems[key] = problem
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self.columns) - 1))
        self.totalsChanged.emit()
        return True

    # --- lines ----------------------------------------------------------------------

    def append_line(self) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(Line())
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.totalsChanged.emit()

    def drop_blank_lines(self) -> None:
        """Blank lines go before saving, so the grid's line numbers are the document's."""
        for row in reversed(range(len(self.lines))):
            if self.lines[row].is_blank():
                self.remove_line(row)

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
        """The sum of the lines' amounts (None while an issue slip has no cost yet)."""
        amounts = [self.amount(line) for line in self.lines]
        if self.kind == ISSUE and all(a is None for a in amounts):
            return None
        return sum((a for a in amounts if a is not None), Decimal(0))

    def problems(self) -> list[tuple[int, str, str]]:
        """(row, column key, "Line n: problem") for every shape problem of a non-blank line."""
        out = []
        for row, line in enumerate(self.lines):
            if line.is_blank():
                continue
            for key in self.columns:
                if key in line.problems:
                    out.append((row, key, translate("DocForm", "Line {line}: {problem}").format(
                        line=row + 1, problem=line.problems[key])))
        return out

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

    picked = Signal(int)  # item id
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

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
            row.setData(item.id, self.ID_ROLE)
            self.source.appendRow(row)
        if not matches:
            self.popup().hide()
            return
        width = max(self.editor.width(), 460)
        self.complete(QRect(0, 0, width, self.editor.height()))
        self.popup().setCurrentIndex(self.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        item_id = index.data(self.ID_ROLE)
        if item_id is not None:
            self.picked.emit(int(item_id))


class CellEditor(QLineEdit):
    """The editor of one cell; remembers which cell it edits."""

    def __init__(self, index: QModelIndex, parent: QWidget) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.completer_: ItemCompleter | None = None


class LineDelegate(QStyledItemDelegate):
    """Line edits for the cells; Enter and Tab commit the cell and move on (see the grid)."""

    typing = Signal(int, str, str)  # row, column key, text as typed so far

    def __init__(self, grid: LinesGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.editor: CellEditor | None = None

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = CellEditor(index, parent)
        key = self.grid.lines.columns[index.column()]
        editor.setObjectName(f"cell_{key}")
        if key in NUMERIC:
            editor.setAlignment(_RIGHT)
        if key == "item":
            editor.completer_ = ItemCompleter(editor)
            editor.completer_.picked.connect(lambda item_id, e=editor: self._picked(e, item_id))
        editor.textEdited.connect(
            lambda text, e=editor, k=key: self.typing.emit(e.index.row(), k, text))
        editor.destroyed.connect(lambda *_a: self._forget(editor))
        self.editor = editor
        return editor

    def _forget(self, editor: CellEditor) -> None:
        if self.editor is editor:
            self.editor = None

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        if self.editor is editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def finish(self, editor: CellEditor) -> QPersistentModelIndex:
        """Commit the editor's text and close it; the cell it edited."""
        index = QPersistentModelIndex(editor.index)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        return index

    def _picked(self, editor: CellEditor, item_id: int) -> None:
        item = warehouse.Item.get_or_none(warehouse.Item.id == item_id)
        if item is None:
            return
        editor.setText(item.code)
        self.grid.moved_on(self.finish(editor), "enter")

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, CellEditor) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key in _ENTER and not ctrl:
                self.grid.moved_on(self.finish(editor), "enter")
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                back = key == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.grid.moved_on(self.finish(editor), "back" if back else "tab")
                return True
        return super().eventFilter(editor, event)


class LinesGrid(QTableView):
    """The lines, spreadsheet-like; see the module docstring for the keys."""

    leaveForward = Signal()  # Enter on an empty last line, or Tab past the last cell
    cellProblem = Signal()  # a committed cell has a shape problem (or lost one)

    def __init__(self, lines: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linesGrid")
        self.lines = lines
        self.setModel(lines)
        self.delegate = LineDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        trig = QAbstractItemView.EditTrigger
        self.setEditTriggers(trig.AnyKeyPressed | trig.DoubleClicked | trig.EditKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        for column, key in enumerate(lines.columns):
            if key == "description":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, WIDTHS.get(key, 80))

    def column(self, key: str) -> int:
        return self.lines.column_of(key)

    def editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def commit_editor(self) -> None:
        """Take what is in the open cell editor (before saving)."""
        editor = self.delegate.editor
        if editor is not None and self.editing():
            self.delegate.finish(editor)

    def go(self, row: int, key: str, edit: bool = True) -> None:
        """Make (row, key) the current cell and open its editor when it takes typing."""
        index = self.lines.index(row, self.column(key))
        if not index.isValid():
            return
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if edit and index.flags() & Qt.ItemFlag.ItemIsEditable and not self.editing():
            self.edit(index)

    def start(self) -> None:
        """Into the grid from the header: the first line without an item, or a new one."""
        if self.lines.read_only:
            self.setFocus(Qt.FocusReason.TabFocusReason)
            return
        for row, line in enumerate(self.lines.lines):
            if line.item is None:
                self.go(row, "item")
                return
        self.go(self.lines.append_line(), "item")

    def moved_on(self, index: QPersistentModelIndex, how: str) -> None:
        """After a cell was committed: stay on a bad cell, else go where Enter / Tab lead."""
        self.cellProblem.emit()
        if not index.isValid():
            return
        row, key = index.row(), self.lines.columns[index.column()]
        line = self.lines.lines[row]
        if key in line.problems:
            self.go(row, key)
            return
        if how == "enter":
            self._enter_from(row, key)
        else:
            self._tab_from(row, key, back=how == "back")

    def _enter_from(self, row: int, key: str) -> None:
        line = self.lines.lines[row]
        if key == "item" and line.item is None and not line.item_text:
            if row == len(self.lines.lines) - 1:  # an empty last line: the lines are done
                self.leaveForward.emit()
                return
        order = [k for k in ENTER_ORDER if k in self.lines.columns]
        later = order[order.index(key) + 1:] if key in order else []
        if later:
            self.go(row, later[0])
            return
        if row + 1 >= len(self.lines.lines):
            self.lines.append_line()
        self.go(row + 1, "item")

    def _tab_from(self, row: int, key: str, back: bool) -> None:
        cells = [(r, k) for r in range(len(self.lines.lines)) for k in self.lines.columns
                 if k in EDITABLE]
        at = cells.index((row, key))
        step = cells[at - 1] if back else (cells[at + 1] if at + 1 < len(cells) else None)
        if back and at == 0:
            self.focusPreviousChild()
        elif step is None:
            self.leaveForward.emit()
        else:
            self.go(*step)

    def keyPressEvent(self, event) -> None:
        if not self.editing() and not self.lines.read_only:
            index = self.currentIndex()
            if event.key() in _ENTER and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if index.isValid():
                    key = self.lines.columns[index.column()]
                    if index.flags() & Qt.ItemFlag.ItemIsEditable:
                        self.edit(index)
                    else:
                        self._enter_from(index.row(), key if key in ENTER_ORDER else "item")
                else:
                    self.start()
                return
            if event.key() == Qt.Key.Key_Delete and index.isValid():
                self.remove_line(index.row())
                return
        super().keyPressEvent(event)

    def remove_line(self, row: int) -> None:
        """Delete: the line goes; the cursor stays on the line that takes its place."""
        column = max(self.currentIndex().column(), 0)
        self.lines.remove_line(row)
        if not self.lines.lines:
            self.lines.append_line()
        self.setCurrentIndex(self.lines.index(min(row, len(self.lines.lines) - 1), column))
        self.cellProblem.emit()

    def focus_line(self, line_no: int | None) -> None:
        """Select the document's line ``line_no`` (1-based), as a refusal names it."""
        if line_no and 0 < int(line_no) <= len(self.lines.lines):
            self.go(int(line_no) - 1, "item", edit=False)
