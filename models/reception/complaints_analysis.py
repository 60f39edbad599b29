"""投诉分析: the half-yearly and yearly analysis of the complaints (seed 002 §二十一 6.0).

Of the complaints received in the period (cancelled ones counted apart and left out of
everything else): counts by nature, by department complained about, by channel and by
level, and by nature × month (the chart); the on-time rate of each deadline the
complaint recorded; valid / not valid; reopened; the customers' verdicts at callback;
and first the **recurring problems**: the same place (the room, else the unit) and the
same nature at least twice in the period, with their complaints' numbers, so the
departments concerned can look into them together.

Everything is an SQL aggregate over the period's rows (≤ 1 s at 20k complaints,
bench/reception_complaints_bench.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from peewee import SQL, Case, fn

from .. import callbacks, clock
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from . import complaints_base as base
from .complaints_base import Complaint

C = Complaint
MIN_RECURRING = 2  # the same place and nature this many times in the period: recurring

# The deadlines the analysis rates: (key, label, the step's time, its deadline, which
# complaints it applies to). "On site" is the first contact of an urgent complaint
# (staff there within 10 minutes); the callback is on time when the closing callback
# came by the end of the day the complaint was done.
DEADLINE_LABELS = {
    "judge": QT_TRANSLATE_NOOP("Complaints", "Reported to the manager the same day"),
    "contact": QT_TRANSLATE_NOOP("Complaints", "First contact"),
    "onsite": QT_TRANSLATE_NOOP("Complaints", "On site (urgent)"),
    "remedy": QT_TRANSLATE_NOOP("Complaints", "Remedy answered"),
    "resolve": QT_TRANSLATE_NOOP("Complaints", "Resolved (ordinary)"),
    "callback": QT_TRANSLATE_NOOP("Complaints", "Called back"),
}

_PERIOD = re.compile(r"^\s*(\d{4})\s*(?:[Hh]([12]))?\s*$")


@dataclass(frozen=True)
class Rate:
    """One deadline: kept, missed (done late, or still not done past it); pending not counted."""

    key: str
    on_time: int
    late: int

    @property
    def label(self) -> str:
        return DEADLINE_LABELS[self.key]

    @property
    def rate(self) -> float | None:
        total = self.on_time + self.late
        return self.on_time / total if total else None


@dataclass(frozen=True)
class Recurring:
    """A problem that came back: one place, one nature, its complaints (oldest first)."""

    place: str
    nature: str
    numbers: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.numbers)


@dataclass
class Analysis:
    """投诉分析 of one period (``analyse``)."""

    start: dt.date
    end: dt.date
    total: int = 0  # received, not cancelled
    cancelled: int = 0
    recurring: list[Recurring] = field(default_factory=list)
    by_nature: list[tuple[str, int]] = field(default_factory=list)  # (code, n), most first
    by_department: list[tuple[str, int]] = field(default_factory=list)  # "" = not assigned
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    by_level: list[tuple[str, int]] = field(default_factory=list)
    months: list[str] = field(default_factory=list)  # "YYYY-MM", each month of the period
    by_nature_month: dict[str, list[int]] = field(default_factory=dict)  # code -> per month
    deadlines: list[Rate] = field(default_factory=list)
    valid: int = 0
    not_valid: int = 0
    not_judged: int = 0
    reopened: int = 0  # complaints reopened at least once
    times_reopened: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)  # callbacks: code -> n

    @property
    def callbacks(self) -> int:
        return sum(self.verdicts.values())

    @property
    def satisfaction(self) -> float | None:
        """满意 + 基本满意 over every callback of the period's complaints."""
        kept = sum(self.verdicts.get(code, 0) for code in base.CLOSING_VERDICTS)
        return kept / self.callbacks if self.callbacks else None


def period(text: str) -> tuple[dt.date, dt.date]:
    """(first, last day) of ``2026H1``, ``2026H2`` or ``2026``."""
    match = _PERIOD.match(str(text or ""))
    if not match or not 1900 <= int(match.group(1)) <= 9999:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Give the period as a half-year (2026H1, 2026H2) or a year (2026)."),
            field="period")
    year, half = int(match.group(1)), match.group(2)
    if half == "1":
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if half == "2":
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def period_name(start: dt.date, end: dt.date) -> str:
    """``2026H1`` / ``2026H2`` / ``2026`` for those periods, else ``start..end``."""
    for name in (f"{start.year}H1", f"{start.year}H2", f"{start.year}"):
        if period(name) == (start, end):
            return name
    return f"{start:%Y-%m-%d}..{end:%Y-%m-%d}"


def _months(start: dt.date, end: dt.date) -> list[str]:
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _stamp(when: dt.datetime) -> str:
    return f"{when:%Y-%m-%d %H:%M:%S}"


def _received(start: dt.date, end: dt.date):
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    return ((C.received_at >= _stamp(dt.datetime.combine(start, dt.time())))
            & (C.received_at < _stamp(stop)))


def _counts(where, column) -> list[tuple[str, int]]:
    n = fn.COUNT(C.id)
    rows = (C.select(column, n).where(where).group_by(column)
            .order_by(n.desc(), column).tuples())
    return [(code or "", count) for code, count in rows]


def _deadline_cases() -> list[tuple[str, object, object, object]]:
    """(key, step time, deadline, applies) — the module docstring's deadlines, in SQL."""
    handled = C.status != base.INVALID
    return [
        ("judge", C.judged_at, C.judge_due, SQL("1")),
        ("contact", C.contacted_at, C.contact_due, handled & (C.level != base.URGENT)),
        ("onsite", C.contacted_at, C.contact_due, handled & (C.level == base.URGENT)),
        ("remedy", C.remedy_at, C.remedy_due, handled),
        ("resolve", C.done_at, C.resolve_due, handled & C.resolve_due.is_null(False)),
        ("callback", Case(None, [(C.status == base.CLOSED, C.closed_at)], None),
         C.callback_due, C.callback_due.is_null(False)),
    ]


def _rates(where) -> list[Rate]:
    now = _stamp(clock.now())
    still_open = C.status.in_(base.OPEN)
    columns, keys = [], []
    for key, time, due, applies in _deadline_cases():
        on_time = Case(None, [(applies & time.is_null(False) & (time <= due), 1)], 0)
        late = Case(None, [(applies & time.is_null(False) & (time > due), 1),
                           (applies & time.is_null() & still_open & (due < now), 1)], 0)
        columns += [fn.SUM(on_time), fn.SUM(late)]
        keys.append(key)
    row = C.select(*columns).where(where).tuples().get()
    return [Rate(key, int(row[2 * i] or 0), int(row[2 * i + 1] or 0))
            for i, key in enumerate(keys)]


def _place():
    """The room when given, else the unit (trimmed); '' when neither."""
    return fn.COALESCE(fn.NULLIF(fn.TRIM(C.room), ""), fn.TRIM(C.unit), "")


def _recurring(where) -> list[Recurring]:
    place, n = _place(), fn.COUNT(C.id)
    rows = (C.select(place.alias("place"), C.nature, fn.GROUP_CONCAT(C.number))
            .where(where & (C.status != base.INVALID) & (place != ""))
            .group_by(place, C.nature).having(n >= MIN_RECURRING)
            .order_by(n.desc(), place, C.nature).tuples())
    return [Recurring(where_, nature, tuple(sorted(numbers.split(","))))
            for where_, nature, numbers in rows]


def _callback_verdicts(complaints) -> dict[str, int]:
    """The verdicts of every callback of ``complaints`` (a query of complaint ids).

    The callback queue's table (models.callbacks) holds them (kind base.KIND); a promise
    to call again ("cannot answer now", no verdict) is not a verdict.
    """
    cb = callbacks.Callback
    rows = (cb.select(cb.verdict, fn.COUNT(cb.id))
            .where((cb.kind == base.KIND) & cb.case_id.in_(complaints) & (cb.verdict != ""))
            .group_by(cb.verdict).tuples())
    return {verdict: count for verdict, count in rows}


def analyse(start: dt.date, end: dt.date) -> Analysis:
    """投诉分析 of the complaints received from ``start`` to ``end`` (both included)."""
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The period ends before it starts."), field="period")
    received = _received(start, end)
    where = received & (C.status != base.CANCELLED)
    out = Analysis(start, end)
    out.cancelled = C.select().where(received & (C.status == base.CANCELLED)).count()
    out.total, valid, not_valid, reopened, times = C.select(
        fn.COUNT(C.id), fn.SUM(Case(None, [(C.valid == 1, 1)], 0)),
        fn.SUM(Case(None, [(C.valid == 0, 1)], 0)),
        fn.SUM(Case(None, [(C.times_reopened > 0, 1)], 0)),
        fn.SUM(C.times_reopened)).where(where).tuples().get()
    out.valid, out.not_valid = int(valid or 0), int(not_valid or 0)
    out.not_judged = out.total - out.valid - out.not_valid
    out.reopened, out.times_reopened = int(reopened or 0), int(times or 0)
    out.recurring = _recurring(where)
    out.by_nature = _counts(where, C.nature)
    out.by_department = _counts(where, C.department)
    out.by_channel = _counts(where, C.channel)
    out.by_level = _counts(where, C.level)
    out.months = _months(start, end)
    month = fn.strftime("%Y-%m", C.received_at)
    out.by_nature_month = {code: [0] * len(out.months) for code, _n in out.by_nature}
    index = {name: i for i, name in enumerate(out.months)}
    for nature, name, count in (C.select(C.nature, month, fn.COUNT(C.id)).where(where)
                                .group_by(C.nature, month).tuples()):
        out.by_nature_month[nature][index[name]] = count
    out.deadlines = _rates(where)
    out.verdicts = _callback_verdicts(C.select(C.id).where(where))
    return out


def analyse_period(text: str) -> Analysis:
    """``analyse`` of ``2026H1`` / ``2026H2`` / ``2026``."""
    return analyse(*period(text))
