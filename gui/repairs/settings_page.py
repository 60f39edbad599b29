"""The repairs page of the Settings dialog (administrators): deadlines and categories.

Deadlines (时限) per urgency: how long engineering has, from the report time,
to accept and to complete; they apply to orders registered afterwards.
Categories (报修类别): add, rename, take out of use (old orders keep theirs).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import db as dbmod
from models import people, repairs
from models.errors import DomainError
from models.people import User

from ..errors import error_text, show_error
from ..widgets.fields import error_banner
from ..widgets.record_form import FieldSpec, RecordForm
from . import forms, labels

UNITS = (("min", 1), ("h", 60), ("d", 24 * 60))


class DurationEdit(QWidget):
    """A number and a unit (minutes, hours, days); ``minutes()`` is what it says."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.number = QSpinBox(self)
        self.number.setObjectName(f"{name}_number")
        self.number.setRange(1, 99999)
        self.unit = QComboBox(self)
        self.unit.setObjectName(f"{name}_unit")
        words = {"min": self.tr("minutes"), "h": self.tr("hours"), "d": self.tr("days")}
        for code, factor in UNITS:
            self.unit.addItem(words[code], factor)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number)
        row.addWidget(self.unit)
        self.setFocusProxy(self.number)

    def set_minutes(self, minutes: int) -> None:
        """Shown in the largest unit that divides it evenly (240 min -> 4 hours)."""
        factor = max(f for _c, f in UNITS if minutes % f == 0)
        self.unit.setCurrentIndex(self.unit.findData(factor))
        self.number.setValue(minutes // factor)

    def minutes(self) -> int:
        return self.number.value() * int(self.unit.currentData())


class RepairsSettingsPage(QWidget):
    """Deadlines per urgency and the category list; read-only for non-administrators."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("repairsSettingsPage")
        self.can_edit = user.can(people.MANAGE_SETTINGS)
        layout = QVBoxLayout(self)
        if not self.can_edit:
            note = QLabel(self.tr("Only an administrator can change these settings."))
            note.setObjectName("readOnlyNote")
            layout.addWidget(note)
        layout.addWidget(self._deadlines_box())
        layout.addWidget(self._categories_box(), 1)
        self.reload()

    # --- deadlines ------------------------------------------------------------------

    def _deadlines_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Deadlines (from the report time; nights and holidays count)"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Accept within")), 0, 1)
        grid.addWidget(QLabel(self.tr("Complete within")), 0, 2)
        self.deadline_edits: dict[str, tuple[DurationEdit, DurationEdit]] = {}
        for row, (text, code) in enumerate(labels.choices(repairs.URGENCY_LABELS), start=1):
            accept = DurationEdit(f"{code}_accept", box)
            complete = DurationEdit(f"{code}_complete", box)
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(accept, row, 1)
            grid.addWidget(complete, row, 2)
            self.deadline_edits[code] = (accept, complete)
            for edit in (accept, complete):
                edit.setEnabled(self.can_edit)
        self.deadline_banner = error_banner()
        self.deadline_banner.setObjectName("deadlineError")
        self.deadline_saved = QLabel()
        self.deadline_saved.setObjectName("deadlineSaved")
        self.save_deadlines_button = QPushButton(self.tr("Save deadlines"))
        self.save_deadlines_button.setObjectName("saveDeadlines")
        self.save_deadlines_button.setEnabled(self.can_edit)
        self.save_deadlines_button.clicked.connect(self.save_deadlines)
        bottom = QHBoxLayout()
        bottom.addWidget(self.deadline_saved, 1)
        bottom.addWidget(self.save_deadlines_button)
        rows = len(self.deadline_edits) + 1
        grid.addWidget(self.deadline_banner, rows, 0, 1, 4)
        grid.addLayout(bottom, rows + 1, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        return box

    def save_deadlines(self) -> bool:
        """Both urgencies together, or neither."""
        self.deadline_banner.hide()
        self.deadline_saved.clear()
        try:
            with dbmod.database.atomic():
                for code, (accept, complete) in self.deadline_edits.items():
                    current = repairs.deadlines(code)
                    if (current.accept_minutes, current.complete_minutes) != (
                            accept.minutes(), complete.minutes()):
                        repairs.set_deadlines(code, accept.minutes(), complete.minutes(),
                                              by=self.user)
        except DomainError as exc:
            self.deadline_banner.setText(error_text(exc))
            self.deadline_banner.show()
            return False
        self.deadline_saved.setText(self.tr("Saved. New orders get these deadlines."))
        self.reload_deadlines()
        return True

    def reload_deadlines(self) -> None:
        for code, (accept, complete) in self.deadline_edits.items():
            current = repairs.deadlines(code)
            accept.set_minutes(current.accept_minutes)
            complete.set_minutes(current.complete_minutes)

    # --- categories -----------------------------------------------------------------

    def _categories_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Repair categories"))
        self.categories = QTableWidget(0, 2)
        self.categories.setObjectName("categories")
        self.categories.setHorizontalHeaderLabels([self.tr("Category"), self.tr("In use")])
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categories.verticalHeader().hide()
        self.categories.verticalHeader().setDefaultSectionSize(
            self.categories.fontMetrics().height() + 8)
        header = self.categories.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.categories.itemActivated.connect(lambda _i: self.rename_category())
        buttons = QVBoxLayout()
        self.category_buttons = {}
        for name, text, slot in (
            ("add", self.tr("Add…"), self.add_category),
            ("rename", self.tr("Rename…"), self.rename_category),
            ("toggle", self.tr("In use / not in use"), self.toggle_category),
            ("up", self.tr("Move up"), lambda: self.move_category(-1)),
            ("down", self.tr("Move down"), lambda: self.move_category(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(f"category_{name}")
            button.setEnabled(self.can_edit)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.category_buttons[name] = button
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(self.categories, 1)
        row.addLayout(buttons)
        return box

    def reload_categories(self, select_id: int | None = None) -> None:
        cats = repairs.categories(active_only=False)
        self.categories.setRowCount(len(cats))
        for row, cat in enumerate(cats):
            name = QTableWidgetItem(cat.name)
            name.setData(Qt.ItemDataRole.UserRole, cat.id)
            used = QTableWidgetItem(self.tr("Yes") if cat.active else self.tr("No"))
            if not cat.active:
                name.setForeground(Qt.GlobalColor.gray)
                used.setForeground(Qt.GlobalColor.gray)
            self.categories.setItem(row, 0, name)
            self.categories.setItem(row, 1, used)
            if cat.id == select_id:
                self.categories.selectRow(row)

    def reload(self) -> None:
        self.reload_deadlines()
        self.reload_categories()

    def selected_category(self) -> repairs.RepairCategory | None:
        row = self.categories.currentRow()
        item = self.categories.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        return repairs.RepairCategory.get_or_none(
            repairs.RepairCategory.id == item.data(Qt.ItemDataRole.UserRole))

    def _name_form(self, title: str, on_save, name: str = "") -> bool:
        fields = [FieldSpec("name", self.tr("Name"), required=True, max_length=20)]
        form = RecordForm(title, fields, on_save, self, values={"name": name})
        form.setObjectName("categoryForm")
        try:
            saved = forms.run_dialog(form)
            record = form.result_record
        finally:
            form.deleteLater()
        if saved and record is not None:
            self.reload_categories(record.id)
        return saved

    def add_category(self) -> bool:
        return self._name_form(self.tr("New repair category"),
                               lambda v: repairs.save_category(self.user, v["name"]))

    def rename_category(self) -> bool:
        cat = self.selected_category()
        if cat is None:
            return False
        return self._name_form(
            self.tr("Rename repair category"),
            lambda v: repairs.save_category(self.user, v["name"], cat.id, cat.active),
            cat.name)

    def _save(self, cat: repairs.RepairCategory, **changes) -> bool:
        values = {"name": cat.name, "category_id": cat.id, "active": cat.active,
                  "sort_order": cat.sort_order, **changes}
        try:
            saved = repairs.save_category(self.user, **values)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload_categories(saved.id)
        return True

    def toggle_category(self) -> bool:
        cat = self.selected_category()
        return cat is not None and self._save(cat, active=not cat.active)

    def move_category(self, step: int) -> bool:
        """Swap places with the neighbour (the order of the new-order form's list)."""
        cat = self.selected_category()
        cats = repairs.categories(active_only=False)
        if cat is None:
            return False
        at = [c.id for c in cats].index(cat.id)
        other_at = at + step
        if not 0 <= other_at < len(cats):
            return False
        try:
            with dbmod.database.atomic():
                for position, item in enumerate(cats):
                    order = position
                    if position == at:
                        order = other_at
                    elif position == other_at:
                        order = at
                    if item.sort_order != order:
                        repairs.save_category(self.user, item.name, item.id, item.active, order)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload_categories(cat.id)
        return True
