"""Two years of the demo office's calls (~30 a working day), ~30% of them repairs.

Runs before the repairs area's demo (areas in tab order). The calls themselves are
written in bulk (with their audit rows); each 报修 call's order (the last ROUTED_DAYS)
is made through ``repairs.register`` with the call's fields and carried through the
repairs operations (dispatch … call back) at the simulated times, so the orders are the
repairs area's own and their numbers come from its counter (the repairs demo numbers
after them).
"""

from __future__ import annotations

import datetime as dt
import json

from .. import audit, clock, repairs
from ..db import database
from ..demo import DemoContext
from .calls_base import (
    CALL_ANSWERED,
    CALL_PENDING,
    CALL_TO_REGISTER,
    CALL_TO_REPAIR,
    KIND_COMPLAINT,
    KIND_INQUIRY,
    KIND_PROJECT,
    KIND_REPAIR,
    KIND_SPECIAL,
    KIND_SUGGESTION,
    Call,
)
from .calls_flow import default_promise
from .suggestions_demo import own_context

UNITS = {"财务部": 12, "人事部": 11, "行政部": 10, "法务部": 11, "市场部": 9, "信息中心": 8,
         "星河科技有限公司": 16, "华信律师事务所": 17, "中盛投资有限公司": 18,
         "博远咨询有限公司": 19}
QUESTIONS = [("请问大楼周末空调是否开放", "周末空调需提前一天申请加班空调"),
             ("车位月卡怎么办理", "到地下车库管理处办理，需携带行驶证"),
             ("快递可以放在前台吗", "可以，前台代收并电话通知"),
             ("明天停水几点恢复", ""), ("会议室下周三能否预订", ""),
             ("门禁卡丢失如何补办", "到客服中心登记补办，工本费20元"),
             ("大楼几点关门", "工作日晚上10点，周末6点")]
SPECIAL = [("需要干洗服务上门收衣", "已安排明天上午上门收取"), ("预订法庭会议室开庭使用", ""),
           ("办理健身会所会员卡", "已转会所前台联系")]
PROJECT = [("申请办公室地毯清洗", ""), ("申请开荒保洁", ""), ("申请办公区消杀", "")]
COMPLAINTS = ["楼道卫生不干净", "电梯等候时间太长", "保安态度不好", "停车收费有异议"]
SUGGESTIONS = ["建议大堂增加休息座椅", "建议食堂增加素食窗口", "建议延长空调开放时间",
               "建议增加电动车充电桩", "建议卫生间增加洗手液"]
JOBS = [("水", "卫生间水龙头漏水"), ("电", "办公室灯管不亮"), ("空调", "空调不制冷"),
        ("门窗", "门锁损坏打不开"), ("网络", "网口不通"), ("家具", "办公椅扶手断裂")]
DEPARTMENTS = ["客服部", "工程部", "秩维部", "清洁部"]


# The 报修 calls of the last ROUTED_DAYS are routed to repair orders through the repairs
# operations (on those days the office has more orders than the repairs demo's). Earlier ones
# are the repairs demo's own orders, registered at the repairs tab and not in this log, so the
# demo builds in seconds: carrying 5,000 orders through six operations each takes minutes.
ROUTED_DAYS = 21


def _kind(rng, routed: bool) -> str:
    kinds = (KIND_REPAIR, KIND_INQUIRY, KIND_SPECIAL, KIND_PROJECT, KIND_COMPLAINT,
             KIND_SUGGESTION)
    return rng.choices(kinds, weights=(30 if routed else 0, 49, 8, 7, 5, 1))[0]


def add_calls(ctx: DemoContext, now: dt.datetime | None = None) -> None:
    """~30 calls a working day (a few at weekends) from ctx.start to now."""
    from . import suggestions

    ctx = own_context(ctx, "calls")
    rng = ctx.rng
    now = now or (clock.now() if ctx.end == clock.today()
                  else dt.datetime.combine(ctx.end, dt.time(17, 30)))
    clerks = [ctx.users[u] for u in ("wenyuan", "wenyuan2", "dangzhi")]
    eng = ctx.users["gongcheng"]
    cats = {c.name: c.id for c in repairs.categories()}
    callers = [(unit, f"{floor}{rng.randrange(1, 20):02d}室", ctx.person_name(), ctx.phone())
               for unit, floor in UNITS.items() for _ in range(rng.randint(3, 6))]
    rows, audits = [], []
    first_id = (Call.select(Call.id).order_by(Call.id.desc()).scalar() or 0) + 1
    day = ctx.start
    while day <= now.date():
        routed = day > now.date() - dt.timedelta(days=ROUTED_DAYS)
        count = rng.randint(24, 36) if day.weekday() < 5 else rng.randint(0, 4)
        if not routed:  # the repair reports of those days went to the repairs tab directly
            count = round(count * 0.7)
        for _ in range(count):
            minutes = int(rng.triangular(8 * 60, 19 * 60, 10 * 60))
            at = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes,
                                                                    seconds=rng.randrange(60))
            if at > now - dt.timedelta(minutes=5):
                continue
            rows.append(_call(ctx, at, now, rng.choice(clerks), rng.choice(callers), cats, eng,
                              suggestions, routed))
        day += dt.timedelta(days=1)
    rows.sort(key=lambda r: r["called_at"])
    for n, row in enumerate(rows):
        row["id"] = first_id + n
        audits.append({"at": row["entered_at"], "user_id": row["taken_by"],
                       "user_name": row.pop("_login"), "action": "call.register",
                       "entity": "reception_call", "record_id": row["id"],
                       "record_label": f"LD{row['called_at']:%Y%m%d}-{row['id']}",
                       "changes": json.dumps({"kind": row["kind"], "status": row["status"]},
                                             ensure_ascii=False)})
    _bulk(rows)
    audit.insert_rows(sorted(audits, key=lambda a: a["at"]))


def _call(ctx, at, now, clerk, caller, cats, eng, suggestions, routed) -> dict:
    rng = ctx.rng
    unit, room, name, phone = caller
    kind = _kind(rng, routed)
    row = dict(called_at=at, entered_at=at + dt.timedelta(seconds=rng.randrange(20, 200)),
               caller=name, unit=unit, room=room, phone=phone, kind=kind, content="",
               answer="", department="", person="", promised_at=None, answered_at=None,
               status=CALL_PENDING, repair_order=None, suggestion=None, taken_by=clerk.id,
               _login=clerk.login)
    if kind == KIND_REPAIR:
        if not clerk.can(repairs.REGISTER):  # one who may not register passes it to a clerk
            clerk = ctx.users["wenyuan"]
            row.update(taken_by=clerk.id, _login=clerk.login)
        cat, content = rng.choice(JOBS)
        row.update(content=content, status=CALL_TO_REPAIR, department="工程部")
        row["repair_order"] = _order(ctx, row, cats[cat], clerk, eng, now)
    elif kind == KIND_COMPLAINT:
        row.update(content=rng.choice(COMPLAINTS), status=CALL_TO_REGISTER, department="客服部")
    elif kind == KIND_SUGGESTION:
        row.update(content=rng.choice(SUGGESTIONS), department=rng.choice(DEPARTMENTS))
        row["suggestion"] = suggestions.demo_suggestion(
            ctx, at, suggestions.SRC_CALL, name, phone, room, row["content"], row["department"],
            clerk, now).id
        row["status"] = "suggestion"
    else:
        content, answer = rng.choice({KIND_INQUIRY: QUESTIONS, KIND_SPECIAL: SPECIAL,
                                      KIND_PROJECT: PROJECT}[kind])
        row.update(content=content, department="客服部", person=clerk.full_name)
        if answer:
            row.update(answer=answer, answered_at=at, status=CALL_ANSWERED)
        else:
            promised = default_promise(at)
            row["promised_at"] = promised
            answered = at + dt.timedelta(hours=rng.uniform(1, 40 if rng.random() < 0.9 else 90))
            if answered <= now - dt.timedelta(minutes=5) and rng.random() < 0.97:
                row.update(answer="已电话回复来电人", answered_at=answered, status=CALL_ANSWERED)
    return row


def _order(ctx, row, category, clerk, eng, now) -> int:
    """The repair order, made and carried on by the repairs operations (times as they were)."""
    rng = ctx.rng
    minutes = dt.timedelta(minutes=1)
    order = repairs.register({"reported_at": row["called_at"], "source": repairs.PHONE,
                              "department_name": row["unit"], "location": row["room"],
                              "reporter": row["caller"], "phone": row["phone"],
                              "category": category, "content": row["content"]}, by=clerk)
    t = row["called_at"] + rng.randrange(3, 30) * minutes
    # the duty officer registers and dispatches a call he took; checking the work and
    # calling back are the clerks'
    desk = clerk if clerk.can(repairs.CHECK) else ctx.users["wenyuan"]
    steps = [
        lambda t: repairs.dispatch(order.id, "刘海波", by=clerk, at=t),
        lambda t: repairs.accept(order.id, by=eng, at=t),
        lambda t: repairs.complete(order.id, "已修复", by=eng, completed_at=t),
        lambda t: repairs.mark_paper_returned(order.id, by=desk, at=t),
        lambda t: repairs.check(order.id, by=desk, at=t),
        lambda t: repairs.call_back(order.id, repairs.SATISFIED, by=desk, at=t),
    ]
    gaps = (rng.randrange(10, 120), rng.randrange(30, 600), rng.randrange(10, 600),
            rng.randrange(10, 600), rng.randrange(60, 1440))
    # a few got stuck (forgotten, waiting for parts): still registered, dispatched, in progress
    last = rng.choice((0, 1, 2)) if rng.random() < 0.03 else len(steps)
    for n, take in enumerate(steps[:last]):
        if t > now - dt.timedelta(minutes=5):
            break
        take(t)
        if n < len(gaps):
            t += gaps[n] * minutes
    return order.id


def _bulk(rows: list[dict]) -> None:
    if not rows:
        return
    fields = [Call._meta.fields[name] for name in rows[0]]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        Call._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields),
        ", ".join("?" for _ in fields))

    def value(field, v):
        v = field.db_value(v)
        return str(v) if isinstance(v, dt.datetime) else v

    database.execute_sql("SELECT 1")
    database.connection().executemany(sql, ([value(f, r[f.name]) for f in fields]
                                            for r in rows))
