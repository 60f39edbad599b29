"""What the storeroom's forms look up (warehouse.lookups), the receipt list's source filter,
moving an item category, and a purchase request's refusal naming its own status."""

from __future__ import annotations

import pytest

from models import listing, warehouse
from models.audit import AuditEntry
from models.errors import DomainError, NotFound, PermissionDenied
from tests.helpers.storeroom import issue_lines, make_item, receive, receive_lines


def test_the_completers_and_filters_read_the_items_and_receipts(staff, clock):
    keeper = staff["keeper"]
    screw = make_item(keeper, location="B-01")
    wire = make_item(keeper, code="DL001", name="电线", unit="米", category="电料",
                     location="A-01")
    make_item(keeper, code="QT001", name="扫帚", unit="把", category="其他")  # no shelf
    gone = make_item(keeper, code="QT002", name="旧拖把", unit="把", location="Z-09")
    warehouse.update_item(gone.id, {"active": False}, by=keeper)
    assert warehouse.item_locations() == ["A-01", "B-01", "Z-09"]
    assert warehouse.item_units() == ["把", "盒", "米"]
    assert warehouse.stocktake_locations() == ["A-01", "B-01"]  # nothing in use on Z-09
    receive(staff, screw, 5, supplier="华强五金")
    receive(staff, wire, 5, supplier="明辉电气")
    receive(staff, wire, 1, supplier="华强五金", confirm=False)
    assert warehouse.recent_suppliers() == ["华强五金", "明辉电气"]


def test_a_documents_lines_in_their_order_and_their_count(staff, clock):
    keeper = staff["keeper"]
    screw, tap = make_item(keeper), make_item(keeper, code="SN001", name="水龙头", unit="个")
    receipt = receive_lines(staff, [(tap, 2, "30"), (screw, 10, "2.5")])
    lines = warehouse.lines_of(receipt)
    assert [(ln.line_no, ln.item.code) for ln in lines] == [(1, "SN001"), (2, "WJ001")]
    assert warehouse.line_count(receipt) == 2
    slip = issue_lines(staff, [(screw, 1)], sign=False)
    assert [ln.item.code for ln in warehouse.lines_of(slip)] == ["WJ001"]
    request = warehouse.save_request({"reason": "补货"}, [{"item": tap.id, "qty": 3,
                                                          "unit_price": "30"}], by=keeper)
    assert warehouse.line_count(request) == 1 and warehouse.lines_of(request)[0].qty == 3


def test_approved_request_numbers_and_the_refusal_naming_the_requests_status(
        staff, clock, table_snapshot):
    keeper, manager = staff["keeper"], staff["manager"]
    tap = make_item(keeper, code="SN001", name="水龙头", unit="个")
    lines = [{"item": tap.id, "qty": 1, "unit_price": "30"}]
    first = warehouse.save_request({"reason": "补货"}, lines, by=keeper)
    second = warehouse.save_request({"reason": "急用"}, lines, by=keeper)
    warehouse.save_request({"reason": "草稿"}, lines, by=keeper)
    for request in (first, second):
        warehouse.approve_request(request.id, by=manager)
    assert warehouse.approved_request_numbers() == [second.number, first.number]
    before = table_snapshot()
    with pytest.raises(DomainError) as refusal:  # it used to say "is approved" (the raw code)
        warehouse.approve_request(first.id, by=manager)
    assert str(refusal.value) == f"{first.number} is Approved; only a draft can be approved."
    assert refusal.value.params["status"].context == "Warehouse"
    assert table_snapshot() == before


def test_a_stocktakes_count_progress(staff, clock):
    keeper = staff["keeper"]
    for code, shelf in (("WJ001", "A-01"), ("WJ002", "A-02")):
        receive(staff, make_item(keeper, code=code, location=shelf), 3)
    stocktake = warehouse.start_stocktake(warehouse.month_of(clock.now), by=keeper)
    assert warehouse.count_progress(stocktake) == (0, 2)
    row = warehouse.count_rows(stocktake.id)[0]
    warehouse.enter_counts(stocktake.id, {row.line.id: {"counted_qty": "3"}}, by=keeper)
    assert warehouse.count_progress(stocktake) == (1, 2)


def test_the_receipt_list_filters_by_source(staff, clock):
    keeper = staff["keeper"]
    tap = make_item(keeper, code="SN001", name="水龙头", unit="个")
    request = warehouse.save_request({"reason": "急用"}, [{"item": tap.id, "qty": 1,
                                                          "unit_price": "30"}], by=keeper)
    warehouse.approve_request(request.id, by=staff["manager"])
    central = receive(staff, tap, 1)
    own = receive(staff, tap, 1, source=warehouse.SELF, purchase_request=request.number)
    for source, wanted in ((warehouse.CENTRAL, central), (warehouse.SELF, own)):
        flt = listing.ListFilter(extra={"source": source})
        rows = listing.fetch_page(warehouse.RECEIPT_LIST, flt).rows
        assert [r[0] for r in rows] == [wanted.id]


def test_move_category_is_the_storekeepers_and_one_transaction(staff, clock, table_snapshot):
    keeper = staff["keeper"]
    names = [c.name for c in warehouse.categories(active_only=False)]
    third = warehouse.categories()[2]
    moved = warehouse.move_category(keeper, third.id, -1)
    assert moved.id == third.id
    after = [c.name for c in warehouse.categories(active_only=False)]
    assert after == [names[0], names[2], names[1], *names[3:]]
    assert AuditEntry.select().where(AuditEntry.action == "item_category.update").exists()
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        warehouse.move_category(staff["clerk"], third.id, 1)
    with pytest.raises(NotFound):
        warehouse.move_category(keeper, 10**6, 1)
    with pytest.raises(ValueError):
        warehouse.move_category(keeper, third.id, 2)
    assert warehouse.move_category(keeper, warehouse.categories()[0].id, -1) is None
    assert table_snapshot() == before
