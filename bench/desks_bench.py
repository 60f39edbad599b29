"""Several desks on one file, kill -9 and the cost of durable commits: ``python -m bench.desks_bench``.

Three parts, each on its own file in the temp folder (``--db`` names the first):

1. **Four desks writing** (``--desks 4 --seconds 30``): processes running the
   mixed operations of tests/reliability/desk.py side by side (users and roles,
   settings, named lists, items, repair orders, receipts, issue slips, the
   stocktake's note). Reported: operations per second, errors reaching a
   clerk, acknowledged writes missing from the file, numbering problems
   (duplicates, gaps), negative stock, `check`. ``--compare-deferred`` runs
   the same with plain deferred BEGINs too, as before FrontDeskDatabase.
2. **kill -9** (``--kills 200``): one desk started again and again on the same
   file and SIGKILLed 0–0.6 s after it opened it; after each kill
   integrity_check, `check`, and every commit acknowledged so far.
3. **synchronous FULL vs NORMAL** (``--runs``): registering a repair order,
   signing an issue slip and changing a setting, alternately in both modes.

The exit status is 0 when nothing reached a clerk, nothing was lost and every
check passed. Not run by CI (tests/reliability runs the short versions).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import arguments
from tests.reliability import trials


def options(argv: list[str] | None) -> tuple[argparse.Namespace, argparse.Namespace]:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--compare-deferred", action="store_true")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["writers", "kills", "durability"])
    own, rest = parser.parse_known_args(argv)
    if "-h" in rest or "--help" in rest:
        print(__doc__)
        print("options: --desks N --seconds S --kills N --compare-deferred "
              "--skip writers|kills|durability --runs N --db PATH")
        raise SystemExit(0)
    common = arguments(__doc__, "frontdesk-desks-bench.sqlite", rest)
    return own, common


def file_system(path: Path) -> str:
    """The mount and file system type holding ``path`` (fsync cost depends on it)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return "unknown"
    real = os.path.realpath(path)
    best = ("?", "/", "?")
    for line in mounts:
        device, point, kind = (line.split() + ["", "", ""])[:3]
        if (point == "/" or real.startswith(point.rstrip("/") + "/")) and len(point) >= len(best[1]):
            best = (device, point, kind)
    return f"{best[2]} on {best[0]} at {best[1]}"


# --- 1. desks side by side ------------------------------------------------------------


def writers(path: Path, desks: int, seconds: float, deferred: bool = False) -> bool:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    trials.prepare(path, desks)
    with tempfile.TemporaryDirectory(prefix="fd-desks-") as folder:
        started = time.perf_counter()
        acks = trials.run_desks(path, desks, seconds, Path(folder), deferred=deferred)
        elapsed = time.perf_counter() - started
        verdict = trials.verify(path, acks, exact=True)
        rows = trials.read_acks(acks)
    numbering = [p for p in verdict.problems if p.startswith("numbering")]
    numbers = [r["number"] for r in rows if r["kind"] in ("repair", "receipt", "issue")]
    kinds: dict[str, int] = {}
    for line in verdict.errors:
        kind = line.split(": ")[1] + ": " + line.split(": ", 2)[2][:40]
        kinds[kind] = kinds.get(kind, 0) + 1
    title = "plain BEGIN (deferred), as before" if deferred else "BEGIN IMMEDIATE (FrontDeskDatabase)"
    print(f"\n{desks} desks × {seconds:g} s, {title}")
    print(f"  operations acknowledged        {verdict.done:8d}  ({verdict.done / seconds:.0f} ops/s; "
          f"{elapsed:.1f} s with start-up)")
    print(f"  refused by the rules           {verdict.refused:8d}  (not enough stock: expected)")
    print(f"  errors reaching a clerk        {len(verdict.errors):8d}")
    for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1])[:6]:
        print(f"      {n:5d}  {kind}")
    print(f"  acknowledged writes lost       {len(verdict.lost):8d}")
    print(f"  committed, never acknowledged  {len(verdict.unacknowledged):8d}")
    print(f"  document numbers               {len(numbers):8d}  acknowledged, "
          f"{len(numbers) - len(set(numbers))} duplicates; {len(numbering)} numbering problems")
    print(f"  items with negative stock      {len(verdict.negative):8d}")
    other = [p for p in verdict.problems if not p.startswith("numbering")]
    print(f"  other `check` problems         {len(other):8d}")
    for line in (verdict.lost + verdict.problems)[:5]:
        print("     ", line)
    return verdict.ok and len(numbers) == len(set(numbers))


# --- 2. kill -9 -------------------------------------------------------------------------


def kills(path: Path, count: int) -> bool:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    trials.prepare(path, 1)
    with tempfile.TemporaryDirectory(prefix="fd-kills-") as folder:
        started = time.perf_counter()
        result = trials.kill_trials(path, count, Path(folder), seed=20, longest=0.6)
        elapsed = time.perf_counter() - started
    last = result.verdicts[-1]
    integrity = sum(any(p.startswith("integrity") for p in v.problems) for v in result.verdicts)
    checks = sum(bool(v.problems) for v in result.verdicts)
    lost = sum(bool(v.lost) for v in result.verdicts)
    print(f"\nkill -9: {result.trials} trials in {elapsed:.0f} s "
          f"({result.killed_while_writing} killed after their first commit)")
    print(f"  commits acknowledged in all    {last.done:8d}")
    print(f"  integrity_check failures       {integrity:8d}")
    print(f"  `check` failures               {checks:8d}")
    print(f"  trials with a lost commit      {lost:8d}")
    print(f"  errors reaching a clerk        {len(last.errors):8d}")
    for n, verdict in result.failed[:5]:
        print(f"     trial {n}:", (verdict.problems + verdict.lost + verdict.errors)[:3])
    return not result.failed


# --- 3. synchronous FULL vs NORMAL --------------------------------------------------------


def durability(path: Path, runs: int) -> None:
    from models import db as dbmod
    from models import people, repairs, settings, warehouse

    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    trials.prepare(path, 1)
    dbmod.open_database(path, create=False)
    logins = trials.staff_logins(0)
    staff = {k: people.User.get(people.User.login == v) for k, v in logins.items()}
    item = warehouse.Item.get(warehouse.Item.code == trials.SHARED_ITEMS[0])
    receipt = warehouse.save_receipt({"supplier": "华强五金"}, [
        {"item": item.id, "qty": 10 * runs, "unit_price": "2.00"}], by=staff["keeper"])
    warehouse.confirm_receipt(receipt.id, by=staff["manager"])
    water = repairs.RepairCategory.get(repairs.RepairCategory.name == "水")
    order = {"source": repairs.PHONE, "department_name": "财务部", "location": "1203室",
             "reporter": "王芳", "phone": "8012", "category": water, "content": "水龙头漏水"}
    slips = [warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                       [{"item": item.id, "qty": 1}], by=staff["keeper"]).id
             for _ in range(2 * runs)]
    counter = iter(range(10**9))
    measures = {
        "register a repair order": lambda: repairs.register(order, by=staff["clerk"]),
        "sign an issue slip (1 line)": lambda: warehouse.sign_issue_slip(slips.pop(),
                                                                         by=staff["duty"]),
        "change a setting": lambda: settings.put("bench", str(next(counter)), by=staff["admin"]),
    }
    times: dict[tuple[str, str], list[float]] = {}
    batch = max(runs // 5, 1)
    for _round in range(5):  # alternate, so that a busy moment of the machine hits both
        for mode in ("full", "normal"):
            dbmod.database.execute_sql(f"PRAGMA synchronous = {mode}")
            for name, fn in measures.items():
                for _ in range(batch):
                    started = time.perf_counter()
                    fn()
                    times.setdefault((name, mode), []).append((time.perf_counter() - started) * 1000)
    dbmod.close_database()
    fsync = []
    probe = path.with_suffix(".fsync")
    with open(probe, "wb") as f:
        for _ in range(runs):
            f.write(b"x" * 4096)
            started = time.perf_counter()
            os.fsync(f.fileno())
            fsync.append((time.perf_counter() - started) * 1000)
    probe.unlink()
    print(f"\nsynchronous=FULL vs NORMAL (WAL), median of {5 * batch} each, {file_system(path)}")
    print(f"  {'operation':32} {'FULL ms':>8} {'NORMAL ms':>10} {'cost':>8}")
    for name in measures:
        full = statistics.median(times[(name, "full")])
        normal = statistics.median(times[(name, "normal")])
        print(f"  {name:32} {full:8.2f} {normal:10.2f} {full - normal:+7.2f}")
    print(f"  one fsync of the disk (4 KB)   {statistics.median(fsync):8.2f} ms")


def main(argv: list[str] | None = None) -> int:
    own, args = options(argv)
    ok = True
    print(f"FrontDesk desks bench: Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"{file_system(args.db.parent)}")
    if "writers" not in own.skip:
        ok = writers(args.db, own.desks, own.seconds) and ok
        if own.compare_deferred:
            writers(args.db, own.desks, own.seconds, deferred=True)
    if "kills" not in own.skip and own.kills:
        ok = kills(args.db.with_name(args.db.stem + "-kills.sqlite"), own.kills) and ok
    if "durability" not in own.skip:
        durability(args.db.with_name(args.db.stem + "-durability.sqlite"), max(args.runs, 50))
    print("\nALL PASS" if ok else "\nFAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
