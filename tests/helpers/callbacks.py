"""Cases waiting for their callback, as the callback tests make them (models and GUI)."""

from __future__ import annotations

from models import reception, repairs
from tests.helpers.complaints import phone_values, to_signed
from tests.helpers.repairs import new_order


def done_complaint(staff, **changes) -> reception.Complaint:
    """A complaint registered, assigned, answered and done: waiting for its callback."""
    clerk = staff["clerk"]
    c = to_signed(reception.register_complaint(phone_values(**changes), by=clerk), clerk,
                  staff["manager"])
    reception.record_complaint_contact(c.id, clerk)
    reception.answer_complaint_remedy(c.id, clerk, "已更换压缩机")
    return reception.mark_complaint_done(c.id, clerk)


def checked_order(clerk, engineer, **values) -> repairs.RepairOrder:
    """A repair order dispatched, done and checked (已验收): waiting for its callback."""
    order = new_order(clerk, **values)
    repairs.dispatch(order.id, "刘海波", by=clerk)
    repairs.accept(order.id, by=engineer)
    repairs.complete(order.id, "更换阀芯", by=engineer)
    return repairs.check(order.id, by=clerk)


def an_engineer(make_user):
    """Engineering's 刘海波, who accepts and completes the orders the callbacks are about."""
    from models import people

    return make_user(people.ENGINEERING, login="eng", full_name="刘海波")
