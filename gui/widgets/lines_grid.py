"""The lines grid of a document form: one line per row, typed spreadsheet-like.

Keyboard: type into a cell (a list of matches may drop down: Enter takes the
highlighted one), Enter moves along the line (``LinesModel.enter_order``),
then to the next line (a new empty line is added at the end); Enter on an
empty last line leaves the grid (``leaveForward``: the form goes to Save).
Tab / Shift+Tab move cell by cell through every editable cell. Delete removes
the current line (when no cell is being edited). A cell with a shape problem
(not a number, too many decimals, no such thing) turns red and stays current;
``LinesModel.problems`` lists them all.

An area subclasses ``LinesModel`` to say what a line is; the grid itself is the
same for every document (the storeroom's lines: gui/warehouse/lines_grid.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

translate = QCoreApplication.translate

RED = "#c62828"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PROBLEM_BACKGROUND = QColor("#fdecea")
_ROOT = QModelIndex()


class LinesModel(QAbstractTableModel):
    """The lines of one document; cells hold the typed text, the rest is worked out live.

    A line is any object with ``problems`` (a dict: column key -> shape problem)
    and ``is_blank()``. A subclass names its columns and says how a line reads
    (``text``), takes typing (``take``) and is made (``new_line``); ``tooltip``,
    ``warns`` (red text) and ``completer`` (a drop-down of matches) are optional.
    """

    totalsChanged = Signal()

    editable: tuple[str, ...] = ()  # the columns that take typing
    enter_order: tuple[str, ...] = ()  # where Enter goes along a line; the first starts it
    numeric: tuple[str, ...] = ()  # right-aligned
    widths: Mapping[str, int] = {}
    stretch = ""  # the column that takes the width left over
    default_width = 80

    def __init__(self, columns: Sequence[str], read_only: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.read_only = read_only
        self.lines: list[Any] = []

    # --- what a subclass says ---------------------------------------------------------

    def new_line(self) -> Any:
        raise NotImplementedError

    def text(self, line: Any, key: str) -> str:
        """What the cell shows (and its editor starts from)."""
        raise NotImplementedError

    def take(self, line: Any, key: str, text: str) -> str:
        """Put the typed ``text`` (stripped) into ``line``; its shape problem, or ""."""
        raise NotImplementedError

    def header(self, key: str) -> str:
        return key

    def tooltip(self, line: Any, key: str) -> str | None:
        return None

    def warns(self, line: Any, key: str) -> bool:
        """Show the cell's text in red (short of stock, over a limit)."""
        return False

    def completer(self, key: str, editor: QLineEdit) -> QCompleter | None:
        """A list of matches for the cell being typed; it signals ``picked(text)``."""
        return None

    def needs_first(self, line: Any) -> bool:
        """Is the line's first cell (``enter_order[0]``) still to be filled in?"""
        return not self.text(line, self.first_key())

    def lines_for_save(self) -> list[dict[str, Any]]:
        """The non-blank lines as the document's save operation takes them."""
        raise NotImplementedError

    def snapshot(self) -> list[tuple]:
        """What the clerk typed, to tell unsaved changes."""
        return [tuple(self.text(line, key) for key in self.columns if key in self.editable)
                for line in self.lines if not line.is_blank()]

    # --- reading ------------------------------------------------------------------------

    def first_key(self) -> str:
        return self.enter_order[0] if self.enter_order else self.columns[0]

    def set_lines(self, lines: Sequence[Any]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()
        self.totalsChanged.emit()

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
        return self.header(self.columns[section])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren
        if not self.read_only and self.columns[index.column()] in self.editable:
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
            return _RIGHT if key in self.numeric else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in line.problems:
                return line.problems[key]
            return self.tooltip(line, key)
        if role == Qt.ItemDataRole.BackgroundRole and key in line.problems:
            return QBrush(_PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in line.problems or self.warns(line, key):
                return QBrush(QColor(RED))
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        line = self.lines[index.row()]
        key = self.columns[index.column()]
        if key not in self.editable:
            return False
        problem = self.take(line, key, str(value or "").strip())
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
        self.lines.append(self.new_line())
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


# --- typing ---------------------------------------------------------------------------


class CellEditor(QLineEdit):
    """The editor of one cell; remembers which cell it edits (and its list of matches)."""

    def __init__(self, index: QModelIndex, parent: QWidget) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.completer_: QCompleter | None = None


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
        if key in self.grid.lines.numeric:
            editor.setAlignment(_RIGHT)
        completer = self.grid.lines.completer(key, editor)
        if completer is not None:
            editor.completer_ = completer
            completer.picked.connect(lambda text, e=editor: self._picked(e, text))
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

    def _picked(self, editor: CellEditor, text: str) -> None:
        editor.setText(text)
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
            if key == lines.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, lines.widths.get(key, lines.default_width))

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
        """Into the grid from the header: the first line still to be started, or a new one."""
        if self.lines.read_only:
            self.setFocus(Qt.FocusReason.TabFocusReason)
            return
        first = self.lines.first_key()
        for row, line in enumerate(self.lines.lines):
            if self.lines.needs_first(line):
                self.go(row, first)
                return
        self.go(self.lines.append_line(), first)

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
        first = self.lines.first_key()
        if key == first and not self.lines.text(line, first):
            if row == len(self.lines.lines) - 1:  # an empty last line: the lines are done
                self.leaveForward.emit()
                return
        order = [k for k in self.lines.enter_order if k in self.lines.columns]
        later = order[order.index(key) + 1:] if key in order else []
        if later:
            self.go(row, later[0])
            return
        if row + 1 >= len(self.lines.lines):
            self.lines.append_line()
        self.go(row + 1, first)

    def _tab_from(self, row: int, key: str, back: bool) -> None:
        cells = [(r, k) for r in range(len(self.lines.lines)) for k in self.lines.columns
                 if k in self.lines.editable]
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
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() in _ENTER and not ctrl:
                if index.isValid():
                    key = self.lines.columns[index.column()]
                    if index.flags() & Qt.ItemFlag.ItemIsEditable:
                        self.edit(index)
                    else:
                        self._enter_from(index.row(), key if key in self.lines.enter_order
                                         else self.lines.first_key())
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
            self.go(int(line_no) - 1, self.lines.first_key(), edit=False)
