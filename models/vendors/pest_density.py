"""密度监测报告: the contractor's density report every half-year (seed 002 §十八 5.5).

"承包商每两季度向客服部提交一份密度检测数据报告": one report per contractor per half-year
(H1 January–June, H2 July–December). A half-year that has ended without its report is
overdue (the list and the counter); a report received after its half ended is late.
The halves a contractor owes start with the half it started working in (its first
contract, its first treatment, or its registration, whichever is earliest).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peewee import Case, fn

from .. import audit, clock
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..people import User
from ..steps import Step, declare
from ..values import clean_date, clean_text, shown
from .base import EVALUATE, Contract, DensityReport, PestTreatment, Vendor
from .pest_ops import _vendor, pest_vendors

__all__ = [
    "DENSITY_LIST", "DENSITY_STEPS", "OverdueHalf", "half_bounds", "half_of",
    "overdue_density_count", "overdue_density_reports", "record_density_report",
    "serving_since",
]

DENSITY = "density"
DENSITY_STEPS = declare(DensityReport, [Step(DENSITY, EVALUATE, on_record=False)])

audit.ACTION_LABELS.update({
    "pest.density": QT_TRANSLATE_NOOP("Lists", "Density report received"),
})
audit.declare(audit.TableWords("pest_density_report", QT_TRANSLATE_NOOP(
    "Audit", "Density report"), fields={
    "half": QT_TRANSLATE_NOOP("Audit", "Half-year"),
    "received_on": QT_TRANSLATE_NOOP("Audit", "Received on"),
    "summary": QT_TRANSLATE_NOOP("Audit", "Summary"),
}))


def half_of(day: dt.date) -> str:
    return f"{day.year}H{1 if day.month <= 6 else 2}"


def half_bounds(half: str) -> tuple[dt.date, dt.date]:
    """"2026H1" -> (2026-01-01, 2026-06-30); ValidationError for anything else."""
    text = (half or "").strip().upper()
    if len(text) != 6 or text[4] != "H" or not text[:4].isdigit() or text[5] not in "12":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{value} is not a half-year (write it as 2026H1 or 2026H2)."),
            field="half", value=shown(half))
    year = int(text[:4])
    if text[5] == "1":
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    return dt.date(year, 7, 1), dt.date(year, 12, 31)


def _next_half(half: str) -> str:
    year, part = int(half[:4]), half[5]
    return f"{year}H2" if part == "1" else f"{year + 1}H1"


DENSITY_FIELDS = ("vendor", "half", "received_on", "summary")


def record_density_report(values: Mapping[str, Any], by: User) -> DensityReport:
    """The contractor's half-yearly report received (one per half-year)."""
    DENSITY_STEPS.require(by, DENSITY)
    extra = set(values) - set(DENSITY_FIELDS)
    if extra:
        raise ValueError(f"unknown density report fields {sorted(extra)}")
    with database.atomic("IMMEDIATE"):
        vendor = _vendor(values.get("vendor"))
        half = str(values.get("half") or "").strip().upper()
        start, _end = half_bounds(half)
        received = values.get("received_on") or clock.today()
        received = clean_date(received, "received_on")
        if received > clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The date {date} is in the "
                                                    "future."), field="received_on",
                                  date=received.isoformat())
        if received < start:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A report on {half} cannot be received before the half-year "
                "begins ({start})."), field="received_on", half=half,
                start=start.isoformat())
        if DensityReport.select().where((DensityReport.vendor == vendor)
                                        & (DensityReport.half == half)).exists():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{vendor}'s density report on {half} is recorded already."),
                field="half", vendor=vendor.name, half=half)
        summary = clean_text(values.get("summary"), DensityReport.summary, required=(
            QT_TRANSLATE_NOOP("DomainError", "Write down what the report found (the "
                              "densities, up to the national standard or not).")))
        report = DensityReport.create(vendor=vendor, half=half, received_on=received,
                                      summary=summary, created_by=by)
        audit.record(by, "pest.density", "pest_density_report", report.id,
                     f"{vendor.name} {half}", {"vendor": vendor.id, "half": half,
                                                "received_on": received, "summary": summary})
        return report


@dataclass(frozen=True)
class OverdueHalf:
    """A half-year ended without the contractor's density report."""

    vendor_id: int
    vendor: str
    half: str
    ended_on: dt.date


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def serving_since(vendor: Vendor) -> dt.date:
    """The first day the contractor works here: its registration, first contract or first
    treatment, whichever is earliest."""
    days = [vendor.created_at.date(),
            _day(Contract.select(fn.MIN(Contract.starts_on)).where(Contract.vendor == vendor)
                 .scalar()),
            _day(PestTreatment.select(fn.MIN(PestTreatment.planned_on))
                 .where(PestTreatment.vendor == vendor).scalar())]
    return min(d for d in days if d is not None)


def overdue_density_reports(today: dt.date | None = None) -> list[OverdueHalf]:
    """Every half-year ended (before ``today``) without its report, oldest first."""
    today = today or clock.today()
    out = []
    for vendor in pest_vendors():
        have = {r.half for r in DensityReport.select(DensityReport.half)
                .where(DensityReport.vendor == vendor)}
        half = half_of(serving_since(vendor))
        while half_bounds(half)[1] < today:
            if half not in have:
                out.append(OverdueHalf(vendor.id, vendor.name, half, half_bounds(half)[1]))
            half = _next_half(half)
    return sorted(out, key=lambda o: (o.ended_on, o.vendor))


def overdue_density_count(today: dt.date | None = None) -> int:
    return len(overdue_density_reports(today))


def _half_end():
    """SQL: the last day of the report's half-year ('YYYY-06-30' / 'YYYY-12-31')."""
    return Case(fn.substr(DensityReport.half, 6, 1), [
        ("1", fn.substr(DensityReport.half, 1, 4).concat("-06-30"))],
        fn.substr(DensityReport.half, 1, 4).concat("-12-31"))


def _late_days():
    return Case(None, [(DensityReport.received_on > _half_end(),
                        (fn.julianday(DensityReport.received_on) - fn.julianday(_half_end()))
                        .cast("INTEGER"))], None)


def late_text(days: Any, translate=None) -> str:
    if days is None or days == "":
        return ""
    text = QT_TRANSLATE_NOOP("Vendors", "{days} d late")
    return (translate("Vendors", text) if translate else text).format(days=int(days))


D = DensityReport
DENSITY_LIST = ListSpec(
    name="pest_density_reports",
    title=QT_TRANSLATE_NOOP("Lists", "Density reports"),
    model=DensityReport,
    columns=[
        Column("half", QT_TRANSLATE_NOOP("Lists", "Half-year"), D.half, 80),
        Column("vendor", QT_TRANSLATE_NOOP("Lists", "Contractor"), Vendor.name, 160),
        Column("received_on", QT_TRANSLATE_NOOP("Lists", "Report received"), D.received_on, 90,
               "date"),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Late"), _late_days(), 70, "number",
               sortable=False, display=late_text),
        Column("summary", QT_TRANSLATE_NOOP("Lists", "Findings"), D.summary, 320,
               sortable=False),
    ],
    search=[D.half, D.summary, Vendor.name],
    date_field=D.received_on,
    default_sort=("half", True),
    base_query=lambda: DensityReport.select().join(Vendor, on=(DensityReport.vendor == Vendor.id)),
    extra_filters={"vendor": lambda q, v: q.where(DensityReport.vendor == v)},
)
