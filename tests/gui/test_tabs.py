"""The built tabs on the tab base (gui.widgets.tab.AreaTab), as the main window uses them.

The window knows a tab by its title, its list (File > Export / Print), the
signal that its list changed, its steps toolbar, and what it does when the
clerk comes back to it.
"""

from __future__ import annotations

from gui.widgets.tab import AreaTab, PendingTab
from models import people, repairs
from tests.helpers.repairs import register


def _window(qtbot, user):
    from gui.main_window import MainWindow

    window = MainWindow(user)
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_tab_is_an_area_tab_with_its_title(app, qtbot, admin):
    window = _window(qtbot, admin)
    tabs = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert all(isinstance(tab, AreaTab) for tab in tabs)
    assert [type(tab).__name__ for tab in tabs] == [
        "ReceptionTab", "RepairsTab", "WarehouseTab", "SignageTab", "VendorsTab"]
    assert [tab.title() for tab in tabs] == [window.tabs.tabText(i) for i in range(len(tabs))]
    assert all(tab.list_view() is None and tab.steps_toolbar() is None
               for tab in tabs if isinstance(tab, PendingTab))


def test_the_repairs_tab_offers_its_list_and_its_steps_toolbar(app, qtbot, admin):
    window = _window(qtbot, admin)
    tab = window.tabs.widget(1)
    assert tab.list_view() is tab.list
    toolbar = tab.steps_toolbar()
    assert toolbar.objectName() == "repairToolbar"
    on_it = [a.objectName() for a in toolbar.actions() if not a.isSeparator()]
    assert on_it == [f"action_{name}" for name in repairs.ORDER_STEPS.names()]


def test_the_warehouse_tab_follows_its_sub_view(app, qtbot, admin):
    window = _window(qtbot, admin)
    window.tabs.setCurrentIndex(2)
    tab = window.tabs.widget(2)
    changes = []
    tab.list_changed.connect(lambda: changes.append(tab.views.currentIndex()))
    tab.views.setCurrentWidget(tab.items)
    assert tab.steps_toolbar() is tab.items.toolbar
    assert window.current_list_view() is tab.items.list_view()
    tab.views.setCurrentWidget(tab.reports)
    assert tab.steps_toolbar() is None  # the reports have buttons of their own, no steps
    assert window.current_list_view() is tab.reports.list_view()
    tab.views.setCurrentWidget(tab.receipts)
    assert tab.steps_toolbar() is tab.receipts.toolbar
    assert window.export_action.isEnabled()
    assert changes[-2:] == [tab.views.indexOf(tab.reports), tab.views.indexOf(tab.receipts)]


def test_back_at_the_repairs_tab_its_counts_are_read_again_and_the_selection_kept(
        app, qtbot, admin, make_user):
    clerk = make_user(people.CLERK, login="clerk2")
    first = register(clerk)
    window = _window(qtbot, admin)
    window.tabs.setCurrentIndex(1)
    tab = window.tabs.widget(1)
    assert tab.select_order(first.id)
    assert tab.summary_label.text().endswith("Papers not returned: 0")
    window.tabs.setCurrentIndex(2)
    repairs.dispatch(first.id, "刘海波", by=clerk)  # meanwhile, at another desk
    window.tabs.setCurrentIndex(1)
    assert tab.summary_label.text().endswith("Papers not returned: 1")
    assert tab.list.current_id() == first.id
    assert tab.qactions["paper"].isEnabled()  # the steps follow the order's new state


def test_back_at_the_repairs_tab_an_order_made_meanwhile_is_listed_a_selection_kept_if_not(
        app, qtbot, admin, make_user):
    clerk = make_user(people.CLERK, login="clerk3")
    first, second = register(clerk), register(clerk, location="909室")
    window = _window(qtbot, admin)
    window.tabs.setCurrentIndex(1)
    tab = window.tabs.widget(1)
    tab.list.table.selectAll()  # several orders selected (未回单 to mark, say)
    window.tabs.setCurrentIndex(2)
    window.tabs.setCurrentIndex(1)  # nothing changed meanwhile: the selection stands
    assert set(tab.list.selected_ids()) == {first.id, second.id}
    window.tabs.setCurrentIndex(0)
    third = register(clerk, location="1808室")  # meanwhile, made from a call at reception
    window.tabs.setCurrentIndex(1)
    assert tab.list.model.row_of(third.id) >= 0  # read again: the new order is listed
