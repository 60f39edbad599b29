"""The month's settlement as a document: computed, recomputed, approved, confirmed.

1. ``compute_month(vendor, month, by)``: the draft (草稿) from the tables (month_calc);
   computing again replaces the draft's figures and lines — a draft counts for nothing.
2. ``approve(settlement, by)``: 经理审核 (RULE). The draft must still be what the tables
   say (a sheet confirmed or ruled on since: recompute first); approval freezes it.
3. ``confirm(settlement, signed_by, signed_on, by)``: the vendor's lead signs (确认).

A month with 4 or more failed daily checks or 2 or more failed weekly checks carries
``alert``: the manager and the company's technical department are told (the view's
counter ``alerts_waiting`` and the flag printed on the sheet).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from .. import clock
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import as_id, clean_date, clean_text
from . import defects as defects_part
from .base import DRAFT, Settlement, SettlementLine, Vendor
from .month_base import (
    APPROVE,
    APPROVED,
    COMPUTE,
    CONFIRM,
    RECOMPUTE,
    SETTLEMENT_STEPS,
    VENDOR_CONFIRMED,
    clean_month,
    record,
)
from .month_calc import Figures, compute

__all__ = ["alerts_waiting", "approve", "compute_month", "confirm", "get_settlement",
           "month_preview", "settlement_by_number", "settlement_for", "settlement_lines"]

NUMBER_PREFIX = "JS"  # 结算 JS-202603-01


def get_settlement(settlement_id: Any) -> Settlement:
    found = Settlement.get_or_none(Settlement.id == as_id(
        settlement_id.id if isinstance(settlement_id, Settlement) else settlement_id))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "That settlement no longer exists."))
    return found


def settlement_by_number(number: str) -> Settlement:
    found = Settlement.get_or_none(Settlement.number == str(number).strip())
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no vendor settlement {number}."),
                       number=str(number).strip()[:30])
    return found


def settlement_for(vendor_id: Any, month: str) -> Settlement | None:
    return Settlement.get_or_none((Settlement.vendor == as_id(vendor_id))
                                  & (Settlement.month == clean_month(month)))


def settlement_lines(settlement_id: int) -> list[SettlementLine]:
    return list(SettlementLine.select().where(SettlementLine.settlement == settlement_id)
                .order_by(SettlementLine.seq))


def _vendor(vendor_id: Any) -> Vendor:
    found = Vendor.get_or_none(Vendor.id == as_id(
        vendor_id.id if isinstance(vendor_id, Vendor) else vendor_id))
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the vendor."),
                              field="vendor")
    return found


def _sweep_late_defects() -> None:
    """The defects part's lateness sweep (VENDORS.md), when it is there."""
    sweep = getattr(defects_part, "mark_late", None)
    if sweep is not None:
        sweep(clock.now())


def month_preview(vendor_id: Any, month: str) -> Figures:
    """The figures as the tables have them now, written nowhere."""
    return compute(_vendor(vendor_id), clean_month(month))


def _write(settlement: Settlement, figures: Figures) -> None:
    for name in ("starts_on", "ends_on", "daily_average", "systematic_average", "score",
                 "failed_daily", "failed_weekly", "monthly_fee", "band_from", "band_pct",
                 "band_reduction", "warning", "alert", "note"):
        setattr(settlement, name, getattr(figures, name))
    settlement.contract = figures.contract
    settlement.deductions, settlement.payable = figures.deductions, figures.payable
    settlement.save()
    SettlementLine.delete().where(SettlementLine.settlement == settlement).execute()
    SettlementLine.insert_many([
        {"settlement": settlement.id, "seq": seq, "clause": line.clause,
         "reason": line.reason[:200], "amount": line.amount}
        for seq, line in enumerate(figures.lines, start=1)]).execute()


def _summary(figures: Figures) -> dict:
    return {"score": str(figures.score), "failed_daily": figures.failed_daily,
            "failed_weekly": figures.failed_weekly, "deductions": str(figures.deductions),
            "payable": str(figures.payable)}


def compute_month(vendor_id: Any, month: str, by: User) -> Settlement:
    """The vendor's month as a draft, new or recomputed (an approved one is refused)."""
    SETTLEMENT_STEPS.require(by, COMPUTE)
    vendor, month = _vendor(vendor_id), clean_month(month)
    with database.atomic("IMMEDIATE"):
        existing = settlement_for(vendor.id, month)
        if existing is not None:
            SETTLEMENT_STEPS.require(by, RECOMPUTE, existing)
        _sweep_late_defects()
        figures = compute(vendor, month)
        settlement = existing or Settlement(
            number=f"{NUMBER_PREFIX}-{month.replace('-', '')}-{vendor.id:02d}",
            vendor=vendor, month=month, status=DRAFT, created_by=by, created_at=clock.now())
        if existing is not None:
            settlement.created_by, settlement.created_at = by, clock.now()  # 考评人: who computed
        _write(settlement, figures)
        record(by, "vendor_settlement.compute", settlement.id, settlement.number,
               {"recomputed": existing is not None, **_summary(figures)})
        return settlement


def _same(settlement: Settlement, figures: Figures) -> bool:
    lines = [(line.clause, line.reason, Decimal(line.amount))
             for line in settlement_lines(settlement.id)]
    fresh = [(line.clause, line.reason[:200], line.amount) for line in figures.lines]
    return (lines == fresh and Decimal(settlement.payable) == figures.payable
            and Decimal(settlement.score) == figures.score
            and settlement.starts_on == figures.starts_on)


def approve(settlement_id: Any, by: User) -> Settlement:
    """经理审核: the draft, still current, is frozen."""
    SETTLEMENT_STEPS.require(by, APPROVE)
    with database.atomic("IMMEDIATE"):
        settlement = get_settlement(settlement_id)
        SETTLEMENT_STEPS.require(by, APPROVE, settlement)
        _sweep_late_defects()
        if not _same(settlement, compute(settlement.vendor, settlement.month)):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The sheets of settlement {number} have changed since it was "
                "computed; recompute it before approving."), number=settlement.number)
        settlement.status, settlement.approved_by, settlement.approved_at = (
            APPROVED, by, clock.now())
        settlement.save()
        record(by, "vendor_settlement.approve", settlement.id, settlement.number,
               {"status": [DRAFT, APPROVED], "payable": str(settlement.payable)})
        return settlement


def confirm(settlement_id: Any, signed_by: str, signed_on: Any, by: User) -> Settlement:
    """The vendor's lead confirms the approved month: a name and a date."""
    SETTLEMENT_STEPS.require(by, CONFIRM)
    settlement = get_settlement(settlement_id)
    SETTLEMENT_STEPS.require(by, CONFIRM, settlement)
    name = clean_text(signed_by, Settlement.vendor_signed_by, name="signed_by",
                      required=QT_TRANSLATE_NOOP("DomainError",
                                                 "Name who signs for the vendor."))
    day = clean_date(signed_on, "signed_on")
    if settlement.approved_at is not None and day < settlement.approved_at.date():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The vendor cannot confirm before the manager approved ({day})."),
            field="signed_on", day=settlement.approved_at.date().isoformat())
    with database.atomic("IMMEDIATE"):
        settlement = get_settlement(settlement.id)
        SETTLEMENT_STEPS.require(by, CONFIRM, settlement)
        settlement.status = VENDOR_CONFIRMED
        settlement.vendor_signed_by, settlement.vendor_signed_on = name, day
        settlement.save()
        record(by, "vendor_settlement.confirm", settlement.id, settlement.number,
               {"status": [APPROVED, VENDOR_CONFIRMED], "signed_by": name,
                "signed_on": day.isoformat()})
        return settlement


def alerts_waiting() -> int:
    """Months with 4+ failed daily or 2+ failed weekly checks the manager has not approved
    yet (the counter the manager and the technical department are told by)."""
    return Settlement.select().where(Settlement.alert & (Settlement.status == DRAFT)).count()


def months_between(first: dt.date, last: dt.date) -> list[str]:
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(f"{day.year:04d}-{day.month:02d}")
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out
