"""Vendors, contracts and criteria sheets for the evaluations tests, made directly (before
the setup part is merged): a cleaning vendor whose daily sheet has four items (40, 30, 20
serious, 10) and a weekly sheet of two, under a contract with a serious line of 60."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.db import database
from models.vendors import base
from models.vendors.evaluations_demo import make_template

DAILY_ITEMS = [("大堂", "地面光亮无污渍", 40, False), ("卫生间", "无异味、无积水", 30, False),
               ("电梯", "轿厢干净，按键无污", 20, True), ("外围", "道路无垃圾", 10, False)]
WEEKLY_ITEMS = [("公共区域", "灯具风口无积尘", 60, False), ("垃圾房", "冲洗消毒", 40, False)]


def make_cleaning_vendor(name: str = "洁美清洁服务有限公司", lead: str = "王秀兰",
                         serious_below: str = "60") -> base.Vendor:
    """The vendor, its contract for 2026 and its daily and weekly criteria sheets."""
    with database.atomic():
        kind = base.VendorKind.get(base.VendorKind.name == base.CLEANING)
        daily = make_template(kind, base.DAILY, "清洁服务日检查表", DAILY_ITEMS)
        make_template(kind, base.WEEKLY, "清洁服务周检表", WEEKLY_ITEMS)
        vendor = base.Vendor.create(name=name, kind=kind, lead=lead, contact=lead)
        base.Contract.create(number=f"WB-2026-{vendor.id:02d}", vendor=vendor,
                             starts_on=dt.date(2026, 1, 1), ends_on=dt.date(2026, 12, 31),
                             monthly_fee=Decimal("50000"), template=daily,
                             serious_below=Decimal(serious_below))
    return vendor


def make_long_sheet_vendor(items: int = 30) -> base.Vendor:
    """A greening vendor whose daily sheet has ``items`` items (the grid scrolls)."""
    points = [Decimal(100 // items + (1 if n < 100 % items else 0)) for n in range(items)]
    with database.atomic():
        kind = base.VendorKind.get(base.VendorKind.name == base.GREENING)
        make_template(kind, base.DAILY, "绿化考评记录",
                      [(f"区域{n + 1}", f"标准{n + 1}", int(p), False)
                       for n, p in enumerate(points)])
        return base.Vendor.create(name="绿源园林", kind=kind, lead="陈建华")
