"""The sheet's grid (考评表): one key per item, typed from the round walked.

Keys in the result column: Space or Enter passes the item (合格) and the cursor goes down;
a digit starts the points off (the editor opens with it), Enter goes on to the problem,
Enter there goes down to the next item; T asks for a work ticket (报事单) on a failed item;
Delete makes it pass again. Ctrl+S saves every changed item through ONE operation
(``vendors.score_items``; the problems found and the deadline below the grid through
``vendors.update_evaluation``); F9 saves and submits. The same grid, for the manager, amends
an objected sheet (``vendors.rule_on_objection``) with the ruling written below it.
The Enter signal is ``enter_pressed``, never ``entered`` (QAbstractItemView's hover signal:
a pointer resting over the grid must not move the cursor; tests/gui/test_signal_names.py).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
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

from models import clock, documents, vendors
from models.errors import DomainError
from models.people import User
from models.values import limit_of

from ..errors import error_text
from ..widgets.fields import error_banner

SEQ, AREA, TEXT, POINTS, RESULT, OFF, PROBLEM, TICKET = range(8)
FAILED_COLOUR = QColor("#fdecea")
SERIOUS_INK = QColor("#c62828")
EDIT, RULE, READ = "edit", "rule", "read"
Index = QModelIndex | QPersistentModelIndex


def _pts(value: Any) -> str:
    value = Decimal(value)
    return f"{value:.0f}" if value == value.to_integral_value() else f"{value:.1f}"


class ItemsModel(QAbstractTableModel):
    """The sheet's items: passed / points off / problem / ticket as typed (saved underneath)."""

    def __init__(self, items: list, read_only: bool, parent=None) -> None:
        super().__init__(parent)
        self.read_only = read_only
        self.reload(items)

    def reload(self, items: list) -> None:
        self.beginResetModel()
        self.items = items
        self.typed: dict[int, dict[str, Any]] = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else 8

    def value(self, row: int, key: str) -> Any:
        item = self.items[row]
        return self.typed.get(item.id, {}).get(key, getattr(item, key))

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Area"), self.tr("Standard"), self.tr("Points"),
                self.tr("Result (Space: pass, digit: points off)"), self.tr("Points off"),
                self.tr("Problem"), self.tr("Ticket (T)"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, row, column = self.items[index.row()], index.row(), index.column()
        passed = self.value(row, "passed")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SEQ:
                return str(item.seq)
            if column == AREA:
                return item.area
            if column == TEXT:
                return item.text + (self.tr(" (serious)") if item.serious_item else "")
            if column == POINTS:
                return _pts(item.points)
            if column == RESULT:
                return self.tr("Pass") if passed else self.tr("Points off")
            if column == OFF:
                return "" if passed else _pts(self.value(row, "points_off"))
            if column == PROBLEM:
                return "" if passed else self.value(row, "problem")
            return self.tr("Yes") if not passed and self.value(row, "ticket") else ""
        if role == Qt.ItemDataRole.BackgroundRole and not passed:
            return QBrush(FAILED_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and column == TEXT and item.serious_item:
            return QBrush(SERIOUS_INK)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (OFF, PROBLEM) and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def set_value(self, row: int, **values: Any) -> None:
        item = self.items[row]
        typed = self.typed.setdefault(item.id, {})
        typed.update(values)
        if values.get("passed"):
            typed.update(points_off=Decimal("0"), problem="", ticket=False)
        self.dataChanged.emit(self.index(row, 0), self.index(row, TICKET))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.read_only or not index.isValid() or index.column() not in (OFF, PROBLEM):
            return False
        text = str(value or "").strip()
        if index.column() == PROBLEM:
            self.set_value(index.row(), problem=text)
            return True
        if not text:
            self.set_value(index.row(), passed=True)
            return True
        try:
            off = Decimal(text)
        except InvalidOperation:
            return False
        if not off:
            self.set_value(index.row(), passed=True)
            return True
        self.set_value(index.row(), passed=False, points_off=off)
        return True

    def changes(self) -> dict[int, dict[str, Any]]:
        """What the operation gets: only what differs from the saved item."""
        out = {}
        for item in self.items:
            typed = self.typed.get(item.id, {})
            diff = {k: v for k, v in typed.items() if v != getattr(item, k)}
            if not diff:
                continue
            if typed.get("passed", item.passed):
                out[item.id] = {"passed": True}
            else:
                out[item.id] = {k: v for k, v in diff.items() if k != "passed"}
                out[item.id].setdefault("points_off", self.value(self.items.index(item),
                                                                 "points_off"))
        return out

    def score(self) -> Decimal:
        off = sum((Decimal(self.value(r, "points_off")) for r in range(len(self.items))
                   if not self.value(r, "passed")), Decimal("0"))
        return max(Decimal("0"), Decimal("100") - off)


class ItemsTable(QTableView):
    """One key per item; Enter goes down (``enter_pressed``: not ``entered``)."""

    enter_pressed = Signal(QModelIndex)

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
        model = self.model()
        if self.state() == QAbstractItemView.State.EditingState or not index.isValid() \
                or model.read_only:
            super().keyPressEvent(event)
            return
        row, text = index.row(), event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and index.column() not in (OFF, PROBLEM):
            model.set_value(row, passed=True)
            self.enter_pressed.emit(model.index(row, RESULT))
            return
        if text and text.isdigit() and index.column() != PROBLEM:
            target = model.index(row, OFF)
            self.setCurrentIndex(target)
            self.edit(target)
            editor = next((e for e in self.viewport().findChildren(QLineEdit)
                           if e.isVisible()), None)
            if editor is not None:
                editor.setText(text)
            return
        if text.upper() == "T" and not model.value(row, "passed"):
            model.set_value(row, ticket=not model.value(row, "ticket"))
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.set_value(row, passed=True)
            return
        super().keyPressEvent(event)


class LineDelegate(QStyledItemDelegate):
    def __init__(self, limit: int, parent=None) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setMaxLength(self.limit)
        return editor


class EvaluationSheet(QDialog):
    """One sheet: scored by the officer (a draft), amended by the manager (an objection),
    read by everyone else."""

    def __init__(self, evaluation_id: int, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.evaluation = vendors.get_evaluation(evaluation_id)
        steps = vendors.EVALUATION_STEPS
        self.mode = (EDIT if steps.allows(user, documents.EDIT, self.evaluation) else
                     RULE if steps.allows(user, vendors.RULE_STEP, self.evaluation) else READ)
        self.saved = False
        self.setObjectName("evaluationSheet")
        ev = self.evaluation
        self.setWindowTitle(self.tr("Evaluation {number} — {vendor}").format(
            number=ev.number, vendor=ev.vendor.name))
        self.resize(1080, 640)
        kind = vendors.EVALUATION_KINDS.text(ev.kind, QCoreApplication.translate)
        head = QLabel(self.tr("{kind} · {day} · by {by} · {status}").format(
            kind=kind, day=f"{ev.done_on:%Y-%m-%d}", by=ev.by_name,
            status=vendors.EVALUATION_STATUS.text(ev.status, QCoreApplication.translate)))
        head.setObjectName("sheetHeading")
        intro = QLabel({
            EDIT: self.tr("Space or Enter passes an item and goes down; a digit types the "
                          "points off, Enter goes on to the problem. T asks for a work ticket, "
                          "Delete passes it again. Ctrl+S saves, F9 submits."),
            RULE: self.tr("The vendor objects: {objection}. Change the points off where the "
                          "objection holds, write the ruling and rule (F7).").format(
                              objection=ev.objection),
            READ: self.tr("Read only."),
        }[self.mode])
        intro.setWordWrap(True)
        self.banner = error_banner()
        self.model = ItemsModel(vendors.evaluation_items(ev.id), self.mode == READ, self)
        self.table = ItemsTable(self)
        self.table.setObjectName("itemsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(OFF, LineDelegate(6, self.table))
        self.table.setItemDelegateForColumn(PROBLEM, LineDelegate(
            limit_of(vendors.EvaluationItem.problem), self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if self.mode == READ else
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((40, 80, 280, 50, 250, 70, 240, 70)):
            header.resizeSection(column, width)
        self.table.enter_pressed.connect(self.after_enter)
        self.model.dataChanged.connect(lambda *_a: self.update_summary())
        self.ruling = QLineEdit(self)
        self.ruling.setObjectName("ruling")
        self.ruling.setMaxLength(limit_of(vendors.Evaluation.ruling))
        self.ruling.setPlaceholderText(self.tr("The ruling (upheld, or what was amended and why)"))
        self.ruling.setVisible(self.mode == RULE)
        self.heading = self._heading_row(ev)
        self.summary = QLabel()
        self.summary.setObjectName("sheetSummary")
        self.save_button = self._button("saveItems", self.tr("Save (Ctrl+S)"), self.save,
                                        self.mode == EDIT)
        self.submit_button = self._button("submitSheet", self.tr("Submit (F9)"), self.submit,
                                          self.mode == EDIT)
        self.rule_button = self._button("ruleSheet", self.tr("Rule (F7)"), self.rule,
                                        self.mode == RULE)
        close = self._button("closeSheet", self.tr("Close"), self.reject, True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.save_button, self.submit_button, self.rule_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (head, intro, self.banner):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.heading)
        layout.addWidget(self.ruling)
        layout.addLayout(buttons)
        for keys, handler in ((QKeySequence.StandardKey.Save, self.save),
                              (QKeySequence("F9"), self.submit), (QKeySequence("F7"), self.rule)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)
        self.update_summary()
        self.go_to(0, RESULT)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _heading_row(self, ev) -> QWidget:
        """The sheet's problems found and its rectification deadline (a draft's)."""
        row = QWidget(self)
        self.problems = QLineEdit(ev.problems, row)
        self.problems.setObjectName("problems")
        self.problems.setMaxLength(limit_of(vendors.Evaluation.problems))
        self.problems.setPlaceholderText(self.tr("Problems found (empty: the items' problems)"))
        self.fix_check = QCheckBox(self.tr("Rectify by"), row)
        self.fix_check.setObjectName("fixByCheck")
        self.fix_check.setToolTip(self.tr("Unticked: one day after the evaluation when an "
                                          "item lost points"))
        self.fix_check.setChecked(ev.fix_by is not None)
        self.fix_by = QDateTimeEdit(row)
        self.fix_by.setObjectName("fixBy")
        self.fix_by.setCalendarPopup(True)
        self.fix_by.setDisplayFormat("yyyy-MM-dd HH:mm")
        default = (ev.done_at or clock.now()) + dt.timedelta(hours=vendors.DEFAULT_FIX_HOURS)
        self.fix_by.setDateTime(QDateTime(ev.fix_by or default.replace(second=0)))
        self.fix_by.setEnabled(self.fix_check.isChecked())
        self.fix_check.toggled.connect(self.fix_by.setEnabled)
        for signal in (self.problems.textChanged, self.fix_check.toggled,
                       self.fix_by.dateTimeChanged):
            signal.connect(lambda *_a: self.update_summary())
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.problems, 1)
        line.addWidget(self.fix_check)
        line.addWidget(self.fix_by)
        row.setVisible(self.mode == EDIT)
        return row

    def heading_changes(self) -> dict[str, Any]:
        """The problems and the deadline as typed, where they differ from the sheet's."""
        ev = self.evaluation
        out: dict[str, Any] = {}
        if self.problems.text().strip() != ev.problems:
            out["problems"] = self.problems.text()
        fix_by = self.fix_by.dateTime().toPython().replace(second=0, microsecond=0) \
            if self.fix_check.isChecked() else None
        if fix_by != ev.fix_by:
            out["fix_by"] = fix_by
        return out

    def _button(self, name: str, text: str, handler, visible: bool) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(handler)
        button.setVisible(visible)
        return button

    def go_to(self, row: int, column: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def after_enter(self, index: QModelIndex) -> None:
        """Points off → its problem; a problem or a pass → the next item's result."""
        if not index.isValid():
            return
        if index.column() == OFF and not self.model.value(index.row(), "passed"):
            target = self.model.index(index.row(), PROBLEM)
            self.table.setCurrentIndex(target)
            self.table.edit(target)
        elif index.row() + 1 < self.model.rowCount():
            self.go_to(index.row() + 1, RESULT)

    def update_summary(self) -> None:
        failed = sum(1 for row in range(self.model.rowCount())
                     if not self.model.value(row, "passed"))
        self.summary.setText(self.tr("Score {score} · {failed} item(s) lost points").format(
            score=_pts(self.model.score()), failed=failed))
        self.save_button.setEnabled(bool(self.model.changes() or self.heading_changes()))

    def _show(self, exc: DomainError) -> None:
        self.banner.setText(error_text(exc))
        self.banner.show()

    def save(self) -> bool:
        if self.mode != EDIT:
            return False
        self.table.finish_editing()
        changes, heading = self.model.changes(), self.heading_changes()
        if not changes and not heading:
            return True
        current = self.table.currentIndex()
        try:
            if heading:
                self.evaluation = vendors.update_evaluation(self.evaluation.id, self.user,
                                                            **heading)
            if changes:
                vendors.score_items(self.evaluation.id, changes, self.user)
        except DomainError as exc:
            self._show(exc)
            return False
        self.saved = True
        self.banner.hide()
        self.model.reload(vendors.evaluation_items(self.evaluation.id))
        self.update_summary()
        self.go_to(current.row(), current.column())
        return True

    def submit(self) -> bool:
        if self.mode != EDIT or not self.save():
            return False
        try:
            self.evaluation = vendors.submit_evaluation(self.evaluation.id, self.user)
        except DomainError as exc:
            self._show(exc)
            return False
        self.saved = True
        self.accept()
        return True

    def rule(self) -> bool:
        if self.mode != RULE:
            return False
        self.table.finish_editing()
        try:
            self.evaluation = vendors.rule_on_objection(
                self.evaluation.id, self.user, ruling=self.ruling.text(),
                amend=self.model.changes())
        except DomainError as exc:
            self._show(exc)
            return False
        self.saved = True
        self.accept()
        return True

    def reject(self) -> None:
        """Close or Esc: what was typed on a draft is saved first (a refusal keeps it open)."""
        self.table.finish_editing()
        if self.mode == EDIT and (self.model.changes() or self.heading_changes()) \
                and not self.save():
            return
        if self.saved:
            self.accept()
        else:
            super().reject()
