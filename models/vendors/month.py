"""月度考评结算 (the month's score, counts, fee band, deductions and payable amount; the yearly sheet and the trend).

The part's modules: ``month_base`` (words, steps, the period setting), ``month_calc``
(the figures from the tables alone), ``month_ops`` (the settlement as a document),
``month_lists`` (the list, the year, the trend), ``month_demo``. The package's
``__init__`` gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

from . import month_base, month_lists, month_ops
from .month_base import (  # noqa: F401 - named in __all__
    APPROVED,
    BAND,
    CALENDAR,
    CLAUSE_LABELS,
    DAILY_LIMIT,
    FROM_26TH,
    MONTH_SETTINGS_STEPS,
    PERIOD_CHOICES,
    PERIOD_SETTING,
    SETTLEMENT_STATUS,
    SETTLEMENT_STEPS,
    TREATMENTS_A_MONTH,
    VENDOR_CONFIRMED,
    WEEKLY_LIMIT,
    clean_month,
    month_of,
    period_kind,
    period_of,
    set_period_kind,
)
from .month_calc import Figures, clause_amount  # noqa: F401
from .month_demo import settle_demo_months
from .month_lists import *  # noqa: F401,F403
from .month_ops import *  # noqa: F401,F403

__all__ = [
    "APPROVED", "BAND", "CALENDAR", "CLAUSE_LABELS", "DAILY_LIMIT", "FROM_26TH", "Figures",
    "MONTH_SETTINGS_STEPS", "PERIOD_CHOICES", "PERIOD_SETTING", "SETTLEMENT_STATUS",
    "SETTLEMENT_STEPS", "TREATMENTS_A_MONTH", "VENDOR_CONFIRMED", "WEEKLY_LIMIT",
    "clause_amount", "clean_month", "month_of", "period_kind", "period_of", "set_period_kind",
    "settle_demo_months", *month_lists.__all__, *month_ops.__all__,
]

TABLES: tuple = ()  # (the area's tables are all in base.py)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (settle_demo_months,)
STEPS: tuple = month_base.STEPS


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound): every settlement's
    payable is its fee less its lines, never below zero."""
    from decimal import Decimal

    from .base import Settlement, SettlementLine
    from .month_base import BAND as band

    problems = []
    for s in Settlement.select():
        lines = list(SettlementLine.select().where(SettlementLine.settlement == s))
        deductions = sum((Decimal(x.amount) for x in lines if x.clause != band), Decimal("0"))
        reduction = sum((Decimal(x.amount) for x in lines if x.clause == band), Decimal("0"))
        expected = max(Decimal("0"), Decimal(s.monthly_fee) - reduction - deductions)
        if (Decimal(s.payable) != expected or Decimal(s.deductions) != deductions
                or Decimal(s.band_reduction) != reduction):
            problems.append(f"vendor settlement {s.number}: payable {s.payable}, its lines "
                            f"give {expected}")
    return problems
