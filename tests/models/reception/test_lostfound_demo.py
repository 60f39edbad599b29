"""The demo office's lost and found: a year of it, the same for the same seed, sound."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from models import clock, demo, reception
from models import db as dbmod


def _build(path) -> tuple[list[tuple], Counter, Counter]:
    today = dt.date(2026, 11, 30)
    with clock.running(lambda: dt.datetime(2026, 11, 30, 17, 0)):
        demo.build_demo(path, seed=7, today=today, years=1,
                        steps=[reception.lostfound.add_lost_and_found])
    items = [(i.number, i.status, i.item_name, i.finder) for i in
             reception.FoundItem.select().order_by(reception.FoundItem.id)]
    states = Counter(i[1] for i in items)
    losses = Counter(r.status for r in reception.LossReport.select())
    assert reception.lostfound.check() == []
    claims = list(reception.Claim.select())
    assert claims and all(c.id_masked != c.id_number and "*" in c.id_masked for c in claims)
    assert all(8 <= c.claimed_at.hour < 19 for c in claims)
    dbmod.close_database()
    return items, states, losses


def test_a_year_of_lost_and_found_the_same_for_the_same_seed(tmp_path):
    items, states, losses = _build(tmp_path / "a.sqlite")
    assert 100 <= len(items) <= 300  # a few a week
    assert states[reception.CLAIMED] > states[reception.UNCLAIMED] > 0
    assert states[reception.DISPOSED] > 0
    assert losses[reception.RECOVERED] > 0 and losses[reception.NOT_RECOVERED] > 0
    again, _s, _l = _build(tmp_path / "b.sqlite")
    assert again == items
