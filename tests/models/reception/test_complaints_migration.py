"""Complaints came after the reception log's first migration: a file made before them gains
their tables by migration 8, the same tables a new file has, and loses nothing."""

from __future__ import annotations

import sqlite3

from models import db as dbmod
from models import settings

COMPLAINT_TABLES = ("complaint",)  # its callbacks: the core table since migration 12


def _schema(path, names) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        marks = ",".join("?" * len(names))
        return {name: sql for name, sql in con.execute(
            f"SELECT name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) ORDER BY name",
            names)}
    finally:
        con.close()


def test_a_file_from_before_the_complaints_gains_their_tables_by_migration_8(db_path):
    dbmod.open_database(db_path)
    settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")
    dbmod.close_database()
    fresh = _schema(db_path, COMPLAINT_TABLES)
    assert {"complaint"} <= set(fresh)
    con = sqlite3.connect(db_path)  # as the program before the complaints left it
    with con:
        for table in COMPLAINT_TABLES:
            con.execute(f'DROP TABLE "{table}"')
        con.execute("DELETE FROM schema_version WHERE version >= 8")  # and what came after
    users = con.execute('SELECT id, login FROM "user"').fetchall()
    con.close()
    assert not set(COMPLAINT_TABLES) & set(_schema(db_path, COMPLAINT_TABLES))

    dbmod.open_database(db_path)
    dbmod.close_database()
    con = sqlite3.connect(db_path)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version")]
    assert {6, 7, 8} <= set(versions)
    assert con.execute('SELECT id, login FROM "user"').fetchall() == users
    con.close()
    assert _schema(db_path, COMPLAINT_TABLES) == fresh  # the same tables and indexes
