"""Every table of the current schema, and the ordered migrations that lead to it.

The core's tables and migrations are here; each area's come from its
descriptor (models.areas). A new file gets every table created at once and
is stamped with every migration's version; an existing file runs only the
migrations above its version. An area added later appends a migration with
the next free version that creates its tables, and lists them in its AREA.

models.db knows no table but its own and imports none of these modules:
``install()`` hands it the schema. The program's doors call it before the
first file is opened — main.py, gui.app.make_application, models.demo's
build_demo, the tests' conftest — and models.db refuses to open a file
without it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import Model

from . import areas, audit, callbacks, db
from .audit import AuditEntry
from .logins import give_login_keys
from .numbering import DocumentCounter
from .people import Department, User, UserRole, seed_departments
from .settings import OfficeSetting

FOUNDATION_TABLES = [
    db.SchemaVersion, Department, User, UserRole, AuditEntry, DocumentCounter, OfficeSetting
]


# The core's tables that came after the foundation (each with its own migration).
CORE_TABLES = [*FOUNDATION_TABLES, *callbacks.TABLES]


def _v1_foundation(database) -> None:
    database.create_tables(FOUNDATION_TABLES)
    seed_departments()


def _v4_audit_chain(database) -> None:
    # (A file made by migration 1 of today's code has the column already.)
    if "row_hash" not in {c.name for c in database.get_columns("audit_log")}:
        database.execute_sql(
            "ALTER TABLE audit_log ADD COLUMN row_hash VARCHAR(255) NOT NULL DEFAULT ''")
    audit.rehash_all()
    audit.install_guards()
    database.execute_sql(
        "INSERT INTO audit_seal (id, last_id, last_hash) SELECT 1, id, row_hash FROM audit_log "
        "ORDER BY id DESC LIMIT 1")


def _v5_login_keys(database) -> None:
    """Logins compared in any case: user.login_key, unique; clashing old logins settled."""
    give_login_keys(database, User.login.max_length)


def _v9_callbacks(database) -> None:
    database.create_tables(list(callbacks.TABLES))


# The core's own; the areas' (2: repairs, 3: warehouse) fit between them by number.
CORE_MIGRATIONS = [
    db.Migration(1, "foundation: people, audit log, numbering, settings", _v1_foundation),
    db.Migration(4, "audit log: hash chain, seal, append-only triggers", _v4_audit_chain),
    db.Migration(5, "logins: normalised, unique in any case (user.login_key)", _v5_login_keys),
    db.Migration(9, "callbacks: the one table of callbacks made (回访)", _v9_callbacks),
]
# Run once, inside the creating transaction, on a brand-new file (before the areas' seeders).
CORE_INITIALISERS = [audit.install_guards, seed_departments]


@dataclass(frozen=True)
class Schema:
    """The tables of a new file, the migrations in version order, a new file's initialisers."""

    tables: list[type[Model]]
    migrations: list[db.Migration]
    initialisers: list[Callable[[], None]]


def current() -> Schema:
    """The core's schema and every built area's, in tab order; refused if two claim a version."""
    contributed = areas.load()
    claimed: dict[int, str] = {m.version: "the core" for m in CORE_MIGRATIONS}
    for area in contributed:
        for migration in area.migrations:
            if migration.version in claimed:
                raise ValueError(f"{area.name}: migration {migration.version} is taken by "
                                 f"{claimed[migration.version]}; take the next free number")
            claimed[migration.version] = area.name
    return Schema(
        tables=[*CORE_TABLES, *(t for area in contributed for t in area.tables)],
        migrations=sorted(
            [*CORE_MIGRATIONS, *(m for area in contributed for m in area.migrations)],
            key=lambda m: m.version),
        initialisers=[*CORE_INITIALISERS, *(s for area in contributed for s in area.seeders)],
    )


def install() -> None:
    """Give models.db the current schema (again, if the list of areas changed)."""
    schema = current()
    db.use_schema(schema.tables, schema.migrations, schema.initialisers)


def __getattr__(name: str) -> list:
    """``schema.TABLES``, ``.MIGRATIONS``, ``.INITIALISERS``: the current schema's lists.

    Assembled when asked for, not at import: the areas' packages import the core
    (models.demo among it), so the core must not import them while it loads.
    """
    if name in ("TABLES", "MIGRATIONS", "INITIALISERS"):
        return getattr(current(), name.lower())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
