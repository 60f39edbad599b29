"""The operations' clock in tests: a time the test sets and moves, run by models.clock.

The ``clock`` fixture (tests/conftest.py) runs a Clock through ``models.clock.running``
for the test, starting at T0 unless the test or its module is marked
``@pytest.mark.clock_at(datetime)``.
"""

from __future__ import annotations

import datetime as dt

from models import clock

# Tuesday 10 March 2026, 09:00: the storeroom's and the repair desk's usual morning.
T0 = dt.datetime(2026, 3, 10, 9, 0, 0)


class Clock:
    """A clock that stands where the test puts it; ``now`` is the time it shows."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, when: dt.datetime) -> dt.datetime:
        self.now = when
        return when

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def days_ago(days: float) -> dt.datetime:
    """The program's "now" less ``days``, to the second."""
    return (clock.now() - dt.timedelta(days=days)).replace(microsecond=0)
