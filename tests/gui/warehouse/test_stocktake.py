"""The stocktake view as the storeroom uses it: the storekeeper starts the count and prints
the blind sheets, types the counts by keyboard, recounts the flagged line and gives the
reason; the manager approves, the books close up to the count and the record prints. Wrong roles find the
buttons disabled; an approval with a line uncounted is refused with nothing changed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from gui.warehouse import count_grid, count_model
from gui.warehouse.count_model import COUNTED, DIFFERENCE, EXPECTED, FLAG, REASON, RECOUNT
from gui.warehouse.stocktake_view import StocktakesView
from models import warehouse
from tests.helpers.keys import press_enter, type_text
from tests.helpers.pdf import pdf_words
from tests.helpers.storeroom import issue, make_item, receive
from tests.helpers.widgets import field, pick

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)
pytestmark = pytest.mark.clock_at(T0)  # the ``clock`` fixture starts here


# --- the storeroom's data, built with the operations (tests/helpers/storeroom.py) ---


@pytest.fixture
def shelves(staff, clock):
    """Three items on three shelves, received on 2 March; the clock then stands at 30 March."""
    keeper = staff["keeper"]
    items = {
        "WJ001": make_item(keeper, location="A-02", spec="M4×20"),
        "DL001": make_item(keeper, code="DL001", name="绝缘胶布", unit="卷", category="电料",
                           location="A-01"),
        "LB001": make_item(keeper, code="LB001", name="劳保手套", unit="双", category="劳保",
                           location="B-01"),
    }
    receive(staff, items["WJ001"], 47, "2")
    receive(staff, items["DL001"], 58, "5")
    receive(staff, items["LB001"], 69, "3")
    clock.set(dt.datetime(2026, 3, 30, 9, 0))
    return items


# --- driving the view -------------------------------------------------------------------


@pytest.fixture
def open_stocktakes(app, qtbot, messages):
    """open_stocktakes(user) -> the stocktakes view, 1100×500, shown as the active window."""

    def _open(user) -> StocktakesView:
        view = StocktakesView(user)
        qtbot.addWidget(view)
        view.resize(1100, 500)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        return view

    return _open


@pytest.fixture
def saved_changes(monkeypatch) -> list[dict]:
    """What the grid passed to warehouse.enter_counts, call by call."""
    seen: list[dict] = []
    real = warehouse.enter_counts

    def spy(stocktake_id, changes, by, **kwargs):
        seen.append({k: dict(v) for k, v in changes.items()})
        return real(stocktake_id, changes, by=by, **kwargs)

    monkeypatch.setattr(warehouse, "enter_counts", spy)
    return seen


def enabled(view: StocktakesView) -> set[str]:
    return {name for name, action in view.qactions.items() if action.isEnabled()}


def select(view: StocktakesView, stocktake_id: int) -> None:
    view.refresh()
    assert view.list.select_id(stocktake_id)
    QApplication.processEvents()


def cell(grid: count_grid.CountGrid, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return grid.model.index(row, column).data(role)


def current(grid: count_grid.CountGrid) -> tuple[int, int]:
    index = grid.table.currentIndex()
    return index.row(), index.column()


def keys(qtbot, text: str) -> None:
    """Type as on the keyboard: every key goes to the widget that has the focus."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def enter(qtbot, grid: count_grid.CountGrid) -> None:
    """Enter, then wait for the cell editor to close (the delegate closes it queued)."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.table.state() != QAbstractItemView.State.EditingState)
    QApplication.processEvents()


def type_count(qtbot, grid: count_grid.CountGrid, text: str) -> None:
    assert QApplication.focusWidget() is grid.table
    keys(qtbot, text)  # the first key opens the cell's editor
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    enter(qtbot, grid)


def type_words(qtbot, grid: count_grid.CountGrid, text: str) -> None:
    """F2 opens the cell; the words come as an input method would put them."""
    qtbot.keyClick(grid.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert(text)
    enter(qtbot, grid)


# --- the whole count ---------------------------------------------------------------------


def test_a_stocktake_from_start_to_approval_through_the_gui(
        open_stocktakes, qtbot, driver, printed, messages, saved_changes, staff, shelves, clock,
        tmp_path):
    keeper_view = open_stocktakes(staff["keeper"])
    assert enabled(keeper_view) == {"start"}
    assert "No month closed yet" in keeper_view.status_label.text()

    # the storekeeper starts March's count: Enter from field to field, the last one saves
    def start(form):
        assert form.fields["month"].text() == "2026-03"  # this month by default
        assert form.fields["counted_by"].text() == "赵桂英"
        for key in ("month", "category", "location", "quarterly", "counted_by"):
            assert QApplication.focusWidget() is field(form, key)
            press_enter(qtbot, field(form, key))
        type_text(qtbot, field(form, "recounted_by"), "李晓燕")
        press_enter(qtbot, field(form, "recounted_by"))
        type_text(qtbot, field(form, "supervised_by"), "周志华")
        press_enter(qtbot, field(form, "supervised_by"))

    driver.then(start)
    keeper_view.qactions["start"].trigger()
    assert not driver.banners
    stocktake = warehouse.open_stocktake()
    assert (stocktake.month, stocktake.counted_by, stocktake.recounted_by,
            stocktake.supervised_by) == ("2026-03", "赵桂英", "李晓燕", "周志华")
    assert keeper_view.list.current_id() == stocktake.id
    assert f"stocktake {stocktake.number} of 2026-03 open" in keeper_view.status_label.text()

    # asked at once, the count sheets print: the items in shelf order, no book quantities
    assert any("Print the count sheets now?" in text for _kind, text in messages)
    assert len(printed) == 1
    text, words = pdf_words(printed[0][0], tmp_path)
    assert "盘点表" in text and stocktake.number in text
    for code, name in (("DL001", "绝缘胶布"), ("WJ001", "十字螺丝"), ("LB001", "劳保手套")):
        assert code in text and name in text
    assert text.index("DL001") < text.index("WJ001") < text.index("LB001")  # B-01
    assert not {"47", "58", "69"} & set(words)
    assert enabled(keeper_view) == {"start", "sheets", "counts", "approve", "cancel"}  # no record
    assert "Needs Manager" in keeper_view.qactions["approve"].toolTip()  # signed at this desk

    # between the freeze and the count two boxes of screws leave: the books now expect 45
    clock.advance(hours=1)
    issue(staff, shelves["WJ001"], 2)
    clock.advance(hours=1)

    def count(grid):
        assert not grid.read_only
        assert current(grid) == (0, COUNTED)
        assert [cell(grid, r, EXPECTED) for r in range(3)] == ["", "", ""]  # blind
        type_count(qtbot, grid, "58")  # DL001, A-01
        assert current(grid) == (1, COUNTED)  # Enter: the next line's count
        assert (cell(grid, 0, EXPECTED), cell(grid, 0, DIFFERENCE), cell(grid, 0, FLAG)) == (
            "58", "0", "")
        type_count(qtbot, grid, "44")  # WJ001, A-02: the books expect 45
        assert current(grid) == (2, COUNTED)
        type_count(qtbot, grid, "69")  # LB001
        assert (cell(grid, 1, EXPECTED), cell(grid, 1, DIFFERENCE), cell(grid, 1, FLAG)) == (
            "45", "-1", "Recount")
        assert cell(grid, 1, COUNTED, Qt.ItemDataRole.BackgroundRole).color() == \
            count_model.ATTENTION
        assert cell(grid, 2, COUNTED, Qt.ItemDataRole.BackgroundRole) is None
        assert "Counted 3 of 3 · flagged 1 (1 still to recount) · without a reason 1" in \
            grid.summary.text()
        assert "estimated gain 0.00, loss 2.00" in grid.summary.text()
        grid.grab().save("/tmp/shots/warehouse/count_grid_first_pass.png")
        qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert len(saved_changes) == 1 and len(saved_changes[0]) == 3
        assert not grid.banner.isVisible()

        # the second pass: F3 jumps to the flagged line's recount, Enter to its reason
        grid.go_to(0, COUNTED)
        qtbot.keyClick(grid.table, Qt.Key.Key_F3)
        assert current(grid) == (1, RECOUNT)
        type_count(qtbot, grid, "44")  # still 44 on the shelf
        assert current(grid) == (1, REASON)
        assert cell(grid, 1, FLAG) == "Reason needed"
        type_words(qtbot, grid, "上次出库少发一盒")
        assert cell(grid, 1, FLAG) == "Recounted"
        assert "without a reason 0" in grid.summary.text()
        grid.grab().save("/tmp/shots/warehouse/count_grid_second_pass.png")
        qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(grid.table, Qt.Key.Key_Escape)  # nothing unsaved: closes at once
        assert not grid.isVisible()

    driver.then(count)
    keeper_view.qactions["counts"].trigger()
    lines = {r.item.code: r.line for r in warehouse.count_rows(stocktake.id)}
    assert saved_changes[0] == {
        lines["DL001"].id: {"counted_qty": D("58")},
        lines["WJ001"].id: {"counted_qty": D("44")},
        lines["LB001"].id: {"counted_qty": D("69")},
    }
    # only the changed line, only its changed fields
    assert saved_changes[1] == {lines["WJ001"].id: {"recount_qty": D("44"),
                                                    "reason": "上次出库少发一盒"}}
    assert (lines["WJ001"].counted_qty, lines["WJ001"].recount_qty, lines["WJ001"].reason) == (
        D("44"), D("44"), "上次出库少发一盒")
    assert "3 of 3 line(s) counted" in keeper_view.status_label.text()
    assert "Needs Manager" in keeper_view.qactions["approve"].toolTip()  # not hers to give

    # the manager approves: asked first, the books close up to the count, the record prints
    manager_view = open_stocktakes(staff["manager"])
    select(manager_view, stocktake.id)
    assert enabled(manager_view) == {"sheets", "approve", "record", "cancel"}
    manager_view.qactions["approve"].trigger()
    assert any("The books up to 2026-03-30" in text and "2026-03 stays open" in text
               for kind, text in messages if kind == "question")
    assert not [text for kind, text in messages if kind == "box"]
    assert warehouse.get_stocktake(stocktake.id).status == warehouse.APPROVED
    assert warehouse.closed_through() is None  # March goes on after the count
    assert warehouse.books_lock().number == stocktake.number
    loss = warehouse.StockEntry.get(warehouse.StockEntry.doc_number == stocktake.number)
    assert (loss.kind, loss.qty, loss.amount) == (warehouse.K_LOSS, D("-1"), D("-2.00"))
    assert warehouse.get_item(shelves["WJ001"].id).qty == D("44")
    assert "closed up to 2026-03-30" in manager_view.status_label.text()
    assert "no stocktake open" in manager_view.status_label.text()
    assert enabled(manager_view) == {"record"}
    manager_view.grab().save("/tmp/shots/warehouse/stocktakes_approved.png")

    assert len(printed) == 2
    text, _words = pdf_words(printed[1][0], tmp_path)
    assert "物料盘点记录表" in text and stocktake.number in text
    assert "上次出库少发一盒" in text and "十字螺丝" in text

    # the ledger shows the adjustment as its own kind
    from gui.warehouse.reports_view import ReportsView

    reports = ReportsView(staff["manager"])
    qtbot.addWidget(reports)
    reports.pages.setCurrentIndex(ReportsView.LEDGER)
    ledger = reports.list_view()
    assert ledger is reports.ledger.list
    ledger.status_combo.setCurrentIndex(ledger.status_combo.findData(warehouse.K_LOSS))
    assert ledger.model.rowCount() == 1
    kind = ledger.model.index(0, ledger.spec.index_of("kind")).data()
    assert kind == "Stocktake loss"


# --- the grid's refusals ---------------------------------------------------------------------


def test_the_grid_shows_a_bad_number_at_once_and_keeps_what_was_typed_when_refused(
        open_stocktakes, qtbot, driver, messages, saved_changes, staff, shelves):
    stocktake = warehouse.start_stocktake("2026-03", by=staff["keeper"])
    view = open_stocktakes(staff["keeper"])
    select(view, stocktake.id)

    def count(grid):
        type_count(qtbot, grid, "58")
        type_count(qtbot, grid, "4x")  # a slip of the finger: shown at once, the cursor stays
        assert current(grid) == (1, COUNTED)
        assert grid.banner.isVisible() and "“4x” is not a number" in grid.banner.text()
        assert "Line 2 (WJ001)" in grid.banner.text()
        assert cell(grid, 1, COUNTED, Qt.ItemDataRole.BackgroundRole).color() == \
            count_model.PROBLEM
        qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert saved_changes == []  # nothing goes out while a cell is wrong
        type_count(qtbot, grid, "47")
        assert not grid.banner.isVisible() and current(grid) == (2, COUNTED)

        # meanwhile the manager cancels the count on another desk: the save is refused
        warehouse.cancel_stocktake(stocktake.id, "开错了", by=staff["manager"])
        qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert len(saved_changes) == 1
        assert grid.isVisible() and grid.banner.isVisible()
        assert "its counts can no longer change" in grid.banner.text()
        assert (cell(grid, 0, COUNTED), cell(grid, 1, COUNTED)) == ("58", "47")
        assert grid.model.is_dirty()

    driver.then(count)
    view.qactions["counts"].trigger()
    assert all(r.line.counted_qty is None for r in warehouse.count_rows(stocktake.id))


# --- roles and the approval's refusals ---------------------------------------------------------


def test_a_clerk_cannot_print_the_record_while_counting(
        open_stocktakes, staff, shelves, printed, messages):
    stocktake = warehouse.start_stocktake("2026-03", by=staff["keeper"])
    view = open_stocktakes(staff["clerk"])
    select(view, stocktake.id)
    assert not view.qactions["record"].isEnabled()
    view.print_record(stocktake.id)  # asked all the same (a stale toolbar): refused, said why
    assert printed == []
    assert [text for kind, text in messages if kind == "box"] == [
        f"Stocktake {stocktake.number} is not approved yet: until then only the manager may "
        "print its stocktake record, which shows the book quantities (the count is blind)."]
    manager = open_stocktakes(staff["manager"])
    select(manager, stocktake.id)
    assert manager.qactions["record"].isEnabled()
    manager.qactions["record"].trigger()
    assert len(printed) == 1


def test_wrong_roles_find_the_buttons_disabled_and_read_the_counts_only(
        open_stocktakes, qtbot, driver, staff, shelves):
    stocktake = warehouse.start_stocktake("2026-03", by=staff["keeper"])
    for who in ("clerk", "duty"):
        view = open_stocktakes(staff[who])
        assert enabled(view) == set()
        select(view, stocktake.id)
        assert enabled(view) == {"sheets", "approve"}  # approve: the manager's, here; no record
    keeper = open_stocktakes(staff["keeper"])
    select(keeper, stocktake.id)
    assert "Needs Manager" in keeper.qactions["approve"].toolTip()
    manager = open_stocktakes(staff["manager"])
    select(manager, stocktake.id)
    assert not {"start", "counts"} & enabled(manager)

    # Enter on the list opens the grid to read: the manager looks, nothing can be typed
    def look(grid):
        assert grid.read_only and not grid.save_button.isVisible()
        assert not grid.model.flags(grid.model.index(0, COUNTED)) & Qt.ItemFlag.ItemIsEditable
        assert "only the storekeeper enters counts" in grid.findChild(
            type(grid.summary), "countIntro").text()

    driver.then(look)
    manager.list.table.setFocus()
    qtbot.keyClick(manager.list.table, Qt.Key.Key_Return)
    assert not driver.steps


def test_approval_is_refused_while_a_line_is_uncounted_and_nothing_changes(
        open_stocktakes, driver, messages, staff, shelves, table_snapshot):
    keeper = staff["keeper"]
    stocktake = warehouse.start_stocktake("2026-03", by=keeper)
    rows = warehouse.count_rows(stocktake.id)
    warehouse.enter_counts(stocktake.id, {r.line.id: {"counted_qty": r.expected}
                                          for r in rows if r.item.code != "LB001"}, by=keeper)
    view = open_stocktakes(staff["manager"])
    select(view, stocktake.id)
    before = table_snapshot()
    view.qactions["approve"].trigger()
    refusals = [text for kind, text in messages if kind == "box"]
    assert refusals == ["1 line(s) have no count yet, the first LB001 劳保手套."]
    assert table_snapshot() == before
    assert warehouse.closed_through() is None
    assert "approve" in enabled(view)  # still open: it can be approved once counted


def test_a_cancelled_stocktake_needs_a_reason(open_stocktakes, qtbot, driver, staff, shelves):
    stocktake = warehouse.start_stocktake("2026-03", by=staff["keeper"])
    view = open_stocktakes(staff["keeper"])
    select(view, stocktake.id)

    def without_reason(form):
        press_enter(qtbot, field(form, "reason"), ctrl=True)
        assert "Reason is required" in form.banner.text()

    def with_reason(form):
        type_text(qtbot, field(form, "reason"), "开错了月份")
        press_enter(qtbot, field(form, "reason"), ctrl=True)

    driver.then(without_reason).then(with_reason)
    view.qactions["cancel"].trigger()
    assert warehouse.get_stocktake(stocktake.id).status == warehouse.COUNTING
    view.qactions["cancel"].trigger()
    cancelled = warehouse.get_stocktake(stocktake.id)
    assert (cancelled.status, cancelled.cancel_reason) == (warehouse.CANCELLED, "开错了月份")
    assert enabled(view) == {"start"}


def test_the_start_form_counts_one_category_or_everything_quarterly(
        open_stocktakes, qtbot, driver, printed, staff, shelves):
    view = open_stocktakes(staff["keeper"])

    def quarterly_clears_the_scope(form):
        assert form.fields["location"].widget.findText("B-01") >= 0  # the shelves in use
        pick(form, "category", "电料")
        form.fields["quarterly"].widget.setChecked(True)
        assert form.fields["category"].value() is None
        assert not form.fields["category"].widget.isEnabled()
        form.fields["quarterly"].widget.setChecked(False)
        pick(form, "category", "电料")
        press_enter(qtbot, field(form, "supervised_by"), ctrl=True)

    driver.then(quarterly_clears_the_scope)
    view.qactions["start"].trigger()
    stocktake = warehouse.open_stocktake()
    assert [r.item.code for r in warehouse.count_rows(stocktake.id)] == ["DL001"]
    assert len(printed) == 1  # the sheets, as the clerk answered yes
    assert view.list.model.index(0, view.list.spec.index_of("category")).data() == "电料"

    # a second one while this is open: the operation refuses, the form says why
    def refused(form):
        press_enter(qtbot, field(form, "supervised_by"), ctrl=True)
        assert f"Stocktake {stocktake.number} is still open" in form.banner.text()

    driver.then(refused)
    view.qactions["start"].trigger()
    assert driver.banners and warehouse.Stocktake.select().count() == 1
