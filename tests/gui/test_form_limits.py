"""Every form's length limits are its model fields' (FieldSpec(field=...), values.limit_of).

Each form a tab builds is opened here and each text field it has is compared with
the model field it is kept in (or looked up by): the field must be named, and the
limit the form checks must be that field's max_length. A text field added without
its model field fails here, as does a limit that differs from the model's.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from gui.repairs import forms as repair_forms
from gui.repairs.settings_page import RepairsSettingsPage
from gui.warehouse.count_grid import CountGrid
from gui.warehouse.count_model import REASON
from gui.warehouse.issues_view import IssueSlipsView
from gui.warehouse.items_view import CategoriesDialog, ItemsView
from gui.warehouse.receipts_view import ReceiptsView
from gui.warehouse.requests_view import RequestsView
from gui.warehouse.stocktake_view import StocktakesView
from gui.widgets.record_form import RecordForm
from models import people, repairs, warehouse
from models.values import limit_of
from tests.helpers.repairs import new_order
from tests.helpers.storeroom import make_item, receive
from tests.helpers.widgets import POPUP_NOISE

pytestmark = POPUP_NOISE
O, W = repairs.RepairOrder, warehouse  # noqa: E741

TEXT_KINDS = ("text", "multiline", "phone")


def check_limits(form: RecordForm, expected: dict) -> None:
    """Each text field (and typed combo) of ``form`` names its model field, and the limit is its."""
    texts = {key for key, f in form.fields.items()
             if f.spec.kind in TEXT_KINDS or (f.spec.kind == "combo" and f.spec.editable)}
    assert texts == set(expected), form.objectName()
    for key, model_field in expected.items():
        spec = form.fields[key].spec
        assert spec.field is model_field, key
        assert spec.max_length == limit_of(model_field) == model_field.max_length, key


def test_the_storerooms_forms_take_their_limits_from_the_models(app, qtbot, staff, clock):
    keeper = staff["keeper"]
    items = ItemsView(keeper)
    qtbot.addWidget(items)
    check_limits(items.item_form(), {"code": W.Item.code, "name": W.Item.name,
                                     "spec": W.Item.spec, "unit": W.Item.unit,
                                     "location": W.Item.location})
    for view_class, expected in (
        (ReceiptsView, {"supplier": W.Receipt.supplier,
                        "purchase_request": W.PurchaseRequest.number,
                        "delivery_note": W.Receipt.delivery_note,
                        "received_by": W.Receipt.received_by, "note": W.Receipt.note}),
        (IssueSlipsView, {"receiver": W.IssueSlip.receiver, "purpose": W.IssueSlip.purpose,
                          "repair_order": O.number, "note": W.IssueSlip.note}),
        (RequestsView, {"requested_by": W.PurchaseRequest.requested_by,
                        "reason": W.PurchaseRequest.reason}),
    ):
        view = view_class(keeper)
        qtbot.addWidget(view)
        check_limits(view.build_form(None, True), expected)


def test_a_value_longer_than_the_models_field_is_named_by_the_form(app, qtbot, staff, clock,
                                                                    messages):
    form = ItemsView(staff["keeper"]).item_form()
    qtbot.addWidget(form)
    form.fields["code"].set_value("X" * (W.Item.code.max_length + 1))
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert f"at most {W.Item.code.max_length} characters" in form.banner.text()
    assert not W.Item.select().exists()


def test_the_stocktake_forms_and_the_count_grid_take_their_limits_from_the_models(
        app, qtbot, driver, staff, clock, messages):
    keeper = staff["keeper"]
    receive(staff, make_item(keeper, location="A-01"), 3)
    view = StocktakesView(keeper)
    qtbot.addWidget(view)
    driver.then(lambda form: check_limits(form, {
        "counted_by": W.Stocktake.counted_by, "recounted_by": W.Stocktake.recounted_by,
        "supervised_by": W.Stocktake.supervised_by}))
    assert view.start() is None  # looked at, not saved
    stocktake = warehouse.start_stocktake(W.month_of(clock.now), by=keeper)
    view.refresh()
    view.list.select_id(stocktake.id)
    driver.then(lambda form: check_limits(form, {"reason": W.Stocktake.cancel_reason}))
    assert view.cancel() is False
    grid = CountGrid(stocktake.id, keeper)
    qtbot.addWidget(grid)
    editor = grid.table.itemDelegate().createEditor(grid.table, None,
                                                    grid.model.index(0, REASON))
    assert isinstance(editor, QLineEdit)
    assert editor.maxLength() == W.StocktakeLine.reason.max_length == 100


def test_a_documents_cancel_form_takes_the_reason_limit_of_its_own_table(
        app, qtbot, driver, staff, clock, messages):
    receipt = receive(staff, make_item(staff["keeper"]), 3)
    view = ReceiptsView(staff["manager"])
    qtbot.addWidget(view)
    driver.then(lambda form: check_limits(form, {"reason": W.Receipt.cancel_reason}))
    assert view.cancel_document(receipt.id) is False


def test_the_named_lists_take_the_name_limit_of_their_table(app, qtbot, driver, staff, admin,
                                                          clock, messages):
    dialog = CategoriesDialog(staff["keeper"])
    qtbot.addWidget(dialog)
    driver.then(lambda form: check_limits(form, {"name": W.ItemCategory.name}))
    assert dialog.editor.add() is False
    page = RepairsSettingsPage(admin)
    qtbot.addWidget(page)
    driver.then(lambda form: check_limits(form, {"name": repairs.RepairCategory.name}))
    assert page.categories.add() is False
    assert W.ItemCategory.name.max_length == repairs.RepairCategory.name.max_length == 40


def test_the_repair_forms_take_their_limits_from_the_models(app, qtbot, make_user, clock):
    clerk = make_user(people.CLERK)
    check_limits(repair_forms.order_form(clerk), {
        "department_name": O.department_name, "location": O.location,
        "reporter": O.reporter, "phone": O.phone, "urgent_cause": O.urgent_cause,
        "content": O.content, "category": repairs.RepairCategory.name})  # typed (issue 10)
    order = new_order(clerk)
    for make, expected in (
        (repair_forms.dispatch_form, {"engineer": O.engineer}),
        (repair_forms.complete_form, {"work_done": O.work_done, "materials": O.materials}),
        (repair_forms.send_back_form, {"reason": O.cancel_reason}),  # as send_back checks it
        (repair_forms.call_back_form, {"comment": O.callback_comment}),
        (repair_forms.cancel_form, {"reason": O.cancel_reason}),
    ):
        form = make(clerk, order, None)
        qtbot.addWidget(form)
        check_limits(form, expected)


def test_a_field_spec_refuses_a_limit_other_than_its_fields():
    from gui.widgets.fields import FieldSpec

    assert FieldSpec("code", "Code", field=W.Item.code).max_length == 30
    assert FieldSpec("code", "Code", max_length=30, field=W.Item.code).max_length == 30
    with pytest.raises(ValueError, match="the field's"):
        FieldSpec("code", "Code", max_length=20, field=W.Item.code)
    with pytest.raises(ValueError, match="declares no length"):
        FieldSpec("date", "Date", field=W.Receipt.date)
