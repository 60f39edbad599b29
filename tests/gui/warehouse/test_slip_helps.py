"""What the storekeeper is offered while typing (issue 10 items 11 and 17): a receipt line's
price proposes the item's last cost; a draft issue slip shows what it comes to at today's
average, in the form and in the list; the registers list newest first."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from gui.warehouse.issues_view import IssueSlipsView
from gui.warehouse.receipts_view import ReceiptsView
from gui.warehouse.reports_view import ReportsView
from models import clock, warehouse
from tests.helpers.keys import cell_name, enter, focused, type_here
from tests.helpers.storeroom import issue, receive
from tests.helpers.widgets import POPUP_NOISE, cell, grid_text

pytestmark = POPUP_NOISE


def new_document(qtbot, view) -> None:
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def into_the_lines(qtbot, form) -> None:
    form.grid.start()
    assert cell_name() == "cell_item"


def test_a_receipt_line_proposes_the_last_cost_and_a_typed_price_wins(
        open_view, qtbot, driver, staff, items, tmp_path):
    receive(staff, items["screw"], 4, "2.35")
    receive(staff, items["wire"], 10, "1.2")
    view = open_view(ReceiptsView, staff["keeper"])
    seen = {}

    def type_it(form):
        form.fields["supplier"].editor.setText("华强五金")
        into_the_lines(qtbot, form)
        type_here(qtbot, "WJ001")
        enter(qtbot)  # the match
        assert cell_name() == "cell_qty"
        assert grid_text(form, 0, "unit_price") == "2.35"  # proposed at once
        type_here(qtbot, "10")
        enter(qtbot)
        assert cell_name() == "cell_unit_price" and focused().text() == "2.35"
        enter(qtbot)  # taken as proposed
        assert grid_text(form, 0, "amount") == "23.50"
        type_here(qtbot, "DL001")
        enter(qtbot)
        type_here(qtbot, "5")
        enter(qtbot)
        assert focused().text() == "1.2"
        focused().selectAll()
        type_here(qtbot, "1.5")  # this delivery's own price
        enter(qtbot)
        assert "31.00" in form.total_label.text()
        form.grab().save(str(tmp_path / "receipt.png"))
        seen["png"] = tmp_path / "receipt.png"
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    driver.then(type_it)
    new_document(qtbot, view)
    assert not driver.steps and not driver.banners
    receipt = warehouse.Receipt.select().where(warehouse.Receipt.status == warehouse.DRAFT).get()
    prices = [(line.item.code, line.unit_price) for line in
              receipt.lines.order_by(warehouse.ReceiptLine.line_no)]
    assert prices == [("WJ001", Decimal("2.35")), ("DL001", Decimal("1.5"))]
    assert receipt.total == Decimal("31.00")
    assert cell(view, 0, "total") == "31.00"  # a draft receipt shows its typed total


def test_changing_the_item_replaces_a_proposed_price_but_not_a_typed_one(
        app, staff, items):
    from gui.warehouse.lines_grid import RECEIPT, LinesModel

    receive(staff, items["screw"], 4, "2.35")
    receive(staff, items["tap"], 1, "30")
    model = LinesModel(RECEIPT)
    model.set_lines([model.new_line()])
    item_cell, price_cell = model.index(0, 0), model.index(0, model.columns.index("unit_price"))
    model.setData(item_cell, "WJ001")
    assert model.data(price_cell) == "2.35"
    model.setData(item_cell, "SN001")  # another item: its own last cost
    assert model.data(price_cell) == "30"
    model.setData(price_cell, "28")
    model.setData(item_cell, "WJ001")  # the clerk's price stays
    assert model.data(price_cell) == "28"
    model.setData(item_cell, "DL001")  # never received: nothing proposed, the typed price stays
    assert model.data(price_cell) == "28"


def test_a_draft_issue_slip_shows_its_cost_at_todays_average_in_the_form_and_the_list(
        open_view, qtbot, driver, staff, items, tmp_path):
    receive(staff, items["tap"], 2, "30")
    receive(staff, items["tap"], 2, "34")  # average 32
    receive(staff, items["screw"], 10, "2.5")
    view = open_view(IssueSlipsView, staff["keeper"])

    def type_it(form):
        combo = form.fields["department"].widget
        combo.setCurrentIndex(combo.findText("工程部"))
        form.fields["receiver"].editor.setText("刘海波")
        assert "Cost" not in form.total_label.text()  # no line yet
        into_the_lines(qtbot, form)
        type_here(qtbot, "SN001")
        enter(qtbot)
        type_here(qtbot, "3")
        enter(qtbot)
        assert "Cost at today's average: 96.00 yuan" in form.total_label.text()
        type_here(qtbot, "WJ001")
        enter(qtbot)
        type_here(qtbot, "4")
        enter(qtbot)
        assert "Cost at today's average: 106.00 yuan" in form.total_label.text()
        form.grab().save(str(tmp_path / "issue-draft.png"))
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    driver.then(type_it)
    new_document(qtbot, view)
    assert not driver.steps and not driver.banners
    slip = warehouse.IssueSlip.get()
    assert slip.status == warehouse.DRAFT and slip.total == 0  # nothing is booked yet
    assert cell(view, 0, "total") == "106.00"

    receive(staff, items["screw"], 10, "3.5")  # the average moves: 3.00
    view.list.refresh()
    assert cell(view, 0, "total") == "108.00"

    def reopen(form):
        assert "Cost at today's average: 108.00 yuan" in form.total_label.text()
        form.reject()

    driver.then(reopen)
    view.open_document(slip.id)

    signed = warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    view.list.refresh()
    assert cell(view, 0, "total") == warehouse.fmt_money(signed.total) == "108.00"

    def read(form):
        assert "Cost: 108.00 yuan" in form.total_label.text()
        form.reject()

    driver.then(read)
    view.open_document(slip.id)
    cancelled_draft = warehouse.save_issue_slip(
        {"department": "工程部", "receiver": "刘海波"},
        [{"item": items["tap"].id, "qty": 1}], by=staff["keeper"])
    warehouse.cancel_issue_slip(cancelled_draft.id, "写错", by=staff["keeper"])
    view.list.refresh()
    rows = {cell(view, r, "number"): r for r in range(view.list.model.rowCount())}
    assert cell(view, rows[cancelled_draft.number], "total") == "0.00"  # it never cost anything


def test_the_registers_list_newest_first(open_view, qtbot, staff, items):
    today = clock.today()
    for days in (3, 1, 2):
        day = today - dt.timedelta(days=days)
        receive(staff, items["screw"], days, "2", day=day, delivery_note=f"SH-{days}")
    for days in (2, 1):
        issue(staff, items["screw"], 1, day=today - dt.timedelta(days=days), purpose=f"第{days}")
    view = open_view(ReportsView, staff["keeper"])
    view.pages.setCurrentIndex(ReportsView.RECEIPTS)
    receipts = view.receipts.list
    receipts.refresh()
    assert [cell(view.receipts, r, "delivery_note") for r in range(3)] == ["SH-1", "SH-2", "SH-3"]
    view.pages.setCurrentIndex(ReportsView.ISSUES)
    view.issues.list.refresh()
    assert [cell(view.issues, r, "purpose") for r in range(2)] == ["第1", "第2"]
