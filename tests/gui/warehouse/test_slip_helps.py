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


def test_an_issue_slip_picks_its_repair_order_from_the_list_and_takes_what_it_proposes(
        open_view, qtbot, driver, staff, items, admin, tmp_path):
    from PySide6.QtWidgets import QLabel

    from models import people, repairs
    from tests.helpers.repairs import register

    engineering = people.Department.get(people.Department.name == "工程部")
    people.create_user("eng_liu", "刘海波", "secret12", [people.ENGINEERING], by=admin,
                       department=engineering)
    receive(staff, items["tap"], 5, "30")
    tap_job = register(staff["clerk"], location="1203室", content="卫生间水龙头漏水")
    repairs.dispatch(tap_job.id, "刘海波", by=staff["clerk"])
    lamp_job = register(staff["clerk"], location="805室", content="走廊灯不亮")
    view = open_view(IssueSlipsView, staff["keeper"])

    def type_it(form):
        editor = form.fields["repair_order"].editor
        assert focused() is editor  # the order comes first
        type_here(qtbot, "1203")  # a room: the orders there drop down
        popup = editor.completer_.popup()
        assert popup.isVisible() and popup.model().rowCount() == 1
        assert popup.model().index(0, 0).data().startswith(f"{tap_job.number}   1203室   卫生间")
        popup.grab().save(str(tmp_path / "issue-pick-list.png"))
        enter(qtbot)  # takes it, and moves on
        assert editor.text() == tap_job.number and focused() is form.fields["date"].editor
        assert form.findChild(QLabel, "repairOrderNote").text() == "1203室: 卫生间水龙头漏水"
        assert form.fields["department"].widget.currentText() == "工程部"
        assert form.fields["receiver"].value() == "刘海波"
        assert form.fields["purpose"].value() == f"维修 {tap_job.number} 1203室 卫生间水龙头漏水"
        form.fields["receiver"].editor.setText("王建军")  # the clerk's own word
        editor.setFocus()
        editor.clear()
        qtbot.keyClick(editor, Qt.Key.Key_Down)  # the empty field: every open order
        assert [popup.model().index(r, 0).data().split()[0]
                for r in range(popup.model().rowCount())] == [lamp_job.number, tap_job.number]
        popup.grab().save(str(tmp_path / "issue-pick-open.png"))
        enter(qtbot)  # the first: the lamp
        assert editor.text() == lamp_job.number
        assert form.fields["receiver"].value() == "王建军"  # typed: kept
        assert form.fields["purpose"].value() == f"维修 {lamp_job.number} 805室 走廊灯不亮"
        form.grid.start()
        type_here(qtbot, "SN001")
        enter(qtbot)
        type_here(qtbot, "1")
        enter(qtbot)
        form.grab().save(str(tmp_path / "issue-picked.png"))
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    driver.then(type_it)
    new_document(qtbot, view)
    assert not driver.steps and not driver.banners
    slip = warehouse.IssueSlip.get()
    assert (slip.repair_order_id, slip.department.name, slip.receiver, slip.purpose) == (
        lamp_job.id, "工程部", "王建军", f"维修 {lamp_job.number} 805室 走廊灯不亮")

    def reopen(form):  # a saved draft's own order proposes nothing over what was saved
        form.fields["purpose"].editor.setText("换灯管")
        assert form.fields["receiver"].value() == "王建军"
        form.fields["repair_order"].editor.setText(tap_job.number)
        assert form.fields["purpose"].value() == "换灯管"
        assert form.fields["receiver"].value() == "王建军"
        form.reject()

    driver.then(reopen)
    view.open_document(slip.id)
