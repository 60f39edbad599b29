"""How fast the repair orders are after ten years: ``python -m bench.repairs_bench``.

Fills a real FrontDesk file (the current schema) with ten years of repair
orders made by the demo's own generator (8–15 calls a working day, a few at
weekends; every state, with their events and deadlines), about 30,000 orders
and 150,000 events. Then times what the desk does all day, through the real
list specification, queries and operations, median of several runs:

| measure | target |
|---|---|
| list, first page (newest first, no filter) | ≤ 100 ms |
| list, first page: overdue only / status + month / text / room / sorted by department | ≤ 100 ms each |
| list, the row count for a text search (counted in the background) | ≤ 1,000 ms |
| the tab's counters (overdue, papers not returned), read at every refresh | ≤ 100 ms |
| typing a phone fills in the department | ≤ 50 ms |
| an order's earlier orders (same room or phone) and its timeline | ≤ 100 ms |
| register and dispatch an order (numbering, deadlines, events, audit) | ≤ 100 ms |
| 工程维修月报 of the last month | ≤ 1,000 ms (built in a worker) |
| ``check`` of every order | ≤ 10 s (a command run now and then) |

Not run by CI.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from bench.common import arguments, timed, verdict
from models import db as dbmod
from models import demo, listing, people, repairs
from models.listing import ListFilter

YEARS = 10
TARGETS_MS = {
    "list: first page": 100,
    "list: overdue only": 100,
    "list: status + month": 100,
    "list: text '漏水'": 100,
    "list: a room": 100,
    "list: text a phone": 100,
    "list: text an engineer": 100,
    "list: sorted by department": 100,
    "list: row count for text '漏水'": 1000,
    "list: row count for a phone": 1000,
    "tab counters (overdue, papers out)": 100,
    "phone → department": 50,
    "earlier orders of a room": 100,
    "an order's timeline": 100,
    "register + dispatch an order": 100,
    "monthly report (last month)": 1000,
    "check every order": 10_000,
}



def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, "frontdesk-repairs-bench.sqlite", argv)
    started = time.perf_counter()
    manager = demo.build_demo(args.db, seed=11, years=YEARS, steps=[repairs.add_repair_orders])
    orders = repairs.RepairOrder.select().count()
    events = repairs.RepairEvent.select().count()
    print(f"filled {args.db}: {orders:,} orders, {events:,} events "
          f"in {time.perf_counter() - started:.0f} s")

    spec = repairs.ORDER_LIST
    last_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    month_end = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    sample = repairs.RepairOrder.select().order_by(repairs.RepairOrder.id.desc()).offset(
        orders // 2).first()
    clerk = people.User.get(people.User.login == "wenyuan")
    O = repairs.RepairOrder  # noqa: E741
    phone = O.select().where(O.phone != "").order_by(O.id.desc()).offset(orders // 2).first().phone
    engineer = O.select().where(O.engineer != "").order_by(O.id.desc()).first().engineer
    print(f"searched for: phone {phone} ({O.select().where(O.phone == phone).count()} orders), "
          f"engineer {engineer} ({O.select().where(O.engineer == engineer).count()} orders)")

    def page(flt: ListFilter, sort=None):
        return listing.fetch_page(spec, flt, sort=sort)

    results: dict[str, float] = {}
    results["list: first page"] = timed(lambda: page(ListFilter()), args.runs)
    results["list: overdue only"] = timed(lambda: page(ListFilter(extra={"overdue": True})),
                                          args.runs)
    results["list: status + month"] = timed(
        lambda: page(ListFilter(status=repairs.CALLED_BACK, date_from=last_month,
                                date_to=month_end)), args.runs)
    results["list: text '漏水'"] = timed(lambda: page(ListFilter(text="漏水")), args.runs)
    results["list: a room"] = timed(lambda: page(ListFilter(text=sample.location)), args.runs)
    results["list: text a phone"] = timed(lambda: page(ListFilter(text=phone)),
                                          args.runs)
    results["list: text an engineer"] = timed(lambda: page(ListFilter(text=engineer)),
                                              args.runs)
    results["list: sorted by department"] = timed(
        lambda: page(ListFilter(), sort=("department_name", False)), args.runs)
    results["list: row count for text '漏水'"] = timed(
        lambda: listing.count(spec, ListFilter(text="漏水")), args.runs)
    results["list: row count for a phone"] = timed(
        lambda: listing.count(spec, ListFilter(text=phone)), args.runs)
    results["tab counters (overdue, papers out)"] = timed(
        lambda: (repairs.search(overdue_only=True, now=dt.datetime.now()).count(),
                 repairs.unreturned_papers().count()), args.runs)
    results["phone → department"] = timed(lambda: repairs.guess_department(phone=sample.phone),
                                          args.runs)
    results["earlier orders of a room"] = timed(
        lambda: repairs.history(sample.phone, sample.location, exclude_id=sample.id), args.runs)
    results["an order's timeline"] = timed(lambda: repairs.timeline(sample.id), args.runs)

    def register_and_dispatch():
        order = repairs.register({
            "source": repairs.PHONE, "department_name": sample.department_name,
            "location": sample.location, "reporter": sample.reporter, "phone": sample.phone,
            "category": sample.category_id, "content": "基准测试：灯管不亮",
            "urgency": repairs.NORMAL}, by=clerk)
        repairs.dispatch(order.id, "王建军", by=clerk)

    results["register + dispatch an order"] = timed(register_and_dispatch, args.runs)
    results["monthly report (last month)"] = timed(
        lambda: repairs.monthly_report(f"{last_month:%Y-%m}"), args.runs)
    problems: list[str] = []
    results["check every order"] = timed(lambda: problems.extend(repairs.check_repairs()), 1)

    ok = verdict(results, TARGETS_MS, problems)
    del manager
    dbmod.close_database()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
