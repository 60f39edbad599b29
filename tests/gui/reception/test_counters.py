"""The reception tab's counters, as the clerk meets them: what is due today beside the
sub-views' tabs, the late complaints in red; a click on one brings its list to the front
filtered to what it counts; they follow a record saved and the clerk's coming back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from gui.reception.tab import LATE, ReceptionTab
from models import reception
from tests.helpers.complaints import a_phoned_complaint, phone_values, to_signed
from tests.helpers.keys import press_enter, type_text
from tests.helpers.widgets import cell, field

pytestmark = pytest.mark.clock_at(dt.datetime(2026, 3, 10, 9, 0))


def appointment(clerk, when: dt.datetime) -> reception.Visit:
    identity = reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id
    return reception.register_visit({"kind": reception.APPOINTMENT, "visitor": "王小明",
                                     "phone": "13912345678", "identity": identity,
                                     "host_department": "财务部", "arrived_at": when},
                                    by=clerk)


def click_counter(qtbot, tab, key: str) -> None:
    """The mouse along the counters until it is over ``key``'s link, then a click there."""
    label = tab.counters
    hovered: list[str] = []
    label.linkHovered.connect(hovered.append)
    for x in range(2, label.width(), 3):
        qtbot.mouseMove(label, QPoint(x, label.height() // 2))
        if hovered and hovered[-1] == key:
            qtbot.mouseClick(label, Qt.MouseButton.LeftButton,
                             pos=QPoint(x, label.height() // 2))
            return
    pytest.fail(f"no link {key!r} in {label.text()!r}")


def rows(view) -> int:
    return view.list_view().model.rowCount()


def test_the_counters_say_what_is_due_and_open_it(open_view, qtbot, driver, staff, clock):
    clerk, manager = staff["clerk"], staff["manager"]
    appointment(clerk, clock.now + dt.timedelta(hours=5))
    appointment(clerk, clock.now + dt.timedelta(days=2))
    a_phoned_complaint(clerk)
    clock.set(dt.datetime(2026, 3, 10, 8, 0))
    late = to_signed(reception.register_complaint(phone_values(), by=clerk), clerk, manager)
    clock.set(dt.datetime(2026, 3, 10, 9, 0))  # no first contact in 30 minutes: late

    tab = open_view(ReceptionTab, clerk)
    tab.views.setCurrentWidget(tab.suggestions)
    text = tab.counters.text()
    for words in ("Visitors expected today: 1", "Complaint calls to register: 1",
                  "Complaints due today or late: 1", "Complaints late: 1"):
        assert words in text, text
    assert f'href="complaints_late" style="color: {LATE.name()};"' in text
    assert f'href="complaints_due" style="color: {LATE.name()};"' not in text
    assert tab.counters.isVisible() and tab.counters.geometry().bottom() < tab.views.y()

    click_counter(qtbot, tab, "complaints_late")
    assert tab.views.currentWidget() is tab.complaints
    assert tab.complaints.late_filter.isChecked() and rows(tab.complaints) == 1
    assert cell(tab.complaints, 0, "number") == late.number
    assert "30 min late to contact" in cell(tab.complaints, 0, "late")
    assert QApplication.focusWidget() is tab.complaints.list.table

    click_counter(qtbot, tab, "visitors_expected")
    assert tab.views.currentWidget() is tab.visitors
    bar = tab.visitors.list
    assert bar.date_check.isChecked() and bar.date_from.date().toPython() == clock.now.date()
    assert bar.status_combo.currentData() == reception.EXPECTED and rows(tab.visitors) == 1

    click_counter(qtbot, tab, "calls_to_register")
    assert tab.views.currentWidget() is tab.calls and rows(tab.calls) == 1
    assert cell(tab.calls, 0, "status") == "To register"
    assert not tab.calls.list.date_check.isChecked()  # the visitors' dates are not carried

    # a record saved: the clerk records the first contact, late, with its reason
    click_counter(qtbot, tab, "complaints_due")
    assert tab.complaints.due_filter.isChecked() and not tab.complaints.late_filter.isChecked()
    assert tab.complaints.list.current_id() == late.id  # the one row, selected
    assert "contact" in {k for k, a in tab.complaints.qactions.items() if a.isEnabled()}

    def contact(form) -> None:
        press_enter(qtbot, field(form, "at"))
        type_text(qtbot, field(form, "reason"), "客户电话未接通")
        press_enter(qtbot, field(form, "reason"), ctrl=True)

    driver.then(contact)
    tab.complaints.qactions["contact"].trigger()
    assert not driver.steps and not driver.banners, driver.banners
    QApplication.processEvents()
    assert tab.counted()["complaints_late"] == 0 and tab.counted()["complaints_due"] == 0
    assert "Complaints late: 0" in tab.counters.text()
    assert LATE.name() not in tab.counters.text()

    # another desk registers a call meanwhile; the clerk comes back to the tab
    a_phoned_complaint(staff["duty"], phone="13700000000")
    assert tab.counted()["calls_to_register"] == 1
    tab.hide()
    tab.show()
    assert tab.counted()["calls_to_register"] == 2
    assert "Complaint calls to register: 2" in tab.counters.text()
