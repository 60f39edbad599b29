"""The month part's words, steps and office setting (月度考评结算, seed 002 §十三 3.4).

A settlement is a document: a draft (草稿) is computed and recomputed from the tables
as often as the evaluations change; the manager approves it (经理审核, RULE), which
freezes it; the vendor's lead confirms it (确认: a name and a date, no login).
"""

from __future__ import annotations

import datetime as dt

from .. import audit, clock, people, settings
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..steps import Step, Steps, declare
from ..vocabulary import Term, Vocabulary
from .base import (
    DRAFT,
    EVALUATE,
    PER_FAILED_CHECK,
    PER_LATE_DEFECT,
    PER_MISSED_TREATMENT,
    RULE,
    Settlement,
)

APPROVED, VENDOR_CONFIRMED = "approved", "confirmed"
SETTLEMENT_STATUS = Vocabulary("Vendors", [
    Term(DRAFT, QT_TRANSLATE_NOOP("Vendors", "Draft"), "草稿"),
    Term(APPROVED, QT_TRANSLATE_NOOP("Vendors", "Approved, to be confirmed by the vendor"),
         "已审核"),
    Term(VENDOR_CONFIRMED, QT_TRANSLATE_NOOP("Vendors", "Confirmed by the vendor"), "已确认"),
])

BAND = "band"  # the fee band's reduction (a SettlementLine clause of its own)
CLAUSE_LABELS = Vocabulary("Vendors", [
    Term(BAND, QT_TRANSLATE_NOOP("Vendors", "Fee band"), "档次扣减"),
    Term(PER_FAILED_CHECK, QT_TRANSLATE_NOOP("Vendors", "Failed check"), "检查不合格"),
    Term(PER_LATE_DEFECT, QT_TRANSLATE_NOOP("Vendors", "Defect not fixed in time"), "逾期未整改"),
    Term(PER_MISSED_TREATMENT, QT_TRANSLATE_NOOP("Vendors", "Pest treatment missed"),
         "消杀次数不足"),
])

# §十三 3.4: 4 failed daily checks or 2 failed weekly checks in a month → the deduction.
DAILY_LIMIT, WEEKLY_LIMIT = 4, 2
TREATMENTS_A_MONTH = 2  # §十八: two scheduled treatments a month

# --- the period: the calendar month, or the 26th of the month before to the 25th -------

PERIOD_SETTING = "vendors/month_period"
CALENDAR, FROM_26TH = "calendar", "26-25"
PERIOD_CHOICES = Vocabulary("Vendors", [
    Term(CALENDAR, QT_TRANSLATE_NOOP("Vendors", "The calendar month"), "自然月"),
    Term(FROM_26TH, QT_TRANSLATE_NOOP("Vendors", "The 26th of the month before to the 25th"),
         "上月26日至本月25日"),
])


def period_kind() -> str:
    value = settings.get(PERIOD_SETTING, CALENDAR)
    return value if value in (CALENDAR, FROM_26TH) else CALENDAR


def set_period_kind(kind: str, by: User) -> str:
    """The office's setting (settings.put checks the permission); drafts follow it when
    recomputed, approved settlements keep the period they were computed for."""
    if kind not in (CALENDAR, FROM_26TH):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose how the month runs."),
                              field="period")
    settings.put(PERIOD_SETTING, kind, by)
    return kind


def clean_month(text: object) -> str:
    """"YYYY-MM", or refused."""
    value = str(text or "").strip()
    try:
        year, month = value.split("-")
        if len(year) != 4 or not 1 <= int(month) <= 12 or not 2000 <= int(year) <= 2100:
            raise ValueError(value)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{month} is not a month; write it as 2026-03."),
            field="month", month=value[:20]) from None
    return f"{int(year):04d}-{int(month):02d}"


def period_of(month: str, kind: str | None = None) -> tuple[dt.date, dt.date]:
    """(first day, last day) of the month's period under the office's setting."""
    year, number = (int(p) for p in clean_month(month).split("-"))
    first = dt.date(year, number, 1)
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    if (kind or period_kind()) == FROM_26TH:
        before = first - dt.timedelta(days=1)
        return before.replace(day=26), first.replace(day=25)
    return first, following - dt.timedelta(days=1)


def month_before(month: str) -> str:
    year, number = (int(p) for p in clean_month(month).split("-"))
    return f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"


def month_of(day: dt.date) -> str:
    """The month a day's work is settled in (the 26th onwards belongs to the next)."""
    if period_kind() == FROM_26TH and day.day >= 26:
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return f"{day.year:04d}-{day.month:02d}"


# --- steps, declared once ---------------------------------------------------------------

COMPUTE, RECOMPUTE, APPROVE, CONFIRM, PRINT, YEAR_SHEET, PERIOD = (
    "compute", "recompute", "approve", "confirm", "print", "year_sheet", "period")

SETTLEMENT_STEPS = declare(Settlement, [
    Step(COMPUTE, EVALUATE, on_record=False),
    Step(RECOMPUTE, EVALUATE, states=(DRAFT,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Settlement {number} is {status}; an approved month is no longer "
        "recomputed.")),
    Step(APPROVE, RULE, states=(DRAFT,), vouch=True, refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Settlement {number} is {status}; only a draft can be approved.")),
    Step(CONFIRM, EVALUATE, states=(APPROVED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Settlement {number} is {status}; the vendor confirms an approved "
        "settlement once.")),
    Step(PRINT),
    Step(YEAR_SHEET, on_record=False),
], status_label=SETTLEMENT_STATUS.label)

MONTH_SETTINGS_STEPS = Steps([Step(PERIOD, people.MANAGE_SETTINGS, on_record=False)])

STEPS = (SETTLEMENT_STEPS,)

for _action, _label in (
    ("vendor_settlement.compute", QT_TRANSLATE_NOOP("Lists", "Vendor's month computed")),
    ("vendor_settlement.approve", QT_TRANSLATE_NOOP("Lists", "Vendor's month approved")),
    ("vendor_settlement.confirm", QT_TRANSLATE_NOOP("Lists", "Vendor's month confirmed")),
):
    audit.ACTION_LABELS[_action] = _label


def record(by: User | None, action: str, record_id: int | None, label: str = "",
           changes: dict | None = None) -> None:
    """The audit row, timed by the operations' clock."""
    audit.record(by, action, "vendor_settlement", record_id, label, changes, at=clock.now())
