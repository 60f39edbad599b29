"""Every public writing operation, called with hostile values of the right type.

Each entry draws its arguments (``draw`` is hypothesis' data.draw) and makes
one call as a user who holds the permission, so that what is tried is the
values, not the roles. An entry that first puts the office in a state with the
real operations calls ``o.mark()`` after it: what must stay unchanged is the
office from that point. ``Op.empty`` ones run on a file with no office yet;
``Op.refusal_writes`` ones (a failed login counts the failure) may write when
they refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

from models import people, repairs, settings, warehouse
from models.people import Department

from . import hostile_values as hv
from .hostile_office import PASSWORD, Office


@dataclass(frozen=True)
class Op:
    name: str
    call: Callable[[Callable, Office], object]
    empty: bool = False
    refusal_writes: bool = False


OPS: list[Op] = []


def op(name: str, *, empty: bool = False, refusal_writes: bool = False):
    def register(fn):
        OPS.append(Op(name, fn, empty, refusal_writes))
        return fn
    return register


def _roles():
    return st.sets(st.one_of(st.sampled_from(sorted(people.ROLES)), hv.texts()), max_size=3)


def _department(draw, o: Office):
    return draw(st.one_of(st.none(), st.sampled_from(o.ids["department"]).map(
        lambda i: Department.get_by_id(i))))


# --- people and settings ----------------------------------------------------------


@op("people.create_user")
def _create_user(draw, o):
    people.create_user(draw(hv.texts(["newbie", "李四", "zhang.san"])),
                       draw(hv.texts(["新同事"])), draw(hv.texts([PASSWORD, "longenough"])),
                       draw(_roles()), by=o.users["admin"], department=_department(draw, o))


@op("people.authenticate", refusal_writes=True)
def _authenticate(draw, o):
    people.authenticate(draw(hv.texts(["clerk", "CLERK", " clerk ", "admin"])),
                        draw(hv.texts([PASSWORD, "wrong-password"])))


@op("people.set_roles")
def _set_roles(draw, o):
    people.set_roles(draw(hv.ids(o.ids["user"])), draw(_roles()), by=o.users["admin"])


@op("people.update_user")
def _update_user(draw, o):
    people.update_user(draw(hv.ids(o.ids["user"])), o.users["admin"], draw(hv.texts(["新名字"])),
                       _department(draw, o))


@op("people.set_active")
def _set_active(draw, o):
    people.set_active(draw(hv.ids(o.ids["user"])), draw(st.booleans()), by=o.users["admin"])


@op("people.reset_password")
def _reset_password(draw, o):
    people.reset_password(draw(hv.ids(o.ids["user"])), draw(hv.texts(["temporary1"])),
                          by=o.users["admin"])


@op("people.change_own_password")
def _change_own_password(draw, o):
    people.change_own_password(o.users["clerk"], draw(hv.texts([PASSWORD])),
                               draw(hv.texts(["brand-new-1"])))


@op("people.save_department")
def _save_department(draw, o):
    people.save_department(o.users["admin"], draw(hv.texts(["财务部", "新部门"])),
                           draw(st.one_of(st.none(), hv.ids(o.ids["department"]))),
                           draw(st.booleans()))


@op("settings.put")
def _settings_put(draw, o):
    settings.put(draw(hv.texts([settings.OFFICE_NAME, "some.key"])), draw(hv.texts(["值"])),
                 by=o.users["admin"])


@op("settings.set_office_name")
def _set_office_name(draw, o):
    settings.set_office_name(draw(hv.texts(["新的物业服务中心"])), by=o.users["admin"])


@op("settings.set_up_office", empty=True)
def _set_up_office(draw, o):
    settings.set_up_office(draw(hv.texts(["某某物业服务中心"])), draw(hv.texts(["admin", "Boss"])),
                           draw(hv.texts(["王经理"])), draw(hv.texts([PASSWORD])))


# --- repairs ------------------------------------------------------------------------


def _order_values(draw, o) -> dict:
    fields = {
        "reported_at": hv.moments(),
        "source": hv.choice(list(repairs.SOURCE_LABELS)),
        "department_name": hv.texts(["财务部"]),
        "location": hv.texts(["1203室"]),
        "reporter": hv.texts(["王芳"]),
        "phone": hv.texts(["8012"]),
        "category": hv.ids(o.ids["repair_category"]),
        "content": hv.texts(["水龙头漏水"]),
        "urgency": hv.choice(list(repairs.URGENCY_LABELS)),
        "urgent_cause": hv.texts(["停水"]),
    }
    good = {"location": "1203室", "content": "漏水", "category": 1}
    chosen = draw(st.sets(st.sampled_from(sorted(fields)), min_size=1, max_size=4))
    return {**good, **{k: draw(fields[k]) for k in chosen}}


@op("repairs.register")
def _register(draw, o):
    repairs.register(_order_values(draw, o), by=o.users["clerk"])


@op("repairs.update_order")
def _update_order(draw, o):
    values = _order_values(draw, o)
    values.pop("reported_at", None) if draw(st.booleans()) else None
    repairs.update_order(draw(hv.ids(o.ids["order"])), values, by=o.users["clerk"])


def _order(draw, o, state: str) -> int:
    return draw(st.one_of(st.just(o.one[state]), hv.ids(o.ids["order"])))


@op("repairs.dispatch")
def _dispatch(draw, o):
    repairs.dispatch(_order(draw, o, "registered"), draw(hv.texts(["刘海波"])),
                     by=o.users["clerk"], at=draw(hv.moments()))


@op("repairs.mark_paper_returned")
def _paper(draw, o):
    repairs.mark_paper_returned(_order(draw, o, "dispatched"), by=o.users["clerk"],
                                at=draw(hv.moments()))


@op("repairs.accept")
def _accept(draw, o):
    repairs.accept(_order(draw, o, "dispatched"), by=o.users["eng"], at=draw(hv.moments()))


@op("repairs.complete")
def _complete(draw, o):
    repairs.complete(_order(draw, o, "in_progress"), draw(hv.texts(["换了阀芯"])),
                     by=o.users["eng"], materials=draw(hv.texts(["阀芯一个"])),
                     completed_at=draw(hv.moments()))


@op("repairs.check")
def _check(draw, o):
    repairs.check(_order(draw, o, "completed"), by=o.users["clerk"], at=draw(hv.moments()))


@op("repairs.send_back")
def _send_back(draw, o):
    repairs.send_back(_order(draw, o, "completed"), draw(hv.texts(["还在漏"])),
                      by=o.users["clerk"], at=draw(hv.moments()))


@op("repairs.call_back")
def _call_back(draw, o):
    repairs.call_back(_order(draw, o, "checked"), draw(hv.choice(list(repairs.VERDICT_LABELS))),
                      by=o.users["clerk"], comment=draw(hv.texts(["很好"])),
                      at=draw(hv.moments()))


@op("repairs.cancel")
def _cancel(draw, o):
    repairs.cancel(_order(draw, o, "registered"), draw(hv.texts(["重复"])), by=o.users["clerk"],
                   at=draw(hv.moments()))


@op("repairs.save_category")
def _repair_category(draw, o):
    repairs.save_category(o.users["admin"], draw(hv.texts(["电梯"])),
                          draw(st.one_of(st.none(), hv.ids(o.ids["repair_category"]))),
                          draw(st.booleans()), draw(st.one_of(st.none(), hv.ints())))


@op("repairs.set_deadlines")
def _deadlines(draw, o):
    repairs.set_deadlines(draw(hv.choice(list(repairs.URGENCY_LABELS))), draw(hv.ints()),
                          draw(hv.ints()), by=o.users["admin"])


# --- warehouse: items -----------------------------------------------------------------


def _item_values(draw, o) -> dict:
    fields = {
        "code": hv.texts(["WJ099"]), "name": hv.texts(["扳手"]), "spec": hv.texts(["12寸"]),
        "unit": hv.texts(["把"]),
        "category": st.one_of(hv.ids(o.ids["item_category"]), hv.texts(["五金", "电料"])),
        "location": hv.texts(["C-1"]), "safety_stock": hv.numbers(["5", 3]),
        "active": st.booleans(),
    }
    good = {"code": "WJ099", "name": "扳手", "unit": "把", "category": "五金"}
    chosen = draw(st.sets(st.sampled_from(sorted(fields)), min_size=1, max_size=4))
    return {**good, **{k: draw(fields[k]) for k in chosen}}


@op("warehouse.create_item")
def _create_item(draw, o):
    warehouse.create_item(_item_values(draw, o), by=o.users["keeper"])


@op("warehouse.update_item")
def _update_item(draw, o):
    values = _item_values(draw, o)
    for key in ("code", "name", "unit", "category"):
        if draw(st.booleans()):
            values.pop(key, None)
    warehouse.update_item(draw(hv.ids(o.ids["item"])), values, by=o.users["keeper"])


@op("warehouse.import_items")
def _import_items(draw, o):
    cell = st.one_of(hv.texts(), hv.numbers(), hv.days(), st.none())
    rows = []
    for n in range(draw(st.integers(1, 3))):
        values = {"code": f"IM{n:03d}", "name": "导入物品", "unit": "个", "category": "五金"}
        for key in draw(st.sets(st.sampled_from([k for _h, k in warehouse.IMPORT_COLUMNS]),
                                max_size=3)):
            values[key] = draw(cell)
        rows.append((n + 2, values))
    warehouse.import_items(rows, by=o.users["keeper"])


@op("warehouse.save_category")
def _item_category(draw, o):
    warehouse.save_category(o.users["keeper"], draw(hv.texts(["工具"])),
                            draw(st.one_of(st.none(), hv.ids(o.ids["item_category"]))),
                            draw(st.booleans()), draw(st.one_of(st.none(), hv.ints())))


# --- warehouse: documents --------------------------------------------------------------


def _lines(draw, o, priced: bool) -> list[dict]:
    item = st.one_of(hv.ids(o.ids["item"]), hv.texts(["WJ001", "十字螺丝"]))
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        line = {"item": draw(item), "qty": draw(hv.numbers(["1", "2.5"]))}
        if priced:
            line["unit_price"] = draw(hv.numbers(["2.50", 0]))
        if draw(st.booleans()):
            line["note"] = draw(hv.texts(["备注"]))
        lines.append(line)
    return lines


def _maybe(draw, o, kind: str) -> int | None:
    return draw(st.one_of(st.none(), hv.ids(o.ids[kind])))


@op("warehouse.save_receipt")
def _save_receipt(draw, o):
    values = {"date": draw(hv.days()), "source": draw(hv.choice([warehouse.CENTRAL,
                                                                  warehouse.SELF])),
              "purchase_request": draw(st.one_of(st.none(), hv.ids(o.ids["request"]),
                                                 hv.texts())),
              "supplier": draw(hv.texts(["华强五金"])), "delivery_note": draw(hv.texts()),
              "received_by": draw(hv.texts()), "note": draw(hv.texts())}
    warehouse.save_receipt(values, _lines(draw, o, True), by=o.users["keeper"],
                           receipt_id=_maybe(draw, o, "receipt"))


@op("warehouse.confirm_receipt")
def _confirm_receipt(draw, o):
    warehouse.confirm_receipt(draw(hv.ids(o.ids["receipt"])), by=o.users["manager"])


@op("warehouse.cancel_receipt")
def _cancel_receipt(draw, o):
    warehouse.cancel_receipt(draw(hv.ids(o.ids["receipt"])), draw(hv.texts(["开错了"])),
                             by=o.users["manager"])


@op("warehouse.save_issue_slip")
def _save_slip(draw, o):
    values = {"date": draw(hv.days()),
              "department": draw(st.one_of(hv.ids(o.ids["department"]), hv.texts(["工程部"]))),
              "receiver": draw(hv.texts(["刘海波"])), "purpose": draw(hv.texts()),
              "repair_order": draw(st.one_of(st.none(), hv.ids(o.ids["order"]), hv.texts())),
              "note": draw(hv.texts())}
    warehouse.save_issue_slip(values, _lines(draw, o, False), by=o.users["keeper"],
                              slip_id=_maybe(draw, o, "slip"))


@op("warehouse.sign_issue_slip")
def _sign_slip(draw, o):
    warehouse.sign_issue_slip(draw(hv.ids(o.ids["slip"])), by=o.users["duty"])


@op("warehouse.cancel_issue_slip")
def _cancel_slip(draw, o):
    warehouse.cancel_issue_slip(draw(hv.ids(o.ids["slip"])), draw(hv.texts(["开错了"])),
                                by=o.users["manager"])


@op("warehouse.save_request")
def _save_request(draw, o):
    values = {"date": draw(hv.days()),
              "department": draw(st.one_of(st.none(), hv.ids(o.ids["department"]), hv.texts())),
              "requested_by": draw(hv.texts()), "reason": draw(hv.texts())}
    warehouse.save_request(values, _lines(draw, o, True), by=o.users["keeper"],
                           request_id=_maybe(draw, o, "request"))


@op("warehouse.draft_request_from_low_stock")
def _draft_request(draw, o):
    warehouse.draft_request_from_low_stock(
        o.users["keeper"], draw(st.one_of(st.none(), hv.ids(o.ids["department"]), hv.texts())))


@op("warehouse.approve_request")
def _approve_request(draw, o):
    warehouse.approve_request(draw(hv.ids(o.ids["request"])), by=o.users["manager"])


@op("warehouse.cancel_request")
def _cancel_request(draw, o):
    warehouse.cancel_request(draw(hv.ids(o.ids["request"])), draw(hv.texts(["不买了"])),
                             by=o.users["manager"])


# --- warehouse: stocktakes ----------------------------------------------------------------


@op("warehouse.start_stocktake")
def _start_stocktake(draw, o):
    if draw(st.booleans()):  # half the tries start from no open stocktake
        warehouse.cancel_stocktake(o.one["stocktake"], "重来", by=o.users["keeper"])
        o.mark()
    names = {k: draw(hv.texts(["张三"])) for k in ("counted_by", "recounted_by", "supervised_by")}
    warehouse.start_stocktake(
        draw(hv.months()), by=o.users["keeper"],
        category=draw(st.one_of(st.none(), hv.ids(o.ids["item_category"]), hv.texts(["五金"]))),
        location=draw(st.one_of(st.just(""), hv.texts(["A-1"]))),
        quarterly=draw(st.booleans()), **names)


@op("warehouse.enter_counts")
def _enter_counts(draw, o):
    value = st.one_of(st.none(), hv.numbers(["100", "90", "10"]))
    changes = {}
    for line_id in draw(st.lists(hv.ids(o.ids["line"]), min_size=1, max_size=3)):
        keys = draw(st.sets(st.sampled_from(["counted_qty", "recount_qty", "reason"]),
                            min_size=1))
        changes[line_id] = {k: draw(hv.texts(["数错了"]) if k == "reason" else value)
                            for k in keys}
    warehouse.enter_counts(draw(hv.ids(o.ids["stocktake"])), changes, by=o.users["keeper"],
                           counted_at=draw(hv.moments()))


@op("warehouse.update_stocktake")
def _update_stocktake(draw, o):
    keys = draw(st.sets(st.sampled_from(["counted_by", "recounted_by", "supervised_by", "note"]),
                        min_size=1))
    warehouse.update_stocktake(draw(hv.ids(o.ids["stocktake"])),
                               {k: draw(hv.texts(["李四"])) for k in keys}, by=o.users["keeper"])


@op("warehouse.approve_stocktake")
def _approve_stocktake(draw, o):
    stocktake = o.one["stocktake"]
    if draw(st.booleans()):  # counted as the books say, so that approval can get through
        rows = warehouse.count_rows(stocktake)
        warehouse.enter_counts(stocktake, {r.line.id: {"counted_qty": r.expected} for r in rows},
                               by=o.users["keeper"])
        o.mark()
    warehouse.approve_stocktake(draw(st.one_of(st.just(stocktake), hv.ids(o.ids["stocktake"]))),
                                by=o.users["manager"])


@op("warehouse.cancel_stocktake")
def _cancel_stocktake(draw, o):
    warehouse.cancel_stocktake(draw(hv.ids(o.ids["stocktake"])), draw(hv.texts(["重来"])),
                               by=o.users["keeper"])
