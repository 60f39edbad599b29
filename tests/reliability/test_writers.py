"""Four desks writing to one file at once: no error reaches a clerk and nothing is lost.

Four processes (tests/reliability/desk.py) run mixed operations through the
real model operations for a few seconds; then the file is read back against
every operation a desk acknowledged. Before every writing transaction took the
write lock up front, about a fifth of these operations failed at once with
"database is locked". The 4 × 30 s run is ``python -m bench.desks_bench``.
"""

from __future__ import annotations

import sqlite3

from tests.reliability import trials

DESKS = 4
SECONDS = 6


def test_four_desks_writing_at_once_see_no_error_and_lose_nothing(tmp_path):
    path = tmp_path / "office.sqlite"
    trials.prepare(path, DESKS)
    acks = trials.run_desks(path, DESKS, SECONDS, tmp_path)
    verdict = trials.verify(path, acks, exact=True)

    assert verdict.errors == [], f"{len(verdict.errors)} errors, e.g. {verdict.errors[:3]}"
    assert verdict.lost == []
    assert verdict.unacknowledged == []
    assert verdict.negative == []
    assert verdict.problems == []  # integrity_check and `check`: numbers unique and gapless
    done = trials.read_acks(acks)
    kinds = {r["kind"] for r in done}
    # every kind of operation ran, on every desk, and enough of them to meet each other
    assert kinds >= {"user", "roles", "setting", "department", "category", "item", "item_name",
                     "repair", "dispatch", "receipt", "confirmed", "issue", "signed", "stocktake"}
    assert {r["by"][-1] for r in done if "by" in r} == {str(d) for d in range(DESKS)}
    assert verdict.done >= 100  # a loaded machine does ~1,500 in 6 s; the point is contention
    assert verdict.numbers >= 40

    # the read-back is no formality: a write lost afterwards is named
    item = next(r for r in done if r["kind"] == "item")
    setting = next(r for r in done if r["kind"] == "setting")
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM item WHERE code = ?", (item["code"],))
        con.execute("DELETE FROM office_setting WHERE key = ?", (setting["key"],))
    con.close()
    lost = trials.verify(path, acks, exact=True).lost
    assert f"item: {item['code']}" in lost
    assert any(line.startswith(f"setting {setting['key']}: holds #-1") for line in lost)
