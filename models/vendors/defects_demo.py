"""The demo office's defects (整改), made with the real operations under a simulated clock.

The failed items of the demo's sheets already have their defects (the evaluations part
calls ``open_from_evaluation`` when a sheet is submitted); this step handles them as the
office did — most minor faults put right within the hour, a few late; tickets replied to,
re-inspected, now and then failed again — and adds the faults found between the rounds
(some on work tickets) for every vendor. The last days' are still open, a few late.
Deterministic: its own random source, seeded from a string.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import random
from collections.abc import Callable

from .. import clock
from ..demo import DemoContext
from .base import CLEANING, GARBAGE, GREENING, MINOR, PEST, TICKET, Defect, Vendor
from .defects_ops import UNFIXED, fix_minor, mark_late, record_defect, record_reply, reinspect

FAULTS = {
    CLEANING: [("大堂", "地面有污渍未清理"), ("3F卫生间", "垃圾篓满溢，地面有水渍"),
               ("1F玻璃门", "玻璃门有明显手印"), ("B1车库", "车位内有垃圾未清"),
               ("5F走廊", "墙面踢脚线积灰"), ("外围广场", "石材地面大面积污渍，需机洗"),
               ("楼梯间", "楼梯扶手积灰"), ("电梯厅", "不锈钢面板有污迹")],
    GREENING: [("中庭绿地", "草坪杂草未除"), ("南门", "绿篱未按时修剪"),
               ("大堂", "盆栽枯叶未清理"), ("停车场", "树木倒伏未扶正，需吊车")],
    PEST: [("B1车库", "发现鼠迹"), ("员工餐厅", "发现蟑螂"), ("垃圾房", "蚊蝇较多")],
    GARBAGE: [("垃圾房", "垃圾未按时清运"), ("垃圾房", "清运后地面未冲洗"),
              ("北门", "清运车辆滴漏污水")],
}
REPLIES = ["已安排人员处理完毕", "已清理，并加强巡查", "已完成整改，请复查", "已返工处理"]


def _office(at: dt.datetime) -> dt.datetime:
    """The same moment, or the next office hour (8:30–17:30) after it."""
    if at.hour >= 18 or (at.hour == 17 and at.minute > 30):
        return dt.datetime.combine(at.date() + dt.timedelta(days=1), dt.time(8, 40))
    if at.hour < 8:
        return at.replace(hour=8, minute=40)
    return at


class _Queue:
    """Events by time; each runs under the clock set to its moment."""

    def __init__(self, until: dt.datetime) -> None:
        self.events: list[tuple[dt.datetime, int, Callable[[], None]]] = []
        self.seq = itertools.count()
        self.at = dt.datetime.min
        self.until = until

    def add(self, at: dt.datetime, event: Callable[[], None]) -> None:
        if at <= self.until:
            heapq.heappush(self.events, (at, next(self.seq), event))

    def run(self) -> None:
        with clock.running(lambda: self.at):
            while self.events:
                self.at, _n, event = heapq.heappop(self.events)
                event()


def add_defects(ctx: DemoContext) -> None:
    """The sheets' defects handled, faults found between the rounds, the late ones marked."""
    vendors = list(Vendor.select().where(Vendor.active).order_by(Vendor.id))
    if not vendors:
        return  # no vendors yet (the setup part makes them)
    rng = random.Random("vendors.defects demo")
    officers = [u for u in (ctx.users.get(k) for k in ("wenyuan", "wenyuan2", "dangzhi")) if u]
    if not officers:
        return
    until = min(clock.now().replace(microsecond=0),
                dt.datetime.combine(ctx.end, dt.time(17, 30)))
    queue = _Queue(until)

    def handle(defect_id: int, kind: str, found: dt.datetime, due: dt.datetime) -> None:
        by = rng.choice(officers)
        if kind == MINOR:
            minutes = rng.randint(15, 55) if rng.random() < 0.88 else rng.randint(70, 300)
            queue.add(found + dt.timedelta(minutes=minutes),
                      lambda: fix_minor(defect_id, by=by))
            return
        span = (due - found).total_seconds()
        on_time = rng.random() < 0.85
        reply_at = (found + dt.timedelta(seconds=span * rng.uniform(0.3, 0.95)) if on_time
                    else due + dt.timedelta(hours=rng.randint(2, 30)))
        reply_at = _office(reply_at)

        def replied() -> None:
            record_reply(defect_id, rng.choice(REPLIES), by=by)
            check_at = _office(queue.at + dt.timedelta(hours=rng.randint(1, 4)))
            queue.add(check_at, inspected)

        def inspected() -> None:
            if rng.random() < 0.85:
                reinspect(defect_id, True, by=by)
                return
            new_due = dt.datetime.combine(queue.at.date() + dt.timedelta(days=1),
                                          dt.time(17, 0))
            reinspect(defect_id, False, by=by, new_due_at=new_due)
            queue.add(_office(new_due - dt.timedelta(hours=rng.randint(1, 6))), replied)

        queue.add(reply_at, replied)

    for defect in Defect.select().where(Defect.status.in_(UNFIXED)).order_by(Defect.id):
        handle(defect.id, defect.kind, defect.found_at, defect.due_at)

    def found(vendor: Vendor, at: dt.datetime) -> None:
        place, text = rng.choice(FAULTS.get(vendor.kind.name, FAULTS[CLEANING]))
        ticket = rng.random() < 0.35
        due = (dt.datetime.combine(at.date() + dt.timedelta(days=rng.choice((1, 2, 3))),
                                   dt.time(17, 0)) if ticket else None)
        defect = record_defect({"vendor": vendor.id, "kind": TICKET if ticket else MINOR,
                                "place": place, "text": text, "due_at": due},
                               by=rng.choice(officers))
        handle(defect.id, defect.kind, defect.found_at, defect.due_at)

    day = ctx.start
    while day <= ctx.end:
        for vendor in vendors:
            if day.weekday() < 5 and rng.random() < 0.08:
                at = dt.datetime.combine(day, dt.time(rng.randint(9, 15), rng.randint(0, 59)))
                queue.add(at, lambda v=vendor, a=at: found(v, a))
        day += dt.timedelta(days=1)
    queue.run()
    with clock.running(lambda: until):
        mark_late(until)
