"""The audit log: every writing operation records who, when, which record, what changed."""

from __future__ import annotations

import pytest

from models import audit, people, settings
from models import db as dbmod
from models.audit import AuditEntry


def test_audit_needs_the_writing_transaction(admin):
    with pytest.raises(RuntimeError):
        audit.record(admin, "x", "user", admin.id)


def test_audit_row_is_rolled_back_with_its_operation(admin):
    n = AuditEntry.select().count()
    with pytest.raises(ZeroDivisionError):
        with dbmod.database.atomic():
            audit.record(admin, "x", "user", admin.id)
            raise ZeroDivisionError
    assert AuditEntry.select().count() == n


def test_setting_change_is_audited_with_old_and_new(admin):
    settings.set_office_name("新名字物业服务中心", by=admin)
    entry = AuditEntry.select().where(AuditEntry.action == "setting.change").order_by(AuditEntry.id.desc()).get()
    assert entry.user_id == admin.id and entry.user_name == "admin"
    assert entry.changes_dict() == {"office_name": ["测试物业服务中心", "新名字物业服务中心"]}


def test_every_user_operation_leaves_an_audit_row(admin):
    n = AuditEntry.select().count()
    user = people.create_user("c1", "文员一", "secret12", {people.CLERK}, by=admin)
    people.update_user(user.id, admin, "文员甲", None)
    people.set_roles(user.id, {people.CLERK, people.DUTY}, by=admin)
    people.set_active(user.id, False, by=admin)
    people.set_active(user.id, True, by=admin)
    people.reset_password(user.id, "temp0000", by=admin)
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.id > n).order_by(AuditEntry.id)]
    assert actions == [
        "user.create",
        "user.update",
        "user.roles",
        "user.disable",
        "user.enable",
        "user.reset_password",
    ]
