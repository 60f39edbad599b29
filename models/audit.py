"""The audit log (操作日志): who changed what, when; written in the same transaction.

The log is tamper-evident. Each row carries ``row_hash``, a SHA-256 over its own
content and the previous row's hash, so a row edited, re-attributed or deleted
with an outside tool breaks the chain at that row, and ``check`` names it. Ids
are gapless (rowid = max + 1, never reused while the newest row stays), so a
deleted row also shows as a gap; ``audit_seal`` keeps the newest id and hash
(updated by a trigger) so that deleting the newest rows shows too. SQLite
triggers refuse UPDATE and DELETE on the log. Anyone who can rewrite the file
can forge a whole new chain: this makes tampering evident, not impossible.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from peewee import CharField, DateTimeField, IntegerField, TextField

from . import clock
from .db import BaseModel, database
from .i18n import QT_TRANSLATE_NOOP
from .listing import Column, ListSpec


class AuditEntry(BaseModel):
    at = DateTimeField(default=clock.now, index=True)
    # A plain id, not a foreign key: people.py (which defines User) writes audit
    # rows itself, and users are never deleted, only disabled. `check` verifies it.
    user_id = IntegerField(null=True, index=True)
    user_name = CharField(default="")  # the login at the time, kept if the user is renamed
    action = CharField(index=True)  # e.g. "user.create", "login.failed"
    entity = CharField(index=True)  # table name, e.g. "user"
    record_id = IntegerField(null=True, index=True)
    record_label = CharField(default="")  # a number or a name the clerk recognises
    changes = TextField(default="{}")  # JSON {field: [old, new]} or {field: value}
    row_hash = CharField(default="")  # sha256(previous row_hash + this row's content)

    class Meta:
        table_name = "audit_log"

    def changes_dict(self) -> dict[str, Any]:
        return json.loads(self.changes or "{}")


# --- the chain --------------------------------------------------------------------

GENESIS = "0" * 64  # the "previous hash" of the first row
HASHED = ("id", "at", "user_id", "user_name", "action", "entity", "record_id", "record_label",
          "changes")


def _at_text(value: Any) -> str:
    """The time as one canonical text, whatever form SQLite hands back."""
    if isinstance(value, str):
        value = DateTimeField().adapt(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return str(value)


def row_digest(previous: str, row: dict[str, Any]) -> str:
    """The hash a row must carry, given the previous row's hash."""
    content = [row["id"], _at_text(row["at"]), row["user_id"], row["user_name"] or "",
               row["action"], row["entity"], row["record_id"], row["record_label"] or "",
               row["changes"] or ""]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((previous + text).encode("utf-8", "surrogatepass")).hexdigest()


def _head() -> tuple[int, str]:
    row = database.execute_sql(
        "SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def insert_rows(rows: Iterable[dict[str, Any]]) -> int:
    """Append rows (dicts of the model's fields, ``changes`` as JSON text) in one go, chained.

    For bulk writers (the demo). Must run inside the writing transaction, which
    holds the write lock, so nobody appends between reading the head and writing.
    """
    if not database.in_transaction():
        raise RuntimeError("audit.insert_rows must be called inside the writing transaction")
    last_id, last_hash = _head()
    values = []
    for row in rows:
        last_id += 1
        full = {"id": last_id, "user_id": None, "user_name": "", "record_id": None,
                "record_label": "", "changes": "{}", **row}
        full["at"] = _at_text(full["at"])
        last_hash = row_digest(last_hash, full)
        values.append([full[name] for name in HASHED] + [last_hash])
    if values:
        columns = ", ".join(f'"{name}"' for name in (*HASHED, "row_hash"))
        marks = ", ".join("?" for _ in range(len(HASHED) + 1))
        database.execute_sql("SELECT 1")  # the connection is open
        database.connection().executemany(
            f"INSERT INTO audit_log ({columns}) VALUES ({marks})", values)
    return len(values)


GUARDS = (
    "CREATE TABLE IF NOT EXISTS audit_seal (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "last_id INTEGER NOT NULL, last_hash TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS audit_log_append_only_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_append_only_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_seal AFTER INSERT ON audit_log BEGIN "
    "INSERT INTO audit_seal (id, last_id, last_hash) VALUES (1, NEW.id, NEW.row_hash) "
    "ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash; "
    "END",
)


def install_guards() -> None:
    """The seal table and the triggers that keep the log append-only (new files, migration 4)."""
    for statement in GUARDS:
        database.execute_sql(statement)


def rehash_all() -> None:
    """Migration 4: give the rows written before the chain existed their hashes, in id order."""
    previous = GENESIS
    select = "SELECT " + ", ".join(HASHED) + " FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000"
    last_id = 0
    while True:
        rows = database.execute_sql(select, (last_id,)).fetchall()
        if not rows:
            break
        updates = []
        for values in rows:
            row = dict(zip(HASHED, values, strict=True))
            previous = row_digest(previous, row)
            updates.append((previous, row["id"]))
            last_id = row["id"]
        database.connection().executemany(
            "UPDATE audit_log SET row_hash = ? WHERE id = ?", updates)


def chain_problems(limit: int = 20) -> list[str]:
    """Rows whose hash does not follow from their content and the row before (for ``check``)."""
    problems: list[str] = []
    previous, expected_id = GENESIS, 1
    select = ("SELECT " + ", ".join(HASHED) + ", row_hash FROM audit_log WHERE id > ? "
              "ORDER BY id LIMIT 20000")
    last_id = 0
    while True:
        if len(problems) >= limit:
            return problems[:limit]
        rows = database.execute_sql(select, (last_id,)).fetchall()
        if not rows:
            break
        for values in rows:
            row = dict(zip((*HASHED, "row_hash"), values, strict=True))
            if row["id"] != expected_id:
                # the row after a gap cannot be checked against the deleted one's hash
                first, last = expected_id, row["id"] - 1
                span = f"#{first}" if first == last else f"#{first}–#{last}"
                problems.append(f"audit row {span} was deleted")
            elif row_digest(previous, row) != row["row_hash"]:
                problems.append(
                    f"audit row #{row['id']} ({row['action']}, {row['user_name'] or '-'}, "
                    f"{_at_text(row['at'])[:19]}) was changed after it was written")
            previous, expected_id, last_id = row["row_hash"], row["id"] + 1, row["id"]
    seal = database.execute_sql("SELECT last_id, last_hash FROM audit_seal WHERE id = 1").fetchone()
    newest = last_id
    if seal is not None and seal[0] > newest:
        first = newest + 1
        span = f"#{first}" if first == seal[0] else f"#{first}–#{seal[0]}"
        problems.append(f"audit row {span} (the newest) was deleted")
    elif seal is not None and seal[0] == newest and seal[1] != previous:
        problems.append(f"audit row #{newest} (the newest) was changed after it was written")
    return problems[:limit]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """The fields whose values differ, as {field: [old, new]}."""
    return {
        key: [_jsonable(before.get(key)), _jsonable(after.get(key))]
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }


def record(
    by,
    action: str,
    entity: str,
    record_id: int | None = None,
    label: str = "",
    changes: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Write one audit row. Must run inside the operation's transaction.

    A ``by`` who signed at another's desk (people.vouch) is named as who did it, and
    the row's changes say at whose desk (``at_desk_of``: that user's login).
    """
    if not database.in_transaction():
        raise RuntimeError("audit.record must be called inside the writing transaction")
    desk = getattr(by, "at_desk_of", None)
    if desk is not None:
        changes = {**(changes or {}), "at_desk_of": desk.login}
    last_id, last_hash = _head()
    row = {
        "id": last_id + 1,
        "at": at or clock.now(),
        "user_id": by.id if by is not None else None,
        "user_name": by.login if by is not None else "",
        "action": action,
        "entity": entity,
        "record_id": record_id,
        "record_label": label,
        "changes": json.dumps({k: _jsonable(v) for k, v in (changes or {}).items()},
                              ensure_ascii=False),
    }
    return AuditEntry.create(**row, row_hash=row_digest(last_hash, row))


# --- how the log reads (each table's words) -------------------------------------------
# The log stores codes (table "repair_order", field "status", value "draft"); the manager
# reads words in the desk's language. Each area names its tables and their fields where it
# keeps its vocabularies (models/<area>/audit_labels.py), with ``declare``; the core's own
# tables are named by the modules that own them (people, settings).

Translate = Callable[[str, str], str]
CONTEXT = "Audit"  # the context of the log's own words below
SEP = "\x1f"  # between the table and the JSON in the Changes column's value


@dataclass(frozen=True)
class Field:
    """One recorded field: its label (English, marked in ``context``) and how its values
    read: ``words`` code -> English (a models.vocabulary table, in its own context, or a
    plain mapping marked in ``words_context``), or ``show(value)`` for a text that needs no
    translating (a department looked up by id, a quantity without its trailing zeros)."""

    label: str
    context: str = CONTEXT
    words: Mapping[Any, str] | None = None
    words_context: str = ""
    show: Callable[[Any], str] | None = None

    def value_text(self, value: Any, translate: Translate | None) -> str | None:
        """The value's words, or None when this field has nothing to say about it."""
        if self.show is not None:
            return self.show(value)
        if self.words is None or not isinstance(value, str | int) or value not in self.words:
            return None
        context = getattr(self.words, "context", self.words_context or self.context)
        return _tr(translate, context, self.words[value])


@dataclass(frozen=True)
class TableWords:
    """One table as the log names it: ``name`` (English, marked in ``context``), its
    ``fields`` (key -> a label marked in ``context``, or a Field); ``keyed_records``: the
    record label is one of the fields' keys (a setting's name)."""

    table: str
    name: str
    context: str = CONTEXT
    fields: Mapping[str, Field | str] = field(default_factory=dict)
    keyed_records: bool = False

    def field(self, key: str) -> Field | None:
        found = self.fields.get(key)
        if found is None:
            return None
        return found if isinstance(found, Field) else Field(found, self.context)


TABLES: dict[str, TableWords] = {}

# Fields many tables record, named once; a table's own declaration says more.
COMMON_FIELDS: dict[str, Field | str] = {
    "at": QT_TRANSLATE_NOOP("Audit", "Time"),
    "date": QT_TRANSLATE_NOOP("Audit", "Date"),
    "reason": QT_TRANSLATE_NOOP("Audit", "Reason"),
    "note": QT_TRANSLATE_NOOP("Audit", "Note"),
    "name": QT_TRANSLATE_NOOP("Audit", "Name"),
    "active": QT_TRANSLATE_NOOP("Audit", "In use"),
    "sort_order": QT_TRANSLATE_NOOP("Audit", "Position"),
    "total": QT_TRANSLATE_NOOP("Audit", "Total"),
    "lines": QT_TRANSLATE_NOOP("Audit", "Lines"),
    "status": QT_TRANSLATE_NOOP("Audit", "Status"),
}


_COMMON = TableWords("", "", fields=COMMON_FIELDS)


def declare(*tables: TableWords) -> None:
    """Name tables for the log (an area's audit_labels module, at import)."""
    for table in tables:
        TABLES[table.table] = table


def add_fields(table: str, fields: Mapping[str, Field | str]) -> None:
    """Name more fields of a table declared elsewhere (an area's settings in office_setting)."""
    words = TABLES[table]
    TABLES[table] = TableWords(words.table, words.name, words.context,
                               {**words.fields, **fields}, words.keyed_records)


def _tr(translate: Translate | None, context: str, text: str) -> str:
    return translate(context, text) if translate else text


def table_name(table: str, translate: Translate | None = None) -> str:
    """The table as the log names it ("repair_order" -> 报修单); an unknown one as stored."""
    words = TABLES.get(table)
    return _tr(translate, words.context, words.name) if words else table


def _field(table: str, key: str) -> tuple[str, Field | None]:
    """(the label's prefix, the field) for a key: a table's own, a common one, or an item's
    ("WJ001.counted_qty": the item code, then the field)."""
    words = TABLES.get(table)
    for lookup in ((words.field(key) if words else None), _COMMON.field(key)):
        if lookup is not None:
            return "", lookup
    if "." in key:
        prefix, rest = key.rsplit(".", 1)
        _, found = _field(table, rest)
        if found is not None:
            return prefix + " ", found
    return "", None


def field_label(table: str, key: str, translate: Translate | None = None) -> str:
    """A recorded field's label in the desk's language; an undeclared one as stored."""
    prefix, found = _field(table, key)
    return prefix + (_tr(translate, found.context, found.label) if found else key)


def record_text(table: str, label: str, translate: Translate | None = None) -> str:
    """The Record column: the label as written (a number, a login), or a setting's name."""
    words = TABLES.get(table)
    if words is not None and words.keyed_records and words.field(label) is not None:
        return field_label(table, label, translate)
    return label


def value_text(value: Any, translate: Translate | None = None, found: Field | None = None) -> str:
    """A recorded value as the manager reads it: a code's word, 是/否, (空) for nothing."""
    if value is None or value == "":
        return _tr(translate, CONTEXT, QT_TRANSLATE_NOOP("Audit", "(blank)"))
    if isinstance(value, list):
        if not value:
            return _tr(translate, CONTEXT, QT_TRANSLATE_NOOP("Audit", "(none)"))
        return _tr(translate, CONTEXT, QT_TRANSLATE_NOOP("Audit", ", ")).join(
            value_text(v, translate, found) for v in value)
    if found is not None:
        text = found.value_text(value, translate)
        if text is not None:
            return text
    if isinstance(value, bool):
        return _tr(translate, "Lists", QT_TRANSLATE_NOOP("Lists", "Yes") if value
                   else QT_TRANSLATE_NOOP("Lists", "No"))
    return str(value)


def describe_changes(changes: str, translate: Translate | None = None, table: str = "") -> str:
    """The JSON of an audit row as a line a manager reads, every field and value in words:
    ``状态：草稿 → 已确认；原因：送错型号``. ``changes`` may carry its table in front
    (``table`` SEP ``json``, as the list's Changes column reads it)."""
    if SEP in changes:
        table, changes = changes.split(SEP, 1)
    try:
        data = json.loads(changes or "{}")
    except ValueError:
        return changes
    if not isinstance(data, dict):
        return str(data)
    one = _tr(translate, CONTEXT, QT_TRANSLATE_NOOP("Audit", "{field}: {value}"))
    two = _tr(translate, CONTEXT, QT_TRANSLATE_NOOP("Audit", "{field}: {old} → {new}"))
    parts = []
    for key, value in data.items():
        prefix, found = _field(table, key)
        label = prefix + (_tr(translate, found.context, found.label) if found else key)
        # diff() writes [old, new]; a created user's "roles" is a plain list of codes.
        is_diff = isinstance(value, list) and len(value) == 2 and (
            key != "roles" or any(isinstance(v, list) for v in value)
        )
        if is_diff:
            parts.append(two.format(field=label, old=value_text(value[0], translate, found),
                                    new=value_text(value[1], translate, found)))
        else:
            parts.append(one.format(field=label, value=value_text(value, translate, found)))
    return _tr(translate, CONTEXT, QT_TRANSLATE_NOOP("Audit", "; ")).join(parts)


# --- the list managers see (操作日志) ----------------------------------------------

# What each action is called in the list; every module adds its own.
ACTION_LABELS: dict[str, str] = {
    "login.ok": QT_TRANSLATE_NOOP("Lists", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("Lists", "Failed login"),
    "login.locked": QT_TRANSLATE_NOOP("Lists", "Account locked"),
    "user.create": QT_TRANSLATE_NOOP("Lists", "User created"),
    "user.update": QT_TRANSLATE_NOOP("Lists", "User changed"),
    "user.roles": QT_TRANSLATE_NOOP("Lists", "Roles changed"),
    "user.enable": QT_TRANSLATE_NOOP("Lists", "User enabled"),
    "user.disable": QT_TRANSLATE_NOOP("Lists", "User disabled"),
    "user.reset_password": QT_TRANSLATE_NOOP("Lists", "Password reset"),
    "user.change_password": QT_TRANSLATE_NOOP("Lists", "Password changed"),
    "department.create": QT_TRANSLATE_NOOP("Lists", "Department added"),
    "department.update": QT_TRANSLATE_NOOP("Lists", "Department changed"),
    "setting.change": QT_TRANSLATE_NOOP("Lists", "Setting changed"),
}


def audit_list() -> ListSpec:
    """The audit log as a list: newest first, searchable, filterable by date and action."""
    return ListSpec(
        name="audit",
        title=QT_TRANSLATE_NOOP("Lists", "Audit log"),
        model=AuditEntry,
        columns=[
            Column("at", QT_TRANSLATE_NOOP("Lists", "Time"), AuditEntry.at, 150, "datetime"),
            Column("user", QT_TRANSLATE_NOOP("Lists", "User"), AuditEntry.user_name, 90),
            Column("action", QT_TRANSLATE_NOOP("Lists", "Action"), AuditEntry.action, 120,
                   "status", ACTION_LABELS),
            Column("entity", QT_TRANSLATE_NOOP("Lists", "Table"), AuditEntry.entity, 100,
                   display=table_name),
            Column("label", QT_TRANSLATE_NOOP("Lists", "Record"),
                   AuditEntry.entity.concat(SEP).concat(AuditEntry.record_label), 140,
                   display=lambda value, translate: record_text(*value.split(SEP, 1),
                                                                translate)),
            Column("changes", QT_TRANSLATE_NOOP("Lists", "Changes"),
                   AuditEntry.entity.concat(SEP).concat(AuditEntry.changes), 400,
                   sortable=False, display=describe_changes),
        ],
        search=[AuditEntry.user_name, AuditEntry.record_label, AuditEntry.changes, AuditEntry.action],
        date_field=AuditEntry.at,
        status_field=AuditEntry.action,
        statuses=sorted(ACTION_LABELS.items()),
        default_sort=("at", True),
    )
