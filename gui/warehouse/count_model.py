"""The lines of a stocktake as the count-entry window shows them (录入盘点数): the model.

Each ``GridLine`` holds what was saved and what was typed since; ``CountModel``
shows the sheet's columns, then (only once a line is counted: the count is
blind) the books' expected quantity, the difference and the flag. The flags
and the estimate shown while typing mirror the operation's rules for quick
feedback; ``changes()`` is what ``warehouse.enter_counts`` takes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from models import warehouse
from models.values import limit_of

Index = QModelIndex | QPersistentModelIndex

# Column keys, in the order of the sheet, then what only a counted line shows.
COLUMNS = ("no", "code", "name", "spec", "unit", "location", "counted", "recount", "reason",
           "expected", "difference", "flag")
COUNTED, RECOUNT, REASON = COLUMNS.index("counted"), COLUMNS.index("recount"), \
    COLUMNS.index("reason")
EXPECTED, DIFFERENCE, FLAG = COLUMNS.index("expected"), COLUMNS.index("difference"), \
    COLUMNS.index("flag")
EDITABLE = {COUNTED: "counted_qty", RECOUNT: "recount_qty", REASON: "reason"}
NUMERIC = {COUNTED, RECOUNT, EXPECTED, DIFFERENCE, COLUMNS.index("no")}
REASON_LENGTH = limit_of(warehouse.StocktakeLine.reason)  # the line's reason column
QTY_PLACES = -warehouse.QTY_PLACES.as_tuple().exponent  # 3, the ledger's places
MAX_QTY = warehouse.MAX_QTY

ATTENTION = QColor("#fff3cd")  # a flagged line that still needs its recount or reason
PROBLEM = QColor("#fdecea")  # a cell whose typed text is not a quantity
FLAG_TEXT = QColor("#b45309")
GAIN_TEXT = QColor("#1b5e20")
LOSS_TEXT = QColor("#c62828")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def normal_text(text: str) -> str:
    """Full-width digits from a Chinese input method count as digits."""
    return unicodedata.normalize("NFKC", text or "").replace("。", ".").replace(",", "").strip()


def signed_qty(value: Decimal) -> str:
    """A difference as the clerk reads it: +1, -2, 0."""
    text = warehouse.fmt_qty(value)
    return f"+{text}" if value > 0 else text


@dataclass
class GridLine:
    """One stocktake line: what was saved (``row``) and what was typed since (``typed``)."""

    row: warehouse.CountRow
    typed: dict[str, str] = field(default_factory=dict)  # field -> text, not yet saved
    problems: dict[str, str] = field(default_factory=dict)  # field -> shape message

    def saved_text(self, key: str) -> str:
        line = self.row.line
        if key == "reason":
            return line.reason or ""
        return warehouse.fmt_qty(getattr(line, key))

    def text(self, key: str) -> str:
        return self.typed.get(key, self.saved_text(key))

    def qty(self, key: str) -> Decimal | None:
        """The quantity now in the cell; None when blank or not a quantity."""
        if key in self.problems:
            return None
        text = normal_text(self.text(key))
        return Decimal(text) if text else None

    @property
    def counted(self) -> Decimal | None:
        return self.qty("counted_qty")

    @property
    def recount(self) -> Decimal | None:
        return self.qty("recount_qty")

    @property
    def final(self) -> Decimal | None:
        return self.recount if self.recount is not None else self.counted

    @property
    def flagged(self) -> bool:
        """The count differs from what the books expect: recount it."""
        return self.counted is not None and self.counted != self.row.expected

    @property
    def difference(self) -> Decimal | None:
        return None if self.final is None else self.final - self.row.expected

    @property
    def needs_recount(self) -> bool:
        return self.flagged and self.recount is None

    @property
    def needs_reason(self) -> bool:
        return bool(self.difference) and not self.text("reason").strip()

    @property
    def changed(self) -> dict[str, Any]:
        """The fields whose typed value differs from the saved one, as enter_counts takes them."""
        out: dict[str, Any] = {}
        line = self.row.line
        for key, text in self.typed.items():
            if key == "reason":
                value: Any = text.strip()
                if value != (line.reason or ""):
                    out[key] = value
            else:
                value = self.qty(key)
                if value != getattr(line, key):
                    out[key] = value
        return out

    def estimate(self) -> tuple[Decimal, Decimal]:
        """(gain value, loss value): the operation's own estimate while nothing is typed."""
        if not self.typed:
            return self.row.gain_amount, self.row.loss_amount
        difference = self.difference
        if not difference:
            return Decimal(0), Decimal(0)
        value = warehouse.money(abs(difference) * self.row.item.average_cost)
        return (value, Decimal(0)) if difference > 0 else (Decimal(0), value)


class CountModel(QAbstractTableModel):
    """The lines of one stocktake; the three entry columns are editable unless read-only."""

    def __init__(self, rows: list[warehouse.CountRow], read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = [GridLine(r) for r in rows]
        self.read_only = read_only

    # --- headers and flags ------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Code"), self.tr("Name"), self.tr("Specification"),
                self.tr("Unit"), self.tr("Location"), self.tr("Count"), self.tr("Recount"),
                self.tr("Reason"), self.tr("Books expect"), self.tr("Difference"),
                self.tr("Check")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section in NUMERIC else LEFT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if self.editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def editable(self, index: Index) -> bool:
        """Count and reason always; a recount once the line has a count."""
        if self.read_only or index.column() not in EDITABLE:
            return False
        if index.column() == RECOUNT:
            line = self.lines[index.row()]
            return line.counted is not None or bool(line.text("recount_qty"))
        return True

    # --- cells ------------------------------------------------------------------------

    def display(self, line: GridLine, column: int) -> str:
        row, item = line.row, line.row.item
        key = COLUMNS[column]
        if column in EDITABLE:
            return line.text(EDITABLE[column])
        if key == "no":
            return str(row.no)
        if key == "location":
            return row.line.location or item.location
        if key in ("code", "name", "spec", "unit"):
            return getattr(item, key) or ""
        if line.counted is None:
            return ""  # blind until counted
        if column == EXPECTED:
            return warehouse.fmt_qty(row.expected)
        if column == DIFFERENCE:
            return "" if line.difference is None else signed_qty(line.difference)
        if line.needs_recount:
            return self.tr("Recount")
        if line.needs_reason:
            return self.tr("Reason needed")
        if line.flagged:
            return self.tr("Recounted")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        key = EDITABLE.get(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column in NUMERIC else LEFT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in line.problems:
                return QBrush(PROBLEM)
            if line.needs_recount or line.needs_reason:
                return QBrush(ATTENTION)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == FLAG:
                return QBrush(FLAG_TEXT)
            if column == DIFFERENCE and line.difference:
                return QBrush(GAIN_TEXT if line.difference > 0 else LOSS_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole and (column == FLAG or key in line.typed):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in line.problems:
                return line.problems[key]
            if column == FLAG and line.needs_recount:
                return self.tr("The count differs from the books: count the shelf again and "
                               "type the recount (F3 jumps here).")
            if column == FLAG and line.needs_reason:
                return self.tr("The line still differs from the books: say why.")
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable(index):
            return False
        line = self.lines[index.row()]
        key = EDITABLE[index.column()]
        text = str(value if value is not None else "").strip()
        if key == "reason":
            text = text[:REASON_LENGTH]
            line.problems.pop(key, None)
        else:
            problem = self.check_qty(text)
            if problem:
                line.problems[key] = problem
            else:
                line.problems.pop(key, None)
                normal = normal_text(text)
                text = warehouse.fmt_qty(Decimal(normal)) if normal else ""
        if text == line.saved_text(key) and key not in line.problems:
            line.typed.pop(key, None)
        else:
            line.typed[key] = text
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return True

    def check_qty(self, text: str) -> str:
        """The shape problem of a typed quantity, or "" (the operation checks it again)."""
        normal = normal_text(text)
        if not normal:
            return ""
        if normal.startswith("-"):
            return self.tr("A count cannot be negative.")
        try:
            if not re.fullmatch(r"\d+(\.\d+)?", normal):
                raise InvalidOperation
            number = Decimal(normal)
        except InvalidOperation:
            return self.tr("“{text}” is not a number.").format(text=text)
        if -number.as_tuple().exponent > QTY_PLACES:
            return self.tr("{text} has too many decimal places (at most {n}).").format(
                text=text, n=QTY_PLACES)
        if number > MAX_QTY:
            return self.tr("{text} is too large.").format(text=text)
        return ""

    # --- the whole --------------------------------------------------------------------

    def reload(self, rows: list[warehouse.CountRow]) -> None:
        self.beginResetModel()
        self.lines = [GridLine(r) for r in rows]
        self.endResetModel()

    def changes(self) -> dict[int, dict[str, Any]]:
        """{line id: {field: value}} of every line changed since it was read."""
        out = {}
        for line in self.lines:
            changed = line.changed
            if changed:
                out[line.row.line.id] = changed
        return out

    def problems(self) -> list[tuple[int, str]]:
        """(row, message) of every cell whose text is not a quantity."""
        return [(r, message) for r, line in enumerate(self.lines)
                for message in line.problems.values()]

    def is_dirty(self) -> bool:
        return any(line.typed for line in self.lines)
