"""Document numbers (单号): a prefix per type, the date and a sequence, e.g. BX20261122-0003.

Numbers are unique and gapless per type and day. The counter is bumped inside
the writing transaction, so a refused or failed operation gives its number back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import CharField, Field, IntegerField, Model

from . import clock
from .db import BaseModel, database


class DocumentCounter(BaseModel):
    prefix = CharField()
    day = CharField()  # YYYYMMDD
    last = IntegerField(default=0)

    class Meta:
        table_name = "document_counter"
        primary_key = False
        indexes = ((("prefix", "day"), True),)


@dataclass(frozen=True)
class DocumentType:
    prefix: str
    model: type[Model]
    field: Field


DOCUMENT_TYPES: dict[str, DocumentType] = {}


def register(prefix: str, model: type[Model], field: Field) -> None:
    """Declare that ``model.field`` holds numbers with ``prefix`` (for `check`)."""
    DOCUMENT_TYPES[prefix] = DocumentType(prefix, model, field)


NUMBER_RE = re.compile(r"^(?P<prefix>[A-Z]+)(?P<day>\d{8})-(?P<seq>\d{4,})$")


def format_number(prefix: str, day: dt.date, seq: int) -> str:
    return f"{prefix}{day:%Y%m%d}-{seq:04d}"


def next_number(prefix: str, day: dt.date | None = None) -> str:
    """Allocate the next number. Must run inside the operation's transaction."""
    if not database.in_transaction():
        raise RuntimeError("next_number must be called inside the writing transaction")
    if not re.fullmatch(r"[A-Z]{1,6}", prefix):
        raise ValueError(f"bad document prefix {prefix!r}")
    day = day or clock.today()
    key = f"{day:%Y%m%d}"
    # UPDATE first: it takes SQLite's write lock, so two desks cannot read the same value.
    cursor = database.execute_sql(
        "INSERT INTO document_counter (prefix, day, last) VALUES (?, ?, 1) "
        "ON CONFLICT (prefix, day) DO UPDATE SET last = last + 1 RETURNING last",
        (prefix, key),
    )
    seq = cursor.fetchone()[0]
    return format_number(prefix, day, seq)


def check_numbers() -> list[str]:
    """Problems with the numbers of every registered document type (for `check`)."""
    problems: list[str] = []
    for doc in DOCUMENT_TYPES.values():
        by_day: dict[str, list[int]] = {}
        for (number,) in doc.model.select(doc.field).tuples():
            m = NUMBER_RE.match(number or "")
            if not m or m["prefix"] != doc.prefix:
                problems.append(f"{doc.model._meta.table_name}: malformed number {number!r}")
                continue
            by_day.setdefault(m["day"], []).append(int(m["seq"]))
        counters = {
            row.day: row.last
            for row in DocumentCounter.select().where(DocumentCounter.prefix == doc.prefix)
        }
        for day, seqs in sorted(by_day.items()):
            seqs.sort()
            if len(seqs) != len(set(seqs)):
                problems.append(f"{doc.prefix}{day}: duplicate numbers")
            if seqs != list(range(1, len(seqs) + 1)):
                problems.append(f"{doc.prefix}{day}: numbers are not gapless ({seqs[:10]}...)")
            if counters.get(day, 0) != max(seqs):
                problems.append(
                    f"{doc.prefix}{day}: counter at {counters.get(day, 0)}, highest number {max(seqs)}"
                )
    return problems
