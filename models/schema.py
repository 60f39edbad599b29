"""Every table of the current schema, and the ordered migrations that lead to it.

A new file gets ``db.TABLES`` created at once and is stamped with every
migration's version. An existing file runs only the migrations above its
version. When a later issue adds tables, it appends a migration that creates
them (``create_tables``) and adds them to TABLES here.
"""

from __future__ import annotations

from . import audit, db
from .audit import AuditEntry
from .logins import give_login_keys
from .numbering import DocumentCounter
from .people import Department, User, UserRole, seed_departments
from .repairs import TABLES as REPAIR_TABLES
from .repairs import seed_categories
from .settings import OfficeSetting
from .warehouse import TABLES as WAREHOUSE_TABLES
from .warehouse import seed_categories as seed_item_categories

FOUNDATION_TABLES = [
    db.SchemaVersion, Department, User, UserRole, AuditEntry, DocumentCounter, OfficeSetting
]
TABLES = [*FOUNDATION_TABLES, *REPAIR_TABLES, *WAREHOUSE_TABLES]


def _v1_foundation(database) -> None:
    database.create_tables(FOUNDATION_TABLES)
    seed_departments()


def _v2_repairs(database) -> None:
    database.create_tables(REPAIR_TABLES)
    seed_categories()


def _v3_warehouse(database) -> None:
    database.create_tables(WAREHOUSE_TABLES)
    seed_item_categories()


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


MIGRATIONS = [
    db.Migration(1, "foundation: people, audit log, numbering, settings", _v1_foundation),
    db.Migration(2, "repair orders", _v2_repairs),
    db.Migration(3, "warehouse: items, receipts, issue slips, ledger, stocktakes", _v3_warehouse),
    db.Migration(4, "audit log: hash chain, seal, append-only triggers", _v4_audit_chain),
    db.Migration(5, "logins: normalised, unique in any case (user.login_key)", _v5_login_keys),
]

if not db.MIGRATIONS:
    db.MIGRATIONS.extend(MIGRATIONS)
    db.TABLES.extend(TABLES)
    db.INITIALISERS.append(audit.install_guards)
    db.INITIALISERS.append(seed_departments)
    db.INITIALISERS.append(seed_categories)
    db.INITIALISERS.append(seed_item_categories)
