"""The reception tab's counters: what is due today, each a link that opens its list filtered.

A register module offers ``COUNTERS``, a tuple of ``Counter``; the package gathers them in
the registers' order (``reception.counters()``), and the tab shows each as
"<label>: <count>" above its sub-views. A counter names the list it opens by the
list's ``ListSpec.name`` (the sub-view showing that list is brought to the front) and
gives the filter it opens with as a function (a "today" is read when it is clicked).
A module outside the package whose sub-view lives in the reception tab (a core
register such as the callback queue) joins with ``join_counters(*counters)``.

Counting is the models' (one function per register, indexed queries); the GUI only
shows the numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .. import clock
from ..listing import ListFilter


class Counter(NamedTuple):
    """One counter of the reception tab (see the module docstring)."""

    key: str  # stable: the link's target
    label: str  # QT_TRANSLATE_NOOP("Reception", "…: {count}")
    count: Callable[[], int]
    open_filter: Callable[[], ListFilter]  # the list's filter bar when the link is clicked
    list_name: str  # the ListSpec.name of the list it opens
    alarm: bool = False  # shown in red while not zero (something is late)


_joined: list[Counter] = []


def join_counters(*counters: Counter) -> None:
    """Counters of a register outside this package whose sub-view is in the reception tab."""
    for counter in counters:
        if counter.key not in {c.key for c in _joined}:
            _joined.append(counter)


def gather(registers: Iterable) -> tuple[Counter, ...]:
    """Every register's ``COUNTERS`` in the tab's order, then the ones joined."""
    out = [c for register in registers for c in getattr(register, "COUNTERS", ())]
    keys = [c.key for c in out + _joined]
    if len(set(keys)) != len(keys):
        raise ValueError(f"two reception counters share a key: {sorted(keys)}")
    return tuple(out + _joined)


def today_only(**fields: object) -> Callable[[], ListFilter]:
    """The filter of today's records (dates from and to today) with ``fields``."""
    def make() -> ListFilter:
        today: dt.date = clock.today()
        return ListFilter(date_from=today, date_to=today, **fields)  # type: ignore[arg-type]
    return make


def only(**fields: object) -> Callable[[], ListFilter]:
    """A fixed filter (a status, extra filters)."""
    return lambda: ListFilter(**fields)  # type: ignore[arg-type]
