"""Users, roles, permissions, passwords and logging in."""

from __future__ import annotations

import datetime as dt

import pytest

from models import people
from models.audit import AuditEntry
from models.errors import LoginFailed, PermissionDenied, ValidationError
from models.people import User


def test_first_run_setup_creates_admin_manager_and_office(admin):
    from models import settings

    assert settings.office_name() == "测试物业服务中心"
    assert admin.roles == {people.ADMIN, people.MANAGER}
    assert people.verify_password("admin123", admin.password_hash)
    assert "admin123" not in admin.password_hash
    assert admin.password_hash.startswith("scrypt$")


def test_setup_twice_is_refused(admin, table_snapshot):
    from models import settings
    from models.errors import DomainError

    before = table_snapshot()
    with pytest.raises(DomainError, match="already been set up"):
        settings.set_up_office("别的", "boss", "老板", "secret99")
    assert table_snapshot() == before


def test_passwords_are_salted(admin):
    a, b = people.hash_password("same-pw"), people.hash_password("same-pw")
    assert a != b
    assert people.verify_password("same-pw", a) and people.verify_password("same-pw", b)
    assert not people.verify_password("other", a)


def test_login_ok_and_audited(admin):
    user = people.authenticate("admin", "admin123")
    assert user.id == admin.id
    assert AuditEntry.select().where(AuditEntry.action == "login.ok").count() == 1


def test_five_failed_logins_lock_the_account_for_five_minutes(admin):
    now = dt.datetime(2026, 11, 22, 9, 0, 0)
    for _ in range(4):
        with pytest.raises(LoginFailed, match="Wrong login name or password"):
            people.authenticate("admin", "wrong", now=now)
    with pytest.raises(LoginFailed, match="locked"):
        people.authenticate("admin", "wrong", now=now)
    # Even the right password is refused while locked.
    with pytest.raises(LoginFailed, match="locked"):
        people.authenticate("admin", "admin123", now=now + dt.timedelta(minutes=4, seconds=59))
    user = people.authenticate("admin", "admin123", now=now + dt.timedelta(minutes=5, seconds=1))
    assert user.failed_logins == 0 and user.locked_until is None
    assert AuditEntry.select().where(AuditEntry.action == "login.locked").count() == 1


def test_lockout_is_per_account(admin, make_user):
    make_user(people.CLERK, login="clerk1")
    now = dt.datetime(2026, 11, 22, 9, 0, 0)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            people.authenticate("clerk1", "nope", now=now)
    assert people.authenticate("admin", "admin123", now=now).login == "admin"


def test_unknown_login_writes_nothing(admin, table_snapshot):
    before = table_snapshot()
    with pytest.raises(LoginFailed, match="Wrong login name or password"):
        people.authenticate("nobody", "x")
    assert table_snapshot() == before


def test_disabled_user_cannot_log_in(admin, make_user):
    clerk = make_user(people.CLERK, login="clerk1")
    people.set_active(clerk.id, False, by=admin)
    with pytest.raises(LoginFailed, match="disabled"):
        people.authenticate("clerk1", "secret12")


@pytest.mark.parametrize("role", [people.CLERK, people.DUTY, people.ENGINEERING, people.STOREKEEPER, people.MANAGER])
def test_only_administrators_manage_users(admin, make_user, table_snapshot, role):
    actor = make_user(role, login=f"u_{role}")
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        people.create_user("newbie", "新人", "secret12", {people.CLERK}, by=actor)
    with pytest.raises(PermissionDenied):
        people.set_roles(admin.id, {people.CLERK}, by=actor)
    with pytest.raises(PermissionDenied):
        people.reset_password(admin.id, "hacked12", by=actor)
    with pytest.raises(PermissionDenied):
        people.set_active(admin.id, False, by=actor)
    assert table_snapshot() == before


def test_roles_give_their_permissions(make_user):
    clerk = make_user(people.CLERK, login="c")
    duty = make_user(people.DUTY, login="d")
    manager = make_user(people.MANAGER, login="m")
    assert clerk.can(people.ENTER_RECORDS) and not clerk.can(people.APPROVE)
    assert duty.can(people.SIGN_ISSUE_SLIPS) and not duty.can(people.ENTER_RECORDS)
    # A manager may do everything a clerk may, and approve.
    assert clerk.permissions() <= manager.permissions()
    assert manager.can(people.APPROVE) and not manager.can(people.MANAGE_USERS)


def test_grant_gives_new_permissions_to_manager_with_clerk(monkeypatch):
    monkeypatch.setattr(people, "ROLE_PERMISSIONS", {k: set(v) for k, v in people.ROLE_PERMISSIONS.items()})
    monkeypatch.setattr(people, "PERMISSIONS", dict(people.PERMISSIONS))
    people.grant("test.thing", "do the test thing", people.CLERK)
    assert "test.thing" in people.ROLE_PERMISSIONS[people.MANAGER]


def test_admin_creates_user_who_must_change_password(admin):
    user = people.create_user("li", "李文员", "temp1234", {people.CLERK}, by=admin)
    assert user.must_change_password
    entry = AuditEntry.get(AuditEntry.action == "user.create", AuditEntry.record_id == user.id)
    assert entry.user_id == admin.id and entry.changes_dict()["roles"] == ["clerk"]
    people.change_own_password(user, "temp1234", "mine4567")
    user = User.get_by_id(user.id)
    assert not user.must_change_password
    assert people.authenticate("li", "mine4567").id == user.id


def test_bad_user_input_is_refused_with_nothing_written(admin, table_snapshot):
    before = table_snapshot()
    cases = [
        (("", "名字", "secret12", {people.CLERK}), "login"),
        (("x", " ", "secret12", {people.CLERK}), "full_name"),
        (("x", "名字", "123", {people.CLERK}), "password"),
        (("x", "名字", "secret12", set()), "roles"),
        (("x", "名字", "secret12", {"boss"}), "roles"),
        (("admin", "名字", "secret12", {people.CLERK}), "login"),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as info:
            people.create_user(*args, by=admin)
        assert info.value.field == field
    assert table_snapshot() == before


def test_last_administrator_cannot_be_removed(admin, table_snapshot):
    before = table_snapshot()
    with pytest.raises(Exception, match="at least one active administrator"):
        people.set_roles(admin.id, {people.MANAGER}, by=admin)
    with pytest.raises(Exception, match="your own account"):
        people.set_active(admin.id, False, by=admin)
    assert table_snapshot() == before


def test_set_roles_and_reset_password_are_audited(admin, make_user):
    clerk = make_user(people.CLERK, login="c")
    people.set_roles(clerk.id, {people.CLERK, people.DUTY}, by=admin)
    assert User.get_by_id(clerk.id).roles == {people.CLERK, people.DUTY}
    entry = AuditEntry.get(AuditEntry.action == "user.roles")
    assert entry.changes_dict() == {"roles": [["clerk"], ["clerk", "duty"]]}
    people.reset_password(clerk.id, "temp9999", by=admin)
    assert User.get_by_id(clerk.id).must_change_password
    assert AuditEntry.select().where(AuditEntry.action == "user.reset_password").count() == 1


def test_wrong_old_password_is_refused(admin, table_snapshot):
    before = table_snapshot()
    with pytest.raises(ValidationError, match="current password is wrong"):
        people.change_own_password(admin, "nope", "newpass1")
    assert table_snapshot() == before


def test_departments_are_editable_by_admin_only(admin, make_user, table_snapshot):
    dep = people.save_department(admin, "财务部")
    people.save_department(admin, "财务室", department_id=dep.id)
    assert "财务室" in [d.name for d in people.departments()]
    clerk = make_user(people.CLERK, login="c")
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        people.save_department(clerk, "黑客部")
    with pytest.raises(ValidationError, match="already exists"):
        people.save_department(admin, "工程部")
    assert table_snapshot() == before
