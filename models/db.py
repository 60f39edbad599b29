"""The database: one proxy, opened with the house pragmas, versioned, migrated, backed up.

Every model binds to ``database`` (a peewee DatabaseProxy). ``open_database``
points it at a SQLite file: WAL, foreign keys on, a busy timeout. A new file
gets the whole current schema at once; an older file is copied aside and then
brought up to date migration by migration, each in its own transaction; a file
written by a newer program is refused. The schema (every table and migration,
the core's and the areas') is given by models.schema.install(): this module
imports no model but its own, so no model's import leads back here in a circle.

Several desks may share the file. Every outermost transaction takes the write
lock up front (``BEGIN IMMEDIATE``, see FrontDeskDatabase), so a desk waits up
to the busy timeout for another desk's save instead of failing at once; a lock
held longer still reaches the clerk as DatabaseBusy, with nothing written.
Commits are durable: ``synchronous=FULL`` syncs the log at every commit, so a
power cut keeps what the clerk was told was saved (the cost is in bench/README.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee
from peewee import (
    CharField,
    DatabaseProxy,
    DateTimeField,
    IntegerField,
    Model,
    SqliteDatabase,
)

from . import clock, sqlite_file
from .errors import DatabaseBusy, SchemaError
from .i18n import QT_TRANSLATE_NOOP

database = DatabaseProxy()
# What peewee raises for a file SQLite cannot use: the GUI catches it without importing peewee.
DatabaseError = peewee.DatabaseError

BUSY_TIMEOUT_MS = 10_000  # how long a desk waits for another desk's save
PRAGMAS = {
    "busy_timeout": BUSY_TIMEOUT_MS,  # first, so that the pragmas after it wait too
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",  # a commit survives a power cut (WAL synced at each commit)
    "cache_size": -32_000,  # 32 MB page cache
}
SQLITE_BUSY = 5  # the primary result code; extended codes (BUSY_SNAPSHOT, …) share its low byte

APPLICATION_ID = 0x46444B31  # "FDK1": marks a FrontDesk file in its header


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per schema version the file has been brought to."""

    version = IntegerField(primary_key=True)
    name = CharField()
    applied_at = DateTimeField(default=clock.now)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[SqliteDatabase], None]


# Given by models.schema.install() (this module imports no model but its own):
# the ordered migrations and the current tables.
MIGRATIONS: list[Migration] = []
TABLES: list[type[Model]] = []
# Called once, inside the creating transaction, on a brand-new file.
INITIALISERS: list[Callable[[], None]] = []


def use_schema(tables: list[type[Model]], migrations: list[Migration],
               initialisers: list[Callable[[], None]]) -> None:
    """The schema files are opened with from now on (models.schema.install gives it)."""
    global TABLES, MIGRATIONS, INITIALISERS
    TABLES, MIGRATIONS, INITIALISERS = list(tables), list(migrations), list(initialisers)


def latest_version() -> int:
    if not MIGRATIONS:
        raise RuntimeError("models.db has no schema: call models.schema.install() first "
                           "(the program's doors do: main.py, gui.app, tests/conftest.py)")
    return max(m.version for m in MIGRATIONS)


def _is_busy(exc: BaseException) -> bool:
    """Is this SQLite's "database is locked" (SQLITE_BUSY and its extended codes)?"""
    original = exc.args[0] if exc.args and isinstance(exc.args[0], sqlite3.Error) else exc
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == SQLITE_BUSY
    return "database is locked" in str(original)


def _raise_if_busy(exc: BaseException) -> None:
    """SQLITE_BUSY becomes DatabaseBusy (a DomainError the clerk can read), not a traceback."""
    if _is_busy(exc):
        raise DatabaseBusy() from exc


_SQLITE_ERRORS = (peewee.OperationalError, sqlite3.OperationalError)


class FrontDeskDatabase(SqliteDatabase):
    """SQLite as FrontDesk shares it between desks.

    peewee begins ``atomic()`` and ``transaction()`` with a plain (deferred)
    ``BEGIN``: the write lock is asked for only at the first write. In WAL mode
    SQLite then refuses at once, without waiting, when another desk holds the
    lock or has committed since this transaction's first read, so an operation
    that reads before it writes failed with "database is locked" although the
    busy timeout had not begun. Here every outermost transaction begins
    ``BEGIN IMMEDIATE`` (nested ``atomic()`` blocks stay savepoints), where SQLite
    does wait; ``atomic("DEFERRED")`` remains possible for a read-only snapshot.
    A lock still held after the timeout, at BEGIN, a statement or COMMIT, raises
    DatabaseBusy; the atomic() block it passes through rolls everything back.
    """

    def __init__(self, path: str | Path, busy_timeout_ms: int | None = None) -> None:
        timeout_ms = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
        super().__init__(
            str(path),
            pragmas={**PRAGMAS, "busy_timeout": timeout_ms},
            timeout=timeout_ms / 1000,  # the busy handler is on from the first statement
            lock_type="IMMEDIATE",
            check_same_thread=False,
        )

    # try/except rather than a context manager: execute_sql runs for every statement.
    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            return super().connect(reuse_if_open)
        except _SQLITE_ERRORS as exc:
            _raise_if_busy(exc)
            raise

    def begin(self, lock_type: str | None = None) -> None:
        try:
            super().begin(lock_type)
        except _SQLITE_ERRORS as exc:
            _raise_if_busy(exc)
            raise

    def commit(self) -> None:
        try:
            super().commit()
        except _SQLITE_ERRORS as exc:
            _raise_if_busy(exc)
            raise

    def execute_sql(self, sql, params=None):  # noqa: ANN001 - peewee's signature
        try:
            return super().execute_sql(sql, params)
        except _SQLITE_ERRORS as exc:
            _raise_if_busy(exc)
            raise

def make_database(path: str | Path) -> FrontDeskDatabase:
    return FrontDeskDatabase(path)


def set_busy_timeout(milliseconds: int) -> int:
    """Wait ``milliseconds`` for another desk's save from now on (tests shorten it); the old value.

    Applies to connections opened later and to this thread's open one.
    """
    global BUSY_TIMEOUT_MS
    previous, BUSY_TIMEOUT_MS = BUSY_TIMEOUT_MS, int(milliseconds)
    obj = database.obj
    if isinstance(obj, FrontDeskDatabase):
        obj._pragmas = [(k, BUSY_TIMEOUT_MS if k == "busy_timeout" else v) for k, v in obj._pragmas]
        obj.timeout = BUSY_TIMEOUT_MS / 1000  # peewee sets PRAGMA busy_timeout when open
    return previous


def open_database(path: str | Path, *, create: bool = True) -> SqliteDatabase:
    """Open (and create or migrate) the FrontDesk file at ``path``; bind ``database`` to it."""
    latest = latest_version()  # refuses before anything is touched when no schema was installed
    path = Path(path)
    close_database()
    database.initialize(None)
    # A bad file is refused here, unchanged (models.sqlite_file looks at it first).
    created = sqlite_file.prepare_for_opening(path, create=create, latest=latest)
    db = make_database(path)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        _prepare_schema(db, path)
    except Exception:
        db.close()
        database.initialize(None)
        if created:
            sqlite_file.remove_with_side_files(path)  # no half-made office (it would be refused next time)
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
        with db.atomic():  # BEGIN IMMEDIATE: a second desk creating the same file waits here
            if file_version(db) is not None:
                return  # … and finds it made
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
            if (file_version(db) or 0) >= migration.version:
                continue  # another desk applied it while this one waited for the lock
            migration.apply(db)
            SchemaVersion.create(version=migration.version, name=migration.name)


def copy_before_migrating(db: SqliteDatabase, path: Path, version: int) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-v{version}-{stamp}{path.suffix}")
    sqlite_file.create_private_file(target)  # owner-only: it holds the password hashes too
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
