"""The repairs settings page's operations and the tab's lookups, now in models.

save_deadlines saves every urgency together or none; move_category swaps two
categories in one transaction; both check the declared SETTINGS_STEPS, and a
refusal writes nothing. The lookups the tab and its forms used to query for
themselves: departments, engineers, orders by id, the chase counts, 未回单.
"""

from __future__ import annotations

import pytest

from models import listing, people, repairs
from models.audit import AuditEntry
from models.errors import NotFound, PermissionDenied, ValidationError
from tests.helpers.repairs import new_order


def _sla_changes() -> list[str]:
    return sorted(a.record_label for a in AuditEntry.select().where(
        AuditEntry.action == "setting.change", AuditEntry.record_label.startswith("repairs.sla.")))


def test_save_deadlines_writes_the_changed_urgencies_together(admin, clock):
    normal = repairs.deadlines(repairs.NORMAL)
    saved = repairs.save_deadlines({
        repairs.NORMAL: (normal.accept_minutes, normal.complete_minutes),  # unchanged
        repairs.URGENT: (20, 120),
    }, by=admin)
    assert saved == {repairs.NORMAL: normal, repairs.URGENT: repairs.Deadlines(20, 120)}
    assert _sla_changes() == ["repairs.sla.urgent.accept_minutes",
                              "repairs.sla.urgent.complete_minutes"]


def test_a_refused_urgency_leaves_the_other_unsaved_too(admin, clock, table_snapshot):
    before = table_snapshot()
    with pytest.raises(ValidationError):  # the second one is wrong: the first is undone
        repairs.save_deadlines({repairs.NORMAL: (60, 600), repairs.URGENT: (120, 60)}, by=admin)
    with pytest.raises(ValidationError):
        repairs.save_deadlines({"soon": (10, 20)}, by=admin)
    assert table_snapshot() == before
    assert repairs.deadlines(repairs.NORMAL) == repairs.Deadlines(240, 2880)


def test_the_settings_steps_are_the_administrators_and_the_operations_check_them(
        admin, make_user, clock, table_snapshot):
    clerk = make_user(people.CLERK, people.MANAGER)
    steps = repairs.SETTINGS_STEPS
    assert steps.allowed(admin) == [repairs.steps.DEADLINES, repairs.steps.CATEGORIES]
    assert steps.allowed(clerk) == []
    water = repairs.categories()[0]
    before = table_snapshot()
    for refused in (lambda: repairs.save_deadlines({repairs.URGENT: (20, 120)}, by=clerk),
                    lambda: repairs.set_deadlines(repairs.URGENT, 20, 120, by=clerk),
                    lambda: repairs.save_category(clerk, "电梯"),
                    lambda: repairs.move_category(clerk, water.id, 1)):
        with pytest.raises(PermissionDenied) as refusal:
            refused()
        assert refusal.value.params["action"] == people.PERMISSIONS[people.MANAGE_SETTINGS]
    assert table_snapshot() == before


def test_move_category_swaps_two_neighbours_in_one_transaction(admin, clock, table_snapshot):
    names = [c.name for c in repairs.categories(active_only=False)]
    first, second = repairs.categories()[:2]
    audited = AuditEntry.select().where(AuditEntry.action == "repair_category.update").count()
    moved = repairs.move_category(admin, second.id, -1)
    assert moved.id == second.id and moved.sort_order == 0
    after = [c.name for c in repairs.categories(active_only=False)]
    assert after == [names[1], names[0], *names[2:]]
    assert AuditEntry.select().where(
        AuditEntry.action == "repair_category.update").count() > audited
    before = table_snapshot()
    assert repairs.move_category(admin, second.id, -1) is None  # already first
    last = repairs.categories(active_only=False)[-1]
    assert repairs.move_category(admin, last.id, 1) is None
    with pytest.raises(NotFound):
        repairs.move_category(admin, 10**6, 1)
    assert table_snapshot() == before
    assert first.id != second.id


def test_get_category_finds_one_out_of_use_and_refuses_one_that_is_gone(admin, clock):
    water = repairs.categories()[0]
    repairs.save_category(admin, water.name, category_id=water.id, active=False)
    assert repairs.get_category(water.id).name == water.name
    for gone in (10**6, 0, "1", None):
        with pytest.raises(NotFound):
            repairs.get_category(gone)


def test_the_tabs_lookups(repair_staff, make_user, clock):
    clerk = repair_staff["clerk"]
    make_user(people.ENGINEERING, login="eng2", full_name="陈工")
    first = new_order(clerk, department_name="财务部")
    second = new_order(clerk, department_name="工程部", location="B1")
    new_order(clerk, department_name="")
    assert repairs.known_departments() == ["工程部", "财务部"]
    repairs.dispatch(first.id, "外协王师傅", by=clerk)
    engineers = repairs.engineer_names()
    assert engineers[:2] == sorted([repair_staff["eng"].full_name, "陈工"])
    assert engineers[-1] == "外协王师傅" and len(engineers) == len(set(engineers))
    assert [o.id for o in repairs.get_orders([second.id, 10**6, first.id])] == [second.id,
                                                                                first.id]
    assert repairs.get_orders([]) == []
    assert repairs.count_unreturned_papers() == 1
    assert repairs.count_overdue(clock.now) == 0
    clock.advance(days=3)
    assert repairs.count_overdue(clock.now) == 3


def test_the_order_list_filters_the_papers_not_returned(repair_staff, clock):
    clerk = repair_staff["clerk"]
    out = new_order(clerk)
    back = new_order(clerk)
    new_order(clerk)
    for order in (out, back):
        repairs.dispatch(order.id, "刘海波", by=clerk)
    repairs.mark_paper_returned(back.id, by=clerk)
    flt = listing.ListFilter(extra={"unreturned": True})
    ids = [row[0] for row in listing.fetch_page(repairs.ORDER_LIST, flt, limit=50).rows]
    assert ids == [out.id]
    assert listing.count(repairs.ORDER_LIST, listing.ListFilter(extra={"unreturned": False})) == 3
