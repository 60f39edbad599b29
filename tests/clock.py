"""The operations' clock in tests: set by the test instead of read from the machine."""

from __future__ import annotations

import datetime as dt


class Clock:
    """Stands in for a module's ``now()``; the test sets and moves it."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, when: dt.datetime) -> dt.datetime:
        self.now = when
        return when

    def advance(self, **delta) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def install_clock(monkeypatch, module, start: dt.datetime) -> Clock:
    """Replace ``module.now`` (repairs.base or warehouse.base) by a Clock at ``start``."""
    clock = Clock(start)
    monkeypatch.setattr(module, "now", clock)
    return clock
