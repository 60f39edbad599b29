"""How fast the storeroom is after ten years of a big office: ``python -m bench.warehouse_bench``.

Fills a real FrontDesk file (the current schema) with ten years of a large
storeroom: 1,000 items, a receipt of 20 lines every working day, 20 issue
slips of 4 lines every working day — about 260,000 ledger
entries, written with sqlite3 executemany, the items' balances kept equal to
their ledger's sums (``check`` passes on the result). Then times what the
office does every day and every month, through the real operations and
queries, median of several runs:

| measure | target |
|---|---|
| monthly summary (收发存汇总表) of the last month | ≤ 1,000 ms (built in a worker) |
| an item's ledger for a month, with its opening balance | ≤ 100 ms |
| sign an issue slip of 4 lines (stock checks, moving average, posting) | ≤ 100 ms |
| start a full stocktake (1,000 lines frozen) | ≤ 500 ms |
| the count grid's rows of that stocktake | ≤ 300 ms |
| first page of the items list, of the ledger list filtered by one item | ≤ 100 ms |
| ``check`` of the whole ledger | ≤ 10 s (a command run now and then) |

Not run by CI.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

from bench.common import arguments, timed, verdict
from models import db as dbmod
from models import listing, people, settings, warehouse
from models.listing import ListFilter
from models.warehouse import base, ledger

ITEMS = 1000
YEARS = 10
SLIPS_PER_DAY = 20
LINES_PER_SLIP = 4
RECEIPT_LINES = 20
TARGETS_MS = {
    "monthly summary": 1000, "item ledger, one month": 100, "sign an issue slip (4 lines)": 100,
    "start a full stocktake": 500, "count grid rows": 300, "items list, first page": 100,
    "ledger list for one item, first page": 100, "check the whole ledger": 10_000,
}


def _users():
    admin = settings.set_up_office("基准测试物业服务中心", "admin", "管理员", "bench-pw")
    made = {}
    for login, role in (("keeper", people.STOREKEEPER), ("boss", people.MANAGER),
                        ("duty", people.DUTY)):
        made[login] = people.create_user(login, login, "bench-pw", {role}, by=admin)
    return made


def fill(path: Path, seed: int = 7) -> dict:
    """Ten years of a big storeroom, straight into SQLite; returns the users."""
    rng = random.Random(seed)
    dbmod.open_database(path)
    users = _users()
    con = dbmod.database.connection()
    categories = [c.id for c in base.ItemCategory.select()]
    departments = [d.id for d in people.Department.select()]
    now = dt.datetime.now().replace(microsecond=0)
    items = []
    for n in range(ITEMS):
        price = Decimal(rng.randint(50, 20000)) / 100
        items.append({"id": n + 1, "code": f"B{n:05d}", "price": price, "qty": Decimal(0),
                      "value": Decimal(0)})
    con.executemany(
        "INSERT INTO item (id, code, name, spec, unit, category_id, location, safety_stock, active,"
        " qty, value, last_cost, created_at) VALUES (?, ?, ?, ?, '个', ?, ?, 5, 1, 0, 0, ?, ?)",
        [(i["id"], i["code"], f"物品{i['id']}", f"规格{i['id'] % 17}",
          rng.choice(categories), f"{chr(65 + i['id'] % 8)}-{i['id'] % 40:02d}", str(i["price"]),
          now) for i in items])
    start = dt.date.today().replace(day=1) - dt.timedelta(days=365 * YEARS)
    entries, receipts, receipt_lines, slips, slip_lines = [], [], [], [], []
    day = start
    receipt_id = slip_id = line_id = 0
    keeper, duty, boss = users["keeper"].id, users["duty"].id, users["boss"].id
    while day < dt.date.today():
        if day.weekday() < 5:
            receipt_id += 1
            at = dt.datetime.combine(day, dt.time(9, 0))
            number = f"RK{day:%Y%m%d}-0001"
            total = Decimal(0)
            for n, item in enumerate(rng.sample(items, RECEIPT_LINES), start=1):
                qty = Decimal(rng.randint(10, 60))
                amount = (qty * item["price"]).quantize(Decimal("0.01"))
                line_id += 1
                receipt_lines.append((line_id, receipt_id, n, item["id"], str(qty),
                                      str(item["price"]), str(amount)))
                entries.append((item["id"], at, at, "receipt", str(qty), str(amount),
                                str(item["price"]), "receipt", receipt_id, number, line_id, boss))
                item["qty"] += qty
                item["value"] += amount
                total += amount
            receipts.append((receipt_id, number, day, "central", "华强五金", "submitted", str(total),
                             keeper, at, boss, at))
            for s in range(SLIPS_PER_DAY):
                slip_id += 1
                at = dt.datetime.combine(day, dt.time(10 + s // 4, s % 4 * 10))
                number = f"CK{day:%Y%m%d}-{s + 1:04d}"
                total = Decimal(0)
                for n, item in enumerate(rng.sample(items, LINES_PER_SLIP), start=1):
                    if item["qty"] <= 0:
                        continue
                    qty = min(item["qty"], Decimal(rng.randint(1, 6)))
                    cost = ledger.issue_cost(qty, item["qty"], item["value"])
                    line_id += 1
                    slip_lines.append((line_id, slip_id, n, item["id"], str(qty),
                                       str((cost / qty).quantize(Decimal("0.0001"))), str(cost)))
                    entries.append((item["id"], at, at, "issue", str(-qty), str(-cost),
                                    str((cost / qty).quantize(Decimal("0.0001"))), "issue_slip",
                                    slip_id, number, line_id, duty))
                    item["qty"] -= qty
                    item["value"] -= cost
                    total += cost
                slips.append((slip_id, number, day, rng.choice(departments), "领料人", "维修",
                              "submitted", str(total), keeper, at, duty, at))
        day += dt.timedelta(days=1)
    with dbmod.database.atomic():
        con.executemany(
            "INSERT INTO receipt (id, number, date, source, supplier, status, total, created_by_id,"
            " created_at, submitted_by_id, submitted_at, delivery_note, received_by, note,"
            " cancel_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,'','仓管员','','')", receipts)
        con.executemany(
            "INSERT INTO receipt_line (id, receipt_id, line_no, item_id, qty, unit_price, amount, note)"
            " VALUES (?,?,?,?,?,?,?,'')", receipt_lines)
        con.executemany(
            "INSERT INTO issue_slip (id, number, date, department_id, receiver, purpose, status,"
            " total, created_by_id, created_at, signed_by_id, signed_at, note, cancel_reason)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'','')", slips)
        con.executemany(
            "INSERT INTO issue_line (id, slip_id, line_no, item_id, qty, unit_cost, amount, note)"
            " VALUES (?,?,?,?,?,?,?,'')", slip_lines)
        con.executemany(
            "INSERT INTO stock_ledger (item_id, at, posted_at, kind, qty, amount, unit_cost,"
            " doc_type, doc_id, doc_number, line_id, user_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            entries)
        con.executemany("UPDATE item SET qty = ?, value = ? WHERE id = ?",
                        [(str(i["qty"]), str(i["value"]), i["id"]) for i in items])
    con.execute("ANALYZE")
    return {"users": users, "entries": len(entries)}



def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, "frontdesk-warehouse-bench.sqlite", argv)
    started = time.perf_counter()
    filled = fill(args.db)
    print(f"filled {args.db}: {ITEMS} items, {filled['entries']:,} ledger entries "
          f"in {time.perf_counter() - started:.0f} s")
    users = filled["users"]
    last_month = base.month_of(dt.date.today().replace(day=1) - dt.timedelta(days=1))
    month_start, _ = base.parse_month(last_month)
    item = base.Item.get(base.Item.code == "B00042")
    results: dict[str, float] = {}
    results["monthly summary"] = timed(lambda: warehouse.month_summary(last_month), args.runs)
    results["item ledger, one month"] = timed(
        lambda: warehouse.item_ledger(item.id, month_start, month_start + dt.timedelta(days=30)),
        args.runs)

    def sign_one():
        stocked = list(base.Item.select().where(base.Item.qty >= 2).limit(LINES_PER_SLIP))
        slip = warehouse.save_issue_slip(
            {"department": "工程部", "receiver": "刘海波"},
            [{"item": i.id, "qty": 1} for i in stocked], by=users["keeper"])
        started = time.perf_counter()
        warehouse.sign_issue_slip(slip.id, by=users["duty"])
        return (time.perf_counter() - started) * 1000

    results["sign an issue slip (4 lines)"] = statistics.median(sign_one() for _ in range(args.runs))
    stocktakes = []

    def start():
        stocktakes.append(warehouse.start_stocktake(base.month_of(dt.date.today()),
                                                    by=users["keeper"]))

    results["start a full stocktake"] = timed(
        lambda: (start(), warehouse.cancel_stocktake(stocktakes[-1].id, "基准", by=users["keeper"])),
        args.runs)
    start()
    results["count grid rows"] = timed(lambda: warehouse.count_rows(stocktakes[-1].id), args.runs)
    results["items list, first page"] = timed(
        lambda: listing.fetch_page(warehouse.ITEM_LIST, ListFilter()), args.runs)
    results["ledger list for one item, first page"] = timed(
        lambda: listing.fetch_page(warehouse.LEDGER_LIST, ListFilter(extra={"item": item.id})),
        args.runs)
    problems: list[str] = []
    results["check the whole ledger"] = timed(lambda: problems.extend(warehouse.check_warehouse()),
                                              1)
    ok = verdict(results, TARGETS_MS, problems)
    dbmod.close_database()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
