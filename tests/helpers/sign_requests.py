"""Sign requests in tests (models.signage): who handles them, a typed request, one taken along.

Plain helpers (no fixtures): the models and GUI tests of the registry and the requests
call them with the ``make_user`` fixture.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from models import people, signage


def sign_staff(make_user) -> dict[str, people.User]:
    """clerk 李晓燕 (customer service), manager 周志华, duty 张建国 (holds no sign role)."""
    return {
        "clerk": make_user(people.CLERK, login="sclerk", full_name="李晓燕"),
        "manager": make_user(people.MANAGER, login="sboss", full_name="周志华"),
        "duty": make_user(people.DUTY, login="sduty", full_name="张建国"),
    }


def department(name: str = "财务部") -> people.Department:
    dep = people.Department.get_or_none(people.Department.name == name)
    return dep or people.Department.create(name=name, sort_order=9)


def request_values(**over: Any) -> dict[str, Any]:
    values = {
        "department": department().id, "applicant": "王芳", "kind": "办公室",
        "text": "财务部 综合办公室", "quantity": 1, "size": "300×100mm", "building": "A座",
        "floor": "12F", "room": "1201", "reason": "新设办公室", "needed_by": None,
    }
    values.update(over)
    return values


def in_production(clerk, manager, **over: Any) -> signage.SignRequest:
    """A request typed, submitted, approved and in production."""
    request = signage.save_request(request_values(**over), by=clerk)
    signage.submit_request(request.id, by=clerk)
    signage.approve_request(request.id, by=manager)
    return signage.start_production(request.id, by=clerk)


def wall_sign(clerk, **over: Any) -> signage.Sign:
    """A sign on the wall, as the import puts it there."""
    row = {"kind": "办公室", "text": "财务部 档案室", "department": department().name,
           "building": "A座", "floor": "12F", "room": "1205", "size": "300×100mm",
           "material": "不锈钢", "set_up_on": dt.date(2024, 5, 1)}
    row.update(over)
    return signage.import_signs([(2, row)], by=clerk)[0]
