"""How fast a list is on ten years of stock ledger: ``python -m bench.ledger_bench``.

Fills a ledger-shaped table with a million rows (sqlite3 executemany; about
300 Chinese item names; ten years of dates), with the indexes a list needs,
then times, as the clerk meets them: opening the list (first page in the
ListModel, and the whole ListView shown), a text filter, a header-click sort,
and a page deep down (after 100,000 rows scrolled). Each is compared with the
very same SQL statements run through raw sqlite3 (recorded while our code ran).
Medians of several runs; PASS/FAIL against the targets. Not run by CI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from peewee import CharField, DateTimeField, DecimalField, IntegerField

from models import db as dbmod
from models import listing
from models.db import BaseModel
from models.i18n import QT_TRANSLATE_NOOP
from models.listing import Column, ListFilter, ListSpec

TABLE = "bench_ledger"
PAGE = 200
TARGET_MS = 100.0
TARGET_RATIO = 3.0
INDEXES = {  # what the list needs: every sortable column, the date, status + date
    "at": "at", "item_code": "item_code", "item_name": "item_name", "qty": "qty",
    "doc_no": "doc_no", "kind": "kind", "kind_at": "kind, at",
}


class BenchLedger(BaseModel):
    at = DateTimeField()
    item_code = CharField()
    item_name = CharField()
    qty = IntegerField()
    unit_cost = DecimalField(max_digits=12, decimal_places=2, null=True)
    doc_no = CharField(null=True)
    kind = CharField()

    class Meta:
        table_name = TABLE


KINDS = {"in": QT_TRANSLATE_NOOP("Lists", "Receipt"), "out": QT_TRANSLATE_NOOP("Lists", "Issue"),
         "adj": QT_TRANSLATE_NOOP("Lists", "Stocktake")}
L = BenchLedger
SPEC = ListSpec(
    name="bench_ledger",
    title="Stock ledger",
    model=L,
    columns=[
        Column("at", "Time", L.at, width=140, kind="datetime"),
        Column("doc_no", "Document", L.doc_no, width=120),
        Column("item_code", "Code", L.item_code, width=80),
        Column("item_name", "Item", L.item_name, width=180),
        Column("qty", "Qty", L.qty, width=60, kind="number"),
        Column("unit_cost", "Unit cost", L.unit_cost, width=80, kind="money", sortable=False),
        Column("kind", "Kind", L.kind, width=70, kind="status", labels=KINDS),
    ],
    search=[L.item_code, L.item_name, L.doc_no],
    date_field=L.at,
    status_field=L.kind,
    statuses=list(KINDS.items()),
    default_sort=("at", True),
)

_GOODS = ["LED灯管", "节能灯泡", "六角螺丝", "膨胀螺栓", "水龙头", "角阀", "PPR水管", "电缆",
          "空气开关", "五孔插座", "单控开关", "门锁", "门合页", "闭门器", "玻璃胶", "乳胶漆",
          "扫把", "拖把", "垃圾袋", "卷纸", "洗手液", "消毒液", "灭火器", "应急灯", "安全出口指示牌",
          "电池", "扎带", "绝缘胶带", "水管接头", "马桶配件"]
_SPECS = ["T8 18W", "T5 14W", "M6×30", "M8×60", "DN15", "DN20", "2.5mm²", "4mm²", "16A",
          "32A"]


def item_names() -> list[tuple[str, str]]:
    """About 300 (code, name) pairs: every kind of goods in ten sizes."""
    return [(f"WZ-{g:02d}{s:02d}", f"{goods} {spec}") for g, goods in enumerate(_GOODS)
            for s, spec in enumerate(_SPECS)]


def fill(path: Path, rows: int, seed: int = 20240601) -> None:
    """Create the ledger table with ``rows`` rows, then its indexes (faster after the insert)."""
    rnd = random.Random(seed)
    items = item_names()
    start = dt.datetime(2015, 1, 1, 8)
    span = (dt.datetime(2024, 12, 31, 18) - start).total_seconds()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    conn.execute(
        f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY, at DATETIME NOT NULL, item_code TEXT NOT"
        " NULL, item_name TEXT NOT NULL, qty INTEGER NOT NULL, unit_cost DECIMAL(12,2),"
        " doc_no TEXT, kind TEXT NOT NULL)")
    step = span / rows
    prefix = {"in": "RK", "out": "CK", "adj": "PD"}
    batch = []
    with conn:
        for i in range(rows):
            at = start + dt.timedelta(seconds=i * step + rnd.random() * step * 0.9)
            code, name = items[rnd.randrange(len(items))]
            kind = rnd.choices(("in", "out", "adj"), (3, 6, 1))[0]
            doc = f"{prefix[kind]}-{at.year}-{i // 3:06d}" if rnd.random() > 0.02 else None
            batch.append((at.isoformat(" ", "seconds"), code, name, rnd.randint(1, 200),
                          round(rnd.uniform(0.5, 800), 2), doc, kind))
            if len(batch) == 50_000:
                conn.executemany(f"INSERT INTO {TABLE} (at, item_code, item_name, qty, unit_cost,"
                                 " doc_no, kind) VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
                batch.clear()
        if batch:
            conn.executemany(f"INSERT INTO {TABLE} (at, item_code, item_name, qty, unit_cost,"
                             " doc_no, kind) VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
        for name, columns in INDEXES.items():
            conn.execute(f"CREATE INDEX {TABLE}_{name} ON {TABLE} ({columns})")
    conn.execute("ANALYZE")
    conn.close()


def existing_rows(path: Path) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {TABLE}").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


# --- timing ------------------------------------------------------------------------


class Recorder:
    """Records the SQL our code sends through peewee, to replay it raw."""

    def __init__(self) -> None:
        self.statements: list[tuple[str, list]] = []
        self._original = None

    def __enter__(self) -> Recorder:
        database = dbmod.database.obj
        self._original = database.execute_sql

        def execute_sql(sql, params=None, *args, **kwargs):
            self.statements.append((sql, list(params or ())))
            return self._original(sql, params, *args, **kwargs)

        database.execute_sql = execute_sql
        return self

    def __exit__(self, *exc) -> None:
        del dbmod.database.obj.execute_sql


def median_ms(run: Callable[[], object], runs: int, setup: Callable[[], object] | None = None,
              after: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1000)
        if after:
            after()
    return statistics.median(times)


def raw_ms(conn: sqlite3.Connection, statements: list[tuple[str, list]], runs: int) -> float:
    def replay() -> None:
        for sql, params in statements:
            conn.execute(sql, params).fetchall()
    return median_ms(replay, runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "frontdesk-bench.sqlite")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--refill", action="store_true", help="rebuild the table even if it exists")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FRONTDESK_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="frontdesk-bench-settings-")
    if args.refill or existing_rows(args.db) != args.rows:
        print(f"filling {args.db} with {args.rows:,} rows ...", flush=True)
        t0 = time.perf_counter()
        fill(args.db, args.rows)
        print(f"  done in {time.perf_counter() - t0:.1f} s", flush=True)

    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from gui.widgets.list_view import ListView
    from gui.widgets.table_model import ListModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    dbmod.database.initialize(dbmod.make_database(args.db))
    dbmod.database.connect(reuse_if_open=True)
    raw = sqlite3.connect(str(args.db))
    for pragma, value in dbmod.PRAGMAS.items():  # the same settings as the program's own
        raw.execute(f"PRAGMA {pragma} = {value}")
    runs = args.runs
    results: list[tuple[str, float, float | None, str]] = []
    extra: list[tuple[str, float]] = []

    def settle(model) -> None:
        model.wait_for_total()
        app.processEvents()

    # 1. opening: the model with its first page; then the whole ListView painted
    with Recorder() as rec:
        settle(ListModel(SPEC))
    page_sql = list(rec.statements)
    holder: list = []
    raw_open = raw_ms(raw, page_sql, runs)
    open_cold = median_ms(lambda: holder.append(ListModel(SPEC)), runs,
                          setup=listing._statements.clear, after=lambda: settle(holder.pop()))
    open_warm = median_ms(lambda: holder.append(ListModel(SPEC)), runs,
                          after=lambda: settle(holder.pop()))
    results.append(("open: first page in ListModel (cold)", open_cold, raw_open, "ratio"))
    results.append(("open: first page in ListModel (again)", open_warm, raw_open, "ratio"))

    def show_view() -> None:
        view = ListView(SPEC)
        view.resize(1200, 700)
        view.show()
        app.processEvents()  # exposed and painted: every visible cell formatted and drawn
        holder.append(view)

    def close_view() -> None:
        view = holder.pop()
        settle(view.model)
        view.close()
        view.deleteLater()
        app.processEvents()

    results.append(("open: ListView built, shown and painted",
                    median_ms(show_view, runs, after=close_view), None, "abs"))

    # 2. text filter (a common item name: first page found early on the date index)
    model = ListModel(SPEC)
    settle(model)

    def filtered(text: str) -> Callable[[], None]:
        return lambda: model.set_filter(ListFilter(text=text))

    def reset_filter() -> None:
        model.set_filter(ListFilter())
        settle(model)

    filters = (("filter: text '灯管' (common)", ListFilter(text="灯管"), "abs"),
               ("filter: text 'T8 灯管' (two words)", ListFilter(text="T8 灯管"), "abs"),
               ("filter: status + date range", ListFilter(
                   status="adj", date_from=dt.date(2020, 3, 1), date_to=dt.date(2020, 3, 31)),
                "abs"),
               ("filter: a document number (rare)", ListFilter(text="CK-2019-1234"), "info"))
    for label, flt, target in filters:
        with Recorder() as rec:
            model.set_filter(flt)
        statements = list(rec.statements)
        reset_filter()
        for cold in (True, False):
            ms = median_ms(lambda flt=flt: model.set_filter(flt), runs, after=reset_filter,
                           setup=listing._statements.clear if cold else None)
            name = label if cold else "  the same again"
            results.append((name, ms, raw_ms(raw, statements, runs), target))
        sql, params = listing.count_query(SPEC, flt).sql()
        extra.append((f"count (in the background) for {label.split(': ', 1)[1]}",
                      raw_ms(raw, [(sql, [_adapt(p) for p in params])], 3)))
    sql, params = listing.count_query(SPEC, ListFilter()).sql()
    extra.append(("count (in the background) of the whole ledger", raw_ms(raw, [(sql, params)], 3)))

    # 3. sort by a header click
    name_col = SPEC.index_of("item_name")
    qty_col = SPEC.index_of("qty")

    def unsort() -> None:
        model.sort(0, Qt.SortOrder.DescendingOrder)
        settle(model)

    for label, col, order in (("sort: item name ascending", name_col, Qt.SortOrder.AscendingOrder),
                              ("sort: qty descending", qty_col, Qt.SortOrder.DescendingOrder)):
        with Recorder() as rec:
            model.sort(col, order)
        statements = list(rec.statements)
        unsort()
        ms = median_ms(lambda col=col, order=order: model.sort(col, order), runs, after=unsort,
                       setup=listing._statements.clear)
        results.append((label, ms, raw_ms(raw, statements, runs), "abs"))

    # 4. deep page: 100,000 rows scrolled (or half the table), then one more page
    depth = min(100_000, args.rows // 2)
    for label, col, order in ((f"deep page {depth // PAGE + 1} (by time, newest first)", 0,
                               Qt.SortOrder.DescendingOrder),
                              (f"deep page {depth // PAGE + 1} (by item name)", name_col,
                               Qt.SortOrder.AscendingOrder)):
        model.sort(col, order)
        settle(model)
        t0 = time.perf_counter()
        while model.rowCount() < depth:
            model.fetchMore(QModelIndex())
        scrolled = (time.perf_counter() - t0) * 1000
        deep = []
        for _ in range(runs):
            with Recorder() as rec:
                t0 = time.perf_counter()
                model.fetchMore(QModelIndex())
                deep.append((time.perf_counter() - t0) * 1000)
        results.append((label, statistics.median(deep), raw_ms(raw, rec.statements, runs), "abs"))
        extra.append((f"scrolling {depth // PAGE} pages down ({label.split('(')[1][:-1]})",
                      scrolled))
        unsort()
    sql, params = page_sql[0]
    offset_sql = sql.replace("LIMIT ?", f"LIMIT ? OFFSET {depth}")
    extra.append((f"reference: raw LIMIT/OFFSET {depth} instead of keyset",
                  raw_ms(raw, [(offset_sql, params)], 3)))

    return report(results, extra, args)


def _adapt(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def report(results, extra, args) -> int:
    print()
    print(f"FrontDesk list benchmark: {args.rows:,} ledger rows, median of {args.runs} runs, "
          f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    print(f"{'measure':<42} {'ours ms':>9} {'raw ms':>9} {'ratio':>7}  verdict")
    failed = 0
    for label, ours, raw, target in results:
        ratio = ours / raw if raw else None
        if target == "ratio":
            ok = ours <= TARGET_MS and ratio is not None and ratio <= TARGET_RATIO
            goal = f"<= {TARGET_MS:.0f} ms and <= {TARGET_RATIO:.0f}x raw"
        elif target == "abs":
            ok = ours <= TARGET_MS
            goal = f"<= {TARGET_MS:.0f} ms"
        else:
            ok, goal = None, "no target (full scan)"
        verdict = "info" if ok is None else ("PASS" if ok else "FAIL")
        failed += ok is False
        raw_text = f"{raw:9.2f}" if raw is not None else f"{'-':>9}"
        ratio_text = f"{ratio:6.1f}x" if ratio is not None else f"{'-':>7}"
        print(f"{label:<42} {ours:9.2f} {raw_text} {ratio_text}  {verdict} ({goal})")
    print()
    for label, ms in extra:
        print(f"  {label:<62} {ms:9.1f} ms")
    print()
    print("ALL PASS" if not failed else f"{failed} FAILED")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
