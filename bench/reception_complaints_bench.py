"""How fast the complaints register is after ten years: ``python -m bench.reception_complaints_bench``.

Fills a real FrontDesk file (the current schema) with 20,000 complaints (ten years of a
big office, ~8 a working day: every nature, channel and level, most closed, some not
valid, reopened, cancelled, the last weeks still open and some late) and 200,000 callback
rows (the issue's volume: ten a complaint, far more than real, to load the satisfaction
count), written in bulk; then times what the desk does through the real list
specification and the analysis, each next to similar SQL asked of SQLite directly (raw
``sqlite3``, no peewee):

| measure | target |
|---|---|
| list, first page (newest first) | ≤ 100 ms |
| list, each filter: a status / a level / late only / open only / a month / search by phone, name, number | ≤ 100 ms each |
| the "due today or late" counter | ≤ 100 ms |
| 投诉分析 of the last whole year / of its second half | ≤ 1,000 ms |

Not run by CI.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time

from bench.common import arguments, timed
from models import db as dbmod
from models import demo, listing, people, reception
from models.listing import ListFilter

COMPLAINTS = 20_000
CALLBACKS = 200_000
YEARS = 10
LIST_MS, ANALYSIS_MS = 100, 1000
NATURES = list(reception.COMPLAINT_NATURES)
CHANNELS = list(reception.COMPLAINT_CHANNELS)
DEPARTMENTS = ["工程部", "秩维部", "清洁部", "客服部", "绿化部"]
COLUMNS = ("number", "received_at", "channel", "customer", "unit", "room", "phone", "nature",
           "summary", "request", "level", "status", "valid", "explanation", "judged_at",
           "department", "responsible", "assigned_at", "assigned_by", "signed_by", "signed_at",
           "contacted_at", "contact_reason", "remedy", "remedy_at", "correction", "done_at",
           "verdict", "assessment", "closed_at", "cancel_reason", "times_reopened", "judge_due",
           "contact_due", "remedy_due", "resolve_due", "callback_due", "entered_at",
           "created_by_id")


def _s(when: dt.datetime | None) -> str | None:
    return f"{when:%Y-%m-%d %H:%M:%S}" if when else None


def _complaint(n: int, at: dt.datetime, rng: random.Random, now: dt.datetime, customers,
               clerk_id: int, daily: dict) -> tuple[tuple, str]:
    """One complaint's row, handled as the rules have it (or not yet, when recent)."""
    phone, name, unit, room = rng.choice(customers)
    level = rng.choices(["ordinary", "urgent", "major"], weights=(85, 10, 5))[0]
    minutes = 10 if level == "urgent" else 30
    judge_due = dt.datetime.combine(at.date(), dt.time(23, 59, 59))
    contact_due = at + dt.timedelta(minutes=minutes)
    remedy_due = at + dt.timedelta(days=3)
    resolve_due = at + dt.timedelta(days=2) if level == "ordinary" else None
    day = at.date()
    daily[day] = daily.get(day, 0) + 1
    number = f"TS{day:%Y%m%d}-{daily[day]:04d}"
    age = (now - at).days
    roll = rng.random()
    row = dict.fromkeys(COLUMNS, "")
    row.update(number=number, received_at=_s(at), channel=rng.choice(CHANNELS), customer=name,
               unit=unit, room=room, phone=phone, nature=rng.choice(NATURES),
               summary=f"投诉内容{n % 211}", level=level, valid=None, judged_at=None,
               assigned_at=None, signed_at=None, contacted_at=None, remedy_at=None,
               done_at=None, closed_at=None, times_reopened=0, judge_due=_s(judge_due),
               contact_due=_s(contact_due), remedy_due=_s(remedy_due),
               resolve_due=_s(resolve_due), callback_due=None, entered_at=_s(at),
               created_by_id=clerk_id)
    if age < 3 and roll < 0.6:  # the last days: still with the department, some late
        row.update(status="signed", valid=1, judged_at=_s(at + dt.timedelta(hours=1)),
                   department=rng.choice(DEPARTMENTS), signed_by="某人",
                   assigned_at=_s(at + dt.timedelta(hours=1)),
                   signed_at=_s(at + dt.timedelta(hours=2)))
        return tuple(row[c] for c in COLUMNS), "open"
    judged = at + dt.timedelta(minutes=rng.randrange(10, 600))
    row.update(judged_at=_s(judged))
    if roll < 0.05:
        row.update(status="invalid", valid=0, explanation="不属物业责任", closed_at=_s(judged))
        return tuple(row[c] for c in COLUMNS), "invalid"
    if roll < 0.06:
        row.update(status="cancelled", cancel_reason="重复登记", closed_at=_s(judged))
        return tuple(row[c] for c in COLUMNS), "cancelled"
    contacted = at + dt.timedelta(minutes=rng.choice([5, 8, 15, 25, 40, 90]))
    remedied = at + dt.timedelta(hours=rng.randrange(4, 90))
    done = remedied + dt.timedelta(hours=rng.randrange(0, 20))
    closed = done + dt.timedelta(hours=rng.randrange(0, 30))
    reopened = int(rng.random() < 0.06)
    row.update(status="closed", valid=1, department=rng.choice(DEPARTMENTS), responsible="某人",
               assigned_at=_s(judged), assigned_by="周志华", signed_by="某人",
               signed_at=_s(judged), contacted_at=_s(contacted), remedy="已处理",
               remedy_at=_s(remedied), done_at=_s(done),
               verdict=rng.choice(["satisfied", "satisfied", "basically_satisfied"]), closed_at=_s(closed),
               times_reopened=reopened, callback_due=_s(dt.datetime.combine(
                   done.date(), dt.time(23, 59, 59))))
    return tuple(row[c] for c in COLUMNS), "closed"


def _fill(db_path, clerk_id: int) -> list[tuple[str, str, str, str]]:
    """20,000 complaints and 200,000 callbacks straight into the file; the customers used."""
    rng = random.Random("complaints-bench")
    customers = [(f"13{rng.randrange(10**8, 10**9)}", f"客户{n}", f"公司{n % 300}",
                  f"{rng.randrange(2, 30)}{rng.randrange(1, 30):02d}") for n in range(5_000)]
    now = dt.datetime.now().replace(microsecond=0)
    start = now - dt.timedelta(days=365 * YEARS)
    step = (now - start) / COMPLAINTS
    rows, fates, daily = [], [], {}
    for n in range(COMPLAINTS):
        at = start + step * n
        at = at.replace(hour=8 + at.hour % 11, microsecond=0)
        row, fate = _complaint(n, at, rng, now, customers, clerk_id, daily)
        rows.append(row)
        fates.append((fate, row[COLUMNS.index("closed_at")]))
    con = sqlite3.connect(db_path)
    con.executemany(f"INSERT INTO complaint ({', '.join(COLUMNS)}) VALUES "
                    f"({', '.join('?' * len(COLUMNS))})", rows)
    closed = [(cid, row, at)
              for cid, (row, (fate, at)) in enumerate(zip(rows, fates, strict=True), start=1)
              if fate == "closed"]
    at_of = {name: COLUMNS.index(name) for name in ("number", "customer", "room", "phone")}
    callbacks = []
    for n in range(CALLBACKS):
        cid, row, at = closed[n % len(closed)]
        verdict = rng.choices(["satisfied", "basically_satisfied", "unsatisfied"],
                              weights=(70, 22, 8))[0]
        callbacks.append(("complaint", cid, row[at_of["number"]], row[at_of["customer"]],
                          row[at_of["room"]], row[at_of["phone"]], at, "phone", "", "回访员", "",
                          verdict, 0, "", "", "", at, clerk_id))
    # the callback queue's one table (models.callbacks), as record_callback writes it
    con.executemany("INSERT INTO callback (kind, case_id, number, customer, room, phone, made_at, "
                    "mode, person, by_name, words, verdict, follow_up_needed, follow_up_result, "
                    "follow_up_by, reviewed_by, entered_at, created_by_id) VALUES "
                    f"({', '.join('?' * 18)})", callbacks)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return customers


def _raw_analysis(raw: sqlite3.Connection, start: str, stop: str, now: str):
    """Similar aggregates asked of SQLite directly: the counts, the month grid, the
    deadlines' sums, the recurring problems, the callbacks' verdicts."""
    period = "received_at >= ? AND received_at < ? AND status != 'cancelled'"

    def run() -> None:
        for column in ("nature", "department", "channel", "level"):
            raw.execute(f"SELECT {column}, COUNT(id) FROM complaint WHERE {period} "
                        f"GROUP BY {column} ORDER BY 2 DESC", (start, stop)).fetchall()
        raw.execute(f"SELECT nature, strftime('%Y-%m', received_at), COUNT(id) FROM complaint "
                    f"WHERE {period} GROUP BY 1, 2", (start, stop)).fetchall()
        raw.execute(f"SELECT SUM(contacted_at <= contact_due), SUM(contacted_at > contact_due "
                    f"OR (contacted_at IS NULL AND contact_due < ?)), SUM(remedy_at <= "
                    f"remedy_due), SUM(done_at <= resolve_due), SUM(closed_at <= callback_due) "
                    f"FROM complaint WHERE {period}", (now, start, stop)).fetchall()
        raw.execute(f"SELECT COALESCE(NULLIF(TRIM(room), ''), TRIM(unit)) AS place, nature, "
                    f"GROUP_CONCAT(number) FROM complaint WHERE {period} AND status != "
                    f"'invalid' GROUP BY place, nature HAVING COUNT(id) >= 2",
                    (start, stop)).fetchall()
        raw.execute(f"SELECT verdict, COUNT(id) FROM callback WHERE kind = 'complaint' AND "
                    f"verdict != '' AND case_id IN (SELECT id FROM complaint WHERE {period}) "
                    f"GROUP BY verdict",
                    (start, stop)).fetchall()
    return run


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, "frontdesk-complaints-bench.sqlite", argv)
    started = time.perf_counter()
    demo.build_demo(args.db, seed=3, years=0, steps=[])
    clerk = people.User.get(people.User.login == "wenyuan")
    dbmod.close_database()
    customers = _fill(str(args.db), clerk.id)
    dbmod.open_database(args.db)
    print(f"filled {args.db}: {reception.Complaint.select().count():,} complaints, "
          f"{reception.ComplaintCallback.select().count():,} callbacks "
          f"in {time.perf_counter() - started:.0f} s")
    phone, name, _unit, _room = customers[123]
    number = reception.Complaint.select().order_by(reception.Complaint.id).offset(9000).get().number
    raw = sqlite3.connect(str(args.db))
    spec = reception.COMPLAINT_LIST
    now = dt.datetime.now()
    year = now.year - 1
    month = dt.date(now.year, now.month, 1) - dt.timedelta(days=200)
    month_first = month.replace(day=1)
    month_last = (month_first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)

    def page(flt: ListFilter):
        return listing.fetch_page(spec, flt)

    def raw_rows(sql: str, *params):
        return lambda: raw.execute(sql, params).fetchall()

    first = "SELECT * FROM complaint {} ORDER BY received_at DESC, id DESC LIMIT 200"
    stamp = f"{now:%Y-%m-%d %H:%M:%S}"
    measures = {
        "list: first page": (lambda: page(ListFilter()), raw_rows(first.format("")), LIST_MS),
        "list: one status (closed)": (lambda: page(ListFilter(status="closed")), raw_rows(
            first.format("WHERE status = 'closed'")), LIST_MS),
        "list: one level (urgent)": (lambda: page(ListFilter(extra={"level": "urgent"})),
                                     raw_rows(first.format("WHERE level = 'urgent'")), LIST_MS),
        "list: late only": (lambda: page(ListFilter(extra={"overdue": True})), raw_rows(
            first.format("WHERE status IN ('signed', 'assigned') AND contact_due < ?"), stamp),
            LIST_MS),
        "list: open only": (lambda: page(ListFilter(extra={"open": True})), raw_rows(
            first.format("WHERE status NOT IN ('closed', 'invalid', 'cancelled')")), LIST_MS),
        "list: a month": (lambda: page(ListFilter(date_from=month_first, date_to=month_last)),
                          raw_rows(first.format("WHERE received_at >= ? AND received_at < ?"),
                                   f"{month_first}", f"{month_last + dt.timedelta(days=1)}"),
                          LIST_MS),
        "list: search a phone": (lambda: page(ListFilter(text=phone)), raw_rows(
            first.format("WHERE phone LIKE ?"), f"%{phone}%"), LIST_MS),
        "list: search a name": (lambda: page(ListFilter(text=name)), raw_rows(
            first.format("WHERE customer LIKE ?"), f"%{name}%"), LIST_MS),
        "list: search a number": (lambda: page(ListFilter(text=number)), raw_rows(
            first.format("WHERE number LIKE ?"), f"%{number}%"), LIST_MS),
        "due today or late (counter)": (reception.complaints_due_today, raw_rows(
            "SELECT COUNT(*) FROM complaint WHERE status IN ('signed', 'assigned') AND "
            "contact_due < ?", stamp), LIST_MS),
        f"analysis of {year}": (lambda: reception.complaints_analysis_of(f"{year}"),
                                _raw_analysis(raw, f"{year}-01-01", f"{year + 1}-01-01", stamp),
                                ANALYSIS_MS),
        f"analysis of {year}H2": (lambda: reception.complaints_analysis_of(f"{year}H2"),
                                  _raw_analysis(raw, f"{year}-07-01", f"{year + 1}-01-01", stamp),
                                  ANALYSIS_MS),
    }
    ok = True
    print(f"{'measure':32} {'median ms':>10} {'raw sqlite3':>12} {'target':>7}")
    for label, (ours, bare, target) in measures.items():
        ms = timed(ours, args.runs)
        bare_ms = timed(bare, args.runs)
        passed = ms <= target
        ok = ok and passed
        print(f"{label:32} {ms:10.1f} {bare_ms:12.1f} {target:7} {'PASS' if passed else 'FAIL'}")
    a = reception.complaints_analysis_of(f"{year}")
    print(f"{year}: {a.total} complaints, {len(a.recurring)} recurring problems, "
          f"{a.callbacks} callbacks, satisfaction {a.satisfaction:.1%}")
    raw.close()
    dbmod.close_database()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
