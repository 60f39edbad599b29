"""Random sequences of receipts, issue slips and cancellations, some backdated.

Whatever the order, and whichever of them the rules refuse: each balance
equals its ledger's sum, no balance is ever negative (in the ledger's own
order either), an empty shelf is worth nothing, the quantity on hand is what
the live documents say, and a refused operation writes nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import people, warehouse
from models.errors import DomainError
from models.warehouse import ledger

TODAY = dt.datetime(2026, 3, 28, 16, 0)
pytestmark = pytest.mark.clock_at(TODAY)  # the ``clock`` fixture stands there throughout

quantities = st.integers(min_value=1, max_value=40).map(D)
prices = st.decimals(min_value=D("0"), max_value=D("50"), places=2)
days = st.integers(min_value=1, max_value=28).map(lambda d: dt.date(2026, 3, d))
item_index = st.integers(min_value=0, max_value=2)
step = st.one_of(
    st.tuples(st.just("receive"), item_index, quantities, prices, days),
    st.tuples(st.just("issue"), item_index, quantities, days),
    st.tuples(st.just("cancel_receipt"), st.integers(0, 30)),
    st.tuples(st.just("cancel_issue"), st.integers(0, 30)),
)


@pytest.fixture
def random_office(make_user, clock):
    return {
        "keeper": make_user(people.STOREKEEPER, login="keeper"),
        "manager": make_user(people.MANAGER, login="boss"),
        "duty": make_user(people.DUTY, login="duty"),
        "codes": itertools.count(1),
    }


def _ledger_rows(db):
    return db.execute_sql("SELECT * FROM stock_ledger ORDER BY id").fetchall()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=25))
def test_random_documents_keep_the_ledger_sound(random_office, db, steps):
    keeper, manager, duty = random_office["keeper"], random_office["manager"], random_office["duty"]
    items = [warehouse.create_item({"code": f"R{next(random_office['codes']):05d}", "name": "随机物品",
                                    "unit": "个", "category": "其他"}, by=keeper)
             for _ in range(3)]
    receipts: list[tuple[int, int, D]] = []  # (receipt id, item index, qty)
    slips: list[tuple[int, int, D]] = []
    live_in = [D(0)] * 3
    live_out = [D(0)] * 3
    for action, *args in steps:
        before = _ledger_rows(db)
        try:
            if action == "receive":
                index, qty, unit_price, day = args
                receipt = warehouse.save_receipt(
                    {"date": day, "supplier": "供应商"},
                    [{"item": items[index].id, "qty": qty, "unit_price": unit_price}], by=keeper)
                warehouse.confirm_receipt(receipt.id, by=manager)
                receipts.append((receipt.id, index, qty))
                live_in[index] += qty
            elif action == "issue":
                index, qty, day = args
                slip = warehouse.save_issue_slip(
                    {"date": day, "department": "工程部", "receiver": "刘海波"},
                    [{"item": items[index].id, "qty": qty}], by=keeper)
                try:
                    warehouse.sign_issue_slip(slip.id, by=duty)
                except DomainError:
                    assert _ledger_rows(db) == before
                    raise
                slips.append((slip.id, index, qty))
                live_out[index] += qty
            elif action == "cancel_receipt" and receipts:
                receipt_id, index, qty = receipts[args[0] % len(receipts)]
                warehouse.cancel_receipt(receipt_id, "测试作废", by=manager)
                receipts.remove((receipt_id, index, qty))
                live_in[index] -= qty
            elif action == "cancel_issue" and slips:
                slip_id, index, qty = slips[args[0] % len(slips)]
                warehouse.cancel_issue_slip(slip_id, "测试作废", by=manager)
                slips.remove((slip_id, index, qty))
                live_out[index] -= qty
        except DomainError:
            assert _ledger_rows(db) == before  # refused: nothing written
        for index, item in enumerate(items):
            item = warehouse.get_item(item.id)
            assert item.qty >= 0 and item.value >= 0
            assert item.qty != 0 or item.value == 0
            assert item.qty == live_in[index] - live_out[index]
            assert (item.qty, item.value) == ledger.balance_at(item.id, dt.datetime.max)
    assert ledger.check_ledger() == []
