"""Hostile values of the right type, as hypothesis strategies (section 7 of issue 8).

Each strategy mixes a fixed list of known troublemakers (1e30, NaN, ±inf, lone
surrogates, control characters, 100,000 characters, ids ≥ 2^63, years 1 and
9999, timezone-aware moments) with generated values and with ordinary good
ones, so that a run also walks the paths where the rest of the call is fine.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

# The operations' clock in the hostile office (a Sunday morning in March 2026).
T0 = dt.datetime(2026, 3, 15, 10, 0, 0)

UTC = dt.UTC
PLUS8 = dt.timezone(dt.timedelta(hours=8))

NASTY_TEXT = [
    "", " ", "\t", "\n", "正常的文字", "a\ud800b", "\udfff", "\ud83d", "x\x00y", "\x00",
    "a\x1bb", "\x07", "\x7f", "\x85", "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029",
    "\ue000", "\U000f0000", "\u0378", "行一\n行二", "a\r\nb", "{n}", "{", "}", "%s", "{0}",
    "x" * 100_000, "中" * 1001, "名" * 61, "a" * 33, "Ａｄｍｉｎ", "ADMIN", " admin ",
    "ad\u200bmin", "\u3164", "'; DROP TABLE user; --", "🙂" * 20, "e\u0301",
]
NASTY_NUMBERS: list[object] = [
    1e30, -1e30, 10**30, -(10**30), 123456789012345678901234567890, Decimal("1E+30"),
    Decimal("-1E+30"), float("nan"), float("inf"), float("-inf"), Decimal("NaN"),
    Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"), -1, -0.001, 0, -0.0, 1e-30,
    Decimal("1E-30"), Decimal("1E+999999"), Decimal("1E-999999"), "1e30", "NaN", "inf",
    "-5", "12.3456789", "1" * 30, "9" * 100_000, "0x10", "", " ", "１２", "1,000.5", 2**63,
    2**64, True, 99999999, 99999999.001, "99999999.0005", 3.14159,
]
NASTY_IDS: list[int] = [0, -1, 2**63, 2**63 - 1, 2**64, 10**30, -(2**63) - 1, 2**31, 999_999]
NASTY_MOMENTS: list[dt.datetime] = [
    dt.datetime(1, 1, 1), dt.datetime(999, 12, 31, 23, 59), dt.datetime(1999, 12, 31, 23, 59, 59),
    dt.datetime(2000, 1, 1), dt.datetime(2099, 12, 31, 23, 59, 59), dt.datetime(2100, 1, 1),
    dt.datetime(9999, 12, 31, 23, 59, 59, 999999), dt.datetime.min, dt.datetime.max,
    T0.replace(tzinfo=UTC), T0.replace(tzinfo=PLUS8), (T0 - dt.timedelta(days=1)).replace(tzinfo=UTC),
    T0, T0 - dt.timedelta(hours=1), T0 + dt.timedelta(days=400), T0 - dt.timedelta(days=3650),
]
NASTY_DAYS: list[object] = [
    dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(1999, 12, 31), dt.date(2000, 1, 1),
    dt.date(2099, 12, 31), dt.date(9999, 12, 31), dt.date.min, dt.date.max,
    T0.replace(tzinfo=UTC), T0.replace(tzinfo=PLUS8), dt.datetime(1, 1, 1), T0.date(),
    T0.date() - dt.timedelta(days=3), T0.date() - dt.timedelta(days=40),
]

_weird_chars = st.characters(categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs", "Mn"])


def texts(good: list[str] | None = None) -> st.SearchStrategy[str]:
    """Strings: the nasty list, generated text with odd characters, and ``good`` ones."""
    parts = [
        st.sampled_from(NASTY_TEXT),
        st.text(max_size=40),
        st.text(alphabet=st.one_of(_weird_chars, st.characters()), max_size=20),
    ]
    if good:
        parts.append(st.sampled_from(good))
    return st.one_of(*parts)


def optional_texts(good: list[str] | None = None) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), texts(good))


def numbers(good: list[object] | None = None) -> st.SearchStrategy[object]:
    """What a clerk or a spreadsheet may give for a quantity, a price or a count."""
    parts = [
        st.sampled_from(NASTY_NUMBERS),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.floats(),
        st.integers(),
        st.text(alphabet="0123456789.-eE+,", max_size=12),
    ]
    if good:
        parts.append(st.sampled_from(good))
    return st.one_of(*parts)


def ints() -> st.SearchStrategy[int]:
    """Plain integers (minutes, sort orders, row numbers)."""
    return st.one_of(st.sampled_from(NASTY_IDS), st.integers(), st.integers(-10, 10_000))


def ids(good: list[int]) -> st.SearchStrategy[int]:
    """Record ids: the nasty ones, any integer, and the ids that exist."""
    return st.one_of(st.sampled_from(NASTY_IDS), st.integers(), st.sampled_from(good))


def moments(allow_none: bool = True) -> st.SearchStrategy[dt.datetime | None]:
    """Times of events: far, near, aware, naive."""
    parts = [
        st.sampled_from(NASTY_MOMENTS),
        st.datetimes(),
        st.datetimes(timezones=st.sampled_from([UTC, PLUS8])),
        st.datetimes(min_value=T0 - dt.timedelta(days=40), max_value=T0 + dt.timedelta(hours=1)),
    ]
    if allow_none:
        parts.append(st.none())
    return st.one_of(*parts)


def days() -> st.SearchStrategy[object]:
    """Document dates: far, near, and datetimes (aware or not) where a day is expected."""
    return st.one_of(
        st.sampled_from(NASTY_DAYS),
        st.dates(),
        st.dates(min_value=T0.date() - dt.timedelta(days=60), max_value=T0.date()),
        st.none(),
    )


def months() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(["0001-01", "0999-12", "1999-12", "2000-01", "2026-02", "2026-03",
                         "2026-04", "2099-12", "9999-12", "2026-13", "2026-00", "2026-3",
                         "-1-01", "2026-03-01", "20260", "２０２６-０３"]),
        st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(0, 99999), st.integers(-1, 13)),
        texts(),
    )


def choice(good: list[str]) -> st.SearchStrategy[str]:
    """A code from a fixed vocabulary (source, urgency, verdict), or anything else."""
    return st.one_of(st.sampled_from(good), texts())
