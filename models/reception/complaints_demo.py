"""Two years of the demo office's complaints, through the real operations.

The phone complaints are the calls demo's 投诉 calls (投诉待登记), each registered from its
call a few minutes after it was taken (the call is 已转投诉 then); the calls of the last
working day are left for the clerk to register. The other channels (信函, 传真, 来人面谈,
微信公众号, 意见箱) add a few of their own. Most are valid, assigned, answered and closed on the
first callback; a few are ruled not valid; a few are major (assigned by the property
director, a demo user this step adds when absent); some are called back 不满意, reopened
and closed on the second callback; a few are late. Deterministic for a seed: the events
are drawn from ctx.rng and run in time order under a simulated clock.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from .. import clock, people
from ..demo import DEMO_PASSWORD, DemoContext
from . import complaints_base as base
from . import complaints_ops as ops
from .calls_base import CALL_TO_REGISTER, Call

DIRECTOR_LOGIN = "zongjian"
DEPARTMENTS = ["工程部", "秩维部", "清洁部", "客服部"]
CASES = [
    ("environment", "sanitation", "清洁部", "{room}门口走廊地面湿滑，保洁未放警示牌", "尽快处理并整改"),
    ("noise", "projects", "工程部", "楼上装修噪音太大，影响办公", "限制施工时间"),
    ("aircon", "repairs", "工程部", "{room}空调报修两天仍未修好", "今天内修好"),
    ("water", "water", "工程部", "{room}卫生间停水未提前通知", "以后提前通知"),
    ("power", "power", "工程部", "{room}办公室突然停电，电脑资料丢失", "查明原因"),
    ("guard", "attitude", "秩维部", "门岗保安态度生硬，不让送货车辆进入", "保安道歉"),
    ("desk", "attitude", "客服部", "前台接电话不耐烦", "加强培训"),
    ("slow", "efficiency", "客服部", "反映的问题三天没人回复", "尽快答复"),
    ("lift", "facilities", "工程部", "电梯经常停在半层，很危险", "彻底检修"),
    ("green", "greening", "清洁部", "楼前绿化带枯死无人补种", "补种绿植"),
    ("fire", "fire", "秩维部", "消防通道堆放杂物", "立即清理"),
    ("parking", "other", "秩维部", "车库车位被外来车辆占用", "加强管理"),
]
# The calls demo's 投诉 calls' words: (nature, department, request).
CALL_CASES = {"楼道卫生不干净": ("sanitation", "清洁部", "尽快打扫干净"),
              "电梯等候时间太长": ("facilities", "工程部", "调整电梯运行时段"),
              "保安态度不好": ("attitude", "秩维部", "保安道歉"),
              "停车收费有异议": ("other", "秩维部", "核实收费")}
# The invented complaints' channels (the phone ones come from the calls) and their rate:
# a complaint on about one working day in eight.
OTHER_CHANNELS = [code for code in base.CHANNELS if code != base.PHONE]
OTHER_RATE = 0.12
REMEDIES = ["已派人当日处理完毕，并向客户致歉", "已安排维修人员上门，问题已解决", "已对当事员工批评教育，向客户道歉",
            "已清理完毕，并安排专人每日巡查"]
CORRECTIONS = ["纳入部门周例会培训内容", "修订巡查制度，每日两次", "建立报修超时提醒", "与施工方约定作业时间"]
WORDS = ["问题还没彻底解决，又出现了", "处理太慢，不满意", "态度还是不好"]
REASONS = ["客户电话无人接听，多次联系", "客户外出，约定稍后联系"]


def _working(day: dt.date) -> bool:
    return day.weekday() < 5


def _office(when: dt.datetime, rng) -> dt.datetime:
    """The same moment if in office hours (8:00–19:00), else the next morning's start."""
    if 8 <= when.hour < 19:
        return when
    day = when.date() if when.hour < 8 else when.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(8, rng.randrange(0, 40)))


def _director(ctx: DemoContext) -> people.User:
    user = ctx.users.get(DIRECTOR_LOGIN) or people.User.get_or_none(
        people.User.login == DIRECTOR_LOGIN)
    if user is None:
        user = people.create_user(DIRECTOR_LOGIN, "吴国栋", DEMO_PASSWORD, {people.DIRECTOR},
                                  by=ctx.users["admin"])
        user.must_change_password = False
        user.save()
    ctx.users[DIRECTOR_LOGIN] = user
    return user


def add_complaints(ctx: DemoContext) -> None:
    """The complaints of the demo's span: its 投诉 calls', and a few by other channels.

    It draws from a random source of its own, seeded from the demo's without advancing
    it, so the areas after it (repairs, the storeroom) draw what they drew before.
    """
    shared = ctx.rng
    # a str seed is hashed by sha512, the same in every process (hash() of the state is not:
    # it holds None, whose hash is its address before Python 3.12)
    ctx.rng = random.Random(f"complaints:{shared.getstate()[1][:16]}")
    try:
        _add(ctx)
    finally:
        ctx.rng = shared


def _add(ctx: DemoContext) -> None:
    rng = ctx.rng
    now = clock.now() if ctx.end == clock.today() else dt.datetime.combine(ctx.end,
                                                                           dt.time(17, 30))
    desk = [ctx.users[u] for u in ("wenyuan", "wenyuan2", "dangzhi")]
    manager, director = ctx.users["jingli"], _director(ctx)
    events: list[tuple[dt.datetime, int, Callable[[], None]]] = []
    order = iter(range(10**9))

    def later(when: dt.datetime, action: Callable[[], None]) -> None:
        if when <= now:
            events.append((when, next(order), action))

    last_working = now.date()
    while not _working(last_working):
        last_working -= dt.timedelta(days=1)
    calls = _calls_by_day(ctx.start, last_working)
    day = ctx.start
    while day <= now.date():
        for call in calls.get(day, ()):
            clerk = next((u for u in desk if u.id == call.taken_by_id), None) or rng.choice(desk)
            nature, department, request = CALL_CASES.get(call.content,
                                                         ("other", "客服部", "尽快处理"))
            values = {**ops.complaint_values_from_call(call), "nature": nature,
                      "request": request, "level": _level(rng)}
            _plan(ctx, values, department, call.id, clerk,
                  call.entered_at + dt.timedelta(minutes=rng.randrange(2, 6)),
                  desk, manager, director, later)
        if _working(day) and rng.random() < OTHER_RATE:
            _key, nature, department, text, request = rng.choice(CASES)
            room = f"{rng.randrange(3, 23)}{rng.randrange(1, 20):02d}"
            received = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.randrange(60)))
            values = {"received_at": received, "channel": rng.choice(OTHER_CHANNELS),
                      "customer": ctx.person_name(), "unit": "", "room": room,
                      "phone": ctx.phone(), "nature": nature,
                      "summary": text.format(room=room), "request": request,
                      "level": _level(rng)}
            _plan(ctx, values, department, None, rng.choice(desk),
                  received + dt.timedelta(minutes=rng.randrange(2, 6)), desk, manager, director,
                  later)
        day += dt.timedelta(days=1)
    events.sort(key=lambda e: (e[0], e[1]))
    for when, _n, action in events:
        with clock.running(lambda w=when: w):
            action()


def _calls_by_day(start: dt.date, before: dt.date) -> dict[dt.date, list]:
    """The 投诉 calls still to register taken from ``start`` to the day before ``before``."""
    out: dict[dt.date, list] = {}
    for call in (Call.select().where((Call.status == CALL_TO_REGISTER)
                                     & (Call.called_at >= dt.datetime.combine(start, dt.time()))
                                     & (Call.called_at < dt.datetime.combine(before, dt.time())))
                 .order_by(Call.called_at, Call.id)):
        out.setdefault(call.called_at.date(), []).append(call)
    return out


def _level(rng) -> str:
    return base.MAJOR if rng.random() < 0.02 else base.URGENT if rng.random() < 0.1 \
        else base.ORDINARY


def _plan(ctx, values, department, call_id, clerk, registered, desk, manager, director,
          later) -> None:
    """One complaint's events from its registering (from its call, if ``call_id``) on."""
    rng = ctx.rng
    received, level = values["received_at"], values["level"]
    box: dict = {}

    def step(at: dt.datetime, action: Callable[[], None]) -> None:
        later(at, action)

    t = registered
    step(t, lambda: box.__setitem__("c", ops.register_complaint(values, by=clerk,
                                                                call_id=call_id)))
    t += dt.timedelta(minutes=rng.randrange(3, 12))  # reported to the manager at once
    if rng.random() < 0.08:
        step(t, lambda: ops.judge(box["c"].id, manager, False, "经核实非物业服务范围，已向客户解释"))
        return
    step(t, lambda: ops.judge(box["c"].id, manager, True))
    t += dt.timedelta(minutes=rng.randrange(1, 5))
    responsible = ctx.person_name()
    step(t, lambda: ops.assign(box["c"].id, director if level == base.MAJOR else manager,
                               department, responsible))
    t += dt.timedelta(minutes=rng.randrange(1, 5))
    step(t, lambda: ops.sign_for(box["c"].id, rng.choice(desk), responsible))
    late = rng.random() < 0.08
    contact = (max(received + dt.timedelta(minutes=rng.randrange(35, 200)),
                   t + dt.timedelta(minutes=1)) if late
               else t + dt.timedelta(minutes=rng.randrange(1, 8)))
    step(contact, lambda: ops.record_contact(
        box["c"].id, rng.choice(desk), reason=rng.choice(REASONS)
        if clock.now() > box["c"].contact_due else ""))
    rounds = 2 if rng.random() < 0.12 else 1
    at = contact
    for n in range(rounds):
        at = _office(at + dt.timedelta(hours=rng.choice((2, 5, 20, 26, 50, 80 if late else 30))),
                     rng)
        step(at, lambda: ops.answer_remedy(box["c"].id, rng.choice(desk), rng.choice(REMEDIES),
                                           rng.choice(CORRECTIONS),
                                           clock.today() + dt.timedelta(days=7)))
        at = _office(at + dt.timedelta(hours=rng.randrange(1, 6)), rng)
        step(at, lambda: ops.mark_done(box["c"].id, rng.choice(desk)))
        at += dt.timedelta(minutes=rng.randrange(30, 300))
        if n + 1 < rounds:
            step(at, lambda: ops.call_back(box["c"].id, rng.choice(desk), base.DISSATISFIED,
                                           rng.choice(WORDS)))
        else:
            verdict = base.SATISFIED if rng.random() < 0.75 else base.FAIRLY
            step(at, lambda v=verdict: ops.call_back(box["c"].id, rng.choice(desk), v,
                                                     "问题已解决", assessment="处理及时，客户认可"))
