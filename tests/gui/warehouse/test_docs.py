"""The storeroom's documents as the office uses them: the storekeeper types a receipt by
keyboard, the manager confirms it, the stock shows; an issue slip for a repair order shows the
stock on hand while it is typed, the duty officer signs it; too much is refused, naming the
item; wrong roles find the buttons disabled and are refused; receipts, slips and requests
print; a purchase request is drafted from low stock and approved."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from gui.warehouse.issues_view import IssueSlipsView
from gui.warehouse.items_view import ItemsView
from gui.warehouse.lines_grid import LinesModel
from gui.warehouse.receipts_view import ReceiptsView
from gui.warehouse.requests_view import RequestsView
from gui.widgets.lines_grid import LinesGrid
from models import warehouse
from tests.helpers.keys import cell_name, enter, focused, type_here
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.repairs import register
from tests.helpers.storeroom import on_hand, receive
from tests.helpers.widgets import POPUP_NOISE, cell, enabled, grid_text, label_texts, select

pytestmark = POPUP_NOISE
ROLE_REFUSED = "Your role does not allow this"


def new_document(qtbot, view) -> None:
    """Ctrl+N in the view's list."""
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def type_receipt(qtbot, form) -> None:
    """The delivery note of 华强五金: header by Enter, then two lines by keyboard, Ctrl+S."""
    assert focused() is form.fields["date"].editor
    enter(qtbot)  # today
    enter(qtbot)  # central purchase
    assert focused() is form.fields["supplier"].editor
    type_here(qtbot, "华强五金")
    enter(qtbot)  # the request number is off for a central purchase: on to the delivery note
    assert focused() is form.fields["delivery_note"].editor
    type_here(qtbot, "SH-0310")
    enter(qtbot)
    enter(qtbot)  # received by: the storekeeper, filled in
    enter(qtbot)  # note, the last header field: into the lines
    assert cell_name() == "cell_item"
    type_here(qtbot, "WJ00")  # part of a code: the list of matches offers WJ001
    completer = focused().completer_
    assert completer.popup().isVisible()
    assert completer.completionModel().index(0, 0).data().startswith("WJ001")
    enter(qtbot)  # takes the highlighted match
    assert cell_name() == "cell_qty"
    assert grid_text(form, 0, "description") == "十字螺丝 M4×20"
    assert grid_text(form, 0, "unit") == "盒"
    type_here(qtbot, "10")
    enter(qtbot)
    assert cell_name() == "cell_unit_price"
    type_here(qtbot, "2.5")
    enter(qtbot)  # on to the next line, added at the end
    assert cell_name() == "cell_item" and form.grid.currentIndex().row() == 1
    assert grid_text(form, 0, "amount") == "25.00"
    type_here(qtbot, "电线")  # part of a name
    enter(qtbot)
    type_here(qtbot, "3.5")
    enter(qtbot)
    type_here(qtbot, "1.2")
    enter(qtbot)
    assert "29.20" in form.total_label.text() and "贰拾玖元贰角整" in form.total_label.text()
    enter(qtbot)  # Enter on the empty new line: the lines are done, Save has the focus
    assert focused() is form.save_button
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_receipt_typed_by_keyboard_confirmed_by_the_manager_shows_in_stock(
        open_view, qtbot, driver, staff, items, printed, messages, tmp_path):
    keeper_view = open_view(ReceiptsView, staff["keeper"])
    driver.then(lambda form: type_receipt(qtbot, form))
    new_document(qtbot, keeper_view)
    assert not driver.steps and not driver.banners
    receipt = warehouse.Receipt.get()
    assert (receipt.supplier, receipt.delivery_note, receipt.received_by) == (
        "华强五金", "SH-0310", "赵桂英")
    assert receipt.source == warehouse.CENTRAL and receipt.status == warehouse.DRAFT
    lines = [(line.item.code, line.qty, line.unit_price, line.amount)
             for line in receipt.lines.order_by(warehouse.ReceiptLine.line_no)]
    assert lines == [("WJ001", Decimal("10"), Decimal("2.5"), Decimal("25.00")),
                     ("DL001", Decimal("3.5"), Decimal("1.2"), Decimal("4.20"))]
    assert receipt.total == Decimal("29.20")
    assert cell(keeper_view, 0, "number") == receipt.number
    assert cell(keeper_view, 0, "status") == "Draft"
    assert keeper_view.list.current_id() == receipt.id
    assert on_hand(items["screw"]) == 0  # a draft counts for nothing
    assert "Needs Manager" in keeper_view.qactions["submit"].toolTip()  # tests/gui/test_vouch.py

    manager_view = open_view(ReceiptsView, staff["manager"])
    select(manager_view, receipt.id)
    assert enabled(manager_view) == {"open", "submit", "cancel", "print"}
    manager_view.qactions["submit"].trigger()
    assert any(kind == "question" and receipt.number in text for kind, text in messages)
    assert warehouse.get_receipt(receipt.id).status == warehouse.SUBMITTED
    assert cell(manager_view, 0, "status") == "Confirmed"
    assert on_hand(items["screw"]) == 10 and on_hand(items["wire"]) == Decimal("3.5")
    assert enabled(manager_view) == {"open", "cancel", "print"}

    items_view = open_view(ItemsView, staff["keeper"])
    codes = {cell(items_view, r, "code"): r for r in range(items_view.list.model.rowCount())}
    assert cell(items_view, codes["WJ001"], "qty") == "10"
    assert cell(items_view, codes["WJ001"], "value") == "25.00"

    # the confirmed receipt opens read-only, saying who confirmed it; it prints
    def read(form):
        assert form.read_only and not form.save_button.isVisible()
        assert any("Confirmed by 周志华" in text for text in label_texts(form))
        assert not form.lines.flags(form.lines.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
        form.findChild(QPushButton, "action_print").click()

    driver.then(read)
    manager_view.qactions["open"].trigger()
    assert len(printed) == 1
    text = flat_pdf_text(printed[0][0], tmp_path)
    assert receipt.number in text and "入库单" in text and "十字螺丝" in text


def type_issue_slip(qtbot, form, order_number: str) -> None:
    note = form.findChild(QLabel, "repairOrderNote")
    assert focused() is form.fields["repair_order"].editor  # the order comes first
    type_here(qtbot, "BX-nonsense")
    assert "There is no repair order BX-nonsense" in note.text()
    focused().clear()
    type_here(qtbot, order_number)
    assert note.text() == "1203室: 卫生间水龙头漏水"
    enter(qtbot)  # the list of matches takes it: on to the date
    enter(qtbot)  # today
    combo = form.fields["department"].widget
    combo.setCurrentIndex(combo.findText("工程部"))
    enter(qtbot)
    type_here(qtbot, "刘海波")
    enter(qtbot)
    focused().selectAll()  # over the purpose the order proposed
    type_here(qtbot, "换水龙头")
    enter(qtbot)
    enter(qtbot)  # note: into the lines
    type_here(qtbot, "SN001")
    enter(qtbot)
    assert cell_name() == "cell_qty"
    assert form.stock_label.text() == "SN001 水龙头: Stock 5 个"
    assert grid_text(form, 0, "on_hand") == "5"
    type_here(qtbot, "8")  # more than there is: red at once, while typing
    assert "less than the 8 个 asked for" in form.stock_label.text()
    assert "color: #c62828" in form.stock_label.styleSheet()
    focused().clear()
    type_here(qtbot, "2")
    assert form.stock_label.text() == "SN001 水龙头: Stock 5 个"
    enter(qtbot)  # an issue slip has no price: on to the next line
    assert cell_name() == "cell_item" and form.grid.currentIndex().row() == 1
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_an_issue_slip_for_a_repair_order_shows_the_stock_and_is_signed_by_the_duty_officer(
        open_view, qtbot, driver, staff, items, printed, messages, tmp_path):
    receive(staff, items["tap"], 5, "30")
    order = register(staff["clerk"], location="1203室", content="卫生间水龙头漏水")
    keeper_view = open_view(IssueSlipsView, staff["keeper"])
    driver.then(lambda form: type_issue_slip(qtbot, form, order.number))
    new_document(qtbot, keeper_view)
    assert not driver.steps and not driver.banners
    slip = warehouse.IssueSlip.get()
    assert (slip.department.name, slip.receiver, slip.purpose, slip.repair_order_id) == (
        "工程部", "刘海波", "换水龙头", order.id)
    assert [(line.item.code, line.qty) for line in slip.lines] == [("SN001", 2)]
    assert on_hand(items["tap"]) == 5
    assert "Needs Duty officer" in keeper_view.qactions["submit"].toolTip()

    duty_view = open_view(IssueSlipsView, staff["duty"])
    select(duty_view, slip.id)
    assert enabled(duty_view) == {"open", "submit", "print"}
    duty_view.qactions["submit"].trigger()
    assert any(kind == "question" and "SN001 水龙头  2 个" in text for kind, text in messages)
    slip = warehouse.get_issue_slip(slip.id)
    assert slip.status == warehouse.SUBMITTED and slip.signed_by_id == staff["duty"].id
    assert on_hand(items["tap"]) == 3 and slip.total == Decimal("60.00")
    assert cell(duty_view, 0, "status") == "Signed"

    def read(form):  # signed: unit cost and amount per line, no stock column
        grid = form.grid
        assert not grid.isColumnHidden(grid.column("unit_cost"))
        assert grid.isColumnHidden(grid.column("on_hand"))
        assert grid_text(form, 0, "unit_cost") == "30.00"
        assert grid_text(form, 0, "amount") == "60.00"
        assert "Cost: 60.00 yuan" in form.total_label.text()
        form.findChild(QPushButton, "action_print").click()

    driver.then(read)
    duty_view.open_document(slip.id)
    assert printed and slip.number in flat_pdf_text(printed[-1][0], tmp_path)


def test_signing_more_than_is_in_stock_names_the_item_and_changes_nothing(
        open_view, staff, items, messages, table_snapshot):
    receive(staff, items["screw"], 10)
    slip = warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                     [{"item": items["screw"].id, "qty": 12}], by=staff["keeper"])
    view = open_view(IssueSlipsView, staff["duty"])
    select(view, slip.id)
    before = table_snapshot()
    assert not view.qactions["submit"].trigger()
    refusals = [text for kind, text in messages if kind == "box"]
    assert refusals == ["Not enough WJ001 十字螺丝 in stock: 10 盒 on hand, 12 盒 asked for."]
    assert table_snapshot() == before
    assert warehouse.get_issue_slip(slip.id).status == warehouse.DRAFT


def test_the_wrong_role_finds_the_buttons_disabled_and_is_refused(
        open_view, driver, staff, items, messages, table_snapshot):
    receipt = warehouse.save_receipt({"supplier": "华强五金"},
                                     [{"item": items["screw"].id, "qty": 1, "unit_price": 1}],
                                     by=staff["keeper"])
    slip = warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                     [{"item": items["screw"].id, "qty": 1}], by=staff["keeper"])
    before = table_snapshot()

    clerk = open_view(ReceiptsView, staff["clerk"])
    select(clerk, receipt.id)
    assert enabled(clerk) == {"open", "submit", "print"}  # submit: the manager's, signed here
    assert clerk.new_document() is None  # Ctrl+N, or a direct call: refused before the form
    keeper = open_view(ReceiptsView, staff["keeper"])
    select(keeper, receipt.id)
    assert enabled(keeper) == {"new", "open", "submit", "cancel", "print"}
    asked = []

    def nobody_signs(dialog):
        asked.append(dialog.objectName())
        dialog.reject()

    driver.then(nobody_signs)  # the storekeeper cannot confirm, and no manager is there
    assert not keeper.submit_document(receipt.id)
    manager_slips = open_view(IssueSlipsView, staff["manager"])
    select(manager_slips, slip.id)
    assert "Needs Duty officer" in manager_slips.qactions["submit"].toolTip()  # not his to sign
    driver.then(nobody_signs)
    assert not manager_slips.submit_document(slip.id)
    duty_requests = open_view(RequestsView, staff["duty"])
    assert enabled(duty_requests) == set()
    assert duty_requests.draft_from_low_stock() is None

    refusals = [text for kind, text in messages if kind == "box"]
    assert len(refusals) == 2 and all(ROLE_REFUSED in text for text in refusals)
    assert asked == ["vouchDialog", "vouchDialog"]
    assert table_snapshot() == before


def test_shape_problems_show_at_once_and_a_refusal_selects_its_line(
        open_view, qtbot, driver, staff, items, messages):
    view = open_view(ReceiptsView, staff["keeper"])

    def typed(form):
        form.fields["supplier"].editor.setFocus()
        type_here(qtbot, "华强五金")
        form.grid.start()
        type_here(qtbot, "nothing-like-it")
        enter(qtbot)  # no such item: the banner says so, the cell stays
        assert cell_name() == "cell_item"
        assert "Line 1: No item in use matches “nothing-like-it”." in form.banner.text()
        focused().clear()
        type_here(qtbot, "WJ001")
        enter(qtbot)
        type_here(qtbot, "1.2345")  # too many decimals for a quantity
        enter(qtbot)
        assert cell_name() == "cell_qty" and form.banner.isVisible()
        assert "Line 1: Quantity may have at most 3 decimal places." in form.banner.text()
        focused().clear()
        type_here(qtbot, "2")
        enter(qtbot)
        assert not form.banner.isVisible()
        type_here(qtbot, "abc")
        enter(qtbot)
        assert "Line 1: Unit price must be a number" in form.banner.text()
        focused().clear()
        type_here(qtbot, "3")
        enter(qtbot)
        type_here(qtbot, "WJ001")  # the same item again: the operation refuses, naming line 2
        enter(qtbot)
        type_here(qtbot, "1")
        enter(qtbot)
        type_here(qtbot, "3")
        enter(qtbot)
        assert not form.save()
        assert "Line 2: WJ001 十字螺丝 is already on line 1" in form.banner.text()
        assert form.grid.currentIndex().row() == 1
        # Delete on the grid removes the current line; then it saves
        form.grid.setFocus()
        qtbot.keyClick(form.grid, Qt.Key.Key_Delete)
        assert len(form.lines.lines_for_save()) == 1
        assert form.save()

    driver.then(typed)
    assert view.new_document() is not None
    receipt = warehouse.Receipt.get()
    assert [(line.item.code, line.qty, line.unit_price) for line in receipt.lines] == [
        ("WJ001", 2, 3)]


def test_escape_asks_before_throwing_away_a_typed_document(
        open_view, qtbot, driver, staff, items, messages, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    view = open_view(ReceiptsView, staff["keeper"])

    def typed_then_escape(form):
        form.grid.start()
        type_here(qtbot, "WJ001")
        enter(qtbot)
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # leaves the cell
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.No)
        qtbot.keyClick(form.grid, Qt.Key.Key_Escape)  # asks; No keeps the form
        assert form.isVisible()
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.keyClick(form.grid, Qt.Key.Key_Escape)
        assert not form.isVisible()

    driver.then(typed_then_escape)
    assert view.new_document() is None
    assert warehouse.Receipt.select().count() == 0


def test_an_own_purchase_names_an_approved_request_drafted_from_low_stock(
        open_view, qtbot, driver, staff, items, printed, messages, tmp_path):
    receive(staff, items["screw"], 2, "2.50")  # under its safety stock of 5
    keeper_requests = open_view(RequestsView, staff["keeper"])

    def check_draft(form):
        assert grid_text(form, 0, "item") == "WJ001"
        assert grid_text(form, 0, "qty") == "8"  # up to twice the safety stock
        assert grid_text(form, 0, "unit_price") == "2.5"
        assert "20.00" in form.total_label.text()
        form.save()

    driver.then(check_draft)
    keeper_requests.qactions["low"].trigger()
    request = warehouse.PurchaseRequest.get()
    assert request.status == warehouse.DRAFT and request.total == Decimal("20.00")

    manager_requests = open_view(RequestsView, staff["manager"])
    select(manager_requests, request.id)
    assert enabled(manager_requests) == {"open", "submit", "cancel", "print"}
    manager_requests.qactions["submit"].trigger()
    assert warehouse.get_request(request.id).status == warehouse.APPROVED
    manager_requests.qactions["print"].trigger()
    assert request.number in flat_pdf_text(printed[-1][0], tmp_path)

    receipts = open_view(ReceiptsView, staff["keeper"])

    def own_purchase(form):
        combo = form.fields["source"].widget
        assert not form.fields["purchase_request"].editor.isEnabled()
        combo.setCurrentIndex(combo.findData(warehouse.SELF))
        assert form.fields["purchase_request"].editor.isEnabled()
        form.fields["supplier"].editor.setText("五金店")
        form.grid.start()
        type_here(qtbot, "WJ001")
        enter(qtbot)
        type_here(qtbot, "8")
        enter(qtbot)
        type_here(qtbot, "2.4")
        enter(qtbot)
        assert not form.save()  # no request number
        assert "approved purchase request" in form.banner.text()
        assert form.invalid_keys() == ["purchase_request"]
        type_here(qtbot, request.number)
        assert form.save()

    driver.then(own_purchase)
    receipt = receipts.new_document()
    assert receipt.source == warehouse.SELF and receipt.purchase_request_id == request.id


def test_the_manager_cancels_a_confirmed_receipt_with_the_reason(
        open_view, staff, items, driver, qtbot, messages):
    receipt = receive(staff, items["wire"], 100, "1.5")
    view = open_view(ReceiptsView, staff["manager"])
    select(view, receipt.id)

    def cancel(form):
        assert any("goods go back out of stock" in text for text in label_texts(form))
        form.fields["reason"].editor.setFocus()
        type_here(qtbot, "送错货，已退回")
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    driver.then(cancel)
    view.qactions["cancel"].trigger()
    receipt = warehouse.get_receipt(receipt.id)
    assert receipt.status == warehouse.CANCELLED and receipt.cancel_reason == "送错货，已退回"
    assert on_hand(items["wire"]) == 0
    assert cell(view, 0, "status") == "Voided"

    def read(form):
        assert any("Cancelled by 周志华" in text and "送错货，已退回" in text
                   for text in label_texts(form))

    driver.then(read)
    view.open_document(receipt.id)


def test_the_lines_model_is_a_proper_qt_model(app, qtmodeltester, staff, items):
    model = LinesModel("receipt")
    grid = LinesGrid(model)
    model.append_line()
    model.setData(model.index(0, 0), "WJ001")
    model.setData(model.index(0, model.column_of("qty")), "2")
    model.append_line()
    qtmodeltester.check(model)
    assert grid.column("qty") == 3
    assert model.lines_for_save() == [{"item": items["screw"].id, "qty": "2", "note": "",
                                       "unit_price": "0"}]


def test_a_draft_opens_for_editing_for_the_storekeeper_and_with_its_steps_for_the_manager(
        open_view, qtbot, driver, staff, items, messages):
    receipt = warehouse.save_receipt({"supplier": "华强五金"},
                                     [{"item": items["screw"].id, "qty": 4, "unit_price": 2}],
                                     by=staff["keeper"])
    keeper = open_view(ReceiptsView, staff["keeper"])

    def change(form):  # Enter on the list: the draft, editable; Tab moves cell by cell
        assert not form.read_only and grid_text(form, 0, "qty") == "4"
        form.grid.go(0, "qty")
        focused().selectAll()
        type_here(qtbot, "6")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert cell_name() == "cell_unit_price"
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert cell_name() == "cell_line_note"
        type_here(qtbot, "两盒破损已退")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # on to the next (empty) line
        assert cell_name() == "cell_item" and form.grid.currentIndex().row() == 1
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
        assert cell_name() == "cell_line_note"
        assert "12.00" in form.total_label.text()
        enter(qtbot, ctrl=True)  # Ctrl+Enter saves from a cell too

    driver.then(change)
    select(keeper, receipt.id)
    keeper.list.table.setFocus()
    qtbot.keyClick(keeper.list.table, Qt.Key.Key_Return)
    assert not driver.steps and not driver.banners
    line = warehouse.get_receipt(receipt.id).lines.get()
    assert (line.qty, line.note) == (6, "两盒破损已退")
    assert warehouse.get_receipt(receipt.id).total == Decimal("12.00")

    manager = open_view(ReceiptsView, staff["manager"])

    def confirm_from_the_form(form):
        assert form.read_only
        assert {b.objectName() for b in form.findChildren(QPushButton)} >= {
            "action_submit", "action_cancel", "action_print"}
        form.findChild(QPushButton, "action_submit").click()
        assert not form.isVisible()  # it wrote: the form closes

    driver.then(confirm_from_the_form)
    manager.open_document(receipt.id)
    assert warehouse.get_receipt(receipt.id).status == warehouse.SUBMITTED
    assert on_hand(items["screw"]) == 6
    select(manager, receipt.id)
    assert cell(manager, 0, "status") == "Confirmed"


def test_a_wrong_repair_order_number_is_refused_by_the_operation_and_nothing_is_saved(
        open_view, qtbot, driver, staff, items, messages):
    view = open_view(IssueSlipsView, staff["keeper"])

    def wrong(form):
        combo = form.fields["department"].widget
        combo.setCurrentIndex(combo.findText("工程部"))
        form.fields["receiver"].editor.setText("刘海波")
        form.fields["repair_order"].editor.setText("BX-0000")
        form.grid.start()
        type_here(qtbot, "DL001")
        enter(qtbot)
        type_here(qtbot, "5")
        enter(qtbot)
        assert not form.save()
        assert form.banner.text() == "There is no repair order BX-0000."
        assert form.invalid_keys() == ["repair_order"]
        assert grid_text(form, 0, "qty") == "5"  # everything typed is still there

    driver.then(wrong)
    assert view.new_document() is None
    assert warehouse.IssueSlip.select().count() == 0
