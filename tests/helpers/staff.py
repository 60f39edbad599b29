"""Who works in the test office: users made through people.create_user (``make_user``).

Each set is its own fixture in tests/conftest.py; they differ in logins and names
because the tests read those back (on paper, in lists), so they are not merged.
"""

from __future__ import annotations

from collections.abc import Callable

from models import people

MakeUser = Callable[..., people.User]


def storeroom_staff(make_user: MakeUser) -> dict[str, people.User]:
    """The storeroom's four (fixture ``staff``): storekeeper, manager, duty officer, clerk."""
    return {
        "keeper": make_user(people.STOREKEEPER, login="keeper", full_name="赵桂英"),
        "manager": make_user(people.MANAGER, login="boss", full_name="周志华"),
        "duty": make_user(people.DUTY, login="duty", full_name="张建国"),
        "clerk": make_user(people.CLERK, login="clerk", full_name="李晓燕"),
    }


def repair_staff(make_user: MakeUser) -> dict[str, people.User]:
    """The repair orders' roles (fixture ``repair_staff``): clerk, engineering, manager, duty."""
    return {
        "clerk": make_user(people.CLERK, login="clerk1"),
        "eng": make_user(people.ENGINEERING, login="eng1"),
        "manager": make_user(people.MANAGER, login="boss1"),
        "duty": make_user(people.DUTY, login="duty1"),
    }


def repair_tab_staff(make_user: MakeUser) -> dict[str, people.User]:
    """Who uses the repairs tab (fixture ``repair_tab_staff``): a clerk and engineering by
    name, and an administrator who holds no repair role."""
    return {
        "clerk": make_user(people.CLERK, login="clerk1", full_name="客服小张"),
        "eng": make_user(people.ENGINEERING, login="eng1", full_name="刘海波"),
        "admin_only": make_user(people.ADMIN, login="admin2"),
    }
