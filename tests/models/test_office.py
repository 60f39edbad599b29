"""The office's own steps and the settings dialog's operations and lookups, in models.

OFFICE_STEPS says who may change the office, keep the users, back up, restore and
read the audit log (the window and the settings dialog enable from it); edit_user
saves a user's name, department and roles together or not at all.
"""

from __future__ import annotations

import peewee
import pytest

from models import db as dbmod
from models import demo, office_steps, people
from models.errors import DomainError, NotFound, PermissionDenied
from models.office_steps import OFFICE_STEPS


def test_the_office_steps_follow_the_roles(every_role, admin):
    allowed = {role: OFFICE_STEPS.allowed(user) for role, user in every_role.items()}
    everything = [office_steps.OFFICE, office_steps.USERS, office_steps.BACKUP,
                  office_steps.RESTORE, office_steps.AUDIT]
    assert OFFICE_STEPS.allowed(admin) == everything
    assert allowed[people.ADMIN] == everything
    assert allowed[people.MANAGER] == [office_steps.BACKUP, office_steps.RESTORE,
                                       office_steps.AUDIT]
    for role in (people.CLERK, people.DUTY, people.ENGINEERING, people.STOREKEEPER, "disabled"):
        assert allowed[role] == [], role
    # each step's permission is the one its operations refuse without
    clerk = every_role[people.CLERK]
    with pytest.raises(PermissionDenied):
        people.save_department(clerk, "保安部")
    with pytest.raises(PermissionDenied):
        people.edit_user(clerk.id, clerk, "改名", None, [people.CLERK])
    assert OFFICE_STEPS[office_steps.OFFICE].permission == people.MANAGE_SETTINGS
    assert OFFICE_STEPS[office_steps.USERS].permission == people.MANAGE_USERS


def test_edit_user_saves_name_department_and_roles_together(admin, make_user, table_snapshot):
    clerk = make_user(people.CLERK, login="xiaozhang")
    engineering = next(d for d in people.departments() if d.name == "工程部")
    edited = people.edit_user(clerk.id, admin, "张小明", engineering,
                              [people.CLERK, people.DUTY])
    again = people.get_user(clerk.id)
    assert (again.full_name, again.department.name, again.roles) == (
        "张小明", "工程部", {people.CLERK, people.DUTY})
    assert edited.id == clerk.id
    before = table_snapshot()
    with pytest.raises(DomainError, match="at least one active administrator"):
        people.edit_user(admin.id, admin, "新名字", None, [people.MANAGER])
    assert people.get_user(admin.id).full_name == "王经理"  # the name was not saved either
    with pytest.raises(DomainError):
        people.edit_user(clerk.id, admin, "", None, [people.CLERK])
    assert table_snapshot() == before


def test_the_settings_dialogs_lookups(admin, make_user, db_path):
    make_user(people.ENGINEERING, login="eng2", full_name="陈工")
    gone = make_user(people.ENGINEERING, login="eng3", full_name="阿德")
    people.set_active(gone.id, False, by=admin)
    make_user(people.CLERK, login="clerk9", full_name="白文员")
    assert [u.login for u in people.users()] == ["admin", "clerk9", "eng2", "eng3"]
    assert people.names_with_role(people.ENGINEERING) == ["陈工"]
    department = people.departments()[0]
    people.save_department(admin, department.name, department.id, active=False)
    assert people.get_department(department.id).name == department.name  # out of use: found
    for missing in (10**6, None, "x"):
        with pytest.raises(NotFound):
            people.get_department(missing)


def test_the_demo_manager_is_found_by_login(admin):
    assert demo.demo_manager() is None
    manager = people.create_user(demo.DEMO_MANAGER, "周志华", "secret12", [people.MANAGER],
                                 by=admin)
    assert demo.demo_manager().id == manager.id


def test_the_database_error_the_gui_catches_is_peewees():
    assert dbmod.DatabaseError is peewee.DatabaseError
