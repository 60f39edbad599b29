"""The database: one proxy, opened with the house pragmas, versioned, migrated, backed up.

Every model binds to ``database`` (a peewee DatabaseProxy). ``open_database``
points it at a SQLite file: WAL, foreign keys on, a busy timeout. A new file
gets the whole current schema at once; an older file is copied aside and then
brought up to date migration by migration, each in its own transaction; a file
written by a newer program is refused.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import (
    CharField,
    DatabaseProxy,
    DateTimeField,
    IntegerField,
    Model,
    SqliteDatabase,
)

from .errors import SchemaError
from .i18n import QT_TRANSLATE_NOOP

database = DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "synchronous": "normal",
    "cache_size": -32_000,  # 32 MB page cache
}

APPLICATION_ID = 0x46444B31  # "FDK1": marks a FrontDesk file in its header


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per schema version the file has been brought to."""

    version = IntegerField(primary_key=True)
    name = CharField()
    applied_at = DateTimeField(default=dt.datetime.now)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[SqliteDatabase], None]


# Filled by models.schema: the ordered migrations and the current tables.
MIGRATIONS: list[Migration] = []
TABLES: list[type[Model]] = []
# Called once, inside the creating transaction, on a brand-new file.
INITIALISERS: list[Callable[[], None]] = []


def latest_version() -> int:
    return max((m.version for m in MIGRATIONS), default=0)


def make_database(path: str | Path) -> SqliteDatabase:
    return SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)


def open_database(path: str | Path, *, create: bool = True) -> SqliteDatabase:
    """Open (and create or migrate) the FrontDesk file at ``path``; bind ``database`` to it."""
    from . import dbfile, schema  # noqa: F401 - schema registers every table and migration

    path = Path(path)
    close_database()
    database.initialize(None)
    created = dbfile.prepare_for_opening(path, create=create)  # refuses a bad file, unchanged
    db = make_database(path)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        _prepare_schema(db, path)
    except Exception:
        db.close()
        database.initialize(None)
        if created:
            dbfile.remove_with_side_files(path)  # no half-made office (it would be refused next time)
        raise
    return db


def close_database() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def current_path() -> Path | None:
    obj = database.obj
    return Path(obj.database) if obj is not None else None


def file_version(db: SqliteDatabase) -> int | None:
    """The schema version of an open file; None for an empty file; -1 for a foreign one."""
    tables = set(db.get_tables())
    if not tables:
        return None
    if "schema_version" not in tables:
        return -1
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def _prepare_schema(db: SqliteDatabase, path: Path) -> None:
    version = file_version(db)
    latest = latest_version()
    if version is None:
        with db.atomic():
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            db.create_tables(TABLES)
            for migration in MIGRATIONS:
                SchemaVersion.create(version=migration.version, name=migration.name)
            for initialise in INITIALISERS:
                initialise()
        return
    if version == -1:
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "DomainError", "{path} is not a FrontDesk database; it was not changed."
            ),
            path=str(path),
        )
    if version > latest:
        raise SchemaError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This database was written by a newer version of FrontDesk (schema {found}; "
                "this program knows up to {known}). Install the newer version to open it.",
            ),
            found=version,
            known=latest,
        )
    pending = [m for m in MIGRATIONS if m.version > version]
    if not pending:
        return
    copy_before_migrating(db, path, version)
    for migration in sorted(pending, key=lambda m: m.version):
        with db.atomic():
            migration.apply(db)
            SchemaVersion.create(version=migration.version, name=migration.name)


def copy_before_migrating(db: SqliteDatabase, path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-v{version}-{stamp}{path.suffix}")
    from .dbfile import create_private_file

    create_private_file(target)  # owner-only: it holds the password hashes too
    online_backup(db.connection(), target)
    return target


def online_backup(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with SQLite's online backup API (safe with WAL and readers)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
