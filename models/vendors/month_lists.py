"""The month part's list and the yearly reading (12 months of a vendor, the score trend)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..values import as_id
from .base import Settlement, Vendor, VendorKind
from .month_base import SETTLEMENT_STATUS

__all__ = ["SETTLEMENT_LIST", "YearRow", "month_vendors", "trend", "year_rows"]

S = Settlement


def _yes(raw, translate=None) -> str:
    word = QT_TRANSLATE_NOOP("Lists", "Told")
    return (translate("Lists", word) if translate else word) if raw else ""


SETTLEMENT_LIST = ListSpec(
    name="vendor_settlements",
    title=QT_TRANSLATE_NOOP("Lists", "Vendors' months"),
    model=Settlement,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), S.number, width=120),
        Column("month", QT_TRANSLATE_NOOP("Lists", "Month"), S.month, width=70),
        Column("vendor", QT_TRANSLATE_NOOP("Lists", "Vendor"), Vendor.name, width=150),
        Column("score", QT_TRANSLATE_NOOP("Lists", "Score"), S.score, width=60, kind="number"),
        Column("failed_daily", QT_TRANSLATE_NOOP("Lists", "Failed daily"), S.failed_daily,
               width=70, kind="number"),
        Column("failed_weekly", QT_TRANSLATE_NOOP("Lists", "Failed weekly"), S.failed_weekly,
               width=70, kind="number"),
        Column("monthly_fee", QT_TRANSLATE_NOOP("Lists", "Fee"), S.monthly_fee, width=90,
               kind="money"),
        Column("band_reduction", QT_TRANSLATE_NOOP("Lists", "Band reduction"),
               S.band_reduction, width=90, kind="money"),
        Column("deductions", QT_TRANSLATE_NOOP("Lists", "Deductions"), S.deductions, width=90,
               kind="money"),
        Column("payable", QT_TRANSLATE_NOOP("Lists", "Payable"), S.payable, width=90,
               kind="money"),
        Column("alert", QT_TRANSLATE_NOOP("Lists", "Manager and technical dept."), S.alert,
               width=90, display=_yes),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), S.status, width=110,
               kind="status", labels=SETTLEMENT_STATUS),
    ],
    search=(S.number, S.month, Vendor.name),
    status_field=S.status,
    statuses=SETTLEMENT_STATUS,
    default_sort=("month", True),
    base_query=lambda: Settlement.select().join(Vendor, on=(Settlement.vendor == Vendor.id)),
    extra_filters={
        "month": lambda query, value: query.where(S.month == value) if value else query,
        "vendor": lambda query, value: query.where(S.vendor == as_id(value)) if value else query,
        "alert": lambda query, value: query.where(S.alert) if value else query,  # the counter's
    },
)


@dataclass
class YearRow:
    month: str
    settlement: Settlement | None


def year_rows(vendor_id: Any, year: int) -> list[YearRow]:
    """The twelve months of ``year`` for one vendor, a settlement or None each."""
    found = {s.month: s for s in Settlement.select().where(
        (Settlement.vendor == as_id(vendor_id)) & (Settlement.month.startswith(f"{year:04d}-")))}
    months = [f"{year:04d}-{m:02d}" for m in range(1, 13)]
    return [YearRow(month, found.get(month)) for month in months]


def trend(vendor_id: Any, last_month: str, months: int = 12) -> list[tuple[str, float | None]]:
    """(month, score or None) for the ``months`` months up to ``last_month``."""
    year, number = (int(p) for p in last_month.split("-"))
    wanted = []
    for _ in range(months):
        wanted.append(f"{year:04d}-{number:02d}")
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
    wanted.reverse()
    found = {s.month: float(s.score) for s in Settlement.select(Settlement.month, Settlement.score)
             .where((Settlement.vendor == as_id(vendor_id)) & Settlement.month.in_(wanted))}
    return [(month, found.get(month)) for month in wanted]


def month_vendors() -> list[tuple[int, str]]:
    """(id, "name（kind）") of every vendor, by name: whom a month can be settled for."""
    return [(v.id, f"{v.name}（{v.kind.name}）") for v in
            Vendor.select(Vendor, VendorKind).join(VendorKind).order_by(Vendor.name)]
