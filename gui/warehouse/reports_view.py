"""The storeroom's reports (报表): the monthly summary, the registers, low stock, the ledger.

One tab per page:
- 收发存汇总表: one month's opening, in, out, gains, losses and closing per item,
  with category subtotals, the total and the consumption by department; printed
  and exported by reports.warehouse; the items that neither held nor moved stock
  are hidden unless the clerk unticks the box (paper and workbook follow);
- 物料入库记录表 / 物料出库记录表: the register lists (File > Export works on them)
  and their printed forms for the chosen dates;
- 低于安全库存: the items under their safety stock, and a purchase request drafted
  from them;
- 物料帐: every ledger entry, filtered by kind and date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import clock, warehouse
from models.errors import DomainError, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.listing import ListSpec
from models.people import User

from ..desk import desk_settings
from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.print_preview import safe_file_name
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.worker import run_with_progress
from .stocktake_view import recent_months

SUBTOTAL = QColor("#eef3f8")
TOTAL = QColor("#d9e4f0")
SHORT = QColor("#c62828")
PAGE_SETTING = "warehouse/reports_page"  # the report last looked at, per desk
SUMMARY_WIDTHS = (80, 140, 90, 44, *([72] * 12))  # the least, in pixels
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def read_only_table(parent: QWidget, headers: list[str], numeric: set[int]) -> QTableWidget:
    """A table to read, not to edit: rows selected whole, numbers right-aligned."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    for column in numeric:
        table.horizontalHeaderItem(column).setTextAlignment(_RIGHT)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    return table


def put_row(table: QTableWidget, cells: list[str], numeric: set[int],
            background: QColor | None = None, bold: bool = False) -> int:
    row = table.rowCount()
    table.insertRow(row)
    font = QFont(table.font())
    font.setBold(bold)
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setTextAlignment(_RIGHT if column in numeric else _LEFT)
        if background is not None:
            item.setBackground(QBrush(background))
        if bold:
            item.setFont(font)
        table.setItem(row, column, item)
    return row


def xlsx_name(stem: str) -> str:
    """A workbook's file name Windows accepts."""
    return safe_file_name(stem, "workbook.xlsx", ".xlsx")


def ask_save_path(parent: QWidget, title: str, file_name: str) -> str:
    """Where to save a workbook ("" when the clerk cancelled); the folder is remembered."""
    folder = Path(str(desk_settings().value("export/folder", str(Path.home()))))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(folder / file_name),
        QCoreApplication.translate("ReportsView", "Excel workbooks (*.xlsx)"))
    if not chosen:
        return ""
    if not chosen.lower().endswith(".xlsx"):
        chosen += ".xlsx"
    desk_settings().setValue("export/folder", str(Path(chosen).parent))
    return chosen


# --- 收发存汇总表 ------------------------------------------------------------------------


class SummaryPage(QWidget):
    """收发存汇总表 of a month on screen, with Print and Export .xlsx."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("summaryPage")
        self.summary: warehouse.StockSummary | None = None
        self._pending = False

        self.month = QComboBox(self)
        self.month.setObjectName("summaryMonth")
        for month in recent_months(36):
            self.month.addItem(month, month)
        self.month.setCurrentIndex(1)  # last month: the one to sum up
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.hide_empty = QCheckBox(self.tr("Hide items with no stock and no movement"), self)
        self.hide_empty.setObjectName("hideEmptyItems")
        self.hide_empty.setToolTip(self.tr("Print and Export follow this choice"))
        self.hide_empty.setChecked(True)
        self.hide_empty.toggled.connect(lambda _on: self.load())
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printSummary")
        self.print_button.clicked.connect(self.print_summary)
        self.export_button = QPushButton(self.tr("Export .xlsx…"), self)
        self.export_button.setObjectName("exportSummary")
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month"), self))
        bar.addWidget(self.month)
        bar.addWidget(self.hide_empty)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.export_button)

        self.headers = self.column_headers()
        self.numeric = set(range(4, len(self.headers)))
        self.table = read_only_table(self, self.headers, self.numeric)
        self.table.setObjectName("summaryTable")
        for column, width in enumerate(SUMMARY_WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        self.note = QLabel(self)
        self.note.setObjectName("summaryNote")
        self.note.setWordWrap(True)

        self.departments = read_only_table(
            self, [self.tr("Receiving department"), self.tr("Issue slips"), self.tr("Value")],
            {1, 2})
        self.departments.setObjectName("departmentTable")
        self.departments.horizontalHeader().resizeSection(0, 200)
        self.departments.horizontalHeader().setStretchLastSection(True)
        self.departments.setMaximumHeight(180)
        self.departments.setMaximumWidth(480)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Consumption by receiving department (from the signed "
                                         "issue slips)"), self))
        layout.addWidget(self.departments, 1)

    def column_headers(self) -> list[str]:
        """The 16 columns of warehouse.SUMMARY_HEADERS, in the desk's language."""
        return [self.tr("Code"), self.tr("Name"), self.tr("Specification"), self.tr("Unit"),
                self.tr("Opening qty"), self.tr("Opening value"), self.tr("In qty"),
                self.tr("In value"), self.tr("Out qty"), self.tr("Out value"),
                self.tr("Gain qty"), self.tr("Gain value"), self.tr("Loss qty"),
                self.tr("Loss value"), self.tr("Closing qty"), self.tr("Closing value")]

    def chosen_month(self) -> str:
        return str(self.month.currentData())

    def with_empty(self) -> bool:
        """Are the items with no stock and no movement listed (screen, paper and workbook)?"""
        return not self.hide_empty.isChecked()

    def schedule_load(self) -> None:
        """Read the month again once control is back in the event loop (after a page switch)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._load_pending)

    def _load_pending(self) -> None:
        if self._pending:
            self.load()

    def load(self) -> None:
        """Sum the chosen month up (in a worker: the opening reads the whole ledger)."""
        self._pending = False
        month, empty = self.chosen_month(), self.with_empty()
        try:
            summary = run_with_progress(self, self.tr("Summing up {month}…").format(month=month),
                                        lambda _p: warehouse.month_summary(month, empty))
        except DomainError as exc:
            show_error(self, exc)
            return
        if summary is None:
            return
        self.summary = summary
        self.show_summary(summary)

    def show_summary(self, summary: warehouse.StockSummary) -> None:
        table = self.table
        table.clearSpans()
        table.setRowCount(0)
        rows_by_category: dict[str, list[warehouse.SummaryRow]] = {}
        for row in summary.rows:
            rows_by_category.setdefault(row.category, []).append(row)
        for category, figures in summary.by_category:
            for row in rows_by_category.get(category, []):
                put_row(table, self.cells(row.code, row.name, row.spec, row.unit, row), self.numeric)
            row = put_row(table, self.cells(self.tr("Subtotal {category}").format(
                category=category), "", "", "", figures, quantities=False), self.numeric,
                SUBTOTAL, bold=True)
            table.setSpan(row, 0, 1, 4)
        row = put_row(table, self.cells(self.tr("Total"), "", "", "", summary.total,
                                        quantities=False), self.numeric, TOTAL, bold=True)
        table.setSpan(row, 0, 1, 4)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column, least in enumerate(SUMMARY_WIDTHS):
            header.resizeSection(column, max(header.sectionSize(column), least))
        self.note.setText(self.tr(
            "%n item(s). Subtotals add values only: quantities of different units are not "
            "added.", "", len(summary.rows)) if summary.rows else self.tr(
            "Nothing was in stock or moved in {month}.").format(month=summary.month))

        departments = self.departments
        departments.setRowCount(0)
        total = Decimal(0)
        slips = 0
        for use in summary.by_department:
            put_row(departments, [use.department, str(use.slips), warehouse.fmt_money(use.value)],
                    {1, 2})
            total += use.value
            slips += use.slips
        put_row(departments, [self.tr("Total"), str(slips), warehouse.fmt_money(total)], {1, 2},
                TOTAL, bold=True)

    @staticmethod
    def cells(code: str, name: str, spec: str, unit: str, figures: warehouse.Figures,
              quantities: bool = True) -> list[str]:
        """A row as on paper: quantities with fmt_qty (none on subtotal rows), money 2 places."""
        out = [code, name, spec, unit]
        for column, value in enumerate(figures.values()):
            if column % 2 == 0:
                out.append(warehouse.fmt_qty(value) if quantities else "")
            else:
                out.append(warehouse.fmt_money(value))
        return out

    def print_summary(self) -> None:
        from reports.warehouse import stock_summary_pdf

        month, empty = self.chosen_month(), self.with_empty()
        pdf = print_preview.build_in_worker(
            self, lambda _p: stock_summary_pdf(month, by=self.user, empty=empty),
            self.tr("Preparing the summary…"))
        if pdf:
            print_preview.preview_pdf(
                self, pdf, self.tr("Stock summary {month}").format(month=month),
                f"收发存汇总表-{month}.pdf")

    def export(self) -> str:
        """Export .xlsx: the save dialog, then reports.warehouse.write_stock_summary."""
        from reports.warehouse import write_stock_summary

        month, empty = self.chosen_month(), self.with_empty()
        path = ask_save_path(self, self.tr("Export the stock summary"),
                             xlsx_name(f"收发存汇总表-{month}"))
        if not path:
            return ""
        try:
            run_with_progress(self, self.tr("Exporting…"),
                              lambda _p: write_stock_summary(path, month, empty))
        except Exception as exc:  # noqa: BLE001 - every failure reaches the clerk
            print_preview.report_failure(self, exc, exporting=True)
            return ""
        QMessageBox.information(self, self.tr("Export the stock summary"),
                                self.tr("The stock summary of {month} was saved to\n{path}")
                                .format(month=month, path=path))
        return path


# --- the registers and the ledger ----------------------------------------------------------


class ListPage(QWidget):
    """A ListView, and for a register a Print button for the chosen dates."""

    def __init__(self, spec: ListSpec, parent: QWidget | None = None,
                 print_title: str = "", make_pdf: Callable[[dt.date, dt.date], bytes] | None = None,
                 file_prefix: str = "") -> None:
        super().__init__(parent)
        self.list = ListView(spec, self)
        self.list.setObjectName(f"{spec.name}List")
        self.list.search.setMinimumWidth(120)  # the page sits inside two levels of tabs
        self.print_title = print_title
        self.make_pdf = make_pdf
        self.file_prefix = file_prefix
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if make_pdf is not None:
            self.print_button = QPushButton(self.tr("Print register…"), self)
            self.print_button.setObjectName(f"print_{spec.name}")
            self.print_button.setToolTip(self.tr(
                "Print the register for the dates of the filter (this month when the dates are "
                "off)"))
            self.print_button.clicked.connect(self.print_register)
            bar = QHBoxLayout()
            bar.addStretch(1)
            bar.addWidget(self.print_button)
            layout.addLayout(bar)
        layout.addWidget(self.list, 1)

    def chosen_dates(self) -> tuple[dt.date, dt.date] | None:
        """The dates of the list's filter; when it is off, ask (this month by default)."""
        flt = self.list.current_filter()
        if flt.date_from is not None and flt.date_to is not None:
            return flt.date_from, flt.date_to
        today = clock.today()
        fields = [FieldSpec("date_from", self.tr("From"), "date", required=True),
                  FieldSpec("date_to", self.tr("To"), "date", required=True)]

        def check(values: dict) -> tuple[dt.date, dt.date]:
            if values["date_to"] < values["date_from"]:
                raise _DateOrder(NOT_IN_ORDER, field="date_to")
            return values["date_from"], values["date_to"]

        form = RecordForm(self.tr("Print {title}").format(title=self.print_title), fields, check,
                          self, values={"date_from": today.replace(day=1), "date_to": today},
                          save_text=self.tr("Preview"))
        form.setObjectName("registerDatesForm")
        chosen = modal.run_form(form)
        return chosen  # type: ignore[return-value]

    def print_register(self) -> None:
        if self.make_pdf is None:
            return
        dates = self.chosen_dates()
        if dates is None:
            return
        start, end = dates
        make_pdf = self.make_pdf
        pdf = print_preview.build_in_worker(self, lambda _p: make_pdf(start, end))
        if pdf:
            print_preview.preview_pdf(
                self, pdf, f"{self.print_title} {start.isoformat()} – {end.isoformat()}",
                f"{self.file_prefix}-{start:%Y%m%d}-{end:%Y%m%d}.pdf")


class _DateOrder(ValidationError):
    context = "ReportsView"


NOT_IN_ORDER = QT_TRANSLATE_NOOP("ReportsView", "The end date is before the start date.")


def _receipt_register_pdf(start: dt.date, end: dt.date, by: User) -> bytes:
    from reports.warehouse import receipt_register_pdf

    return receipt_register_pdf(start, end, by=by)


def _issue_register_pdf(start: dt.date, end: dt.date, by: User) -> bytes:
    from reports.warehouse import issue_register_pdf

    return issue_register_pdf(start, end, by=by)


# --- 低于安全库存 ------------------------------------------------------------------------


class LowStockPage(QWidget):
    """The items under their safety stock; the storekeeper drafts a purchase request."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("lowStockPage")
        headers = [self.tr("Code"), self.tr("Name"), self.tr("Specification"), self.tr("Unit"),
                   self.tr("Category"), self.tr("Location"), self.tr("On hand"),
                   self.tr("Safety stock"), self.tr("Short by")]
        self.numeric = {6, 7, 8}
        self.table = read_only_table(self, headers, self.numeric)
        self.table.setObjectName("lowStockTable")
        for column, width in enumerate((80, 150, 100, 44, 80, 70, 80, 80, 80)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.count_label = QLabel(self)
        self.draft_button = QPushButton(self.tr("Draft a purchase request"), self)
        self.draft_button.setObjectName("draftRequest")
        self.draft_button.setToolTip(self.tr(
            "A purchase request (物品申购表) for every item listed, up to twice its safety "
            "stock (storekeeper); the manager approves it in Purchase requests"))
        self.draft_button.clicked.connect(self.draft_request)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(refresh)
        bar.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        items = warehouse.low_stock()
        self.table.setRowCount(0)
        for item in items:
            row = put_row(self.table, [
                item.code, item.name, item.spec, item.unit, item.category.name, item.location,
                warehouse.fmt_qty(item.qty), warehouse.fmt_qty(item.safety_stock),
                warehouse.fmt_qty(item.safety_stock - item.qty)], self.numeric)
            self.table.item(row, 6).setForeground(QBrush(SHORT))
        self.count_label.setText(
            self.tr("%n item(s) under their safety stock.", "", len(items)) if items
            else self.tr("No item is under its safety stock."))
        self.draft_button.setEnabled(
            bool(items) and warehouse.REQUEST_STEPS.allows(self.user, warehouse.steps.LOW))

    def draft_request(self) -> warehouse.PurchaseRequest | None:
        try:
            request = warehouse.draft_request_from_low_stock(by=self.user)
        except DomainError as exc:
            show_error(self, exc)
            self.refresh()
            return None
        lines = warehouse.line_count(request)
        answer = QMessageBox.question(
            self, self.tr("Purchase request {number}").format(number=request.number),
            self.tr("Purchase request {number} is drafted with %n line(s). Check and edit it "
                    "under Purchase requests, where the manager approves it. Print it now?",
                    "", lines).format(number=request.number))
        if answer == QMessageBox.StandardButton.Yes:
            self.print_request(request)
        return request

    def print_request(self, request: warehouse.PurchaseRequest) -> None:
        from reports.warehouse import purchase_request_pdf

        print_preview.preview_built(
            self, lambda: purchase_request_pdf(request.id),
            self.tr("Purchase request {number}").format(number=request.number),
            f"物品申购表-{request.number}.pdf")


# --- the view ----------------------------------------------------------------------------


class ReportsView(QWidget):
    """报表: one tab per report; ``list_view()`` is the page's list, if it has one."""

    SUMMARY, RECEIPTS, ISSUES, LOW_STOCK, LEDGER = range(5)

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("reportsView")
        self.summary = SummaryPage(user, self)
        self.receipts = ListPage(warehouse.RECEIPT_REGISTER, self, self.tr("Receipt register"),
                                 lambda s, e: _receipt_register_pdf(s, e, user), "物料入库记录表")
        self.issues = ListPage(warehouse.ISSUE_REGISTER, self, self.tr("Issue register"),
                               lambda s, e: _issue_register_pdf(s, e, user), "物料出库记录表")
        self.low_stock = LowStockPage(user, self)
        self.ledger = ListPage(warehouse.LEDGER_LIST, self)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("reportPages")
        for title, page in (
            (self.tr("Stock summary"), self.summary),
            (self.tr("Receipt register"), self.receipts),
            (self.tr("Issue register"), self.issues),
            (self.tr("Under safety stock"), self.low_stock),
            (self.tr("Stock ledger"), self.ledger),
        ):
            self.pages.addTab(page, title)
        remembered = desk_settings().value(PAGE_SETTING, 0, type=int)
        if 0 <= remembered < self.pages.count():
            self.pages.setCurrentIndex(remembered)
        self.pages.currentChanged.connect(self.show_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def list_view(self) -> ListView | None:
        page = self.pages.currentWidget()
        return page.list if isinstance(page, ListPage) else None

    def show_page(self, index: int) -> None:
        """Switch pages; the page shown is read afresh (other views may have moved stock)."""
        desk_settings().setValue(PAGE_SETTING, index)
        self.refresh_page()
        window = self.window()
        update = getattr(window, "update_list_actions", None)
        if update is not None and window is not self:
            update()

    def refresh_page(self) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, ListPage):
            page.list.refresh()
        elif isinstance(page, LowStockPage):
            page.refresh()
        elif isinstance(page, SummaryPage) and self.isVisible():
            page.schedule_load()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_page()
