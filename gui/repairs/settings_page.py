"""The repairs page of the Settings dialog (administrators): deadlines and categories.

Deadlines (时限) per urgency, one row per step: how long the office has to dispatch (from
the report), engineering to accept and to complete (from the report; orders registered
afterwards get these and keep them), the office to check the work (from its completion)
and to call the customer back (from the check).
Categories (报修类别): add, rename, take out of use (old orders keep theirs).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import repairs
from models.errors import DomainError
from models.people import User

from ..errors import error_text
from ..widgets.fields import error_banner
from ..widgets.named_list_editor import NamedListEditor
from . import labels

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
        allowed = repairs.SETTINGS_STEPS.allowed(user)
        self.can_edit = repairs.steps.DEADLINES in allowed
        self.can_edit_categories = repairs.steps.CATEGORIES in allowed
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
        """One row per step in the order's life, one column per urgency."""
        box = QGroupBox(self.tr("Deadlines (calendar time: nights and holidays count)"))
        grid = QGridLayout(box)
        rows = [
            ("dispatch", self.tr("Dispatch within (from the report)")),
            ("accept", self.tr("Accept within (from the report)")),
            ("complete", self.tr("Complete within (from the report)")),
            ("check", self.tr("Check within (from the completion)")),
            ("call_back", self.tr("Call back within (from the check)")),
        ]
        urgencies = labels.choices(repairs.URGENCY_LABELS)
        for column, (text, _code) in enumerate(urgencies, start=1):
            grid.addWidget(QLabel(text), 0, column)
        edits: dict[tuple[str, str], DurationEdit] = {}
        for row, (step, caption) in enumerate(rows, start=1):
            grid.addWidget(QLabel(caption), row, 0)
            for column, (_text, code) in enumerate(urgencies, start=1):
                edit = DurationEdit(f"{code}_{step}", box)
                edit.setEnabled(self.can_edit)
                grid.addWidget(edit, row, column)
                edits[code, step] = edit
        # engineering's (kept on each order at registration) and the office's own
        self.deadline_edits: dict[str, tuple[DurationEdit, DurationEdit]] = {
            code: (edits[code, "accept"], edits[code, "complete"]) for _t, code in urgencies}
        self.office_edits: dict[str, tuple[DurationEdit, DurationEdit, DurationEdit]] = {
            code: tuple(edits[code, step] for step in repairs.OFFICE_STEPS)
            for _t, code in urgencies}
        note = QLabel(self.tr("Accepting and completing: new orders get these and keep them. "
                              "Dispatching, checking and calling back: every order is counted "
                              "against them at once."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
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
        last = len(rows) + 1
        grid.addWidget(note, last, 0, 1, 4)
        grid.addWidget(self.deadline_banner, last + 1, 0, 1, 4)
        grid.addLayout(bottom, last + 2, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        return box

    def save_deadlines(self) -> bool:
        """Every deadline of both urgencies together, or none."""
        self.deadline_banner.hide()
        self.deadline_saved.clear()
        wanted = {code: (accept.minutes(), complete.minutes())
                  for code, (accept, complete) in self.deadline_edits.items()}
        office = {code: tuple(edit.minutes() for edit in edits)
                  for code, edits in self.office_edits.items()}
        try:
            repairs.save_deadlines(wanted, by=self.user, office=office)
        except DomainError as exc:
            self.deadline_banner.setText(error_text(exc))
            self.deadline_banner.show()
            return False
        self.deadline_saved.setText(self.tr("Saved."))
        self.reload_deadlines()
        return True

    def reload_deadlines(self) -> None:
        for code, (accept, complete) in self.deadline_edits.items():
            current = repairs.deadlines(code)
            accept.set_minutes(current.accept_minutes)
            complete.set_minutes(current.complete_minutes)
        for code, edits in self.office_edits.items():
            office = repairs.office_deadlines(code)
            for step, edit in zip(repairs.OFFICE_STEPS, edits, strict=True):
                edit.set_minutes(getattr(office, f"{step}_minutes"))

    # --- categories -----------------------------------------------------------------

    def _categories_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Repair categories"))
        self.categories = NamedListEditor(
            self.user, lambda: repairs.categories(active_only=False), repairs.save_category,
            repairs.move_category, name_field=repairs.RepairCategory.name,
            name_column=self.tr("Category"), new_title=self.tr("New repair category"),
            rename_title=self.tr("Rename repair category"), table_name="categories",
            entry_name="category", editable=self.can_edit_categories, parent=box)
        QVBoxLayout(box).addWidget(self.categories)
        return box

    def reload(self) -> None:
        self.reload_deadlines()
        self.categories.reload()
