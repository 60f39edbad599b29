"""Document numbers: unique and gapless per type and day, allocated in the transaction."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from peewee import CharField

from models import db as dbmod
from models import numbering
from models.db import BaseModel


class Doc(BaseModel):
    number = CharField(unique=True)

    class Meta:
        table_name = "test_doc"


@pytest.fixture
def docs(db, monkeypatch):
    db.create_tables([Doc])
    monkeypatch.setattr(numbering, "DOCUMENT_TYPES", {})
    numbering.register("TD", Doc, Doc.number)
    return Doc


def _create(day):
    with dbmod.database.atomic():
        return Doc.create(number=numbering.next_number("TD", day))


def test_format_and_sequence_per_day(docs):
    d1, d2 = dt.date(2026, 11, 22), dt.date(2026, 11, 23)
    assert [_create(d1).number for _ in range(3)] == [
        "TD20261122-0001",
        "TD20261122-0002",
        "TD20261122-0003",
    ]
    assert _create(d2).number == "TD20261123-0001"
    assert _create(d1).number == "TD20261122-0004"
    assert numbering.check_numbers() == []


def test_refused_operation_gives_its_number_back(docs):
    day = dt.date(2026, 1, 5)
    _create(day)
    with pytest.raises(RuntimeError):
        with dbmod.database.atomic():
            Doc.create(number=numbering.next_number("TD", day))
            raise RuntimeError("refused after numbering")
    assert _create(day).number == "TD20260105-0002"
    assert numbering.check_numbers() == []


def test_numbers_outside_a_transaction_are_refused(docs):
    with pytest.raises(RuntimeError):
        numbering.next_number("TD")


def test_concurrent_desks_get_unique_gapless_numbers(docs, db_path):
    day = dt.date(2026, 3, 1)
    errors = []

    def desk():
        try:
            for _ in range(20):
                _create(day)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            dbmod.database.close()

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    numbers = sorted(d.number for d in Doc.select())
    assert numbers == [f"TD20260301-{n:04d}" for n in range(1, 81)]
    assert numbering.check_numbers() == []


def test_check_finds_gaps_and_duplicated_counters(docs):
    day = dt.date(2026, 2, 1)
    _create(day)
    Doc.create(number="TD20260201-0003")
    problems = numbering.check_numbers()
    assert any("not gapless" in p for p in problems)
    assert any("counter at 1" in p for p in problems)
