"""The Qt model behind every list: pages fetched as the clerk scrolls, sorted and filtered in SQL.

``ListModel`` holds only the rows fetched so far (pages of ``page_size``,
raw database values) and asks models.listing for the next page when the view
scrolls to the end (canFetchMore/fetchMore). The total is a separate COUNT
query run in a worker thread on its own SQLite connection, because counting a
text filter over ten years means reading every row: the first page is shown
at once and ``totalChanged`` follows when the count is known.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from models import listing
from models.listing import Cursor, ListFilter, ListSpec, Sort

Index = QModelIndex | QPersistentModelIndex
RowStyle = Callable[[dict[str, Any]], QColor | None]
RAW_ROLE = Qt.ItemDataRole.UserRole  # the raw database value of a cell
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_generation = itertools.count(1)
_ROOT = QModelIndex()
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren
_RUNNING: set[QRunnable] = set()


def tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


def format_cell(column: listing.Column, value: Any) -> str:
    """A raw value as the clerk reads it: yyyy-MM-dd dates, 2-decimal money, translated status."""
    if value is None:
        return ""
    if column.display is not None:
        return column.display(value, QCoreApplication.translate)
    kind = column.kind
    if kind == "status" or column.labels:
        return listing.status_label(column, value, QCoreApplication.translate)
    if kind in ("date", "datetime"):
        if isinstance(value, str):
            return value[:10] if kind == "date" else value[:16]
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d" if kind == "date" else "%Y-%m-%d %H:%M")
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)
    if kind == "money":
        try:
            return f"{float(value):,.2f}"
        except (TypeError, ValueError):
            return str(value)
    if kind == "number" and isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


class _CountSignals(QObject):
    done = Signal(int, int)  # generation, count (-1: failed or interrupted)


class _CountJob(QRunnable):
    """listing.DetachedCount in the thread pool; cancelled when the filter changes again."""

    def __init__(self, count: listing.DetachedCount, generation: int) -> None:
        super().__init__()
        self.count, self.generation = count, generation
        self.signals = _CountSignals()

    def run(self) -> None:
        result = self.count.run()
        self.signals.done.emit(self.generation, result)
        _RUNNING.discard(self)

    def cancel(self) -> None:
        self.count.cancel()


class ListModel(QAbstractTableModel):
    """A ListSpec's rows for a QTableView; see the module docstring."""

    totalChanged = Signal(int)  # -1 while counting

    def __init__(
        self,
        spec: ListSpec,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        row_style: RowStyle | None = None,
        async_count: bool = True,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.page_size = page_size
        self.row_style = row_style
        self.async_count = async_count
        self._filter = ListFilter()
        self._sort: Sort = spec.sort_or_default(None)
        self._rows: list[tuple] = []
        self._cursor: Cursor | None = None
        self._styles: dict[int, QColor | None] = {}
        self._display: dict[int, list[str]] = {}
        self._align = [_RIGHT if c.kind in ("number", "money") else _LEFT for c in spec.columns]
        self._total = -1
        self._count_job: _CountJob | None = None
        self._fetching = False
        self._generation = 0
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._begin_count)
        self._load()

    # --- what the tab asks ---------------------------------------------------------

    def set_filter(self, flt: ListFilter) -> None:
        """Show the rows matching ``flt`` (re-queried in SQL); no-op when unchanged."""
        if flt == self._filter:
            return
        self._filter = ListFilter(flt.text, flt.date_from, flt.date_to, flt.status,
                                  dict(flt.extra))
        self.refresh()

    def filter(self) -> ListFilter:
        return self._filter

    def sort_key(self) -> Sort:
        return self._sort

    def refresh(self) -> None:
        """Read the first page and the count again (after a save, or a new filter)."""
        self._reset(self._load)

    def total(self) -> int:
        """Rows matching the filter; -1 while the count is still running."""
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def row_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id`` among the rows fetched so far; -1 if not there."""
        for row, values in enumerate(self._rows):
            if values[0] == record_id:
                return row
        return -1

    def row_values(self, row: int) -> dict[str, Any]:
        """The row as Python values by column key, plus "id"."""
        return listing.python_values(self.spec, self._rows[row])

    def column_key(self, column: int) -> str:
        return self.spec.columns[column].key

    def fetch_all(self) -> None:
        """Fetch every remaining page (tests, and small lists only)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def wait_for_total(self, timeout_ms: int = 30_000) -> int:
        """Block until the count arrives (command-line tools and benchmarks)."""
        if self._count_timer.isActive():
            self._count_timer.stop()
            self._begin_count()
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        QCoreApplication.processEvents()
        return self._total

    # --- loading --------------------------------------------------------------------

    def _reset(self, load: Callable[[], None]) -> None:
        """Reset around ``load``; no fetching while the reset is being announced, since
        the other listeners of modelReset (views, testers) have not caught up yet."""
        self.beginResetModel()
        load()
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    def _load(self) -> None:
        page = listing.fetch_page(self.spec, self._filter, self._sort, None, self.page_size)
        self._rows = page.rows
        self._cursor = page.cursor
        self._styles = {}
        self._display = {}
        self._start_count()

    def _start_count(self) -> None:
        if self._count_job is not None:
            self._count_job.cancel()
            self._count_job = None
        self._generation = next(_generation)
        if self._cursor is None:  # everything is already here: no need to ask
            self._count_timer.stop()
            self._set_total(len(self._rows))
            return
        self._set_total(-1)
        if not self.async_count or self._database_path() is None:
            self._set_total(listing.count(self.spec, self._filter))
            return
        self._count_timer.start()  # once the first page is on screen

    def _begin_count(self) -> None:
        path = self._database_path()
        if self._cursor is None and self._total >= 0 or path is None:
            return
        job = _CountJob(listing.DetachedCount(self.spec, self._filter, path), self._generation)
        job.signals.done.connect(self._count_done, Qt.ConnectionType.QueuedConnection)
        self._count_job = job
        _RUNNING.add(job)  # alive until run() ends, even if this model is gone
        QThreadPool.globalInstance().start(job)

    def _database_path(self) -> str | None:
        return listing.database_file(self.spec)

    def _count_done(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # a count for a filter that is no longer shown
        self._count_job = None
        if total < 0:  # interrupted or failed: count here instead
            total = listing.count(self.spec, self._filter)
        self._set_total(max(total, len(self._rows)))

    def _set_total(self, total: int) -> None:
        if total != self._total:
            self._total = total
            self.totalChanged.emit(total)

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._cursor is None or self._fetching:
            return  # views and testers may ask again from inside beginInsertRows
        self._fetching = True
        try:
            page = listing.fetch_page(self.spec, self._filter, self._sort, self._cursor,
                                      self.page_size)
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self._cursor = page.cursor
                self.endInsertRows()
            else:
                self._cursor = None
        finally:
            self._fetching = False
        if self._cursor is None and self._total != len(self._rows):
            self._set_total(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns) or not self.spec.columns[column].sortable:
            return
        sort = (self.spec.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if sort == self._sort:
            return
        self._sort = sort
        self._reset(self._load)

    def sort_section(self) -> tuple[int, Qt.SortOrder]:
        """The header section and order of the current sort (-1 when sorted by id)."""
        key, desc = self._sort
        order = Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        try:
            return self.spec.index_of(key), order
        except KeyError:
            return -1, order

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            if role == _DISPLAY:
                return tr(self.spec.columns[section].header)
            if role == _ALIGN:
                return self._align[section]
        elif role == _DISPLAY and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: the common roles come first and
        # a row is formatted once, on its first paint.
        if role == _DISPLAY or role == _TOOLTIP:
            if not index.isValid():
                return None
            row = index.row()
            cells = self._display.get(row)
            if cells is None:
                if not 0 <= row < len(self._rows):
                    return None
                values = self._rows[row]
                cells = self._display[row] = [
                    format_cell(c, v) for c, v in zip(self.spec.columns, values[1:], strict=True)]
            text = cells[index.column()]
            if role == _TOOLTIP:
                return text if len(text) > 20 else None
            return text
        if role == _ALIGN:
            return self._align[index.column()] if index.isValid() else None
        if role == _FOREGROUND:
            if self.row_style is None or not index.isValid():
                return None
            row = index.row()
            if row not in self._styles:
                self._styles[row] = self.row_style(self.row_values(row))
            return self._styles[row]
        if role == RAW_ROLE and index.isValid():
            return self._rows[index.row()][index.column() + 1]
        return None
