"""Vendors, contracts and criteria sheets for the evaluations tests, made through the setup
part's operations: a cleaning vendor whose daily sheet has four items (40, 30, 20 serious,
10) and a weekly sheet of two, under a contract (the default fee bands) with a serious
line of 60. The sheets are new versions of the seeded defaults of the same names (a new
office starts with the defaults; these short ones keep the tests' arithmetic plain)."""

from __future__ import annotations

import datetime as dt

from models import people, vendors

DAILY_ITEMS = [("大堂", "地面光亮无污渍", 40, False), ("卫生间", "无异味、无积水", 30, False),
               ("电梯", "轿厢干净，按键无污", 20, True), ("外围", "道路无垃圾", 10, False)]
WEEKLY_ITEMS = [("公共区域", "灯具风口无积尘", 60, False), ("垃圾房", "冲洗消毒", 40, False)]

Item = tuple[str, str, int, bool]


def _sheet(manager: people.User, kind: str, sheet: str, name: str,
           items: list[Item]) -> vendors.CriteriaTemplate:
    """The kind's sheet in use with ``items``: the one in use kept when it has them, else a
    new version of it (or a new template when the kind has none for that sheet)."""
    in_use = (vendors.CriteriaTemplate.select()
              .join(vendors.VendorKind)
              .where(vendors.VendorKind.name == kind,
                     vendors.CriteriaTemplate.evaluation_kind == sheet,
                     vendors.CriteriaTemplate.active)
              .order_by(vendors.CriteriaTemplate.id).first())
    if in_use is not None and [(i.area, i.text, int(i.points), i.serious)
                               for i in vendors.items_of(in_use)] == items:
        return in_use
    return vendors.save_template(manager, {
        "name": name, "kind": kind, "evaluation_kind": sheet,
        "items": [{"area": a, "text": t, "points": str(p), "serious": s}
                  for a, t, p, s in items]}, in_use.id if in_use is not None else None)


def make_cleaning_vendor(manager: people.User, name: str = "洁美清洁服务有限公司",
                         lead: str = "王秀兰", serious_below: str = "60") -> vendors.Vendor:
    """The vendor, its contract for 2026 and its daily and weekly criteria sheets."""
    daily = _sheet(manager, vendors.CLEANING, vendors.DAILY, "清洁服务日检查表", DAILY_ITEMS)
    _sheet(manager, vendors.CLEANING, vendors.WEEKLY, "清洁服务周检表", WEEKLY_ITEMS)
    vendor = vendors.save_vendor(manager, {"name": name, "kind": vendors.CLEANING,
                                           "lead": lead, "contact": lead})
    count = vendors.Contract.select().count()
    vendors.save_contract(manager, vendor.id, {
        "number": f"WB-2026-{count + 1:02d}", "starts_on": dt.date(2026, 1, 1),
        "ends_on": dt.date(2026, 12, 31), "monthly_fee": "50000", "template": daily.id,
        "serious_below": serious_below})
    return vendor


def make_long_sheet_vendor(manager: people.User, items: int = 30) -> vendors.Vendor:
    """A greening vendor whose daily sheet has ``items`` items (the grid scrolls)."""
    points = [100 // items + (1 if n < 100 % items else 0) for n in range(items)]
    _sheet(manager, vendors.GREENING, vendors.DAILY, "绿化考评记录",
           [(f"区域{n + 1}", f"标准{n + 1}", p, False) for n, p in enumerate(points)])
    return vendors.save_vendor(manager, {"name": "绿源园林", "kind": vendors.GREENING,
                                         "lead": "陈建华"})
