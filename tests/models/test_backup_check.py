"""Backup then restore gives back the same data; `check` finds damage."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

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
    with pytest.raises(DomainError, match="not a FrontDesk database.*Nothing was restored"):
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


# --- names, leftovers, copies, permissions -------------------------------------------

AWKWARD = ["备份 #1 %41 ?x", "a%20b", "q?mode=rw#frag", "空 格"]


def _listing(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else None


@pytest.mark.parametrize("awkward", AWKWARD)
def test_awkward_names_back_up_and_restore(tmp_path, awkward):
    """#, %, ?, spaces and Chinese in the folder and in the file name are only characters."""
    home = tmp_path / awkward
    db_path = home / f"办公室 {awkward}.sqlite"
    db_path.parent.mkdir()
    dbmod.open_database(db_path)
    from models import settings

    settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")
    dbmod.close_database()
    saved = _rows(db_path)
    folder = home / f"备份 {awkward}"
    copy = backup.backup(db_path, folder)
    assert _listing(folder) == [copy.name] and copy.name.startswith(f"办公室 {awkward}-backup-")
    assert backup.verify_backup(copy) == dbmod.latest_version()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM office_setting")
    con.commit()
    con.close()
    kept = backup.restore(db_path, copy)
    assert _rows(db_path) == saved
    assert _listing(home) == sorted([db_path.name, kept.name, folder.name])
    assert _listing(tmp_path) == [awkward]  # nothing landed where a cut-short path would point


def _damage_a_data_page(path):
    """Scribble over the last page: the door's look at the header and schema passes, SQLite's check fails."""
    data = bytearray(path.read_bytes())
    data[-4096 + 8 : -100] = b"\xee" * (4096 - 108)
    path.write_bytes(bytes(data))


def test_a_refused_backup_leaves_no_file(admin, make_user, db_path, tmp_path):
    for n in range(30):
        make_user(people.CLERK, login=f"clerk{n}")
    dbmod.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    dbmod.close_database()
    _damage_a_data_page(db_path)
    before = _listing(db_path.parent)
    folder = tmp_path / "backups"
    with pytest.raises(DomainError, match="failed its check"):
        backup.backup(db_path, folder)
    assert not folder.exists() and _listing(db_path.parent) == before
    folder.mkdir()
    (folder / "earlier.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(DomainError, match="failed its check"):
        backup.backup(db_path, folder)
    assert _listing(folder) == ["earlier.txt"]


def test_two_restores_in_one_second_keep_both_copies(admin, make_user, db_path, tmp_path, clock):
    clock.set(dt.datetime(2026, 12, 1, 9, 30, 0))
    copy = backup.backup(db_path, tmp_path / "backups")
    make_user(people.CLERK, login="after_backup")
    dbmod.close_database()
    original = _rows(db_path)
    first = backup.restore(db_path, copy)
    second = backup.restore(db_path, copy)
    assert first != second and first.exists() and second.exists()
    assert _rows(first) == original  # the data from before the first restore survives the second
    assert "after_backup" not in str(_rows(second)["user"])


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_database_backups_and_copies_are_owner_only(admin, db_path, tmp_path, monkeypatch):
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    copy = backup.backup(db_path, tmp_path / "backups")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    dbmod.close_database()
    kept = backup.restore(db_path, copy)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh.sqlite"
    backup.restore(fresh, copy)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    old_version = dbmod.latest_version()
    monkeypatch.setattr(
        dbmod,
        "MIGRATIONS",
        [*dbmod.MIGRATIONS, dbmod.Migration(old_version + 1, "test: no-op", lambda database: None)],
    )
    dbmod.open_database(db_path)
    (upgrade_copy,) = db_path.parent.glob(f"office.before-upgrade-v{old_version}-*.sqlite")
    assert stat.S_IMODE(upgrade_copy.stat().st_mode) == 0o600


def test_restore_onto_a_damaged_database_keeps_its_bytes(admin, db_path, tmp_path):
    copy = backup.backup(db_path, tmp_path / "backups")
    dbmod.close_database()
    data = bytearray(db_path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    db_path.write_bytes(bytes(data))
    kept = backup.restore(db_path, copy)
    assert kept.read_bytes()[4096:] == bytes(data[4096:])  # the damaged pages, as they were
    dbmod.open_database(db_path, create=False)
    assert checks.run_checks() == []


@pytest.mark.parametrize("content", [b"", b"a text file\n" * 50, None])
def test_restore_refuses_to_replace_what_is_not_a_frontdesk_file(admin, db_path, tmp_path, content):
    copy = backup.backup(db_path, tmp_path / "backups")
    target = tmp_path / "someone-elses.sqlite"
    if content is None:
        con = sqlite3.connect(target)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
    else:
        target.write_bytes(content)
    before, listing = target.read_bytes(), _listing(tmp_path)
    with pytest.raises(DomainError, match="Nothing was restored"):
        backup.restore(target, copy)
    assert target.read_bytes() == before and _listing(tmp_path) == listing


# --- automatic backups ---------------------------------------------------------------


def _auto(day: dt.date, hour: int = 9, stem: str = "office", n: int = 0) -> str:
    suffix = f"-{n}" if n else ""
    return f"{stem}-auto-{day:%Y%m%d}-{hour:02d}0000{suffix}.sqlite"


def test_retention_keeps_fourteen_days_and_twelve_month_ends():
    today = dt.date(2026, 12, 1)
    days = [today - dt.timedelta(days=n) for n in range(730)]  # two years, a copy every day
    names = [_auto(d) for d in days]
    deleted = set(backup.retention(names, "office", today))
    kept = set(names) - deleted
    daily = {_auto(d) for d in days[:14]}
    month_ends = set()
    for year, month in [(2026, m) for m in range(11, 0, -1)] + [(2025, 12)]:
        last = max(d for d in days if (d.year, d.month) == (year, month))
        month_ends.add(_auto(last))
    assert kept == daily | month_ends and len(kept) == 14 + 12 - 1  # 30 November is both


def test_retention_keeps_the_newest_of_a_day_and_counts_days_with_copies():
    today = dt.date(2026, 12, 1)
    # The office was closed for a month: the last 14 days that have a copy are kept all the same.
    days = [dt.date(2026, 10, 1) + dt.timedelta(days=n) for n in range(20)] + [today]
    names = [_auto(d) for d in days] + [_auto(today, 8), _auto(today, 9, n=1)]
    kept = set(names) - set(backup.retention(names, "office", today))
    assert _auto(today, 9, n=1) in kept and _auto(today, 8) not in kept and _auto(today) not in kept
    expected_days = sorted(days)[-14:]
    assert {_auto(d) for d in expected_days if d != today} <= kept
    assert _auto(dt.date(2026, 10, 20)) in kept  # October's month-end copy


def test_retention_touches_only_automatic_backups_of_this_database():
    today = dt.date(2026, 12, 1)
    old = dt.date(2020, 1, 1)
    others = [
        f"office-backup-{old:%Y%m%d}-090000.sqlite",  # by hand
        _auto(old, stem="office-demo"),  # another database
        _auto(old, stem="other"),
        "office-auto-notadate.sqlite",
        "office-before-restore-20200101-090000.sqlite",
        "notes.txt",
        _auto(dt.date(2027, 1, 1)),  # dated after today: the clock went back; kept
    ]
    names = others + [_auto(old - dt.timedelta(days=n)) for n in range(40)]
    deleted = backup.retention(names, "office", today)
    # 14 daily (to 1 January 2020), and 30 November 2019 as that month's last copy
    assert not set(deleted) & set(others) and len(deleted) == 40 - 14 - 1


def test_automatic_backup_once_a_day_with_retention(admin, db_path, tmp_path, clock):
    folder = tmp_path / "backups"
    clock.set(dt.datetime(2026, 12, 1, 9, 0, 0))
    assert backup.automatic_backup_due(db_path, folder)
    folder.mkdir()
    old = [_auto(dt.date(2026, 11, 1) + dt.timedelta(days=n)) for n in range(20)]
    for name in old + ["office-backup-20200101-090000.sqlite", "notes.txt"]:
        (folder / name).write_bytes(b"x")
    stale = folder / (_auto(dt.date(2026, 11, 30)).replace(".sqlite", "-1.sqlite") + ".part")
    stale.write_bytes(b"")
    os.utime(stale, (0, 0))
    made = backup.automatic_backup(db_path, folder)
    assert made.path.name == "office-auto-20261201-090000.sqlite"
    assert backup.verify_backup(made.path) == dbmod.latest_version()
    assert not backup.automatic_backup_due(db_path, folder)
    left = set(_listing(folder))
    assert {"office-backup-20200101-090000.sqlite", "notes.txt", made.path.name} <= left
    assert stale.name in made.deleted and not stale.exists()
    assert len([n for n in left if "-auto-" in n]) == 14
    clock.advance(days=1)
    assert backup.automatic_backup_due(db_path, folder)
    found = backup.last_good_backup(db_path, [folder, tmp_path / "missing"])
    assert found == (made.path, dt.datetime(2026, 12, 1, 9, 0, 0))
