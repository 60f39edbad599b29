"""The demo office's satisfaction surveys: two a year (sent out in May and November) over
the demo's span, 60–120 forms back each, through the real operations.

Each item has a base level of satisfaction that drifts a little from survey to survey
(the repair service and the sanitation improve, the special services wobble), so the
comparison with the previous survey shows plausible ups and downs. Its own random
source, seeded from a string.
"""

from __future__ import annotations

import datetime as dt
import random

from .. import clock
from ..demo import DemoContext
from . import surveys_base as base
from . import surveys_ops as ops

COMPANIES = ["财务部", "人事部", "行政部", "法务部", "市场部", "信息中心", "星河科技有限公司",
             "华信律师事务所", "中联会计师事务所", "东方保险代理"]
OPINIONS = ["电梯高峰期等待时间太长", "卫生间保洁次数希望增加", "报修响应比以前快了，满意",
            "停车场照明不足", "前台服务热情，表扬", "空调温度偏高", "绿化带需要补种",
            "停水停电请提前通知", "希望增加快递代收服务", "消防演练可以再多一些",
            "维修师傅很专业", "夜间保安巡逻要加强", "茶水间设施老化"]
# (the item's base 满意 share, its drift per survey), in surveys_base.ITEMS order
BASE = [(0.62, 0.00), (0.60, 0.01), (0.66, 0.00), (0.48, 0.03), (0.52, 0.01),
        (0.50, 0.00), (0.45, 0.035), (0.55, -0.01), (0.50, 0.005), (0.64, 0.01)]


def _rating(rng: random.Random, good: float) -> str:
    roll = rng.random()
    if roll < 0.04:
        return base.UNANSWERED
    roll = rng.random()
    if roll < good:
        return base.SATISFIED
    if roll < good + (1 - good) * 0.7:
        return base.FAIRLY
    return base.DISSATISFIED


def add_surveys(ctx: DemoContext) -> None:
    """Two surveys a year over the demo's span; the last one open if still being entered."""
    rng = random.Random(f"surveys:{ctx.start}:{ctx.end}")
    manager = ctx.users["jingli"]
    desk = [ctx.users[u] for u in ("wenyuan", "wenyuan2", "dangzhi")]
    today = ctx.end
    rounds = 0
    for year in range(ctx.start.year, ctx.end.year + 1):
        for half, month in ((1, 5), (2, 11)):
            sent = dt.date(year, month, 10)
            if sent < ctx.start or sent > today:
                continue
            at = dt.datetime.combine(sent, dt.time(9, 0))
            with clock.running(lambda at=at: at):
                survey = ops.create_survey({
                    "title": f"{year}年{'上' if half == 1 else '下'}半年客户满意度调查",
                    "year": year, "half": half, "sent_on": sent,
                    "forms_sent": rng.randint(110, 140)}, by=manager)
                ops.open_survey(survey.id, by=manager)
            returned = min(rng.randint(60, 120), survey.forms_sent)
            rows = []
            for _ in range(returned):
                ratings = "".join(_rating(rng, min(0.9, b + d * rounds + rng.gauss(0, 0.02)))
                                  for b, d in BASE)
                wrote = rng.random() < 0.25
                rows.append({"company": rng.choice(COMPANIES) if rng.random() < 0.7 else "",
                             "room": f"{rng.randint(3, 18)}{rng.randint(1, 20):02d}"
                             if rng.random() < 0.5 else "",
                             "ratings": ratings,
                             "opinion": rng.choice(OPINIONS) if wrote else ""})
            for batch in range(0, returned, 40):
                day = sent + dt.timedelta(days=7 + batch // 40 * 3)
                if day > today:
                    break
                at = dt.datetime.combine(day, dt.time(14, 0))
                with clock.running(lambda at=at: at):
                    ops.save_forms(survey.id, rows[batch:batch + 40],
                                   by=desk[batch // 40 % len(desk)])
            close_on = sent + dt.timedelta(days=25)
            if close_on <= today:
                at = dt.datetime.combine(close_on, dt.time(16, 0))
                with clock.running(lambda at=at: at):
                    ops.close_survey(survey.id, by=manager,
                                     remarks="请工程部、清洁部针对不满意项目一个月内提出整改措施")
            rounds += 1
