"""A complaint taken by phone: the call marked 投诉待登记 becomes 已转投诉 when its complaint
is registered from it (once, in one transaction), and the call names that complaint."""

from __future__ import annotations

import pytest

from models import audit, reception
from models.errors import DomainError, NotFound, PermissionDenied
from tests.helpers.complaints import a_phoned_complaint


def refused(table_snapshot, error, call, *args, **kwargs) -> DomainError:
    before = table_snapshot()
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    assert table_snapshot() == before
    return caught.value


def test_the_call_is_routed_and_names_its_complaint(staff, clock):
    clerk = staff["clerk"]
    call = a_phoned_complaint(clerk)
    assert call.status == reception.CALL_TO_REGISTER and reception.count_to_register() == 1
    assert reception.complaint_of_call(call) is None
    c = reception.register_complaint(reception.complaint_values_from_call(call), by=clerk,
                                     call_id=call.id)
    call = reception.get_call(call.id)
    assert call.status == reception.CALL_TO_COMPLAINT == "complaint"
    assert reception.complaint_of_call(call).number == c.number == "TS20260310-0001"
    assert reception.complaint_of_call(call.id).id == c.id
    assert reception.count_to_register() == 0
    assert "to_complaint" not in reception.CALL_STEPS.allowed(clerk, call)
    entry = (audit.AuditEntry.select().where(audit.AuditEntry.action == "call.to_complaint")
             .get())
    assert entry.record_id == call.id and c.number in entry.changes
    assert reception.check_reception() == []
    # the caller's history shows the complaint, not the call a second time
    lines = reception.caller_history(phone="13800138000")
    assert [(str(line.kind), line.number) for line in lines] == [("Complaint", c.number)]


def test_a_call_has_one_complaint_and_only_a_complaint_call_has_one(staff, clock,
                                                                     table_snapshot):
    clerk = staff["clerk"]
    call = a_phoned_complaint(clerk)
    values = reception.complaint_values_from_call(call)
    reception.register_complaint(values, by=clerk, call_id=call.id)
    error = refused(table_snapshot, DomainError, reception.register_complaint, values, clerk,
                    call_id=call.id)
    assert "only a call marked as a complaint to register" in str(error.template)
    inquiry = reception.register_call({"kind": "inquiry", "caller": "李女士", "phone": "139",
                                       "content": "停车费怎么交"}, by=clerk)
    refused(table_snapshot, DomainError, reception.register_complaint,
            reception.complaint_values_from_call(inquiry), clerk, call_id=inquiry.id)
    refused(table_snapshot, NotFound, reception.register_complaint, values, clerk,
            call_id=9999)
    assert reception.Complaint.select().count() == 1


def test_a_user_who_may_not_register_calls_cannot_route_one(staff, clock, table_snapshot,
                                                             make_user):
    from models import people

    call = a_phoned_complaint(staff["clerk"])
    eng = make_user(people.ENGINEERING, login="eng")
    refused(table_snapshot, PermissionDenied, reception.complaint_registered, call.id,
            "TS20260310-0001", eng)


def test_the_check_finds_a_routed_call_without_its_complaint(staff, clock, db):
    call = a_phoned_complaint(staff["clerk"])
    db.execute_sql("UPDATE reception_call SET status = 'complaint' WHERE id = ?", (call.id,))
    assert any("no complaint names it" in p for p in reception.check_reception())
