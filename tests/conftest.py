"""Shared fixtures: a fresh database per test; never the real user's data or settings."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# The tests' scrypt cost: production's 2^17 takes half a second a hash (and 128 MiB).
TEST_SCRYPT_N = 2**10


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes():
    """Hash passwords at TEST_SCRYPT_N: the suite makes and checks hundreds of them.

    tests/models/test_logins.py checks the production cost in a fresh interpreter.
    """
    from models import passwords

    with pytest.MonkeyPatch.context() as m:
        m.setattr(passwords, "SCRYPT_N", TEST_SCRYPT_N)
        yield


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Point the data folder and Qt's settings at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FRONTDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("FRONTDESK_SETTINGS_DIR", str(home / "settings"))
    yield
    from models import db as dbmod

    dbmod.close_database()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "office.sqlite"


@pytest.fixture
def db(db_path):
    """A fresh, migrated FrontDesk database, bound to models.db.database."""
    from models import db as dbmod

    database = dbmod.open_database(db_path)
    yield database
    dbmod.close_database()


@pytest.fixture
def admin(db):
    """The office set up with name 测试物业服务中心 and its first administrator (also manager)."""
    from models import settings

    return settings.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")


@pytest.fixture
def make_user(admin):
    """make_user(role, login=None) -> a user holding that role (password 'secret12')."""
    from models import people

    def _make(*roles: str, login: str | None = None, full_name: str | None = None):
        login = login or "_".join(roles)
        return people.create_user(
            login, full_name or f"测试{login}", "secret12", roles, by=admin
        )

    return _make


@pytest.fixture
def table_snapshot(db):
    """snapshot() -> every row of every table, to show a refused operation changed nothing."""

    def _snapshot():
        out = {}
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            out[name] = db.execute_sql(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
        return out

    return _snapshot
