"""The audit log (操作日志): who changed what, when; written in the same transaction."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from peewee import CharField, DateTimeField, IntegerField, TextField

from .db import BaseModel, database


class AuditEntry(BaseModel):
    at = DateTimeField(default=dt.datetime.now, index=True)
    # A plain id, not a foreign key: people.py (which defines User) writes audit
    # rows itself, and users are never deleted, only disabled. `check` verifies it.
    user_id = IntegerField(null=True, index=True)
    user_name = CharField(default="")  # the login at the time, kept if the user is renamed
    action = CharField(index=True)  # e.g. "user.create", "login.failed"
    entity = CharField(index=True)  # table name, e.g. "user"
    record_id = IntegerField(null=True, index=True)
    record_label = CharField(default="")  # a number or a name the clerk recognises
    changes = TextField(default="{}")  # JSON {field: [old, new]} or {field: value}

    class Meta:
        table_name = "audit_log"

    def changes_dict(self) -> dict[str, Any]:
        return json.loads(self.changes or "{}")


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
    """Write one audit row. Must run inside the operation's transaction."""
    if not database.in_transaction():
        raise RuntimeError("audit.record must be called inside the writing transaction")
    return AuditEntry.create(
        at=at or dt.datetime.now(),
        user_id=by.id if by is not None else None,
        user_name=by.login if by is not None else "",
        action=action,
        entity=entity,
        record_id=record_id,
        record_label=label,
        changes=json.dumps({k: _jsonable(v) for k, v in (changes or {}).items()}, ensure_ascii=False),
    )
