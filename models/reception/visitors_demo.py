"""Two years of the demo office's visits, ~15 a working day, some on site and some late today.

Simulated in Python with the operations' rules and written in bulk (visits, their audit
rows with the personal data masked, the number counters) so that the demo builds in
seconds; deterministic from the demo's seeded random source.
"""

from __future__ import annotations

import datetime as dt
import json

from .. import audit, clock
from ..db import database
from ..demo import DemoContext
from ..numbering import DocumentCounter, format_number
from . import visitors_base as base
from .privacy import mask_id, mask_name, mask_phone
from .visitors_base import Visit, VisitIdentity

HOSTS = {  # department or tenant → its people who receive visitors
    "财务部": ["孙丽", "钱伟"], "人事部": ["周敏", "吴磊"], "行政部": ["郑洁", "王强"],
    "法务部": ["冯律"], "市场部": ["陈晨", "褚明"], "总经理办公室": ["卫总", "蒋秘书"],
    "星河科技有限公司": ["沈经理", "韩工"], "华信律师事务所": ["杨律师", "朱律师"],
    "中盛投资有限公司": ["秦总"], "博远咨询有限公司": ["尤顾问", "许经理"],
}
COMPANIES = ["顺丰速运", "中国电信", "华润万家", "北京某某建设集团", "市税务局", "区街道办",
             "个人", "平安保险", "联想集团", "宏达贸易有限公司", "新锐传媒有限公司", ""]
PURPOSES = ["洽谈业务", "送文件", "面试", "签合同", "检查工作", "维修设备", "送快递", "咨询事项",
            "拜访领导", "参加会议", "办理手续", "回访客户"]
IDENTITY_WEIGHTS = {"客户": 45, "当事人": 15, "办公人员": 25, "上级领导": 5, "其他": 10}


def _id_number(rng) -> str:
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(40 * 365))
    body = f"{rng.choice(['110101', '310104', '440305', '510107'])}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    return body + rng.choice("0123456789X")


def _time_on(rng, day: dt.date) -> dt.datetime:
    minutes = int(rng.triangular(8.5 * 60, 18 * 60, 10 * 60))
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes,
                                                              seconds=rng.randrange(60))


def add_visits(ctx: DemoContext, now: dt.datetime | None = None,
               per_day: tuple[int, int] = (11, 19)) -> None:
    """~15 visits a working day (``per_day``; a few at weekends) from ctx.start to now."""
    rng = ctx.rng
    now = now or (clock.now() if ctx.end == clock.today()
                  else dt.datetime.combine(ctx.end, dt.time(16, 30)))
    ids = {i.name: i.id for i in VisitIdentity.select()}
    names = [n for n in IDENTITY_WEIGHTS if n in ids]
    weights = [IDENTITY_WEIGHTS[n] for n in names]
    clerks = [ctx.users[u] for u in ("wenyuan", "wenyuan2", "dangzhi")]
    late_minutes = base.setting(base.LATE_MINUTES)
    hour = base.setting(base.AUTO_SIGN_OUT_HOUR)
    regulars = [(ctx.person_name(), rng.choice(COMPANIES), ctx.phone()) for _ in range(300)]
    rows: list[dict] = []
    day = ctx.start
    while day <= now.date():
        count = rng.randint(*per_day) if day.weekday() < 5 else rng.randint(0, 3)
        seq = 0
        for arrived in sorted(_time_on(rng, day) for _ in range(count)):
            if arrived > now - dt.timedelta(minutes=2):
                continue
            seq += 1
            rows.append(_simulate(ctx, arrived, seq, now, ids, names, weights, clerks,
                                  regulars, late_minutes, hour))
        if seq:
            DocumentCounter.insert(prefix=base.PREFIX, day=f"{day:%Y%m%d}", last=seq
                                   ).on_conflict_replace().execute()
        day += dt.timedelta(days=1)
    _write(rows)


def _simulate(ctx, arrived, seq, now, ids, names, weights, clerks, regulars, late_minutes,
              hour) -> dict:
    rng = ctx.rng
    clerk = rng.choice(clerks)
    appointment = rng.random() < 0.35
    visitor, company, phone = (rng.choice(regulars) if rng.random() < 0.4
                               else (ctx.person_name(), rng.choice(COMPANIES), ctx.phone()))
    dep = rng.choice(list(HOSTS))
    number = rng.random() < 0.3
    due = arrived + dt.timedelta(minutes=late_minutes)
    row = dict(
        number=format_number(base.PREFIX, arrived.date(), seq), arrived_at=arrived,
        entered_at=arrived - dt.timedelta(hours=rng.uniform(2, 48)) if appointment else arrived,
        kind=base.APPOINTMENT if appointment else base.WALK_IN, visitor=visitor,
        company=company, phone=phone, people_count=rng.choices((1, 2, 3, 5), (70, 20, 8, 2))[0],
        id_type=base.ID_CARD if number else "", id_number=_id_number(rng) if number else "",
        identity=ids[rng.choices(names, weights)[0]], host_department=dep,
        host_person=rng.choice(HOSTS[dep]), purpose=rng.choice(PURPOSES), notified_to="",
        notified_at=None, agreed_at=None, received_by=clerk.full_name, left_at=None,
        auto_signed_out=False, message="", status=base.EXPECTED, notify_due=due,
        purged=False, created_by=clerk.id,
    )
    row["entered_at"] = min(row["entered_at"], now)
    age = now - arrived
    if appointment and rng.random() < 0.06:
        row["status"] = rng.choice((base.NO_SHOW, base.CANCELLED)) if age > dt.timedelta(
            hours=2) else base.EXPECTED
        return _with_user(row, clerk)
    today = arrived.date() == now.date()
    if today and dt.timedelta(minutes=late_minutes) < age < dt.timedelta(hours=2) \
            and rng.random() < 0.6:  # still waiting at the desk, the host not yet told: late
        return _with_user(row, clerk)
    late = rng.random() < 0.08
    told = arrived + dt.timedelta(minutes=rng.uniform(late_minutes + 2, late_minutes + 40)
                                  if late else rng.uniform(1, late_minutes - 1))
    if told > now:  # still waiting at the desk: late when past due
        return _with_user(row, clerk)
    row.update(status=base.NOTIFIED, notified_at=told, notified_to=row["host_person"])
    if not appointment and rng.random() < 0.5:
        row["agreed_at"] = told + dt.timedelta(minutes=rng.choice((5, 10, 15, 30)))
    went_in = told + dt.timedelta(minutes=rng.uniform(1, 20))
    if went_in > now:
        return _with_user(row, clerk)
    row["status"] = base.ON_SITE
    left = went_in + dt.timedelta(minutes=rng.triangular(10, 240, 45))
    cutoff = arrived.replace(hour=hour, minute=0, second=0)
    forgot = rng.random() < 0.03
    if today and now - went_in < dt.timedelta(hours=5) and rng.random() < 0.3:
        return _with_user(row, clerk)  # on site now
    if forgot or left > cutoff:
        if cutoff <= now:
            row.update(status=base.LEFT, left_at=cutoff, auto_signed_out=True)
    elif left <= now:
        row.update(status=base.LEFT, left_at=left)
        if rng.random() < 0.05:
            row["message"] = rng.choice(("请转告稍后回电", "资料已放前台", "改日再来"))
    return _with_user(row, clerk)


def _with_user(row: dict, clerk) -> dict:
    row["_clerk"] = clerk
    return row


def _write(rows: list[dict]) -> None:
    """Insert the visits, then their register (and 自动签退) audit rows in time order."""
    first = (Visit.select(Visit.id).order_by(Visit.id.desc()).scalar() or 0) + 1
    events = []
    for n, row in enumerate(rows):
        clerk = row.pop("_clerk")
        vid = first + n
        row["id"] = vid
        personal = {"visitor": mask_name(row["visitor"]), "phone": mask_phone(row["phone"]),
                    "id_number": mask_id(row["id_number"]), "host_person": row["host_person"],
                    "purpose": row["purpose"]}
        events.append((row["entered_at"], clerk, "visit.register", vid, row["number"], personal))
        if row["auto_signed_out"]:  # the program's own act (the clerks' steps: not repeated)
            events.append((row["left_at"], None, "visit.auto_sign_out", vid, row["number"],
                           {"left_at": row["left_at"].isoformat(sep=" ")}))
    _bulk(Visit, rows)
    events.sort(key=lambda e: e[0])
    audit.insert_rows(
        {"at": at, "user_id": who.id if who else None, "user_name": who.login if who else "",
         "action": action, "entity": "visit", "record_id": vid, "record_label": number,
         "changes": json.dumps(changes, ensure_ascii=False)}
        for at, who, action, vid, number, changes in events)


def _bulk(model, rows: list[dict]) -> None:
    """executemany straight to SQLite: peewee's insert_many spends its time building SQL."""
    if not rows:
        return
    fields = [model._meta.fields[name] for name in rows[0]]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields),
        ", ".join("?" for _ in fields))

    def value(field, v):
        v = field.db_value(v)
        return str(v) if isinstance(v, dt.datetime) else v

    database.execute_sql("SELECT 1")  # make sure the connection is open
    database.connection().executemany(
        sql, ([value(f, r[f.name]) for f in fields] for r in rows))
