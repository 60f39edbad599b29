"""投诉分析 (seed 002 §二十一 6.0): the half-year's and the year's counts, the deadlines kept,
the verdicts at callback, and the recurring problems first (same place, same nature, at
least twice; not-valid and cancelled complaints left out)."""

from __future__ import annotations

import datetime as dt

import pytest

from models import reception
from models.errors import ValidationError
from tests.helpers.complaints_analysis import a_first_half


@pytest.fixture
def half(staff, clock):
    return a_first_half(staff, clock)


def rates(result) -> dict[str, tuple[int, int]]:
    return {r.key: (r.on_time, r.late) for r in result.deadlines}


def test_the_periods_are_half_years_and_years():
    assert reception.analysis_period("2026H1") == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert reception.analysis_period(" 2026h2 ") == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert reception.analysis_period("2026") == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert reception.analysis_period_name(dt.date(2026, 7, 1), dt.date(2026, 12, 31)) == "2026H2"
    assert reception.analysis_period_name(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "2026"
    for text in ("2026H3", "2026-06", "", None, "H1"):
        with pytest.raises(ValidationError):
            reception.analysis_period(text)
    with pytest.raises(ValidationError):
        reception.complaints_analysis(dt.date(2026, 6, 30), dt.date(2026, 1, 1))


def test_the_recurring_problems_come_with_their_numbers(half):
    result = reception.complaints_analysis_of("2026H1")
    assert [(r.place, r.nature, r.numbers) for r in result.recurring] == [
        ("1208", "repairs", (half["closed"].number, half["late"].number)),
        ("华信律师事务所", "sanitation", (half["urgent1"].number, half["urgent2"].number)),
    ]
    year = reception.complaints_analysis_of("2026")
    assert year.recurring[0].numbers == (half["closed"].number, half["late"].number,
                                         half["second_half"].number)
    assert reception.complaints_analysis_of("2026H2").recurring == []


def test_the_counts_leave_the_cancelled_apart(half):
    result = reception.complaints_analysis_of("2026H1")
    assert (result.total, result.cancelled) == (6, 1)
    assert dict(result.by_nature) == {"repairs": 3, "sanitation": 2, "attitude": 1}
    assert result.by_nature[0] == ("repairs", 3)  # most first
    assert dict(result.by_department) == {"工程部": 2, "保洁部": 2, "客服部": 1, "": 1}
    assert dict(result.by_channel) == {"phone": 3, "visit": 2, "letter": 1}
    assert dict(result.by_level) == {"ordinary": 4, "urgent": 2}
    assert (result.valid, result.not_valid, result.not_judged) == (5, 1, 0)
    assert (result.reopened, result.times_reopened) == (1, 1)
    assert result.months == [f"2026-{m:02d}" for m in range(1, 7)]
    assert result.by_nature_month == {"repairs": [1, 0, 1, 1, 0, 0],
                                      "sanitation": [0, 0, 0, 0, 2, 0],
                                      "attitude": [0, 1, 0, 0, 0, 0]}


def test_each_deadline_kept_or_missed_as_the_complaint_recorded_it(half):
    result = reception.complaints_analysis_of("2026H1")
    assert rates(result) == {
        "judge": (6, 0),  # every ruling the same day
        "contact": (1, 2),  # the letter 2 h late, the attitude complaint never contacted
        "onsite": (1, 1),  # on site in 8 minutes; the second not yet
        "remedy": (1, 4),  # answered again in time after the reopening; four never
        "resolve": (1, 2),
        "callback": (1, 0),
    }
    contact = next(r for r in result.deadlines if r.key == "contact")
    assert contact.rate == pytest.approx(1 / 3)


def test_a_deadline_not_yet_due_is_not_counted(half, clock):
    clock.set(dt.datetime(2026, 5, 20, 14, 5))  # the second urgent one: 5 minutes old
    onsite = next(r for r in reception.complaints_analysis_of("2026H1").deadlines
                  if r.key == "onsite")
    assert (onsite.on_time, onsite.late, onsite.rate) == (1, 0, 1.0)


def test_satisfaction_counts_every_callback(half):
    result = reception.complaints_analysis_of("2026H1")
    assert result.verdicts == {"unsatisfied": 1, "satisfied": 1}
    assert (result.callbacks, result.satisfaction) == (2, 0.5)


def test_an_empty_period_has_no_rates(staff, clock):
    result = reception.complaints_analysis_of("2025")
    assert result.total == 0 and result.recurring == [] and result.satisfaction is None
    assert all(r.rate is None for r in result.deadlines)
    assert result.by_nature_month == {} and len(result.months) == 12

