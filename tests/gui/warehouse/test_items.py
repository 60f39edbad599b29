"""The item list as the storekeeper uses it: add and correct items by keyboard, filter the
list, read an item's ledger, keep the categories, and import an item list from the template
(a file with a bad row lists every bad row and imports nothing)."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from gui.warehouse import items_view
from gui.warehouse.items_view import CategoriesDialog, ItemLedgerDialog, ItemsView
from models import warehouse
from models.errors import PermissionDenied
from tests.helpers.keys import enter, focused, type_here
from tests.helpers.storeroom import receive
from tests.helpers.widgets import POPUP_NOISE, cell, enabled, label_texts

pytestmark = POPUP_NOISE


def rows(view) -> list[str]:
    return [cell(view, r, "code") for r in range(view.list.model.rowCount())]


def row_colour(view, code: str):
    row = rows(view).index(code)
    return view.list.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)


def test_the_storekeeper_adds_an_item_by_keyboard_corrects_it_and_filters_the_list(
        open_view, qtbot, driver, staff, items, messages):
    view = open_view(ItemsView, staff["keeper"])

    def type_item(form):
        assert focused() is form.fields["code"].editor
        for text in ("WJ010", "活动扳手", "8寸", "把"):
            type_here(qtbot, text)
            enter(qtbot)
        combo = form.fields["category"].widget
        assert "劳保" in [combo.itemText(i) for i in range(combo.count())]
        combo.setCurrentIndex(combo.findText("五金"))
        enter(qtbot)
        type_here(qtbot, "A-02")
        enter(qtbot)
        type_here(qtbot, "2")
        enter(qtbot)
        enter(qtbot)  # in use (ticked): the last field, Enter saves

    driver.then(type_item)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    item = warehouse.Item.get(warehouse.Item.code == "WJ010")
    assert (item.name, item.spec, item.unit, item.category.name, item.location,
            item.safety_stock, item.active) == ("活动扳手", "8寸", "把", "五金", "A-02",
                                                Decimal("2"), True)
    assert view.list.current_id() == item.id

    # Enter on the list opens the item; a code already in use is refused in the banner
    def correct(form):
        assert any("On hand: 0 把" in text for text in label_texts(form))
        form.fields["code"].editor.setText("WJ001")
        assert not form.save()
        assert "The item code WJ001 is already in use." in form.banner.text()
        assert form.invalid_keys() == ["code"]
        form.fields["code"].editor.setText("WJ010")
        form.fields["name"].editor.setText("活动扳手（大）")
        assert form.save()

    driver.then(correct)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    assert warehouse.get_item(item.id).name == "活动扳手（大）"

    # filters: below safety stock, category, location, in use
    receive(staff, items["screw"], 2)  # under its safety stock of 5
    view.refresh()
    assert row_colour(view, "WJ001").name() == "#c62828"
    view.low_filter.setChecked(True)
    assert rows(view) == ["WJ001", "WJ010"]  # the new 扳手 has none of its 2 either
    view.list.clear_filters()
    view.category_filter.setCurrentIndex(view.category_filter.findText("电料"))
    assert rows(view) == ["DL001"]
    view.list.clear_filters()
    view.location_filter.setCurrentIndex(view.location_filter.findText("A-02"))
    assert rows(view) == ["WJ010"]
    view.list.clear_filters()
    warehouse.update_item(items["tap"].id, {"active": False}, by=staff["keeper"])
    view.active_filter.setChecked(True)
    assert "SN001" not in rows(view) and len(rows(view)) == 3


def test_an_items_ledger_shows_every_movement_with_the_running_balance(
        open_view, qtbot, driver, staff, items, messages):
    receive(staff, items["screw"], 10, "2.50")
    receive(staff, items["screw"], 10, "3.10")
    slip = warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                     [{"item": items["screw"].id, "qty": 4}], by=staff["keeper"])
    warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    view = open_view(ItemsView, staff["clerk"])  # not a storekeeper: Enter shows the ledger
    view.list.select_id(items["screw"].id)
    assert enabled(view) == {"ledger", "template"}
    seen = []

    def read(dialog):
        assert isinstance(dialog, ItemLedgerDialog)
        table = dialog.table
        seen.extend([[table.item(r, c).text() for c in range(table.columnCount())]
                     for r in range(table.rowCount())])

    driver.then(read)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    assert seen[0][1:] == ["Brought forward", "", "", "", "", "", "0 盒", "0.00"]
    assert [row[1:] for row in seen[1:4]] == [
        ["Receipt", seen[1][2], "10", "", "2.5000", "25.00", "10 盒", "25.00"],
        ["Receipt", seen[2][2], "10", "", "3.1000", "31.00", "20 盒", "56.00"],
        ["Issue", slip.number, "", "4", "2.8000", "11.20", "16 盒", "44.80"],
    ]
    assert seen[4][1:5] == ["Total of the span", "", "20", "4"]


def test_the_storekeeper_keeps_the_item_categories(app, qtbot, driver, staff, messages):
    dialog = CategoriesDialog(staff["keeper"])
    qtbot.addWidget(dialog)
    dialog.show()

    def name(text):
        def step(form):
            form.fields["name"].editor.setText(text)
            assert form.save()
        return step

    driver.then(name("工具"))
    dialog.editor.buttons["add"].click()
    tools = warehouse.ItemCategory.get(warehouse.ItemCategory.name == "工具")
    assert dialog.editor.selected().id == tools.id
    driver.then(name("工具类"))
    dialog.editor.buttons["rename"].click()
    assert warehouse.ItemCategory.get_by_id(tools.id).name == "工具类"
    dialog.editor.buttons["up"].click()
    names = [c.name for c in warehouse.categories(active_only=False)]
    assert names.index("工具类") == len(names) - 2
    dialog.editor.buttons["toggle"].click()
    assert not warehouse.ItemCategory.get_by_id(tools.id).active
    assert "工具类" not in [c.name for c in warehouse.categories()]
    assert dialog.editor.table.item(dialog.editor.table.currentRow(), 1).text() == "No"


def fill(path, rows) -> None:
    """Rows typed into the template under its example row."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for values in rows:
        sheet.append(values)
    book.save(path)


def test_an_import_with_a_bad_row_lists_it_and_imports_nothing_then_a_good_one_imports(
        open_view, driver, staff, items, messages, monkeypatch, tmp_path, table_snapshot):
    template = tmp_path / "物品导入模板.xlsx"
    monkeypatch.setattr(items_view, "ask_save_path", lambda *a: str(template))
    view = open_view(ItemsView, staff["keeper"])
    view.qactions["template"].trigger()
    assert template.exists() and any("The template is saved" in text for _k, text in messages)

    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(template.read_bytes())
    fill(bad, [["QJ001", "拖把", "", "把", "清洁用品", "D-01", 3, 10, 15],
               ["QJ002", "扫帚", "", "", "清洁用品", "", None, None, None],
               ["WJ001", "重复的螺丝", "", "盒", "五金", "", None, None, None]])
    monkeypatch.setattr(items_view, "ask_open_path", lambda *a: str(bad))
    shown = []

    def problems(dialog):
        shown.append(dialog.problems.toPlainText())
        assert any("2 row(s) of bad.xlsx cannot be imported" in t for t in label_texts(dialog))
        dialog.findChild(QPushButton, "copyProblems").click()

    before = table_snapshot()
    driver.then(problems)
    view.qactions["import"].trigger()
    assert shown and shown[0].splitlines() == [
        "Row 4, 单位: The unit is required.",
        "Row 5, 编码: The item code WJ001 is already in use.",
    ]
    assert QApplication.clipboard().text() == shown[0]
    assert table_snapshot() == before

    good = tmp_path / "good.xlsx"
    good.write_bytes(template.read_bytes())
    fill(good, [["QJ001", "拖把", "", "把", "清洁用品", "D-01", 3, 10, 15],
                ["QJ002", "扫帚", "", "把", "清洁用品", "", None, None, None]])
    monkeypatch.setattr(items_view, "ask_open_path", lambda *a: str(good))
    imported = view.import_items()
    assert [i.code for i in imported] == ["QJ001", "QJ002"]
    mop = warehouse.Item.get(warehouse.Item.code == "QJ001")
    assert (mop.qty, mop.value, mop.location) == (10, Decimal("150.00"), "D-01")
    assert any("2 item(s) imported from good.xlsx" in text for _k, text in messages)
    assert {"QJ001", "QJ002"} <= set(rows(view))


def test_only_the_storekeeper_changes_items(open_view, staff, items, messages, table_snapshot):
    before = table_snapshot()
    view = open_view(ItemsView, staff["manager"])
    assert enabled(view) == {"template"}
    assert view.new_item() is None
    assert view.import_items() is None
    view.edit_categories()
    refusals = [text for kind, text in messages if kind == "box"]
    assert len(refusals) == 3 and all("Your role does not allow this" in t for t in refusals)
    assert table_snapshot() == before
    with pytest.raises(PermissionDenied):  # and the operation itself refuses
        warehouse.create_item({"code": "X1", "name": "x", "unit": "个", "category": "五金"},
                              by=staff["manager"])


def test_coming_back_to_the_list_shows_stock_moved_elsewhere(open_view, staff, items):
    view = open_view(ItemsView, staff["clerk"])
    assert cell(view, rows(view).index("WJ001"), "qty") == "0"
    view.hide()
    receive(staff, items["screw"], 7)  # confirmed in the receipts sub-view meanwhile
    view.show()
    assert cell(view, rows(view).index("WJ001"), "qty") == "7"
