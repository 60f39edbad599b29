"""The storeroom's reports as the office reads them: a small March summed up on screen to
the cent, exported to .xlsx and printed; the registers printed for the chosen dates; the
low-stock page drafting a purchase request; the ledger filtered by kind."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.warehouse import reports_view
from gui.warehouse.reports_view import ReportsView
from models import warehouse
from tests.helpers.keys import type_text
from tests.helpers.pdf import pdf_words
from tests.helpers.storeroom import issue, make_item, receive
from tests.helpers.widgets import field

# The clock starts where the stocktake view's tests start it (before March's deliveries).
pytestmark = pytest.mark.clock_at(dt.datetime(2026, 3, 2, 9, 0, 0))


@pytest.fixture
def march(staff, clock):
    """Screws: 10 at 2.00 in February; in March 5 at 2.60 in, 3 and 2 out, the 3 cancelled.
    Tape (电料): 4 at 5.00 in March. The clock then stands at 5 April."""
    keeper = staff["keeper"]
    screws = make_item(keeper, location="A-02", spec="M4×20", safety_stock="20")
    tape = make_item(keeper, code="DL001", name="绝缘胶布", unit="卷", category="电料",
                     location="A-01")
    clock.set(dt.datetime(2026, 2, 20, 9, 0))
    receive(staff, screws, 10, "2")
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    receive(staff, screws, 5, "2.6")  # 15, 33.00
    slip = issue(staff, screws, 3)  # 6.60 → 12, 26.40
    issue(staff, screws, 2, department="客服部")  # 4.40 → 10, 22.00
    warehouse.cancel_issue_slip(slip.id, "领错", by=staff["manager"])  # back: 13, 28.60
    receive(staff, tape, 4, "5")
    clock.set(dt.datetime(2026, 4, 5, 10, 0))
    return {"screws": screws, "tape": tape}


@pytest.fixture
def open_reports(app, qtbot, messages):
    def _open(user) -> ReportsView:
        view = ReportsView(user)
        qtbot.addWidget(view)
        view.resize(1400, 760)
        view.show()
        if view.pages.currentWidget() is view.summary:  # else the desk remembered another page
            qtbot.waitUntil(lambda: view.summary.summary is not None)
        return view

    return _open


def row_texts(table, row: int) -> list[str]:
    return [table.item(row, c).text() if table.item(row, c) else ""
            for c in range(table.columnCount())]


def test_the_summary_shows_the_months_figures_with_subtotals_and_the_departments(
        open_reports, staff, march):
    view = open_reports(staff["manager"])
    page = view.summary
    assert page.chosen_month() == "2026-03"  # last month by default
    assert page.month.count() == 36 and page.month.itemText(0) == "2026-04"
    table = page.table
    assert table.columnCount() == len(warehouse.SUMMARY_HEADERS) == 16
    assert [table.horizontalHeaderItem(c).text() for c in (0, 4, 5, 14, 15)] == [
        "Code", "Opening qty", "Opening value", "Closing qty", "Closing value"]
    assert table.rowCount() == 5
    assert row_texts(table, 0) == ["WJ001", "十字螺丝", "M4×20", "盒", "10", "20.00", "5",
                                   "13.00", "2", "4.40", "0", "0.00", "0", "0.00", "13", "28.60"]
    assert row_texts(table, 1) == ["Subtotal 五金", "", "", "", "", "20.00", "", "13.00", "",
                                   "4.40", "", "0.00", "", "0.00", "", "28.60"]
    assert row_texts(table, 2)[:8] == ["DL001", "绝缘胶布", "", "卷", "0", "0.00", "4", "20.00"]
    assert row_texts(table, 4) == ["Total", "", "", "", "", "20.00", "", "33.00", "", "4.40",
                                   "", "0.00", "", "0.00", "", "48.60"]
    # numbers right-aligned; the subtotal and total rows stand out
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert table.item(0, 15).textAlignment() == right
    assert table.item(0, 1).textAlignment() != right
    assert table.item(1, 5).font().bold() and table.item(4, 15).font().bold()
    assert not table.item(0, 15).font().bold()
    assert table.item(1, 5).background().color() == reports_view.SUBTOTAL
    assert table.item(4, 5).background().color() == reports_view.TOTAL
    assert table.columnSpan(1, 0) == 4
    # consumption by receiving department: the cancelled 工程部 slip nets to nothing
    assert row_texts(page.departments, 0) == ["客服部", "1", "4.40"]
    assert row_texts(page.departments, 1) == ["Total", "1", "4.40"]
    assert page.departments.rowCount() == 2
    view.grab().save("/tmp/shots/warehouse/reports_summary.png")

    # February: only the screws' receipt
    page.month.setCurrentIndex(page.month.findData("2026-02"))
    assert page.summary.month == "2026-02"
    assert row_texts(table, 0)[4:8] == ["0", "0.00", "10", "20.00"]
    assert table.rowCount() == 3
    assert page.departments.rowCount() == 1  # the total only
    assert view.list_view() is None  # File > Export has no list on this page


def test_the_summary_exports_to_xlsx_and_prints(
        open_reports, staff, march, printed, messages, monkeypatch, tmp_path):
    view = open_reports(staff["manager"])
    target = tmp_path / "汇总"
    asked = []

    def save_dialog(parent, title, default, filters):
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    view.summary.export_button.click()
    assert asked and asked[0].endswith("收发存汇总表-2026-03.xlsx")
    path = tmp_path / "汇总.xlsx"
    assert path.exists()
    assert any("saved to" in text for kind, text in messages if kind == "information")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, row in enumerate(rows)
                     if list(row[:16]) == warehouse.SUMMARY_HEADERS)
    screws = rows[header_at + 1]
    assert screws[0] == "WJ001" and float(screws[15]) == pytest.approx(28.60)

    view.summary.print_button.click()
    assert len(printed) == 1
    text, _words = pdf_words(printed[0][0], tmp_path)
    assert "收发存汇总表" in text and "十字螺丝" in text and "28.60" in text
    assert staff["manager"].full_name in text  # 制表人


def test_the_registers_print_for_the_chosen_dates_and_serve_file_export(
        open_reports, qtbot, staff, march, driver, printed, tmp_path):
    view = open_reports(staff["manager"])
    view.pages.setCurrentIndex(ReportsView.RECEIPTS)
    receipts = view.list_view()
    assert receipts is view.receipts.list
    assert receipts.model.rowCount() == 3  # every confirmed receipt line

    # dates off: the clerk is asked, this month by default; March typed in
    def dates(form):
        assert form.fields["date_from"].text() == "2026-04-01"
        assert form.fields["date_to"].text() == "2026-04-05"
        form.fields["date_from"].set_value(dt.date(2026, 3, 1))
        field(form, "date_to").clear()
        type_text(qtbot, field(form, "date_to"), "2026-03-31")
        qtbot.keyClick(field(form, "date_to"), Qt.Key.Key_Return)

    driver.then(dates)
    view.receipts.print_button.click()
    assert not driver.banners
    assert len(printed) == 1
    text, _words = pdf_words(printed[0][0], tmp_path)
    assert "物料入库记录表" in text and "绝缘胶布" in text and "2026-03-10" in text
    assert "2026-02-20" not in text
    assert "制表人：周志华" in re.sub(r"\s+", "", text)  # the manager who prints it

    # the dates of the filter are used without asking
    view.pages.setCurrentIndex(ReportsView.ISSUES)
    issues = view.list_view()
    assert issues is view.issues.list
    issues.date_check.setChecked(True)
    issues.date_from.setDate(dt.date(2026, 3, 1))
    issues.date_to.setDate(dt.date(2026, 3, 31))
    view.issues.print_button.click()
    assert len(printed) == 2 and "2026-03-01 – 2026-03-31" in printed[1][1]
    text, _words = pdf_words(printed[1][0], tmp_path)
    assert "物料出库记录表" in text and "客服部" in text
    assert "制表人：周志华" in re.sub(r"\s+", "", text)

    # a range the wrong way round is refused in the form
    issues.date_check.setChecked(False)

    def backwards(form):
        form.fields["date_from"].set_value(dt.date(2026, 3, 31))
        form.fields["date_to"].set_value(dt.date(2026, 3, 1))
        form.save()

    driver.then(backwards)
    view.issues.print_button.click()
    assert driver.banners == ["The end date is before the start date."]
    assert len(printed) == 2


def test_the_low_stock_page_drafts_a_purchase_request(
        open_reports, staff, march, printed, messages, tmp_path):
    view = open_reports(staff["keeper"])
    view.pages.setCurrentIndex(ReportsView.LOW_STOCK)
    page = view.low_stock
    assert page.table.rowCount() == 1
    assert row_texts(page.table, 0) == ["WJ001", "十字螺丝", "M4×20", "盒", "五金", "A-02", "13",
                                        "20", "7"]
    assert "1 item(s) under their safety stock" in page.count_label.text()
    view.grab().save("/tmp/shots/warehouse/reports_low_stock.png")
    assert page.draft_button.isEnabled()
    page.draft_button.click()
    request = warehouse.PurchaseRequest.get()
    assert request.status == warehouse.DRAFT
    (line,) = list(request.lines)
    assert (line.item.code, line.qty) == ("WJ001", 27)  # up to twice the safety stock
    assert any(f"Purchase request {request.number} is drafted with 1 line(s)" in text
               for kind, text in messages if kind == "question")
    assert len(printed) == 1
    text, _words = pdf_words(printed[0][0], tmp_path)
    assert "物品申购表" in text and request.number in text and "十字螺丝" in text

    manager = open_reports(staff["manager"])
    assert manager.pages.currentIndex() == ReportsView.LOW_STOCK  # remembered on this desk
    assert not manager.low_stock.draft_button.isEnabled()  # the storekeeper drafts


def test_the_ledger_page_filters_by_kind_and_searches(open_reports, staff, march):
    view = open_reports(staff["manager"])
    view.pages.setCurrentIndex(ReportsView.LEDGER)
    ledger = view.list_view()
    assert ledger is view.ledger.list
    assert ledger.model.rowCount() == 6
    ledger.status_combo.setCurrentIndex(ledger.status_combo.findData(warehouse.K_ISSUE_CANCEL))
    assert ledger.model.rowCount() == 1
    ledger.clear_filters()
    ledger.search.setText("DL001")
    ledger.apply_filter()
    assert ledger.model.rowCount() == 1
    QApplication.processEvents()
    view.grab().save("/tmp/shots/warehouse/reports_ledger.png")
