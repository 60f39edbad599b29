"""The storeroom's rules: each one refuses, and a refused operation leaves the file unchanged.

Negative stock, an unsigned issue slip, an unconfirmed receipt, editing after
submission, a document in a closed month (tests/models/warehouse/test_books_lock.py: up to
the count only while the month lasts), the wrong role; the moving average
against a hand-computed example; cancellations; the ledger's invariants.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from models import checks, people, warehouse
from models.audit import AuditEntry
from models.errors import DomainError, PermissionDenied, ValidationError
from tests.helpers.storeroom import issue, make_item, receive


def department(name: str = "工程部") -> people.Department:
    return people.Department.get(people.Department.name == name)


def stock(item) -> tuple[D, D]:
    item = warehouse.get_item(item.id)
    return item.qty, item.value


# --- items --------------------------------------------------------------------------


def test_items_are_created_with_their_category_and_codes_are_unique(staff, clock, table_snapshot):
    item = make_item(staff["keeper"], spec="M4×20", location="A-01", safety_stock="5")
    assert (item.category.name, item.location, item.safety_stock) == ("五金", "A-01", D("5"))
    assert stock(item) == (0, 0)
    before = table_snapshot()
    with pytest.raises(ValidationError) as err:
        make_item(staff["keeper"], name="另一个")
    assert err.value.field == "code" and "WJ001" in str(err.value)
    with pytest.raises(ValidationError):
        make_item(staff["keeper"], code="WJ002", category="不存在的类别")
    with pytest.raises(ValidationError):
        make_item(staff["keeper"], code="WJ002", unit="")
    with pytest.raises(PermissionDenied):
        make_item(staff["clerk"], code="WJ002")
    assert table_snapshot() == before


def test_the_unit_is_fixed_once_stock_moved_and_an_item_leaves_use_only_when_empty(
        staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    warehouse.update_item(item.id, {"unit": "个"}, by=staff["keeper"])  # nothing moved yet
    receive(staff, item, 3, "1.50")
    before = table_snapshot()
    with pytest.raises(ValidationError, match="cannot change"):
        warehouse.update_item(item.id, {"unit": "盒"}, by=staff["keeper"])
    with pytest.raises(ValidationError, match="still has 3 个"):
        warehouse.update_item(item.id, {"active": False}, by=staff["keeper"])
    assert table_snapshot() == before
    warehouse.update_item(item.id, {"location": "B-02", "name": "十字螺丝 M4"}, by=staff["keeper"])
    assert warehouse.get_item(item.id).location == "B-02"


# --- receipts -------------------------------------------------------------------------


def test_an_unconfirmed_receipt_moves_nothing_and_only_the_manager_confirms(
        staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receipt = receive(staff, item, 10, "2.5", confirm=False)
    assert receipt.number == "RK20260310-0001" and receipt.status == warehouse.DRAFT
    assert receipt.total == D("25.00") and receipt.received_by == "赵桂英"
    assert stock(item) == (0, 0)
    assert not warehouse.StockEntry.select().exists()
    before = table_snapshot()
    for who in ("keeper", "duty", "clerk"):
        with pytest.raises(PermissionDenied):
            warehouse.confirm_receipt(receipt.id, by=staff[who])
    assert table_snapshot() == before
    warehouse.confirm_receipt(receipt.id, by=staff["manager"])
    assert stock(item) == (D("10"), D("25.00"))
    entry = warehouse.StockEntry.get()
    assert (entry.kind, entry.qty, entry.amount, entry.doc_number) == (
        warehouse.K_RECEIPT, D("10"), D("25.00"), receipt.number)
    assert AuditEntry.select().where(AuditEntry.action == "receipt.confirm").count() == 1


def test_a_submitted_document_cannot_be_edited(staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receipt = receive(staff, item, 10, "2")
    slip = issue(staff, item, 1)
    before = table_snapshot()
    with pytest.raises(DomainError, match="only a draft can be changed"):
        warehouse.save_receipt({"supplier": "别家"}, [{"item": item.id, "qty": 1,
                                                       "unit_price": 1}],
                               by=staff["keeper"], receipt_id=receipt.id)
    with pytest.raises(DomainError, match="only a draft can be changed"):
        warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                  [{"item": item.id, "qty": 5}], by=staff["keeper"],
                                  slip_id=slip.id)
    with pytest.raises(DomainError, match="only a draft can be confirmed"):
        warehouse.confirm_receipt(receipt.id, by=staff["manager"])
    with pytest.raises(DomainError, match="only a draft can be signed"):
        warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    assert table_snapshot() == before


def test_receipt_lines_are_checked(staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    before = table_snapshot()
    bad_lines = [
        [],
        [{"item": item.id, "qty": "0", "unit_price": "1"}],
        [{"item": item.id, "qty": "-2", "unit_price": "1"}],
        [{"item": item.id, "qty": "abc", "unit_price": "1"}],
        [{"item": item.id, "qty": "1.2345", "unit_price": "1"}],
        [{"item": item.id, "qty": "1", "unit_price": "-1"}],
        [{"item": "NOSUCH", "qty": "1", "unit_price": "1"}],
        [{"item": item.id, "qty": 1, "unit_price": 1}, {"item": "WJ001", "qty": 2, "unit_price": 1}],
    ]
    for lines in bad_lines:
        with pytest.raises(ValidationError):
            warehouse.save_receipt({"supplier": "华强五金"}, lines, by=staff["keeper"])
    with pytest.raises(ValidationError, match="supplier"):
        warehouse.save_receipt({"supplier": ""}, [{"item": item.id, "qty": 1, "unit_price": 1}],
                               by=staff["keeper"])
    with pytest.raises(ValidationError, match="future"):
        warehouse.save_receipt({"supplier": "华强五金", "date": dt.date(2026, 3, 11)},
                               [{"item": item.id, "qty": 1, "unit_price": 1}], by=staff["keeper"])
    assert table_snapshot() == before


def test_an_own_purchase_names_an_approved_purchase_request(staff, clock, table_snapshot):
    item = make_item(staff["keeper"], safety_stock="10")
    request = warehouse.draft_request_from_low_stock(staff["keeper"])
    assert [(line.item.code, line.qty) for line in request.lines] == [("WJ001", D("20"))]
    before = table_snapshot()
    for number in ("", "SG20990101-0001", request.number):  # none, unknown, not approved
        with pytest.raises(ValidationError) as err:
            receive(staff, item, 20, "1", confirm=False, source=warehouse.SELF,
                    purchase_request=number)
        assert err.value.field == "purchase_request"
    with pytest.raises(PermissionDenied):
        warehouse.approve_request(request.id, by=staff["keeper"])
    assert table_snapshot() == before
    warehouse.approve_request(request.id, by=staff["manager"])
    receipt = receive(staff, item, 20, "1", source=warehouse.SELF, purchase_request=request.number)
    assert receipt.purchase_request.number == request.number
    with pytest.raises(DomainError, match="named on a receipt"):
        warehouse.cancel_request(request.id, "不买了", by=staff["manager"])


# --- issue slips ----------------------------------------------------------------------


def test_an_unsigned_issue_slip_moves_nothing_and_only_the_duty_officer_signs(
        staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "2")
    slip = issue(staff, item, 4, sign=False)
    assert slip.number == "CK20260310-0001" and slip.status == warehouse.DRAFT
    assert stock(item) == (D("10"), D("20.00"))
    before = table_snapshot()
    for who in ("keeper", "manager", "clerk"):
        with pytest.raises(PermissionDenied):
            warehouse.sign_issue_slip(slip.id, by=staff[who])
    assert table_snapshot() == before
    slip = warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    assert (slip.status, slip.total, slip.signed_by.login) == (warehouse.SUBMITTED, D("8.00"), "duty")
    assert stock(item) == (D("6"), D("12.00"))
    line = slip.lines.get()
    assert (line.unit_cost, line.amount) == (D("2.0000"), D("8.00"))


def test_negative_stock_is_refused_naming_the_item_the_stock_and_the_quantity(
        staff, clock, table_snapshot):
    screws = make_item(staff["keeper"])
    tape = make_item(staff["keeper"], code="DL001", name="绝缘胶布", unit="卷", category="电料")
    receive(staff, screws, 10, "2")
    receive(staff, tape, 3, "4")
    slip = warehouse.save_issue_slip(
        {"department": "工程部", "receiver": "刘海波"},
        [{"item": screws.id, "qty": 2}, {"item": tape.id, "qty": "3.5"}], by=staff["keeper"])
    before = table_snapshot()
    with pytest.raises(warehouse.NotEnoughStock) as err:
        warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    message = str(err.value)
    assert "DL001 绝缘胶布" in message and "3 卷 on hand" in message and "3.5 卷 asked" in message
    assert table_snapshot() == before  # not even the screws left
    assert stock(screws) == (D("10"), D("20.00"))


def test_a_backdated_issue_may_not_take_what_later_slips_already_took(
        staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "1", day=dt.date(2026, 3, 2))
    issue(staff, item, 8, day=dt.date(2026, 3, 6))
    receive(staff, item, 10, "1", day=dt.date(2026, 3, 8))
    before = table_snapshot()
    # Twelve are on the shelf today, and ten were on 3-4; but taking 5 then leaves 5 for the
    # 8 taken on 3-6.
    slip = issue(staff, item, 5, day=dt.date(2026, 3, 4), sign=False)
    with pytest.raises(warehouse.NotEnoughStock, match="issued later"):
        warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    early = issue(staff, item, 11, day=dt.date(2026, 3, 2), sign=False)
    with pytest.raises(warehouse.NotEnoughStock, match="10 盒 on hand then, 11 盒 asked"):
        warehouse.sign_issue_slip(early.id, by=staff["duty"])
    warehouse.cancel_issue_slip(slip.id, "写错", by=staff["keeper"])
    warehouse.cancel_issue_slip(early.id, "写错", by=staff["keeper"])
    assert stock(item) == (D("12"), D("12.00"))
    assert [p for p in checks.run_checks()] == []
    assert len(before["stock_ledger"]) == len(table_snapshot()["stock_ledger"])


def test_moving_weighted_average_against_a_hand_computed_example(staff, clock):
    """Receipts 10 @ 2.00 and 5 @ 3.20 average 2.40; the last issue takes all that is left.

        receipt 10 @ 2.00      qty 10  value 20.00
        receipt  5 @ 3.20      qty 15  value 36.00   (average 2.40)
        issue    4             cost  9.60 → qty 11 value 26.40
        receipt  9 @ 2.60      qty 20  value 49.80   (average 2.49)
        issue    7             cost 17.43 → qty 13 value 32.37
        issue   13             cost 32.37 → qty  0 value  0.00 (all of it, no cent left over)
    """
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "2.00")
    receive(staff, item, 5, "3.20")
    assert warehouse.get_item(item.id).average_cost == D("2.4000")
    assert issue(staff, item, 4).total == D("9.60")
    assert stock(item) == (D("11"), D("26.40"))
    receive(staff, item, 9, "2.60")
    assert stock(item) == (D("20"), D("49.80"))
    assert issue(staff, item, 7).total == D("17.43")
    assert stock(item) == (D("13"), D("32.37"))
    assert issue(staff, item, 13).total == D("32.37")
    assert stock(item) == (0, 0)
    # Thirds do not divide into cents: 10.00 over 3, issued one at a time.
    receive(staff, item, 3, "3.3334")
    assert stock(item) == (D("3"), D("10.00"))
    assert [issue(staff, item, 1).total for _ in range(3)] == [D("3.33"), D("3.34"), D("3.33")]
    assert stock(item) == (0, 0)


# --- cancelling -----------------------------------------------------------------------


def test_cancelling_posts_reversing_entries_and_deletes_nothing(staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receipt = receive(staff, item, 10, "2")
    slip = issue(staff, item, 3)
    before = table_snapshot()
    with pytest.raises(PermissionDenied):  # a signed slip: the manager cancels it
        warehouse.cancel_issue_slip(slip.id, "领错了", by=staff["keeper"])
    with pytest.raises(ValidationError, match="why"):
        warehouse.cancel_issue_slip(slip.id, " ", by=staff["manager"])
    assert table_snapshot() == before
    warehouse.cancel_issue_slip(slip.id, "领错了", by=staff["manager"])
    assert stock(item) == (D("10"), D("20.00"))
    kinds = [e.kind for e in warehouse.StockEntry.select().order_by(warehouse.StockEntry.id)]
    assert kinds == [warehouse.K_RECEIPT, warehouse.K_ISSUE, warehouse.K_ISSUE_CANCEL]
    assert warehouse.get_issue_slip(slip.id).lines.count() == 1  # nothing deleted
    warehouse.cancel_receipt(receipt.id, "供应商送错货", by=staff["manager"])
    assert stock(item) == (0, 0)
    with pytest.raises(DomainError, match="already cancelled"):
        warehouse.cancel_receipt(receipt.id, "again", by=staff["manager"])
    assert checks.run_checks() == []


def test_a_receipt_whose_goods_were_issued_cannot_be_cancelled(staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receipt = receive(staff, item, 10, "2")
    issue(staff, item, 4)
    before = table_snapshot()
    with pytest.raises(warehouse.NotEnoughStock, match="6 盒 on hand, 10 盒 asked"):
        warehouse.cancel_receipt(receipt.id, "错单", by=staff["manager"])
    assert table_snapshot() == before


def test_a_cancelled_receipt_after_a_cheaper_average_takes_back_what_it_can(staff, clock):
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "1")
    dear = receive(staff, item, 10, "3")  # qty 20, value 40, average 2
    issue(staff, item, 15)  # cost 30 → qty 5, value 10
    receive(staff, item, 10, "1")  # qty 15, value 20
    # The 30 it brought in is more than the 20 left: ten go out at the average, 13.33.
    warehouse.cancel_receipt(dear.id, "退货", by=staff["manager"])
    assert stock(item) == (D("5"), D("6.67"))
    back = warehouse.StockEntry.get(warehouse.StockEntry.kind == warehouse.K_RECEIPT_CANCEL)
    assert (back.qty, back.amount) == (D("-10"), D("-13.33"))
    assert checks.run_checks() == []


def test_a_cancelled_receipt_taking_the_last_stock_takes_all_its_value(staff, clock):
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "1")
    dear = receive(staff, item, 10, "3")
    issue(staff, item, 10)  # cost 20 → qty 10, value 20
    warehouse.cancel_receipt(dear.id, "退货", by=staff["manager"])
    assert stock(item) == (0, 0)


# --- closed months and the stocktake -----------------------------------------------------


def _approve_month(staff, clock, month="2026-03"):
    stocktake = warehouse.start_stocktake(month, by=staff["keeper"])
    rows = warehouse.count_rows(stocktake.id)
    warehouse.enter_counts(stocktake.id, {r.line.id: {"counted_qty": r.expected} for r in rows},
                           by=staff["keeper"])
    return warehouse.approve_stocktake(stocktake.id, by=staff["manager"])


def test_nothing_dated_in_a_closed_month_is_added_or_cancelled(staff, clock, table_snapshot):
    item = make_item(staff["keeper"])
    receipt = receive(staff, item, 10, "2", day=dt.date(2026, 3, 5))
    slip = issue(staff, item, 1, day=dt.date(2026, 3, 6))
    draft = issue(staff, item, 1, day=dt.date(2026, 3, 7), sign=False)
    _approve_month(staff, clock)
    assert warehouse.closed_through() is None  # March has not ended: closed up to the count
    clock.set(dt.datetime(2026, 4, 2, 10, 0))
    assert warehouse.closed_through() == "2026-03"  # ended: closed entirely
    before = table_snapshot()
    with pytest.raises(ValidationError, match="2026-03 is closed"):
        warehouse.cancel_receipt(receipt.id, "错", by=staff["manager"])
    with pytest.raises(ValidationError, match="closed"):
        warehouse.cancel_issue_slip(slip.id, "错", by=staff["manager"])
    with pytest.raises(ValidationError, match="closed"):
        warehouse.sign_issue_slip(draft.id, by=staff["duty"])
    with pytest.raises(ValidationError, match="closed"):
        receive(staff, item, 1, "1", day=dt.date(2026, 3, 31))
    with pytest.raises(ValidationError, match="closed"):
        receive(staff, item, 1, "1", day=dt.date(2026, 2, 1))  # earlier months too
    with pytest.raises(ValidationError, match="closed"):
        warehouse.start_stocktake("2026-03", by=staff["keeper"])
    assert table_snapshot() == before
    # A correction is a new document in the open month.
    issue(staff, item, 1, day=dt.date(2026, 4, 1))
    assert stock(item)[0] == D("8")


def test_a_stocktake_from_start_to_approval(staff, clock, table_snapshot):
    keeper, manager = staff["keeper"], staff["manager"]
    screws = make_item(keeper, location="A-02")
    tape = make_item(keeper, code="DL001", name="绝缘胶布", unit="卷", category="电料",
                     location="A-01")
    gloves = make_item(keeper, code="LB001", name="手套", unit="双", category="劳保",
                       location="B-01")
    receive(staff, screws, 10, "2", day=dt.date(2026, 3, 2))
    receive(staff, tape, 4, "5", day=dt.date(2026, 3, 2))
    receive(staff, gloves, 6, "3", day=dt.date(2026, 3, 2))
    clock.set(dt.datetime(2026, 3, 30, 9, 0))
    stocktake = warehouse.start_stocktake("2026-03", by=keeper, counted_by="赵桂英",
                                          supervised_by="周志华")
    assert stocktake.number == "PD20260330-0001"
    with pytest.raises(DomainError, match="still open"):
        warehouse.start_stocktake("2026-03", by=keeper)
    rows = warehouse.count_rows(stocktake.id)
    assert [r.item.code for r in rows] == ["DL001", "WJ001", "LB001"]  # by location
    assert [r.line.book_qty for r in rows] == [D("4"), D("10"), D("6")]
    # Between the freeze and the count, two screws leave the store.
    clock.advance(hours=1)
    issue(staff, screws, 2)
    clock.advance(hours=1)
    by_code = {r.item.code: r.line.id for r in rows}
    warehouse.enter_counts(stocktake.id, {
        by_code["DL001"]: {"counted_qty": "4"},
        by_code["WJ001"]: {"counted_qty": "7"},  # the books expect 8
        by_code["LB001"]: {"counted_qty": "6"},
    }, by=keeper)
    rows = {r.item.code: r for r in warehouse.count_rows(stocktake.id)}
    assert (rows["WJ001"].moved, rows["WJ001"].expected, rows["WJ001"].flagged) == (
        D("-2"), D("8"), True)
    assert not rows["DL001"].flagged and not rows["LB001"].flagged
    before = table_snapshot()
    with pytest.raises(ValidationError, match="need a recount"):
        warehouse.approve_stocktake(stocktake.id, by=manager)
    warehouse.enter_counts(stocktake.id, {by_code["WJ001"]: {"recount_qty": "9"}}, by=keeper)
    with pytest.raises(ValidationError, match="without a reason"):
        warehouse.approve_stocktake(stocktake.id, by=manager)
    warehouse.enter_counts(stocktake.id, {by_code["WJ001"]: {"reason": "上次出库少发一盒"}},
                           by=keeper)
    with pytest.raises(PermissionDenied):
        warehouse.approve_stocktake(stocktake.id, by=keeper)
    assert table_snapshot()["stock_ledger"] == before["stock_ledger"]
    approved = warehouse.approve_stocktake(stocktake.id, by=manager)
    assert approved.status == warehouse.APPROVED and approved.adjusted_at == dt.datetime(
        2026, 3, 30, 11, 0)
    rows = {r.item.code: r for r in warehouse.count_rows(stocktake.id)}
    assert (rows["WJ001"].final, rows["WJ001"].gain_qty, rows["WJ001"].gain_amount) == (
        D("9"), D("1"), D("2.00"))  # the recount stands; gained at the average, 2.00
    assert stock(screws) == (D("9"), D("18.00"))
    gain = warehouse.StockEntry.get(warehouse.StockEntry.kind == warehouse.K_GAIN)
    assert (gain.doc_number, gain.qty) == (stocktake.number, D("1"))
    assert warehouse.closed_through() is None  # March goes on after the count
    assert warehouse.books_lock() == warehouse.Lock(dt.datetime(2026, 3, 30, 11, 0),
                                                    stocktake.number, "2026-03")
    with pytest.raises(DomainError):
        warehouse.enter_counts(stocktake.id, {by_code["WJ001"]: {"counted_qty": "1"}}, by=keeper)
    assert checks.run_checks() == []


def test_a_loss_is_its_own_kind_and_scoped_counts(staff, clock):
    keeper = staff["keeper"]
    screws = make_item(keeper, location="A-01")
    tape = make_item(keeper, code="DL001", name="绝缘胶布", unit="卷", category="电料",
                     location="A-01")
    receive(staff, screws, 10, "2")
    receive(staff, tape, 4, "5")
    with pytest.raises(ValidationError, match="every item"):
        warehouse.start_stocktake("2026-03", by=keeper, quarterly=True, category="五金")
    with pytest.raises(ValidationError, match="has not begun"):
        warehouse.start_stocktake("2026-04", by=keeper)
    stocktake = warehouse.start_stocktake("2026-03", by=keeper, category="电料")
    rows = warehouse.count_rows(stocktake.id)
    assert [r.item.code for r in rows] == ["DL001"]
    warehouse.enter_counts(stocktake.id, {rows[0].line.id: {"counted_qty": "3", "recount_qty": "3",
                                                            "reason": "损坏报废"}}, by=keeper)
    warehouse.approve_stocktake(stocktake.id, by=staff["manager"])
    loss = warehouse.StockEntry.get(warehouse.StockEntry.kind == warehouse.K_LOSS)
    assert (loss.qty, loss.amount) == (D("-1"), D("-5.00"))
    assert stock(tape) == (D("3"), D("15.00"))
    assert stock(screws) == (D("10"), D("20.00"))


def test_a_stocktake_needs_every_line_counted_and_can_be_cancelled(staff, clock, table_snapshot):
    keeper = staff["keeper"]
    make_item(keeper)
    stocktake = warehouse.start_stocktake("2026-03", by=keeper)
    with pytest.raises(ValidationError, match="no count yet"):
        warehouse.approve_stocktake(stocktake.id, by=staff["manager"])
    line = warehouse.count_rows(stocktake.id)[0].line
    with pytest.raises(ValidationError, match="count it before the recount"):
        warehouse.enter_counts(stocktake.id, {line.id: {"recount_qty": "1"}}, by=keeper)
    with pytest.raises(ValidationError, match="not a number"):
        warehouse.enter_counts(stocktake.id, {line.id: {"counted_qty": "x"}}, by=keeper)
    warehouse.cancel_stocktake(stocktake.id, "开错了", by=keeper)
    assert warehouse.closed_through() is None
    assert warehouse.open_stocktake() is None


# --- the monthly summary and the ledger's invariants --------------------------------------


def test_the_monthly_summary_balances_and_counts_each_kind_in_its_column(staff, clock):
    keeper = staff["keeper"]
    item = make_item(keeper)
    clock.set(dt.datetime(2026, 2, 20, 9, 0))
    receive(staff, item, 10, "2")  # February: the opening of March
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    receive(staff, item, 5, "2.6")  # 15, 33.00
    slip = issue(staff, item, 3)  # cost 6.60 → 12, 26.40
    issue(staff, item, 2, department="客服部")  # 4.40 → 10, 22.00
    warehouse.cancel_issue_slip(slip.id, "领错", by=staff["manager"])  # back: 13, 28.60
    summary = warehouse.month_summary("2026-03")
    (row,) = summary.rows
    assert row.cells() == ["WJ001", "十字螺丝", "", "盒", D("10"), D("20.00"), D("5"), D("13.00"),
                           D("2"), D("4.40"), 0, 0, 0, 0, D("13"), D("28.60")]
    assert row.balanced() and summary.total.balanced()
    assert stock(item) == (row.closing_qty, row.closing_value)
    assert [(d.department, d.value) for d in summary.by_department] == [("客服部", D("4.40"))]
    assert summary.by_category[0][0] == "五金"
    assert len(warehouse.SUMMARY_HEADERS) == len(row.cells())


def test_check_proves_the_ledger_and_finds_a_tampered_balance(staff, clock, db):
    item = make_item(staff["keeper"])
    receive(staff, item, 10, "2")
    issue(staff, item, 4)
    assert checks.run_checks() == []
    db.execute_sql("UPDATE item SET qty = 7 WHERE id = ?", (item.id,))
    problems = [p for area, p in checks.run_checks() if area == "warehouse"]
    assert any("entries sum to 6" in p for p in problems)
    db.execute_sql("UPDATE item SET qty = 6 WHERE id = ?", (item.id,))
    db.execute_sql("UPDATE stock_ledger SET at = '2026-01-01 00:00:00' WHERE kind = 'issue'")
    problems = [p for area, p in checks.run_checks() if area == "warehouse"]
    assert any("went negative" in p for p in problems)


# --- importing items ------------------------------------------------------------------------


def test_import_is_all_or_nothing_with_row_numbers(staff, clock, table_snapshot):
    keeper = staff["keeper"]
    make_item(keeper, code="OLD1")
    rows = [
        (2, {"code": "WJ100", "name": "膨胀螺丝", "unit": "个", "category": "五金",
             "opening_qty": "100", "opening_price": "0.35"}),
        (3, {"code": "OLD1", "name": "重复", "unit": "个", "category": "五金"}),
        (4, {"code": "WJ101", "name": "", "unit": "个", "category": "五金"}),
        (5, {"code": "WJ100", "name": "又一个", "unit": "个", "category": "五金"}),
        (6, {"code": "WJ102", "name": "扳手", "unit": "把", "category": "工具"}),
        (7, {"code": "WJ103", "name": "钳子", "unit": "把", "category": "五金",
             "opening_qty": "两"}),
    ]
    before = table_snapshot()
    with pytest.raises(warehouse.ImportRefused) as err:
        warehouse.import_items(rows, by=keeper)
    assert [p.row for p in err.value.problems] == [3, 4, 5, 6, 7]
    assert "row 2" in str(err.value.problems[2].message)
    assert table_snapshot() == before
    items = warehouse.import_items([rows[0], (8, {"code": "WJ104", "name": "钳子", "unit": "把",
                                                 "category": "五金", "safety_stock": "2"})],
                                   by=keeper)
    assert [(i.code, i.qty, i.value) for i in items] == [
        ("WJ100", D("100"), D("35.00")), ("WJ104", 0, 0)]
    entry = warehouse.StockEntry.get()
    assert (entry.kind, entry.at) == (warehouse.K_OPENING, dt.datetime(2026, 2, 28, 23, 59, 59))
    march = warehouse.month_summary("2026-03")
    assert [(r.code, r.opening_qty) for r in march.rows] == [("WJ100", D("100"))]


# --- the repair order link ------------------------------------------------------------------


def test_an_issue_slip_names_its_repair_order_and_the_order_shows_its_cost(staff, clock):
    from models import repairs

    item = make_item(staff["keeper"])
    receive(staff, item, 10, "2")
    category = repairs.RepairCategory.get(repairs.RepairCategory.name == "水")
    order = repairs.register({"location": "1203室", "content": "水龙头漏水", "category": category},
                             by=staff["clerk"])
    slip = issue(staff, item, 3, repair_order=order.number)
    issue(staff, item, 1, repair_order=order.id, sign=False)  # unsigned: not counted
    assert slip.repair_order_id == order.id
    assert [(s.number, line.qty) for s, line in warehouse.issued_for_repair(order.id)] == [
        (slip.number, D("3"))]
    assert warehouse.repair_material_cost(order.id) == D("6.00")
    warehouse.cancel_issue_slip(slip.id, "退回", by=staff["manager"])
    assert warehouse.repair_material_cost(order.id) == 0
    with pytest.raises(ValidationError, match="no repair order"):
        issue(staff, item, 1, repair_order="BX20990101-0001")
