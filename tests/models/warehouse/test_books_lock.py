"""Approving a stocktake locks the books up to its count, not the rest of its month.

The rule (docs/domain.md, the storeroom): nothing may be dated at or before the moment
the gains and losses are dated; the month goes on after it until it ends; an ended
month with an approved count is closed entirely.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from models import checks, warehouse
from models.errors import ValidationError
from tests.helpers.storeroom import issue, make_item, receive


def _count_with_a_loss(staff, clock, month: str) -> warehouse.Stocktake:
    """Start ``month`` now, count one box short half an hour later (recounted, explained)."""
    stocktake = warehouse.start_stocktake(month, by=staff["keeper"])
    clock.advance(minutes=30)
    (row,) = warehouse.count_rows(stocktake.id)
    short = row.expected - 1
    warehouse.enter_counts(stocktake.id, {row.line.id: {
        "counted_qty": short, "recount_qty": short, "reason": "破损"}}, by=staff["keeper"])
    return stocktake


@pytest.mark.clock_at(dt.datetime(2026, 11, 20, 9, 0))
def test_a_count_approved_on_the_first_leaves_the_rest_of_the_month_open(
        staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "2")  # November: the opening of December, 10 worth 20.00
    clock.set(dt.datetime(2026, 12, 1, 9, 0))
    morning = receive(staff, item, 5, "2")  # 15, 30.00, before the freeze
    clock.set(dt.datetime(2026, 12, 1, 10, 0))
    stocktake = _count_with_a_loss(staff, clock, "2026-12")  # counted at 10:30
    clock.set(dt.datetime(2026, 12, 1, 11, 0))
    approved = warehouse.approve_stocktake(stocktake.id, by=staff["manager"])
    assert approved.adjusted_at == dt.datetime(2026, 12, 1, 10, 30)
    assert warehouse.books_lock() == warehouse.Lock(
        dt.datetime(2026, 12, 1, 10, 30), stocktake.number, "2026-12")
    assert warehouse.closed_through() is None

    # That afternoon a slip dated today signs: it lands after the count.
    clock.set(dt.datetime(2026, 12, 1, 15, 0))
    afternoon = issue(staff, item, 2)
    assert afternoon.status == warehouse.SUBMITTED
    # Dated before the freeze: refused, naming the lock, writing nothing.
    before = table_snapshot()
    with pytest.raises(ValidationError) as err:
        issue(staff, item, 1, day=dt.date(2026, 11, 30))
    assert str(err.value) == (
        f"The books are closed up to 2026-12-01 10:30 by the approved stocktake "
        f"{stocktake.number}: nothing can be dated at or before it; a document must be dated "
        f"after it.")
    assert err.value.field == "date"
    with pytest.raises(ValidationError, match="closed up to 2026-12-01 10:30"):
        warehouse.cancel_receipt(morning.id, "错", by=staff["manager"])  # its entry: 09:00
    with pytest.raises(ValidationError, match="closed up to"):
        warehouse.start_stocktake("2026-12", by=staff["keeper"])  # counted already
    assert table_snapshot() == before
    assert not warehouse.is_reversible(warehouse.DOC_RECEIPT, morning.id, morning.date)
    assert warehouse.is_reversible(warehouse.DOC_ISSUE, afternoon.id, afternoon.date)
    # What came after the count can still be cancelled: its reversal lands after it too.
    warehouse.cancel_issue_slip(afternoon.id, "领错", by=staff["manager"])
    issue(staff, item, 3)  # 14 − 3 = 11

    december = warehouse.month_summary("2026-12")
    (row,) = december.rows
    assert (row.opening_qty, row.in_qty, row.out_qty, row.loss_qty, row.closing_qty) == (
        D("10"), D("5"), D("3"), D("1"), D("11"))
    assert row.balanced() and december.total.balanced()
    assert row.opening_qty + row.in_qty - row.out_qty + row.gain_qty - row.loss_qty == (
        row.closing_qty)
    assert (row.opening_value + row.in_value - row.out_value + row.gain_value
            - row.loss_value) == row.closing_value
    assert checks.run_checks() == []

    # December ends: now it is closed entirely, a slip backdated into it is refused.
    clock.set(dt.datetime(2027, 1, 4, 9, 0))
    assert warehouse.closed_through() == "2026-12"
    before = table_snapshot()
    with pytest.raises(ValidationError, match="2026-12 is closed"):
        issue(staff, item, 1, day=dt.date(2026, 12, 31))
    with pytest.raises(ValidationError, match="2026-12 is closed"):
        receive(staff, item, 1, "2", day=dt.date(2026, 12, 20))
    assert table_snapshot() == before
    issue(staff, item, 1)  # January is open
    january = warehouse.month_summary("2027-01")
    (row_jan,) = january.rows
    assert (row_jan.opening_qty, row_jan.opening_value) == (row.closing_qty, row.closing_value)
    assert row_jan.balanced() and row_jan.closing_qty == D("10")


@pytest.mark.clock_at(dt.datetime(2026, 11, 20, 9, 0))
def test_a_month_counted_after_it_ended_is_closed_and_the_new_month_is_open(
        staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "2")
    clock.set(dt.datetime(2026, 12, 3, 10, 0))
    month = warehouse.default_stocktake_month(clock.now.date())
    assert month == "2026-11"
    stocktake = _count_with_a_loss(staff, clock, month)
    approved = warehouse.approve_stocktake(stocktake.id, by=staff["manager"])
    assert approved.adjusted_at == dt.datetime(2026, 11, 30, 23, 59, 59)
    assert warehouse.closed_through() == "2026-11"
    before = table_snapshot()
    with pytest.raises(ValidationError, match="2026-11 is closed"):
        issue(staff, item, 1, day=dt.date(2026, 11, 30))
    assert table_snapshot() == before
    issue(staff, item, 1, day=dt.date(2026, 12, 1))  # December was never closed
    issue(staff, item, 1)


@pytest.mark.parametrize(("today", "month"), [
    (dt.date(2026, 12, 1), "2026-11"),
    (dt.date(2026, 12, 15), "2026-11"),
    (dt.date(2026, 12, 16), "2026-12"),
    (dt.date(2026, 12, 31), "2026-12"),
    (dt.date(2027, 1, 1), "2026-12"),  # across the year
    (dt.date(2027, 1, 15), "2026-12"),
    (dt.date(2026, 3, 16), "2026-03"),
])
def test_the_default_stocktake_month_is_the_one_just_ending(today, month):
    assert warehouse.default_stocktake_month(today) == month
