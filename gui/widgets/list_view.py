"""The list every tab shows (列表): a filter bar, a table sorted in SQL, a row count, export.

A tab builds one ``ListView(spec)``, listens to ``activated(record_id)`` to
open a record, and may add its own filter widgets. Column widths, order and
hidden columns are remembered per desk under ``lists/<spec name>/header``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import clock, listing
from models.listing import ListFilter, ListSpec
from reports import xlsx

from ..desk import desk_settings
from .table_model import ListModel, RowStyle, format_cell, tr

SEARCH_DELAY_MS = 250


class RereadWhenShownAgain:
    """Mixin for a view holding a list: each time it is shown again (the clerk comes back
    to it, and another view may have changed what it lists), ``refresh()`` runs.

    Put it before QWidget in the bases; the class gives ``refresh()``.
    """

    _shown_before = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[misc]
        if self._shown_before:
            self.refresh()  # type: ignore[attr-defined]
        self._shown_before = True


class ListView(QWidget):
    """A filterable, sortable list over a ListSpec; see the module docstring."""

    activated = Signal(int)  # record id: double-click or Enter
    currentChanged = Signal(object)  # record id or None

    def __init__(
        self,
        spec: ListSpec,
        parent: QWidget | None = None,
        *,
        row_style: RowStyle | None = None,
        page_size: int = 200,
        async_count: bool = True,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.model = ListModel(spec, self, page_size=page_size, row_style=row_style,
                               async_count=async_count)
        self._extras: dict[str, Callable[[], Any]] = {}
        self._extra_widgets: dict[str, QWidget] = {}  # by key, for show_filter
        self._resets: list[Callable[[], None]] = []
        self._extra_labels: list[tuple[str, QWidget]] = []
        self._restoring = False

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self._build_filter_bar()
        self._build_table()
        self.count_label = QLabel(self)
        self.model.totalChanged.connect(self._show_total)
        self._show_total(self.model.total())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_bar)
        layout.addLayout(self.extra_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # --- building --------------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        bar = self.filter_bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        bar.addWidget(self.search, 2)

        self.date_check = QCheckBox(self.tr("Dates"), self)
        self.date_check.setToolTip(self.tr("Unticked: all dates"))
        today = QDate(clock.today())
        self.date_from = self._date_edit(QDate(today.year(), today.month(), 1))
        self.date_to = self._date_edit(today)
        self.date_check.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        if self.spec.date_field is not None:
            bar.addWidget(self.date_check)
            bar.addWidget(self.date_from)
            bar.addWidget(QLabel("–", self))
            bar.addWidget(self.date_to)
        else:
            for widget in (self.date_check, self.date_from, self.date_to):
                widget.hide()

        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for code, label in listing.status_choices(self.spec, QCoreApplication.translate):
            self.status_combo.addItem(label, code)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        if self.spec.statuses and self.spec.status_field is not None:
            bar.addWidget(self.status_combo)
        else:
            self.status_combo.hide()

        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        # A tab's own filters go on a second row, so a narrow window still fits the bar.
        self.extra_bar = QHBoxLayout()
        self.extra_bar.addStretch(1)
        self._extra_at = 0

    def _date_edit(self, date: QDate) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self.apply_filter())
        return edit

    def _build_table(self) -> None:
        table = self.table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        rows.hide()
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for i, column in enumerate(self.spec.columns):
            header.resizeSection(i, column.width)
            header.setSectionHidden(i, not column.visible)
        section, order = self.model.sort_section()
        header.setSortIndicator(section, order)
        self._restore_layout()
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.setSortingEnabled(True)
        for signal in (header.sectionResized, header.sectionMoved):
            signal.connect(lambda *_args: self.save_layout())
        table.doubleClicked.connect(self._double_clicked)
        table.installEventFilter(self)
        table.selectionModel().currentRowChanged.connect(
            lambda *_args: self.currentChanged.emit(self.current_id()))
        self.model.modelReset.connect(lambda: self.currentChanged.emit(self.current_id()))

    # --- filter ----------------------------------------------------------------------

    def add_filter_widget(self, label: str, widget: QWidget, key: str | None = None,
                          value: Callable[[], Any] | None = None) -> None:
        """Put a tab's own filter into the bar; its value goes to ListFilter.extra[key].

        ``label`` is already translated. Without ``value`` the widget's own value is
        read (combo: currentData, line edit: text, check box: checked, date edit: date).
        """
        at = self._extra_at
        if label:
            caption = QLabel(label, self)
            self.extra_bar.insertWidget(at, caption)
            at += 1
        self.extra_bar.insertWidget(at, widget)
        self._extra_at = at + 1
        self._extra_labels.append((label, widget))
        if key is None:
            return
        self._extras[key] = value or _value_reader(widget)
        self._extra_widgets[key] = widget
        for signal_name, reset in _change_signals(widget):
            getattr(widget, signal_name).connect(lambda *_args: self._extra_changed(widget))
            self._resets.append(reset)

    def _extra_changed(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            self._debounce.start()
        else:
            self.apply_filter()

    def current_filter(self) -> ListFilter:
        """The filter the bar describes now."""
        use_dates = self.date_check.isChecked() and self.spec.date_field is not None
        return ListFilter(
            text=self.search.text().strip(),
            date_from=self.date_from.date().toPython() if use_dates else None,
            date_to=self.date_to.date().toPython() if use_dates else None,
            status=self.status_combo.currentData(),
            extra={key: read() for key, read in self._extras.items()},
        )

    def apply_filter(self) -> None:
        """Re-query with the bar's filter now (the search box waits for a pause in typing)."""
        self._debounce.stop()
        if self.current_filter() != self.model.filter():
            remembered = self.current_id()
            # a word found in few rows makes SQLite read the whole table: show that it works
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.model.set_filter(self.current_filter())
            finally:
                QApplication.restoreOverrideCursor()
            self._reselect(remembered)

    def clear_filters(self) -> None:
        """清除: back to every row."""
        for widget in (self.search, self.date_check, self.status_combo,
                       *(w for _label, w in self._extra_labels)):
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.date_check.setChecked(False)
            self._dates_toggled(False)
            self.status_combo.setCurrentIndex(0)
            for reset in self._resets:
                reset()
        finally:
            for widget in (self.search, self.date_check, self.status_combo,
                           *(w for _label, w in self._extra_labels)):
                widget.blockSignals(False)
        self.apply_filter()

    def show_filter(self, flt: ListFilter) -> None:
        """The bar set to ``flt`` (what it does not name cleared) and the list read with it:
        a counter's link opens its list this way, the filter in view."""
        widgets = [self.search, self.date_check, self.date_from, self.date_to,
                   self.status_combo, *(w for _label, w in self._extra_labels)]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.setText(flt.text)
            for reset in self._resets:
                reset()
            dated = flt.date_from is not None and self.spec.date_field is not None
            self.date_check.setChecked(dated)
            self._dates_toggled(dated)
            if dated:
                self.date_from.setDate(flt.date_from)
                self.date_to.setDate(flt.date_to or flt.date_from)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(flt.status)))
            for key, value in flt.extra.items():
                _set_value(self._extra_widgets[key], value)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filter()
        # the row kept selected across the new filter is re-selected after the reset said
        # "none": say which it is, so the steps follow it
        self.currentChanged.emit(self.current_id())

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if self.sender() is self.date_check:
            self.apply_filter()

    def filter_description(self) -> str:
        """The filter in words, for the printed list's 筛选条件 line (blank: everything)."""
        flt = self.current_filter()
        parts = []
        if flt.text:
            parts.append(self.tr("Search: {text}").format(text=flt.text))
        if flt.date_from is not None:
            parts.append(self.tr("Dates: {start} – {end}").format(
                start=flt.date_from.isoformat(), end=flt.date_to.isoformat()))
        if flt.status is not None:
            parts.append(self.tr("Status: {status}").format(
                status=self.status_combo.currentText()))
        for label, widget in self._extra_labels:
            text = _shown_text(widget)
            if text:
                parts.append(f"{label} {text}" if label else text)
        return self.tr("; ").join(parts)

    # --- rows ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (after a save elsewhere), keeping the current record selected."""
        remembered = self.current_id()
        self.model.refresh()
        self._reselect(remembered)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_id(index.row())

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_id(r) for r in rows]

    def select_id(self, record_id: int) -> bool:
        """Select the row of ``record_id`` if it has been fetched; False otherwise."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def select_only(self, record_id: int) -> bool:
        """Make ``record_id`` the one selected and current row, if it has been fetched.

        Not QTableView.selectRow: that toggles the row while Ctrl is still held down
        from the Ctrl+S or Ctrl+Enter that saved the record."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _reselect(self, record_id: int | None) -> None:
        if record_id is not None:
            self.select_id(record_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.model.row_id(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            record_id = self.current_id()
            if record_id is not None:
                self.activated.emit(record_id)
                return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            # Ctrl+Tab is the nearest tabs' key (a tab's sub-views), never the next cell's:
            # the table would move its cursor and keep the key once it has rows.
            QCoreApplication.sendEvent(self, event)  # on up to the tabs, as an unused key goes
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _show_total(self, total: int) -> None:
        if total < 0:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(self.tr("%n row(s)", "", total))

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(self.spec.columns) and not self.spec.columns[section].sortable:
            current, current_order = self.model.sort_section()
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, current_order)
            header.blockSignals(False)
        self.save_layout()

    # --- columns ---------------------------------------------------------------------

    def visible_columns(self) -> list[int]:
        """Logical indexes of the shown columns, in the order the clerk arranged them."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [i for i in logical if not header.isSectionHidden(i)]

    def visible_keys(self) -> list[str]:
        return [self.spec.columns[i].key for i in self.visible_columns()]

    def visible_headers(self) -> list[str]:
        """The shown columns' headers in the desk's language."""
        return [tr(self.spec.columns[i].header) for i in self.visible_columns()]

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        shown = self.visible_columns()
        for i, column in enumerate(self.spec.columns):
            action = menu.addAction(tr(column.header))
            action.setCheckable(True)
            action.setChecked(i in shown)
            action.setEnabled(not (i in shown and len(shown) == 1))
            action.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self.save_layout()

    def _layout_keys(self) -> tuple[str, str]:
        return f"lists/{self.spec.name}/header", f"lists/{self.spec.name}/columns"

    def save_layout(self) -> None:
        """Remember widths, order, hidden columns and sort for this desk."""
        if self._restoring:
            return
        state_key, columns_key = self._layout_keys()
        settings = desk_settings()
        settings.setValue(state_key, self.table.horizontalHeader().saveState())
        settings.setValue(columns_key, ",".join(c.key for c in self.spec.columns))

    def _restore_layout(self) -> None:
        state_key, columns_key = self._layout_keys()
        settings = desk_settings()
        state = settings.value(state_key)
        same_columns = settings.value(columns_key) == ",".join(c.key for c in self.spec.columns)
        if state is None or not same_columns:  # a list that gained columns starts afresh
            return
        self._restoring = True
        try:
            self.table.horizontalHeader().restoreState(state)
        finally:
            self._restoring = False

    # --- out -------------------------------------------------------------------------

    def export_xlsx(self, path: str | Path | BinaryIO,
                    progress: Callable[[int], object] | None = None) -> int:
        """导出 Excel: every row of the current filter, shown columns, headers in the desk's
        language; returns the number of rows written."""
        keys = self.visible_keys()
        rows = listing.export_rows(self.spec, self.model.filter(), self.model.sort_key(), keys,
                                   QCoreApplication.translate)
        return xlsx.write_table(path, tr(self.spec.title), self.visible_headers(), rows,
                                progress=progress)

    def visible_rows_for_print(self, limit: int | None = None) -> tuple[list[str], list[list[str]]]:
        """(headers, rows) of the current filter as the clerk reads them, for the printed list."""
        columns = [self.spec.columns[i] for i in self.visible_columns()]
        rows = listing.iter_rows(self.spec, self.model.filter(), self.model.sort_key(),
                                 [c.key for c in columns])
        if limit is not None:
            rows = itertools.islice(rows, limit)
        text = [[format_cell(c, v) for c, v in zip(columns, row, strict=True)] for row in rows]
        return self.visible_headers(), text


def _value_reader(widget: QWidget) -> Callable[[], Any]:
    if isinstance(widget, QComboBox):
        return widget.currentData
    if isinstance(widget, QLineEdit):
        return lambda: widget.text().strip()
    if isinstance(widget, QCheckBox):
        return lambda: True if widget.isChecked() else None
    if isinstance(widget, QDateEdit):
        return lambda: widget.date().toPython()
    raise TypeError(f"pass value= to read a {type(widget).__name__}")


def _set_value(widget: QWidget, value: Any) -> None:
    """A filter widget showing ``value`` (the reverse of _value_reader)."""
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(value)


def _change_signals(widget: QWidget) -> list[tuple[str, Callable[[], None]]]:
    """The signal that says the widget's value changed, and how Clear resets it."""
    if isinstance(widget, QComboBox):
        return [("currentIndexChanged", lambda: widget.setCurrentIndex(0))]
    if isinstance(widget, QLineEdit):
        return [("textChanged", widget.clear)]
    if isinstance(widget, QCheckBox):
        return [("toggled", lambda: widget.setChecked(False))]
    if isinstance(widget, QDateEdit):
        initial = widget.date()
        return [("dateChanged", lambda: widget.setDate(initial))]
    return []


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.currentIndex() > 0 else ""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QCheckBox):
        return widget.text() if widget.isChecked() else ""
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    return ""
