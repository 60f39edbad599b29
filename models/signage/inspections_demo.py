"""The demo office's inspections: eight quarterly rounds over two years, their failures
and corrections (some late, a few still open), and a few work-site signs.

It runs after the registry's demo step (which puts up the building's signs); with no
sign in the file it does nothing. Deterministic: everything comes from ``ctx.rng``.
"""

from __future__ import annotations

import datetime as dt

from .. import clock, repairs
from . import inspections_ops as ops
from . import inspections_work as work
from .base import Sign
from .inspections_base import (
    DAMAGED,
    MISPLACED,
    MISSING,
    OK,
    UNCLEAR,
    UNSUITABLE,
    Correction,
    InspectionLine,
    quarter_bounds,
    quarter_of,
)

FAILURES = ((UNCLEAR, "字迹褪色"), (DAMAGED, "边角破损"), (DAMAGED, "面板开裂"),
            (MISSING, ""), (MISPLACED, "被柜子遮挡"), (UNSUITABLE, "部门已更名"))
ACTIONS = ("重新喷印", "更换面板", "调整安装位置", "重新张贴", "修改文字后重新制作")
INSPECTORS = ("李晓燕", "陈静")


def _at(day: dt.date, hour: int = 10):
    moment = dt.datetime.combine(day, dt.time(hour, 0))
    return lambda: moment


def _quarters(end: dt.date, count: int) -> list[str]:
    """The ``count`` quarters before the one ``end`` falls in, oldest first."""
    out, day = [], quarter_bounds(quarter_of(end))[0]
    for _ in range(count):
        day -= dt.timedelta(days=1)
        out.append(quarter_of(day))
        day = quarter_bounds(out[-1])[0]
    return out[::-1]


def add_inspections(ctx, now: dt.datetime | None = None) -> None:
    """Eight quarterly rounds, each in its quarter's last month; corrections follow."""
    if not Sign.select().exists():
        return
    rng = ctx.rng
    clerk = ctx.users.get("wenyuan") or ctx.users.get("jingli")
    end = ctx.end
    quarters = _quarters(end, 8)
    for n, quarter in enumerate(quarters):
        _first, last = quarter_bounds(quarter)
        start = last - dt.timedelta(days=rng.randint(12, 20))
        with clock.running(_at(start, 9)):
            rnd = ops.start_round(clerk, inspector=rng.choice(INSPECTORS))
        lines = list(InspectionLine.select().where(InspectionLine.round == rnd))
        changes = {}
        for line in lines:
            if rng.random() < 0.03:
                result, remark = rng.choice(FAILURES)
            else:
                result, remark = OK, ""
            changes[line.id] = {"result": result, "remark": remark}
        close_day = start + dt.timedelta(days=rng.randint(2, 6))
        with clock.running(_at(close_day, 16)):
            ops.enter_results(rnd.id, changes, clerk)
            ops.close_round(rnd.id, clerk)
        recent = n == len(quarters) - 1
        for corr in Correction.select().where(Correction.done_on.is_null(),
                                              Correction.due_on <= end):
            if corr.line.round_id != rnd.id:
                continue
            if recent and rng.random() < 0.3:
                continue  # still open (some of them late)
            late = rng.random() < 0.2
            done = corr.due_on + dt.timedelta(days=rng.randint(1, 10) if late
                                              else -rng.randint(0, 5))
            done = min(max(done, close_day), end)
            with clock.running(_at(done, 15)):
                ops.update_correction(corr.id, {"action": rng.choice(ACTIONS)}, clerk)
                ops.finish_correction(corr.id, clerk, done_on=done)
    _work_signs(ctx, clerk, end)


def _work_signs(ctx, clerk, end: dt.date) -> None:
    """A few 正在维修 / 小心地滑 signs for recent repair jobs; one left up after its job."""
    orders = list(repairs.RepairOrder.select()
                  .where(repairs.RepairOrder.reported_at >= dt.datetime.combine(
                      end - dt.timedelta(days=20), dt.time()))
                  .order_by(repairs.RepairOrder.reported_at).limit(40))
    if not orders:
        return
    rng = ctx.rng
    picked = rng.sample(orders, min(6, len(orders)))
    placards = work.work_site_signs()
    busy: set[int] = set()
    for n, order in enumerate(sorted(picked, key=lambda o: o.reported_at)):
        up = order.reported_at + dt.timedelta(minutes=rng.randint(20, 90))
        if up.date() > end:
            continue
        text = rng.choice(("正在维修 请勿使用", "小心地滑", "施工中 注意安全"))
        free = [s for s in placards if s.id not in busy]
        sign = free[0] if free and n % 2 else None  # every other one a registry placard
        with clock.running(lambda up=up: up):
            row = work.put_up_work_sign({"sign": sign.id if sign else None,
                                         "text": "" if sign else text,
                                         "place": (order.location or "大堂")[:60],
                                         "order": order.number, "put_up_at": up}, clerk)
        if sign is not None:
            busy.add(sign.id)
        done = work.job_done_at(order.number)
        if done is not None and n != 0:  # the first stays up: shown red
            down = done + dt.timedelta(hours=rng.randint(1, 6))
            if down.date() <= end:
                with clock.running(lambda down=down: down):
                    work.take_down_work_sign(row.id, clerk, at=down)
                busy.discard(row.sign_id)
