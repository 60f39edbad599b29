"""Ctrl+P as a clerk uses it (issue 10 items 14 and 15): in the main window, with a record
selected it prints that record's form (工程服务单, 入库单); a finished order asks whether
as recorded or blank; with nothing selected it prints the list, and a long list asks first
(the rows on the screen, all of it, or nothing)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from gui.main_window import MainWindow
from gui.repairs import RepairsTab
from gui.warehouse.tab import WarehouseTab
from models import repairs
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.repairs import register
from tests.helpers.storeroom import make_item, receive_lines

WORK, COMMENT = "更换阀芯并紧固接头", "师傅很细心"


def open_window(qtbot, user, tab_class) -> tuple[MainWindow, object]:
    """The main window, active, with the tab of ``tab_class`` in front."""
    window = MainWindow(user)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    index = next(i for i in range(window.tabs.count())
                 if isinstance(window.tabs.widget(i), tab_class))
    window.tabs.setCurrentIndex(index)
    QApplication.processEvents()
    return window, window.tabs.widget(index)


def ctrl_p(qtbot, window) -> None:
    """Ctrl+P typed in the window, where the clerk's focus is (back in it after a question)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier)


def click(name: str):
    """A driver step: press the question's button of that object name."""

    def step(box: QMessageBox) -> None:
        box.findChild(QPushButton, name).click()

    return step


def cancel(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Cancel).click()


@pytest.fixture
def called_back(repair_tab_staff):
    """An order done, checked and called back."""
    clerk, eng = repair_tab_staff["clerk"], repair_tab_staff["eng"]
    order = register(clerk)
    repairs.dispatch(order.id, "刘海波", by=clerk)
    repairs.accept(order.id, by=eng)
    repairs.complete(order.id, WORK, by=eng, materials="生料带1卷")
    repairs.check(order.id, by=clerk)
    repairs.call_back(order.id, repairs.SATISFIED, by=clerk, comment=COMMENT)
    return repairs.get_order(order.id)


def test_ctrl_p_prints_the_selected_orders_service_order_as_recorded_or_blank(
        app, qtbot, driver, printed, messages, repair_tab_staff, called_back, tmp_path):
    window, tab = open_window(qtbot, repair_tab_staff["clerk"], RepairsTab)
    tab.refresh()
    assert tab.select_order(called_back.id)
    QApplication.processEvents()

    driver.then(click("asRecorded"))
    ctrl_p(qtbot, window)
    pdf, title = printed[-1]
    text = flat_pdf_text(pdf, tmp_path)
    assert called_back.number in title and "工程服务单" in text
    assert text.count(WORK) == 2 and text.count(COMMENT) == 2

    driver.then(click("blankForm"))
    ctrl_p(qtbot, window)
    pdf, title = printed[-1]
    text = flat_pdf_text(pdf, tmp_path)
    assert called_back.number in text and WORK not in text and COMMENT not in text
    assert text.count("月日时分") == 2  # 完工时间 left to write in

    driver.then(cancel)
    ctrl_p(qtbot, window)
    assert len(printed) == 2 and not driver.steps


def test_ctrl_p_on_an_order_with_nothing_recorded_prints_it_without_asking(
        app, qtbot, driver, printed, messages, repair_tab_staff, tmp_path):
    order = register(repair_tab_staff["clerk"], content="门锁坏了")
    window, tab = open_window(qtbot, repair_tab_staff["clerk"], RepairsTab)
    tab.refresh()
    assert tab.select_order(order.id)
    ctrl_p(qtbot, window)
    assert driver.seen == []
    assert "门锁坏了" in flat_pdf_text(printed[-1][0], tmp_path)


def test_ctrl_p_prints_the_selected_receipt(app, qtbot, driver, printed, messages, staff,
                                            tmp_path):
    screws = make_item(staff["keeper"])
    receipt = receive_lines(staff, [(screws, 3, "2")])
    window, tab = open_window(qtbot, staff["keeper"], WarehouseTab)
    tab.views.setCurrentWidget(tab.receipts)
    tab.receipts.refresh()
    assert tab.receipts.select(receipt.id)
    QApplication.processEvents()
    ctrl_p(qtbot, window)
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert "入库单" in text and receipt.number in text and "十字螺丝" in text


def test_ctrl_p_with_nothing_selected_prints_the_list_and_a_long_one_asks_first(
        app, qtbot, driver, printed, messages, repair_tab_staff, tmp_path, monkeypatch):
    from gui.widgets import list_actions

    monkeypatch.setattr(list_actions, "LONG_LIST_PAGES", 5)  # a shorter "long" than 20 pages
    for n in range(260):
        register(repair_tab_staff["clerk"], content=f"漏水{n:03d}号")
    window, tab = open_window(qtbot, repair_tab_staff["clerk"], RepairsTab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.list.model.total() == 260)
    tab.list.table.clearSelection()
    tab.list.table.setCurrentIndex(tab.list.model.index(-1, -1))
    assert tab.current_order() is None
    loaded = tab.list.model.loaded()
    assert loaded == 200

    asked = []

    def read_then(step):
        def look(box: QMessageBox) -> None:
            asked.append((box.text(), [b.text() for b in box.buttons()]))
            step(box)
        return look

    driver.then(read_then(click("printShown")))
    ctrl_p(qtbot, window)
    text, buttons = asked[-1]
    pages = int(re.search(r"(\d+) pages", text).group(1))
    assert pages > 5 and "260 rows" in text
    assert "Print the 200 rows on screen" in buttons and f"Print all ({pages} pages)" in buttons
    shown = flat_pdf_text(printed[-1][0], tmp_path)
    assert "共200条" in shown and "漏水259号" in shown and "漏水059号" not in shown

    driver.then(read_then(click("printAll")))
    ctrl_p(qtbot, window)
    whole = flat_pdf_text(printed[-1][0], tmp_path)
    assert "共260条" in whole and "漏水000号" in whole

    driver.then(cancel)
    ctrl_p(qtbot, window)
    assert len(printed) == 2 and not driver.steps
