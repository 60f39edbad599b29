"""Signs (标识, seed 002 §十一): the kinds, the registry's table, its states.

Customer service makes and keeps every sign in the building; no department makes
one itself. A sign enters the registry only through an installed request
(``signage.requests``) or, once, through the .xlsx import of the signs already on
the walls (``signage.registry``); both create it through ``new_sign`` here.
"""

from __future__ import annotations

import datetime as dt

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField

from .. import clock
from ..db import BaseModel
from ..i18n import QT_TRANSLATE_NOOP
from ..people import Department
from ..vocabulary import Term, Vocabulary

PREFIX = "BS"  # 标识编号 BS-nnnnn

DEFAULT_KINDS = (
    "楼层", "法庭", "会议室", "办公室", "消防安全逃生口", "防火门出口", "火警电话",
    "消防疏散图", "机房重地", "工作状态", "警示", "其他",
)
# Work-site signs: put up for a job, taken down after it (signage.inspections tracks them).
WORK_SITE_KINDS = ("工作状态", "警示")

IN_USE, TO_FIX, REMOVED = "in_use", "to_fix", "removed"
IMPORTED = "导入"  # Sign.source of the rows imported from the spreadsheet
STATE_LABELS = Vocabulary("Signage", [
    Term(IN_USE, QT_TRANSLATE_NOOP("Signage", "In use"), "在用"),
    Term(TO_FIX, QT_TRANSLATE_NOOP("Signage", "To be corrected"), "待整改"),
    Term(REMOVED, QT_TRANSLATE_NOOP("Signage", "Removed"), "已撤除"),
])


class SignKind(BaseModel):
    """标识类别: an editable list (models.named_lists), seeded with DEFAULT_KINDS."""

    name = CharField(unique=True, max_length=40)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "sign_kind"


class Sign(BaseModel):
    """One row of 部门标识管理一览表: a sign on a wall (or taken down: REMOVED)."""

    number = CharField(unique=True, max_length=20)
    kind = ForeignKeyField(SignKind, backref="+", on_delete="RESTRICT")
    text = CharField(max_length=200)
    building = CharField(default="", max_length=40)
    floor = CharField(default="", max_length=20)
    room = CharField(default="", max_length=40)
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT", index=True)
    quantity = IntegerField(default=1)
    size = CharField(default="", max_length=40)
    material = CharField(default="", max_length=40)
    set_up_on = DateField(null=True)
    state = CharField(default=IN_USE, index=True)
    last_inspected_on = DateField(null=True)
    last_result = CharField(default="")  # the last inspection's result code ("" never)
    created_at = DateTimeField(default=clock.now)
    removed_on = DateField(null=True)
    # where the row came from: the installed request's number, or IMPORTED (the signs
    # already on the walls when the registry was started)
    source = CharField(default="", max_length=20)

    class Meta:
        table_name = "sign"

    @property
    def status(self) -> str:
        """The state under the name models.steps reads (a sign's steps depend on it)."""
        return self.state


def seed_kinds() -> None:
    for order, name in enumerate(DEFAULT_KINDS):
        SignKind.get_or_create(name=name, defaults={"sort_order": order})


def kinds(active_only: bool = True) -> list[SignKind]:
    query = SignKind.select().order_by(SignKind.sort_order, SignKind.id)
    if active_only:
        query = query.where(SignKind.active)
    return list(query)


def next_sign_number() -> str:
    """The next free registry number, BS-00001 …, inside the caller's transaction."""
    last = (Sign.select(Sign.number).where(Sign.number.startswith(PREFIX + "-"))
            .order_by(Sign.number.desc()).first())
    seq = int(last.number.split("-")[1]) + 1 if last else 1
    return f"{PREFIX}-{seq:05d}"


def new_sign(*, kind: SignKind, text: str, department: Department, quantity: int = 1,
             building: str = "", floor: str = "", room: str = "", size: str = "",
             material: str = "", set_up_on: dt.date | None = None,
             number: str | None = None, source: str = "") -> Sign:
    """A registry row, for an installed request or the import (values already cleaned and
    the write lock held by the caller; the caller writes the audit row)."""
    return Sign.create(
        number=number or next_sign_number(), kind=kind, text=text, department=department,
        quantity=quantity, building=building, floor=floor, room=room, size=size,
        material=material, set_up_on=set_up_on, state=IN_USE, source=source,
    )
