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

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from models.errors import DomainError
from models.people import User

from ..errors import error_text
from ..widgets.fields import error_banner
from . import words
from .count_model import (
    COLUMNS,
    COUNTED,
    EDITABLE,
    REASON,
    REASON_LENGTH,
    RECOUNT,
    RIGHT,
    CountModel,
    Index,
)


class CountTable(QTableView):
    """The grid: Enter goes on (``count_committed``), Delete clears a cell, typing starts editing."""

    # Not ``entered``: that is QAbstractItemView.entered(QModelIndex), the hover signal, which
    # Qt emits for the cell under a resting pointer whenever the view scrolls.
    count_committed = Signal(QModelIndex)

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt override
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        index = self.currentIndex()
        enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if enter else hint)
        if enter:
            self.count_committed.emit(index)

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
                self.count_committed.emit(index)
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
            editor.setAlignment(RIGHT)
        return editor


class CountGrid(QDialog):
    """录入盘点数 for one stocktake; read-only when the user may not count or it is closed."""

    def __init__(self, stocktake_id: int, user: User, parent: QWidget | None = None,
                 read_only: bool | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.stocktake = warehouse.get_stocktake(stocktake_id)
        if read_only is None:
            read_only = not warehouse.STOCKTAKE_STEPS.allows(
                user, warehouse.steps.COUNTS, self.stocktake)
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
        self.table.count_committed.connect(self.after_enter)
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
        steps = warehouse.STOCKTAKE_STEPS
        counts = warehouse.steps.COUNTS
        if (steps.refusal(counts, self.stocktake) is None
                and not steps.allows(self.user, counts, self.stocktake)):
            return self.tr("only the storekeeper enters counts")
        return self.tr("the stocktake is {status}").format(
            status=words.stocktake_status_text(self.stocktake.status))

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
