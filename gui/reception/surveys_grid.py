"""Entering the returned forms (录入意见表): a keyboard grid, one row per form.

The ten service items are the first ten columns: the clerk reads a form and types its
ratings — ``1`` 满意, ``2`` 基本满意, ``3`` 不满意, ``0`` 未答 — each key writing the cell and
moving right; after the tenth the company, the room and the customer's opinion (typing
starts editing; empty ones are skipped with Enter). Enter goes to the next form's first
item; the last row is always a fresh form. Ctrl+S saves through
``reception.save_survey_forms``; a refusal keeps the grid open with what was typed.
No mouse needed; the pointer resting over the grid never moves the cursor (the grid
has no signal of its own: see the warehouse count grid's lesson about ``entered``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import reception, values
from models.errors import DomainError
from models.people import User

from ..errors import error_text
from ..widgets.fields import error_banner

translate = QCoreApplication.translate
ITEMS = reception.SURVEY_ITEM_CODES
COMPANY, ROOM, OPINION = len(ITEMS), len(ITEMS) + 1, len(ITEMS) + 2
TEXT_KEYS = {COMPANY: "company", ROOM: "room", OPINION: "opinion"}
LIMITS = {COMPANY: values.limit_of(reception.SurveyForm.company),
          ROOM: values.limit_of(reception.SurveyForm.room),
          OPINION: values.limit_of(reception.SurveyForm.opinion)}
UNANSWERED = reception.SURVEY_UNANSWERED
BLANK = UNANSWERED * len(ITEMS)
COLOURS = {"3": QColor("#fdecea"), "0": QColor("#f2f2f2")}


class FormRow:
    """One form as typed: its id once saved, and whether it changed since."""

    def __init__(self, form: reception.SurveyForm | None = None) -> None:
        self.id = form.id if form else None
        self.line = form.line if form else None
        self.values = {"company": form.company if form else "", "room": form.room if form
                       else "", "ratings": form.ratings if form else BLANK,
                       "opinion": form.opinion if form else ""}
        self.saved = dict(self.values)

    @property
    def dirty(self) -> bool:
        return self.values != self.saved

    @property
    def empty(self) -> bool:
        return self.id is None and self.values["ratings"] == BLANK and not any(
            self.values[k] for k in ("company", "room", "opinion"))


class SurveyFormsModel(QAbstractTableModel):
    """The forms, plus one fresh row at the end while the grid may be typed in."""

    def __init__(self, forms: list[reception.SurveyForm], read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = read_only
        self.rows: list[FormRow] = []
        self.reload(forms)

    def reload(self, forms: list[reception.SurveyForm]) -> None:
        self.beginResetModel()
        self.rows = [FormRow(f) for f in forms] + ([] if self.read_only else [FormRow()])
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(ITEMS) + 3

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            row = self.rows[section]
            return str(row.line) if row.line else "*"
        if section < len(ITEMS):
            return f"{section + 1} {reception.SURVEY_ITEMS.text(ITEMS[section], translate)}"
        return {COMPANY: translate("SurveyGrid", "Company"),
                ROOM: translate("SurveyGrid", "Room"),
                OPINION: translate("SurveyGrid", "Customer's opinion")}[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in TEXT_KEYS and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column in TEXT_KEYS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return row.values[TEXT_KEYS[column]]
            return None
        rating = row.values["ratings"][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if row.empty else reception.SURVEY_RATING_KEYS.text(rating, translate)
        if role == Qt.ItemDataRole.UserRole:
            return rating
        if role == Qt.ItemDataRole.BackgroundRole and not row.empty and rating in COLOURS:
            return QBrush(COLOURS[rating])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: QModelIndex, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.read_only or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = self.rows[index.row()], index.column()
        if column in TEXT_KEYS:
            row.values[TEXT_KEYS[column]] = str(value or "")[:LIMITS[column]]
        else:
            ratings = row.values["ratings"]
            row.values["ratings"] = ratings[:column] + str(value) + ratings[column + 1:]
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), OPINION))
        self._keep_a_fresh_row()
        return True

    def _keep_a_fresh_row(self) -> None:
        if not self.rows or not self.rows[-1].empty:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(FormRow())
            self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self._keep_a_fresh_row()

    def changes(self) -> list[dict[str, Any]]:
        """The rows to save: new forms and changed ones (the fresh empty row left out)."""
        out = []
        for row in self.rows:
            if row.empty or not (row.dirty or row.id is None):
                continue
            out.append({"id": row.id, **row.values} if row.id else dict(row.values))
        return out

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def form_count(self) -> int:
        return sum(1 for row in self.rows if not row.empty)


class SurveyTable(QTableView):
    """Keys 1/2/3/0 rate and move right, Delete clears a rating, Enter: the next form."""

    def closeEditor(self, editor: QWidget,  # noqa: N802 - Qt override
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        enter = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        index = self.currentIndex()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if enter else hint)
        if enter:
            self.next_form(index.row())

    def finish_editing(self) -> None:
        """Commit the cell being typed in (before saving or closing)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def go_to(self, row: int, column: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount() and 0 <= column < model.columnCount():
            index = model.index(row, column)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def next_form(self, row: int) -> None:
        self.go_to(min(row + 1, self.model().rowCount() - 1), 0)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        model = self.model()
        if self.state() != QAbstractItemView.State.EditingState and index.isValid():
            key, text = event.key(), event.text()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.next_form(index.row())
                return
            if index.column() < len(ITEMS) and not model.read_only:
                if text and text in reception.SURVEY_RATINGS:
                    row = index.row()
                    model.setData(index, text)
                    self.go_to(row, index.column() + 1)
                    return
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    model.setData(index, UNANSWERED)
                    return
                if text and text.isprintable() and not event.modifiers() & (
                        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                    return  # another key on a rating: nothing (no editor opens there)
        super().keyPressEvent(event)


class SurveyGrid(QDialog):
    """录入意见表 for one survey; read-only when the user may not enter or it is not open."""

    def __init__(self, survey_id: int, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.survey = reception.get_survey(survey_id)
        self.read_only = not reception.SURVEY_STEPS.allows(
            user, reception.surveys_steps.ENTER, self.survey)
        self.saved = False
        self.setObjectName("surveyGrid")
        self.setWindowTitle(self.tr("Returned forms — survey {number} ({title})").format(
            number=self.survey.number, title=self.survey.title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 680)
        intro = QLabel(self.tr(
            "One row per returned form. Type each item's rating: 1 satisfied, 2 fairly "
            "satisfied, 3 dissatisfied, 0 not answered — the cursor moves right. Then the "
            "company, room and opinion if written (Enter skips them). Enter: the next form. "
            "Ctrl+S saves.") if not self.read_only else self.tr("Read only: {status}.").format(
            status=reception.SURVEY_STATUS.text(self.survey.status, translate)))
        intro.setObjectName("surveyGridIntro")
        intro.setWordWrap(True)
        self.banner = error_banner()
        self.model = SurveyFormsModel(reception.survey_forms(self.survey), self.read_only, self)
        self.table = SurveyTable(self)
        self.table.setObjectName("surveyTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if self.read_only else
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        metrics = header.fontMetrics()
        for column in range(len(ITEMS)):  # the item's name whole, and "2 基本满意" below it
            words = [self.model.headerData(column, Qt.Orientation.Horizontal)] + [
                reception.SURVEY_RATING_KEYS.text(code, translate)
                for code in reception.SURVEY_RATINGS]
            header.resizeSection(column, max(metrics.horizontalAdvance(w) for w in words) + 16)
        header.resizeSection(COMPANY, 130)
        header.resizeSection(ROOM, 60)
        self.model.dataChanged.connect(lambda *_a: self.update_summary())
        self.model.rowsInserted.connect(lambda *_a: self.update_summary())
        self.model.rowsRemoved.connect(lambda *_a: self.update_summary())
        self.model.modelReset.connect(self.update_summary)

        self.summary = QLabel()
        self.summary.setObjectName("surveyGridSummary")
        self.remove_button = QPushButton(self.tr("Remove form (Ctrl+Del)"))
        self.remove_button.setObjectName("removeForm")
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveForms")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeForms")
        for button, slot in ((self.remove_button, self.remove_current),
                             (self.save_button, self.save), (self.close_button, self.reject)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        self.save_button.setVisible(not self.read_only)
        self.remove_button.setVisible(not self.read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.remove_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence("Ctrl+Del"), self.remove_current)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.update_summary()
        self.table.go_to(self.model.rowCount() - 1, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_summary(self) -> None:
        unsaved = len(self.model.changes())
        text = self.tr("Forms {count} of {sent} sent out").format(
            count=self.model.form_count(), sent=self.survey.forms_sent)
        if unsaved:
            text += " · " + self.tr("%n not saved", "", unsaved)
        self.summary.setText(text)
        self.save_button.setEnabled(bool(unsaved))

    def remove_current(self) -> None:
        """A form typed by mistake out again (a saved one through the operation)."""
        if self.read_only:
            return
        self.table.finish_editing()
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount() or self.model.rows[row].empty:
            return
        form = self.model.rows[row]
        if form.id is not None:
            try:
                reception.remove_survey_form(form.id, by=self.user)
            except DomainError as exc:
                self.banner.setText(error_text(exc))
                self.banner.show()
                return
            self.saved = True
        self.model.remove(row)
        self.table.go_to(min(row, self.model.rowCount() - 1), 0)

    def save(self) -> bool:
        """The new and changed forms at once; True when nothing is left unsaved."""
        if self.read_only:
            return False
        self.table.finish_editing()
        changes = self.model.changes()
        if not changes:
            return True
        current = self.table.currentIndex()
        try:
            self.survey = reception.save_survey_forms(self.survey.id, changes, by=self.user)
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.saved = True
        self.banner.hide()
        self.model.reload(reception.survey_forms(self.survey))
        self.table.go_to(current.row(), current.column())
        return True

    def reject(self) -> None:
        """Close, Esc: unsaved forms are saved, thrown away or kept, as the clerk says."""
        self.table.finish_editing()
        if self.model.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved forms"), self.tr("Save the forms typed before closing?"),
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
