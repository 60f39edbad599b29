"""Signs for tests before the registry part is merged: rows made through ``base.new_sign``
inside one transaction (the contract in the signage split), set up a year before T0."""

from __future__ import annotations

import datetime as dt

from models import people
from models.db import database
from models.signage import base

SET_UP = dt.date(2025, 3, 1)
PLACES = [("A座", "3F", "301"), ("A座", "3F", "302"), ("A座", "5F", "501"),
          ("B座", "1F", "大堂"), ("B座", "2F", "201"), ("B座", "2F", "205")]


def department(name: str) -> people.Department:
    return people.Department.get(people.Department.name == name)


def make_signs(count: int = 6, department_name: str = "客服部", kind: str = "办公室",
               set_up_on: dt.date | None = SET_UP, text: str = "办公室") -> list[base.Sign]:
    """``count`` signs of one department, in use, at PLACES (round the list)."""
    dep = department(department_name)
    sign_kind = base.SignKind.get(base.SignKind.name == kind)
    with database.atomic():
        return [base.new_sign(kind=sign_kind, text=f"{text}{n + 1}", department=dep,
                              building=PLACES[n % len(PLACES)][0],
                              floor=PLACES[n % len(PLACES)][1], room=PLACES[n % len(PLACES)][2],
                              set_up_on=set_up_on)
                for n in range(count)]
