"""The document form (入库单 / 出库单 / 物品申购表): header fields, a grid of lines, live totals.

A ``DocForm`` is a RecordForm (same banner, shape checks, Ctrl+S, Esc asks
first) whose header stands in two columns above a lines grid. Saving calls
ONE operation with the header values and the lines; a refusal that names a
line selects that line.

Keyboard in the grid: type an item's code or part of its name (a list of
matches drops down; Enter takes the highlighted one), Enter moves on to the
quantity, then the price (receipts, requests), then the next line (a new
empty line is added at the end); Enter on an empty last line goes to Save.
Tab / Shift+Tab move cell by cell, notes included. Delete removes the current
line (when no cell is being edited). Esc drops the cell being edited, then
asks before throwing the form away. Shape problems (not a number, too many
decimals, no such item) show at once in the banner and the cell turns red.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models import people, warehouse
from models.errors import DomainError, ValidationError
from models.listing import ListSpec
from models.people import User

from ..errors import error_text, show_error
from ..repairs.tab import TOOLBAR_STYLE
from ..widgets.fields import say
from ..widgets.list_view import ListView
from ..widgets.print_preview import preview_pdf
from ..widgets.record_form import FieldSpec, RecordForm
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


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted. Tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted


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


# --- the form --------------------------------------------------------------------------


class DocForm(RecordForm):
    """A document's header (two columns) and lines; ``save_document(values, lines)`` saves it.

    ``rows`` lays out the header: each row names one or two field keys. A read-only
    form (a submitted or cancelled document, or a user who may not edit) shows the
    same fields and lines; its ``add_action`` buttons run steps on the document.
    """

    def __init__(self, kind: str, title: str, fields: Sequence[FieldSpec],
                 rows: Sequence[Sequence[str | QWidget]],
                 save_document: Callable[[dict, list[dict]], object] | None,
                 parent: QWidget | None = None, values: Mapping[str, object] | None = None,
                 lines: Sequence[Line] = (), intro: str = "") -> None:
        self.read_only = save_document is None
        if self.read_only:
            fields = [dataclasses.replace(f, read_only=True) for f in fields]
        self.grid: LinesGrid | None = None
        super().__init__(title, fields, self._save_with_lines, parent, values=values,
                         intro=intro)
        self.setObjectName(f"{kind}Form")
        self.kind = kind
        self.save_document = save_document
        self._two_columns(rows)

        self.lines = LinesModel(kind, self.read_only, self)
        self.lines.set_lines(lines)
        if not self.read_only and (not lines or not self.lines.lines[-1].is_blank()):
            self.lines.append_line()
        self.grid = LinesGrid(self.lines, self)
        self.grid.leaveForward.connect(self._lines_done)
        self.grid.cellProblem.connect(self.show_cell_problems)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("documentTotal")
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label.setStyleSheet("font-weight: bold;")
        self.stock_label = QLabel(self)
        self.stock_label.setObjectName("stockOnHand")
        self.stock_label.setVisible(kind == ISSUE and not self.read_only)
        self.lines.totalsChanged.connect(self.update_total)
        if kind == ISSUE:
            self.grid.delegate.typing.connect(self._typing)
            self.grid.selectionModel().currentRowChanged.connect(
                lambda current, _prev: self.show_stock(current.row()))
            self.lines.dataChanged.connect(lambda first, _last: self.show_stock(first.row()))
        layout = self.layout()
        at = layout.indexOf(self.buttons)
        layout.insertWidget(at, self.grid, 1)
        layout.insertWidget(at + 1, self.stock_label)
        layout.insertWidget(at + 2, self.total_label)
        if self.read_only:
            self.save_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self._chain_tab_order()
        self.update_total()
        self._lines_baseline = self.lines.snapshot()
        self.resize(1000, 660)
        if self.read_only:
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- layout ---------------------------------------------------------------------

    def _two_columns(self, rows: Sequence[Sequence[str | QWidget]]) -> None:
        """Move the header from RecordForm's one column into a grid of two.

        A row names one or two field keys; a widget in a row (a note about the field
        before it) takes the right-hand half of the row."""
        form = self.findChild(QFormLayout)
        while form.rowCount():
            form.takeRow(0)
        header = QGridLayout()
        header.setHorizontalSpacing(10)
        for r, keys in enumerate(rows):
            for c, key in enumerate(keys):
                if isinstance(key, QWidget):
                    header.addWidget(key, r, c * 2, 1, 2)
                    continue
                header.addWidget(self.labels[key], r, c * 2, Qt.AlignmentFlag.AlignRight)
                span = 3 if len(keys) == 1 else 1
                header.addWidget(self.fields[key].widget, r, c * 2 + 1, 1, span)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        outer = self.layout()
        at = outer.indexOf(form)
        outer.removeItem(form)
        form.deleteLater()
        outer.insertLayout(at, header)

    def _chain_tab_order(self) -> None:
        if self.grid is None:
            super()._chain_tab_order()
            return
        editors = [f.editor for f in self.fields.values() if not f.spec.read_only]
        editors += [self.grid, self.save_button,
                    self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in zip(editors, editors[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def add_action(self, name: str, text: str, run: Callable[[QWidget], bool]) -> QPushButton:
        """A button for a step on the document (Confirm, Sign, Print…); when ``run`` wrote
        something (returns True) the form closes as accepted."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(f"action_{name}")
        button.setAutoDefault(False)

        def clicked() -> None:
            if run(self):
                self.done(QDialog.DialogCode.Accepted)

        button.clicked.connect(clicked)
        return button

    # --- figures --------------------------------------------------------------------

    def update_total(self) -> None:
        from reports.forms import amount_in_words

        total = self.lines.total()
        count = len(self.lines.lines_for_save())
        if total is None:
            self.total_label.setText(self.tr("%n line(s)", "", count))
            return
        caption = self.tr("Cost") if self.kind == ISSUE else (
            self.tr("Estimated total") if self.kind == REQUEST else self.tr("Total"))
        self.total_label.setText(self.tr("{lines}    {caption}: {amount} yuan    In words: {words}")
                                 .format(lines=self.tr("%n line(s)", "", count), caption=caption,
                                         amount=words.money_text(total),
                                         words=amount_in_words(total)))

    def _typing(self, row: int, key: str, text: str) -> None:
        if key == "qty":
            asked, _problem = parse_number(text, "", QTY_PLACES) if text.strip() else (None, "")
            self.show_stock(row, asked)

    def show_stock(self, row: int, asked: Decimal | None = None) -> None:
        """库存 12 盒 for the current issue line, red when more is asked for."""
        if self.kind != ISSUE or self.read_only or not 0 <= row < len(self.lines.lines):
            return
        line = self.lines.lines[row]
        if line.item is None:
            self.stock_label.setText("")
            return
        item = line.item
        text = f"{item.code} {words.item_text(item)}: {words.stock_text(item.qty, item.unit)}"
        short = self.lines.short(line, asked)
        if short:
            text += self.tr(" — less than the {asked} {unit} asked for").format(
                asked=warehouse.fmt_qty(asked if asked is not None else self.lines.quantity(line)),
                unit=item.unit)
        self.stock_label.setText(text)
        self.stock_label.setStyleSheet(f"color: {words.RED}; font-weight: bold;" if short else "")

    def show_cell_problems(self) -> None:
        problems = self.lines.problems()
        if problems:
            self.banner.setText("\n".join(text for _r, _k, text in problems))
            self.banner.show()
        else:
            self.banner.hide()

    # --- keys and saving ------------------------------------------------------------

    def _editable(self) -> list[Any]:
        """The fields Enter visits: not read-only, not switched off (a receipt's request no.)."""
        return [f for f in super()._editable() if f.editor.isEnabled()]

    def _advance(self, field_: Any) -> None:
        """Enter in the header's last field goes into the lines, not to Save."""
        editable = self._editable()
        if self.grid is not None and field_ in editable and field_ is editable[-1]:
            self.grid.start()
        else:
            super()._advance(field_)

    def _lines_done(self) -> None:
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def is_dirty(self) -> bool:
        if self.read_only:
            return False
        return super().is_dirty() or self.lines.snapshot() != self._lines_baseline

    def save(self) -> bool:
        if self.read_only:
            return False
        return super().save()

    def _save_with_lines(self, values: dict) -> object:
        return self.save_document(values, self.lines.lines_for_save())

    def _save(self) -> bool:
        self.grid.commit_editor()
        self.clear_error()
        self.lines.drop_blank_lines()
        if not self.lines.lines:
            self.lines.append_line()
        header = self.problems()
        cells = self.lines.problems()
        if header or cells:
            self.show_error("\n".join([m for _k, m in header] + [m for _r, _k, m in cells]),
                            [k for k, _m in header])
            if cells and not header:
                self.grid.go(cells[0][0], cells[0][1])
            return False
        try:
            record = self.on_save(self.values())
        except DomainError as exc:
            field_key = exc.field if isinstance(exc, ValidationError) else ""
            self.show_error(error_text(exc), [field_key] if field_key in self.fields else [])
            if field_key == "lines":
                self.grid.focus_line(exc.params.get("line"))
            return False
        self.result_record = record
        self._baseline = self._snapshot()
        self._lines_baseline = self.lines.snapshot()
        self.accept()
        return True


# --- the list of one kind of document, with its toolbar -------------------------------

NEW, OPEN, SUBMIT, CANCEL, PRINT, LOW = "new", "open", "submit", "cancel", "print", "low"


def cancelled_grey(values: dict[str, Any]) -> QColor | None:
    """Cancelled documents in grey."""
    return QColor(words.GREY) if values.get("status") == warehouse.CANCELLED else None


class DocumentView(QWidget):
    """A list of receipts, issue slips or purchase requests, and the steps on the selected one.

    The toolbar offers what the user's roles allow for the selected document's
    status (a quick mirror; the operation still decides and its refusal is
    shown). A subclass names its list, its form, its submitting step and its PDF.
    """

    kind = ""
    spec: ListSpec
    submit_permission = ""
    actions_order: tuple[str, ...] = (NEW, OPEN, SUBMIT, CANCEL, PRINT)

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self._shown_before = False
        self.list = ListView(self.spec, self, row_style=cancelled_grey)
        self.list.setObjectName(f"{self.kind}List")
        self.add_filters()
        self.list.activated.connect(self.open_document)
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions())

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName(f"{self.kind}Toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet(TOOLBAR_STYLE)
        self.qactions: dict[str, QAction] = {}
        texts = self.action_texts()
        for action in self.actions_order:
            text, tip = texts[action]
            qaction = QAction(text, self)
            qaction.setObjectName(f"action_{action}")
            qaction.setToolTip(tip)
            qaction.triggered.connect(lambda _c=False, a=action: self.run(a))
            self.qactions[action] = qaction
            self.toolbar.addAction(qaction)
        new = self.qactions[NEW]
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(new)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedDocument")
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.selected_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Coming back to this list (another sub-view may have moved stock): read it again."""
        super().showEvent(event)
        if self._shown_before:
            self.refresh()
        self._shown_before = True

    # --- what a subclass says -------------------------------------------------------

    def action_texts(self) -> dict[str, tuple[str, str]]:
        """action -> (button text, tooltip)."""
        raise NotImplementedError

    def add_filters(self) -> None:
        """The view's own filters (status and dates are built into the list)."""

    def get_document(self, doc_id: int) -> Any:
        raise NotImplementedError

    def build_form(self, doc: Any | None, editable: bool) -> DocForm:
        raise NotImplementedError

    def submit(self, parent: QWidget, doc: Any) -> bool:
        """Confirm / sign / approve, after asking."""
        raise NotImplementedError

    def cancel_operation(self, doc_id: int, reason: str) -> Any:
        raise NotImplementedError

    def cancel_intro(self, doc: Any) -> str:
        return ""

    def pdf(self, doc_id: int) -> bytes:
        raise NotImplementedError

    def title_of(self, doc: Any) -> str:
        raise NotImplementedError

    def status_text(self, status: str) -> str:
        raise NotImplementedError

    # --- enabling -------------------------------------------------------------------

    def allowed(self, action: str, doc: Any | None) -> bool:
        """Whether the button for ``action`` is enabled for this user and document."""
        can = self.user.can
        if action in (NEW, LOW):
            return can(warehouse.KEEP)
        if doc is None:
            return False
        if action in (OPEN, PRINT):
            return True
        if action == SUBMIT:
            return doc.status == warehouse.DRAFT and can(self.submit_permission)
        if action == CANCEL:
            if doc.status == warehouse.DRAFT:
                return can(warehouse.KEEP) or can(warehouse.CONFIRM)
            return doc.status != warehouse.CANCELLED and can(warehouse.CONFIRM)
        return False

    def current_document(self) -> Any | None:
        doc_id = self.list.current_id()
        if doc_id is None:
            return None
        try:
            return self.get_document(doc_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        doc = self.current_document()
        for action, qaction in self.qactions.items():
            qaction.setEnabled(self.allowed(action, doc))
        self.selected_label.setText(
            "" if doc is None else self.tr("{number}: {status}").format(
                number=doc.number, status=self.status_text(doc.status)))

    # --- running ----------------------------------------------------------------------

    def run(self, action: str) -> bool:
        """A toolbar button: the step on the selected document; True when it wrote."""
        if action == NEW:
            return self.new_document() is not None
        doc_id = self.list.current_id()
        if doc_id is None:
            return False
        return self.run_on(action, doc_id, self)

    def run_on(self, action: str, doc_id: int, parent: QWidget) -> bool:
        handler = {OPEN: self.open_document, SUBMIT: self.submit_document,
                   CANCEL: self.cancel_document, PRINT: self.print_document}[action]
        done = handler(doc_id, parent)
        self.update_actions()
        return done

    def _document(self, parent: QWidget, doc_id: int) -> Any | None:
        try:
            return self.get_document(doc_id)
        except DomainError as exc:
            show_error(parent, exc)
            return None

    def _permitted(self, parent: QWidget, *permissions: str) -> bool:
        """The operation's own role check (any of ``permissions``), asked before a question
        is answered or a form typed in vain."""
        if any(self.user.can(p) for p in permissions):
            return True
        try:
            people.require(self.user, permissions[0])
        except DomainError as exc:
            show_error(parent, exc)
        return False

    def _changed(self, doc_id: int) -> None:
        self.refresh()
        self.select(doc_id)

    def run_form(self, form: DocForm) -> Any | None:
        """Show a document form; the saved document, or None."""
        try:
            saved = run_dialog(form)
            record = form.result_record
        finally:
            form.deleteLater()
        if saved and record is not None:
            self._changed(record.id)
            return record
        return None

    def new_document(self) -> Any | None:
        if not self._permitted(self, warehouse.KEEP):
            return None
        return self.run_form(self.build_form(None, True))

    def open_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        """A draft opens for editing (storekeeper); anything else read-only with its steps."""
        doc = self._document(parent or self, doc_id)
        if doc is None:
            return False
        editable = doc.status == warehouse.DRAFT and self.user.can(warehouse.KEEP)
        form = self.build_form(doc, editable)
        if not editable:
            texts = self.action_texts()
            for action in (SUBMIT, CANCEL, PRINT):
                if self.allowed(action, doc):
                    form.add_action(action, texts[action][0],
                                    lambda p, a=action: self.run_on(a, doc_id, p))
        written = self.run_form(form) is not None
        if not editable:  # a step run from the read-only form wrote (or not)
            self._changed(doc_id)
        return written

    def ask(self, parent: QWidget, title: str, question: str) -> bool:
        answer = QMessageBox.question(parent, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def do(self, parent: QWidget, doc_id: int, operation: Callable[[], object]) -> bool:
        """Run ONE operation; show its refusal; refresh after it wrote."""
        try:
            operation()
        except DomainError as exc:
            show_error(parent, exc)
            return False
        self._changed(doc_id)
        return True

    def submit_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        parent = parent or self
        doc = self._document(parent, doc_id)
        return (doc is not None and self._permitted(parent, self.submit_permission)
                and self.submit(parent, doc))

    def cancel_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        """作废 with the reason; the operation decides who may (drafts: also the storekeeper)."""
        parent = parent or self
        doc = self._document(parent, doc_id)
        if doc is None or not self._permitted(
                parent, *((warehouse.KEEP, warehouse.CONFIRM) if doc.status == warehouse.DRAFT
                          else (warehouse.CONFIRM,))):
            return False
        fields = [FieldSpec("reason", self.tr("Reason"), "multiline", required=True,
                            max_length=500)]
        form = RecordForm(self.tr("Cancel {title}").format(title=self.title_of(doc)), fields,
                          lambda v: self.cancel_operation(doc_id, v["reason"]), parent,
                          intro=self.cancel_intro(doc), save_text=self.tr("Cancel the document"))
        form.setObjectName("cancelForm")
        try:
            done = run_dialog(form) and form.result_record is not None
        finally:
            form.deleteLater()
        if done:
            self._changed(doc_id)
        return done

    def print_document(self, doc_id: int, parent: QWidget | None = None) -> bool:
        """The printed form in the preview. Writes nothing, so returns False."""
        parent = parent or self
        doc = self._document(parent, doc_id)
        if doc is None:
            return False
        try:
            pdf = self.pdf(doc_id)
        except DomainError as exc:
            show_error(parent, exc)
            return False
        preview_pdf(parent, pdf, self.title_of(doc), f"{doc.number}.pdf")
        return False

    # --- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.list.refresh()
        self.update_actions()

    def select(self, doc_id: int) -> bool:
        """Make ``doc_id`` the one selected row (not selectRow: Ctrl may still be held down
        from the Ctrl+S that saved it, and would toggle the row)."""
        row = self.list.model.row_of(doc_id)
        if row < 0:
            return False
        index = self.list.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.list.table.selectionModel().setCurrentIndex(index, flags)
        self.list.table.scrollTo(index)
        self.update_actions()
        return True
