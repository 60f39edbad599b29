"""收发存汇总表 without the items that neither held nor moved stock (issue 10 item 17): hidden
by default on screen, shown when the box is unticked; the paper and the workbook follow."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from gui.warehouse.reports_view import ReportsView
from models import warehouse
from tests.helpers.pdf import pdf_words
from tests.helpers.storeroom import make_item, receive

pytestmark = pytest.mark.clock_at(dt.datetime(2026, 2, 20, 9, 0, 0))


@pytest.fixture
def march_shelves(staff, clock):
    """Screws: 10 in stock since February, untouched in March. Tape: 4 received in March and
    the receipt cancelled (every March figure 0). Hooks: never received. Old nails: out of use."""
    keeper = staff["keeper"]
    screws = make_item(keeper)
    tape = make_item(keeper, code="DL001", name="绝缘胶布", unit="卷", category="电料")
    make_item(keeper, code="WJ009", name="挂钩")
    make_item(keeper, code="WJ010", name="旧铁钉", active=False)
    receive(staff, screws, 10, "2")
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    receipt = receive(staff, tape, 4, "5")
    warehouse.cancel_receipt(receipt.id, "送错", by=staff["manager"])
    clock.set(dt.datetime(2026, 4, 5, 10, 0))


def codes(table) -> list[str]:
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_the_summary_hides_items_with_nothing_and_paper_and_workbook_follow(
        app, qtbot, staff, march_shelves, messages, printed, monkeypatch, tmp_path):
    view = ReportsView(staff["manager"])
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    view.pages.setCurrentIndex(ReportsView.SUMMARY)
    page = view.summary
    qtbot.waitUntil(lambda: page.summary is not None)
    assert page.chosen_month() == "2026-03" and page.hide_empty.isChecked()
    assert codes(page.table) == ["WJ001", "Subtotal 五金", "Total"]
    view.grab().save(str(tmp_path / "summary-hidden.png"))

    page.hide_empty.click()  # untick: every item in use, moved or not
    assert codes(page.table) == ["WJ001", "WJ009", "Subtotal 五金", "DL001", "Subtotal 电料",
                                 "Total"]
    assert page.table.item(3, 4).text() == "0" and page.table.item(3, 15).text() == "0.00"
    view.grab().save(str(tmp_path / "summary-all.png"))

    page.print_button.click()
    text, _words = pdf_words(printed[-1][0], tmp_path)
    assert "绝缘胶布" in text and "挂钩" in text and "旧铁钉" not in text
    target = tmp_path / "all.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(target), "xlsx"))
    page.export_button.click()
    sheet = openpyxl.load_workbook(target).worksheets[0]
    listed = {row[0] for row in sheet.iter_rows(values_only=True)}
    assert {"WJ001", "WJ009", "DL001"} <= listed and "WJ010" not in listed

    page.hide_empty.click()  # ticked again: the short summary, on paper too
    assert codes(page.table) == ["WJ001", "Subtotal 五金", "Total"]
    page.print_button.click()
    text, _words = pdf_words(printed[-1][0], tmp_path)
    assert "十字螺丝" in text and "绝缘胶布" not in text and "挂钩" not in text
    target = tmp_path / "short.xlsx"
    page.export_button.click()
    sheet = openpyxl.load_workbook(target).worksheets[0]
    listed = {row[0] for row in sheet.iter_rows(values_only=True)}
    assert "WJ001" in listed and not listed & {"WJ009", "DL001"}


def test_month_summary_leaves_out_an_item_whose_figures_are_all_zero(staff, march_shelves):
    rows = warehouse.month_summary("2026-03").rows
    assert [r.code for r in rows] == ["WJ001"]
    every = warehouse.month_summary("2026-03", empty=True)
    assert sorted(r.code for r in every.rows) == ["DL001", "WJ001", "WJ009"]
    assert all(r.balanced() for r in every.rows)
    assert every.total.closing_value == warehouse.month_summary("2026-03").total.closing_value
