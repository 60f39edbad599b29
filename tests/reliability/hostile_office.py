"""The office the hostile-values run works on: built once through the real operations.

``build_office(path)`` writes a small office with a record in every state an
operation starts from (repair orders from registered to called back; items
with and without stock; draft and submitted receipts, issue slips, purchase
requests; an open stocktake) and returns the ids, which stay the same in every
copy of the file. ``build_empty(path)`` is a new file with no office yet (for
the first-run setup).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from models import db as dbmod
from models import people, repairs, settings, warehouse

from .hostile_values import T0

PASSWORD = "password1"
ROLES = {
    "admin": None,  # the first administrator (also manager)
    "clerk": {people.CLERK},
    "eng": {people.ENGINEERING},
    "keeper": {people.STOREKEEPER},
    "manager": {people.MANAGER},
    "duty": {people.DUTY},
}


@dataclass
class Office:
    """What the operations are called with: the users (by role) and the ids of the records."""

    users: dict[str, people.User] = field(default_factory=dict)
    ids: dict[str, list[int]] = field(default_factory=dict)
    one: dict[str, int] = field(default_factory=dict)
    mark: Callable[[], None] = lambda: None  # re-takes the "before" snapshot


def build_empty(path) -> None:
    dbmod.open_database(path)
    dbmod.close_database()


def build_office(path) -> dict:
    """The office at ``path``; returns {"ids": {kind: [ids]}, "one": {name: id}}."""
    dbmod.open_database(path)
    admin = settings.set_up_office("敌意测试物业服务中心", "admin", "王管理", PASSWORD)
    users = {"admin": admin}
    for login, roles in ROLES.items():
        if roles:
            users[login] = people.create_user(login, f"测试{login}", PASSWORD, roles, by=admin)
    clerk, eng, keeper, manager, duty = (users[k] for k in ("clerk", "eng", "keeper", "manager",
                                                           "duty"))
    one: dict[str, int] = {}
    cat = repairs.RepairCategory.get(repairs.RepairCategory.name == "水").id

    def order(hours_ago: float) -> repairs.RepairOrder:
        return repairs.register({
            "reported_at": T0 - dt.timedelta(hours=hours_ago), "location": "1203室",
            "reporter": "王芳", "phone": "8012", "category": cat, "content": "水龙头漏水",
            "department_name": "财务部"}, by=clerk)

    at = T0 - dt.timedelta(hours=20)
    one["registered"] = order(30).id
    o = order(29)
    repairs.dispatch(o.id, "刘海波", by=clerk, at=at)
    one["dispatched"] = o.id
    o = order(28)
    repairs.dispatch(o.id, "刘海波", by=clerk, at=at)
    repairs.accept(o.id, by=eng, at=at + dt.timedelta(minutes=10))
    one["in_progress"] = o.id
    o = order(27)
    repairs.dispatch(o.id, "刘海波", by=clerk, at=at)
    repairs.accept(o.id, by=eng, at=at + dt.timedelta(minutes=10))
    repairs.complete(o.id, "更换阀芯", by=eng, completed_at=at + dt.timedelta(hours=1))
    one["completed"] = o.id
    o = order(26)
    repairs.dispatch(o.id, "刘海波", by=clerk, at=at)
    repairs.accept(o.id, by=eng, at=at + dt.timedelta(minutes=10))
    repairs.complete(o.id, "更换阀芯", by=eng, completed_at=at + dt.timedelta(hours=1))
    repairs.check(o.id, by=clerk, at=at + dt.timedelta(hours=2))
    one["checked"] = o.id
    o = order(25)
    repairs.cancel(o.id, "重复登记", by=clerk, at=at)
    one["cancelled"] = o.id

    def item(code, name, unit="个", **values):
        return warehouse.create_item({"code": code, "name": name, "unit": unit,
                                      "category": "五金", **values}, by=keeper).id

    one["item_stock"] = item("WJ001", "十字螺丝", "盒", safety_stock="50", location="A-1")
    one["item_some"] = item("WJ002", "膨胀螺栓", location="A-2")
    one["item_empty"] = item("WJ003", "合页", location="B-1")
    one["item_gone"] = item("WJ004", "旧锁", location="B-2")
    warehouse.update_item(one["item_gone"], {"active": False}, by=keeper)
    early = T0.date() - dt.timedelta(days=14)
    r = warehouse.save_receipt(
        {"date": early, "supplier": "华强五金", "delivery_note": "SH-1"},
        [{"item": one["item_stock"], "qty": "100", "unit_price": "2.50"},
         {"item": one["item_some"], "qty": "10", "unit_price": "1.20"}], by=keeper)
    warehouse.confirm_receipt(r.id, by=manager)
    one["receipt_submitted"] = r.id
    one["receipt_draft"] = warehouse.save_receipt(
        {"date": T0.date(), "supplier": "华强五金"},
        [{"item": one["item_empty"], "qty": "5", "unit_price": "8"}], by=keeper).id
    s = warehouse.save_issue_slip(
        {"date": early + dt.timedelta(days=2), "department": "工程部", "receiver": "刘海波"},
        [{"item": one["item_stock"], "qty": "10"}], by=keeper)
    warehouse.sign_issue_slip(s.id, by=duty)
    one["slip_submitted"] = s.id
    one["slip_draft"] = warehouse.save_issue_slip(
        {"date": T0.date(), "department": "工程部", "receiver": "刘海波",
         "repair_order": one["in_progress"]},
        [{"item": one["item_some"], "qty": "2"}], by=keeper).id
    req = warehouse.save_request({"date": T0.date(), "reason": "补货"},
                                 [{"item": one["item_empty"], "qty": "3", "unit_price": "8"}],
                                 by=keeper)
    one["request_draft"] = req.id
    req = warehouse.save_request({"date": T0.date(), "reason": "补货"},
                                 [{"item": one["item_empty"], "qty": "3", "unit_price": "8"}],
                                 by=keeper)
    warehouse.approve_request(req.id, by=manager)
    one["request_approved"] = req.id
    st = warehouse.start_stocktake("2026-03", by=keeper)
    one["stocktake"] = st.id
    lines = [line.id for line in st.lines.order_by(warehouse.StocktakeLine.id)]
    dbmod.close_database()
    ids = {
        "user": [u.id for u in users.values()],
        "order": [one[k] for k in ("registered", "dispatched", "in_progress", "completed",
                                   "checked", "cancelled")],
        "item": [one[k] for k in ("item_stock", "item_some", "item_empty", "item_gone")],
        "receipt": [one["receipt_submitted"], one["receipt_draft"]],
        "slip": [one["slip_submitted"], one["slip_draft"]],
        "request": [one["request_draft"], one["request_approved"]],
        "stocktake": [one["stocktake"]],
        "line": lines,
        "department": [1, 2, 3, 4],
        "repair_category": [1, 2, 3],
        "item_category": [1, 2, 3],
    }
    return {"ids": ids, "one": one}


def load_office(built: dict) -> Office:
    """The users of the open copy, and the ids."""
    users = {login: people.User.get(people.User.login == login) for login in ROLES}
    return Office(users=users, ids=built["ids"], one=built["one"])
