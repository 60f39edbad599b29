"""Rows for the month's tests, made directly in the area's tables (models/vendors/base.py).

The month computes from the tables alone, so its tests need no other part: a vendor,
its contract and fee bands, confirmed evaluations, late defects and pest treatments,
each written as the other parts will write them (VENDORS.md's contracts).
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from models import numbering, vendors
from models.db import database

_numbers = itertools.count(1)


def kind(name: str) -> vendors.VendorKind:
    return vendors.VendorKind.get(vendors.VendorKind.name == name)


def make_vendor(name: str = "洁美保洁服务有限公司", kind_name: str = vendors.CLEANING,
                lead: str = "孙丽") -> vendors.Vendor:
    return vendors.Vendor.create(name=name, kind=kind(kind_name), contact="钱总",
                                 phone="13800000000", lead=lead)


def make_contract(vendor, *, fee: str = "30000", per_failed_check: str = "200",
                  check_pct: bool = False, per_late_defect: str = "100",
                  defect_pct: bool = False, per_missed_treatment: str = "500",
                  treatment_pct: bool = False, starts_on=dt.date(2025, 1, 1),
                  ends_on=dt.date(2027, 12, 31), bands=vendors.DEFAULT_BANDS,
                  number: str | None = None) -> vendors.Contract:
    """A contract with its fee bands (``bands``: (from score, %, warning) rows), as setup
    saves it: with the default table unless given its own. (``()``: none — a state setup's
    ``check`` reports, which the month still reads by the default table.)"""
    with database.atomic():
        contract = vendors.Contract.create(
            number=number or f"HT-{next(_numbers):04d}", vendor=vendor, starts_on=starts_on,
            ends_on=ends_on, monthly_fee=Decimal(fee), per_failed_check=Decimal(per_failed_check),
            per_failed_check_pct=check_pct, per_late_defect=Decimal(per_late_defect),
            per_late_defect_pct=defect_pct, per_missed_treatment=Decimal(per_missed_treatment),
            per_missed_treatment_pct=treatment_pct)
        for from_score, pct, warning in bands:
            vendors.FeeBand.create(contract=contract, from_score=from_score,
                                   reduction_pct=pct, warning=warning)
    return contract


# A sheet's items as the evaluations part copies them from a template (points add to 100).
ITEMS = (("楼层公共区域", "地面、墙面洁净", Decimal("30")), ("卫生间", "无异味、无积水", Decimal("30")),
         ("玻璃", "无手印、无污迹", Decimal("20")), ("电梯", "轿厢、按钮洁净", Decimal("20")))


def make_evaluation(vendor, kind: str, day: dt.date, score: str | float, by, *,
                    status: str = vendors.CONFIRMED, contract=None) -> vendors.Evaluation:
    """A sheet as evaluations leaves it: numbered KPyyyymmdd-nnnn, its items copied, the
    points off (100 − ``score``) taken from the first items on, failed when any item is not
    passed (so: a score under 100 — an item not passed loses more than 0 points), confirmed
    by the vendor's lead."""
    score = Decimal(str(score))
    off_left = Decimal("100") - score
    with database.atomic():
        sheet = vendors.Evaluation.create(
            number=numbering.next_number(vendors.EVALUATION_PREFIX, day), kind=kind,
            vendor=vendor, contract=contract, done_on=day,
            done_at=dt.datetime.combine(day, dt.time(10, 0)), by_name="李晓燕", status=status,
            score=score, failed=score < 100, signed_by=vendor.lead,
            signed_on=day if status == vendors.CONFIRMED else None,
            agrees=True if status == vendors.CONFIRMED else None, created_by=by)
        for seq, (area, text, points) in enumerate(ITEMS, start=1):
            off, off_left = min(points, off_left), off_left - min(points, off_left)
            vendors.EvaluationItem.create(
                evaluation=sheet, seq=seq, area=area, text=text, points=points,
                passed=not off, points_off=off, problem=f"{area}不洁" if off else "")
    return sheet


def make_defect(vendor, due_at: dt.datetime, by, *, late: bool = True,
                fixed_at: dt.datetime | None = None, text: str = "卫生间地面有水迹",
                kind: str = vendors.MINOR) -> vendors.Defect:
    """A defect as the defects part leaves it (ZGyyyymmdd-nnnn): ``late`` with ``fixed_at``
    after ``due_at`` or still open past it; not late, fixed by then (or not due yet)."""
    found_at = due_at - dt.timedelta(hours=1)
    with database.atomic():
        return vendors.Defect.create(
            number=numbering.next_number(vendors.DEFECT_PREFIX, found_at.date()),
            vendor=vendor, kind=kind, found_at=found_at, text=text, due_at=due_at,
            status=vendors.FIXED if fixed_at else vendors.OPEN, fixed_at=fixed_at, late=late,
            created_by=by)


def make_treatment(vendor, done_at: dt.datetime, by, *, status: str = "done",
                   kind: str = vendors.SCHEDULED) -> vendors.PestTreatment:
    with database.atomic():
        return vendors.PestTreatment.create(
            number=numbering.next_number(vendors.PEST_PREFIX, done_at.date()),
            vendor=vendor, kind=kind, planned_on=done_at.date(),
            done_at=done_at if status == "done" else None, areas="公共场所", agent="溴氰菊酯",
            operator="吴师傅", signed_by="吴师傅", status=status, created_by=by)


def cleaning_march(by) -> tuple[vendors.Vendor, vendors.Contract]:
    """A cleaning vendor's March 2026 (the issue's Done-means month, as rows): twenty daily
    rounds (two failed, 92 and 88; the rest 100), one weekly check passed, two systematic
    evaluations (95 and 90), one defect fixed late; an unconfirmed sheet and a February
    sheet that must not count."""
    vendor = make_vendor()
    contract = make_contract(vendor)
    days = [dt.date(2026, 3, d) for d in range(2, 28) if dt.date(2026, 3, d).weekday() < 5]
    for n, day in enumerate(days[:20]):
        score = {3: "92", 11: "88"}.get(n, "100")
        make_evaluation(vendor, vendors.DAILY, day, score, by, contract=contract)
    make_evaluation(vendor, vendors.WEEKLY, dt.date(2026, 3, 12), "100", by, contract=contract)
    make_evaluation(vendor, vendors.SYSTEMATIC, dt.date(2026, 3, 13), "95", by,
                    contract=contract)
    make_evaluation(vendor, vendors.MONTHLY, dt.date(2026, 3, 30), "90", by, contract=contract)
    make_evaluation(vendor, vendors.DAILY, dt.date(2026, 3, 31), "50", by,
                    status=vendors.SUBMITTED, contract=contract)
    make_evaluation(vendor, vendors.DAILY, dt.date(2026, 2, 27), "40", by, contract=contract)
    make_defect(vendor, dt.datetime(2026, 3, 5, 11, 0), by,
                fixed_at=dt.datetime(2026, 3, 5, 14, 0))
    make_defect(vendor, dt.datetime(2026, 3, 9, 11, 0), by, late=False,
                fixed_at=dt.datetime(2026, 3, 9, 10, 30))
    return vendor, contract


def years_of_months(by, vendors_and_kinds, first: dt.date, months: int, rng) -> None:
    """Months of sheets, defects and treatments for the recompute test (random, seeded)."""
    for vendor, contract in vendors_and_kinds:
        day = first
        for _ in range(months):
            month_days = [day + dt.timedelta(days=n) for n in range(28)]
            for d in rng.sample(month_days, rng.randint(8, 20)):
                score = rng.choice(("100",) * 9 + ("96", "85.5", "70"))  # a quarter fail
                make_evaluation(vendor, vendors.DAILY, d, score, by, contract=contract)
            for d in rng.sample(month_days, rng.randint(0, 4)):
                make_evaluation(vendor, vendors.WEEKLY, d, rng.choice(("100", "92")), by,
                                contract=contract)
            for d in rng.sample(month_days, rng.randint(0, 2)):
                make_evaluation(vendor, rng.choice(vendors.SYSTEMATIC_KINDS), d,
                                rng.choice(("98", "91.5", "84", "77", "66")), by,
                                contract=contract)
            for d in rng.sample(month_days, rng.randint(0, 3)):
                due = dt.datetime.combine(d, dt.time(15, 0))
                late = rng.random() < 0.6  # late: fixed after its deadline, or still open
                if late:
                    fixed = due + dt.timedelta(hours=3) if rng.random() < 0.5 else None
                else:
                    fixed = due - dt.timedelta(minutes=20)
                make_defect(vendor, due, by, late=late, fixed_at=fixed)
            if vendor.kind.name == vendors.PEST:
                for d in rng.sample(month_days, rng.randint(0, 3)):
                    make_treatment(vendor, dt.datetime.combine(d, dt.time(19, 0)), by,
                                   status=rng.choice(("done", "done", "planned")),
                                   kind=rng.choice((vendors.SCHEDULED, vendors.SCHEDULED,
                                                    vendors.ON_REQUEST)))
            day = (day + dt.timedelta(days=32)).replace(day=1)


def month_crew(make_user) -> dict:
    """The desk's people for the month: the clerk who computes (考评人), the manager who
    approves (经理审核), the duty officer, the director."""
    from models import people

    return {"clerk": make_user(people.CLERK, login="kf", full_name="李晓燕"),
            "manager": make_user(people.MANAGER, login="jl", full_name="周志华"),
            "duty": make_user(people.DUTY, login="dz", full_name="张建国"),
            "director": make_user(people.DIRECTOR, login="zj", full_name="马总监")}
