"""An issue slip for a repair order (issue 10 item 11): which orders it is offered, and what
it takes from the one picked (领料部门, 领料人, 用途); the slip list's cost of a draft."""

from __future__ import annotations

from decimal import Decimal

from models import listing, people, repairs, warehouse
from tests.helpers.repairs import new_order
from tests.helpers.storeroom import make_item, receive


def engineering(admin, login: str, name: str, department: str = "工程部") -> people.User:
    dep = people.Department.get(people.Department.name == department)
    return people.create_user(login, name, "secret12", [people.ENGINEERING], by=admin,
                              department=dep)


def test_open_orders_come_first_then_recent_ones_never_cancelled_and_old_finished_never(
        repair_staff, clock):
    clerk = repair_staff["clerk"]
    old = new_order(clerk, location="801室", content="灯不亮")
    repairs.cancel(new_order(clerk, location="802室", content="门锁坏").id, "重复", by=clerk)
    done = new_order(clerk, location="803室", content="空调漏水")
    repairs.dispatch(done.id, "刘海波", by=clerk)
    repairs.accept(done.id, by=repair_staff["eng"])
    repairs.complete(done.id, "换接水盘", by=repair_staff["eng"])
    clock.advance(days=70)
    fresh = new_order(clerk, location="1203室", content="卫生间水龙头漏水")
    clock.advance(hours=1)
    newest_done = new_order(clerk, location="1205室", content="水龙头漏水")
    repairs.dispatch(newest_done.id, "刘海波", by=clerk)
    repairs.accept(newest_done.id, by=repair_staff["eng"])
    repairs.complete(newest_done.id, "换阀芯", by=repair_staff["eng"])

    numbers = [o.number for o in warehouse.orders_for_issue()]
    # open ones (the newest first, the 70-day-old open one too), then the recent finished one;
    # the cancelled one and the finished one from 70 days ago are not offered
    assert numbers == [fresh.number, old.number, newest_done.number]
    assert [o.number for o in warehouse.orders_for_issue("水龙头")] == [
        fresh.number, newest_done.number]
    assert [o.number for o in warehouse.orders_for_issue("1203")] == [fresh.number]
    assert warehouse.orders_for_issue(done.number) == []


def test_the_order_proposes_engineering_its_engineer_and_the_purpose(repair_staff, admin):
    clerk = repair_staff["clerk"]
    engineering(admin, "eng_liu", "刘海波")
    engineering(admin, "eng_wang", "王建军", department="秩维部")
    order = new_order(clerk, location="1203室", content="卫生间水龙头\n漏水")
    proposed = warehouse.issue_values_for_order(order)
    assert set(proposed) == {"department", "purpose"}  # not dispatched: no one takes the goods
    assert proposed["purpose"] == f"维修 {order.number} 1203室 卫生间水龙头 漏水"

    repairs.dispatch(order.id, "王建军", by=clerk)
    proposed = warehouse.issue_values_for_order(repairs.get_order(order.id))
    assert proposed["receiver"] == "王建军"
    assert people.get_department(proposed["department"]).name == "秩维部"  # his own

    order = repairs.get_order(order.id)
    order.engineer = "外包师傅"  # an engineer with no login: the engineers' department
    proposed = warehouse.issue_values_for_order(order)
    assert people.get_department(proposed["department"]).name in ("工程部", "秩维部")
    long = new_order(clerk, content="漏" * 300)
    assert len(warehouse.issue_values_for_order(long)["purpose"]) == 100


def test_a_draft_slip_is_listed_at_todays_average_and_a_signed_one_at_its_cost(
        staff, db):
    tap = make_item(staff["keeper"], code="SN001", name="水龙头", unit="个")
    receive(staff, tap, 3, "10")
    receive(staff, tap, 3, "10.01")  # average 10.005
    slip = warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                     [{"item": tap.id, "qty": "1.5"}], by=staff["keeper"])
    spec = warehouse.ISSUE_LIST

    def listed_cost() -> Decimal:
        row = listing.fetch_page(spec).rows[0]
        return Decimal(str(listing.python_values(spec, row)["total"])).quantize(Decimal("0.01"))

    expected = (Decimal("1.5") * warehouse.get_item(tap.id).average_cost).quantize(
        Decimal("0.01"))
    assert listed_cost() == expected == Decimal("15.01")
    assert warehouse.get_issue_slip(slip.id).total == 0  # nothing stored for a draft
    signed = warehouse.sign_issue_slip(slip.id, by=staff["duty"])
    assert listed_cost() == signed.total
