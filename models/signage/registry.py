"""部门标识管理一览表 (the sign registry): the list, the .xlsx import of the signs already on the walls, editing a sign's place and state.

A sign enters the registry through an installed request (``signage.requests``)
or, once, through ``import_signs`` (all rows or none, every bad row named, as
the item import does: warehouse.ImportRefused / RowProblem). Customer service
(the clerk) corrects a sign's place, size, material and state; a removed sign
(已撤除) stays removed — a new one comes through a request. The kinds are an
editable list (models.named_lists), kept by customer service and the
administrator. The package's ``__init__`` gathers ``__all__`` and the
descriptor's parts below.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from peewee import JOIN, fn

from .. import audit, clock, people, warehouse
from ..db import database
from ..errors import DomainError, NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..named_lists import move_entry, save_entry
from ..people import Department, User
from ..steps import Step, declare
from ..values import as_id, clean_date, clean_id, clean_int, clean_text, lookup_text, shown
from . import base
from .base import IMPORTED, IN_USE, REMOVED, STATE_LABELS, TO_FIX, Sign, SignKind
from .registry_demo import add_signs

__all__ = [
    "EDIT_SIGN", "IMPORTED", "ImportRefused", "RowProblem", "IMPORT_COLUMNS", "KINDS", "REGISTER_SIGNS", "APPROVE_SIGNS", "KEEP_KINDS",
    "SIGN_FIELDS", "SIGN_LIST", "SIGN_STEPS", "department_signs", "get_sign", "import_signs",
    "move_kind", "save_kind", "sign_buildings", "sign_by_number", "sign_floors", "update_sign",
]

# --- who may ------------------------------------------------------------------------

REGISTER_SIGNS = "signs.register"  # customer service: requests, making, the registry
APPROVE_SIGNS = "signs.approve"  # the service center's manager: 经物业服务中心批准
KEEP_KINDS = "signs.kinds"  # the kinds list (Settings)
people.grant(REGISTER_SIGNS, QT_TRANSLATE_NOOP("Permission", "register sign requests and signs"),
             people.CLERK)
people.grant(APPROVE_SIGNS, QT_TRANSLATE_NOOP("Permission", "approve sign requests"),
             people.MANAGER)
people.grant(KEEP_KINDS, QT_TRANSLATE_NOOP("Permission", "keep the list of sign kinds"),
             people.CLERK, people.ADMIN)

EDIT_SIGN, OPEN, KINDS, TEMPLATE, IMPORT, PRINT = (
    "edit", "open", "kinds", "template", "import", "print")
REPLACE = "replace"  # 申请更换: a draft request naming the sign (signage.requests)

SIGN_STEPS = declare(Sign, [
    Step(OPEN),
    Step(EDIT_SIGN, REGISTER_SIGNS),
    Step(REPLACE, REGISTER_SIGNS, states=(IN_USE, TO_FIX), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Sign {number} is {status}; only a sign on the wall can be replaced.")),
    Step(PRINT, on_record=False),  # 部门标识管理一览表
    Step(TEMPLATE, on_record=False),
    Step(IMPORT, REGISTER_SIGNS, on_record=False),
    Step(KINDS, KEEP_KINDS, on_record=False),
], status_label=STATE_LABELS.label)

audit.ACTION_LABELS.update({
    "sign.update": QT_TRANSLATE_NOOP("Lists", "Sign changed"),
    "sign.import": QT_TRANSLATE_NOOP("Lists", "Signs imported"),
    "sign_kind.create": QT_TRANSLATE_NOOP("Lists", "Sign kind added"),
    "sign_kind.update": QT_TRANSLATE_NOOP("Lists", "Sign kind changed"),
})

# The item import's report of a refused file, shared (warehouse.ImportRefused / RowProblem).
ImportRefused = warehouse.ImportRefused
RowProblem = warehouse.RowProblem
MAX_QUANTITY = 999
SIGN_FIELDS = ("text", "building", "floor", "room", "quantity", "size", "material", "state")
_GONE = QT_TRANSLATE_NOOP("DomainError", "That sign no longer exists.")


# --- reading ------------------------------------------------------------------------


def get_sign(sign_id: int) -> Sign:
    sign = Sign.get_or_none(Sign.id == clean_id(sign_id, _GONE))
    if sign is None:
        raise NotFound(_GONE)
    return sign


def sign_by_number(number: str) -> Sign:
    text = lookup_text(number, Sign.number)
    sign = Sign.get_or_none(Sign.number == text) if text else None
    if sign is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no sign {number}."),
                       number=shown(number))
    return sign


def department_signs(department_id: int, include_removed: bool = False) -> list[Sign]:
    """A department's signs in the registry's order: building, floor, room, number."""
    query = (Sign.select(Sign, SignKind).join(SignKind)
             .where(Sign.department == department_id))
    if not include_removed:
        query = query.where(Sign.state != REMOVED)
    return list(query.order_by(Sign.building, fn.LENGTH(Sign.floor), Sign.floor,  # 2F before 10F
                               Sign.room, Sign.number))


def _distinct(field) -> list[str]:
    return [row[0] for row in Sign.select(field).where(field != "").distinct()
            .order_by(field).tuples()]


def sign_buildings() -> list[str]:
    return _distinct(Sign.building)


def sign_floors() -> list[str]:
    return _distinct(Sign.floor)


# --- cleaning -----------------------------------------------------------------------


def clean_quantity(value: Any, name: str = "quantity") -> int:
    if value in (None, ""):
        return 1
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit():
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "“{text}” is not a number."),
                                  field=name, text=shown(text))
        value = int(text)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_int(value, name, 1, MAX_QUANTITY)


def clean_kind(value: Any, current_id: int | None = None) -> SignKind:
    """A kind in use (by id, SignKind or name); the one a record already names may stay."""
    if isinstance(value, SignKind):
        value = value.id
    if isinstance(value, int) and not isinstance(value, bool):
        kind_id = as_id(value)
        kind = SignKind.get_or_none(SignKind.id == kind_id) if kind_id else None
    else:
        text = "" if value is None else str(value).strip()
        name = lookup_text(text, SignKind.name)
        kind = SignKind.get_or_none(SignKind.name == name) if name else None
        if kind is None and text:
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "There is no sign kind {name}."),
                                  field="kind", name=shown(text))
    if kind is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the kind of sign."),
                              field="kind")
    if not kind.active and kind.id != current_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The sign kind {name} is no longer in use."),
            field="kind", name=kind.name)
    return kind


def clean_department(value: Any, current_id: int | None = None) -> Department:
    """A department in use (by id, Department or name)."""
    if isinstance(value, Department):
        value = value.id
    if isinstance(value, int) and not isinstance(value, bool):
        dep_id = as_id(value)
        dep = Department.get_or_none(Department.id == dep_id) if dep_id else None
    else:
        text = "" if value is None else str(value).strip()
        name = lookup_text(text, Department.name)
        dep = Department.get_or_none(Department.name == name) if name else None
        if dep is None and text:
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "There is no department {name}."),
                                  field="department", name=shown(text))
    if dep is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the department."),
                              field="department")
    if not dep.active and dep.id != current_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The department {name} is no longer in use."),
            field="department", name=dep.name)
    return dep


def clean_place(values: Mapping[str, Any]) -> dict[str, str]:
    return {key: clean_text(values.get(key), Sign._meta.fields[key])
            for key in ("building", "floor", "room")}


def clean_state(value: Any) -> str:
    if value in STATE_LABELS:
        return value
    for code in STATE_LABELS:  # the paper's word (a spreadsheet's 在用 / 待整改 / 已撤除)
        if STATE_LABELS.paper(code) == str(value).strip():
            return code
    raise ValidationError(
        QT_TRANSLATE_NOOP("DomainError", "“{text}” is not a sign state (在用, 待整改 or 已撤除)."),
        field="state", text=shown(value))


# --- changing a sign ----------------------------------------------------------------


def _snapshot(sign: Sign) -> dict[str, Any]:
    return {f: getattr(sign, f) for f in SIGN_FIELDS}


def update_sign(sign_id: int, values: Mapping[str, Any], by: User) -> Sign:
    """Correct a sign's text, place, quantity, size, material or state (audited).

    Taken down (已撤除) it gets today's date and stays removed; back from 待整改 it is 在用.
    """
    unknown = set(values) - set(SIGN_FIELDS)
    if unknown:
        raise ValueError(f"unknown sign fields {sorted(unknown)}")
    SIGN_STEPS.require(by, EDIT_SIGN)
    with database.atomic("IMMEDIATE"):
        sign = get_sign(sign_id)
        before = _snapshot(sign)
        merged = {**before, **values}
        clean = {
            "text": clean_text(merged.get("text"), Sign.text, required=QT_TRANSLATE_NOOP(
                "DomainError", "Say what the sign reads.")),
            **clean_place(merged),
            "quantity": clean_quantity(merged.get("quantity")),
            "size": clean_text(merged.get("size"), Sign.size),
            "material": clean_text(merged.get("material"), Sign.material),
            "state": clean_state(merged.get("state")),
        }
        if sign.state == REMOVED and clean["state"] != REMOVED:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Sign {number} has been removed; a new sign comes through a "
                "request."), field="state", number=sign.number)
        changes = audit.diff(before, clean)
        if not changes:
            return sign
        for key, value in clean.items():
            setattr(sign, key, value)
        if clean["state"] == REMOVED and before["state"] != REMOVED:
            sign.removed_on = clock.today()
            changes["removed_on"] = sign.removed_on
        sign.save()
        audit.record(by, "sign.update", "sign", sign.id, sign.number, changes)
        return sign


# --- the kinds ----------------------------------------------------------------------


def save_kind(by: User, name: str, kind_id: int | None = None, active: bool = True,
              sort_order: int | None = None) -> SignKind:
    """Add a kind, or rename / (de)activate / move one."""
    SIGN_STEPS.require(by, KINDS)
    return save_entry(SignKind, by, name, kind_id, active, sort_order)


def move_kind(by: User, kind_id: int, step: int) -> SignKind | None:
    SIGN_STEPS.require(by, KINDS)
    return move_entry(SignKind, by, kind_id, step, lambda: base.kinds(active_only=False))


# --- the import (the signs already on the walls) ------------------------------------

IMPORT_COLUMNS = [
    ("编号", "number"), ("类别", "kind"), ("标识内容", "text"), ("责任部门", "department"),
    ("楼栋", "building"), ("楼层", "floor"), ("房间/位置", "room"), ("数量", "quantity"),
    ("尺寸", "size"), ("材质", "material"), ("设置日期", "set_up_on"), ("状态", "state"),
]
_OWN_NUMBER = re.compile(rf"^{base.PREFIX}-\d{{5}}$")


def _import_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "“{text}” is not a date (write it as 2024-05-01)."),
                field="set_up_on", text=shown(value)) from None
    day = clean_date(value, "set_up_on")
    if day > clock.today():
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The date {date} is in the future."),
                              field="set_up_on", date=day.isoformat())
    return day


def _clean_import_row(values: Mapping[str, Any]) -> dict[str, Any]:
    number = clean_text(values.get("number"), Sign.number)
    if number.startswith(base.PREFIX + "-") and not _OWN_NUMBER.match(number):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A number beginning {prefix}- is written {prefix}-00001; leave it "
            "blank to have one given."), field="number", prefix=base.PREFIX)
    state = values.get("state")
    return {
        "number": number or None,
        "kind": clean_kind(values.get("kind")),
        "text": clean_text(values.get("text"), Sign.text, required=QT_TRANSLATE_NOOP(
            "DomainError", "Say what the sign reads.")),
        "department": clean_department(values.get("department")),
        **clean_place(values),
        "quantity": clean_quantity(values.get("quantity")),
        "size": clean_text(values.get("size"), Sign.size),
        "material": clean_text(values.get("material"), Sign.material),
        "set_up_on": _import_date(values.get("set_up_on")),
        "state": IN_USE if state in (None, "") else clean_state(state),
    }


def import_signs(rows: Iterable[tuple[int, Mapping[str, Any]]], by: User) -> list[Sign]:
    """The signs of a filled-in template, all or none (warehouse.ImportRefused lists every bad
    row). A blank number gets the next BS- number; a number already in the registry, or
    twice in the file, refuses the file."""
    SIGN_STEPS.require(by, IMPORT)
    rows = list(rows)
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The file holds no signs."))
    problems: list[RowProblem] = []
    cleaned: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for row_number, values in rows:
        try:
            clean = _clean_import_row(values)
            number = clean["number"]
            if number is not None:
                if number in seen:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("DomainError", "The number {number} is also on row {row}."),
                        field="number", number=number, row=seen[number])
                if Sign.select().where(Sign.number == number).exists():
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("DomainError", "Sign {number} is already in the registry."),
                        field="number", number=number)
                seen[number] = row_number
            cleaned.append(clean)
        except DomainError as exc:
            problems.append(RowProblem(row_number, exc))
    if problems:
        raise ImportRefused(problems)
    created: list[Sign] = []
    with database.atomic("IMMEDIATE"):
        for clean in cleaned:
            state = clean.pop("state")
            sign = base.new_sign(**clean, source=IMPORTED)
            if state != IN_USE:
                sign.state = state
                sign.removed_on = clock.today() if state == REMOVED else None
                sign.save()
            created.append(sign)
        audit.record(by, "sign.import", "sign", None, f"{len(created)}",
                     {"signs": len(created), "numbers": [s.number for s in created[:50]]})
    return created


# --- the list -----------------------------------------------------------------------


SIGN_LIST = ListSpec(
    name="signs",
    title=QT_TRANSLATE_NOOP("Lists", "Signs"),
    model=Sign,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), Sign.number, 80),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), Department.name, 90),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), SignKind.name, 90),
        Column("text", QT_TRANSLATE_NOOP("Lists", "Sign text"), Sign.text, 180),
        Column("building", QT_TRANSLATE_NOOP("Lists", "Building"), Sign.building, 50),
        Column("floor", QT_TRANSLATE_NOOP("Lists", "Floor"), Sign.floor, 45),
        Column("room", QT_TRANSLATE_NOOP("Lists", "Room"), Sign.room, 100),
        Column("quantity", QT_TRANSLATE_NOOP("Lists", "Qty"), Sign.quantity, 40, "number"),
        Column("size", QT_TRANSLATE_NOOP("Lists", "Size"), Sign.size, 80),
        Column("material", QT_TRANSLATE_NOOP("Lists", "Material"), Sign.material, 70),
        Column("state", QT_TRANSLATE_NOOP("Lists", "State"), Sign.state, 60, "status",
               STATE_LABELS),
        Column("set_up_on", QT_TRANSLATE_NOOP("Lists", "Set up"), Sign.set_up_on, 85, "date"),
        Column("last_inspected_on", QT_TRANSLATE_NOOP("Lists", "Last inspected"),
               Sign.last_inspected_on, 85, "date"),
        Column("source", QT_TRANSLATE_NOOP("Lists", "From"), Sign.source, 110, visible=False),
    ],
    search=[Sign.number, Sign.text, Sign.room],
    date_field=Sign.set_up_on,
    status_field=Sign.state,
    statuses=STATE_LABELS,
    default_sort=("number", False),
    base_query=lambda: (Sign.select()
                        .join(SignKind, on=(Sign.kind == SignKind.id))
                        .switch(Sign).join(Department, JOIN.INNER,
                                           on=(Sign.department == Department.id))),
    extra_filters={
        "department": lambda q, v: q.where(Sign.department == v),
        "kind": lambda q, v: q.where(Sign.kind == v),
        "building": lambda q, v: q.where(Sign.building == str(v)),
        "floor": lambda q, v: q.where(Sign.floor == str(v)),
    },
)


# --- the descriptor's parts ---------------------------------------------------------

TABLES: tuple = ()
SEEDERS: tuple = ()
STEPS: tuple = (SIGN_STEPS,)


DEMO_STEPS: tuple = (add_signs,)


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    for sign in Sign.select(Sign.number, Sign.state, Sign.removed_on).where(
            ((Sign.state == REMOVED) & Sign.removed_on.is_null())
            | ((Sign.state != REMOVED) & Sign.removed_on.is_null(False))):
        problems.append(f"{sign.number}: state {sign.state} but removed on {sign.removed_on}")
    bad_state = Sign.select(fn.COUNT(Sign.id)).where(
        Sign.state.not_in([IN_USE, TO_FIX, REMOVED])).scalar()
    if bad_state:
        problems.append(f"{bad_state} sign(s) in a state that does not exist")
    return problems
