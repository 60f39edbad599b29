"""The results grid (录入检查结果): one key per sign, typed from the filled-in sheet.

The results column takes one key: 1–6 or the letter shown in the header
(合格 1/H, 不清楚 2/Q, 损坏 3/S, 缺失 4/M, 位置不当 5/W, 内容不合理 6/N); the key sets
the result and the cursor goes down to the next sign. Enter goes down too; Delete
clears the result; typing in the remarks column edits the remark. Ctrl+S saves every
changed line through ONE operation, ``signage.enter_results``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import signage
from models.errors import DomainError
from models.people import User
from models.values import limit_of

from ..errors import error_text
from ..widgets.fields import error_banner

NO, NUMBER, TEXT, PLACE, RESULT, REMARK = range(6)
FAILED_COLOUR = QColor("#fdecea")
Index = QModelIndex | QPersistentModelIndex


def key_map() -> dict[str, str]:
    """Typed key (upper case) → result code."""
    out = {}
    for code, keys in signage.RESULT_KEYS.items():
        for key in keys:
            out[key.upper()] = code
    return out


def result_text(code: str) -> str:
    return signage.RESULT_LABELS.text(code, QCoreApplication.translate)


class ResultsModel(QAbstractTableModel):
    """The round's lines: the result and remark as typed (saved ones underneath)."""

    def __init__(self, lines: list, read_only: bool, parent=None) -> None:
        super().__init__(parent)
        self.read_only = read_only
        self.reload(lines)

    def reload(self, lines: list) -> None:
        self.beginResetModel()
        self.lines = lines
        self.typed: dict[int, dict[str, str]] = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else 6

    def value(self, row: int, key: str) -> str:
        line = self.lines[row]
        return self.typed.get(line.id, {}).get(key, getattr(line, key))

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == RESULT:
            keys = " ".join(f"{n}/{letter}" for n, letter in signage.RESULT_KEYS.values())
            return self.tr("Result ({keys})").format(keys=keys)
        return (self.tr("No."), self.tr("Sign"), self.tr("Text"), self.tr("Place"), "",
                self.tr("Remark"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            sign = line.sign
            if column == NO:
                return str(line.no)
            if column == NUMBER:
                return sign.number
            if column == TEXT:
                return sign.text
            if column == PLACE:
                return " ".join(p for p in (sign.building, sign.floor, sign.room) if p)
            if column == RESULT:
                return result_text(self.value(index.row(), "result"))
            return self.value(index.row(), "remark")
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.value(index.row(), "result") in signage.FAILED:
                return QBrush(FAILED_COLOUR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == REMARK and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.read_only or not index.isValid() or index.column() not in (RESULT, REMARK):
            return False
        key = "result" if index.column() == RESULT else "remark"
        line = self.lines[index.row()]
        self.typed.setdefault(line.id, {})[key] = str(value or "").strip()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REMARK))
        return True

    def changes(self) -> dict[int, dict[str, str]]:
        out = {}
        for line in self.lines:
            typed = self.typed.get(line.id, {})
            diff = {k: v for k, v in typed.items() if v != getattr(line, k)}
            if diff:
                out[line.id] = diff
        return out

    def done(self) -> int:
        return sum(1 for row in range(len(self.lines)) if self.value(row, "result"))


class ResultsTable(QTableView):
    """One key per result; Enter goes down (``enter_pressed``: not ``entered``, which is
    QAbstractItemView's own hover signal)."""

    enter_pressed = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = key_map()

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt override
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        index = self.currentIndex()
        enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if enter else hint)
        if enter:
            self.enter_pressed.emit(index)

    def finish_editing(self) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and index.isValid():
            model = self.model()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter_pressed.emit(index)
                return
            if index.column() != REMARK and not model.read_only:
                code = self.keys.get(event.text().upper()) if event.text() else None
                if code is not None:
                    model.setData(model.index(index.row(), RESULT), code)
                    self.enter_pressed.emit(model.index(index.row(), RESULT))
                    return
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    model.setData(model.index(index.row(), RESULT), "")
                    return
        super().keyPressEvent(event)


class RemarkDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setMaxLength(limit_of(signage.InspectionLine.remark))
        return editor


class ResultsGrid(QDialog):
    """录入检查结果 for one round; read-only once closed or for who may not inspect."""

    def __init__(self, round_id: int, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.round = signage.get_round(round_id)
        self.read_only = not signage.ROUND_STEPS.allows(user, "results", self.round)
        self.saved = False
        self.setObjectName("resultsGrid")
        self.setWindowTitle(self.tr("Results — inspection {number}").format(
            number=self.round.number))
        self.resize(1000, 640)
        intro = QLabel(self.tr(
            "Type one key per sign from the sheet (the keys are in the header); the cursor "
            "goes down by itself. Enter skips a sign, Delete clears it, the remark column "
            "takes text. Ctrl+S saves.") if not self.read_only else self.tr("Read only."))
        intro.setWordWrap(True)
        legend = QLabel("   ".join(f"{n} / {letter}  {result_text(code)}" for code, (n, letter)
                                   in signage.RESULT_KEYS.items()))
        legend.setObjectName("resultKeys")
        legend.setStyleSheet("QLabel { font-weight: bold; padding: 2px 0; }")
        self.banner = error_banner()
        self.model = ResultsModel(signage.round_lines(round_id), self.read_only, self)
        self.table = ResultsTable(self)
        self.table.setObjectName("resultsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(REMARK, RemarkDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if self.read_only else
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in zip(range(REMARK), (44, 90, 220, 150, 230), strict=True):
            header.resizeSection(column, width)
        self.table.enter_pressed.connect(self.after_enter)
        self.model.dataChanged.connect(lambda *_a: self.update_summary())
        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveResults")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(not self.read_only)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeResults")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(legend)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.update_summary()
        first = next((row for row in range(self.model.rowCount())
                      if not self.model.value(row, "result")), 0)
        self.go_to(first, RESULT)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to(self, row: int, column: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def after_enter(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() + 1 < self.model.rowCount():
            self.go_to(index.row() + 1, index.column())

    def update_summary(self) -> None:
        failed = sum(1 for row in range(self.model.rowCount())
                     if self.model.value(row, "result") in signage.FAILED)
        self.summary.setText(self.tr("{done} of {lines} sign(s) have a result · {failed} failed")
                             .format(done=self.model.done(), lines=self.model.rowCount(),
                                     failed=failed))
        self.save_button.setEnabled(bool(self.model.changes()))

    def save(self) -> bool:
        if self.read_only:
            return False
        self.table.finish_editing()
        changes = self.model.changes()
        if not changes:
            return True
        current = self.table.currentIndex()
        try:
            signage.enter_results(self.round.id, changes, by=self.user)
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.saved = True
        self.banner.hide()
        self.model.reload(signage.round_lines(self.round.id))
        self.update_summary()
        self.go_to(current.row(), current.column())
        return True

    def reject(self) -> None:
        """Close or Esc: what was typed is saved first (a refusal keeps the window open)."""
        self.table.finish_editing()
        if self.model.changes() and not self.save():
            return
        if self.saved:
            self.accept()
        else:
            super().reject()
