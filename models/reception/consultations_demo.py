"""Two years of the demo office's consultations, through the real operations.

A telephone consultation most weeks (a few weeks missed) with three to six customers,
and an on-site one each quarter with six to ten; about half the customers have an
opinion, some are promised an answer a day or three later (a few answered 不满意 first,
then again the next day); most opinions are followed up within days and the manager
reviews most consultations within the week; the last weeks are left open. Its own
random source, seeded from a string; the events run in time order under a simulated clock.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from .. import callbacks, clock
from ..demo import DemoContext
from . import consultations_base as base
from . import consultations_ops as ops

UNITS = ["民事审判庭", "刑事审判庭", "立案庭", "执行局", "办公室", "政治部", "研究室", "档案室",
         "法警支队", "信息技术处", "行政装备处", "审判管理办公室"]
OPINIONS = [
    ("{room}空调制冷效果差", "已通知工程部检修，次日恢复正常", "已解决"),
    ("走廊灯有几盏不亮", "工程部当日更换灯管", "已解决"),
    ("卫生间保洁不够及时", "清洁部增加巡查频次", "已改善"),
    ("希望会议室预约更方便", "已增加电话预约方式", "已落实"),
    ("电梯高峰期等候时间长", "高峰时段安排专人引导", "已改善"),
    ("停车位紧张", "协调地下车库增加临时车位", "部分解决"),
    ("饮水机滤芯该换了", "已更换滤芯", "已解决"),
    ("办公室窗户关不严", "工程部维修窗扣", "已解决"),
    ("绿植长得不好", "安排绿化养护", "已改善"),
    ("前台接待很热情，表示满意", "已转达前台，予以表扬", "已反馈"),
]
WORDS = ["还没处理好，希望尽快", "答复不够具体"]


def add_consultations(ctx: DemoContext) -> None:
    """Two years of consultations (see the docstring), on a random source of their own."""
    shared = ctx.rng
    ctx.rng = random.Random(f"consultations:{shared.getstate()[1][:16]}")
    try:
        _add(ctx)
    finally:
        ctx.rng = shared


def _add(ctx: DemoContext) -> None:
    rng = ctx.rng
    now = clock.now() if ctx.end == clock.today() else dt.datetime.combine(ctx.end,
                                                                           dt.time(17, 30))
    desk = [ctx.users[u] for u in ("wenyuan", "wenyuan2", "dangzhi")]
    manager = ctx.users["jingli"]
    events: list[tuple[dt.datetime, int, Callable[[], None]]] = []
    order = iter(range(10**9))

    def later(when: dt.datetime, action: Callable[[], None]) -> None:
        if when <= now:
            events.append((when, next(order), action))

    monday = ctx.start - dt.timedelta(days=ctx.start.weekday())
    while monday <= now.date():
        if rng.random() < 0.94:  # a few weeks missed
            day = monday + dt.timedelta(days=rng.randrange(1, 4))
            if ctx.start <= day <= now.date():
                _plan(ctx, base.PHONE, day, rng.randrange(3, 7), desk, manager, later)
        if monday.month in (2, 5, 8, 11) and monday.day <= 7:  # mid-quarter, on site
            day = monday + dt.timedelta(days=2)
            if ctx.start <= day <= now.date():
                _plan(ctx, base.ONSITE, day, rng.randrange(6, 11), desk, manager, later)
        monday += dt.timedelta(days=7)
    events.sort(key=lambda e: (e[0], e[1]))
    for when, _n, action in events:
        with clock.running(lambda w=when: w):
            action()


def _plan(ctx, kind, day, count, desk, manager, later) -> None:
    rng = ctx.rng
    clerk = rng.choice(desk)
    held = dt.datetime.combine(day, dt.time(rng.randrange(9, 16), rng.randrange(60)))
    lines, plans = [], []
    for n in range(count):
        room = f"{rng.randrange(3, 23)}{rng.randrange(1, 20):02d}"
        line = {"unit": rng.choice(UNITS), "room": room, "person": ctx.person_name(),
                "phone": ctx.phone(), "opinion": "", "promised_at": None}
        if rng.random() < 0.5:
            text, done, result = rng.choice(OPINIONS)
            line["opinion"] = text.format(room=room)
            if rng.random() < 0.25:
                line["promised_at"] = held + dt.timedelta(days=rng.randrange(1, 4))
            plans.append((n + 1, done, result, line["promised_at"]))
        lines.append(line)
    box: dict = {}
    later(held + dt.timedelta(minutes=40), lambda: box.__setitem__("c", ops.record_consultation(
        {"kind": kind, "held_on": day, "by_name": clerk.full_name}, lines, by=clerk)))
    last, unfollowed = held, False
    for seq, done, result, promised in plans:
        if promised is not None:
            at = promised - dt.timedelta(minutes=rng.randrange(10, 120))
            if rng.random() < 0.1:
                later(at, lambda s=seq: _answer(box, s, callbacks.UNSATISFIED, rng.choice(WORDS),
                                                clerk))
                at += dt.timedelta(days=1)
            verdict = callbacks.SATISFIED if rng.random() < 0.85 else callbacks.BASICALLY_SATISFIED
            later(at, lambda s=seq, v=verdict: _answer(box, s, v, "", clerk))
            last = max(last, at)
        if rng.random() < 0.95:
            at = held + dt.timedelta(hours=rng.randrange(3, 72))
            later(at, lambda s=seq, d=done, r=result: ops.follow_up(
                _line(box, s).id, clerk, d, r))
            last = max(last, at)
        else:
            unfollowed = True  # one left without a follow-up: never reviewed (the promised
            # answers of the other lines are still given: none waits for months)
    if not unfollowed and rng.random() < 0.95:
        review_day = (last + dt.timedelta(days=rng.randrange(1, 6))).date()
        later(dt.datetime.combine(review_day, dt.time(rng.randrange(9, 17), rng.randrange(60))),
              lambda: _review(box, manager))


def _line(box: dict, seq: int) -> base.ConsultationLine:
    return base.ConsultationLine.get((base.ConsultationLine.consultation == box["c"].id)
                                     & (base.ConsultationLine.seq == seq))


def _answer(box: dict, seq: int, verdict: str, words: str, by) -> None:
    ops.answer_line(_line(box, seq).id, by, verdict, words)


def _review(box: dict, manager) -> None:
    if base.get_consultation(box["c"].id).status == base.FOLLOWED:
        ops.review(box["c"].id, manager)
