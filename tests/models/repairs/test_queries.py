"""Repair orders: overdue, lookups, the list, the monthly report, the demo, `check`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter

import pytest

from models import checks, demo, repairs
from models import db as dbmod
from models.errors import NotFound, ValidationError
from models.people import User
from tests.helpers.clock import T0
from tests.helpers.repairs import category, new_order

H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)


def _overdue_ids(now):
    return sorted(o.id for o in repairs.RepairOrder.select().where(repairs.overdue_clause(now)))


# --- overdue ----------------------------------------------------------------------


def test_urgent_overdue_across_the_month_end(repair_staff, clock):
    clock.set(dt.datetime(2026, 2, 1, 8, 0))
    order = new_order(repair_staff["clerk"], urgency=repairs.URGENT, urgent_cause="整层停电",
                      reported_at=dt.datetime(2026, 1, 31, 23, 50))
    assert order.number == "BX20260131-0001"
    assert order.accept_due == dt.datetime(2026, 2, 1, 0, 20)
    assert order.complete_due == dt.datetime(2026, 2, 1, 3, 50)
    # Not dispatched: 派工 is late (15 min for an urgent order), whatever else is past.
    assert repairs.due_at(order) == dt.datetime(2026, 2, 1, 0, 5)
    assert _overdue_ids(dt.datetime(2026, 2, 1, 0, 4)) == []
    assert _overdue_ids(dt.datetime(2026, 2, 1, 0, 6)) == [order.id]
    assert repairs.lateness(order, dt.datetime(2026, 2, 1, 0, 5)) is None
    assert repairs.lateness(order, dt.datetime(2026, 2, 1, 0, 21)) == ("dispatch", 16 * M)
    # Past the completion deadline too: still the dispatch that is late, never "完工超时".
    assert repairs.lateness(order, dt.datetime(2026, 2, 1, 5, 0)) == ("dispatch", 4 * H + 55 * M)
    repairs.dispatch(order.id, "赵明", by=repair_staff["clerk"], at=dt.datetime(2026, 2, 1, 0, 10))
    order = repairs.get_order(order.id)
    assert repairs.lateness(order, dt.datetime(2026, 2, 1, 0, 19)) is None
    assert repairs.lateness(order, dt.datetime(2026, 2, 1, 0, 21)) == ("accept", 1 * M)
    assert repairs.lateness(order, dt.datetime(2026, 2, 1, 5, 0)) == ("accept", 4 * H + 40 * M)


def test_normal_overdue_across_the_day_and_into_march(repair_staff, clock):
    clock.set(dt.datetime(2026, 3, 8, 12, 0))
    order = new_order(repair_staff["clerk"], reported_at=dt.datetime(2026, 2, 28, 21, 30))
    assert order.accept_due == dt.datetime(2026, 3, 1, 1, 30)  # 2026 is no leap year
    assert order.complete_due == dt.datetime(2026, 3, 2, 21, 30)
    repairs.dispatch(order.id, "赵明", by=repair_staff["clerk"], at=dt.datetime(2026, 2, 28, 21, 40))
    repairs.accept(order.id, by=repair_staff["eng"], at=dt.datetime(2026, 3, 1, 0, 30))
    order = repairs.get_order(order.id)
    # Accepted in time: not overdue until the completion deadline, across the day.
    assert _overdue_ids(dt.datetime(2026, 3, 2, 21, 29)) == []
    assert _overdue_ids(dt.datetime(2026, 3, 2, 21, 31)) == [order.id]
    assert repairs.lateness(order, dt.datetime(2026, 3, 3, 0, 30)) == ("complete", 3 * H)
    found = repairs.search(overdue_only=True, now=dt.datetime(2026, 3, 3))
    assert [o.id for o in found] == [order.id]
    # Late completion: the office then has a day to check, and it says by how much the
    # completion was late.
    repairs.complete(order.id, "更换", by=repair_staff["eng"], completed_at=dt.datetime(2026, 3, 3, 1, 30))
    order = repairs.get_order(order.id)
    assert repairs.completed_late(order) == 4 * H
    assert _overdue_ids(dt.datetime(2026, 3, 4, 1, 29)) == []
    assert repairs.lateness(order, dt.datetime(2026, 3, 4, 1, 29)) is None
    assert _overdue_ids(dt.datetime(2026, 3, 4, 1, 31)) == [order.id]
    assert repairs.lateness(order, dt.datetime(2026, 3, 5, 1, 30)) == ("check", 24 * H)
    # Checked: two days to call the customer back; called back, nothing is owed.
    repairs.check(order.id, by=repair_staff["clerk"], at=dt.datetime(2026, 3, 5, 9, 0))
    order = repairs.get_order(order.id)
    assert _overdue_ids(dt.datetime(2026, 3, 7, 8, 59)) == []
    assert repairs.lateness(order, dt.datetime(2026, 3, 7, 10, 0)) == ("call_back", H)
    assert _overdue_ids(dt.datetime(2026, 3, 7, 9, 1)) == [order.id]
    repairs.call_back(order.id, repairs.SATISFIED, by=repair_staff["clerk"])
    order = repairs.get_order(order.id)
    assert _overdue_ids(dt.datetime(2026, 4, 1)) == []
    assert repairs.lateness(order, dt.datetime(2026, 4, 1)) is None and repairs.due_at(order) is None


def test_the_office_deadlines_are_read_when_asked(repair_staff, admin, clock):
    order = new_order(repair_staff["clerk"])  # 一般: an hour to dispatch
    assert repairs.office_deadlines(repairs.NORMAL) == repairs.OfficeDeadlines(60, 24 * 60,
                                                                               2 * 24 * 60)
    clock.advance(minutes=40)
    assert _overdue_ids(clock.now) == []
    repairs.set_office_deadlines(repairs.NORMAL, 30, 12 * 60, 24 * 60, by=admin)
    assert _overdue_ids(clock.now) == [order.id]
    assert repairs.lateness(repairs.get_order(order.id), clock.now) == ("dispatch", 10 * M)
    assert repairs.count_overdue(clock.now) == 1


def test_year_end_and_cancelled_orders(repair_staff, clock):
    clock.set(dt.datetime(2026, 1, 2, 9, 0))
    order = new_order(repair_staff["clerk"], reported_at=dt.datetime(2025, 12, 31, 23, 0))
    assert order.number == "BX20251231-0001"
    assert order.accept_due == dt.datetime(2026, 1, 1, 3, 0)
    assert _overdue_ids(dt.datetime(2026, 1, 1, 3, 1)) == [order.id]
    repairs.cancel(order.id, "重复报修", by=repair_staff["clerk"])
    assert _overdue_ids(dt.datetime(2026, 1, 2, 9, 0)) == []
    assert repairs.lateness(repairs.get_order(order.id), dt.datetime(2026, 1, 9)) is None


def test_overdue_filter_uses_the_indexes(db):
    sql, params = repairs.RepairOrder.select(repairs.RepairOrder.id).where(
        repairs.overdue_clause(dt.datetime(2026, 1, 1))).sql()
    plan = " ".join(str(r) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "accept_due" in plan and "complete_due" in plan


# --- the list and the lookups -----------------------------------------------------


def test_search_filters_and_newest_first(repair_staff, clock):
    clerk = repair_staff["clerk"]
    a = new_order(clerk, reported_at=T0 - 2 * H, content="空调不制冷", category=category("空调"))
    b = new_order(clerk, reported_at=T0 - H, department_name="星河科技有限公司",
                  location="B座5楼茶水间", urgency=repairs.URGENT, urgent_cause="停水")
    c = new_order(clerk, reported_at=T0 - 26 * H, reporter="李明")
    assert [o.id for o in repairs.search()] == [b.id, a.id, c.id]
    assert [o.id for o in repairs.search(urgency=repairs.URGENT)] == [b.id]
    assert [o.id for o in repairs.search(category_id=category("空调").id)] == [a.id]
    assert [o.id for o in repairs.search(department="星河")] == [b.id]
    assert [o.id for o in repairs.search(date_from=T0.date())] == [b.id, a.id]
    assert [o.id for o in repairs.search(date_to=T0.date() - dt.timedelta(days=1))] == [c.id]
    assert [o.id for o in repairs.search(text="茶水间")] == [b.id]
    assert [o.id for o in repairs.search(text="李明")] == [c.id]
    assert [o.id for o in repairs.search(text=a.number)] == [a.id]
    assert [o.id for o in repairs.search(text="不制冷 空调")] == [a.id]
    assert [o.id for o in repairs.search(status=repairs.DISPATCHED)] == []


def test_guess_department_and_history(repair_staff, clock):
    clerk = repair_staff["clerk"]
    old = new_order(clerk, reported_at=T0 - 48 * H, phone="13800138000", location="1203室",
                    department_name="财务部")
    newer = new_order(clerk, reported_at=T0 - 2 * H, phone="13800138000", location="1601室",
                      department_name="星河科技有限公司")
    other = new_order(clerk, reported_at=T0 - H, phone="8021", location="1203室",
                      department_name="财务部（二）")
    assert repairs.guess_department(phone=" 13800138000 ") == "星河科技有限公司"
    assert repairs.guess_department(location="1203室") == "财务部（二）"
    # The phone wins over the room.
    assert repairs.guess_department(phone="13800138000", location="1203室") == "星河科技有限公司"
    assert repairs.guess_department(phone="110") is None
    assert repairs.guess_department() is None
    assert [o.id for o in repairs.history(location="1203室")] == [other.id, old.id]
    assert [o.id for o in repairs.history(phone="13800138000", location="1203室",
                                          exclude_id=other.id)] == [newer.id, old.id]
    assert [o.id for o in repairs.history(phone="13800138000", limit=1)] == [newer.id]
    assert repairs.history() == []


def test_get_by_number(repair_staff, clock):
    order = new_order(repair_staff["clerk"])
    assert repairs.get_by_number(f" {order.number} ").id == order.id
    with pytest.raises(NotFound, match="There is no repair order BX20000101-0001"):
        repairs.get_by_number("BX20000101-0001")


# --- the monthly report -----------------------------------------------------------


def _build_march(repair_staff, clock):
    """A month built by hand; the expected figures are worked out in the test."""
    clerk, eng = repair_staff["clerk"], repair_staff["eng"]
    clock.set(dt.datetime(2026, 4, 5, 12, 0))

    def at(day, hour, minute=0, month=3):
        return dt.datetime(2026, month, day, hour, minute)

    # A: normal 水 财务部, on time; accept 1 h, complete 6 h; 满意.
    a = new_order(clerk, reported_at=at(2, 9), category=category("水"))
    repairs.dispatch(a.id, "赵明", by=clerk, at=at(2, 9, 5))
    repairs.accept(a.id, by=eng, at=at(2, 10))
    repairs.complete(a.id, "换阀芯", by=eng, completed_at=at(2, 15))
    repairs.check(a.id, by=clerk, at=at(2, 16))
    repairs.call_back(a.id, repairs.SATISFIED, by=clerk, at=at(3, 10))
    # B: urgent 电 财务部, late; 不满意 then reworked: accept 1 h, complete 24 h; 基本满意.
    b = new_order(clerk, reported_at=at(10, 10), category=category("电"),
                  urgency=repairs.URGENT, urgent_cause="办公室停电")
    repairs.dispatch(b.id, "赵明", by=clerk, at=at(10, 10, 5))
    repairs.accept(b.id, by=eng, at=at(10, 11))
    repairs.complete(b.id, "换空开", by=eng, completed_at=at(10, 16))
    repairs.check(b.id, by=clerk, at=at(10, 17))
    repairs.call_back(b.id, repairs.UNSATISFIED, by=clerk, comment="又跳闸了", at=at(11, 9))
    repairs.complete(b.id, "更换线路", by=eng, completed_at=at(11, 10))
    repairs.check(b.id, by=clerk, at=at(11, 11))
    repairs.call_back(b.id, repairs.BASICALLY_SATISFIED, by=clerk, at=at(11, 15))
    # C: 空调 星河科技, reported the last evening, accepted in April (10 h): open at month end.
    c = new_order(clerk, reported_at=at(31, 22), category=category("空调"),
                  department_name="星河科技有限公司")
    repairs.dispatch(c.id, "王建军", by=clerk, at=at(31, 22, 10))
    repairs.accept(c.id, by=eng, at=at(1, 8, month=4))
    # D: cancelled the same day.
    d = new_order(clerk, reported_at=at(15, 9), department_name="人事部")
    repairs.cancel(d.id, "重复报修", by=clerk, at=at(15, 9, 30))
    # E: dispatched in March, cancelled in April: open at month end, cancelled now.
    e = new_order(clerk, reported_at=at(20, 9), department_name="人事部")
    repairs.dispatch(e.id, "赵明", by=clerk, at=at(20, 9, 10))
    repairs.cancel(e.id, "报修人自行解决", by=clerk, at=at(2, 9, month=4))
    # Outside the month: the day before and the first minute after.
    new_order(clerk, reported_at=dt.datetime(2026, 2, 28, 23, 59))
    new_order(clerk, reported_at=dt.datetime(2026, 4, 1, 0, 0))


def test_monthly_report_against_a_month_built_by_hand(repair_staff, clock):
    _build_march(repair_staff, clock)
    r = repairs.monthly_report("2026-03")
    assert (r.month, r.start, r.end) == ("2026-03", dt.datetime(2026, 3, 1), dt.datetime(2026, 4, 1))
    assert (r.reported, r.cancelled, r.counted, r.urgent) == (5, 2, 3, 1)
    assert r.by_category == [("水", 1), ("电", 1), ("空调", 1), ("门窗", 0), ("网络", 0),
                             ("家具", 0), ("土建", 0), ("其他", 0)]
    assert r.by_department == [("财务部", 2), ("星河科技有限公司", 1)]
    assert (r.completed, r.completed_on_time, r.completed_late) == (2, 1, 1)
    assert r.avg_hours_to_accept == pytest.approx((1 + 1 + 10) / 3)
    assert r.avg_hours_to_complete == pytest.approx((6 + 24) / 2)
    assert r.open_at_month_end == 2
    assert r.callbacks == {repairs.SATISFIED: 1, repairs.BASICALLY_SATISFIED: 1,
                           repairs.UNSATISFIED: 1}
    assert r.callback_total == 3 and r.satisfaction_rate == pytest.approx(2 / 3)


def test_monthly_report_of_an_empty_month_and_bad_months(db):
    r = repairs.monthly_report("2026-12")
    assert r.end == dt.datetime(2027, 1, 1)
    assert (r.reported, r.completed, r.open_at_month_end) == (0, 0, 0)
    assert r.avg_hours_to_accept is None and r.satisfaction_rate is None
    for bad in ("2026-13", "2026/03", "March", ""):
        with pytest.raises(ValidationError, match="YYYY-MM"):
            repairs.monthly_report(bad)


# --- check, migration, demo -------------------------------------------------------


def test_check_finds_broken_repair_orders(repair_staff, clock, db):
    order = new_order(repair_staff["clerk"])
    assert checks.run_checks() == []
    db.execute_sql("UPDATE repair_order SET status = 'completed' WHERE id = ?", (order.id,))
    problems = [p for area, p in checks.run_checks() if area == "repairs"]
    assert f"repair order {order.number}: completed without completion time or work done" in problems
    assert f"repair order {order.number}: timeline does not end in its status" in problems
    db.execute_sql("UPDATE repair_order SET status = 'registered', urgency = 'urgent' WHERE id = ?",
                   (order.id,))
    assert ("repairs", f"repair order {order.number}: urgent without a cause") in checks.run_checks()


def test_a_version_1_file_gets_the_repair_tables(db_path):
    dbmod.open_database(db_path)
    dbmod.database.execute_sql("DROP TABLE repair_event")
    dbmod.database.execute_sql("DROP TABLE repair_order")
    dbmod.database.execute_sql("DROP TABLE repair_category")
    dbmod.database.execute_sql("DELETE FROM schema_version WHERE version >= 2")
    dbmod.close_database()
    dbmod.open_database(db_path)
    assert [c.name for c in repairs.categories()] == list(repairs.DEFAULT_CATEGORIES)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT name FROM schema_version WHERE version = 2").fetchone() == (
        "repair orders",)


def test_the_demo_has_two_years_of_orders_in_every_state(tmp_path):
    # (how long the demo takes is not a unit test's business: bench/README.md has it)
    manager = demo.build_demo(tmp_path / "demo.sqlite", seed=5, today=dt.date(2026, 11, 20))
    assert manager.login == "jingli"
    assert checks.run_checks() == []
    orders = repairs.RepairOrder.select()
    statuses = Counter(o.status for o in orders)
    assert set(statuses) == set(repairs.STATUS_LABELS), statuses
    per_day = Counter(o.reported_at.date() for o in orders if o.reported_at.weekday() < 5)
    assert 8 <= sum(per_day.values()) / len(per_day) <= 15
    assert min(o.reported_at for o in orders).date() <= dt.date(2024, 11, 21)
    end = dt.datetime(2026, 11, 20, 17, 30)
    assert max(o.reported_at for o in orders) <= end
    assert repairs.search(overdue_only=True, now=end).count() >= 3
    assert orders.where(repairs.RepairOrder.send_back_count > 0).count() > 10
    assert repairs.RepairEvent.select().where(
        repairs.RepairEvent.verdict == repairs.UNSATISFIED).count() > 10
    assert repairs.RepairOrder.select().where(repairs.RepairOrder.urgency == repairs.URGENT).count()
    assert 0 < repairs.unreturned_papers().count() < 200
    users = {u.id: u.login for u in User.select()}
    actors = Counter(users[e.user_id] for e in repairs.RepairEvent.select())
    assert {"wenyuan", "wenyuan2", "jingli", "gongcheng"} <= set(actors)
    report = repairs.monthly_report("2026-10")
    assert 150 < report.reported < 400 and report.satisfaction_rate > 0.8


def test_the_demo_can_cover_other_spans_and_only_chosen_steps(tmp_path):
    """What the benchmarks use: ten years of one tab's records (here one year, repairs only)."""
    demo.build_demo(tmp_path / "one.sqlite", seed=3, today=dt.date(2026, 11, 20), years=1,
                    steps=[repairs.add_repair_orders])
    orders = repairs.RepairOrder.select()
    first = min(o.reported_at for o in orders).date()
    assert dt.date(2025, 11, 20) <= first <= dt.date(2025, 11, 23)
    assert checks.run_checks() == []
    from models import warehouse
    assert warehouse.Item.select().count() == 0  # the storeroom's step did not run


def test_the_list_spec_filters_pages_and_marks_overdue(repair_staff, clock):
    from models import listing
    from models.listing import ListFilter

    clerk = repair_staff["clerk"]
    clock.set(dt.datetime(2026, 2, 1, 8, 0))
    late = new_order(clerk, urgency=repairs.URGENT, urgent_cause="整层停电",
                     reported_at=dt.datetime(2026, 1, 31, 23, 50), department_name="星河科技有限公司")
    fresh = new_order(clerk, category=category("空调"), content="空调不制冷")
    spec = repairs.ORDER_LIST
    page = listing.fetch_page(spec, limit=10)
    assert [r[0] for r in page.rows] == [fresh.id, late.id]
    row = listing.python_values(spec, page.rows[0])
    assert (row["number"], row["category"], row["status"]) == (fresh.number, "空调", "registered")
    assert listing.status_label(spec.column("status"), row["status"]) == "Registered"

    def ids(**extra):
        return [r[0] for r in listing.fetch_page(spec, ListFilter(extra=extra)).rows]

    assert ids(overdue=True) == [late.id]
    assert ids(urgency=repairs.URGENT) == [late.id]
    assert ids(category=category("空调").id) == [fresh.id]
    assert ids(department="星河") == [late.id]
    assert [r[0] for r in listing.fetch_page(spec, ListFilter(text="不制冷")).rows] == [fresh.id]
    assert listing.count(spec, ListFilter(status=repairs.REGISTERED)) == 2
    # How late, in the list: the step it waits for and by how much (minutes × 10 + step).
    late_column = spec.column("late")

    def late_cell():
        rows = listing.fetch_page(spec, ListFilter(extra={"overdue": True})).rows
        value = listing.python_values(spec, rows[0])["late"] if rows else None
        return repairs.split_late(value), listing.export_value(late_column, value)

    clock.set(dt.datetime(2026, 2, 1, 0, 30))
    assert late_cell() == (("dispatch", 25 * M), "25 min late to dispatch")
    repairs.dispatch(late.id, "赵明", by=clerk, at=dt.datetime(2026, 2, 1, 0, 10))
    assert late_cell() == (("accept", 10 * M), "10 min late to accept")
    clock.set(dt.datetime(2026, 2, 1, 5, 0))
    repairs.accept(late.id, by=repair_staff["eng"], at=dt.datetime(2026, 2, 1, 1, 0))
    assert late_cell() == (("complete", 70 * M), "1 h 10 min late to complete")
    fresh_row = listing.python_values(spec, listing.fetch_page(spec, limit=1).rows[0])
    assert fresh_row["late"] is None
    clock.set(dt.datetime(2026, 1, 31, 23, 59))  # the clock is read when the page is
    assert ids(overdue=True) == []
    assert late_cell() == (None, None)
