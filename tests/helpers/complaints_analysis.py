"""A first half of 2026 of complaints for the analysis (models, reports and GUI tests).

- TS20260105-0001 room 1208, 维修, phone: judged and contacted on time, called back 不满意,
  reopened, fixed, called back 满意 — closed;
- TS20260302-0001 room 1208, 维修, letter: contacted 2 h late (with its reason), no remedy
  yet (late by 30 June) — with the first, the recurring problem "1208 维修";
- TS20260210-0001 room 1208, 服务态度: another nature, not recurring;
- TS20260415-0001 room 1208, 维修: ruled not valid — not counted as recurring;
- TS20260506-0001 / TS20260520-0001 华信律师事务所 (no room), 环境卫生, urgent: the second
  recurring problem, by the unit; the first's staff on site in 8 minutes, the second's
  not yet (late);
- TS20260601-0001 cancelled (counted apart);
- TS20260701-0001 room 1208, 维修: the second half (in the year's analysis only).
The clock ends at 2026-06-30 18:00.
"""

from __future__ import annotations

import datetime as dt

from models import reception

from .complaints import phone_values


def _at(clock, *args) -> dt.datetime:
    return clock.set(dt.datetime(*args))


def _new(clock, clerk, when: tuple, **values):
    _at(clock, *when)
    return reception.register_complaint(phone_values(received_at=clock.now, **values), by=clerk)


def _to_signed(c, clerk, manager, department: str = "工程部"):
    reception.judge_complaint(c.id, manager, True)
    reception.assign_complaint(c.id, manager, department, "刘海波")
    return reception.sign_complaint_notice(c.id, clerk, "刘海波")


def a_first_half(staff, clock) -> dict:
    """The complaints above, by short name; the clock left at 2026-06-30 18:00."""
    clerk, manager = staff["clerk"], staff["manager"]
    out = {}
    c = out["closed"] = _new(clock, clerk, (2026, 1, 5, 9, 0))
    _at(clock, 2026, 1, 5, 9, 15)
    _to_signed(c, clerk, manager)
    reception.record_complaint_contact(c.id, clerk, at=dt.datetime(2026, 1, 5, 9, 20))
    _at(clock, 2026, 1, 6, 10, 0)
    reception.answer_complaint_remedy(c.id, clerk, "更换压缩机")
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, "unsatisfied", words="还是不制冷")
    _at(clock, 2026, 1, 7, 10, 0)
    reception.answer_complaint_remedy(c.id, clerk, "再次检修，补充制冷剂")
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, "satisfied")

    c = out["late"] = _new(clock, clerk, (2026, 3, 2, 9, 0), channel="letter")
    _at(clock, 2026, 3, 2, 11, 30)
    _to_signed(c, clerk, manager)
    reception.record_complaint_contact(c.id, clerk, reason="客户电话无人接听")

    c = out["attitude"] = _new(clock, clerk, (2026, 2, 10, 9, 0), nature="attitude")
    _at(clock, 2026, 2, 10, 10, 0)
    _to_signed(c, clerk, manager, "客服部")

    c = out["invalid"] = _new(clock, clerk, (2026, 4, 15, 9, 0))
    reception.judge_complaint(c.id, manager, False, explanation="属客户自行改装所致")

    for key, day in (("urgent1", 6), ("urgent2", 20)):
        c = out[key] = _new(clock, clerk, (2026, 5, day, 14, 0), unit="华信律师事务所", room="",
                            nature="sanitation", level="urgent", channel="visit")
        _at(clock, 2026, 5, day, 14, 5)
        _to_signed(c, clerk, manager, "保洁部")
        if key == "urgent1":
            reception.record_complaint_contact(c.id, clerk, at=dt.datetime(2026, 5, day, 14, 8))

    c = out["cancelled"] = _new(clock, clerk, (2026, 6, 1, 9, 0), room="302")
    reception.cancel_complaint(c.id, manager, "重复登记")

    _at(clock, 2026, 7, 1, 9, 0)
    out["second_half"] = _new(clock, clerk, (2026, 7, 1, 9, 0))
    _at(clock, 2026, 6, 30, 18, 0)  # back to the end of the half-year (the analysis day)
    return out
