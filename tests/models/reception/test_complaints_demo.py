"""The demo office's complaints: a year of them, the same for the same seed, sound."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from models import clock, demo, reception
from models import db as dbmod


def _build(path) -> tuple[list[tuple], Counter, Counter, int]:
    with clock.running(lambda: dt.datetime(2026, 11, 30, 17, 0)):
        demo.build_demo(path, seed=7, today=dt.date(2026, 11, 30), years=1,
                        steps=[reception.complaints.add_complaints])
    rows = [(c.number, c.status, c.level, c.customer, c.verdict) for c in
            reception.Complaint.select().order_by(reception.Complaint.id)]
    assert reception.complaints.check() == []
    reopened = reception.Complaint.select().where(reception.Complaint.times_reopened > 0).count()
    dbmod.close_database()
    return rows, Counter(r[1] for r in rows), Counter(r[2] for r in rows), reopened


def test_a_year_of_complaints_the_same_for_the_same_seed(tmp_path):
    rows, states, levels, reopened = _build(tmp_path / "a.sqlite")
    assert 200 <= len(rows) <= 262  # about one a working day
    assert states["closed"] > states["invalid"] > 0
    assert levels["major"] > 0 and levels["urgent"] > 0 and reopened > 5
    again, _s, _l, _r = _build(tmp_path / "b.sqlite")
    assert again == rows
