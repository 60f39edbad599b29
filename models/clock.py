"""The program's one clock: what "now" and "today" are for every decision it makes.

Operations time their records and audit rows by it, number a day's documents by
it, judge deadlines (overdue, closed months, counts not in the future) by it; the
GUI's default dates and its overdue colouring read it too. It is the machine's
clock unless something runs the program under another one: the demo builds years
of the office through the real operations under a simulated clock, and tests set
the time by hand. Both do it the one way, ``with running(source):``.

The source is one for the whole process (not per thread): a worker thread that
builds the demo, or a test's operations run in a worker, see the same "now".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Source = Callable[[], dt.datetime]


def machine() -> dt.datetime:
    """The computer's own clock (local time, naive, as the office's records are kept)."""
    return dt.datetime.now()


_source: Source = machine


def now() -> dt.datetime:
    """The present moment, to the second (the office's records keep no fractions)."""
    return _source().replace(microsecond=0)


def today() -> dt.date:
    """The present day: a document's default date, the day its number counts in."""
    return now().date()


@contextmanager
def running(source: Source) -> Iterator[Source]:
    """Inside the block, "now" is whatever ``source()`` says; afterwards, the clock before.

    ``source`` is any callable giving a naive datetime: the demo's simulated clock,
    a test's settable clock. Blocks nest; leaving one (even by an exception)
    gives back the clock that was running when it was entered.
    """
    global _source
    previous, _source = _source, source
    try:
        yield source
    finally:
        _source = previous
