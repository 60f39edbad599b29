"""The demo office's evaluations: two years of daily rounds (working days) for the four
vendors, cleaning's weekly checks, two systematic evaluations a month (cleaning's second
is the month-end full check 月检), a few failures, objections and serious failures.

The four vendors, their contracts and criteria sheets are the setup part's (its demo step
runs first); each failed item's defect is opened by the defects part when its sheet is
submitted. Deterministic: its own random source, seeded from a string.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from .. import clock
from . import evaluations_ops as ops
from .base import (
    CLEANING,
    DAILY,
    MONTHLY,
    SYSTEMATIC,
    WEEKLY,
    Evaluation,
    Vendor,
)

PROBLEMS = ("有积尘", "有污渍", "未及时清理", "有垃圾杂物", "不符合标准", "有异味", "记录缺漏")
OBJECTIONS = ("检查时正在作业，尚未完成", "该区域不属于合同范围", "已当场整改完毕")


def _moment(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _sheet(rng: random.Random, vendor: Vendor, kind: str, day: dt.date, officer, by_name: str,
           present: str, fail_rate: float, end: dt.date, serious: bool = False) -> None:
    """One sheet through the operations: drafted, scored, submitted, signed (or objected)."""
    at = _moment(day, rng.choice((9, 10, 14, 15)), rng.choice((0, 15, 30, 45)))
    with clock.running(lambda: at):
        contract = ops.contract_for(vendor, day)
        template = ops.template_for_sheet(vendor, kind, contract) \
            or ops.template_for_sheet(vendor, DAILY, contract)
        ev = ops.new_evaluation(officer, vendor=vendor, kind=kind, done_at=at, by_name=by_name,
                                vendor_present=present, template=template)
        items = ops.evaluation_items(ev.id)
        changes = {}
        if serious:
            item = next((i for i in items if i.serious_item), items[0])
            changes[item.id] = {"points_off": item.points, "problem": "严重不符合标准，影响业户",
                                "ticket": True}
        elif rng.random() < fail_rate:
            for item in rng.sample(items, rng.choice((1, 1, 1, 2))):
                if item.serious_item:
                    continue
                off = Decimal(rng.randint(1, max(1, int(item.points) // 2)))
                changes[item.id] = {"points_off": off, "problem": rng.choice(PROBLEMS)}
        if changes:
            ops.score_items(ev.id, changes, officer)
        ops.submit_evaluation(ev.id, officer)
    if day >= end - dt.timedelta(days=2):
        return  # the last days' sheets wait for the vendor's signature
    signed = _moment(day, 17) if rng.random() < 0.9 else _moment(day + dt.timedelta(days=1), 9)
    with clock.running(lambda: signed):
        ev = Evaluation.get_by_id(ev.id)
        objects = ev.failed and rng.random() < 0.08
        ops.confirm_evaluation(ev.id, officer, signer=vendor.lead or present, agrees=not objects,
                               signed_on=signed.date(),
                               objection=rng.choice(OBJECTIONS) if objects else "")
    return ev.id if objects else None


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _working_days(start: dt.date, end: dt.date):
    day = start
    while day <= end:
        if day.weekday() < 5:
            yield day
        day += dt.timedelta(days=1)


def add_evaluations(ctx) -> None:
    """Two years of sheets for every vendor, up to the demo's last day."""
    rng = random.Random("vendors.evaluations demo")
    start, end = ctx.start, ctx.end
    vendors = list(Vendor.select().where(Vendor.active).order_by(Vendor.id))
    if not vendors:
        return  # no vendors yet (the setup part's demo step makes them)
    officers = [u for u in (ctx.users.get("wenyuan"), ctx.users.get("wenyuan2"),
                            ctx.users.get("dangzhi")) if u is not None]
    manager = ctx.users.get("jingli") or officers[0]
    if not officers:
        return
    objected: list[int] = []
    serious_days = {_weekday(end - dt.timedelta(days=200)), _weekday(end - dt.timedelta(days=9))}
    for day in _working_days(start, end):
        for vendor in vendors:
            officer = officers[day.toordinal() % len(officers)]
            serious = day in serious_days and vendor.kind.name == CLEANING
            objected.append(_sheet(rng, vendor, DAILY, day, officer, officer.full_name,
                                   "", 0.06, end, serious=serious))
    for vendor in vendors:
        kind_name = vendor.kind.name
        day = start
        while day <= end:
            month_end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
                - dt.timedelta(days=1)
            days = [d for d in _working_days(day, min(month_end, end))]
            if kind_name == CLEANING:
                for week in sorted({d.isocalendar()[:2] for d in days}):
                    pick = rng.choice([d for d in days if d.isocalendar()[:2] == week])
                    objected.append(_sheet(rng, vendor, WEEKLY, pick, officers[0],
                                           officers[0].full_name, vendor.lead, 0.15, end))
            mid = [d for d in days if 10 <= d.day <= 18]
            if mid:
                objected.append(_sheet(rng, vendor, SYSTEMATIC, rng.choice(mid), manager,
                                       manager.full_name, vendor.lead, 0.2, end))
            if days and month_end <= end:  # the month's last working day
                last = days[-1]
                if kind_name == CLEANING:
                    objected.append(_sheet(
                        rng, vendor, MONTHLY, last, manager,
                        f"{manager.full_name}、技术部、客服助理", vendor.lead, 0.3, end))
                else:
                    objected.append(_sheet(rng, vendor, SYSTEMATIC, last, manager,
                                           manager.full_name, vendor.lead, 0.2, end))
            day = month_end + dt.timedelta(days=1)
    _rule(rng, [i for i in objected if i], manager, end)


def _rule(rng: random.Random, objected: list[int], manager, end: dt.date) -> None:
    """The manager rules on every objection but the last one; some are amended."""
    for n, ev_id in enumerate(objected[:-1]):
        ev = Evaluation.get_by_id(ev_id)
        when = _moment(min(ev.signed_on + dt.timedelta(days=1), end), 11)
        with clock.running(lambda when=when: when):
            if n % 2:
                item = next(i for i in ops.evaluation_items(ev.id) if not i.passed)
                ops.rule_on_objection(ev.id, manager, ruling="经复核，情况属实，改为合格",
                                      amend={item.id: {"passed": True}})
            else:
                ops.rule_on_objection(ev.id, manager, ruling="经现场复核，维持原考评")

