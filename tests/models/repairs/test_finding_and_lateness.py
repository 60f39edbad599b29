"""Finding an order and not registering it twice; which step is late and by how much; the
engineers on duty; a category typed by name; the office's own deadlines (issue 10)."""

from __future__ import annotations

import datetime as dt

import pytest

from models import listing, people, repairs
from models.errors import PermissionDenied, ValidationError
from models.listing import ListFilter
from tests.helpers.repairs import category, new_order

H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)
SPEC = repairs.ORDER_LIST


def page_ids(flt: ListFilter | None = None, sort=None) -> list[int]:
    return [row[0] for row in listing.fetch_page(SPEC, flt, sort=sort, limit=100).rows]


# --- 6: the search covers the phone and the engineer ---------------------------------


def test_the_list_and_search_find_an_order_by_its_phone_and_its_engineer(repair_staff, clock):
    clerk = repair_staff["clerk"]
    mobile = new_order(clerk, phone="19937164870", location="802室")
    other = new_order(clerk, phone="8012")
    repairs.dispatch(other.id, "孙立新", by=clerk)
    assert page_ids(ListFilter(text="19937164870")) == [mobile.id]
    assert page_ids(ListFilter(text="7164870")) == [mobile.id]  # part of it, as typed
    assert page_ids(ListFilter(text="孙立新")) == [other.id]
    assert page_ids(ListFilter(text="孙立新 8012")) == [other.id]  # every word must match
    assert listing.count(SPEC, ListFilter(text="19937164870")) == 1
    assert [o.id for o in repairs.search(text="19937164870")] == [mobile.id]
    assert [o.id for o in repairs.search(text="孙立新")] == [other.id]


# --- 7: the open orders of a room or phone ------------------------------------------


def test_open_orders_are_those_of_the_room_or_phone_whose_work_is_not_yet_checked(
        repair_staff, clock):
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    by_phone = new_order(clerk, phone="13800138000", location="1601室",
                         reported_at=clock.now - 3 * H)
    by_room = new_order(clerk, phone="", location="1203室", reported_at=clock.now - 2 * H)
    completed = new_order(clerk, phone="8012", location="1203室", reported_at=clock.now - H)
    for step in (lambda o: repairs.dispatch(o, "刘海波", by=clerk),
                 lambda o: repairs.accept(o, by=eng),
                 lambda o: repairs.complete(o, "换阀芯", by=eng)):
        step(completed.id)
    checked = new_order(clerk, location="1203室")
    cancelled = new_order(clerk, location="1203室")
    repairs.cancel(cancelled.id, "重复报修", by=clerk)
    for step in (lambda o: repairs.dispatch(o, "刘海波", by=clerk),
                 lambda o: repairs.accept(o, by=eng),
                 lambda o: repairs.complete(o, "修好", by=eng),
                 lambda o: repairs.check(o, by=clerk)):
        step(checked.id)
    new_order(clerk, phone="110", location="B1")  # another place

    found = repairs.open_orders(phone=" 13800138000 ", location="1203室")
    assert [o.id for o in found] == [completed.id, by_room.id, by_phone.id]  # newest first
    assert [o.id for o in repairs.open_orders(location="1203室")] == [completed.id, by_room.id]
    assert [o.id for o in repairs.open_orders(location="1203室", exclude_id=completed.id)] == [
        by_room.id]
    assert repairs.open_orders(phone="13900000000", location="905室") == []
    assert repairs.open_orders() == [] and repairs.open_orders(phone=" ", location="") == []


# --- 8: which step is late, in SQL and for one order, the same --------------------------


def _each_waiting_state(repair_staff, clock):
    """One order waiting for each step, all of them reported three days ago."""
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    reported = clock.now - 3 * 24 * H
    at = {step: reported + minutes * M for step, minutes in
          (("dispatch", 10), ("accept", 30), ("complete", 120), ("check", 180))}
    orders = {}
    path = [("dispatch", lambda o: repairs.dispatch(o, "刘海波", by=clerk, at=at["dispatch"])),
            ("accept", lambda o: repairs.accept(o, by=eng, at=at["accept"])),
            ("complete", lambda o: repairs.complete(o, "修好", by=eng,
                                                    completed_at=at["complete"])),
            ("check", lambda o: repairs.check(o, by=clerk, at=at["check"]))]
    for waits, steps_done in (("dispatch", 0), ("accept", 1), ("complete", 2), ("check", 3),
                              ("call_back", 4)):
        order = new_order(clerk, reported_at=reported, content=f"waits for {waits}")
        for _name, step in path[:steps_done]:
            step(order.id)
        orders[waits] = repairs.get_order(order.id)
    return orders, reported, at


def test_each_state_is_late_for_the_step_it_waits_for(repair_staff, clock):
    orders, reported, at = _each_waiting_state(repair_staff, clock)
    now = clock.now
    expected = {
        "dispatch": now - (reported + H),  # 一般: an hour to dispatch
        "accept": now - orders["accept"].accept_due,
        "complete": now - orders["complete"].complete_due,
        "check": now - (at["complete"] + 24 * H),
        "call_back": now - (at["check"] + 48 * H),
    }
    for waits, order in orders.items():
        assert repairs.lateness(order, now) == (waits, expected[waits]), waits
    # The list's value, read in SQL, says the same, and the most late comes first.
    flt = ListFilter(extra={"overdue": True})
    rows = listing.fetch_page(SPEC, flt, sort=("late", True), limit=10).rows
    late_at = SPEC.columns.index(SPEC.column("late")) + 1
    by_id = {o.id: waits for waits, o in orders.items()}
    listed = [(by_id[row[0]], repairs.split_late(row[late_at])) for row in rows]
    most_late_first = sorted(expected, key=lambda w: expected[w], reverse=True)
    assert [waits for waits, _late in listed] == most_late_first
    for waits, late in listed:
        assert late == (waits, dt.timedelta(minutes=expected[waits] // M)), waits
    assert listing.export_value(SPEC.column("late"), rows[0][late_at]).endswith(
        "late to dispatch")
    assert repairs.count_overdue(now) == 5


def test_a_registered_order_past_every_deadline_is_late_to_dispatch_never_to_complete(
        repair_staff, clock):
    order = new_order(repair_staff["clerk"], reported_at=clock.now - 5 * 24 * H)
    assert clock.now > order.complete_due
    step, late = repairs.lateness(order, clock.now)
    assert (step, late) == ("dispatch", 5 * 24 * H - H)
    (value,) = [row[SPEC.columns.index(SPEC.column("late")) + 1]
                for row in listing.fetch_page(SPEC, limit=5).rows]
    assert listing.export_value(SPEC.column("late"), value) == "4 d 23 h late to dispatch"


def test_on_time_orders_and_finished_ones_are_not_overdue(repair_staff, clock):
    orders, _reported, _at = _each_waiting_state(repair_staff, clock)
    clerk = repair_staff["clerk"]
    repairs.call_back(orders["call_back"].id, repairs.SATISFIED, by=clerk)
    repairs.cancel(orders["dispatch"].id, "住户自行解决", by=clerk)
    new_order(clerk, content="just now")
    overdue = {o.id for o in repairs.search(overdue_only=True, now=clock.now)}
    assert overdue == {orders[w].id for w in ("accept", "complete", "check")}
    assert repairs.due_at(repairs.get_order(orders["call_back"].id)) is None
    assert page_ids(ListFilter(extra={"overdue": True})) == sorted(overdue, reverse=True)


# --- 11: the engineers on duty ------------------------------------------------------


def test_the_dispatch_proposes_the_engineers_on_duty(repair_staff, make_user, admin, clock):
    clerk = repair_staff["clerk"]
    eng1 = repair_staff["eng"].full_name  # 测试eng1
    make_user(people.ENGINEERING, login="eng2", full_name="陈工")
    make_user(people.ENGINEERING, login="eng3", full_name="赵工")
    gone = make_user(people.ENGINEERING, login="eng4", full_name="离职的钱工")
    people.set_active(gone.id, False, by=admin)
    for name, days_ago in (("外协老周", 60), ("离职的钱工", 5), ("外协王师傅", 2), ("赵工", 1),
                           (eng1, 0.2)):
        clock.set(dt.datetime(2026, 3, 10, 9, 0) - dt.timedelta(days=days_ago))
        order = new_order(clerk)
        repairs.dispatch(order.id, name, by=clerk)
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    # users by their latest dispatch, then the users not dispatched to, then other names of
    # the last 30 days; not the disabled user's as a user, nor a name not seen for 60 days
    assert repairs.engineer_names() == [eng1, "赵工", "陈工", "外协王师傅", "离职的钱工"]


# --- 10: a category typed by its name ------------------------------------------------


def test_a_category_is_taken_by_its_listed_name_and_no_other(repair_staff, table_snapshot,
                                                              clock):
    clerk = repair_staff["clerk"]
    order = new_order(clerk, category=" 空调 ")
    assert order.category_id == category("空调").id
    before = table_snapshot()
    for typed in ("暖气", "空", "空调机"):
        with pytest.raises(ValidationError, match="no repair category") as refused:
            new_order(clerk, category=typed)
        assert refused.value.field == "category"
    assert table_snapshot() == before


# --- the office's own deadlines -----------------------------------------------------


def test_the_office_deadlines_are_settings_of_the_administrator(admin, repair_staff,
                                                                 table_snapshot, clock):
    assert repairs.office_deadlines(repairs.URGENT) == repairs.OfficeDeadlines(15, 240, 2880)
    assert repairs.set_office_deadlines(repairs.URGENT, 10, 120, 1440, by=admin) == \
        repairs.OfficeDeadlines(10, 120, 1440)
    assert repairs.office_deadlines(repairs.URGENT) == repairs.OfficeDeadlines(10, 120, 1440)
    before = table_snapshot()
    for args, message in (((repairs.URGENT, 45, 120, 1440), "cannot be longer"),  # > 30 min
                          ((repairs.NORMAL, 0, 60, 60), "between 1 minute"),
                          (("soon", 10, 60, 60), "Unknown urgency")):
        with pytest.raises(ValidationError, match=message):
            repairs.set_office_deadlines(*args, by=admin)
    with pytest.raises(ValidationError, match="cannot be longer"):  # all or nothing
        repairs.save_deadlines({repairs.NORMAL: (240, 2880)}, by=admin,
                               office={repairs.NORMAL: (30, 60, 60),
                                       repairs.URGENT: (40, 60, 60)})
    with pytest.raises(PermissionDenied):
        repairs.set_office_deadlines(repairs.NORMAL, 30, 60, 60, by=repair_staff["clerk"])
    assert table_snapshot() == before
    repairs.save_deadlines({repairs.URGENT: (60, 240)}, by=admin,
                           office={repairs.URGENT: (45, 120, 1440)})
    assert repairs.office_deadlines(repairs.URGENT).dispatch_minutes == 45
