"""Lists over big tables: filters, sorting with ties and NULLs, keyset pages, export rows."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from peewee import CharField, DateTimeField, DecimalField, IntegerField

from models import listing
from models.db import BaseModel
from models.i18n import QT_TRANSLATE_NOOP
from models.listing import Column, Cursor, ListFilter, ListSpec


class Line(BaseModel):
    """Shaped like a stock-ledger line; exists only in these tests."""

    at = DateTimeField(index=True)
    item_code = CharField(index=True)
    item_name = CharField(index=True)
    qty = IntegerField(null=True, index=True)
    unit_cost = DecimalField(max_digits=12, decimal_places=2, null=True, index=True)
    doc_no = CharField(null=True, index=True)
    kind = CharField(index=True)

    class Meta:
        table_name = "test_listing_line"


KINDS = {
    "in": QT_TRANSLATE_NOOP("Lists", "Receipt"),
    "out": QT_TRANSLATE_NOOP("Lists", "Issue"),
    "count": QT_TRANSLATE_NOOP("Lists", "Stocktake"),
}


def make_spec(**overrides) -> ListSpec:
    options = dict(
        name="test_ledger",
        title="Stock ledger",
        model=Line,
        columns=[
            Column("at", "Time", Line.at, kind="datetime"),
            Column("item_code", "Code", Line.item_code),
            Column("item_name", "Item", Line.item_name),
            Column("qty", "Qty", Line.qty, kind="number"),
            Column("unit_cost", "Unit cost", Line.unit_cost, kind="money"),
            Column("doc_no", "Document", Line.doc_no),
            Column("kind", "Kind", Line.kind, kind="status", labels=KINDS),
        ],
        search=[Line.item_code, Line.item_name, Line.doc_no],
        date_field=Line.at,
        status_field=Line.kind,
        statuses=list(KINDS.items()),
        default_sort=("at", True),
    )
    options.update(overrides)
    return ListSpec(**options)


@pytest.fixture
def spec(db):
    db.create_tables([Line])
    return make_spec()


def add(at, name="螺丝", code="A001", qty=1, cost="1.00", doc=None, kind="in") -> int:
    return Line.create(at=at, item_code=code, item_name=name, qty=qty,
                       unit_cost=None if cost is None else Decimal(cost),
                       doc_no=doc, kind=kind).id


def ids(spec, flt=None, sort=None) -> list[int]:
    return [row[0] for row in all_pages(spec, flt, sort, 1000)]


def all_pages(spec, flt, sort, size):
    rows, after, pages = [], None, 0
    while True:
        page = listing.fetch_page(spec, flt, sort, after, limit=size)
        rows.extend(page.rows)
        pages += 1
        assert pages < 10_000, "paging does not end"
        if page.cursor is None:
            return rows
        after = page.cursor


D = dt.datetime


def test_text_search_looks_in_every_search_field_and_needs_every_word(spec):
    a = add(D(2024, 1, 1), "六角螺丝 M6", code="LS-06", doc="RK-2024-0001")
    b = add(D(2024, 1, 2), "灯管 T8", code="DG-08", doc="CK-2024-0001")
    c = add(D(2024, 1, 3), "螺丝刀", code="GJ-01", doc=None)
    assert set(ids(spec, ListFilter(text="螺丝"))) == {a, c}
    assert ids(spec, ListFilter(text="ck-2024")) == [b]  # ASCII case does not matter
    assert ids(spec, ListFilter(text="  螺丝   M6 ")) == [a]
    assert ids(spec, ListFilter(text="螺丝 灯管")) == []
    assert listing.count(spec, ListFilter(text="2024-0001")) == 2


def test_percent_underscore_and_backslash_are_taken_literally(spec):
    pct = add(D(2024, 1, 1), "折扣50%的胶带")
    add(D(2024, 1, 2), "胶带500卷")
    under = add(D(2024, 1, 3), "A_B 型号")
    add(D(2024, 1, 4), "AXB 型号")
    slash = add(D(2024, 1, 5), "C\\D 型号")
    assert ids(spec, ListFilter(text="50%")) == [pct]
    assert ids(spec, ListFilter(text="A_B")) == [under]
    assert ids(spec, ListFilter(text="%")) == [pct]
    assert ids(spec, ListFilter(text="_")) == [under]
    assert ids(spec, ListFilter(text="C\\D")) == [slash]


def test_date_range_includes_both_whole_days(spec):
    add(D(2024, 2, 29, 23, 59, 59))
    first = add(D(2024, 3, 1, 0, 0, 0))
    last = add(D(2024, 3, 31, 23, 59, 59, 999000))
    add(D(2024, 4, 1, 0, 0, 0))
    march = ListFilter(date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31))
    assert ids(spec, march) == [last, first]
    assert len(ids(spec, ListFilter(date_from=dt.date(2024, 3, 1)))) == 3
    assert len(ids(spec, ListFilter(date_to=dt.date(2024, 3, 1)))) == 2
    assert ids(spec, ListFilter(date_from=dt.date(2024, 3, 31), date_to=dt.date(2024, 3, 31))) \
        == [last]


def test_status_filter_and_extra_filters(spec):
    r1 = add(D(2024, 1, 1), kind="in", qty=5)
    add(D(2024, 1, 2), kind="out", qty=5)
    r3 = add(D(2024, 1, 3), kind="in", qty=50)
    assert ids(spec, ListFilter(status="in")) == [r3, r1]
    assert len(ids(spec, ListFilter(status=None))) == 3
    big = make_spec(extra_filters={"min_qty": lambda q, v: q.where(Line.qty >= v)})
    assert ids(big, ListFilter(status="in", extra={"min_qty": 10})) == [r3]
    assert len(ids(big, ListFilter(extra={"min_qty": None}))) == 3
    assert listing.count(big, ListFilter(extra={"min_qty": 5})) == 3


def expected_order(rows: list[dict], key: str, desc: bool) -> list[int]:
    """SQLite's order: NULLs first ascending (by id), values then id; descending is the mirror."""
    asc = sorted(rows, key=lambda r: (r[key] is not None, r[key] if r[key] is not None else 0,
                                      r["id"]))
    order = [r["id"] for r in asc]
    return order[::-1] if desc else order


@pytest.mark.parametrize("key", ["at", "item_name", "qty", "unit_cost", "doc_no", "kind", None])
@pytest.mark.parametrize("desc", [False, True])
def test_pages_concatenate_to_the_whole_ordered_list(spec, key, desc):
    rnd = random.Random(f"{key}{desc}")
    with Line._meta.database.atomic():
        for _ in range(60):
            add(D(2024, 1, rnd.randint(1, 3), rnd.choice([8, 9])),
                name=rnd.choice(["灯管", "螺丝", "胶带"]),
                qty=rnd.choice([None, 1, 2, 2, 3]),
                cost=rnd.choice([None, "0.50", "12.00", "12.00"]),
                doc=rnd.choice([None, None, "RK-1", "CK-2", "CK-10"]),
                kind=rnd.choice(list(KINDS)))
    raw = [listing.python_values(spec, r) for r in listing.fetch_page(spec, limit=10_000).rows]
    assert len(raw) == 60
    if key is None:  # no sort chosen: newest first by default (the spec's default_sort)
        sort, key, desc = None, "at", True
    else:
        sort = (key, desc)
    want = expected_order(raw, key, desc)
    for size in (1, 2, 3, 7, 59, 60, 61):
        got = [r[0] for r in all_pages(spec, None, sort, size)]
        assert got == want, f"page size {size}"
    assert [r[0] for r in listing.fetch_page(spec, None, sort, limit=500).rows] == want
    exported = list(listing.iter_rows(spec, None, sort, keys=["at", "kind"]))
    assert len(exported) == 60


def test_paging_with_a_filter_and_a_sort_on_id(spec):
    made = [add(D(2024, 1, 1 + i % 5), name="螺丝" if i % 2 else "灯管") for i in range(25)]
    spec_by_id = make_spec(columns=[Column("id", "No.", Line.id, kind="number"),
                                    *make_spec().columns], default_sort=("id", False))
    screws = [i for n, i in enumerate(made) if n % 2]
    assert [r[0] for r in all_pages(spec_by_id, ListFilter(text="螺丝"), None, 4)] == screws
    assert [r[0] for r in all_pages(spec_by_id, ListFilter(text="螺丝"), ("id", True), 4)] \
        == screws[::-1]


def test_a_page_ends_with_a_cursor_only_when_it_is_full(spec):
    for i in range(5):
        add(D(2024, 1, 1 + i))
    page = listing.fetch_page(spec, limit=5)
    assert len(page.rows) == 5 and isinstance(page.cursor, Cursor)
    assert listing.fetch_page(spec, after=page.cursor, limit=5).rows == []
    assert listing.fetch_page(spec, limit=6).cursor is None
    assert listing.fetch_page(spec, ListFilter(text="nothing like this")).rows == []


def test_unknown_sort_key_falls_back_to_the_default(spec):
    a, b = add(D(2024, 1, 1)), add(D(2024, 1, 2))
    assert ids(spec, None, ("no_such_column", False)) == [b, a]


def test_python_values_and_export_rows(spec):
    rid = add(D(2024, 5, 6, 7, 8, 9), "灯管", qty=3, cost="12.5", doc="RK-9", kind="out")
    raw = listing.fetch_page(spec).rows[0]
    values = listing.python_values(spec, raw)
    assert values["id"] == rid
    assert values["at"] == D(2024, 5, 6, 7, 8, 9)
    assert values["unit_cost"] == Decimal("12.5")

    def translate(context, text):
        assert context == "Lists"
        return {"Issue": "出库"}.get(text, text)

    rows = list(listing.export_rows(spec, None, None, ["kind", "unit_cost", "at", "item_name"],
                                    translate))
    assert rows == [["出库", Decimal("12.50"), D(2024, 5, 6, 7, 8, 9), "灯管"]]
    assert str(rows[0][1]) == "12.50"
    date_col = Column("day", "Day", Line.at, kind="date")
    assert listing.export_value(date_col, D(2024, 5, 6, 7, 8)) == dt.date(2024, 5, 6)
    assert listing.export_value(date_col, "2024-05-06 07:08:00") == dt.date(2024, 5, 6)
    assert listing.status_label(spec.column("kind"), "weird") == "weird"
    assert listing.status_label(spec.column("kind"), None) == ""


def test_a_spec_refuses_duplicate_keys_and_unknown_kinds():
    with pytest.raises(ValueError):
        Column("x", "X", Line.qty, kind="colour")
    with pytest.raises(ValueError):
        make_spec(columns=[Column("a", "A", Line.qty), Column("a", "A", Line.qty)])


def test_like_pattern_escapes():
    assert listing.like_pattern("5%_\\") == "%5\\%\\_\\\\%"
