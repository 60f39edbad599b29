"""The demo office's months: every vendor's settlement over the demo's span.

It runs after the other parts' demo steps (their evaluations, defects, treatments);
with no confirmed evaluation in the file it does nothing. Each past month is computed
a few days after its period by the clerk, approved by the manager and confirmed by
the vendor's lead; the month still running stays a draft. Deterministic: no random
choice at all (the figures follow from the other parts' rows).
"""

from __future__ import annotations

import datetime as dt

from .. import clock
from ..errors import ValidationError
from .base import CONFIRMED, Evaluation, Vendor
from .month_base import period_of
from .month_ops import approve, compute_month, confirm, months_between


def _at(day: dt.date, hour: int):
    moment = dt.datetime.combine(day, dt.time(hour, 0))
    return lambda: moment


def settle_demo_months(ctx) -> None:
    """Settle every vendor's months that have a confirmed evaluation."""
    manager = ctx.users.get("jingli") or ctx.users.get("admin")
    clerk = ctx.users.get("wenyuan") or manager
    for vendor in Vendor.select().order_by(Vendor.id):
        days = [e.done_on for e in Evaluation.select(Evaluation.done_on).where(
            (Evaluation.vendor == vendor) & (Evaluation.status == CONFIRMED))]
        if not days:
            continue
        for month in months_between(min(days), max(days)):
            _first, last = period_of(month)
            computed_on = min(last + dt.timedelta(days=2), ctx.end)
            try:
                with clock.running(_at(computed_on, 10)):
                    settlement = compute_month(vendor.id, month, clerk)
            except ValidationError:  # no sheet that month, or no contract
                continue
            if last + dt.timedelta(days=3) > ctx.end:
                continue  # the month still running (or just ended): a draft
            with clock.running(_at(last + dt.timedelta(days=3), 15)):
                approve(settlement.id, manager)
            with clock.running(_at(last + dt.timedelta(days=4), 11)):
                confirm(settlement.id, vendor.lead or vendor.contact or "现场负责人",
                        last + dt.timedelta(days=4), clerk)
