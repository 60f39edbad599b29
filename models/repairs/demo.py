"""Two years of the demo office's repair orders, in every state.

The lifecycle is simulated in Python with the operations' rules and written in
bulk (orders, timeline events, audit rows and number counters together), so
that the demo builds in seconds; `main.py check` verifies the result.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field

from .. import audit, callbacks_demo, clock
from ..db import database
from ..demo import DemoContext
from ..numbering import DocumentCounter, format_number
from . import base, callback_source
from .base import RepairCategory, RepairEvent, RepairOrder

COMPANIES = {  # department or tenant → floor
    "财务部": 12, "人事部": 11, "行政部": 10, "法务部": 11, "市场部": 9, "信息中心": 8,
    "总经理办公室": 15, "审计部": 12, "星河科技有限公司": 16, "华信律师事务所": 17,
    "中盛投资有限公司": 18, "博远咨询有限公司": 19, "宏达贸易有限公司": 20,
    "新锐传媒有限公司": 21, "安泰保险代理有限公司": 22,
}
PUBLIC_PLACES = ["B座5楼茶水间", "A座1楼大堂", "3楼男卫生间", "12楼女卫生间", "地下车库B1层",
                 "2楼大会议室", "A座消防楼梯间", "B座8楼走廊", "1楼员工餐厅", "屋面设备层"]
PUBLIC = "公共区域"
ENGINEERS = ["刘海波", "王建军", "孙立新", "马志强", "赵明"]

# category → [(content, work done, materials)]
JOBS = {
    "水": [("卫生间水龙头漏水", "更换水龙头阀芯", "陶瓷阀芯1个"),
          ("洗手池下水堵塞", "疏通下水管道", ""),
          ("马桶冲水不止", "更换水箱进水阀", "进水阀1套"),
          ("茶水间水管渗水", "更换角阀及软管", "角阀1个，软管1根"),
          ("小便池感应器失灵", "更换感应器电池并调试", "电池1组"),
          ("热水器不出热水", "更换温控器", "温控器1个")],
    "电": [("办公室灯管不亮", "更换LED灯管", "LED灯管2根"),
          ("插座没电", "更换插座并检查线路", "五孔插座1个"),
          ("走廊灯闪烁", "更换镇流器", "镇流器1个"),
          ("办公室空开跳闸", "查出漏电电器，复位空开", ""),
          ("筒灯损坏", "更换LED筒灯", "LED筒灯1个")],
    "空调": [("空调不制冷", "清洗过滤网，补充冷媒", "冷媒R410A 1瓶"),
           ("空调漏水", "疏通冷凝水管", ""),
           ("空调噪音大", "紧固风机并加润滑油", ""),
           ("空调不制热", "更换四通阀线圈", "线圈1个"),
           ("空调遥控无反应", "更换遥控接收板", "接收板1块")],
    "门窗": [("门锁损坏打不开", "更换门锁锁芯", "锁芯1个"),
           ("窗户关不严", "调整窗扇并更换密封条", "密封条3米"),
           ("闭门器漏油", "更换闭门器", "闭门器1个"),
           ("玻璃门地弹簧失灵", "调整地弹簧", ""),
           ("门把手松动", "紧固门把手螺丝", "")],
    "网络": [("网口不通", "重新压接网线模块", "网络模块1个"),
           ("电话线路无信号", "检修配线架跳线", "跳线1根"),
           ("无线网络信号弱", "调整无线AP位置", ""),
           ("网线水晶头损坏", "更换水晶头", "水晶头2个")],
    "家具": [("办公椅扶手断裂", "更换扶手", "扶手1对"),
           ("文件柜锁芯损坏", "更换文件柜锁", "柜锁1把"),
           ("办公桌抽屉滑轨坏", "更换抽屉滑轨", "滑轨1副"),
           ("会议桌桌腿松动", "加固桌腿", "角码4个")],
    "土建": [("天花板吊顶脱落", "重新安装吊顶板", "矿棉板2块"),
           ("墙面渗水发霉", "查漏并重新刷防水涂料", "防水涂料5公斤"),
           ("地砖松动翘起", "重新铺贴地砖", "瓷砖胶1袋"),
           ("墙皮脱落", "铲除空鼓墙皮并补刷乳胶漆", "乳胶漆1桶")],
    "其他": [("卫生间烘手器不工作", "更换烘手器电机", "电机1个"),
           ("百叶窗帘拉绳断", "更换拉绳", "拉绳2米"),
           ("消防指示灯不亮", "更换应急指示灯", "指示灯1个"),
           ("会议室挂画需要安装", "打孔安装挂画", "膨胀螺丝4个")],
}
URGENT_JOBS = [("电", "办公室整层停电", "停电，整层无法办公", "检修配电箱，更换烧毁空开", "空开1个"),
               ("水", "卫生间水管爆裂", "漏水淹及办公区", "关阀抢修，更换爆裂管段", "PPR管2米"),
               ("空调", "机房空调停机", "机房温度过高，服务器有宕机风险", "更换压缩机启动电容",
                "启动电容1个"),
               ("门窗", "大门电子锁失灵无法关闭", "大门无法上锁，存在安全隐患", "更换门禁电源",
                "门禁电源1个"),
               ("电", "会议室突然断电", "正在召开重要会议", "更换漏电保护器", "漏保1个")]
SEND_BACK_REASONS = ["报修人反映问题依旧", "现场未清理干净", "维修后仍有渗漏", "只修了一处，另一处未处理"]
UNSATISFIED = ["维修拖得太久", "维修后又坏了", "维修人员态度不好", "现场遗留垃圾"]
CANCEL_REASONS = ["报修人自行解决", "重复报修", "属于租户自有设备，不在维修范围", "报修人取消"]


@dataclass
class _Order:
    row: dict
    # (entered, at, action, user, note, verdict, status after); a paper return has
    # entered and status None: they follow from where it falls among the others.
    events: list[tuple] = field(default_factory=list)


def _working_day(day: dt.date) -> bool:
    return day.weekday() < 5


def _time_on(ctx: DemoContext, day: dt.date) -> dt.datetime:
    minutes = int(ctx.rng.triangular(7.5 * 60, 20 * 60, 10 * 60))
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes,
                                                              seconds=ctx.rng.randrange(60))


def _office_hours(rng, t: dt.datetime) -> dt.datetime:
    """The desk checks, calls back and files paper between 8:30 and 18:00."""
    if dt.time(8, 30) <= t.time() < dt.time(18):
        return t
    day = t.date() if t.time() < dt.time(8, 30) else t.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(
        minutes=rng.randrange(0, 120), seconds=t.second)


def add_repair_orders(ctx: DemoContext, now: dt.datetime | None = None) -> None:
    """8–15 orders a working day (a few at weekends) from ctx.start to now."""
    rng = ctx.rng
    now = now or (clock.now() if ctx.end == clock.today()
                  else dt.datetime.combine(ctx.end, dt.time(17, 30)))
    cats = {c.name: c.id for c in RepairCategory.select()}
    clerks = [ctx.users[u] for u in ("wenyuan", "wenyuan2", "wenyuan", "wenyuan2", "jingli")]
    eng = ctx.users["gongcheng"]
    contacts = {}  # department → [(room, reporter, phone)]
    for dep, floor in COMPANIES.items():
        contacts[dep] = [(f"{floor}{rng.randrange(1, 20):02d}室", ctx.person_name(), ctx.phone())
                         for _ in range(rng.randint(2, 4))]
    deadlines = {u: base.deadlines(u) for u in base.URGENCY_LABELS}

    orders: list[_Order] = []
    # Earlier areas' demo steps (the reception's calls) may have numbered orders already.
    taken = {c.day: c.last for c in DocumentCounter.select().where(
        DocumentCounter.prefix == base.PREFIX)}
    day = ctx.start
    while day <= now.date():
        count = rng.randint(8, 15) if _working_day(day) else rng.randint(0, 3)
        times = sorted(_time_on(ctx, day) for _ in range(count))
        seq = taken.get(f"{day:%Y%m%d}", 0)
        first_seq = seq
        for reported in times:
            if reported > now - dt.timedelta(minutes=3):
                continue
            seq += 1
            orders.append(_simulate(ctx, reported, seq, now, cats, clerks, eng, contacts,
                                    deadlines))
        if seq > first_seq:
            DocumentCounter.insert(prefix=base.PREFIX, day=f"{day:%Y%m%d}", last=seq
                                   ).on_conflict_replace().execute()
        day += dt.timedelta(days=1)
    _write(orders)
    # The orders' callbacks in the one queue's table (as migration 13 copies them), the
    # manager's reviews of the older ones, a few customers promised a later call.
    callback_source.backfill(database)
    more = random.Random(f"repair-callbacks:{ctx.start}:{ctx.end}")
    callbacks_demo.review_older(callback_source.KIND, ctx.users["jingli"], now, more)
    callbacks_demo.promise_some(callback_source.KIND, ctx.users["wenyuan"], now, more)


def _simulate(ctx, reported, seq, now, cats, clerks, eng, contacts, deadlines) -> _Order:
    rng = ctx.rng
    clerk = rng.choice(clerks)
    urgent = rng.random() < 0.07
    if urgent:
        cat, content, cause, work, materials = rng.choice(URGENT_JOBS)
    else:
        cat = rng.choices(list(JOBS), weights=(18, 16, 20, 12, 8, 8, 6, 4))[0]
        content, work, materials = rng.choice(JOBS[cat])
        cause = ""
    source = rng.choices(list(base.SOURCE_LABELS), weights=(70, 15, 8, 4, 3))[0]
    if source == base.PATROL or rng.random() < 0.1:
        dep, room, reporter, phone = PUBLIC, rng.choice(PUBLIC_PLACES), ctx.person_name(), ""
        if source != base.PATROL:
            phone = ctx.phone()
    else:
        dep = rng.choice(list(contacts))
        room, reporter, phone = rng.choice(contacts[dep])
    urgency = base.URGENT if urgent else base.NORMAL
    accept_due, complete_due = deadlines[urgency].due(reported)
    back_filled = rng.random() < 0.05
    entered = min(now, reported + (dt.timedelta(hours=rng.uniform(1, 20)) if back_filled
                                   else dt.timedelta(seconds=rng.randrange(30, 240))))
    row = dict(
        number=format_number(base.PREFIX, reported.date(), seq), reported_at=reported,
        entered_at=entered, source=source, department_name=dep, location=room,
        reporter=reporter, phone=phone, category=cats[cat], content=content, urgency=urgency,
        urgent_cause=cause, status=base.REGISTERED, accept_due=accept_due,
        complete_due=complete_due, engineer="", dispatched_at=None, paper_returned=False,
        paper_returned_at=None, accepted_at=None, reopened_at=None, completed_at=None,
        work_done="", materials="", checked_at=None, send_back_count=0, called_back_at=None,
        verdict="", callback_comment="", cancelled_at=None, cancel_reason="",
        created_by=clerk.id,
    )
    o = _Order(row)
    o.events.append((entered, reported, base.EV_REGISTER, clerk, "", "", base.REGISTERED))
    minutes = dt.timedelta(minutes=1)
    # A few recent orders got stuck (forgotten, waiting for parts): they are overdue.
    stuck = None
    if reported > now - dt.timedelta(days=90) and rng.random() < 0.02:
        stuck = rng.choices((base.REGISTERED, base.DISPATCHED, base.IN_PROGRESS), (2, 3, 5))[0]
    recent = reported > now - dt.timedelta(days=14)

    def step(at, action, user, status, note="", verdict=""):
        """Happen at ``at`` unless that is after now; False stops the simulation."""
        if at > now:
            return False
        last_entered = next(e[0] for e in reversed(o.events) if e[0] is not None)
        entered = max(last_entered, min(now, at + rng.randrange(0, 40) * minutes))
        o.events.append((entered, at, action, user, note, verdict, status))
        row["status"] = status
        return True

    t = reported + rng.randrange(2, 25) * minutes
    if stuck == base.REGISTERED:
        return o
    cancelled = rng.random() < 0.03
    if cancelled and rng.random() < 0.5:  # cancelled before it was dispatched
        return _cancel(o, step, rng, t + rng.randrange(5, 90) * minutes, clerk)
    engineer = rng.choice(ENGINEERS)
    if not step(t, base.EV_DISPATCH, clerk, base.DISPATCHED, engineer):
        return o
    row.update(engineer=engineer, dispatched_at=t)
    if cancelled:  # cancelled while dispatched
        return _cancel(o, step, rng, t + rng.randrange(5, 120) * minutes, clerk)
    late = rng.random() < 0.1
    if urgent:
        delay = rng.randrange(35, 150) if late else rng.randrange(3, 28)
    else:
        delay = rng.randrange(250, 600) if late else rng.randrange(10, 200)
    t += delay * minutes
    if stuck == base.DISPATCHED:
        return o
    if not step(t, base.EV_ACCEPT, eng, base.IN_PROGRESS):
        return o
    row["accepted_at"] = t
    if stuck == base.IN_PROGRESS:
        return o
    paper_pending = True
    rounds = 0
    while True:
        rounds += 1
        late = rng.random() < 0.1
        if urgent:
            work_minutes = rng.randrange(250, 600) if late else rng.randrange(20, 200)
        else:
            work_minutes = rng.randrange(2900, 7000) if late else rng.randrange(30, 1800)
        t += work_minutes * minutes
        if not step(t, base.EV_COMPLETE, eng, base.COMPLETED, work):
            return o
        row.update(completed_at=t, work_done=work, materials=materials)
        if paper_pending and rng.random() < 0.995:
            back = _office_hours(rng, t + rng.randrange(10, 3 * 24 * 60) * minutes)
            if back <= now:
                paper_pending = False
                row.update(paper_returned=True, paper_returned_at=back)
                o.events.append((None, back, base.EV_PAPER, clerk, "", "", None))
        t = _office_hours(rng, t + rng.randrange(20, 24 * 60) * minutes)
        if rounds < 3 and rng.random() < 0.06:
            reason = rng.choice(SEND_BACK_REASONS)
            if not step(t, base.EV_SEND_BACK, clerk, base.IN_PROGRESS, reason):
                return o
            row.update(reopened_at=t, completed_at=None, send_back_count=row["send_back_count"] + 1)
            continue
        if not step(t, base.EV_CHECK, clerk, base.CHECKED):
            return o
        row["checked_at"] = t
        # Not called back yet: a third of those checked in the last two days, a few of the
        # fortnight's (回访超时); older ones all were.
        if rng.random() < (0.3 if t > now - dt.timedelta(days=2) else 0.03 if recent else 0.0):
            return o
        t = _office_hours(rng, t + rng.randrange(60, 2 * 24 * 60) * minutes)
        roll = rng.random()
        verdict = (base.SATISFIED if roll < 0.8 else base.BASICALLY_SATISFIED if roll < 0.95
                   or rounds >= 3 else base.UNSATISFIED)
        comment = rng.choice(UNSATISFIED) if verdict == base.UNSATISFIED else ""
        status = base.IN_PROGRESS if verdict == base.UNSATISFIED else base.CALLED_BACK
        if not step(t, base.EV_CALL_BACK, clerk, status, comment, verdict):
            return o
        row.update(verdict=verdict, callback_comment=comment)
        if status == base.CALLED_BACK:
            row["called_back_at"] = t
            return o
        row.update(reopened_at=t, completed_at=None, checked_at=None)


def _cancel(o: _Order, step, rng, at: dt.datetime, clerk) -> _Order:
    reason = rng.choice(CANCEL_REASONS)
    if step(at, base.EV_CANCEL, clerk, base.CANCELLED, reason):
        o.row.update(cancelled_at=at, cancel_reason=reason)
    return o


def _write(orders: list[_Order]) -> None:
    """Insert the orders, then every event and its audit row in the order they were entered."""
    first = (RepairOrder.select(RepairOrder.id).order_by(RepairOrder.id.desc()).scalar() or 0) + 1
    rows, events = [], []
    for n, o in enumerate(orders):
        oid = first + n
        rows.append({"id": oid, **o.row})
        steps = [e for e in o.events if e[2] != base.EV_PAPER]
        placed = list(steps)
        for _none, at, action, user, note, verdict, _status in o.events:
            if action != base.EV_PAPER:
                continue
            # The paper comes back between two steps: it is entered after the earlier one
            # and keeps its status, so that entry order and time order agree.
            prev = [e for e in steps if e[1] <= at][-1]
            placed.append((max(at, prev[0]), at, action, user, note, verdict, prev[6]))
        placed.sort(key=lambda e: (e[0], e[1]))
        for entered, at, action, user, note, verdict, status in placed:
            events.append((entered, oid, o.row["number"], at, action, user, note, verdict, status))
    _bulk(RepairOrder, rows)
    events.sort(key=lambda e: e[0])
    ev_rows, audit_rows = [], []
    for entered, oid, number, at, action, user, note, verdict, status in events:
        ev_rows.append({"order": oid, "at": at, "entered_at": entered, "user": user.id,
                        "action": action, "status_after": status, "verdict": verdict,
                        "note": note})
        changes = {"at": at.isoformat(sep=" ")}
        if note:
            changes["note"] = note
        if verdict:
            changes["verdict"] = verdict
        audit_rows.append({"at": entered, "user_id": user.id, "user_name": user.login,
                           "action": f"repair.{action}", "entity": "repair_order",
                           "record_id": oid, "record_label": number,
                           "changes": json.dumps(changes, ensure_ascii=False)})
    _bulk(RepairEvent, ev_rows)
    audit.insert_rows(audit_rows)


def _bulk(model, rows: list[dict]) -> None:
    """executemany straight to SQLite: peewee's insert_many spends its time building SQL."""
    if not rows:
        return
    fields = [model._meta.fields[name] for name in rows[0]]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name,
        ", ".join(f'"{f.column_name}"' for f in fields),
        ", ".join("?" for _ in fields),
    )

    def value(field, v):
        v = field.db_value(v)
        return str(v) if isinstance(v, dt.datetime) else v

    database.execute_sql("SELECT 1")  # make sure the connection is open
    database.connection().executemany(
        sql, ([value(f, r[f.name]) for f in fields] for r in rows))
