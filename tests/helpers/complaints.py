"""A complaint as the tests enter it (models and GUI tests share it)."""

from __future__ import annotations

from types import SimpleNamespace

from models import reception


def phone_values(**changes) -> dict:
    values = {"channel": "phone", "customer": "王先生", "unit": "星河科技有限公司",
              "room": "1208", "phone": "13800138000", "nature": "repairs",
              "summary": "空调报修两天仍未修好", "request": "今天内修好", "level": "ordinary"}
    values.update(changes)
    return values


def a_call(**changes) -> SimpleNamespace:
    """A reception call as the calls register's model has it (the attributes only)."""
    import datetime as dt

    call = SimpleNamespace(id=7, called_at=dt.datetime(2026, 3, 10, 8, 50), caller="王先生",
                           unit="星河科技有限公司", room="1208", phone="13800138000",
                           content="空调报修两天仍未修好，要求今天修好")
    for key, value in changes.items():
        setattr(call, key, value)
    return call


def a_phoned_complaint(clerk, **changes):
    """A call taken as a complaint (投诉待登记) through the calls register, before the clock's
    T0 (10 March 2026, 09:00)."""
    import datetime as dt

    values = {"kind": "complaint", "caller": "王先生", "unit": "星河科技有限公司",
              "room": "1208", "phone": "13800138000",
              "content": "空调报修两天仍未修好，要求今天修好",
              "called_at": dt.datetime(2026, 3, 10, 8, 50)}
    values.update(changes)
    return reception.register_call(values, by=clerk)


def to_signed(complaint, clerk, manager):
    """Judged valid, assigned to 工程部, its notice signed for."""
    reception.judge_complaint(complaint.id, manager, True)
    reception.assign_complaint(complaint.id, manager, "工程部", "刘海波")
    return reception.sign_complaint_notice(complaint.id, clerk, "刘海波")
