"""Accounts (issue 8, section 6): login names, passwords, and access re-read at every operation."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from models import checks, people, repairs, settings, warehouse
from models import db as dbmod
from models.audit import AuditEntry
from models.errors import DomainError, LoginFailed, PermissionDenied, ValidationError
from models.people import User

# --- login names --------------------------------------------------------------------


def test_a_login_is_kept_normalised_and_found_in_any_case(admin):
    user = people.create_user(" ｗａｎｇ.Ｌｉ ", "王立", "password1", {people.CLERK}, by=admin)
    assert user.login == "wang.Li" and user.login_key == "wang.li"
    for typed in ("wang.Li", "WANG.LI", " wang.li ", "ｗａｎｇ．ｌｉ"):
        assert people.authenticate(typed, "password1").id == user.id


def test_a_login_that_differs_only_by_case_is_taken(admin, table_snapshot):
    people.create_user("Wang", "王一", "password1", {people.CLERK}, by=admin)
    before = table_snapshot()
    for login in ("wang", "WANG", "ｗａｎｇ", "ADMIN"):
        with pytest.raises(ValidationError, match="is already taken") as info:
            people.create_user(login, "王二", "password1", {people.CLERK}, by=admin)
        assert info.value.field == "login"
    assert table_snapshot() == before


@pytest.mark.parametrize("login", [
    "wa ng", "wa\u3000ng", "wa\u200bng", "\ufeffwang", "wang\x00", "wa\x1bng", "wa\u2028ng",
    "\u3164", "wa\u00adng", "wang\ue000", "wa\ud800ng", "a" * 33, "", "   ",
])
def test_a_login_with_spaces_control_or_invisible_characters_or_too_long_is_refused(
        admin, table_snapshot, login):
    before = table_snapshot()
    with pytest.raises(ValidationError) as info:
        people.create_user(login, "王二", "password1", {people.CLERK}, by=admin)
    assert info.value.field == "login"
    assert table_snapshot() == before


def test_a_login_may_have_thirty_two_characters(admin):
    assert people.create_user("a" * 32, "王二", "password1", {people.CLERK}, by=admin).login == (
        "a" * 32)
    assert User.login.max_length == 32


def test_a_typed_login_nobody_can_have_is_just_a_wrong_login(admin, table_snapshot):
    before = table_snapshot()
    for typed in ("ad\u200bmin", "\ud800", "x" * 100_000, "admin\x00"):
        with pytest.raises(LoginFailed, match="Wrong login name or password"):
            people.authenticate(typed, "admin123")
    assert table_snapshot() == before


# --- passwords ------------------------------------------------------------------------


@pytest.mark.parametrize("password, ok", [
    ("1234567", False), ("12345678", True), ("x" * 128, True), ("x" * 129, False),
    ("pass\x00word", False), ("pass\ud800word", False), ("密码密码密码密码", True),
])
def test_passwords_have_eight_to_a_hundred_and_twenty_eight_characters(
        admin, make_user, table_snapshot, password, ok):
    clerk = make_user(people.CLERK, login="clerk")
    attempts = [
        lambda: people.create_user("newbie", "新人", password, {people.CLERK}, by=admin),
        lambda: people.change_own_password(clerk, "secret12", password),
        lambda: people.reset_password(clerk.id, password, by=admin),
    ]
    for attempt in attempts:
        before = table_snapshot()
        if ok:
            attempt()
        else:
            with pytest.raises(ValidationError, match="password") as info:
                attempt()
            assert info.value.field == "password"
            assert table_snapshot() == before


def test_the_first_administrator_needs_a_long_enough_password(db, table_snapshot):
    before = table_snapshot()
    with pytest.raises(ValidationError, match="at least 8 characters"):
        settings.set_up_office("测试物业服务中心", "admin", "王经理", "short12")
    assert table_snapshot() == before
    assert settings.set_up_office("测试物业服务中心", "admin", "王经理", "long-enough").login == (
        "admin")


def test_the_old_password_is_checked_as_the_file_has_it(admin, make_user):
    """Another desk's reset counts: the password the clerk's session remembers does not."""
    clerk = make_user(people.CLERK, login="clerk")
    people.reset_password(clerk.id, "temporary1", by=admin)
    with pytest.raises(ValidationError, match="current password is wrong"):
        people.change_own_password(clerk, "secret12", "mine-mine")
    people.change_own_password(clerk, "temporary1", "mine-mine")
    assert people.authenticate("clerk", "mine-mine").id == clerk.id


# --- access re-read at every operation ------------------------------------------------


@pytest.fixture
def desk(make_user):
    """A clerk, an engineer and a storekeeper, logged in (their sessions' User objects)."""
    return {"clerk": make_user(people.CLERK, login="clerk"),
            "eng": make_user(people.ENGINEERING, login="eng"),
            "keeper": make_user(people.STOREKEEPER, login="keeper")}


def _order(clerk) -> repairs.RepairOrder:
    return repairs.register({"location": "1203室", "content": "漏水", "category": 1}, by=clerk)


def test_a_user_disabled_meanwhile_is_refused_at_the_next_operation(admin, desk, table_snapshot):
    order = _order(desk["clerk"])
    repairs.dispatch(order.id, "刘海波", by=desk["clerk"])
    for who in ("clerk", "eng", "keeper"):  # the administrator, at another desk
        people.set_active(desk[who].id, False, by=admin)
    before = table_snapshot()
    refused = [
        lambda: _order(desk["clerk"]),
        lambda: repairs.cancel(order.id, "不修了", by=desk["clerk"]),
        lambda: repairs.accept(order.id, by=desk["eng"]),
        lambda: warehouse.create_item({"code": "WJ1", "name": "螺丝", "unit": "盒",
                                       "category": "五金"}, by=desk["keeper"]),
        lambda: warehouse.save_category(desk["keeper"], "工具"),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied, match="account has been disabled"):
            attempt()
    assert table_snapshot() == before
    assert not desk["clerk"].can(people.ENTER_RECORDS)


def test_a_role_removed_meanwhile_is_refused_at_the_next_operation(admin, desk, table_snapshot):
    people.set_roles(desk["keeper"].id, {people.CLERK}, by=admin)
    people.set_roles(desk["clerk"].id, {people.STOREKEEPER}, by=admin)
    before = table_snapshot()
    with pytest.raises(PermissionDenied, match="keep the storeroom"):
        warehouse.create_item({"code": "WJ1", "name": "螺丝", "unit": "盒", "category": "五金"},
                              by=desk["keeper"])
    with pytest.raises(PermissionDenied, match="register"):
        _order(desk["clerk"])
    assert table_snapshot() == before
    assert desk["keeper"].roles == {people.CLERK}  # the session's object knows it now
    assert _order(desk["keeper"]).created_by_id == desk["keeper"].id


def test_a_user_enabled_again_may_work_again(admin, desk):
    people.set_active(desk["clerk"].id, False, by=admin)
    with pytest.raises(PermissionDenied):
        _order(desk["clerk"])
    people.set_active(desk["clerk"].id, True, by=admin)
    assert _order(desk["clerk"]).number.startswith("BX")


# --- migration 5: files with logins from before ---------------------------------------


def _as_before_schema_5(path, logins: list[str]) -> None:
    """Take the file back to before login_key, holding ``logins`` as old files might."""
    dbmod.close_database()
    con = sqlite3.connect(path)
    con.execute('DROP INDEX "user_login_key"')
    con.execute('ALTER TABLE "user" DROP COLUMN "login_key"')
    con.execute("DELETE FROM schema_version WHERE version >= 5")
    hash_, created = con.execute('SELECT password_hash, created_at FROM "user"').fetchone()
    for login in logins:
        user_id = con.execute(
            'INSERT INTO "user" (login, full_name, password_hash, active, failed_logins, '
            "must_change_password, created_at) VALUES (?, ?, ?, 1, 0, 0, ?)",
            (login, f"老用户{login[:4]}", hash_, created)).lastrowid
        con.execute("INSERT INTO user_role (user_id, role) VALUES (?, 'clerk')", (user_id,))
    con.commit()
    con.close()


def test_old_logins_that_clash_by_case_or_do_not_normalise_are_settled_without_loss(
        admin, db_path):
    old = ["Wang", "wang", "WANG", "wa\u200bng", "ｌｉ", " zhao ", "bad\x07name", "\u200b",
           "wang-5"]
    _as_before_schema_5(db_path, old)
    before = sqlite3.connect(db_path).execute(
        'SELECT id, full_name, password_hash FROM "user" ORDER BY id').fetchall()
    dbmod.open_database(db_path)
    rows = dbmod.database.execute_sql(
        'SELECT id, login, login_key, full_name, password_hash FROM "user" ORDER BY id').fetchall()
    assert [(r[0], r[3], r[4]) for r in rows] == before  # every user, as they were
    logins = {r[0]: r[1] for r in rows}
    assert list(logins.values()) == [
        "admin", "Wang", "wang-3", "WANG-4", "wang-5-2", "li", "zhao", "badname", "user9",
        "wang-5"]
    assert len({r[2] for r in rows}) == len(rows)
    renames = {e.record_id: e.changes_dict()["login"]
               for e in AuditEntry.select().where(AuditEntry.action == "user.rename")}
    assert renames == {3: ["wang", "wang-3"], 4: ["WANG", "WANG-4"], 5: ["wa\u200bng", "wang-5-2"],
                       6: ["ｌｉ", "li"], 7: [" zhao ", "zhao"], 8: ["bad\x07name", "badname"],
                       9: ["\u200b", "user9"]}
    for login in ("Wang", "WANG-4", "Li", "zhao", "user9"):
        assert people.authenticate(login, "admin123").login.casefold() == login.casefold()
    assert checks.run_checks() == []
    with pytest.raises(DomainError, match="already taken"):
        people.create_user("wang-3", "新人", "password1", {people.CLERK}, by=admin)


def test_a_new_file_has_the_same_unique_login_key_as_an_upgraded_one(admin, db_path):
    indexes = {r[1]: r[2] for r in dbmod.database.execute_sql('PRAGMA index_list("user")')}
    assert indexes.get("user_login_key") == 1
    _as_before_schema_5(db_path, [])
    dbmod.open_database(db_path)
    indexes = {r[1]: r[2] for r in dbmod.database.execute_sql('PRAGMA index_list("user")')}
    assert indexes.get("user_login_key") == 1


def test_the_fifth_failure_locks_counting_those_made_at_other_desks(admin, make_user):
    """Four failures counted elsewhere: this desk's first wrong guess is the fifth."""
    make_user(people.CLERK, login="clerk")
    now = dt.datetime(2026, 3, 15, 9, 0)
    dbmod.database.execute_sql('UPDATE "user" SET failed_logins = 4 WHERE login = ?', ("clerk",))
    with pytest.raises(LoginFailed, match="locked"):
        people.authenticate("clerk", "wrong-password", now=now)
    assert User.get(User.login == "clerk").locked_until == now + dt.timedelta(minutes=5)
