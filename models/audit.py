"""The audit log (操作日志): who changed what, when; written in the same transaction."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from peewee import CharField, DateTimeField, IntegerField, TextField

from .db import BaseModel, database
from .i18n import QT_TRANSLATE_NOOP
from .listing import Column, ListSpec


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


def describe_changes(changes: str, translate=None) -> str:
    """The JSON of an audit row as a line a manager reads: ``field: old → new; field: value``."""
    try:
        data = json.loads(changes or "{}")
    except ValueError:
        return changes
    if not isinstance(data, dict):
        return str(data)

    def text(value: Any) -> str:
        if value is None:
            return "∅"
        if isinstance(value, list):
            return "、".join(text(v) for v in value) or "∅"
        if isinstance(value, bool):
            return "✓" if value else "✗"
        return str(value)

    parts = []
    for key, value in data.items():
        # diff() writes [old, new]; a created user's "roles" is a plain list of codes.
        is_diff = isinstance(value, list) and len(value) == 2 and (
            key != "roles" or any(isinstance(v, list) for v in value)
        )
        if is_diff:
            parts.append(f"{key}: {text(value[0])} → {text(value[1])}")
        else:
            parts.append(f"{key}: {text(value)}")
    return "; ".join(parts)


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
            Column("entity", QT_TRANSLATE_NOOP("Lists", "Table"), AuditEntry.entity, 100),
            Column("label", QT_TRANSLATE_NOOP("Lists", "Record"), AuditEntry.record_label, 140),
            Column("changes", QT_TRANSLATE_NOOP("Lists", "Changes"), AuditEntry.changes, 400,
                   sortable=False, display=describe_changes),
        ],
        search=[AuditEntry.user_name, AuditEntry.record_label, AuditEntry.changes, AuditEntry.action],
        date_field=AuditEntry.at,
        status_field=AuditEntry.action,
        statuses=sorted(ACTION_LABELS.items()),
        default_sort=("at", True),
    )
