"""Opening, creating and migrating the database file; two desks sharing it (the write lock)."""

from __future__ import annotations

import hashlib
import sqlite3
import time

import pytest
from peewee import CharField

from models import db as dbmod
from models import people, settings
from models.errors import DatabaseBusy, SchemaError
from models.people import Department, User
from tests.helpers.other_desk import OtherDesk


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_pragmas_schema_and_seeded_departments(db, db_path):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10_000
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL: commits survive a power cut
    assert dbmod.file_version(db) == dbmod.latest_version() >= 1
    assert [d.name for d in Department.select().order_by(Department.sort_order)] == [
        "客服部",
        "工程部",
        "秩维部",
        "清洁部",
    ]


def test_older_schema_is_upgraded_without_loss_and_copied_first(admin, db_path, monkeypatch):
    dbmod.close_database()
    users_before = sqlite3.connect(db_path).execute("SELECT id, login FROM user").fetchall()

    def v2(database):
        database.execute_sql('ALTER TABLE "user" ADD COLUMN "nickname" VARCHAR(40)')

    old_version = dbmod.latest_version()
    new_version = old_version + 1
    monkeypatch.setattr(
        dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, dbmod.Migration(new_version, "test: nickname", v2)]
    )
    dbmod.open_database(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT id, login FROM user").fetchall() == users_before
    assert "nickname" in [r[1] for r in con.execute('PRAGMA table_info("user")')]
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == new_version
    copies = list(db_path.parent.glob(f"office.before-upgrade-v{old_version}-*.sqlite"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == old_version
    assert old.execute("SELECT id, login FROM user").fetchall() == users_before


def test_failed_migration_leaves_the_file_at_its_old_version(admin, db_path, monkeypatch):
    dbmod.close_database()

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    old_version = dbmod.latest_version()
    monkeypatch.setattr(
        dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, dbmod.Migration(old_version + 1, "broken", broken)]
    )
    with pytest.raises(RuntimeError):
        dbmod.open_database(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == old_version
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables


def test_newer_schema_is_refused_and_left_alone(admin, db_path):
    dbmod.database.execute_sql(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', '2030-01-01')"
    )
    dbmod.close_database()
    before = _digest(db_path)
    with pytest.raises(SchemaError) as info:
        dbmod.open_database(db_path)
    assert "newer version" in str(info.value)
    assert info.value.params == {"found": 99, "known": dbmod.latest_version()}
    assert _digest(db_path) == before
    assert dbmod.database.obj is None


def test_foreign_sqlite_file_is_refused(tmp_path):
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="not a FrontDesk database"):
        dbmod.open_database(other)


def test_missing_file_is_refused_when_not_creating(tmp_path):
    with pytest.raises(SchemaError, match="does not exist"):
        dbmod.open_database(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_model_field_names_unchanged():
    # A column added to a model without a migration would break older files.
    assert isinstance(User._meta.fields["login"], CharField)


def test_a_foundation_only_file_gains_the_repair_tables(db_path, monkeypatch):
    """A real upgrade: a file from before the repairs tab (schema 1) is brought to today's."""
    from models import checks, people, schema, settings
    from models.repairs import RepairCategory

    with monkeypatch.context() as m:
        m.setattr(dbmod, "MIGRATIONS", schema.MIGRATIONS[:1])
        m.setattr(dbmod, "TABLES", schema.FOUNDATION_TABLES)
        m.setattr(dbmod, "INITIALISERS", [people.seed_departments])
        dbmod.open_database(db_path)
        admin = settings.set_up_office("旧版物业服务中心", "admin", "王经理", "admin123")
        people.create_user("c1", "文员", "secret12", {people.CLERK}, by=admin)
        assert "repair_order" not in dbmod.database.get_tables()
        dbmod.close_database()
    before = sqlite3.connect(db_path).execute("SELECT * FROM user ORDER BY id").fetchall()
    dbmod.open_database(db_path)
    assert dbmod.file_version(dbmod.database) == dbmod.latest_version()
    assert {"repair_order", "repair_event", "repair_category"} <= set(dbmod.database.get_tables())
    assert RepairCategory.select().count() == 8
    assert dbmod.database.execute_sql("SELECT * FROM user ORDER BY id").fetchall() == before
    assert settings.office_name() == "旧版物业服务中心"
    assert checks.run_checks() == []


# --- two desks on one file ----------------------------------------------------------


@pytest.fixture
def short_busy_timeout(db):
    previous = dbmod.set_busy_timeout(300)
    yield 300
    dbmod.set_busy_timeout(previous)


def test_every_outermost_transaction_begins_immediate_and_nested_ones_are_savepoints(db, admin):
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    settings.put("office.phone", "8012", by=admin)
    with db.atomic(), db.atomic():
        pass
    with db.transaction():
        pass
    db.connection().set_trace_callback(None)
    begins = [s.split()[:2] for s in statements if s.upper().startswith(("BEGIN", "SAVEPOINT"))]
    assert [b[0] if b[0] == "SAVEPOINT" else " ".join(b) for b in begins] == [
        "BEGIN IMMEDIATE", "BEGIN IMMEDIATE", "SAVEPOINT", "BEGIN IMMEDIATE"]


def test_an_operation_that_reads_before_it_writes_waits_for_the_other_desk(db, admin, db_path):
    """settings.put reads the old value first: deferred, it failed at once with "database is locked"."""
    other = OtherDesk(db_path)
    thread = other.commit_after(0.4)
    started = time.monotonic()
    settings.put("office.phone", "8012", by=admin)
    waited = time.monotonic() - started
    thread.join()
    assert waited >= 0.3
    assert settings.get("office.phone") == "8012"
    assert settings.get("other.desk") == "saved"


def test_why_a_deferred_transaction_cannot_wait(db, admin, db_path):
    """The root cause, kept visible: after a read, SQLite refuses the write lock without waiting."""
    other = OtherDesk(db_path)
    started = time.monotonic()
    with pytest.raises(DatabaseBusy), db.atomic("DEFERRED"):
        settings.get("office.phone")
        settings.OfficeSetting.insert(key="office.phone", value="8012").execute()
    assert time.monotonic() - started < 1  # not the 10 s busy timeout
    other.give_up()
    assert settings.get("office.phone") == ""


def test_a_lock_held_past_the_busy_timeout_is_database_busy_and_writes_nothing(
        admin, db_path, short_busy_timeout, table_snapshot):
    before = table_snapshot()
    other = OtherDesk(db_path)
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as info:
        people.create_user("clerk2", "李晓燕", "secret-123", {people.CLERK}, by=admin)
    waited = time.monotonic() - started
    other.give_up()
    assert 0.25 <= waited < 3
    assert str(info.value) == (
        "Another desk is saving right now; nothing was written. Try again in a moment."
    )
    assert table_snapshot() == before


def test_busy_at_commit_is_database_busy_and_rolled_back(tmp_path):
    """COMMIT needs the lock too (in a rollback journal, against a reader): the same message."""
    path = tmp_path / "journal.sqlite"
    db = dbmod.FrontDeskDatabase(path, busy_timeout_ms=200)
    db._pragmas = [(k, "delete" if k == "journal_mode" else v) for k, v in db._pragmas]
    db.execute_sql("CREATE TABLE t (x)")
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT * FROM t").fetchall()  # a shared lock: COMMIT cannot get its exclusive one
    with pytest.raises(DatabaseBusy), db.atomic():
        db.execute_sql("INSERT INTO t VALUES (1)")
    assert not db.in_transaction()
    reader.execute("COMMIT")
    reader.close()
    assert db.execute_sql("SELECT COUNT(*) FROM t").fetchone()[0] == 0
    db.close()


def test_other_database_errors_are_left_as_they_are(db):
    with pytest.raises(Exception, match="no such table") as info:
        db.execute_sql("SELECT * FROM no_such_table")
    assert not isinstance(info.value, DatabaseBusy)


def test_the_busy_timeout_can_be_shortened_for_tests(db):
    previous = dbmod.set_busy_timeout(250)
    try:
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 250
        other = dbmod.make_database(db.database)
        assert other.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 250
        other.close()
    finally:
        dbmod.set_busy_timeout(previous)
    assert previous == 10_000
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10_000


def test_a_desk_opens_and_reads_the_file_while_another_desk_is_saving(admin, db_path):
    dbmod.close_database()
    other = OtherDesk(db_path)
    started = time.monotonic()
    dbmod.open_database(db_path, create=False)
    assert settings.office_name() == "测试物业服务中心"
    assert time.monotonic() - started < 2  # no waiting for the lock to read
    other.give_up()
