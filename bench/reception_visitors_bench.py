"""How fast the visitors register is with 200,000 visits: ``python -m bench.reception_visitors_bench``.

Fills a real FrontDesk file (the current schema) with ten years of visits made by the
demo's own generator at a busy desk's rate (~80 a working day: about 200,000 visits,
every state, ID numbers on some, their audit rows masked). Then times what the desk does
all day through the real list specification and operations, median of several runs,
each next to the same question asked of the file with raw sqlite3 in the same run (what
the program's layers cost on top of SQLite):

| measure | target |
|---|---|
| list, first page (newest first, no filter) | ≤ 100 ms |
| list, first page: on site now / late only / a month | ≤ 100 ms each |
| list, first page: search by phone / by name / by company (the view's box) | ≤ 100 ms each |
| list, first page: the list core's "contains" search for a phone (not on screen) | ≤ 2,000 ms |
| the view's counters (on site, late) | ≤ 100 ms |
| a phone's visits (``visits_of``, for the calls register) | ≤ 100 ms |
| register, tell, let in and sign out a visit | ≤ 100 ms |
| housekeeping (auto sign-out and purge) when there is nothing to do | ≤ 300 ms |
| ``check`` of the register | ≤ 10 s |

Not run by CI.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import sys
import time

from bench.common import arguments, timed, verdict
from models import db as dbmod
from models import demo, listing, people, reception
from models.listing import ListFilter

YEARS = 10
PER_DAY = (70, 90)
TARGETS_MS = {
    "list: first page": 100,
    "list: on site now": 100,
    "list: late only": 100,
    "list: a month": 100,
    "list: search by phone": 100,
    "list: search by name": 100,
    "list: search by company": 100,
    "list: 'contains' search, phone": 2000,
    "view counters (on site, late)": 100,
    "visits_of(phone)": 100,
    "register + tell + in + out": 100,
    "housekeeping (nothing to do)": 300,
    "check the register": 10_000,
}
# The same questions in raw SQL (the list's first page is 100 rows).
RAW = {
    "list: first page": ("SELECT * FROM visit ORDER BY arrived_at DESC, id DESC LIMIT 100", ()),
    "list: on site now": ("SELECT * FROM visit WHERE status = 'on_site' "
                          "ORDER BY arrived_at DESC, id DESC LIMIT 100", ()),
    "list: late only": ("SELECT * FROM visit WHERE status = 'expected' AND notify_due < ? "
                        "ORDER BY arrived_at DESC, id DESC LIMIT 100", "now"),
    "list: search by phone": ("SELECT * FROM visit WHERE phone GLOB ? OR visitor GLOB ? OR "
                              "company GLOB ? ORDER BY arrived_at DESC, id DESC LIMIT 100",
                              "phone"),
    "visits_of(phone)": ("SELECT * FROM visit WHERE phone = ? ORDER BY arrived_at DESC, "
                         "id DESC LIMIT 50", "exact"),
}


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, "frontdesk-visitors-bench.sqlite", argv)
    started = time.perf_counter()
    step = functools.partial(reception.visitors.add_visits, per_day=PER_DAY)
    step.__name__ = "add_visits"  # type: ignore[attr-defined]
    demo.build_demo(args.db, seed=13, years=YEARS, steps=[step])
    visits = reception.Visit.select().count()
    print(f"filled {args.db}: {visits:,} visits in {time.perf_counter() - started:.0f} s")

    spec = reception.VISIT_LIST
    # a visit of the last months (older ones lose their phone at the first purge)
    sample = reception.Visit.select().order_by(reception.Visit.id.desc()).offset(20_000).first()
    clerk = people.User.get(people.User.login == "wenyuan")
    month_start = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    month_end = dt.date.today().replace(day=1) - dt.timedelta(days=1)

    def page(flt: ListFilter):
        return listing.fetch_page(spec, flt)

    results: dict[str, float] = {}
    results["list: first page"] = timed(lambda: page(ListFilter()), args.runs)
    results["list: on site now"] = timed(lambda: page(ListFilter(extra={"on_site": True})),
                                         args.runs)
    results["list: late only"] = timed(lambda: page(ListFilter(extra={"late": True})), args.runs)
    results["list: a month"] = timed(
        lambda: page(ListFilter(date_from=month_start, date_to=month_end)), args.runs)
    def who(text: str):  # the view's search box: phone, name or company, by its beginning
        return page(ListFilter(extra={"who": text}))

    results["list: search by phone"] = timed(lambda: who(sample.phone), args.runs)
    results["list: search by name"] = timed(lambda: who(sample.visitor), args.runs)
    results["list: search by company"] = timed(lambda: who(sample.company or "顺丰"), args.runs)
    results["list: 'contains' search, phone"] = timed(
        lambda: page(ListFilter(text=sample.phone)), args.runs)
    results["view counters (on site, late)"] = timed(
        lambda: (reception.count_on_site(), reception.count_late()), args.runs)
    results["visits_of(phone)"] = timed(lambda: reception.visits_of(phone=sample.phone),
                                        args.runs)
    identity = reception.visit_identities()[0].id

    def one_visit():
        visit = reception.register_visit({"visitor": "基准", "phone": sample.phone,
                                          "identity": identity, "host_person": "孙丽"}, by=clerk)
        reception.notify_host(visit.id, by=clerk)
        reception.sign_in(visit.id, by=clerk)
        reception.sign_out(visit.id, by=clerk)

    raw = _raw_times(str(args.db), sample.phone, args.runs)  # before any purge
    results["register + tell + in + out"] = timed(one_visit, args.runs)
    reception.housekeeping()  # the first run may purge the oldest years
    results["housekeeping (nothing to do)"] = timed(reception.housekeeping, args.runs)
    problems: list[str] = []
    results["check the register"] = timed(lambda: problems.extend(reception.visitors.check()), 1)

    ok = verdict(results, TARGETS_MS, problems)
    print(f"\n{'the same question, raw sqlite3':45} {'median ms':>10} {'program':>8}")
    for name, ms in raw.items():
        print(f"{name:45} {ms:10.1f} {results[name]:8.1f}")
    dbmod.close_database()
    return 0 if ok else 1


def _raw_times(path: str, phone: str, runs: int) -> dict[str, float]:
    connection = sqlite3.connect(path)
    now = f"{dt.datetime.now():%Y-%m-%d %H:%M:%S}"
    params = {"now": (now,), "phone": (f"{phone}*",) * 3, "exact": (phone,)}
    out = {}
    for name, (sql, which) in RAW.items():
        values = params[which] if which else ()
        out[name] = timed(lambda s=sql, v=values: connection.execute(s, v).fetchall(), runs)
    connection.close()
    return out


if __name__ == "__main__":
    sys.exit(main())
