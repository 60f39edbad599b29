"""Fewer keystrokes (issue 10, item 9): after a switch of tabs the keyboard is in the list, so
Ctrl+N works at once; every step has its key, shown in its tooltip, no two in one view
alike and none the window's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QWidget

from gui.widgets import toolbar
from models import people, repairs, warehouse
from tests.helpers.repairs import register

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NATIVE = QKeySequence.SequenceFormat.NativeText
# Keys with a meaning of their own wherever the focus is: Qt's tab switching, help, a
# combo's list, Windows' menu bar, editing text in the search boxes and filters.
RESERVED = ["Ctrl+Tab", "Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Ctrl+PgUp", "Ctrl+PgDown",
            "F1", "F4", "F10", "Ctrl+Q", "Ctrl+W", "Ctrl+F4", "Alt+F4", "Return", "Enter",
            "Esc", "Del", "Backspace", "Ctrl+A", "Ctrl+C", "Ctrl+X", "Ctrl+V", "Ctrl+Z",
            "Ctrl+Y", "Ctrl+Shift+Z", "Ctrl+S"]


@pytest.fixture
def everyone(make_user):
    """One desk that may do every step of the built tabs (so Ctrl+N opens a form everywhere)."""
    return make_user(people.CLERK, people.STOREKEEPER, people.MANAGER, people.DUTY,
                     people.ENGINEERING, login="all")


@pytest.fixture
def main_window(app, qtbot, messages):
    def _open(user):
        from gui.main_window import MainWindow

        w = MainWindow(user)
        qtbot.addWidget(w)
        w.resize(1400, 800)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        return w

    return _open


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the clerk's keyboard is: the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None, "the keyboard is nowhere"
    qtbot.keyClick(target, key, modifier)


def focused_list(w) -> QTableView:
    """The list the keyboard is in, which must be the one in front of the clerk."""
    view = w.current_list_view()
    assert view is not None
    assert QApplication.focusWidget() is view.table, (
        f"the keyboard is in {type(QApplication.focusWidget()).__name__}")
    return view.table


def back_to(qtbot, w) -> None:
    """A dialog closed: its window is the active one again (as a desk's window manager does)."""
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def new_form_title(qtbot, driver) -> str:
    """Ctrl+N where the keyboard is: the title of the form it opens (closed unsaved)."""
    titles: list[str] = []
    driver.then(lambda form: titles.append(form.windowTitle()))
    w = QApplication.focusWidget().window()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert titles, "Ctrl+N opened nothing"
    back_to(qtbot, w)
    return titles[0]


def test_after_ctrl_tab_a_click_on_a_tab_or_ctrl_pgdn_the_list_has_the_keyboard(
        main_window, qtbot, driver, everyone):
    w = main_window(everyone)
    w.tabs.setCurrentIndex(0)  # 来访登记: its visitors' list has the keyboard
    focused_list(w)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert w.tabs.currentIndex() == 1
    focused_list(w)
    assert new_form_title(qtbot, driver) == "New repair order"

    bar = w.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    warehouse_tab = w.tabs.currentWidget()
    assert warehouse_tab.views.currentWidget() is warehouse_tab.items
    focused_list(w)
    assert new_form_title(qtbot, driver) == "New item"

    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # from inside the warehouse: the next tab
    assert w.tabs.currentIndex() == 3
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert w.tabs.currentIndex() == 2
    focused_list(w)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert w.tabs.currentIndex() == 1
    focused_list(w)


def test_inside_the_warehouse_ctrl_tab_and_a_click_switch_sub_views_and_the_list_follows(
        main_window, qtbot, driver, everyone):
    w = main_window(everyone)
    w.tabs.setCurrentIndex(2)
    tab = w.tabs.currentWidget()
    tab.views.setCurrentWidget(tab.items)
    focused_list(w)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tab.views.currentWidget() is tab.receipts
    focused_list(w)
    assert new_form_title(qtbot, driver) == "New receipt"
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tab.views.currentWidget() is tab.issue_slips
    assert new_form_title(qtbot, driver) == "New issue slip"

    bar = tab.views.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.tabRect(tab.views.indexOf(tab.requests)).center())
    focused_list(w)
    assert new_form_title(qtbot, driver) == "New purchase request"
    press(qtbot, Qt.Key.Key_Tab, CTRL | SHIFT)
    assert tab.views.currentWidget() is tab.issue_slips
    focused_list(w)


def test_the_window_opens_with_the_keyboard_in_the_list(main_window, qtbot, driver, everyone):
    from gui.desk import desk_settings

    desk_settings().setValue("window/tab", 1)
    w = main_window(everyone)
    focused_list(w)
    assert new_form_title(qtbot, driver) == "New repair order"


def test_after_a_switch_of_tabs_the_row_under_the_cursor_is_selected_so_a_step_key_acts(
        main_window, qtbot, driver, everyone):
    """Seen in a real window: the list had the keyboard and a focus frame on its first row,
    but nothing was selected, so F6 did nothing. Now the row under the cursor is selected."""
    first, newest = register(everyone), register(everyone, location="909室")
    w = main_window(everyone)
    w.tabs.setCurrentIndex(0)
    tab = w.tabs.widget(1)
    tab.list.table.setCurrentIndex(tab.list.model.index(0, 0))  # a cursor, nothing selected
    tab.list.table.clearSelection()
    heard: list[object] = []
    tab.list.currentChanged.connect(heard.append)  # what every view enables its steps from
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    table = focused_list(w)
    assert tab.list.current_id() == newest.id  # the newest order, first in the list
    assert heard and heard[-1] == newest.id  # the views heard of the selection
    assert tab.qactions["dispatch"].isEnabled()
    seen: list[str] = []
    driver.then(lambda form: seen.append(form.windowTitle()))
    press(qtbot, Qt.Key.Key_F6)
    assert seen and first.id != newest.id
    back_to(qtbot, w)
    assert QApplication.focusWidget() is table or table.isVisible()


# --- the keys of the steps -------------------------------------------------------------------


def _views(w):
    """Every tab and warehouse sub-view with steps, by name."""
    desk, repairs_tab, store, signs = (w.tabs.widget(0), w.tabs.widget(1), w.tabs.widget(2),
                                       w.tabs.widget(3))
    return {"visitors": desk.visitors, "calls": desk.calls, "complaints": desk.complaints,
            "consultations": desk.consultations, "suggestions": desk.suggestions,
            "lost and found": desk.lostfound, "surveys": desk.surveys, "callbacks": desk.callbacks,
            "signs": signs.registry,
            "sign requests": signs.requests, "sign inspections": signs.inspections,
            "repairs": repairs_tab, "items": store.items, "receipts": store.receipts,
            "issue slips": store.issue_slips, "purchase requests": store.requests,
            "stocktakes": store.stocktakes, "reports": store.reports}


def _keys(action: QAction) -> list[str]:
    return [k.toString() for k in action.shortcuts() if not k.isEmpty()]


def _window_keys(w) -> dict[str, str]:
    """The keys the window itself answers from anywhere (its menus, its tab keys)."""
    out = {}
    for action in w.findChildren(QAction):
        if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut,
                                        Qt.ShortcutContext.ApplicationShortcut):
            for key in _keys(action):
                out[key] = action.objectName() or action.text()
    return out


def test_every_tab_and_sub_view_has_its_own_keys_and_none_is_the_windows(
        main_window, everyone):
    w = main_window(everyone)
    windows = _window_keys(w)
    assert {"Ctrl+E", "Ctrl+P", "Ctrl+PgDown", "Ctrl+PgUp"} <= set(windows)
    reserved = {QKeySequence(k).toString() for k in RESERVED}
    checked = 0
    for name, view in _views(w).items():
        taken: dict[str, str] = {}
        for action in {*QWidget.actions(view), *view.findChildren(QAction)}:
            if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut,
                                            Qt.ShortcutContext.ApplicationShortcut) \
                    and action.parent() is not w and _keys(action):
                pytest.fail(f"{name}: {action.objectName()} answers in the whole window")
            for key in _keys(action):
                label = action.objectName() or action.text()
                assert taken.setdefault(key, label) == label, (
                    f"{name}: {key} is both {taken[key]} and {label}")
                assert key not in windows, f"{name}: {key} ({label}) is the window's {windows[key]}"
                assert key not in reserved, f"{name}: {key} ({label}) is reserved"
                checked += 1
    assert checked >= 30


def test_every_step_on_a_toolbar_has_a_key_shown_in_its_tooltip(main_window, everyone):
    w = main_window(everyone)
    for name, view in _views(w).items():
        for step, action in getattr(view, "qactions", {}).items():
            if step == "print":  # Ctrl+P, the window's Print, acts on what is in front
                assert action.shortcut().isEmpty()
                continue
            keys = action.shortcut()
            assert not keys.isEmpty(), f"{name}: {step} has no key"
            assert keys == QKeySequence(toolbar.STEP_KEYS[step])
            label = action.text().rstrip("…").strip()
            first = action.toolTip().splitlines()[0]
            assert first == f"{label} ({keys.toString(NATIVE)})", f"{name}: {first!r}"
    tips = {step: w.tabs.widget(1).qactions[step].toolTip().splitlines()
            for step in ("new", "dispatch", "accept", "complete", "check", "call_back")}
    assert tips["dispatch"] == ["Dispatch (F6)",
                                "Hand the order to engineering and print its service order"]
    assert tips["new"] == ["New (Ctrl+N)", "Register a new repair order"]  # said once
    assert [t[0] for k, t in tips.items() if k != "new"] == [
        "Dispatch (F6)", "Accept (F7)", "Complete (F8)", "Check (pass) (F9)", "Call back (F11)"]
    store = w.tabs.widget(2)
    assert store.issue_slips.qactions["submit"].toolTip().startswith("Sign (F9)\n")
    assert store.receipts.qactions["submit"].toolTip().startswith("Confirm (F9)\n")
    assert store.requests.qactions["submit"].toolTip().startswith("Approve (F9)\n")
    assert store.stocktakes.qactions["approve"].toolTip().startswith("Approve (F9)\n")
    assert store.receipts.qactions["cancel"].toolTip().startswith("Cancel (Ctrl+Del)\n")


def test_the_keys_take_the_steps_of_a_repair_order(
        app, qtbot, driver, messages, repair_tab_staff, printed):
    from gui.repairs import RepairsTab

    clerk = repair_tab_staff["clerk"]
    order = register(clerk)
    tab = RepairsTab(clerk)
    qtbot.addWidget(tab)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.refresh()
    assert tab.select_order(order.id)
    tab.list.table.setFocus()

    def dispatch(form):
        form.fields["engineer"].set_value("刘海波")
        form.save()

    driver.then(dispatch)
    press(qtbot, Qt.Key.Key_F6)  # 派工
    assert repairs.get_order(order.id).status == repairs.DISPATCHED
    back_to(qtbot, tab)
    repairs.accept(order.id, by=repair_tab_staff["eng"])
    repairs.complete(order.id, "换阀芯", by=repair_tab_staff["eng"], materials="阀芯1个")
    tab.refresh()
    assert tab.select_order(order.id)
    tab.list.table.setFocus()
    press(qtbot, Qt.Key.Key_F9)  # 验收 (the question answered Yes)
    assert repairs.get_order(order.id).status == repairs.CHECKED
    seen = []
    driver.then(lambda form: seen.append(form.windowTitle()))
    press(qtbot, Qt.Key.Key_F11)  # 回访: its form
    assert seen and order.number in seen[0]
    assert not [text for kind, text in messages if kind == "box"]


def test_the_keys_sign_an_issue_slip_and_void_it(open_view, qtbot, driver, staff, items, messages):
    from gui.warehouse.issues_view import IssueSlipsView
    from tests.helpers import storeroom

    storeroom.receive(staff, items["screw"], "10")
    slip = storeroom.issue(staff, items["screw"], "2", sign=False)
    view = open_view(IssueSlipsView, staff["duty"])
    view.refresh()
    assert view.select(slip.id)
    view.list.table.setFocus()
    press(qtbot, Qt.Key.Key_F9)  # 签字
    assert warehouse.get_issue_slip(slip.id).status == warehouse.SUBMITTED
    manager = open_view(IssueSlipsView, staff["manager"])
    manager.refresh()
    assert manager.select(slip.id)
    manager.list.table.setFocus()

    def reason(form):
        form.fields["reason"].set_value("发错了")
        form.save()

    driver.then(reason)
    press(qtbot, Qt.Key.Key_Delete, CTRL)  # 作废
    assert warehouse.get_issue_slip(slip.id).status == warehouse.CANCELLED


def test_the_forms_step_buttons_carry_the_same_keys(
        open_view, qtbot, driver, staff, items, repair_tab_staff):
    from gui.repairs import RepairsTab
    from gui.repairs.order_dialog import OrderDialog
    from gui.warehouse.receipts_view import ReceiptsView
    from tests.helpers import storeroom

    receipt = storeroom.receive(staff, items["screw"], "1", confirm=False)
    view = open_view(ReceiptsView, staff["manager"])  # the manager opens a draft: read-only
    seen = {}

    def look(form):
        for button in form.findChildren(QPushButton):
            if button.objectName().startswith("action_"):
                seen[button.objectName()] = (button.shortcut().toString(),
                                             button.toolTip().splitlines()[0])

    driver.then(look)
    view.open_document(receipt.id)
    assert seen["action_submit"] == ("F9", "Confirm (F9)")
    assert seen["action_cancel"] == ("Ctrl+Del", "Cancel (Ctrl+Del)")

    order = register(repair_tab_staff["clerk"])
    tab = RepairsTab(repair_tab_staff["clerk"])
    qtbot.addWidget(tab)
    dialog = OrderDialog(order.id, tab.actions, tab)
    qtbot.addWidget(dialog)
    keys = {a: b.shortcut().toString() for a, b in dialog.buttons.items()}
    assert keys["dispatch"] == "F6" and keys["edit"] == "F2" and keys["cancel"] == "Ctrl+Del"
    assert dialog.buttons["dispatch"].toolTip() == "Dispatch (F6)"
