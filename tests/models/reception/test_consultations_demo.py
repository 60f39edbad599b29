"""The demo office's consultations: two years, a few weeks missed, the same for the same seed."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from models import callbacks, clock, demo, reception
from models import db as dbmod

TODAY = dt.date(2026, 11, 30)


def _build(path) -> tuple[list[tuple], Counter, int, int]:
    with clock.running(lambda: dt.datetime(2026, 11, 30, 17, 0)):
        demo.build_demo(path, seed=7, today=TODAY, years=2,
                        steps=[reception.consultations.add_consultations])
        gaps = reception.consultation_gaps(TODAY - dt.timedelta(days=700), TODAY)
        waiting = callbacks.source("consultation").waiting()
    # promised answers still waiting are the last days' only, none for months
    assert all(w.due_at.date() >= TODAY - dt.timedelta(days=7) for w in waiting)
    C = reception.Consultation
    rows = [(c.number, c.kind, c.status) for c in C.select().order_by(C.id)]
    assert reception.consultations.check() == []
    answered = reception.ConsultationLine.select().where(
        reception.ConsultationLine.answers > 1).count()
    missed = sum(1 for g in gaps if g.kind == "phone" and not g.current)
    dbmod.close_database()
    return rows, Counter((r[1], r[2]) for r in rows), answered, missed


def test_two_years_of_consultations_the_same_for_the_same_seed(tmp_path):
    rows, counts, answered_twice, missed = _build(tmp_path / "a.sqlite")
    phone = sum(n for (kind, _s), n in counts.items() if kind == "phone")
    onsite = sum(n for (kind, _s), n in counts.items() if kind == "onsite")
    assert 85 <= phone <= 104 and 7 <= onsite <= 9  # most weeks; every quarter
    assert 2 <= missed <= 15
    assert counts[("phone", "reviewed")] > 0.8 * phone and counts[("phone", "recorded")] > 0
    assert answered_twice > 0  # some answered 不满意 first
    again, _c, _a, _m = _build(tmp_path / "b.sqlite")
    assert again == rows
