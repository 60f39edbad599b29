"""The demo office's complaints: a year of them, the same for the same seed, sound; the
phone ones registered from the calls demo's 投诉 calls, only the last working day's left."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from models import clock, demo, reception
from models import db as dbmod

TODAY = dt.date(2026, 11, 30)  # a Monday: the Friday before is two working days back


def _build(path) -> tuple[list[tuple], dict]:
    with clock.running(lambda: dt.datetime(2026, 11, 30, 17, 0)):
        demo.build_demo(path, seed=7, today=TODAY, years=1,
                        steps=[reception.calls.add_calls, reception.complaints.add_complaints])
    K, C = reception.Complaint, reception.Call
    rows = [(c.number, c.status, c.level, c.customer, c.verdict, c.channel, c.call_id)
            for c in K.select().order_by(K.id)]
    assert reception.complaints.check() == [] and reception.calls.check() == []
    calls = {c.id: c for c in C.select().where(  # a 投诉 call is in one of these two
        C.status.in_((reception.CALL_TO_REGISTER, reception.CALL_TO_COMPLAINT)))}
    facts = {
        "reopened": K.select().where(K.times_reopened > 0).count(),
        "calls": calls,
        "to_register": [c for c in calls.values() if c.status == reception.CALL_TO_REGISTER],
        "phone": [c for c in K.select().where(K.channel == "phone")],
    }
    dbmod.close_database()
    return rows, facts


def test_a_year_of_complaints_from_the_calls_the_same_for_the_same_seed(tmp_path):
    rows, facts = _build(tmp_path / "a.sqlite")
    states, levels = Counter(r[1] for r in rows), Counter(r[2] for r in rows)
    calls = facts["calls"]
    # every 投诉 call of the year but the last working day's became a complaint, plus a few
    # by letter, fax, visit, WeChat and the box
    assert len(rows) == len(calls) - len(facts["to_register"]) + sum(r[5] != "phone"
                                                                       for r in rows)
    assert 10 <= sum(r[5] != "phone" for r in rows) <= 60
    assert states["closed"] > states["invalid"] > 0
    assert levels["major"] > 0 and levels["urgent"] > 0 and facts["reopened"] > 5
    # the phone complaints are their calls' (time, caller, phone, room, words); only the
    # last working day's calls wait for the clerk
    assert len(facts["to_register"]) <= 5
    # nothing older than two working days (the Friday before TODAY, a Monday) still waits
    assert all(c.called_at >= dt.datetime(2026, 11, 27) for c in facts["to_register"])
    assert facts["phone"] and all(k.call_id in calls for k in facts["phone"])
    for complaint in facts["phone"]:
        call = calls[complaint.call_id]
        assert call.status == reception.CALL_TO_COMPLAINT
        assert (complaint.received_at, complaint.customer, complaint.phone, complaint.room,
                complaint.summary) == (call.called_at, call.caller, call.phone, call.room,
                                       call.content)
    assert len({k.call_id for k in facts["phone"]}) == len(facts["phone"])
    again, _facts = _build(tmp_path / "b.sqlite")
    assert again == rows
