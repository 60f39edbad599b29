"""The demo office's suggestions: a few a week from the desk, the box and WeChat (and, from
the calls' demo, those that came by phone), carried through their steps."""

from __future__ import annotations

import datetime as dt
import random

from .. import clock
from ..demo import DemoContext
from ..people import User
from .suggestions_base import (
    SRC_BOX,
    SRC_DESK,
    SRC_SWITCHBOARD,
    SRC_WECHAT,
    SUGGESTION_ACKNOWLEDGED,
    SUGGESTION_CLOSED,
    SUGGESTION_CONFIRMED,
    SUGGESTION_REGISTERED,
    SUGGESTION_SENT,
    Suggestion,
)

TEXTS = ["建议开通无线网络访客账号", "意见：周一早上电梯排队太久", "建议茶水间增加微波炉",
         "意见：洗手间异味", "建议大楼增加雨伞租借", "意见：前台接待等候太久"]
RESULTS = ["已采纳并落实", "已整改完毕", "已答复当事人，暂不具备条件", "已列入下季度计划"]
DEPARTMENTS = ["客服部", "工程部", "秩维部", "清洁部"]


def own_context(ctx: DemoContext, salt: str) -> DemoContext:
    """The context with a random source of the register's own, seeded from the demo's without
    drawing from it: the later areas' demos get the numbers they got before this one."""
    seed = f"{salt}:{ctx.rng.getstate()[1][:16]}"  # a str seed is hashed by sha512: stable
    return DemoContext(random.Random(seed), ctx.users, ctx.start, ctx.end, ctx.extra)


def demo_suggestion(ctx: DemoContext, at: dt.datetime, source: str, person: str, phone: str,
                    room: str, content: str, department: str, clerk: User,
                    now: dt.datetime) -> Suggestion:
    """One suggestion, as far along as the time since ``at`` allows."""
    rng = ctx.rng
    duty = ctx.users["dangzhi"]
    record = Suggestion(received_at=at, entered_at=at + dt.timedelta(minutes=2), source=source,
                        person=person, phone=phone, room=room, content=content,
                        department=department, status=SUGGESTION_REGISTERED,
                        confirm_due=dt.datetime.combine(at.date() + dt.timedelta(days=1),
                                                        dt.time()), created_by=clerk)
    t = at + dt.timedelta(hours=rng.uniform(0.5, 8 if rng.random() < 0.92 else 30))
    for status in (SUGGESTION_CONFIRMED, SUGGESTION_SENT, SUGGESTION_ACKNOWLEDGED,
                   SUGGESTION_CLOSED):
        if t > now:
            break
        record.status = status
        if status == SUGGESTION_CONFIRMED:
            record.confirmed_at, record.confirmed_by = t, duty
        elif status == SUGGESTION_SENT:
            record.sent_at = t
        elif status == SUGGESTION_ACKNOWLEDGED:
            record.ack_name, record.ack_date = ctx.person_name(), t.date()
        else:
            record.result, record.result_at = rng.choice(RESULTS), t
        t += dt.timedelta(hours=rng.uniform(1, 72))
    record.save()
    return record


def add_suggestions(ctx: DemoContext, now: dt.datetime | None = None) -> None:
    """2–4 a week besides those that came by phone."""
    ctx = own_context(ctx, "suggestions")
    rng = ctx.rng
    now = now or (clock.now() if ctx.end == clock.today()
                  else dt.datetime.combine(ctx.end, dt.time(17, 30)))
    clerk = ctx.users["wenyuan"]
    day = ctx.start
    while day <= now.date():
        if day.weekday() < 5 and rng.random() < 0.6:
            at = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=rng.randrange(480))
            if at < now:
                demo_suggestion(ctx, at, rng.choice((SRC_SWITCHBOARD, SRC_DESK, SRC_BOX,
                                                     SRC_WECHAT)),
                                ctx.person_name(), ctx.phone(), "", rng.choice(TEXTS),
                                rng.choice(DEPARTMENTS), clerk, now)
        day += dt.timedelta(days=1)
