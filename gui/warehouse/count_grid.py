"""The count-entry window (录入盘点数): a keyboard grid over a stocktake's lines in sheet order.

First pass: the clerk types each count from the sheet and presses Enter, which
goes to the next line's count (Enter on an empty cell skips it). A line whose
count differs from what the books expect is flagged "Recount" (amber row).
Second pass: F3 jumps from flagged line to flagged line, to its recount and
then its reason. Ctrl+S saves every changed line through ONE operation,
``warehouse.enter_counts``; a refusal keeps the window open with what was typed.

The books' expected quantity and the difference appear only once a line is
counted (the count is blind). The flags and the estimate shown while typing
mirror the operation's rules for quick feedback; after saving, the grid is
read back from ``warehouse.count_rows``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import warehouse
from models import warehouse_base as base
from models.errors import DomainError
from models.people import User

from ..errors import error_text
from ..widgets.fields import error_banner

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
REASON_LENGTH = 100
QTY_PLACES = 3
MAX_QTY = Decimal("99999999")

ATTENTION = QColor("#fff3cd")  # a flagged line that still needs its recount or reason
PROBLEM = QColor("#fdecea")  # a cell whose typed text is not a quantity
FLAG_TEXT = QColor("#b45309")
GAIN_TEXT = QColor("#1b5e20")
LOSS_TEXT = QColor("#c62828")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


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
        value = base.money(abs(difference) * self.row.item.average_cost)
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
            return int(_RIGHT if section in NUMERIC else _LEFT)
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
            return int(_RIGHT if column in NUMERIC else _LEFT)
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


class CountTable(QTableView):
    """The grid: Enter goes on (``entered``), Delete clears a cell, typing starts editing."""

    entered = Signal(QModelIndex)

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt override
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        index = self.currentIndex()
        enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if enter else hint)
        if enter:
            self.entered.emit(index)

    def finish_editing(self) -> None:
        """Commit the cell being typed in (before saving or closing)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
                self.entered.emit(index)
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid() \
                    and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.model().setData(index, "")
                return
        super().keyPressEvent(event)


class CountDelegate(QStyledItemDelegate):
    """Right-aligned quantities; a reason of at most 100 characters."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == REASON:
            editor.setMaxLength(REASON_LENGTH)
        else:
            editor.setAlignment(_RIGHT)
        return editor


class CountGrid(QDialog):
    """录入盘点数 for one stocktake; read-only when the user may not count or it is closed."""

    def __init__(self, stocktake_id: int, user: User, parent: QWidget | None = None,
                 read_only: bool | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.stocktake = warehouse.get_stocktake(stocktake_id)
        if read_only is None:
            read_only = not (user.can(warehouse.KEEP)
                             and self.stocktake.status == warehouse.COUNTING)
        self.read_only = read_only
        self.saved = False  # something was written while the window was open
        self.setObjectName("countGrid")
        self.setWindowTitle(self.tr("Counts — stocktake {number} ({month})").format(
            number=self.stocktake.number, month=self.stocktake.month))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1180, 680)

        intro = QLabel(self.tr(
            "Type each count from the sheet and press Enter for the next line. A line that "
            "differs from the books is flagged: F3 jumps from flagged line to flagged line for "
            "its recount and reason. Ctrl+S saves.") if not read_only else self.tr(
            "Read only: {status}.").format(status=self._status_text()))
        intro.setObjectName("countIntro")
        intro.setWordWrap(True)
        self.banner = error_banner()

        self.model = CountModel(warehouse.count_rows(stocktake_id), read_only, self)
        self.table = CountTable(self)
        self.table.setObjectName("countTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CountDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in zip(range(len(COLUMNS)),
                                 (44, 80, 150, 100, 44, 70, 70, 70, 180, 80, 70, 90),
                                 strict=True):
            header.resizeSection(column, width)
        self.table.entered.connect(self.after_enter)
        self.model.dataChanged.connect(lambda *_a: self.update_summary())
        self.model.modelReset.connect(self.update_summary)

        self.summary = QLabel()
        self.summary.setObjectName("countSummary")
        self.next_button = QPushButton(self.tr("Next flagged (F3)"))
        self.next_button.setObjectName("nextFlagged")
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.next_flagged)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveCounts")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeCounts")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setVisible(not read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.next_button, self.save_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        for keys, slot in ((QKeySequence(Qt.Key.Key_F3), self.next_flagged),
                           (QKeySequence.StandardKey.Save, self.save)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.update_summary()
        first = self.first_uncounted()
        self.go_to(first if first >= 0 else 0, COUNTED)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _status_text(self) -> str:
        if not self.user.can(warehouse.KEEP) and self.stocktake.status == warehouse.COUNTING:
            return self.tr("only the storekeeper enters counts")
        status = warehouse.STOCKTAKE_STATUS_LABELS.get(self.stocktake.status,
                                                       self.stocktake.status)
        return self.tr("the stocktake is {status}").format(
            status=QCoreApplication.translate("Warehouse", status))

    # --- moving about -----------------------------------------------------------------

    def go_to(self, row: int, column: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def first_uncounted(self) -> int:
        for row, line in enumerate(self.model.lines):
            if line.counted is None:
                return row
        return -1

    def after_enter(self, index: QModelIndex) -> None:
        """Enter: count → the next line's count; recount → its reason (if still needed) or
        the next flagged line; reason → the next flagged line. A bad number stays put."""
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        line = self.model.lines[row]
        key = EDITABLE.get(column)
        if key in line.problems:
            self.show_problems()
            self.go_to(row, column)
            return
        self.banner.hide()
        if column == RECOUNT and line.needs_reason:
            self.go_to(row, REASON)
        elif column in (RECOUNT, REASON):
            self.next_flagged()
        elif row + 1 < self.model.rowCount():
            self.go_to(row + 1, column if column in EDITABLE or self.read_only else COUNTED)
        elif not self.read_only and self.first_uncounted() >= 0:
            self.go_to(self.first_uncounted(), COUNTED)  # the last line: back to a gap

    def next_flagged(self) -> bool:
        """F3: the next flagged line still lacking its recount or reason (after the current)."""
        lines = self.model.lines
        if not lines:
            return False
        start = self.table.currentIndex().row()
        order = [(start + step) % len(lines) for step in range(1, len(lines) + 1)]
        for row in order:
            line = lines[row]
            if line.needs_recount or (line.needs_reason and line.counted is not None):
                self.go_to(row, RECOUNT if line.needs_recount else REASON)
                return True
        self.update_summary(self.tr("No flagged line is waiting for its recount or reason."))
        return False

    # --- summary and saving -----------------------------------------------------------

    def counts(self) -> dict[str, Any]:
        lines = self.model.lines
        gain = loss = Decimal(0)
        for line in lines:
            g, lo = line.estimate()
            gain, loss = gain + g, loss + lo
        return {
            "lines": len(lines),
            "counted": sum(1 for line in lines if line.final is not None),
            "flagged": sum(1 for line in lines if line.flagged),
            "recount": sum(1 for line in lines if line.needs_recount),
            "reasons": sum(1 for line in lines if line.needs_reason),
            "gain": gain,
            "loss": loss,
        }

    def update_summary(self, hint: str = "") -> None:
        """The counts below the grid; ``hint`` (what F3 found) goes after them."""
        c = self.counts()
        if self.stocktake.status == warehouse.APPROVED:
            self.summary.setText(self.tr(
                "Counted {counted} of {lines} · flagged {flagged} · posted gain {gain}, loss "
                "{loss}").format(counted=c["counted"], lines=c["lines"], flagged=c["flagged"],
                                 gain=warehouse.fmt_money(c["gain"]),
                                 loss=warehouse.fmt_money(c["loss"])))
            self.save_button.setEnabled(False)
            return
        self.summary.setText(self.tr(
            "Counted {counted} of {lines} · flagged {flagged} ({recount} still to recount) · "
            "without a reason {reasons} · estimated gain {gain}, loss {loss}").format(
            counted=c["counted"], lines=c["lines"], flagged=c["flagged"], recount=c["recount"],
            reasons=c["reasons"], gain=warehouse.fmt_money(c["gain"]),
            loss=warehouse.fmt_money(c["loss"])) + (f"  — {hint}" if hint else ""))
        self.save_button.setEnabled(self.model.is_dirty())

    def show_problems(self) -> None:
        problems = self.model.problems()
        if not problems:
            self.banner.hide()
            return
        lines = [self.tr("Line {no} ({code}): {problem}").format(
            no=self.model.lines[row].row.no, code=self.model.lines[row].row.item.code,
            problem=message) for row, message in problems[:5]]
        if len(problems) > 5:
            lines.append(self.tr("…and %n more.", "", len(problems) - 5))
        self.banner.setText("\n".join(lines))
        self.banner.show()

    def save(self) -> bool:
        """Every changed line through warehouse.enter_counts; True when nothing is left unsaved."""
        if self.read_only:
            return False
        self.table.finish_editing()
        if self.model.problems():
            self.show_problems()
            row, _message = self.model.problems()[0]
            column = next(c for c, k in EDITABLE.items() if k in self.model.lines[row].problems)
            self.go_to(row, column)
            return False
        changes = self.model.changes()
        if not changes:
            self.model.reload(warehouse.count_rows(self.stocktake.id))
            return True
        current = self.table.currentIndex()
        try:
            self.stocktake = warehouse.enter_counts(self.stocktake.id, changes, by=self.user)
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.saved = True
        self.banner.hide()
        self.model.reload(warehouse.count_rows(self.stocktake.id))
        self.go_to(current.row(), current.column())
        return True

    def reject(self) -> None:
        """Close, Esc: unsaved counts are saved, thrown away or kept, as the clerk says."""
        self.table.finish_editing()
        if self.model.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved counts"),
                self.tr("Save the counts typed before closing?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes and not self.save():
                return
        if self.saved:
            self.accept()
        else:
            super().reject()
