"""Backup then restore gives back the same data; `check` finds damage."""

from __future__ import annotations

import sqlite3

import pytest

from models import backup, checks, people
from models import db as dbmod
from models.errors import DomainError


def _rows(path):
    con = sqlite3.connect(path)
    try:
        return {
            t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
            for (t,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        con.close()


def test_backup_then_restore_gives_back_the_same_data(admin, make_user, db_path, tmp_path):
    make_user(people.CLERK, login="clerk1")
    copy = backup.backup(db_path, tmp_path / "backups")
    assert copy.name.startswith("office-backup-") and copy.suffix == ".sqlite"
    dbmod.close_database()
    saved = _rows(db_path)
    # Work goes on after the backup ...
    dbmod.open_database(db_path)
    make_user(people.DUTY, login="duty1")
    dbmod.close_database()
    assert _rows(db_path) != saved
    # ... and the restore brings back the state at backup time, keeping a copy of the present.
    before_restore = backup.restore(db_path, copy)
    assert _rows(db_path) == saved
    assert "duty1" in str(_rows(before_restore)["user"])
    dbmod.open_database(db_path)
    assert checks.run_checks() == []


def test_restore_refuses_a_file_that_is_not_a_backup(admin, db_path, tmp_path):
    dbmod.close_database()
    saved = _rows(db_path)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DomainError):
        backup.restore(db_path, junk)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(DomainError, match="not a sound FrontDesk backup"):
        backup.restore(db_path, other)
    assert _rows(db_path) == saved


def test_check_passes_on_a_sound_file(admin):
    assert checks.run_checks() == []


def test_check_finds_broken_invariants(admin, make_user, db):
    clerk = make_user(people.CLERK, login="clerk1")
    db.execute_sql("DELETE FROM user_role WHERE user_id = ?", (clerk.id,))
    problems = checks.run_checks()
    assert ("people", "user clerk1 has no role") in problems


def test_check_finds_a_damaged_file(admin, db_path):
    dbmod.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close_database()
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    # Scribble over the second page (a table's b-tree page).
    data[page + 8 : page + 200] = b"\xff" * 192
    db_path.write_bytes(bytes(data))
    try:
        dbmod.open_database(db_path)
    except Exception:
        return  # refusing to open a damaged file is also a correct outcome
    problems = checks.run_checks()
    assert problems, "a damaged file must not pass check"
