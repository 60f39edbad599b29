"""The office's working-day calendar and office hours (an office setting owned by pest control).

Seed 002 §十八 counts in working days (a treatment asked for a working day ahead; its
callback within two working days) and wants treatments after office hours. A working
day is Monday to Friday, except the holidays the manager lists, plus the weekend days
worked in their place (调休上班). Office hours are one span (default 08:30–17:30) on a
working day; weekends and holidays have none. Stored as office settings (``calendar.*``),
edited by the manager (or the administrator) on the vendors' settings page.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import audit, settings
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import MANAGE_SETTINGS, User
from ..settings import OfficeSetting
from ..steps import Step, Steps
from ..values import clean_date
from .base import SET_UP

__all__ = [
    "CALENDAR", "CALENDAR_STEPS", "HOLIDAYS_KEY", "OFFICE_HOURS_KEY", "WORKDAYS_KEY",
    "holidays", "inside_office_hours", "is_working_day", "next_working_day", "office_hours",
    "set_calendar", "working_days_after", "workdays",
]

HOLIDAYS_KEY = "calendar.holidays"  # one ISO day a line
WORKDAYS_KEY = "calendar.workdays"  # 调休上班: weekend days that are working days
OFFICE_HOURS_KEY = "calendar.office_hours"  # "08:30-17:30"
DEFAULT_HOURS = (dt.time(8, 30), dt.time(17, 30))
MAX_DAYS = 200  # a list longer than this is a mistake (about ten years of holidays)

CALENDAR = "calendar"
# The manager keeps the calendar (holidays change every year); the administrator may too.
CALENDAR_STEPS = Steps([Step(CALENDAR, (SET_UP, MANAGE_SETTINGS), on_record=False)])

audit.add_fields("office_setting", {
    HOLIDAYS_KEY: QT_TRANSLATE_NOOP("Audit", "Holidays"),
    WORKDAYS_KEY: QT_TRANSLATE_NOOP("Audit", "Weekend working days"),
    OFFICE_HOURS_KEY: QT_TRANSLATE_NOOP("Audit", "Office hours"),
})

_HOURS_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–~]\s*(\d{1,2}):(\d{2})\s*$")


def _days(key: str) -> frozenset[dt.date]:
    out = set()
    for line in settings.get(key, "").split():
        try:
            out.add(dt.date.fromisoformat(line.strip()))
        except ValueError:  # a hand-edited file: skip the bad line
            continue
    return frozenset(out)


def holidays() -> frozenset[dt.date]:
    """The holidays listed (days off on what would be working days)."""
    return _days(HOLIDAYS_KEY)


def workdays() -> frozenset[dt.date]:
    """The weekend days worked in the holidays' place (调休上班)."""
    return _days(WORKDAYS_KEY)


def _parse_hours(text: str) -> tuple[dt.time, dt.time] | None:
    match = _HOURS_RE.match(text or "")
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        return None
    start, end = dt.time(h1, m1), dt.time(h2, m2)
    return (start, end) if start < end else None


def office_hours() -> tuple[dt.time, dt.time]:
    """The office's hours on a working day (start, end)."""
    return _parse_hours(settings.get(OFFICE_HOURS_KEY, "")) or DEFAULT_HOURS


class _Calendar:
    """The calendar read once for a computation over many days."""

    def __init__(self) -> None:
        self.off, self.on = holidays(), workdays()

    def working(self, day: dt.date) -> bool:
        if day in self.on:
            return True
        return day.weekday() < 5 and day not in self.off

    def after(self, day: dt.date, n: int) -> dt.date:
        left, current = n, day
        while left > 0:
            current += dt.timedelta(days=1)
            if self.working(current):
                left -= 1
        return current


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday, not a holiday; or a weekend day worked (调休上班)."""
    return _Calendar().working(day)


def working_days_after(day: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``day`` (``day`` itself never counts; n=0: ``day``)."""
    if n < 0:
        raise ValueError("n must not be negative")
    return _Calendar().after(day, n)


def next_working_day(day: dt.date) -> dt.date:
    return working_days_after(day, 1)


def inside_office_hours(when: dt.datetime) -> bool:
    """Is ``when`` within office hours of a working day (when no treatment should be)?"""
    if not is_working_day(when.date()):
        return False
    start, end = office_hours()
    return start <= when.time() < end


def _clean_days(value: object, name: str) -> list[dt.date]:
    if isinstance(value, str):
        parts = [p for p in re.split(r"[\s,，;；]+", value) if p]
        days = []
        for part in parts:
            try:
                day = dt.date.fromisoformat(part)
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "{value} is not a date (write it as 2026-10-01)."),
                    field=name, value=part[:30]) from None
            days.append(day)
    else:
        days = list(value or ())
    days = sorted({clean_date(d, name) for d in days})
    if len(days) > MAX_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "At most {n} days can be listed."), field=name, n=MAX_DAYS)
    return days


def _put(key: str, value: str, by: User) -> None:
    old = settings.get(key, None)
    OfficeSetting.insert(key=key, value=value).on_conflict_replace().execute()
    if old != value:
        audit.record(by, "setting.change", "office_setting", None, key, {key: [old, value]})


def set_calendar(*, holidays: object = None, workdays: object = None,
                 office_hours: str | None = None, by: User) -> None:
    """The manager's calendar: holidays, weekend working days (lists of days, or text of ISO
    days) and office hours ("08:30-17:30"); a value left None stays as it is."""
    CALENDAR_STEPS.require_permission(by, CALENDAR)
    values: dict[str, str] = {}
    if holidays is not None:
        values[HOLIDAYS_KEY] = "\n".join(d.isoformat() for d in _clean_days(holidays,
                                                                             "holidays"))
    if workdays is not None:
        days = _clean_days(workdays, "workdays")
        weekday = next((d for d in days if d.weekday() < 5), None)
        if weekday is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{day} is a weekday already; list only Saturdays and Sundays "
                "worked."), field="workdays", day=weekday.isoformat())
        values[WORKDAYS_KEY] = "\n".join(d.isoformat() for d in days)
    if office_hours is not None:
        hours = _parse_hours(office_hours)
        if hours is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Write the office hours as 08:30-17:30 (the start before the "
                "end)."), field="office_hours")
        values[OFFICE_HOURS_KEY] = f"{hours[0]:%H:%M}-{hours[1]:%H:%M}"
    with database.atomic():
        for key, value in values.items():
            _put(key, value, by)
