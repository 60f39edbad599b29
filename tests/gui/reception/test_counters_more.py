"""The counters of 回访 and 意见咨询 as the clerk meets them: a click on "callbacks due
today" / "late" brings 回访 to the front with the queue showing those cases (its choice in
view, the soonest selected); a click on a consultations' counter lists those customers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.reception.tab import LATE, ReceptionTab
from models import callback_queue, callbacks, reception
from tests.helpers.callbacks import done_complaint
from tests.helpers.widgets import cell

T0 = dt.datetime(2026, 3, 10, 9, 0)
pytestmark = pytest.mark.clock_at(T0)


def click_counter(qtbot, tab, key: str) -> None:
    """The mouse over the counters' lines (they wrap) until it is over ``key``, a click."""
    label = tab.counters
    hovered: list[str] = []
    label.linkHovered.connect(hovered.append)
    for y in range(3, label.height(), max(3, label.fontMetrics().height() // 2)):
        for x in range(2, label.width(), 3):
            qtbot.mouseMove(label, QPoint(x, y))
            if hovered and hovered[-1] == key:
                qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
                return
    pytest.fail(f"no link {key!r} in {label.text()!r}")


def queue_numbers(view) -> list[str]:
    return [view.queue.item(row, 1).text() for row in range(view.queue.rowCount())]


def consult(clerk, *promises):
    lines = [{"room": f"{100 + i}", "person": f"客户{i}", "phone": f"1380000000{i}",
              "opinion": "走廊灯不亮", "promised_at": when} for i, when in enumerate(promises)]
    return reception.record_consultation({"kind": "phone", "held_on": T0.date()}, lines, by=clerk)


def test_the_callbacks_counters_open_the_queue_on_their_cases(open_view, qtbot, staff, clock):
    clerk = staff["clerk"]
    promised = done_complaint(staff)
    tonight = done_complaint(staff, phone="13700000000")
    consult(clerk, T0 + dt.timedelta(days=3))  # due in three days: not today's
    callbacks.record_callback("complaint", promised.id, {
        "verdict": "", "person": "王先生", "mode": callbacks.PHONE,
        "promised_at": T0.replace(hour=10)}, clerk)  # "cannot answer now": 10:00
    clock.set(T0.replace(hour=11))  # the promise missed

    tab = open_view(ReceptionTab, clerk)
    view = tab.callbacks
    text = tab.counters.text()
    assert "Callbacks due today: 2" in text and "Callbacks late: 1" in text, text
    assert f'href="callbacks_late" style="color: {LATE.name()};"' in text
    assert len(queue_numbers(view)) == 3  # the whole queue before a click

    click_counter(qtbot, tab, "callbacks_late")
    assert tab.views.currentWidget() is view
    assert view.queue_show.currentData() == callback_queue.LATE_ONLY
    assert queue_numbers(view) == [promised.number]
    assert view.current_entry().case.case_id == promised.id and view.qactions["call_back"]\
        .isEnabled()
    assert view.queue.item(0, 0).text().endswith("promised")

    click_counter(qtbot, tab, "callbacks_due")
    assert view.queue_show.currentData() == callback_queue.DUE_TODAY
    assert queue_numbers(view) == [promised.number, tonight.number]  # soonest first
    assert view.current_entry().case.case_id == promised.id

    view.queue_show.setCurrentIndex(0)  # the clerk's own choice: everything waiting
    assert len(queue_numbers(view)) == 3


def test_the_consultations_counters_list_their_customers(open_view, qtbot, staff, clock):
    clerk = staff["clerk"]
    tab = open_view(ReceptionTab, clerk)
    assert "Telephone consultation this week not done: 1" in tab.counters.text()
    click_counter(qtbot, tab, "consultation_week_missing")
    view = tab.consultations
    assert tab.views.currentWidget() is view and view.list.model.rowCount() == 0
    bar = view.list
    assert bar.date_check.isChecked() and bar.date_from.date().toPython() == dt.date(2026, 3, 9)
    assert bar.date_to.date().toPython() == dt.date(2026, 3, 15)
    assert view.kind_filter.currentData() == reception.CONSULTATION_PHONE

    consult(clerk, T0 + dt.timedelta(hours=1), T0 + dt.timedelta(days=1), None)
    clock.set(T0.replace(hour=12))  # the first answer late, the second due tomorrow
    view.refresh()  # F5: the list read again, the counters with it
    qtbot.waitUntil(lambda: tab.counted()["consultation_week_missing"] == 0)
    text = tab.counters.text()
    assert "Telephone consultation this week not done: 0" in text, text
    assert "Consultation answers due today or late: 1" in text
    assert f'href="consultation_answers_late" style="color: {LATE.name()};"' in text
    assert view.list.model.rowCount() == 3  # this week's: the three customers

    click_counter(qtbot, tab, "consultation_answers_late")
    assert view.answer_filter.currentData() == reception.CONSULTATION_ANSWER_LATE
    assert not bar.date_check.isChecked() and view.kind_filter.currentData() == ""
    assert view.list.model.rowCount() == 1 and cell(view, 0, "person") == "客户0"
    clock.set(T0 + dt.timedelta(days=1, hours=1))
    click_counter(qtbot, tab, "consultation_answers_due")
    assert view.answer_filter.currentData() == reception.CONSULTATION_ANSWER_DUE
    assert view.list.model.rowCount() == 2
    assert {cell(view, row, "person") for row in range(2)} == {"客户0", "客户1"}
