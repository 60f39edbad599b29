"""Vendors, contracts and templates for the setup part's tests, made through its operations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from models import people, vendors

MakeUser = Callable[..., people.User]


def setup_staff(make_user: MakeUser) -> dict[str, people.User]:
    """The manager who keeps vendors (周经理) and a clerk who may not."""
    return {"manager": make_user(people.MANAGER, login="vmgr", full_name="周经理"),
            "clerk": make_user(people.CLERK, login="vclerk", full_name="李晓燕")}


def vendor_data(**over: Any) -> dict[str, Any]:
    data = {"name": "洁美环境服务有限公司", "kind": vendors.CLEANING, "contact": "王海",
            "phone": "13800001111", "lead": "陈领班"}
    data.update(over)
    return data


def contract_data(**over: Any) -> dict[str, Any]:
    data = {"number": "WB-2026-001", "starts_on": dt.date(2026, 1, 1),
            "ends_on": dt.date(2027, 12, 31), "monthly_fee": "68000", "per_failed_check": "500",
            "per_late_defect": "300", "serious_below": "60"}
    data.update(over)
    return data


def cleaning_vendor(manager: people.User, **over: Any) -> tuple[vendors.Vendor, vendors.Contract]:
    """A cleaning vendor under a two-year contract (2026–2027) scored by the daily sheet."""
    vendor = vendors.save_vendor(manager, vendor_data())
    data = contract_data(template=vendors.template_for(vendors.CLEANING, vendors.DAILY))
    data.update(over)
    return vendor, vendors.save_contract(manager, vendor.id, data)


def items_adding_to(*points: str, serious: int | None = None) -> list[dict[str, Any]]:
    return [{"area": f"区域{n}", "text": f"标准{n}", "points": p, "serious": n == serious}
            for n, p in enumerate(points)]
