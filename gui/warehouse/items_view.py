"""Items (物品档案): the storekeeper's master list, its categories, each item's ledger, the import.

The list shows what is on hand and what it is worth; items under their safety
stock are red, items no longer in use grey. The storekeeper adds and corrects
items, keeps the category list, and imports a whole item list (with opening
balances) from the import template: a file with a bad row is refused whole,
and every bad row is listed with its row number.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock, warehouse
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal
from ..widgets.import_files import ImportProblemsDialog, ask_open_path, ask_save_path
from ..widgets.list_view import ListView, RereadWhenShownAgain
from ..widgets.named_list_editor import NamedListEditor
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.tables import record_table
from ..widgets.toolbar import Entry, enable_steps, text_toolbar, view_shortcut
from ..widgets.worker import run_with_progress
from . import words

Item = warehouse.Item
STEPS = warehouse.ITEM_STEPS
_s = warehouse.steps
NEW, EDIT, LEDGER, CATEGORIES, TEMPLATE, IMPORT = (
    _s.NEW, _s.EDIT, _s.LEDGER, _s.CATEGORIES, _s.TEMPLATE, _s.IMPORT)


def row_style(values: dict[str, Any]) -> QColor | None:
    """Items no longer in use grey; items under their safety stock red."""
    if not values.get("active"):
        return QColor(words.GREY)
    qty, safety = float(values.get("qty") or 0), float(values.get("safety_stock") or 0)
    return QColor(words.RED) if safety > 0 and qty < safety else None


def _complete(editor: QWidget, values: list[str]) -> None:
    if isinstance(editor, QLineEdit):
        completer = QCompleter(QStringListModel(values, editor), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)


class ItemsView(RereadWhenShownAgain, QWidget):
    """物品: the list with its filters, and the storekeeper's steps on it."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("itemsView")
        self.list = ListView(warehouse.ITEM_LIST, self, row_style=row_style)
        self.list.setObjectName("itemList")
        self._add_filters()
        self.list.activated.connect(self.open_item)
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions())

        entries: list[Entry] = [
            (NEW, self.tr("New item"), self.tr("Add an item to the list (Ctrl+N)"),
             self.new_item),
            (EDIT, self.tr("Edit…"), self.tr("Correct the selected item (Enter)"),
             lambda: self.edit_item(self.list.current_id())),
            (LEDGER, self.tr("Ledger…"),
             self.tr("The item's ledger (物料帐): every movement with the running balance"),
             lambda: self.show_ledger(self.list.current_id())),
            (CATEGORIES, self.tr("Categories…"), self.tr("Add, rename or retire item categories"),
             self.edit_categories),
            (TEMPLATE, self.tr("Download import template…"),
             self.tr("Save the spreadsheet to fill in for an import"), self.download_template),
            (IMPORT, self.tr("Import from .xlsx…"),
             self.tr("Add the items of a filled-in import template, with their opening stock"),
             self.import_items),
        ]
        self.toolbar, self.qactions = text_toolbar(self, "itemsToolbar", entries,
                                                   separate_after=(LEDGER, CATEGORIES))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    # --- filters ----------------------------------------------------------------------

    def _add_filters(self) -> None:
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.list.add_filter_widget("", self.category_filter, "category")
        self.location_filter = QComboBox(self)
        self.location_filter.setObjectName("locationFilter")
        self.list.add_filter_widget("", self.location_filter, "location")
        self.fill_filters()
        self.low_filter = QCheckBox(self.tr("Below safety stock"), self)
        self.low_filter.setObjectName("lowFilter")
        self.list.add_filter_widget("", self.low_filter, "low")
        self.active_filter = QCheckBox(self.tr("In use only"), self)
        self.active_filter.setObjectName("activeFilter")
        self.list.add_filter_widget("", self.active_filter, "active")

    def fill_filters(self) -> None:
        """The category and location lists (again, after categories or items changed)."""
        for combo, first, entries in (
            (self.category_filter, self.tr("All categories"),
             [(c.name, c.id) for c in warehouse.categories(active_only=False)]),
            (self.location_filter, self.tr("All locations"),
             [(loc, loc) for loc in warehouse.item_locations()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, value in entries:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    # --- selection --------------------------------------------------------------------

    def update_actions(self) -> None:
        enable_steps(self.qactions, STEPS.allowed(self.user, self.current_item()))

    def current_item(self) -> Item | None:
        item_id = self.list.current_id()
        if item_id is None:
            return None
        try:
            return warehouse.get_item(item_id)
        except DomainError:
            return None

    def refresh(self) -> None:
        self.fill_filters()
        self.list.refresh()
        self.update_actions()

    def _changed(self, item_id: int | None = None) -> None:
        self.refresh()
        if item_id is not None:
            self.list.select_id(item_id)

    def _permitted(self, step: str) -> bool:
        try:
            STEPS.require_permission(self.user, step)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    # --- items ------------------------------------------------------------------------

    def item_form(self, item: Item | None = None) -> RecordForm:
        f = words.field_text
        categories = [(c.name, c.id) for c in warehouse.categories()]
        if item is not None and all(cid != item.category_id for _n, cid in categories):
            categories.append((item.category.name, item.category_id))
        fields = [
            FieldSpec("code", f("code"), required=True, field=Item.code),
            FieldSpec("name", f("name"), required=True, field=Item.name),
            FieldSpec("spec", f("spec"), field=Item.spec,
                      placeholder=self.tr("e.g. M4×20, DN20")),
            FieldSpec("unit", f("unit"), required=True, field=Item.unit,
                      placeholder=self.tr("e.g. 个, 盒, 米"),
                      tooltip=self.tr("Fixed once stock has moved")),
            FieldSpec("category", f("category"), "combo", required=True, choices=categories),
            FieldSpec("location", f("location"), field=Item.location,
                      placeholder=self.tr("Shelf, e.g. A-01")),
            FieldSpec("safety_stock", f("safety_stock"), "decimal", decimals=3,
                      tooltip=self.tr("Below this the item is red and goes on a request "
                                      "drafted from low stock")),
            FieldSpec("active", f("active"), "check"),
        ]
        if item is None:
            title, values = self.tr("New item"), {"active": True}

            def save(v: dict) -> Item:
                return warehouse.create_item(v, by=self.user)
        else:
            title = self.tr("Item {code}").format(code=item.code)
            values = {key: getattr(item, key) for key in
                      ("code", "name", "spec", "unit", "location", "safety_stock", "active")}
            values["category"] = item.category_id

            def save(v: dict) -> Item:
                return warehouse.update_item(item.id, v, by=self.user)

        intro = "" if item is None else self.tr(
            "On hand: {qty}, worth {value} yuan.").format(
            qty=words.qty_text(item.qty, item.unit), value=words.money_text(item.value))
        form = RecordForm(title, fields, save, self, values=values, intro=intro)
        form.setObjectName("itemForm")
        _complete(form.fields["unit"].editor, warehouse.item_units())
        _complete(form.fields["location"].editor, warehouse.item_locations())
        return form

    def _run_item_form(self, form: RecordForm) -> Item | None:
        item = modal.run_form(form)
        if item is not None:
            self._changed(item.id)
            return item
        return None

    def new_item(self) -> Item | None:
        if not self._permitted(NEW):
            return None
        return self._run_item_form(self.item_form())

    def edit_item(self, item_id: int | None) -> Item | None:
        if item_id is None or not self._permitted(EDIT):
            return None
        try:
            item = warehouse.get_item(item_id)
        except DomainError as exc:
            show_error(self, exc)
            return None
        return self._run_item_form(self.item_form(item))

    def open_item(self, item_id: int) -> None:
        """Enter / double-click: the storekeeper corrects the item; others read its ledger."""
        if STEPS.permits(self.user, EDIT):
            self.edit_item(item_id)
        else:
            self.show_ledger(item_id)

    def show_ledger(self, item_id: int | None) -> None:
        if item_id is None:
            return
        try:
            dialog = ItemLedgerDialog(item_id, self)
        except DomainError as exc:
            show_error(self, exc)
            return
        try:
            modal.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def edit_categories(self) -> None:
        if not self._permitted(CATEGORIES):
            return
        dialog = CategoriesDialog(self.user, self)
        try:
            modal.run_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.refresh()

    # --- the spreadsheet ----------------------------------------------------------------

    def download_template(self) -> str | None:
        from reports.warehouse import write_import_template

        path = ask_save_path(self, self.tr("Save the import template"), "物品导入模板.xlsx")
        if not path:
            return None
        try:
            write_import_template(path)
        except (DomainError, OSError) as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(
            self, self.tr("Import template"),
            self.tr("The template is saved as {path}.\n\nFill in one item per row (the second "
                    "sheet explains the columns), then import it here.").format(path=path))
        return path

    def import_items(self) -> list[Item] | None:
        """导入: read the workbook and import it in a worker; a refused file lists every bad row."""
        from reports.warehouse import read_import_workbook

        if not self._permitted(IMPORT):
            return None
        path = ask_open_path(self, self.tr("Import items from a workbook"))
        if not path:
            return None
        user = self.user
        try:
            items = run_with_progress(
                self, self.tr("Importing items…"),
                lambda _progress: warehouse.import_items(read_import_workbook(path), by=user),
                cancellable=False)
        except warehouse.ImportRefused as exc:
            dialog = ImportProblemsDialog(Path(path).name, exc, warehouse.IMPORT_COLUMNS, self)
            try:
                modal.run_dialog(dialog)
            finally:
                dialog.deleteLater()
            return None
        except DomainError as exc:
            show_error(self, exc)
            return None
        if items is None:
            return None
        self._changed(items[0].id if items else None)
        QMessageBox.information(self, self.tr("Import"),
                                self.tr("%n item(s) imported from {file}.", "", len(items))
                                .format(file=Path(path).name))
        return items


# --- dialogs ----------------------------------------------------------------------------


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


class ItemLedgerDialog(QDialog):
    """物料帐: an item's movements in a span of days, with the balance after each."""

    def __init__(self, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemLedgerDialog")
        self.item = item = warehouse.get_item(item_id)
        self.setWindowTitle(self.tr("Ledger of {code} {name}").format(code=item.code,
                                                                     name=item.name))
        self.resize(980, 600)
        heading = QLabel(self.tr("<b>{code} {name}</b> {spec} — on hand {qty}, worth {value} "
                                 "yuan, average cost {cost}").format(
            code=html.escape(item.code), name=html.escape(item.name),
            spec=html.escape(item.spec), qty=html.escape(words.qty_text(item.qty, item.unit)),
            value=words.money_text(item.value), cost=f"{item.average_cost:f}"))
        heading.setObjectName("ledgerHeading")
        today = clock.today()
        start = (today.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
        self.date_from = self._date_edit(start, "ledgerFrom")
        self.date_to = self._date_edit(today, "ledgerTo")
        span = QHBoxLayout()
        span.addWidget(QLabel(self.tr("From")))
        span.addWidget(self.date_from)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.date_to)
        span.addStretch(1)
        self.table = record_table([self.tr("Time"), self.tr("Kind"), self.tr("Document"),
                             self.tr("In"), self.tr("Out"), self.tr("Unit cost"),
                             self.tr("Amount"), self.tr("Balance"), self.tr("Balance value")],
                            "ledgerTable")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(span)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self.reload())
        return edit

    def reload(self) -> None:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        opening_qty, opening_value, lines = warehouse.item_ledger(self.item.id, start, end)
        unit = self.item.unit
        rows = [["", self.tr("Brought forward"), "", "", "", "", "",
                 words.qty_text(opening_qty, unit), words.money_text(opening_value)]]
        total_in = total_out = 0
        for line in lines:
            entry = line.entry
            qty_in = entry.qty if entry.qty > 0 else None
            qty_out = -entry.qty if entry.qty < 0 else None
            total_in += qty_in or 0
            total_out += qty_out or 0
            rows.append([words.time_text(entry.at), words.kind_text(entry.kind),
                         entry.doc_number, words.qty_text(qty_in), words.qty_text(qty_out),
                         f"{entry.unit_cost:f}", words.money_text(abs(entry.amount)),
                         words.qty_text(line.balance_qty, unit),
                         words.money_text(line.balance_value)])
        rows.append(["", self.tr("Total of the span"), "", words.qty_text(total_in),
                     words.qty_text(total_out), "", "", "", ""])
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, _cell(text, right=c >= 3))


class CategoriesDialog(QDialog):
    """物品类别: add, rename, in use / not in use, order (as the repair categories are kept)."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemCategoriesDialog")
        self.setWindowTitle(self.tr("Item categories"))
        self.resize(460, 420)
        self.editor = NamedListEditor(
            user, lambda: warehouse.categories(active_only=False), warehouse.save_category,
            warehouse.move_category, name_field=warehouse.ItemCategory.name,
            name_column=self.tr("Category"), new_title=self.tr("New item category"),
            rename_title=self.tr("Rename item category"), table_name="categories",
            entry_name="category", parent=self)
        for button in self.editor.buttons.values():
            button.setAutoDefault(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(close)
