"""The one clock (models/clock.py): "now" to the second, moved only by ``running``, and no
other module in models/, reports/, gui/ or main.py reads the machine's clock itself."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from models import clock
from tests.helpers.clock import T0, Clock

ROOT = Path(__file__).resolve().parents[2]
# Attributes that read the machine's clock, on the receivers that have them.
READERS = {"now", "today", "utcnow", "currentDate", "currentDateTime", "currentDateTimeUtc",
           "currentTime"}
RECEIVERS = {"dt.datetime", "datetime", "datetime.datetime", "dt.date", "date", "datetime.date",
             "QDate", "QDateTime", "QTime"}


def test_now_is_the_source_to_the_second_and_today_its_date():
    with clock.running(lambda: dt.datetime(2026, 3, 10, 9, 0, 5, 999_999)):
        assert clock.now() == dt.datetime(2026, 3, 10, 9, 0, 5)
        assert clock.today() == dt.date(2026, 3, 10)


def test_without_a_source_it_is_the_machines_clock():
    before = dt.datetime.now().replace(microsecond=0)
    assert before <= clock.now() <= dt.datetime.now()
    assert clock.now().microsecond == 0


def test_running_nests_and_gives_back_the_clock_before_even_after_an_error():
    outer, inner = Clock(T0), Clock(dt.datetime(2030, 1, 1, 8, 0))
    with clock.running(outer):
        with pytest.raises(RuntimeError):
            with clock.running(inner):
                assert clock.now() == dt.datetime(2030, 1, 1, 8, 0)
                raise RuntimeError("a step of the demo failed")
        assert clock.now() == T0
        outer.advance(hours=2)
        assert clock.now() == T0 + dt.timedelta(hours=2)
    assert abs(clock.now() - dt.datetime.now()) < dt.timedelta(seconds=2)


def test_the_clock_fixture_moves_the_operations_audit_and_numbers(clock, make_user):
    from models import numbering, people
    from models.audit import AuditEntry
    from models.db import database

    assert clock.now == T0
    clock.set(dt.datetime(2026, 5, 4, 10, 30))
    user = make_user(people.CLERK, login="timed")
    row = AuditEntry.select().where(AuditEntry.record_id == user.id,
                                    AuditEntry.action == "user.create").get()
    assert row.at == dt.datetime(2026, 5, 4, 10, 30)
    assert user.created_at == dt.datetime(2026, 5, 4, 10, 30)
    with database.atomic():
        assert numbering.next_number("TS").startswith("TS20260504-")


@pytest.mark.clock_at(dt.datetime(2027, 1, 2, 3, 4))
def test_a_mark_starts_the_clock_fixture_elsewhere(clock):
    from models import clock as program_clock

    assert program_clock.now() == dt.datetime(2027, 1, 2, 3, 4) == clock.now


def machine_clock_readers(path: Path, root: Path = ROOT) -> list[str]:
    """'file:line name' for each place that reads the machine's clock itself."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in READERS \
                and ast.unparse(node.value) in RECEIVERS:
            found.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(node)}")
    return sorted(found)


def test_no_module_reads_the_machines_clock_but_models_clock():
    files = [ROOT / "main.py", *[p for layer in ("models", "reports", "gui")
                                 for p in sorted((ROOT / layer).rglob("*.py"))]]
    found = [hit for p in files if p != ROOT / "models" / "clock.py"
             for hit in machine_clock_readers(p)]
    assert found == []


def test_the_scan_finds_each_way_of_reading_the_machines_clock(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\nfrom PySide6.QtCore import QDate\n"
        "a = dt.datetime.now()\nb = dt.date.today()\nc = QDate.currentDate()\n"
        "class T:\n    at = DateTimeField(default=dt.datetime.now)\n"
        "d = clock.now()\ne = order.now\n", encoding="utf-8")
    assert machine_clock_readers(sample, tmp_path) == [
        "sample.py:3 dt.datetime.now", "sample.py:4 dt.date.today",
        "sample.py:5 QDate.currentDate", "sample.py:7 dt.datetime.now"]
