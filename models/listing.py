"""Lists over big tables (列表): one declaration per tab; filtering, sorting and paging in SQL.

An office keeps ten years, so a list never loads all rows (nor all keys).
A ``ListSpec`` says which columns a tab shows, which fields the search box
looks in, which field is the date and which the status. ``fetch_page`` returns
one page in the chosen order by *keyset* paging: the next page starts after
the last (sort value, id) seen, so page 500 costs what page 1 costs, provided
the sort column is indexed. NULLs sort first ascending and last descending,
as SQLite does, and ties are broken by id in the same direction.

Page rows are raw database values (no per-row conversion; the GUI formats the
few rows it paints); ``python_values`` converts a row when a tab needs real
dates or Decimals. ``export_rows`` streams every matching row for a
spreadsheet, with status labels translated by the caller's function.
Qt-free: headers and labels are marked with QT_TRANSLATE_NOOP("Lists", ...).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from peewee import (
    OP,
    SQL,
    DateTimeField,
    Expression,
    Field,
    Model,
    NodeList,
    Select,
    Value,
    WrappedNode,
    fn,
)

KINDS = ("text", "date", "datetime", "number", "money", "status")
LIKE_ESCAPE = "\\"

Sort = tuple[str, bool]  # (column key, descending)
Translate = Callable[[str, str], str]  # QCoreApplication.translate's shape


@dataclass(frozen=True)
class Column:
    """One column of a list: what it shows, how, and from which SQL expression."""

    key: str
    header: str  # English source, marked QT_TRANSLATE_NOOP("Lists", ...)
    expr: Any  # a peewee Field or expression
    width: int = 100  # pixels, the default before the clerk resizes it
    kind: str = "text"
    # status code -> label: a models.vocabulary table (translated in its context), or a
    # plain mapping whose labels are marked in the "Lists" context
    labels: Mapping[Any, str] | None = None
    sortable: bool = True
    visible: bool = True  # False: hidden until the clerk shows it
    # (raw value, translate or None) -> the text shown and exported
    display: Callable[[Any, Translate | None], str] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


@dataclass
class ListFilter:
    """What the clerk asked for in the filter bar; empty values mean "all"."""

    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


ExtraFilter = Callable[[Select, Any], Select]


@dataclass
class ListSpec:
    """The declaration of a tab's list; see the module docstring."""

    name: str  # stable, used for the desk's saved column layout
    title: str  # English source, marked QT_TRANSLATE_NOOP("Lists", ...)
    model: type[Model]
    columns: list[Column]
    search: Sequence[Any] = ()  # fields the search box looks in (LIKE %text%)
    date_field: Any = None
    status_field: Any = None
    # the status combo: a vocabulary, or (code, label) pairs marked in the "Lists" context
    statuses: Mapping[Any, str] | Sequence[tuple[Any, str]] = ()
    default_sort: Sort | None = None  # None: newest id first
    base_query: Callable[[], Select] | None = None  # joins, fixed conditions
    extra_filters: Mapping[str, ExtraFilter] = field(default_factory=dict)
    # Page statements are built once per filter and sort and reused while scrolling;
    # set False when base_query or an extra filter reads the clock ("overdue today").
    cache_sql: bool = True

    def __post_init__(self) -> None:
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate column keys in list {self.name!r}")
        self._index = {key: i for i, key in enumerate(keys)}

    @property
    def id_field(self) -> Field:
        return self.model._meta.primary_key

    def index_of(self, key: str) -> int:
        return self._index[key]

    def column(self, key: str) -> Column:
        return self.columns[self._index[key]]

    def sort_or_default(self, sort: Sort | None) -> Sort:
        if sort is not None and sort[0] in self._index:
            return sort
        return self.default_sort or ("", True)


class Cursor(NamedTuple):
    """Where the last page ended: that row's raw sort value and its id."""

    value: Any
    id: int


@dataclass
class Page:
    rows: list[tuple]  # (id, raw value of each column in spec order)
    cursor: Cursor | None  # None: no more rows


# --- building the query ----------------------------------------------------------


def like_pattern(text: str) -> str:
    """``%text%`` with the clerk's own % and _ taken literally."""
    for ch in (LIKE_ESCAPE, "%", "_"):
        text = text.replace(ch, LIKE_ESCAPE + ch)
    return f"%{text}%"


def _contains(expr: Any, text: str) -> Expression:
    pattern = NodeList((Value(like_pattern(text), converter=False), SQL("ESCAPE"),
                        Value(LIKE_ESCAPE, converter=False)))
    return Expression(expr, OP.ILIKE, pattern)


def _raw(value: Any) -> Value:
    """A raw database value as a parameter, not passed through the field's converter."""
    return Value(value, converter=False)


def _day_bound(expr: Any, day: dt.date) -> Any:
    """The start of ``day`` in the representation the date field stores."""
    node = expr.unwrap() if isinstance(expr, WrappedNode) else expr
    if isinstance(node, DateTimeField):
        return dt.datetime.combine(day, dt.time())
    return day


def filtered_query(spec: ListSpec, flt: ListFilter | None = None) -> Select:
    """The spec's base query with the filter applied; selects nothing in particular yet."""
    flt = flt or ListFilter()
    query = spec.base_query() if spec.base_query else spec.model.select()
    for term in flt.text.split():
        if spec.search:
            condition = None
            for expr in spec.search:
                part = _contains(expr, term)
                condition = part if condition is None else (condition | part)
            query = query.where(condition)
    if spec.date_field is not None:
        if flt.date_from is not None:
            query = query.where(spec.date_field >= _day_bound(spec.date_field, flt.date_from))
        if flt.date_to is not None:
            next_day = flt.date_to + dt.timedelta(days=1)
            query = query.where(spec.date_field < _day_bound(spec.date_field, next_day))
    if spec.status_field is not None and flt.status not in (None, ""):
        query = query.where(spec.status_field == flt.status)
    for key, apply in spec.extra_filters.items():
        value = flt.extra.get(key)
        if value is not None and value != "":
            query = apply(query, value)
    return query


def _nullable(spec: ListSpec, expr: Any) -> bool:
    """Whether the sort expression may be NULL (anything but a NOT NULL field of the model)."""
    node = expr.unwrap() if isinstance(expr, WrappedNode) else expr
    if isinstance(node, Field) and node.model is spec.model:
        return bool(node.null)
    return True


class _Slot:
    """Stands in a cached statement's parameters for the cursor's value or id."""

    def __init__(self, name: str) -> None:
        self.name = name


_VALUE, _ID = _Slot("value"), _Slot("id")
_CACHE_SIZE = 64
_statements: dict[tuple, tuple[ListSpec, list[tuple[str, list]]]] = {}


def _segments(spec: ListSpec, sort: Sort, after: str) -> list[tuple[Any, list]]:
    """The (condition, ORDER BY) runs that continue the list after a cursor.

    ``after`` is "start", "null" (the cursor is inside the NULL run) or "value".
    Each run is an index seek: the rest of the current tie (same sort value,
    later id), then the later values, then (descending) the NULL rows. The
    cursor's value and id appear as the _VALUE and _ID slots.
    """
    pk = spec.id_field
    key, desc = sort
    by_id = [pk.desc() if desc else pk.asc()]
    after_id = (pk < _raw(_ID)) if desc else (pk > _raw(_ID))
    if not key or spec.column(key).expr is pk:
        return [(after_id if after != "start" else None, by_id)]
    expr = spec.column(key).expr
    by_value = [expr.desc(), pk.desc()] if desc else [expr.asc(), pk.asc()]
    beyond = (expr < _raw(_VALUE)) if desc else (expr > _raw(_VALUE))
    tie_rest = ((expr == _raw(_VALUE)) & after_id, by_id)
    if not _nullable(spec, expr):
        return [(None, by_value)] if after == "start" else [tie_rest, (beyond, by_value)]
    nulls = [(expr.is_null(), by_id)]
    values = [(expr.is_null(False), by_value)]
    if after == "start":
        return values + nulls if desc else nulls + values
    if after == "null":
        rest = [(expr.is_null() & after_id, by_id)]
        return rest if desc else rest + values
    return [tie_rest, (beyond, by_value)] + (nulls if desc else [])


def _selected(spec: ListSpec, query: Select) -> Select:
    return query.select(spec.id_field, *(c.expr for c in spec.columns))


def _filter_key(flt: ListFilter | None) -> tuple | None:
    if flt is None:
        return ()
    try:
        extra = tuple(sorted(flt.extra.items()))
        key = (flt.text, flt.date_from, flt.date_to, flt.status, extra)
        hash(key)
    except TypeError:  # an unhashable extra value: build the statement every time
        return None
    return key


def _page_statements(spec: ListSpec, flt: ListFilter | None, sort: Sort, after: str,
                     limit: int) -> list[tuple[str, list]]:
    """The SQL of each run, built once per (list, filter, sort, cursor kind, limit).

    Building a statement in peewee costs more than running it on an index;
    scrolling asks for the same statements with another cursor every time.
    """
    filter_key = _filter_key(flt) if spec.cache_sql else None
    key = (id(spec), filter_key, sort, after, limit)
    cached = _statements.get(key) if filter_key is not None else None
    if cached is not None and cached[0] is spec:
        return cached[1]
    base = _selected(spec, filtered_query(spec, flt))
    statements = []
    for condition, order in _segments(spec, sort, after):
        query = base if condition is None else base.where(condition)
        sql, params = query.order_by(*order).limit(limit).sql()
        statements.append((sql, list(params)))
    if filter_key is not None:
        if len(_statements) >= _CACHE_SIZE:
            _statements.pop(next(iter(_statements)))
        _statements[key] = (spec, statements)
    return statements


def fetch_page(
    spec: ListSpec,
    flt: ListFilter | None = None,
    sort: Sort | None = None,
    after: Cursor | None = None,
    limit: int = 200,
) -> Page:
    """One page of raw rows ``(id, *columns)`` after ``after``, in ``sort`` order."""
    sort = spec.sort_or_default(sort)
    position = spec.index_of(sort[0]) + 1 if sort[0] else 0
    where = "start" if after is None else ("null" if after.value is None else "value")
    slots = {} if after is None else {_VALUE: after.value, _ID: after.id}
    database = spec.model._meta.database
    rows: list[tuple] = []
    for sql, params in _page_statements(spec, flt, sort, where, limit):
        bound = [slots.get(p, p) if isinstance(p, _Slot) else p for p in params]
        if rows:  # LIMIT is the last parameter: only what the page still lacks
            bound[-1] = limit - len(rows)
        rows.extend(database.execute_sql(sql, bound).fetchall())
        if len(rows) >= limit:
            break
    if len(rows) < limit or not rows:
        return Page(rows, None)
    last = rows[-1]
    return Page(rows, Cursor(last[position], last[0]))


def count_query(spec: ListSpec, flt: ListFilter | None = None) -> Select:
    """``SELECT COUNT(*)`` of the matching rows (a query, so a worker can run its SQL)."""
    query = filtered_query(spec, flt).order_by()
    if query._group_by or query._distinct:
        inner = query.select(spec.id_field).alias("q")
        return Select([inner], [fn.COUNT(SQL("*"))]).bind(spec.model._meta.database)
    return query.select(fn.COUNT(SQL("*")))


def count(spec: ListSpec, flt: ListFilter | None = None) -> int:
    """How many rows match the filter."""
    sql, params = count_query(spec, flt).sql()
    return spec.model._meta.database.execute_sql(sql, params).fetchone()[0] or 0


def database_file(spec: ListSpec) -> str | None:
    """The file the list's table lives in; None in memory or behind a URI (no second
    connection can reach it, so the count runs on the list's own)."""
    database = spec.model._meta.database
    obj = getattr(database, "obj", database)
    path = getattr(obj, "database", None)
    if not path or path == ":memory:" or str(path).startswith("file:"):
        return None
    return str(path)


def _adapt(value: Any) -> Any:
    """A parameter as SQLite stores it (what the sqlite3 default adapters did)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


class DetachedCount:
    """``count`` on a connection of its own, for a worker thread, interruptible from another.

    Counting a text filter over ten years reads every row; the GUI shows the first
    page at once and runs this beside it. ``run()`` gives -1 when it was cancelled
    or failed (the caller counts on its own connection then).
    """

    def __init__(self, spec: ListSpec, flt: ListFilter | None, path: str) -> None:
        sql, params = count_query(spec, flt).sql()
        self.path, self.sql, self.params = path, sql, [_adapt(p) for p in params]
        self.connection: sqlite3.Connection | None = None
        self.cancelled = False

    def run(self) -> int:
        result = -1
        try:
            if not self.cancelled:
                self.connection = sqlite3.connect(self.path, check_same_thread=False)
                if not self.cancelled:
                    result = self.connection.execute(self.sql, self.params).fetchone()[0]
        except sqlite3.Error:
            result = -1
        finally:
            if self.connection is not None:
                self.connection.close()
        return result

    def cancel(self) -> None:
        self.cancelled = True
        connection = self.connection
        if connection is not None:
            try:
                connection.interrupt()
            except sqlite3.Error:  # already closed: nothing left to interrupt
                pass


# --- values ----------------------------------------------------------------------


def _converter(expr: Any) -> Callable[[Any], Any] | None:
    node = expr.unwrap() if isinstance(expr, WrappedNode) else expr
    return node.python_value if isinstance(node, Field) else None


def python_values(spec: ListSpec, raw: Sequence) -> dict[str, Any]:
    """A raw page row as {"id": ..., column key: Python value} (dates, Decimals)."""
    out: dict[str, Any] = {"id": raw[0]}
    for column, value in zip(spec.columns, raw[1:], strict=False):
        convert = _converter(column.expr)
        out[column.key] = convert(value) if convert and value is not None else value
    return out


def status_label(column: Column, code: Any, translate: Translate | None = None) -> str:
    """The clerk's word for a status code, translated when ``translate`` is given."""
    if code is None:
        return ""
    label = (column.labels or {}).get(code)
    if label is None:
        return str(code)
    return translate(labels_context(column.labels), label) if translate else label


def labels_context(labels: object) -> str:
    """The translation context of a column's labels or a list's statuses (a vocabulary's own)."""
    return getattr(labels, "context", "Lists")


def status_choices(spec: ListSpec, translate: Translate | None = None) -> list[tuple[Any, str]]:
    """(code, label) for the list's status combo, translated when ``translate`` is given."""
    statuses = spec.statuses
    pairs = statuses.items() if isinstance(statuses, Mapping) else statuses
    context = labels_context(statuses)
    return [(code, translate(context, label) if translate else label) for code, label in pairs]


def export_value(column: Column, value: Any, translate: Translate | None = None) -> Any:
    """A Python value as a spreadsheet cell wants it: real dates, money as 2-place Decimal."""
    if value is None:
        return None
    if column.display is not None:
        return column.display(value, translate)
    if column.kind == "status" or column.labels:
        return status_label(column, value, translate)
    if column.kind == "money":
        return Decimal(str(value)).quantize(Decimal("0.01"))
    if column.kind == "date" and isinstance(value, dt.datetime):
        return value.date()
    if column.kind in ("date", "datetime") and isinstance(value, str):
        return _parse_date(value, column.kind)
    return value


def _parse_date(text: str, kind: str) -> Any:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return value.date() if kind == "date" else value


def iter_rows(
    spec: ListSpec,
    flt: ListFilter | None = None,
    sort: Sort | None = None,
    keys: Sequence[str] | None = None,
) -> Iterator[tuple]:
    """Every matching row as Python values of ``keys`` (default: all columns), streamed.

    One ordered query read as it goes: the same order as the pages
    (SQLite puts NULLs first ascending, last descending, as the pages do).
    """
    key, desc = spec.sort_or_default(sort)
    pk = spec.id_field
    columns = [spec.column(k) for k in keys] if keys is not None else list(spec.columns)
    order = [pk.desc() if desc else pk.asc()]
    if key and spec.column(key).expr is not pk:
        expr = spec.column(key).expr
        order.insert(0, expr.desc() if desc else expr.asc())
    query = filtered_query(spec, flt).select(*(c.expr for c in columns)).order_by(*order)
    yield from query.tuples().iterator()


def export_rows(
    spec: ListSpec,
    flt: ListFilter | None = None,
    sort: Sort | None = None,
    keys: Sequence[str] | None = None,
    translate: Translate | None = None,
) -> Iterator[list]:
    """``iter_rows`` made ready for a spreadsheet (see ``export_value``)."""
    columns = [spec.column(k) for k in keys] if keys is not None else list(spec.columns)
    for row in iter_rows(spec, flt, sort, [c.key for c in columns]):
        yield [export_value(c, v, translate) for c, v in zip(columns, row, strict=True)]

