"""Two years of the demo office's lost and found, through the real operations.

A few items found a week (more on working days), most signed for at once, some handed in
by a department and signed for later; owners who lost something report it (some before
the item turns up, some never find it); most items are claimed within weeks against an
ID; each month the manager disposes of part of what outlived the period. Deterministic
for a seed: the events are drawn from ctx.rng and run in time order under a simulated
clock (models.clock.running).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from .. import clock
from ..demo import DemoContext
from . import lostfound_base as base
from . import lostfound_ops as ops
from .lostfound_base import FoundItem

# (name, styles, models, value range in yuan)
ITEMS = [
    ("钱包", ["黑色真皮", "棕色长款", "红色短款"], ["", "七匹狼", "COACH"], (50, 600)),
    ("手机", ["黑色", "白色", "金色"], ["华为Mate60", "iPhone 14", "小米13", "OPPO Reno"],
     (800, 6000)),
    ("钥匙", ["一串三把", "带门禁卡", "带小熊挂件"], [""], (0, 20)),
    ("雨伞", ["黑色长柄", "蓝色折叠", "透明"], ["", "天堂伞"], (10, 80)),
    ("工牌", ["蓝色挂绳", "红色挂绳"], [""], (0, 10)),
    ("身份证", ["二代证"], [""], (0, 0)),
    ("水杯", ["不锈钢保温杯", "玻璃杯"], ["膳魔师", "象印", ""], (30, 300)),
    ("耳机", ["白色无线", "黑色头戴"], ["AirPods Pro", "索尼WH-1000XM5", "华为FreeBuds"],
     (200, 2000)),
    ("眼镜", ["黑框", "金属框"], ["", "暴龙"], (100, 1500)),
    ("笔记本电脑", ["银色", "深灰色"], ["联想ThinkPad", "MacBook Air", "华为MateBook"],
     (3000, 9000)),
    ("充电宝", ["白色", "黑色"], ["小米", "罗马仕"], (50, 200)),
    ("U盘", ["金属", "塑料"], ["闪迪32G", "金士顿64G"], (20, 100)),
    ("手提包", ["黑色皮质", "米色帆布"], ["", "MK"], (100, 3000)),
    ("文件袋", ["牛皮纸", "透明"], [""], (0, 0)),
    ("外套", ["深蓝色", "灰色羽绒"], ["", "波司登"], (200, 1500)),
]
PLACES = ["A座1楼大堂", "B座5楼茶水间", "3楼男卫生间", "12楼女卫生间", "地下车库B1层", "2楼大会议室",
          "1楼员工餐厅", "电梯轿厢", "大门岗", "A座消防楼梯间", "B座8楼走廊", "停车场出口"]
STORAGE = ["客服部失物柜A格", "客服部失物柜B格", "客服部保险柜", "客服部储物间"]
COMPANIES = ["财务部", "人事部", "行政部", "市场部", "信息中心", "星河科技有限公司", "华信律师事务所",
             "中盛投资有限公司", "博远咨询有限公司", "宏达贸易有限公司"]
STAFF_FINDERS = ["保洁员王秀兰", "保洁员刘桂芳", "秩维员张伟", "秩维员李强", "秩维员赵磊", "工程部孙立新"]
ANSWERS = ["已电话告知失主暂未找到，如有消息再联系", "已回复失主：各部门协助查找未果", "失主表示不再需要查找"]
DISPOSALS = ["超过保管期限无人认领，登记后交公司统一处理", "无价值物品，经理确认后销毁",
             "超过保管期限，捐赠公益组织"]


def _working(day: dt.date) -> bool:
    return day.weekday() < 5


def _at(day: dt.date, rng, start: int = 8, end: int = 18) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randrange(start, end), rng.randrange(60)))


def add_lost_and_found(ctx: DemoContext) -> None:
    """2–5 found items a week, loss reports, claims, monthly disposals (see the docstring)."""
    rng = ctx.rng
    now = clock.now() if ctx.end == clock.today() else dt.datetime.combine(ctx.end,
                                                                           dt.time(17, 30))
    desk = [ctx.users[u] for u in ("wenyuan", "wenyuan2", "wenyuan", "dangzhi")]
    manager = ctx.users["jingli"]
    events: list[tuple[dt.datetime, int, Callable[[], None]]] = []
    order = iter(range(10**9))
    items: dict[int, FoundItem] = {}

    def later(when: dt.datetime, action: Callable[[], None]) -> None:
        if when <= now:
            events.append((when, next(order), action))

    day, key = ctx.start, 0
    while day <= now.date():
        if rng.random() < (0.55 if _working(day) else 0.2):
            for _ in range(rng.choice((1, 1, 1, 2))):
                key += 1
                _plan_item(ctx, key, day, desk, items, later)
        if day.day == 1:
            later(dt.datetime.combine(day, dt.time(10, 0)),
                  lambda d=day: _dispose_old(ctx, d, manager))
        day += dt.timedelta(days=1)
    for i in range(rng.randrange(40, 60)):  # losses never found: answered within days
        day = ctx.start + dt.timedelta(days=rng.randrange((now.date() - ctx.start).days or 1))
        report = _loss_values(ctx, rng.choice(ITEMS), day)
        told = report["lost_at"] + dt.timedelta(days=rng.randrange(3, 11))
        taker, teller, words = rng.choice(desk), rng.choice(desk), rng.choice(ANSWERS)
        later(report["lost_at"] + dt.timedelta(hours=2),
              lambda r=report, k=("lost", i), u=taker:
              items.__setitem__(k, ops.report_loss(r, by=u)))
        later(told, lambda k=("lost", i), u=teller, a=words: _answer(items[k].id, a, u))
    events.sort(key=lambda e: (e[0], e[1]))
    for when, _n, action in events:
        with clock.running(lambda w=when: w):
            action()


def _loss_values(ctx: DemoContext, kind, day: dt.date, owner: str | None = None) -> dict:
    rng = ctx.rng
    name, styles, models, _value = kind
    return {"company": rng.choice(COMPANIES), "phone": ctx.phone(),
            "room": f"{rng.randrange(3, 23)}{rng.randrange(1, 20):02d}",
            "owner": owner or ctx.person_name(), "lost_at": _at(day, rng),
            "place": rng.choice(PLACES), "item_name": name, "style": rng.choice(styles),
            "model": rng.choice(models)}


def _answer(report_id: int, text: str, by) -> None:
    if base.get_loss_report(report_id).status == base.REPORTED:
        ops.answer(report_id, text, by=by)


def _plan_item(ctx: DemoContext, key: int, day: dt.date, desk, items, later) -> None:
    rng = ctx.rng
    kind = rng.choice(ITEMS)
    name, styles, models, (low, high) = kind
    found_at = _at(day, rng, 7, 20)
    staff = rng.random() < 0.6
    signed_at_once = rng.random() < 0.85
    clerk = rng.choice(desk)
    values = {
        "found_on": day, "place": rng.choice(PLACES), "item_name": name,
        "style": rng.choice(styles), "model": rng.choice(models),
        "quantity": 1 if rng.random() < 0.93 else rng.randrange(2, 4),
        "finder": rng.choice(STAFF_FINDERS) if staff else ctx.person_name(),
        "finder_phone": "" if staff and rng.random() < 0.5 else ctx.phone(),
        "finder_is_staff": staff,
        "value": Decimal(rng.randrange(low, high + 1)) if high else Decimal(0),
        "storage": rng.choice(STORAGE),
    }
    if signed_at_once:
        values["handed_to"] = clerk.full_name
    else:
        values["storage"] = ""
    later(found_at + dt.timedelta(minutes=20),
          lambda: items.__setitem__(key, ops.register_found(values, by=clerk)))
    if not signed_at_once:
        later(_at(day + dt.timedelta(days=1), rng, 8, 12),
              lambda: ops.sign_for(items[key].id, by=rng.choice(desk),
                                   storage=rng.choice(STORAGE)))
    fate = rng.random()
    if fate < 0.65:  # claimed; the owner reported it first half the time
        owner = ctx.person_name()
        loss = None
        if rng.random() < 0.5:
            loss = _loss_values(ctx, kind, day - dt.timedelta(days=rng.randrange(0, 3)), owner)
            loss["item_name"] = name
            if loss["lost_at"] < found_at:
                later(loss["lost_at"] + dt.timedelta(hours=1),
                      lambda: items.__setitem__(("loss", key), ops.report_loss(
                          loss, by=rng.choice(desk))))
        wait = rng.choice((0, 1, 1, 2, 3, 5, 8, 14, 30, 60))
        claimed_at = _at(day + dt.timedelta(days=wait + (0 if signed_at_once else 2)), rng, 9, 18)
        if claimed_at < found_at + dt.timedelta(hours=1):  # found late: the owner comes next day
            claimed_at = _at(claimed_at.date() + dt.timedelta(days=1), rng, 9, 18)
        id_card = "".join(rng.choice("0123456789") for _ in range(17)) + rng.choice("0123456789X")

        phone = loss["phone"] if loss else ctx.phone()

        def _claim(owner=owner, phone=phone, id_card=id_card):
            item = items[key]
            report = items.get(("loss", key))
            if base.get_found_item(item.id).status != base.UNCLAIMED:
                return
            ops.claim(item.id, {"owner": owner, "id_type": base.ID_CARD, "id_number": id_card,
                                "phone": phone,
                                "loss_report": report.id if report else None},
                      by=rng.choice(desk))

        later(claimed_at, _claim)


def _dispose_old(ctx: DemoContext, day: dt.date, manager) -> None:
    """The manager's monthly round: most items past the period are disposed of."""
    for item in FoundItem.select().where(FoundItem.status == base.UNCLAIMED).order_by(
            FoundItem.found_on):
        if base.disposable_from(item) <= day and ctx.rng.random() < 0.8:
            ops.dispose(item.id, ctx.rng.choice(DISPOSALS), by=manager)
