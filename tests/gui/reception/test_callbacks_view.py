"""回访 at the desk: the one queue shows a complaint done and a repair order checked, the late
one in red; the clerk calls back (one key for the verdict), the customer cannot answer now
and a later call is promised; past that time the case is late again; the follow-up brings
不满意 and the complaint goes back to its department; the manager reviews (部长审核)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gui.reception.callbacks_view import LATE, CallbacksView
from models import callback_queue, callbacks, reception, repairs
from tests.helpers.callbacks import an_engineer, checked_order, done_complaint
from tests.helpers.keys import press_enter, type_text
from tests.helpers.widgets import enabled, field


def queue_text(view: CallbacksView, row: int, column: int) -> str:
    return view.queue.item(row, column).text()


def row_of(view: CallbacksView, number: str) -> int:
    rows = [r for r in range(view.queue.rowCount()) if queue_text(view, r, 1) == number]
    assert rows, f"{number} not in the queue"
    return rows[0]


def test_the_queue_from_call_to_review(open_view, qtbot, driver, staff, make_user, clock):
    engineer = an_engineer(make_user)
    clerk = staff["clerk"]
    c = done_complaint(staff)
    order = checked_order(clerk, engineer)
    clock.advance(days=1)  # the complaint was due the day it was done: late now
    view = open_view(CallbacksView, clerk)
    assert view.queue.rowCount() == 2
    row = row_of(view, c.number)
    assert queue_text(view, row, 2) == "王先生" and queue_text(view, row, 4) == "13800138000"
    assert "late" in queue_text(view, row, 7)
    assert view.queue.item(row, 7).foreground().color() == LATE
    assert view.queue.currentRow() == 0  # the soonest due is selected: F11 at once
    view.queue.selectRow(row)
    assert "call_back" in enabled(view) and "review" not in enabled(view)

    promised = (clock.now + dt.timedelta(hours=3)).replace(second=0, microsecond=0)

    def cannot_answer(form) -> None:
        qtbot.keyClick(field(form, "verdict"), Qt.Key.Key_0)  # one key: cannot answer now
        assert form.fields["verdict"].widget.currentData() == ""
        press_enter(qtbot, field(form, "verdict"))
        type_text(qtbot, field(form, "words"), "在开会，下午再打")
        type_text(qtbot, field(form, "promised_at"), f"{promised:%Y-%m-%d %H:%M}")
        press_enter(qtbot, field(form, "words"), ctrl=True)

    driver.then(cannot_answer)
    qtbot.keyClick(view.queue, Qt.Key.Key_F11)
    assert not driver.banners, driver.banners
    (made,) = callbacks.callbacks_of("complaint", c.id)
    assert (made.verdict, made.promised_at, made.words) == ("", promised, "在开会，下午再打")
    row = row_of(view, c.number)
    assert "promised" in queue_text(view, row, 0)
    assert queue_text(view, row, 6) == f"{promised:%Y-%m-%d %H:%M}"
    assert queue_text(view, row, 7) == ""  # not due until the promised time
    assert view.list.model.rowCount() == 1

    clock.set(promised + dt.timedelta(minutes=40))
    view.refresh()
    row = row_of(view, c.number)
    assert queue_text(view, row, 7) == "40 min late"

    # the follow-up on the register: the customer is not satisfied; the case goes back
    assert view.list.select_only(made.id)
    assert "follow_up" in enabled(view)

    def unsatisfied(form) -> None:
        qtbot.keyClick(field(form, "verdict"), Qt.Key.Key_3)
        press_enter(qtbot, field(form, "verdict"))
        type_text(qtbot, field(form, "result"), "空调仍然不冷，要求再修")
        press_enter(qtbot, field(form, "result"), ctrl=True)

    driver.then(unsatisfied)
    view.qactions["follow_up"].trigger()
    assert not driver.banners, driver.banners
    complaint = reception.get_complaint(c.id)
    assert (complaint.status, complaint.verdict) == ("reopened", "unsatisfied")
    assert [queue_text(view, r, 1) for r in range(view.queue.rowCount())] == [order.number]

    # the repair order from the same queue, one key: 1 satisfied
    view.queue.selectRow(0)

    def satisfied(form) -> None:
        qtbot.keyClick(field(form, "verdict"), Qt.Key.Key_1)
        press_enter(qtbot, field(form, "words"), ctrl=True)

    driver.then(satisfied)
    view.qactions["call_back"].trigger()
    assert not driver.banners, driver.banners
    assert repairs.get_order(order.id).status == repairs.CALLED_BACK
    assert view.queue.rowCount() == 0

    # the manager reviews what was answered; the clerk may not
    assert "review" not in enabled(view)
    boss = open_view(CallbacksView, staff["manager"])
    boss.filters[callback_queue.TO_REVIEW].setChecked(True)
    boss.list.apply_filter()
    assert boss.list.model.rowCount() == 2
    first = boss.list.current_id() or boss.list.model.row_id(0)
    assert boss.list.select_only(first)
    assert "review" in enabled(boss)
    qtbot.keyClick(boss.list, Qt.Key.Key_F9)
    assert callbacks.get_callback(first).reviewed_by == "周志华"
    boss.list.apply_filter()
    assert boss.list.model.rowCount() == 1
