"""Approving a stocktake does not stop the storeroom (issue 10): the start form proposes the
month a clerk means, the approval question says what closes, and the same afternoon an
issue slip dated today signs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from gui.warehouse.issues_view import IssueSlipsView
from gui.warehouse.stocktake_view import StocktakesView
from models import warehouse
from tests.helpers.keys import press_enter
from tests.helpers.storeroom import make_item, on_hand, receive
from tests.helpers.widgets import POPUP_NOISE, field, pick, select

pytestmark = [POPUP_NOISE, pytest.mark.clock_at(dt.datetime(2026, 11, 20, 9, 0))]


def open_stocktakes(open_view, user) -> StocktakesView:
    view = open_view(StocktakesView, user)
    view.refresh()
    return view


def proposed_month(open_view, driver, user) -> str:
    """Open 开始盘点 and close it again: the month it proposes."""
    seen: list[str] = []

    def look(form):
        seen.append(form.fields["month"].text())
        form.reject()

    driver.then(look)
    open_stocktakes(open_view, user).qactions["start"].trigger()
    return seen[0]


def test_the_start_form_proposes_the_month_just_ending(open_view, driver, staff, clock):
    clock.set(dt.datetime(2026, 12, 1, 9, 0))
    assert proposed_month(open_view, driver, staff["keeper"]) == "2026-11"
    clock.set(dt.datetime(2026, 12, 15, 17, 0))
    assert proposed_month(open_view, driver, staff["keeper"]) == "2026-11"
    clock.set(dt.datetime(2026, 12, 16, 9, 0))
    assert proposed_month(open_view, driver, staff["keeper"]) == "2026-12"


def test_after_approving_on_the_first_a_slip_dated_today_signs(
        open_view, qtbot, driver, printed, messages, staff, clock):
    screws = make_item(staff["keeper"], location="A-01")
    receive(staff, screws, 10, "2")
    clock.set(dt.datetime(2026, 12, 1, 10, 0))

    def start_december(form):
        assert form.fields["month"].text() == "2026-11"  # the month just ended, by default
        pick(form, "month", "2026-12")  # the storekeeper means this one
        press_enter(qtbot, field(form, "supervised_by"), ctrl=True)

    keeper_view = open_stocktakes(open_view, staff["keeper"])
    driver.then(start_december)
    keeper_view.qactions["start"].trigger()
    stocktake = warehouse.open_stocktake()
    assert stocktake.month == "2026-12"
    clock.set(dt.datetime(2026, 12, 1, 10, 30))
    (row,) = warehouse.count_rows(stocktake.id)
    warehouse.enter_counts(stocktake.id, {row.line.id: {"counted_qty": "10"}},
                           by=staff["keeper"])

    clock.set(dt.datetime(2026, 12, 1, 11, 0))
    manager_view = open_stocktakes(open_view, staff["manager"])
    assert manager_view.list.select_id(stocktake.id)
    QApplication.processEvents()
    messages.clear()
    manager_view.qactions["approve"].trigger()
    questions = [text for kind, text in messages if kind == "question"]
    assert questions[0] == (
        "Approve the stocktake of 2026-12? The books up to 2026-12-01 10:30 are closed: "
        "nothing can be dated at or before it. 2026-12 stays open after that moment until it "
        "ends.")
    assert not [text for kind, text in messages if kind == "box"]
    assert warehouse.get_stocktake(stocktake.id).status == warehouse.APPROVED
    assert "closed up to 2026-12-01 10:30" in questions[1]
    status = manager_view.status_label.text()
    assert "No month closed yet" in status and "closed up to 2026-12-01 10:30" in status

    # that afternoon: a slip dated today, signed by the duty officer
    clock.set(dt.datetime(2026, 12, 1, 15, 0))
    slip = warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                     [{"item": screws.id, "qty": 2}], by=staff["keeper"])
    duty_view = open_view(IssueSlipsView, staff["duty"])
    select(duty_view, slip.id)
    messages.clear()
    duty_view.qactions["submit"].trigger()
    assert not [text for kind, text in messages if kind == "box"]
    assert warehouse.get_issue_slip(slip.id).status == warehouse.SUBMITTED
    assert on_hand(screws) == 8


@pytest.mark.clock_at(dt.datetime(2026, 12, 3, 10, 0))
def test_approving_an_ended_month_says_it_closes_entirely(
        open_view, driver, printed, messages, staff, clock):
    make_item(staff["keeper"])
    stocktake = warehouse.start_stocktake("2026-11", by=staff["keeper"])
    (row,) = warehouse.count_rows(stocktake.id)
    warehouse.enter_counts(stocktake.id, {row.line.id: {"counted_qty": "0"}}, by=staff["keeper"])
    view = open_stocktakes(open_view, staff["manager"])
    assert view.list.select_id(stocktake.id)
    QApplication.processEvents()
    assert view.approval_question(warehouse.get_stocktake(stocktake.id)) == (
        "Approve the stocktake of 2026-11? 2026-11 has ended: it is closed entirely, nothing "
        "can be dated in it or before it.")
    view.qactions["approve"].trigger()
    assert warehouse.closed_through() == "2026-11"
    assert "Closed through 2026-11" in view.status_label.text()
    assert "closed up to" not in view.status_label.text()
