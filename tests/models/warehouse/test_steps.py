"""The storeroom's steps as declared (warehouse.steps) agree with the office's rules and with
the operations: for every step × role × state of receipts, issue slips, purchase requests,
stocktakes and items, the toolbar's answer is the operation's (it succeeds, or it is
refused with the declaration's own message)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models import clock, people, warehouse
from models.warehouse import base
from models.warehouse import steps as s
from tests.helpers.step_cases import Tally, rolled_back

KEEPER, MANAGER, DUTY = {people.STOREKEEPER}, {people.MANAGER}, {people.DUTY}
ANYONE = set(people.ROLES)

# The office's rules (docs/domain.md, "The storeroom"), written out here on their own:
# kind -> step -> (situation or None for "nothing selected") -> the roles that may.
DOCUMENT_RULES = {
    s.NEW: {None: KEEPER},
    s.EDIT: {"draft": KEEPER},
    s.CANCEL: {"draft": KEEPER | MANAGER, "submitted": MANAGER},
}
RULES = {
    "receipt": {**DOCUMENT_RULES, s.SUBMIT: {"draft": MANAGER}},  # 经理确认
    "issue slip": {**DOCUMENT_RULES, s.SUBMIT: {"draft": DUTY}},  # 当值签字
    "purchase request": {**DOCUMENT_RULES, s.SUBMIT: {"draft": MANAGER},  # 经理批准
                         s.LOW: {None: KEEPER}},
    "stocktake": {s.START: {None: KEEPER}, s.COUNTS: {"counting": KEEPER},
                  s.APPROVE: {"counting": MANAGER}, s.CANCEL: {"counting": KEEPER | MANAGER}},
    "item": {s.NEW: {None: KEEPER}, s.EDIT: {"an item": KEEPER}, s.IMPORT: {None: KEEPER},
             s.CATEGORIES: {None: KEEPER}},
}


@pytest.fixture
def stock(every_role):
    """螺丝 with 100 in stock (a confirmed receipt); 水龙头 under its safety stock."""
    keeper, boss = every_role[people.STOREKEEPER], every_role[people.MANAGER]
    screw = warehouse.create_item({"code": "WJ001", "name": "十字螺丝", "unit": "盒",
                                   "category": "五金"}, by=keeper)
    tap = warehouse.create_item({"code": "SN001", "name": "水龙头", "unit": "个",
                                 "category": "水暖", "safety_stock": "5"}, by=keeper)
    receipt = warehouse.save_receipt({"supplier": "华强五金"}, [
        {"item": screw.id, "qty": 100, "unit_price": "2.50"}], by=keeper)
    warehouse.confirm_receipt(receipt.id, by=boss)
    return {"screw": screw, "tap": tap}


def rule(kind: str, name: str, user, situation: str | None) -> bool:
    roles = RULES[kind][name].get(situation, set())
    return user.active and bool(user.roles & roles)


# --- each kind: how to make its records, and its operations ----------------------------


def receipt_kind(stock, keeper, boss, duty):
    screw = stock["screw"]
    lines = [{"item": screw.id, "qty": 3, "unit_price": "2.60"}]

    def make(situation: str):
        doc = warehouse.save_receipt({"supplier": "华强五金"}, lines, by=keeper)
        if situation in ("submitted", "cancelled"):
            warehouse.confirm_receipt(doc.id, by=boss)
        if situation in ("cancelled draft", "cancelled"):
            warehouse.cancel_receipt(doc.id, "送错了", by=boss)
        return warehouse.get_receipt(doc.id)

    def operations(doc_id, user) -> dict[str, Callable[[], object]]:
        return {
            s.NEW: lambda: warehouse.save_receipt({"supplier": "五金店"}, lines, by=user),
            s.EDIT: lambda: warehouse.save_receipt({"supplier": "五金店"}, lines, by=user,
                                                   receipt_id=doc_id),
            s.SUBMIT: lambda: warehouse.confirm_receipt(doc_id, by=user),
            s.CANCEL: lambda: warehouse.cancel_receipt(doc_id, "送错了", by=user),
        }

    return warehouse.RECEIPT_STEPS, make, operations, (
        "draft", "submitted", "cancelled draft", "cancelled")


def issue_kind(stock, keeper, boss, duty):
    lines = [{"item": stock["screw"].id, "qty": 2}]
    values = {"department": "工程部", "receiver": "刘海波"}

    def make(situation: str):
        doc = warehouse.save_issue_slip(values, lines, by=keeper)
        if situation in ("submitted", "cancelled"):
            warehouse.sign_issue_slip(doc.id, by=duty)
        if situation in ("cancelled draft", "cancelled"):
            warehouse.cancel_issue_slip(doc.id, "领错了", by=boss)
        return warehouse.get_issue_slip(doc.id)

    def operations(doc_id, user):
        return {
            s.NEW: lambda: warehouse.save_issue_slip(values, lines, by=user),
            s.EDIT: lambda: warehouse.save_issue_slip(values, lines, by=user, slip_id=doc_id),
            s.SUBMIT: lambda: warehouse.sign_issue_slip(doc_id, by=user),
            s.CANCEL: lambda: warehouse.cancel_issue_slip(doc_id, "领错了", by=user),
        }

    return warehouse.ISSUE_STEPS, make, operations, (
        "draft", "submitted", "cancelled draft", "cancelled")


def request_kind(stock, keeper, boss, duty):
    lines = [{"item": stock["tap"].id, "qty": 10, "unit_price": "35"}]

    def make(situation: str):
        doc = warehouse.save_request({"reason": "补货"}, lines, by=keeper)
        if situation in ("submitted", "cancelled"):
            warehouse.approve_request(doc.id, by=boss)
        if situation in ("cancelled draft", "cancelled"):
            warehouse.cancel_request(doc.id, "不买了", by=boss)
        return warehouse.get_request(doc.id)

    def operations(doc_id, user):
        return {
            s.NEW: lambda: warehouse.save_request({}, lines, by=user),
            s.EDIT: lambda: warehouse.save_request({}, lines, by=user, request_id=doc_id),
            s.SUBMIT: lambda: warehouse.approve_request(doc_id, by=user),
            s.CANCEL: lambda: warehouse.cancel_request(doc_id, "不买了", by=user),
            s.LOW: lambda: warehouse.draft_request_from_low_stock(by=user),
        }

    return warehouse.REQUEST_STEPS, make, operations, (
        "draft", "submitted", "cancelled draft", "cancelled")


def stocktake_kind(stock, keeper, boss, duty):
    month = base.month_of(clock.today())

    def make(situation: str):
        stocktake = warehouse.start_stocktake(month, by=keeper)
        warehouse.enter_counts(stocktake.id, {row.line.id: {"counted_qty": row.expected}
                                              for row in warehouse.count_rows(stocktake.id)},
                               by=keeper)
        if situation == "approved":
            warehouse.approve_stocktake(stocktake.id, by=boss)
        if situation == "cancelled":
            warehouse.cancel_stocktake(stocktake.id, "开错了", by=keeper)
        return warehouse.get_stocktake(stocktake.id)

    def operations(stocktake_id, user):
        def count() -> None:
            line = warehouse.count_rows(stocktake_id)[0].line
            warehouse.enter_counts(stocktake_id, {line.id: {"reason": "核对"}}, by=user)

        return {
            s.START: lambda: warehouse.start_stocktake(month, by=user),
            s.COUNTS: count,
            s.COUNTS + " (names)": lambda: warehouse.update_stocktake(
                stocktake_id, {"note": "复核", "supervised_by": "王经理"}, by=user),
            s.APPROVE: lambda: warehouse.approve_stocktake(stocktake_id, by=user),
            s.CANCEL: lambda: warehouse.cancel_stocktake(stocktake_id, "开错了", by=user),
        }

    return warehouse.STOCKTAKE_STEPS, make, operations, ("counting", "approved", "cancelled")


def item_kind(stock, keeper, boss, duty):
    def make(situation: str):
        return warehouse.get_item(stock["screw"].id)

    def operations(item_id, user):
        return {
            s.NEW: lambda: warehouse.create_item({"code": "DL001", "name": "电线", "unit": "米",
                                                  "category": "电料"}, by=user),
            s.EDIT: lambda: warehouse.update_item(item_id, {"location": "A-02"}, by=user),
            s.IMPORT: lambda: warehouse.import_items([(2, {
                "code": "QJ001", "name": "拖把", "unit": "把", "category": "清洁用品",
                "opening_qty": "4", "opening_price": "15"})], by=user),
            s.CATEGORIES: lambda: warehouse.save_category(user, "工具"),
        }

    return warehouse.ITEM_STEPS, make, operations, ("an item",)


KINDS = {"receipt": receipt_kind, "issue slip": issue_kind, "purchase request": request_kind,
         "stocktake": stocktake_kind, "item": item_kind}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_step_role_and_state_agrees_with_the_operation(kind, every_role, stock):
    keeper, boss, duty = every_role[people.STOREKEEPER], every_role[people.MANAGER], every_role[people.DUTY]
    steps, make, operations, situations = KINDS[kind](stock, keeper, boss, duty)
    tally = Tally()

    def check(operation_name: str, user, record, operation, situation) -> None:
        name = operation_name.split(" ")[0]  # "counts (names)": the counts step too
        may = rule(kind, name, user, situation)
        tally.check(steps, name, user, record, operation, situation or "nothing", may)

    for user in every_role.values():  # the steps that need nothing selected
        for name, operation in operations(None, user).items():
            if not steps[name.split(" ")[0]].on_record:
                check(name, user, None, operation, None)
    for situation in situations:
        with rolled_back():
            record = make(situation)
            for user in every_role.values():
                for name, operation in operations(record.id, user).items():
                    if steps[name.split(" ")[0]].on_record:
                        check(name, user, record, operation, situation)
    assert tally.problems == []
    assert tally.cases >= len(every_role) * (1 + len(situations))
    # Every step with an operation was both allowed and refused somewhere: the test can fail.
    assert tally.outcomes and all(outcome == {True, False} for outcome in
                                  tally.outcomes.values()), tally.outcomes
    assert set(tally.outcomes) == set(RULES[kind])
