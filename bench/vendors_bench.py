"""How fast the vendors' month is after ten years: ``python -m bench.vendors_bench``.

Fills a real FrontDesk file (the current schema) with ten years of four vendors
(cleaning, greening, pest control, garbage removal): about 31 evaluations a month
each (daily rounds, weekly checks, two systematic evaluations) — some 15,000 sheets
with 20 item scores each (300,000 items) — a few defects a month (some late) and
the pest vendor's treatments, written with sqlite3 executemany. Then times the
month's settlement through the real operation, next to the same reads in plain
sqlite3 (the month's sheets, its late defects, its treatments, the bands):

| measure | target |
|---|---|
| compute the month's settlement (a draft recomputed: read, figure, write its lines) | ≤ 200 ms |
| the month's figures only (month_preview, nothing written) | ≤ 200 ms |
| the same reads in plain sqlite3 ("raw", for comparison) | — |
| approve (the draft recomputed to compare, then frozen) | ≤ 200 ms |
| the settlement list, first page | ≤ 100 ms |
| the year sheet (12 months and the trend chart, PDF) | ≤ 1,000 ms |

Not run by CI.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

from bench.common import arguments, timed, verdict
from models import clock, listing, people, settings, vendors
from models import db as dbmod

YEARS = 10
ITEMS_PER_SHEET = 20
TARGETS_MS = {"compute the month's settlement": 200, "the month's figures only": 200,
              "raw sqlite3: the same reads": 200, "approve": 200,
              "settlement list, first page": 100, "year sheet (PDF)": 1000}
VENDORS = (("洁美保洁服务有限公司", vendors.CLEANING), ("绿源园林工程有限公司", vendors.GREENING),
           ("安康消杀服务部", vendors.PEST), ("顺达垃圾清运公司", vendors.GARBAGE))


def _months(first: dt.date, count: int) -> list[dt.date]:
    out, day = [], first
    for _ in range(count):
        out.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def fill(path: Path, seed: int = 14) -> dict:
    """Ten years of four vendors, straight into SQLite; returns users and the last month."""
    rng = random.Random(seed)
    dbmod.open_database(path)
    admin = settings.set_up_office("基准测试物业服务中心", "admin", "管理员", "bench-pw")
    clerk = people.create_user("clerk", "李晓燕", "bench-pw", {people.CLERK}, by=admin)
    boss = people.create_user("boss", "周志华", "bench-pw", {people.MANAGER}, by=admin)
    today = dt.date.today().replace(day=1)
    first = today.replace(year=today.year - YEARS)
    months = _months(first, YEARS * 12)
    con = dbmod.database.connection()
    now = dt.datetime.now().replace(microsecond=0)
    vendor_ids = []
    for name, kind in VENDORS:
        vendor = vendors.Vendor.create(name=name, kind=vendors.VendorKind.get(
            vendors.VendorKind.name == kind), lead="孙丽")
        contract = vendors.Contract.create(
            number=f"HT-{vendor.id:03d}", vendor=vendor, starts_on=first,
            ends_on=today.replace(year=today.year + 1), monthly_fee=30000, per_failed_check=200,
            per_late_defect=100, per_missed_treatment=500)
        for from_score, pct, warning in vendors.DEFAULT_BANDS:
            vendors.FeeBand.create(contract=contract, from_score=from_score,
                                   reduction_pct=pct, warning=warning)
        vendor_ids.append((vendor.id, contract.id, kind))
    sheets, items, defects, treatments = [], [], [], []
    sheet_id = 0
    for vendor_id, contract_id, kind in vendor_ids:
        for month in months:
            days = [month + dt.timedelta(days=n) for n in range(28)]
            plan = ([(vendors.DAILY, d) for d in rng.sample(days, 25)]
                    + [(vendors.WEEKLY, d) for d in rng.sample(days, 4)]
                    + [(vendors.SYSTEMATIC, days[12]), (vendors.MONTHLY, days[27])])
            for kind_code, day in plan:
                sheet_id += 1
                off = [rng.choice((0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 5)) for _ in range(ITEMS_PER_SHEET)]
                score = 100 - sum(off)
                at = dt.datetime.combine(day, dt.time(10, 0))
                sheets.append((sheet_id, f"KP{sheet_id:07d}", kind_code, vendor_id, contract_id,
                               day, at, "李晓燕", "", "confirmed", score, int(score < 100), 0, "",
                               "孙丽", day, 1, "", "", "", clerk.id, at))
                items.extend((sheet_id, n + 1, "区域", f"考评项目{n + 1}", 5, 0, int(o == 0), o, "")
                             for n, o in enumerate(off))
            for _n in range(rng.randint(0, 5)):
                due = dt.datetime.combine(rng.choice(days), dt.time(15, 0))
                defects.append((f"ZG{len(defects) + 1:07d}", vendor_id, "minor",
                                due - dt.timedelta(hours=1), "", "地面有水迹", due, "fixed", "",
                                "", due, int(rng.random() < 0.4), clerk.id, now))
            if kind == vendors.PEST:
                for n in range(rng.choice((1, 2, 2, 2))):
                    at = dt.datetime.combine(days[5 + 10 * n], dt.time(19, 0))
                    treatments.append((f"XS{len(treatments) + 1:07d}", vendor_id, "scheduled",
                                       "", "", at.date(), at, "公共场所", "溴氰菊酯", "吴师傅",
                                       "吴师傅", "done", clerk.id, now))
    with dbmod.database.atomic():
        con.executemany(
            "INSERT INTO vendor_evaluation (id, number, kind, vendor_id, contract_id, done_on, "
            "done_at, by_name, vendor_present, status, score, failed, serious, problems, "
            "signed_by, signed_on, agrees, objection, ruling, cancel_reason, created_by_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sheets)
        con.executemany(
            "INSERT INTO vendor_evaluation_item (evaluation_id, seq, area, text, points, "
            "serious_item, passed, points_off, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", items)
        con.executemany(
            "INSERT INTO vendor_defect (number, vendor_id, kind, found_at, place, text, due_at, "
            "status, reply, reinspected_by, fixed_at, late, created_by_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", defects)
        con.executemany(
            "INSERT INTO pest_treatment (number, vendor_id, kind, requested_by, request_text, "
            "planned_on, done_at, areas, agent, operator, signed_by, status, created_by_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", treatments)
    print(f"{len(sheets):,} evaluations, {len(items):,} item scores, {len(defects):,} defects, "
          f"{len(treatments):,} treatments")
    last = months[-1]
    return {"clerk": clerk, "boss": boss, "vendors": vendor_ids,
            "month": f"{last.year:04d}-{last.month:02d}"}


def raw_reads(path: Path, vendor_id: int, contract_id: int, first: dt.date,
              last: dt.date) -> None:
    """The month's reads in plain sqlite3: sheets, late defects, treatments, bands."""
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT id, number, kind, done_on, score, failed FROM vendor_evaluation "
                    "WHERE vendor_id = ? AND status = 'confirmed' AND done_on >= ? AND "
                    "done_on <= ? ORDER BY done_on, id", (vendor_id, first, last)).fetchall()
        con.execute("SELECT number, due_at, text FROM vendor_defect WHERE vendor_id = ? AND "
                    "late AND due_at >= ? AND due_at < ?",
                    (vendor_id, first, last + dt.timedelta(days=1))).fetchall()
        con.execute("SELECT COUNT(*) FROM pest_treatment WHERE vendor_id = ? AND kind = "
                    "'scheduled' AND status = 'done' AND done_at >= ? AND done_at < ?",
                    (vendor_id, first, last + dt.timedelta(days=1))).fetchall()
        con.execute("SELECT from_score, reduction_pct, warning FROM vendor_fee_band WHERE "
                    "contract_id = ?", (contract_id,)).fetchall()
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, "frontdesk-vendors-bench.sqlite", argv)
    started = time.perf_counter()
    made = fill(args.db)
    print(f"filled in {time.perf_counter() - started:.1f} s")
    clerk, boss, month = made["clerk"], made["boss"], made["month"]
    vendor_id, contract_id, _kind = made["vendors"][2]  # the pest vendor: every read happens
    first, last = vendors.period_of(month)
    results = {}
    with clock.running(lambda: dt.datetime.combine(last, dt.time(18, 0))):
        results["compute the month's settlement"] = timed(
            lambda: vendors.compute_month(vendor_id, month, clerk), args.runs)
        results["the month's figures only"] = timed(
            lambda: vendors.month_preview(vendor_id, month), args.runs)
        results["raw sqlite3: the same reads"] = timed(
            lambda: raw_reads(args.db, vendor_id, contract_id, first, last), args.runs)
        for other, _c, _k in made["vendors"]:
            for back in range(12):
                year, number = (int(p) for p in month.split("-"))
                number -= back
                while number < 1:
                    year, number = year - 1, number + 12
                vendors.compute_month(other, f"{year:04d}-{number:02d}", clerk)
        drafts = [vendors.settlement_for(v, month).id for v, _c, _k in made["vendors"]]
        times = []
        for settlement_id in drafts:
            t0 = time.perf_counter()
            vendors.approve(settlement_id, boss)
            times.append((time.perf_counter() - t0) * 1000)
        results["approve"] = sorted(times)[len(times) // 2]
        results["settlement list, first page"] = timed(
            lambda: listing.fetch_page(vendors.SETTLEMENT_LIST, listing.ListFilter()),
            args.runs)
        from reports.vendors import year_pdf

        results["year sheet (PDF)"] = timed(lambda: year_pdf(vendor_id, int(month[:4])),
                                            args.runs)
    ok = verdict(results, TARGETS_MS, vendors.check_vendors())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
