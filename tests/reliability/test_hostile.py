"""Hostile values (issue 8, section 7): every public writing operation, every odd value.

A value of the right type — 1e30, a 30-digit number, NaN, ±inf, a negative, year 1
or 9999, a lone surrogate, a control character, 100,000 characters, an id ≥ 2^63,
a timezone-aware moment — either is accepted and leaves a sound office (`check`
finds nothing), or is refused with a DomainError whose message is clear (it can be
printed, it is short, no placeholder is left) and nothing is written.

CI runs a bounded, derandomised budget per operation (about a minute in all). A
longer, random run by hand:

    HYPOTHESIS_PROFILE=long python -m pytest tests/reliability/test_hostile.py

and a count of the calls that escape as anything but a DomainError:

    python -m tests.reliability.test_hostile [examples per operation]
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException

from models import checks, clock
from models import db as dbmod
from models.errors import DomainError

from .hostile_office import Office, build_empty, build_office, load_office
from .hostile_ops import OPS, Op
from .hostile_values import T0

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
          HealthCheck.function_scoped_fixture]
PROFILES = {
    "ci": settings(max_examples=80, deadline=None, derandomize=True, database=None,
                   suppress_health_check=_QUIET, print_blob=True),
    "long": settings(max_examples=1000, deadline=None, database=None,
                     suppress_health_check=_QUIET, print_blob=True),
}
PROFILE = PROFILES.get(os.environ.get("HYPOTHESIS_PROFILE", "ci"), PROFILES["ci"])


@dataclass
class Outcome:
    """What one call did: ``kind`` is accepted, refused or escaped; ``problem`` if wrong."""

    kind: str
    problem: str = ""
    error: BaseException | None = None


class Bench:
    """The two template files and the working copy each call starts from."""

    def __init__(self, folder: Path) -> None:
        self.office_file, self.empty_file = folder / "office.sqlite", folder / "empty.sqlite"
        self.work = folder / "work.sqlite"
        self.built = build_office(self.office_file)
        build_empty(self.empty_file)

    def fresh(self, op: Op) -> Office:
        dbmod.close_database()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.work}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.empty_file if op.empty else self.office_file, self.work)
        dbmod.open_database(self.work, create=False)
        return Office() if op.empty else load_office(self.built)


def snapshot() -> dict:
    db = dbmod.database
    names = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: db.execute_sql(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")


def message_problem(exc: DomainError) -> str:
    """Why the refusal's message would not reach the clerk clearly, or ""."""
    text = exc.text()
    if not text.strip():
        return "empty message"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return f"message cannot be printed: {text[:80]!r}"
    if len(text) > 400:
        return f"message of {len(text)} characters: {text[:80]!r}…"
    if _PLACEHOLDER.search(exc.template) and text == exc.template:
        return f"placeholders not filled in {text!r}"
    return ""


def attempt(op: Op, draw, bench: Bench) -> Outcome:
    office = bench.fresh(op)
    before = {"rows": snapshot()}
    office.mark = lambda: before.update(rows=snapshot())
    try:
        op.call(draw, office)
    except HypothesisException:
        raise
    except DomainError as exc:
        problem = message_problem(exc)
        if not problem and not op.refusal_writes and snapshot() != before["rows"]:
            problem = f"refused ({exc}) but wrote"
        return Outcome("refused", problem, exc)
    except Exception as exc:
        return Outcome("escaped", f"{type(exc).__name__}: {str(exc)[:200]}", exc)
    found = checks.run_checks()
    return Outcome("accepted", f"accepted, then check finds {found[:3]}" if found else "")


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    with clock.running(lambda: T0):
        yield Bench(tmp_path_factory.mktemp("hostile"))
    dbmod.close_database()


@pytest.mark.parametrize("op", OPS, ids=[o.name for o in OPS])
def test_hostile_values_are_refused_clearly_and_write_nothing(op, bench):
    @PROFILE
    @given(data=st.data())
    def run(data):
        outcome = attempt(op, data.draw, bench)
        if outcome.kind == "escaped":
            raise AssertionError(outcome.problem) from outcome.error
        assert not outcome.problem, outcome.problem

    run()


def test_every_operation_is_tried():
    """A writing operation added to the public API must be added to the table too."""
    from models import people, repairs, settings, warehouse

    tried = {o.name for o in OPS}
    writing = {
        "people": ["create_user", "authenticate", "set_roles", "update_user", "set_active",
                   "reset_password", "change_own_password", "save_department"],
        "settings": ["put", "set_office_name", "set_up_office"],
        "repairs": ["register", "update_order", "dispatch", "mark_paper_returned", "accept",
                    "complete", "check", "send_back", "call_back", "cancel", "save_category",
                    "set_deadlines"],
        "warehouse": ["create_item", "update_item", "import_items", "save_category",
                      "save_receipt", "confirm_receipt", "cancel_receipt", "save_issue_slip",
                      "sign_issue_slip", "cancel_issue_slip", "save_request",
                      "draft_request_from_low_stock", "approve_request", "cancel_request",
                      "start_stocktake", "enter_counts", "update_stocktake",
                      "approve_stocktake", "cancel_stocktake"],
    }
    modules = {"people": people, "settings": settings, "repairs": repairs,
               "warehouse": warehouse}
    for area, names in writing.items():
        for name in names:
            assert callable(getattr(modules[area], name))
            assert f"{area}.{name}" in tried


# --- counting by hand ---------------------------------------------------------------------


def count(examples: int, folder: Path) -> Counter:
    """Run every operation ``examples`` times, random; count outcomes instead of stopping."""
    from models import passwords

    tally: Counter = Counter()
    passwords.SCRYPT_N = 2**10  # as in the tests (tests/conftest.py)
    with clock.running(lambda: T0):
        bench = Bench(folder)
        for op in OPS:
            _count_one(op, examples, bench, tally)
    dbmod.close_database()
    return tally


def _count_one(op: Op, examples: int, bench: Bench, tally: Counter) -> None:
        @seed(20260315)
        @settings(PROFILES["long"], max_examples=examples)
        @given(data=st.data())
        def run(data):
            outcome = attempt(op, data.draw, bench)
            tally["calls"] += 1
            tally[outcome.kind] += 1
            if outcome.kind == "escaped":
                tally[f"escaped {type(outcome.error).__name__}"] += 1
                tally[f"escaped in {op.name}"] += 1
            elif outcome.problem:
                tally["wrong " + outcome.kind] += 1
                tally[f"wrong {outcome.kind} in {op.name}"] += 1

        run()


if __name__ == "__main__":
    import tempfile

    per_op = int(sys.argv[1]) if len(sys.argv) > 1 else 130
    with tempfile.TemporaryDirectory() as tmp:
        result = count(per_op, Path(tmp))
    for key, value in sorted(result.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{value:6d}  {key}")
