"""The GUI's "now" is the program's clock (models/clock.py), not the machine's: a new
document's date, the lists' date range and the overdue colouring and count all follow it.

The ``clock`` fixture stands at T0, 10 March 2026, months before the machine's date, so a
screen that read the machine's clock would show other dates and call the fresh order late.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from gui.repairs import RepairsTab
from gui.repairs.tab import LATE
from gui.warehouse.receipts_view import ReceiptsView
from tests.helpers.repairs import register


def test_a_new_receipt_and_the_lists_dates_come_from_the_programs_clock(
        open_view, qtbot, driver, staff, clock):
    view = open_view(ReceiptsView, staff["keeper"])
    assert (view.list.date_from.date(), view.list.date_to.date()) == (
        QDate(2026, 3, 1), QDate(2026, 3, 10))
    seen = {}
    driver.then(lambda form: seen.update(date=form.values()["date"]))
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"date": dt.date(2026, 3, 10)}


def test_the_overdue_colouring_and_count_follow_the_programs_clock(
        open_view, repair_tab_staff, clock):
    clerk = repair_tab_staff["clerk"]
    late = register(clerk, reported_at=clock.now - dt.timedelta(days=3), content="Old leak")
    fresh = register(clerk, content="New leak")  # reported at the clock's now
    tab = open_view(RepairsTab, clerk)
    model = tab.list.model
    rows = {model.row_id(r): r for r in range(model.loaded())}
    assert model.index(rows[late.id], 0).data(Qt.ItemDataRole.ForegroundRole) == LATE
    assert model.index(rows[fresh.id], 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Overdue: 1" in tab.summary_label.text()

    clock.advance(days=3)  # the fresh order's two days to complete have passed
    tab.refresh()
    rows = {model.row_id(r): r for r in range(model.loaded())}
    assert model.index(rows[fresh.id], 0).data(Qt.ItemDataRole.ForegroundRole) == LATE
    assert "Overdue: 2" in tab.summary_label.text()
