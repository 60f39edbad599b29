"""Repair orders for tests, registered through the real operations.

Two defaults, as the tests were written: ``new_order`` (the models' and reports'
tests: 卫生间水龙头漏水 at 1203室 of 财务部, by phone) takes the category as a record;
``register`` (the GUI tests: the same order) takes it by id as the form sends it.
"""

from __future__ import annotations

from models import repairs


def category(name: str = "水") -> repairs.RepairCategory:
    return repairs.RepairCategory.get(repairs.RepairCategory.name == name)


def category_id(name: str = "水") -> int:
    return category(name).id


def new_order(by, **values) -> repairs.RepairOrder:
    data = {
        "source": repairs.PHONE,
        "department_name": "财务部",
        "location": "1203室",
        "reporter": "王芳",
        "phone": "8012",
        "category": category(),
        "content": "卫生间水龙头漏水",
    }
    data.update(values)
    return repairs.register(data, by=by)


def register(by, **values) -> repairs.RepairOrder:
    data = {"source": repairs.PHONE, "department_name": "财务部", "location": "1203室",
            "reporter": "王芳", "phone": "8012", "category": category_id(),
            "content": "卫生间水龙头漏水"}
    data.update(values)
    return repairs.register(data, by=by)
