"""`main.py check`: SQLite's own integrity check plus the office's invariants.

The core's checks are here; each area's is its AREA's ``check`` (models.areas),
run after them under the area's name. A check returns a list of problems
(plain sentences); an empty list everywhere means the file is sound.
"""

from __future__ import annotations

from collections.abc import Callable

from . import areas, audit, numbering
from . import db as dbmod
from .audit import AuditEntry
from .people import ADMIN, ROLES, User, UserRole

Check = Callable[[], list[str]]


def _sqlite_integrity() -> list[str]:
    database = dbmod.database
    rows = [r[0] for r in database.execute_sql("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else [f"integrity_check: {r}" for r in rows[:20]]
    for table, rowid, parent, _fk in database.execute_sql("PRAGMA foreign_key_check").fetchall()[:20]:
        problems.append(f"{table} row {rowid}: refers to a missing {parent}")
    return problems


def _schema() -> list[str]:
    version = dbmod.file_version(dbmod.database)
    latest = dbmod.latest_version()
    return [] if version == latest else [f"schema version {version}, expected {latest}"]


def _people() -> list[str]:
    problems = []
    no_role = User.select().where(~User.id.in_(UserRole.select(UserRole.user)))
    problems += [f"user {u.login} has no role" for u in no_role]
    unknown = UserRole.select().where(UserRole.role.not_in(list(ROLES)))
    problems += [f"user #{r.user_id} has an unknown role {r.role!r}" for r in unknown]
    if User.select().exists():
        admins = User.select().join(UserRole).where(User.active, UserRole.role == ADMIN)
        if not admins.exists():
            problems.append("no active administrator")
    return problems


def _audit() -> list[str]:
    orphans = AuditEntry.select().where(
        AuditEntry.user_id.is_null(False), ~AuditEntry.user_id.in_(User.select(User.id))
    )
    problems = [f"audit row {a.id} names a missing user #{a.user_id}" for a in orphans.limit(20)]
    return problems + audit.chain_problems()


# The core's, in the order they run (and report).
CHECKS: list[tuple[str, Check]] = [
    ("sqlite", _sqlite_integrity),
    ("schema", _schema),
    ("people", _people),
    ("audit", _audit),
    ("numbering", numbering.check_numbers),
]


def all_checks() -> list[tuple[str, Check]]:
    """The core's checks, then each built area's, in the areas' order."""
    return [*CHECKS, *((area.name, area.check) for area in areas.load() if area.check)]


def run_checks() -> list[tuple[str, str]]:
    """(area, problem) for everything wrong; empty when the database is sound."""
    problems: list[tuple[str, str]] = []
    for name, fn in all_checks():
        try:
            problems += [(name, p) for p in fn()]
        except Exception as exc:  # a damaged file can make a check itself fail
            problems.append((name, f"check failed: {exc}"))
    return problems
