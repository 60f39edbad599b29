"""The 物料盘点记录表 shows the book quantities, so until its stocktake is approved only the
manager may have it (the count is blind); once approved anyone may, a cancelled one has none.
``warehouse.record_rows`` is the report's way in; the step (warehouse.steps.RECORD) says the
same to the toolbar."""

from __future__ import annotations

import pytest

from models import clock, warehouse
from models.errors import DomainError
from models.warehouse import steps as s
from tests.helpers.storeroom import make_item, receive_lines


@pytest.fixture
def counting(staff, db):
    keeper = staff["keeper"]
    receive_lines(staff, [(make_item(keeper), 10, "2")])
    stocktake = warehouse.start_stocktake(warehouse.month_of(clock.today()), by=keeper)
    line = warehouse.count_rows(stocktake.id)[0].line
    warehouse.enter_counts(stocktake.id, {line.id: {"counted_qty": "10"}}, by=keeper)
    return warehouse.get_stocktake(stocktake.id)


def test_while_counting_only_the_manager_gets_the_record(staff, counting, table_snapshot):
    for who in ("keeper", "duty", "clerk"):
        before = table_snapshot()
        with pytest.raises(DomainError, match="only the manager may print its stocktake record"):
            warehouse.record_rows(counting.id, by=staff[who])
        assert table_snapshot() == before
        assert not warehouse.STOCKTAKE_STEPS.allows(staff[who], s.RECORD, counting)
    with pytest.raises(DomainError, match="only the manager"):
        warehouse.record_rows(counting.id, by=None)  # no one signed in (the command line)
    rows = warehouse.record_rows(counting.id, by=staff["manager"])
    assert [r.expected for r in rows] == [10]
    assert warehouse.STOCKTAKE_STEPS.allows(staff["manager"], s.RECORD, counting)


def test_once_approved_anyone_gets_it(staff, counting):
    warehouse.approve_stocktake(counting.id, by=staff["manager"])
    for who in ("keeper", "duty", "clerk", "manager"):
        assert len(warehouse.record_rows(counting.id, by=staff[who])) == 1
    assert len(warehouse.record_rows(counting.id, by=None)) == 1


def test_a_cancelled_stocktake_has_no_record(staff, counting):
    warehouse.cancel_stocktake(counting.id, "开错了", by=staff["keeper"])
    with pytest.raises(DomainError, match="it has no stocktake record"):
        warehouse.record_rows(counting.id, by=staff["manager"])
