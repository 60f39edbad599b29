"""Several desks on one file, and desks killed mid-write: set up, run, and read back.

Shared by tests/reliability (short runs) and bench/desks_bench.py (the long ones).
``prepare`` makes the office; ``run_desks`` starts desk processes
(tests/reliability/desk.py) side by side; ``kill_trials`` starts one desk again
and again and SIGKILLs it at a random moment; ``verify`` reads the file back
against every acknowledgement the desks wrote.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .desk import PASSWORD, SHARED_ITEMS, STOCKTAKE_CATEGORY, staff_logins

ROOT = Path(__file__).resolve().parents[2]
SETUP_KEEPER = "setup"  # stocks the shelves before the desks start; not counted


def prepare(path: Path, desks: int) -> None:
    """A new office with each desk's staff, four shared items in stock and an open stocktake."""
    from models import clock, people, settings, warehouse
    from models import db as dbmod

    dbmod.open_database(path)
    try:
        admin = settings.set_up_office("测试物业服务中心", "admin", "王经理", PASSWORD)
        roles = {"admin": people.ADMIN, "keeper": people.STOREKEEPER, "manager": people.MANAGER,
                 "duty": people.DUTY, "clerk": people.CLERK}
        for desk in range(desks):
            for role, login in staff_logins(desk).items():
                people.create_user(login, f"员工{login}", PASSWORD, {roles[role]}, by=admin)
        keeper = people.create_user(SETUP_KEEPER, "仓管员", PASSWORD, {people.STOREKEEPER},
                                    by=admin)
        manager = admin  # administrator and manager
        for n, code in enumerate(SHARED_ITEMS):
            item = warehouse.create_item({"code": code, "name": f"共用物料{n}", "unit": "个",
                                          "category": "五金"}, by=keeper)
            receipt = warehouse.save_receipt({"supplier": "华强五金"},
                                             [{"item": item.id, "qty": 40, "unit_price": "2.00"}],
                                             by=keeper)
            warehouse.confirm_receipt(receipt.id, by=manager)
        warehouse.create_item({"code": "LB001", "name": "劳保手套", "unit": "副",
                               "category": STOCKTAKE_CATEGORY}, by=keeper)
        month = warehouse.month_of(clock.today())
        warehouse.start_stocktake(month, by=keeper, category=STOCKTAKE_CATEGORY)
    finally:
        dbmod.close_database()


def start_desk(path: Path, desk: int, tag: str, seconds: float, acks: Path,
               seed: int, deferred: bool = False) -> subprocess.Popen:
    """One desk process (see tests/reliability/desk.py)."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.desk", str(path), str(desk), tag,
         str(seconds), str(acks), str(seed), *(["deferred"] if deferred else [])],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )


def run_desks(path: Path, desks: int, seconds: float, folder: Path,
              seed: int = 1, deferred: bool = False) -> list[Path]:
    """``desks`` processes writing for ``seconds`` side by side; their acknowledgement files.

    ``deferred``: as before every transaction began IMMEDIATE (for the bench's comparison).
    """
    acks = [folder / f"desk{d}.jsonl" for d in range(desks)]
    procs = [start_desk(path, d, f"d{d}", seconds, acks[d], seed * 100 + d, deferred)
             for d in range(desks)]
    for proc in procs:
        _out, err = proc.communicate(timeout=seconds + 120)
        if proc.returncode != 0:
            raise RuntimeError(f"a desk process failed ({proc.returncode}):\n{err}")
    return acks


@dataclass
class KillResult:
    trials: int = 0
    killed_while_writing: int = 0  # the desk had acknowledged at least one commit
    acks: list[Path] = field(default_factory=list)
    # one per trial, read right after it, and a last one looking up every commit again
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def failed(self) -> list[tuple[int, Verdict]]:
        return [(n, v) for n, v in enumerate(self.verdicts) if not v.ok]


def kill_trials(path: Path, trials: int, folder: Path, seed: int = 1,
                longest: float = 0.6) -> KillResult:
    """Start desk 0 ``trials`` times and SIGKILL it 0–``longest`` s after its file is open.

    After every kill the file is read back: integrity, ``check``, this trial's
    acknowledged commits looked up, every earlier one counted in the audit log;
    at the end every acknowledged commit is looked up again.
    """
    rng = random.Random(seed)
    result = KillResult()
    for trial in range(trials):
        acks = folder / f"kill{trial}.jsonl"
        result.acks.append(acks)
        proc = start_desk(path, 0, f"k{trial}", 600, acks, seed * 1000 + trial)
        try:
            _wait_until_ready(acks, proc)
            time.sleep(rng.uniform(0, longest))
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=30)
        result.trials += 1
        if any(r["kind"] not in ("ready", "error", "refused") for r in read_acks([acks])):
            result.killed_while_writing += 1
        # each trial's own commits looked up, every earlier one counted in the audit log …
        result.verdicts.append(verify(path, result.acks, exact=False, look_up=[acks]))
    if trials:  # … and at the end every commit of every trial looked up once more
        result.verdicts.append(verify(path, result.acks, exact=False))
    return result


def _wait_until_ready(acks: Path, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if acks.exists() and acks.read_text(encoding="utf-8").startswith('{"kind": "ready"}'):
            return
        if proc.poll() is not None:
            raise RuntimeError(f"the desk stopped before it was ready:\n{proc.stderr.read()}")
        time.sleep(0.01)
    raise RuntimeError("the desk did not open the file in time")


def read_acks(files: list[Path]) -> list[dict]:
    """Every complete line of the desks' side files (a killed desk may leave half a line)."""
    rows = []
    for path in files:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                rows.append(json.loads(line))
            except ValueError:
                continue
    return rows


@dataclass
class Verdict:
    """What was read back. ``ok`` when nothing reached a clerk, nothing was lost and check passes."""

    done: int = 0  # operations acknowledged
    refused: int = 0  # refused by the rules (not enough stock): expected
    errors: list[str] = field(default_factory=list)  # anything else a clerk would have seen
    lost: list[str] = field(default_factory=list)  # acknowledged, but not in the file
    unacknowledged: list[str] = field(default_factory=list)  # in the file, never acknowledged
    negative: list[str] = field(default_factory=list)  # stock below zero
    problems: list[str] = field(default_factory=list)  # integrity_check and `check`
    numbers: int = 0  # document numbers in the file

    @property
    def ok(self) -> bool:
        return not (self.errors or self.lost or self.unacknowledged or self.negative
                    or self.problems)


def verify(path: Path, files: list[Path], exact: bool = True,
           look_up: list[Path] | None = None) -> Verdict:
    """Read ``path`` back against the acknowledgements in ``files``.

    ``exact``: every desk finished on its own, so the file holds exactly what was
    acknowledged. Otherwise (killed desks) each run may have committed one more
    operation than it acknowledged, and no fewer. Every acknowledgement is
    counted against the audit log; those in ``look_up`` (default: all) are also
    looked up one by one in their tables.
    """
    from models import checks, numbering, people, repairs, settings, warehouse
    from models import db as dbmod
    from models.audit import AuditEntry

    rows = read_acks(files)
    verdict = Verdict()
    verdict.refused = sum(r["kind"] == "refused" for r in rows)
    verdict.errors = [f"{r['op']}: {r['type']}: {r['message']}" for r in rows
                      if r["kind"] == "error"]
    done = [r for r in rows if r["kind"] not in ("ready", "refused", "error")]
    verdict.done = len(done)
    runs = len(files)
    dbmod.open_database(path, create=False)
    try:
        integrity = dbmod.database.execute_sql("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            verdict.problems.append(f"integrity_check: {integrity[:5]}")
        verdict.problems += [f"{area}: {p}" for area, p in checks.run_checks()]
        lost = verdict.lost

        def present(kind: str, query, what: str) -> None:
            if not query.exists():
                lost.append(f"{kind}: {what}")

        last: dict[tuple[str, object], dict] = {}
        wanted = read_acks(look_up) if look_up is not None else done
        for r in wanted:
            kind = r["kind"]
            if kind == "user":
                present(kind, people.User.select().where(people.User.login == r["login"]), r["login"])
            elif kind in ("department", "category"):
                model = people.Department if kind == "department" else warehouse.ItemCategory
                present(kind, model.select().where(model.name == r["name"]), r["name"])
            elif kind == "item":
                present(kind, warehouse.Item.select().where(warehouse.Item.code == r["code"]), r["code"])
            elif kind == "repair":
                present(kind, repairs.RepairOrder.select().where(
                    repairs.RepairOrder.id == r["id"], repairs.RepairOrder.number == r["number"]),
                    r["number"])
            elif kind == "dispatch":
                present(kind, repairs.RepairOrder.select().where(
                    repairs.RepairOrder.id == r["id"],
                    repairs.RepairOrder.status != repairs.REGISTERED), f"order #{r['id']}")
            elif kind in ("receipt", "confirmed", "issue", "signed"):
                model = warehouse.Receipt if kind in ("receipt", "confirmed") else warehouse.IssueSlip
                query = model.select().where(model.id == r["id"], model.number == r["number"])
                if kind in ("confirmed", "signed"):
                    query = query.where(model.status == warehouse.SUBMITTED)
                present(kind, query, r["number"])
        for r in done:
            if r["kind"] in ("setting", "item_name", "roles"):
                last[(r["kind"], r.get("key", r.get("id")))] = r
        for (kind, key), r in last.items():
            if kind == "setting":
                now = int(settings.get(key, "-1"))
            elif kind == "item_name":
                item = warehouse.Item.get_or_none(warehouse.Item.id == key)
                now = int(item.name.split()[-1]) if item is not None else -1
            else:
                user = people.User.get_or_none(people.User.id == key)
                if exact and (user is None or sorted(user.roles) != r["roles"]):
                    lost.append(f"roles of user #{key}: {r['roles']} not kept")
                continue
            if now < r["seq"] or (exact and now != r["seq"]):
                lost.append(f"{kind} {key}: holds #{now}, the last acknowledged is #{r['seq']}")
        audit = Counter(AuditEntry.select(AuditEntry.user_name, AuditEntry.action)
                        .where(AuditEntry.user_name.not_in(["admin", SETUP_KEEPER])).tuples())
        acked = Counter((r["by"], r["action"]) for r in done)
        for key, n in acked.items():
            if audit[key] < n:
                lost.append(f"{key[0]} {key[1]}: {n} acknowledged, {audit[key]} in the audit log")
        surplus = sum(max(0, n - acked[key]) for key, n in audit.items())
        if surplus > (0 if exact else runs):
            verdict.unacknowledged.append(
                f"{surplus} audited operations were never acknowledged ({runs} runs)")
        negative = warehouse.Item.select().where(warehouse.Item.qty < 0)
        verdict.negative = [f"{i.code}: {i.qty}" for i in negative]
        verdict.numbers = sum(doc.model.select().count() for doc in numbering.DOCUMENT_TYPES.values())
    finally:
        dbmod.close_database()
    return verdict

