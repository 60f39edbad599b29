"""The editor of a list of names kept in models.named_lists (repair categories, item categories).

Entries are never deleted, since old records name them: the editor adds one,
renames one, takes one out of use (or back into use), and moves one up or
down (the order of the lists the forms offer). Every change is ONE call of
the list's own save or move operation, which checks the user's role and
writes in one transaction; a refusal is shown and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import DomainError
from models.people import User

from ..errors import show_error
from . import modal
from .record_form import FieldSpec, RecordForm
from .tables import record_table

# save(by, name, entry id or None for a new one, active, sort order or None to keep it)
SaveEntry = Callable[[User, str, int | None, bool, int | None], Any]
# move(by, entry id, -1 up or 1 down) -> the entry moved, or None when it is at that end
MoveEntry = Callable[[User, int, int], Any]


class NamedListEditor(QWidget):
    """The names in a table (name, in use) with Add, Rename, In use / not in use, Move up/down.

    ``entries()`` gives every entry, in use or not, in the list's order (each with
    id, name, active, sort_order); ``save`` and ``move`` are the list's operations,
    ``name_field`` the model's name field (its length is the name's limit).
    ``name_column``, ``new_title`` and ``rename_title`` say what the names are.
    The table is named ``table_name``; the buttons ``<entry_name>_add`` …, and the
    name form ``<entry_name>Form``. A user who may not change the list
    (``editable`` False) sees the names with the buttons disabled.
    """

    def __init__(self, user: User, entries: Callable[[], Sequence[Any]], save: SaveEntry,
                 move: MoveEntry, *, name_field: Any, name_column: str, new_title: str,
                 rename_title: str, table_name: str, entry_name: str, editable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.entries = entries
        self.save_entry = save
        self.move_entry = move
        self.new_title, self.rename_title = new_title, rename_title
        self.entry_name = entry_name
        self.name_field = name_field
        self.table = record_table([name_column, self.tr("In use")], table_name)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _i: self.rename())
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", self.tr("Add…"), self.add),
            ("rename", self.tr("Rename…"), self.rename),
            ("toggle", self.tr("In use / not in use"), self.toggle),
            ("up", self.tr("Move up"), lambda: self.move(-1)),
            ("down", self.tr("Move down"), lambda: self.move(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{entry_name}_{key}")
            button.setEnabled(editable)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again; ``select_id``'s row is selected."""
        entries = self.entries()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            name = QTableWidgetItem(entry.name)
            name.setData(Qt.ItemDataRole.UserRole, entry.id)
            used = QTableWidgetItem(self.tr("Yes") if entry.active else self.tr("No"))
            if not entry.active:
                name.setForeground(Qt.GlobalColor.gray)
                used.setForeground(Qt.GlobalColor.gray)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, used)
            if entry.id == select_id:
                self.table.selectRow(row)

    def selected(self) -> Any | None:
        """The entry of the selected row, as it is now in the file."""
        cell = self.table.item(self.table.currentRow(), 0)
        if cell is None:
            return None
        entry_id = cell.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries() if e.id == entry_id), None)

    def _name_form(self, title: str, on_save: Callable[[dict], Any], name: str = "") -> bool:
        fields = [FieldSpec("name", self.tr("Name"), required=True, field=self.name_field)]
        form = RecordForm(title, fields, on_save, self, values={"name": name})
        form.setObjectName(f"{self.entry_name}Form")
        record = modal.run_form(form)
        if record is not None:
            self.reload(record.id)
        return record is not None

    def add(self) -> bool:
        return self._name_form(self.new_title,
                               lambda v: self.save_entry(self.user, v["name"], None, True, None))

    def rename(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        return self._name_form(
            self.rename_title,
            lambda v: self.save_entry(self.user, v["name"], entry.id, entry.active, None),
            entry.name)

    def toggle(self) -> bool:
        """In use / not in use: a list no longer offers an entry not in use."""
        entry = self.selected()
        if entry is None:
            return False
        try:
            saved = self.save_entry(self.user, entry.name, entry.id, not entry.active,
                                    entry.sort_order)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload(saved.id)
        return True

    def move(self, step: int) -> bool:
        """Swap places with the neighbour ``step`` away (-1 up, 1 down): the list's move
        operation, one transaction."""
        entry = self.selected()
        if entry is None:
            return False
        try:
            moved = self.move_entry(self.user, entry.id, step)
        except DomainError as exc:
            show_error(self, exc)
            return False
        if moved is None:  # already at that end
            return False
        self.reload(entry.id)
        return True
