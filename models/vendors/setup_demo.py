"""The demo office's four vendors, each under a two-year contract scored by the default templates.

Cleaning, greening, pest control and garbage removal (the other parts' demos find them
through ``contract_on`` and ``template_for``). The contract runs over the demo's two
years; its fee and clauses are the sort such contracts carry. Deterministic: its own
random source, seeded from a string.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from ..demo import DemoContext
from .base import CLEANING, DAILY, GARBAGE, GREENING, PEST
from .setup_ops import save_contract, save_vendor
from .setup_templates import template_for

# (name, kind, monthly fee, per failed check, per late defect, per missed treatment, serious line)
DEMO_VENDORS = [
    ("洁美环境服务有限公司", CLEANING, "68000.00", "500.00", "300.00", "0", "60"),
    ("绿源园林绿化工程有限公司", GREENING, "12800.00", "200.00", "150.00", "0", "60"),
    ("安康病媒生物防治有限公司", PEST, "4500.00", "200.00", "100.00", "5", "60"),
    ("城净垃圾清运有限公司", GARBAGE, "9600.00", "300.00", "200.00", "0", "60"),
]


def add_vendors(ctx: DemoContext) -> None:
    """Four vendors with their contracts (the default fee bands), from the demo's first day."""
    rng = random.Random(f"vendors-setup:{ctx.start}:{ctx.end}")
    ctx = DemoContext(rng, ctx.users, ctx.start, ctx.end, ctx.extra)  # our own source
    manager = ctx.users["jingli"]
    starts = ctx.start.replace(day=1)
    ends = dt.date(starts.year + 2, starts.month, 1) - dt.timedelta(days=1)
    if ends < ctx.end:
        ends = dt.date(ctx.end.year, 12, 31)
    for n, (name, kind, fee, per_check, per_defect, per_treatment, line) in enumerate(
            DEMO_VENDORS, start=1):
        vendor = save_vendor(manager, {
            "name": name, "kind": kind, "contact": ctx.person_name(), "phone": ctx.phone(),
            "lead": ctx.person_name()})
        save_contract(manager, vendor.id, {
            "number": f"WB-{starts.year}-{n:03d}", "starts_on": starts, "ends_on": ends,
            "monthly_fee": Decimal(fee), "template": template_for(kind, DAILY),
            "per_failed_check": per_check, "per_late_defect": per_defect,
            "per_missed_treatment": per_treatment,
            "per_missed_treatment_pct": kind == PEST,
            "serious_below": line,
            "note": rng.choice(["按月考评结算，次月10日前付款。", "考评结果作为费用结算依据。"]),
        })
    ctx.extra["vendors"] = [row[0] for row in DEMO_VENDORS]
