"""The door's look at a file (models.dbfile): URIs that keep every character, reading that writes nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from models import checks, dbfile, settings
from models import db as dbmod
from models.errors import SchemaError


def _state(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("name", ["a#b.sqlite", "a?mode=rw.sqlite", "a%41b.sqlite", "空 格 办公.sqlite"])
def test_a_uri_names_exactly_the_file(tmp_path, name):
    if "?" in name and os.name == "nt":
        pytest.skip("no ? in Windows file names")
    path = tmp_path / name
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES ('here')")
    con.commit()
    con.close()
    ro = dbfile.connect_read_only(path)
    assert ro.execute("SELECT x FROM t").fetchall() == [("here",)]
    ro.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing made at a cut-short name


def test_reading_a_sound_file_leaves_it_and_its_folder_alone(admin, db_path):
    dbmod.close_database()
    before = _state(db_path.parent)
    dbfile.open_for_reading(db_path)
    assert settings.office_name() == "测试物业服务中心" and checks.run_checks() == []
    with pytest.raises(Exception, match="readonly|read-only"):
        dbmod.database.execute_sql("DELETE FROM office_setting")
    dbmod.close_database()
    assert _state(db_path.parent) == before


def test_reading_while_another_desk_writes(admin, db_path, tmp_path):
    """A -wal beside the file: the reader goes through it and sees the other desk's commits."""
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sqlite3, sys
            con = sqlite3.connect({str(db_path)!r})
            con.execute("UPDATE office_setting SET value = 'desk two' WHERE key = 'office_name'")
            con.commit()
            print("committed", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
    )
    try:
        assert writer.stdout.readline().strip() == "committed"
        dbmod.close_database()
        assert dbfile.side_file(db_path, "-wal").exists()
        dbfile.open_for_reading(db_path)
        assert settings.office_name() == "desk two"
        dbmod.close_database()
    finally:
        writer.communicate("done\n", timeout=10)


def test_a_new_file_that_cannot_be_set_up_is_removed(tmp_path, monkeypatch):
    path = tmp_path / "new.sqlite"

    def broken():
        raise RuntimeError("power cut")

    monkeypatch.setattr(dbmod, "INITIALISERS", [*dbmod.INITIALISERS, broken])
    with pytest.raises(RuntimeError):
        dbmod.open_database(path)
    assert list(tmp_path.iterdir()) == []  # refused next time otherwise, as an empty file


def test_an_older_file_is_not_upgraded_by_a_reader(admin, db_path, monkeypatch):
    dbmod.close_database()
    before = _state(db_path.parent)
    latest = dbmod.latest_version()
    monkeypatch.setattr(
        dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, dbmod.Migration(latest + 1, "later", lambda d: None)]
    )
    with pytest.raises(SchemaError, match="older version") as info:
        dbfile.open_for_reading(db_path)
    assert info.value.params["found"] == latest
    assert _state(db_path.parent) == before and dbmod.database.obj is None


def test_a_frontdesk_file_without_its_schema_table_is_damaged(tmp_path):
    path = tmp_path / "odd.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {dbfile.APPLICATION_ID}")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="is damaged"):
        dbfile.inspect(path)
