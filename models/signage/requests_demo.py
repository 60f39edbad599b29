"""Two years of the demo office's sign requests, made with the real operations.

Every week brings a request or three from the departments: a new office sign,
a meeting room renamed, a warning sign, now and then the replacement of a worn
sign on the wall. Most are approved, made and installed within a fortnight;
some are rejected (with the reason) or cancelled; the last weeks' are still on
their way (submitted, approved, in production), a few of them late. Events run
in time order under a simulated clock (models.clock.running), so the numbers,
the audit trail and the registry are as the clerks would have left them.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Callable
from typing import Any

from .. import clock
from ..demo import DemoContext
from ..people import Department
from .base import IN_USE, Sign, SignKind

WANTS = [  # (kind, text, size, reason)
    ("办公室", "{dep} 综合办公室", "300×100mm", "新设办公室，门口需要门牌"),
    ("办公室", "{dep} 主任室", "300×100mm", "人员调整，办公室改为主任室"),
    ("会议室", "第{n}会议室", "300×120mm", "会议室重新编号"),
    ("会议室", "视频会议室", "300×120mm", "新建视频会议室"),
    ("警示", "小心地滑", "400×300mm", "雨天大堂地面湿滑"),
    ("警示", "请勿倚靠", "300×200mm", "玻璃护栏需要提示"),
    ("其他", "请保持安静", "300×200mm", "阅览区需要提示牌"),
    ("其他", "无障碍通道", "400×300mm", "无障碍通道入口没有指示"),
    ("消防疏散图", "{floor}层消防疏散示意图", "A3", "楼层布局调整，疏散图需更新"),
    ("机房重地", "机房重地 闲人免进", "300×200mm", "新设弱电间"),
]
DEPARTMENTS = ("财务部", "行政部", "客服部", "工程部", "秩维部", "清洁部")
REJECTIONS = ["该位置已有同类标识，无需重复设置", "内容不符合大厦标识统一规范，请修改后重新申请",
              "临时需求，请使用可移动提示牌"]
CANCELS = ["部门撤回申请", "办公室调整计划取消", "已与其他申请合并"]
MAKERS = ["李晓燕", "陈静", "标识公司 刘师傅"]
REPLACE_REASONS = ["标识褪色，字迹不清", "标识破损", "部门更名，内容需更新", "标识松动脱落"]


class _Queue:
    """Events by time; each runs under the clock set to its moment."""

    def __init__(self) -> None:
        self.events: list[tuple[dt.datetime, int, Callable[[], None]]] = []
        self.seq = itertools.count()
        self.at = dt.datetime.min

    def add(self, at: dt.datetime, event: Callable[[], None]) -> None:
        heapq.heappush(self.events, (_working(at), next(self.seq), event))

    def run(self, until: dt.datetime) -> None:
        with clock.running(lambda: self.at):
            while self.events and self.events[0][0] <= until:
                self.at, _n, event = heapq.heappop(self.events)
                event()


def _working(at: dt.datetime) -> dt.datetime:
    """The same moment, or the next working hour (9:00–17:00) after it."""
    if at.hour >= 17:
        at = dt.datetime.combine(at.date() + dt.timedelta(days=1), dt.time(9, at.minute))
    elif at.hour < 9:
        at = at.replace(hour=9)
    return at


def _moment(day: dt.date, rng, hour_from: int = 9, hour_to: int = 16) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(hour_from, hour_to),
                                            rng.randint(0, 59)))


def demo_requests(ctx: DemoContext, ops: Any) -> None:
    """``ops``: the requests part's operations (signage.requests, which imports this module)."""
    rng = ctx.rng
    clerks = [ctx.users["wenyuan"], ctx.users["wenyuan2"]]
    manager = ctx.users["jingli"]
    deps = {d.name: d.id for d in Department.select()}
    kinds = {k.name: k.id for k in SignKind.select()}
    end = dt.datetime.combine(ctx.end, dt.time(17, 30))
    queue = _Queue()
    replaced: set[int] = set()
    sign_ids = [s.id for s in Sign.select(Sign.id).where(Sign.state == IN_USE).order_by(Sign.id)]

    def life(request_id: int, start: dt.datetime) -> None:
        """Schedule what happens to a draft after ``start``."""
        clerk = rng.choice(clerks)
        fate = rng.random()
        t = start + dt.timedelta(hours=rng.randint(1, 20))
        if fate < 0.03:
            queue.add(t, lambda: ops.cancel_request(request_id, rng.choice(CANCELS), by=clerk))
            return
        queue.add(t, lambda: ops.submit_request(request_id, by=clerk))
        t += dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5))
        if fate < 0.10:
            queue.add(t, lambda: ops.reject_request(request_id, rng.choice(REJECTIONS), by=manager))
            return
        queue.add(t, lambda: ops.approve_request(request_id, by=manager))
        if fate < 0.13:
            t += dt.timedelta(days=rng.randint(1, 4))
            queue.add(t, lambda: ops.cancel_request(request_id, rng.choice(CANCELS), by=manager))
            return
        t += dt.timedelta(days=rng.randint(0, 2), hours=rng.randint(1, 4))
        queue.add(t, lambda: ops.start_production(request_id, by=clerk))
        t += dt.timedelta(days=rng.randint(2, 12))
        day = t.date()
        queue.add(t, lambda: ops.install_request(request_id, installed_on=day,
                                             installed_by=rng.choice(MAKERS), by=clerk))

    day = ctx.start + dt.timedelta(days=7)
    n = 0
    while day <= ctx.end:
        recent = (ctx.end - day).days < 35
        for _ in range(rng.choice((2, 3) if recent else (0, 1, 1, 2, 2, 3))):
            at = _moment(day + dt.timedelta(days=rng.randint(0, 4)), rng)
            if at > end:
                continue
            clerk = rng.choice(clerks)
            n += 1
            if rng.random() < 0.2 and sign_ids:
                sign_id = rng.choice(sign_ids)
                if sign_id in replaced:
                    continue
                replaced.add(sign_id)

                def replace(sign_id=sign_id, at=at, clerk=clerk) -> None:
                    request = ops.request_replacement(
                        sign_id, by=clerk, reason=rng.choice(REPLACE_REASONS),
                        needed_by=(at + dt.timedelta(days=14)).date())
                    life(request.id, at)
                queue.add(at, replace)
                continue
            kind, text, size, reason = rng.choice(WANTS)
            dep = rng.choice(DEPARTMENTS)
            building = rng.choice(("A座", "B座"))
            floor = rng.randint(1, 15 if building == "A座" else 10)
            values = {
                "date": at.date(), "department": deps[dep], "applicant": ctx.person_name(),
                "kind": kinds[kind], "text": text.format(dep=dep, n=rng.randint(1, 12),
                                                         floor=floor),
                "quantity": rng.choice((1, 1, 1, 2)), "size": size, "building": building,
                "floor": f"{floor}F", "room": f"{floor}{rng.randint(1, 20):02d}",
                "reason": reason,
                "needed_by": (at + dt.timedelta(days=rng.choice((7, 10, 14, 21)))).date(),
            }

            def create(values=values, at=at, clerk=clerk) -> None:
                request = ops.save_request(values, by=clerk)
                life(request.id, at)
            queue.add(at, create)
        day += dt.timedelta(days=7)
    queue.run(end)
