"""整改: defects from a sheet's failed items and on their own, minor faults, work tickets,
the re-inspection, lateness (always deducted) and the list, counters and late list."""

from __future__ import annotations

import datetime as dt

import pytest

from models import audit, listing, steps, vendors
from models.db import database
from models.errors import DomainError, PermissionDenied, ValidationError
from models.listing import ListFilter
from tests.helpers.vendors_defects import defect_staff, defect_values, submitted_sheet, vendor

T = dt.datetime(2026, 3, 10, 9, 0)


@pytest.fixture
def ds(make_user, clock):
    vendor()
    return defect_staff(make_user)


def _actions(defect):
    return [e.action for e in audit.AuditEntry.select().where(
        audit.AuditEntry.entity == "vendor_defect", audit.AuditEntry.record_id == defect.id)
        .order_by(audit.AuditEntry.id)]


def _ids(flt):
    return {row[0] for row in listing.fetch_page(vendors.DEFECT_LIST, flt, None, None, 100).rows}


def _late_column(defect_id):
    at = 1 + vendors.DEFECT_LIST.index_of("late")
    rows = listing.fetch_page(vendors.DEFECT_LIST, ListFilter(), None, None, 100).rows
    return {row[0]: row[at] for row in rows}[defect_id]


def test_a_sheet_opens_one_defect_per_failed_item_minor_in_an_hour_serious_on_a_ticket(ds, clock):
    clock.advance(hours=1)
    sheet = submitted_sheet(ds["clerk"], at=T, failed=((2, False), (4, True)))
    made = list(vendors.Defect.select().order_by(vendors.Defect.id))
    assert [(d.number, d.kind, d.place, d.text, d.found_at, d.due_at, d.evaluation_id,
             d.status, d.late) for d in made] == [
        ("ZG20260310-0001", vendors.MINOR, "卫生间", "卫生间不合格", T,
         T + dt.timedelta(hours=1), sheet.id, vendors.OPEN, False),
        ("ZG20260310-0002", vendors.TICKET, "楼梯", "楼梯不合格", T,
         T + dt.timedelta(hours=24), sheet.id, vendors.OPEN, False)]
    assert [d.item.seq for d in made] == [2, 4]
    with database.atomic():  # submitted again: no second defect for an item
        assert vendors.open_from_evaluation(sheet, ds["clerk"]) == []
    assert vendors.Defect.select().count() == 2


def test_open_from_evaluation_runs_only_inside_the_sheets_transaction(ds):
    sheet = submitted_sheet(ds["clerk"], at=T, failed=())
    assert vendors.Defect.select().count() == 0
    with pytest.raises(RuntimeError, match="transaction"):
        vendors.open_from_evaluation(sheet, ds["clerk"])


def test_a_sheet_with_a_fix_by_gets_tickets_due_then(ds, clock):
    fix_by = dt.datetime(2026, 3, 12, 17, 0)
    submitted_sheet(ds["clerk"], at=T, failed=((1, False), (3, False)), fix_by=fix_by)
    assert [(d.kind, d.due_at) for d in vendors.Defect.select()] == [
        (vendors.TICKET, fix_by), (vendors.TICKET, fix_by)]


def test_a_minor_fault_fixed_within_the_hour_is_not_late_after_it_is(ds, clock):
    clerk = ds["clerk"]
    one = vendors.record_defect(defect_values(), by=clerk)
    two = vendors.record_defect(defect_values(text="玻璃门有手印"), by=clerk)
    assert one.due_at == T + dt.timedelta(hours=1)
    assert steps.allowed_steps(clerk, one) == ["new", "open", "done", "print_list"]
    clock.advance(minutes=40)
    vendors.fix_minor(one.id, by=clerk)
    clock.advance(minutes=50)
    assert _late_column(two.id) == 30
    fixed = vendors.fix_minor(two.id, by=clerk, checked_by="陈领班")
    one = vendors.get_defect(one.id)
    assert (one.status, one.late, one.fixed_at) == (vendors.FIXED, False,
                                                     T + dt.timedelta(minutes=40))
    assert (fixed.status, fixed.late, fixed.reinspected_by) == (vendors.FIXED, True, "陈领班")
    assert _late_column(two.id) == 30 and _late_column(one.id) is None
    assert _actions(fixed) == ["vendor_defect.create", "vendor_defect.fix"]
    entries = audit.AuditEntry.select().where(audit.AuditEntry.entity == "vendor_defect",
                                              audit.AuditEntry.record_id == two.id)
    words = [audit.describe_changes(e.changes, table="vendor_defect") for e in entries]
    assert "Vendor: 洁美清洁服务有限公司" in words[0] and "Kind of defect: Minor (1 hour)" in words[0]
    assert "Status: To be fixed → Fixed" in words[1] and "Late: Yes" in words[1]
    assert vendors.check_vendors() == []


def test_a_ticket_replied_reinspected_failed_again_then_passed(ds, clock):
    clerk = ds["clerk"]
    due = dt.datetime(2026, 3, 11, 17, 0)
    ticket = vendors.record_defect(defect_values(kind=vendors.TICKET, text="外围广场石材需机洗",
                                                 due_at=due), by=clerk)
    assert steps.allowed_steps(clerk, ticket) == ["new", "open", "answer", "print",
                                                  "print_list"]
    clock.set(dt.datetime(2026, 3, 11, 10, 0))
    vendors.record_reply(ticket.id, "已安排机洗完毕", by=clerk)
    clock.set(dt.datetime(2026, 3, 11, 11, 0))
    again = vendors.reinspect(ticket.id, False, by=clerk, inspected_by="李晓燕",
                              new_due_at=dt.datetime(2026, 3, 12, 17, 0))
    # failed before its deadline: the vendor has until the new one, not late yet
    assert (again.status, again.late, again.due_at, again.redo_by) == (
        vendors.FAILED_AGAIN, False, dt.datetime(2026, 3, 12, 17, 0),
        dt.datetime(2026, 3, 12, 17, 0))
    clock.set(dt.datetime(2026, 3, 12, 16, 0))
    vendors.record_reply(ticket.id, "已返工", by=clerk)
    clock.advance(hours=2)
    done = vendors.reinspect(ticket.id, True, by=clerk)
    assert (done.status, done.fixed_at, done.late) == (
        vendors.FIXED, dt.datetime(2026, 3, 12, 16, 0), False)
    assert _actions(done) == ["vendor_defect.create", "vendor_defect.reply",
                              "vendor_defect.reinspect", "vendor_defect.reply",
                              "vendor_defect.reinspect"]


def test_a_missed_deadline_stays_missed_the_new_one_in_redo_by(ds, clock):
    clerk = ds["clerk"]
    due = dt.datetime(2026, 3, 10, 17, 0)
    ticket = vendors.record_defect(defect_values(kind=vendors.TICKET, due_at=due), by=clerk)
    clock.set(dt.datetime(2026, 3, 10, 16, 0))
    vendors.record_reply(ticket.id, "已处理", by=clerk)
    clock.set(dt.datetime(2026, 3, 11, 9, 0))  # re-inspected the next morning: not fixed
    again = vendors.reinspect(ticket.id, False, by=clerk,
                              new_due_at=dt.datetime(2026, 3, 11, 17, 0))
    assert (again.late, again.due_at, again.redo_by) == (True, due,
                                                          dt.datetime(2026, 3, 11, 17, 0))
    clock.advance(hours=2)
    vendors.record_reply(ticket.id, "已返工", by=clerk)
    done = vendors.reinspect(ticket.id, True, by=clerk)
    assert (done.status, done.late) == (vendors.FIXED, True)  # once late, always deducted
    assert [d.id for d in vendors.late_defects(dt.date(2026, 3, 1), dt.date(2026, 3, 31))] == [
        ticket.id]
    assert vendors.late_defects(dt.date(2026, 3, 11), dt.date(2026, 3, 31)) == []


def test_the_sweep_marks_open_defects_past_due_and_the_counters_count_them(ds, clock):
    clerk = ds["clerk"]
    minor = vendors.record_defect(defect_values(), by=clerk)
    ticket = vendors.record_defect(defect_values(kind=vendors.TICKET,
                                                 due_at=dt.datetime(2026, 3, 10, 17, 0)),
                                   by=clerk)
    later = vendors.record_defect(defect_values(kind=vendors.TICKET,
                                                due_at=dt.datetime(2026, 3, 13, 17, 0)),
                                  by=clerk)
    assert (vendors.defects_due_today(), vendors.defects_late_now()) == (2, 0)
    clock.advance(hours=2)
    assert (vendors.defects_due_today(), vendors.defects_late_now()) == (2, 1)
    assert vendors.mark_late() == 1
    assert [vendors.get_defect(d.id).late for d in (minor, ticket, later)] == [True, False,
                                                                             False]
    clock.set(dt.datetime(2026, 3, 11, 9, 0))
    assert vendors.mark_late() == 1 and vendors.mark_late() == 0
    assert (vendors.defects_due_today(), vendors.defects_late_now()) == (2, 2)
    assert _ids(ListFilter(extra={"due_today": True, "late": True})) == {minor.id, ticket.id}
    flt = ListFilter(extra={"late": True})
    assert _ids(flt) == {
        minor.id, ticket.id}
    flt = ListFilter(extra={"kind": vendors.TICKET, "vendor": vendor().id}, text="ZG")
    assert _ids(flt) == {
        ticket.id, later.id}


def test_refusals_write_nothing(ds, clock, table_snapshot):
    clerk, engineer = ds["clerk"], ds["engineer"]
    minor = vendors.record_defect(defect_values(), by=clerk)
    ticket = vendors.record_defect(defect_values(kind=vendors.TICKET,
                                                 due_at=dt.datetime(2026, 3, 11, 17, 0)),
                                   by=clerk)
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        vendors.record_defect(defect_values(), by=engineer)
    with pytest.raises(PermissionDenied):
        vendors.fix_minor(minor.id, by=engineer)
    with pytest.raises(ValidationError, match="deadline"):
        vendors.record_defect(defect_values(kind=vendors.TICKET), by=clerk)
    with pytest.raises(ValidationError, match="must be after"):
        vendors.record_defect(defect_values(kind=vendors.TICKET, due_at=T), by=clerk)
    with pytest.raises(ValidationError, match="Say what"):
        vendors.record_defect(defect_values(text="  "), by=clerk)
    with pytest.raises(ValidationError, match="future"):
        vendors.record_defect(defect_values(found_at=T + dt.timedelta(hours=1)), by=clerk)
    with pytest.raises(ValidationError, match="vendor"):
        vendors.record_defect(defect_values(vendor=None), by=clerk)
    with pytest.raises(DomainError, match="minor fault"):
        vendors.record_reply(minor.id, "done", by=clerk)
    with pytest.raises(DomainError, match="work ticket"):
        vendors.fix_minor(ticket.id, by=clerk)
    with pytest.raises(DomainError, match="replied to can be re-inspected"):
        vendors.reinspect(ticket.id, True, by=clerk)
    with pytest.raises(ValidationError, match="reply"):
        vendors.record_reply(ticket.id, "", by=clerk)
    assert table_snapshot() == before
    clock.advance(hours=1)
    vendors.record_reply(ticket.id, "已处理", by=clerk)
    replied = table_snapshot()
    with pytest.raises(ValidationError, match="new deadline"):
        vendors.reinspect(ticket.id, False, by=clerk)
    with pytest.raises(ValidationError, match="must be after the re-inspection"):
        vendors.reinspect(ticket.id, False, by=clerk, new_due_at=T)
    assert table_snapshot() == replied
