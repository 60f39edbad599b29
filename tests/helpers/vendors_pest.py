"""Pest control's test office: the contractor (made directly, before setup is merged), staff,
and treatments done (waiting for their callback)."""

from __future__ import annotations

import datetime as dt

from models import people, vendors


def pest_vendor(name: str = "绿城病媒生物防治有限公司", kind: str = vendors.PEST,
                since: dt.datetime = dt.datetime(2026, 1, 5, 9, 0)) -> vendors.Vendor:
    """A vendor of kind 病媒生物防治 (the skeleton's seeded kinds), made directly, registered
    ``since``."""
    vendor_kind, _ = vendors.VendorKind.get_or_create(name=kind)
    return vendors.Vendor.create(name=name, kind=vendor_kind, contact="马经理", lead="马经理",
                                 created_at=since)


def pest_staff(make_user) -> dict[str, people.User]:
    """A clerk (客服 李晓燕), the manager (周志华) and an engineer who may not evaluate."""
    return {
        "clerk": make_user(people.CLERK, login="clerk", full_name="李晓燕"),
        "manager": make_user(people.MANAGER, login="boss", full_name="周志华"),
        "eng": make_user(people.ENGINEERING, login="eng", full_name="刘海波"),
    }


def done_values(at: dt.datetime, **changes) -> dict:
    values = {"done_at": at, "agent": "溴氰菊酯 2.5% 喷雾", "operator": "郑海涛",
              "signed_by": "绿城 马经理"}
    values.update(changes)
    return values


def done_treatment(vendor, clerk, day: dt.date, at: dt.time = dt.time(18, 30),
                   areas=vendors.AREAS) -> vendors.PestTreatment:
    """A scheduled treatment planned and done on ``day`` at ``at`` (the clock past it)."""
    treatment = vendors.plan_treatment({"vendor": vendor.id, "planned_on": day, "areas": areas},
                                       by=clerk)
    return vendors.record_treatment(treatment.id, done_values(dt.datetime.combine(day, at)),
                                    by=clerk)
