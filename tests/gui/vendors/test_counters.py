"""The vendors tab's counters as the clerk and the property director meet them: one line
above the sub-views, the serious failures first and red; a click on each brings its sub-view
to the front with its list filtered to what it counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.vendors.tab import LATE, VendorsTab
from models import people, vendors
from tests.helpers.vendors_counters import EXPECTED, counted_office


def click_counter(qtbot, tab, key: str) -> None:
    """The mouse along each line of the counters until it is over ``key``'s link, then a
    click there."""
    label = tab.counters
    hovered: list[str] = []
    label.linkHovered.connect(hovered.append)
    step = label.fontMetrics().lineSpacing()
    for y in range(label.contentsMargins().top() + step // 2, label.height(), step):
        for x in range(2, label.width(), 3):
            qtbot.mouseMove(label, QPoint(x, y))
            if hovered and hovered[-1] == key:
                qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
                return
    pytest.fail(f"no link {key!r} in {label.text()!r}")


def rows(view) -> int:
    return view.list_view().model.rowCount()


def open_tab(open_view, user) -> VendorsTab:
    tab = open_view(VendorsTab, user)
    tab.resize(1500, 700)
    tab.views.setCurrentWidget(tab.setup)
    return tab


def test_the_clerk_clicks_each_counter_and_gets_what_it_counts(open_view, qtbot, staff, clock):
    counted_office(staff, clock)
    tab = open_tab(open_view, staff["clerk"])
    tab.update_counters()
    text = tab.counters.text()
    assert tab.counted() == EXPECTED
    assert text.index('href="serious_open"') < min(
        text.index(f'href="{key}"') for key in EXPECTED if key != "serious_open")
    for key, red in (("serious_open", True), ("late", True), ("density_overdue", True),
                     ("months_waiting", True), ("due_today", False), ("objections", False)):
        assert (f'href="{key}" style="color: {LATE};"' in text) is red, key
    assert "Months waiting for the manager: 1" in text and "Late: 1" in text
    assert tab.counters.geometry().bottom() < tab.views.y()  # above the sub-views

    opens = {"serious_open": tab.evaluations, "waiting_signature": tab.evaluations,
             "objections": tab.evaluations, "due_today": tab.defects, "late": tab.defects,
             "months_waiting": tab.month}
    for key, view in opens.items():
        tab.views.setCurrentWidget(tab.setup)
        click_counter(qtbot, tab, key)
        assert tab.views.currentWidget() is view, key
        assert rows(view) == EXPECTED[key], key
    assert tab.month.alert_filter.isChecked()
    assert tab.month.list.status_combo.currentData() == vendors.DRAFT

    tab.views.setCurrentWidget(tab.setup)
    click_counter(qtbot, tab, "density_overdue")
    assert tab.views.currentWidget() is tab.pest and tab.pest.pages.currentIndex() == 2
    shown = tab.pest.overdue_label.text()
    assert "Overdue: 2" in shown and "2025H1" in shown and "2025H2" in shown


def test_the_director_sees_the_serious_failures_first_in_red_and_lists_them(
        open_view, qtbot, staff, clock, make_user):
    made = counted_office(staff, clock)
    director = make_user(people.DIRECTOR, login="zongjian", full_name="吴国栋")
    tab = open_tab(open_view, director)
    text = tab.counters.text()
    assert text.startswith(f'<a href="serious_open" style="color: {LATE};">'
                           "Serious failures open: 1</a>"), text
    click_counter(qtbot, tab, "serious_open")
    assert tab.views.currentWidget() is tab.evaluations
    assert tab.evaluations.serious_filter.currentData() == "open"
    assert rows(tab.evaluations) == 1
    number = tab.evaluations.list.model.index(0, vendors.EVALUATION_LIST.index_of("number"))
    assert number.data() == made["serious"].number
