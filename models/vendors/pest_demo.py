"""Two years of the demo office's pest control, made with the real operations.

The contractor treats the public areas and offices twice a month, in the evening
after office hours; now and then a treatment does not happen (cancelled: the month
is short of one). The office staff ask for a treatment every few weeks (a working
day ahead). Each treatment is called back within two working days through the one
callback queue; a few are 不满意 and redone the next working day. The density report
comes every half-year, one of them weeks late. The last days' treatments are still
waiting for their callbacks and the rest of this month's are planned.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import random
from collections.abc import Callable

from .. import callbacks, clock
from .base import PEST, PestTreatment, Vendor, VendorKind
from .pest_calendar import next_working_day, set_calendar, working_days_after
from .pest_density import half_bounds, half_of, record_density_report
from .pest_lists import months_of
from .pest_ops import (
    AREAS,
    cancel_treatment,
    pest_vendors,
    plan_treatment,
    record_treatment,
    request_treatment,
)

VENDOR_NAME = "绿城病媒生物防治有限公司"
AGENTS = ["溴氰菊酯 2.5% 喷雾", "高效氯氰菊酯 4.5% 喷雾", "氟虫腈胶饵（蟑螂）", "溴敌隆毒饵（鼠）",
          "吡虫啉颗粒（苍蝇）", "右旋苯醚氰菊酯 烟雾"]
OPERATORS = ["郑海涛", "罗建军", "何志明"]
SIGNERS = ["绿城 马经理", "绿城 马经理", "绿城 队长 唐勇"]
ASKS = [("财务部 张会计", "财务部办公室发现蟑螂"), ("行政部 王主任", "行政部茶水间有蚂蚁"),
        ("工程部 李工", "地下室配电房附近有老鼠痕迹"), ("客服部 陈静", "前台附近蚊子较多"),
        ("秩维部 刘队长", "值班室发现蟑螂")]
UNHAPPY = ["施药后两天仍有蟑螂出没", "茶水间蚂蚁没有减少", "药味太重，且效果不明显"]
CANCELS = ["承包商当晚人员不足，改期", "大厦当晚有活动，改期"]


def _holidays(start: dt.date, end: dt.date) -> list[dt.date]:
    """A plausible office calendar: New Year, Labour Day and National Day weeks."""
    days = []
    for year in range(start.year, end.year + 1):
        days += [dt.date(year, 1, 1), *(dt.date(year, 5, d) for d in (1, 2, 3)),
                 *(dt.date(year, 10, d) for d in range(1, 8))]
    return [d for d in days if d.weekday() < 5]


def _vendor(ctx) -> Vendor:
    """The setup part's pest-control vendor, or one made here when setup made none."""
    found = pest_vendors()
    if found:
        return found[0]
    kind, _ = VendorKind.get_or_create(name=PEST)
    return Vendor.create(name=VENDOR_NAME, kind=kind, contact="马经理", phone="13907551234",
                         lead="马经理",
                         created_at=dt.datetime.combine(ctx.start, dt.time(9)))


class _Queue:
    """Events by time; each runs under the clock set to its moment."""

    def __init__(self) -> None:
        self.events: list[tuple[dt.datetime, int, Callable[[], None]]] = []
        self.seq = itertools.count()
        self.at = dt.datetime.min

    def add(self, at: dt.datetime, event: Callable[[], None]) -> None:
        heapq.heappush(self.events, (at, next(self.seq), event))

    def run(self, until: dt.datetime) -> None:
        with clock.running(lambda: self.at):
            while self.events and self.events[0][0] <= until:
                self.at, _n, event = heapq.heappop(self.events)
                event()


def _evening(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(18, 20), rng.choice((0, 15, 30, 45))))


def _desk(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(9, 16), rng.randint(0, 59)))


def add_pest_control(ctx) -> None:
    """The demo's treatments, callbacks and density reports (see the module docstring)."""
    rng = random.Random(f"pest-control:{ctx.start}:{ctx.end}")
    clerks = [ctx.users["wenyuan"], ctx.users.get("wenyuan2", ctx.users["wenyuan"])]
    manager = ctx.users["jingli"]
    vendor = _vendor(ctx)
    now = clock.now() if ctx.end == clock.today() else dt.datetime.combine(ctx.end,
                                                                           dt.time(21, 0))
    queue = _Queue()
    queue.add(dt.datetime.combine(ctx.start, dt.time(9)), lambda: set_calendar(
        holidays=_holidays(ctx.start, ctx.end + dt.timedelta(days=60)), by=manager))

    def call_back(treatment_id: int, done: dt.datetime, redo_depth: int) -> None:
        day = working_days_after(done.date(), rng.choice((1, 1, 2)))
        at = _desk(day, rng)
        unhappy = redo_depth == 0 and rng.random() < 0.08
        if at.date() >= ctx.end:  # the last days' treatments still wait in the queue
            return

        def make() -> None:
            verdict = callbacks.UNSATISFIED if unhappy else rng.choice(
                (callbacks.SATISFIED,) * 4 + (callbacks.BASICALLY_SATISFIED,))
            callbacks.record_callback("pest", treatment_id, {
                "verdict": verdict, "words": rng.choice(UNHAPPY) if unhappy else "",
                "person": rng.choice(ASKS)[0], "made_at": at}, by=rng.choice(clerks))
            if unhappy:
                redo = (PestTreatment.select().where(PestTreatment.redo_of == treatment_id)
                        .get())
                do(redo.id, redo.planned_on, redo_depth + 1)
        queue.add(at, make)

    def do(treatment_id: int, day: dt.date, redo_depth: int = 0) -> None:
        done = _evening(day, rng)

        def make() -> None:
            record_treatment(treatment_id, {
                "done_at": done, "agent": rng.choice(AGENTS), "operator": rng.choice(OPERATORS),
                "signed_by": rng.choice(SIGNERS)}, by=rng.choice(clerks))
            call_back(treatment_id, done, redo_depth)
        queue.add(done + dt.timedelta(minutes=50), make)

    def plan(day: dt.date, planned_at: dt.datetime) -> None:
        def make() -> None:
            t = plan_treatment({"vendor": vendor.id, "planned_on": day, "areas": AREAS},
                               by=rng.choice(clerks))
            if rng.random() < 0.04:
                queue.add(_desk(day, rng), lambda: cancel_treatment(
                    t.id, rng.choice(CANCELS), by=rng.choice(clerks)))
            else:
                do(t.id, day)
        queue.add(planned_at, make)

    # twice a month, planned at the month's start (the 1st working day)
    month_end = (ctx.end.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    for first, last in months_of(ctx.start.replace(day=1), month_end - dt.timedelta(days=1)):
        planned_at = _desk(first if first >= ctx.start else ctx.start, rng)
        for lo, hi in ((3, 13), (16, 27)):
            day = first + dt.timedelta(days=rng.randint(lo, hi) - 1)
            day = day if day.weekday() < 5 else next_working_day(day)
            if day > last:
                day = last
            if day >= planned_at.date():
                plan(day, planned_at)

    # asked for, every few weeks
    day = ctx.start + dt.timedelta(days=rng.randint(5, 20))
    while day <= ctx.end:
        asked = _desk(day, rng)
        who, what = rng.choice(ASKS)

        def ask(asked=asked, who=who, what=what) -> None:
            on = working_days_after(asked.date(), rng.choice((1, 1, 2)))
            t = request_treatment({"vendor": vendor.id, "requested_at": asked,
                                   "requested_by": who, "request_text": what,
                                   "planned_on": on, "areas": AREAS[1:]},
                                  by=rng.choice(clerks))
            do(t.id, on)
        queue.add(asked, ask)
        day += dt.timedelta(days=rng.randint(18, 45))

    # the last request, done yesterday evening: its callback is due
    last_day = working_days_after(ctx.end - dt.timedelta(days=7), 0)
    while working_days_after(last_day, 2) <= ctx.end:
        last_day = working_days_after(last_day, 1)
    asked_last = _desk(last_day, rng)

    def ask_last() -> None:
        on = next_working_day(asked_last.date())
        t = request_treatment({"vendor": vendor.id, "requested_at": asked_last,
                               "requested_by": ASKS[0][0], "request_text": ASKS[0][1],
                               "planned_on": on, "areas": AREAS[1:]}, by=clerks[0])
        do(t.id, on)
    queue.add(asked_last, ask_last)

    # the density report: in the half's last fortnight, one of them weeks late
    halves, half = [], half_of(ctx.start)
    while half_bounds(half)[1] < ctx.end:
        halves.append(half)
        half = f"{half[:4]}H2" if half[5] == "1" else f"{int(half[:4]) + 1}H1"
    late = halves[len(halves) // 2] if halves else None
    for half in halves:
        end = half_bounds(half)[1]
        got = end + dt.timedelta(days=rng.randint(25, 40)) if half == late else \
            end - dt.timedelta(days=rng.randint(2, 14))
        got = min(got, ctx.end)
        queue.add(_desk(got, rng), lambda half=half, got=got: record_density_report({
            "vendor": vendor.id, "half": half, "received_on": got,
            "summary": "鼠、蟑螂、蚊、蝇密度均符合国家卫生标准（GB/T 27770-27773）；"
                       "地下车库蚊密度偏高，已加强处理。"}, by=rng.choice(clerks)))
    queue.run(now)
