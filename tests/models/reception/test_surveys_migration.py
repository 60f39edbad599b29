"""Surveys came after the complaints: a file made before them gains their tables by migration
11, the same tables a new file has, and loses nothing."""

from __future__ import annotations

import sqlite3

from models import db as dbmod
from models import settings

SURVEY_TABLES = ("survey", "survey_form")


def _schema(path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return {name: sql for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name IN (?, ?) ORDER BY name",
            SURVEY_TABLES)}
    finally:
        con.close()


def test_a_file_from_before_the_surveys_gains_their_tables_by_migration_11(db_path):
    dbmod.open_database(db_path)
    settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")
    dbmod.close_database()
    fresh = _schema(db_path)
    assert set(SURVEY_TABLES) <= set(fresh)
    con = sqlite3.connect(db_path)  # as the program before the surveys left it
    with con:
        for table in reversed(SURVEY_TABLES):
            con.execute(f'DROP TABLE "{table}"')
        con.execute("DELETE FROM schema_version WHERE version >= 11")  # and what came after
    users = con.execute('SELECT id, login FROM "user"').fetchall()
    con.close()
    assert not _schema(db_path)

    dbmod.open_database(db_path)
    dbmod.close_database()
    con = sqlite3.connect(db_path)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY version")]
    assert 11 in versions
    assert con.execute('SELECT id, login FROM "user"').fetchall() == users
    con.close()
    assert _schema(db_path) == fresh
