"""拾遗 (lost and found): the permissions, the words, the tables, the disposal period.

Three records (seed 002 §十四):
- ``FoundItem``  失物移交记录: what was found, by whom, where; signed for by the office
  (签收: who received it and when), its value assessed and its storage place;
  待签收 → 待认领 → 已认领 (claimed) or 已处置 (disposed of after the period);
- ``LossReport`` 报失: who lost what, where, when; 已报失 → 已找回 (owner told) or
  未找回 (answered);
- ``Claim``      失物认领: the owner, the ID shown (kept whole, shown masked), who handled it.

The operations are in ``lostfound_ops``, the steps in ``lostfound_steps``.
"""

from __future__ import annotations

import calendar
import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
)

from .. import people, settings, values
from ..db import BaseModel
from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

FOUND_PREFIX = "SW"  # 失物移交记录 SWyyyymmdd-nnnn (the day it was found)
LOSS_PREFIX = "BS"  # 报失 BSyyyymmdd-nnnn
CLAIM_PREFIX = "RL"  # 失物认领表 RLyyyymmdd-nnnn

# --- permissions ------------------------------------------------------------------
# The clerk (and so the manager) and the duty officer register and hand out; only the
# manager disposes of what nobody claimed. The period is an office setting.

REGISTER = "lostfound.register"
HAND_OUT = "lostfound.hand_out"
DISPOSE = "lostfound.dispose"

people.grant(REGISTER, QT_TRANSLATE_NOOP("Permission", "register found items and loss reports"),
             people.CLERK, people.DUTY)
people.grant(HAND_OUT, QT_TRANSLATE_NOOP("Permission", "hand found items to their owners"),
             people.CLERK, people.DUTY)
people.grant(DISPOSE, QT_TRANSLATE_NOOP("Permission", "dispose of unclaimed found items"),
             people.MANAGER)

# --- words ------------------------------------------------------------------------

TO_SIGN = "to_sign"  # 待签收: registered, the office has not signed for it yet
UNCLAIMED = "unclaimed"  # 待认领
CLAIMED = "claimed"  # 已认领
DISPOSED = "disposed"  # 已处置

ITEM_STATUS = Vocabulary("LostFound", [
    Term(TO_SIGN, QT_TRANSLATE_NOOP("LostFound", "To be signed for"), "待签收"),
    Term(UNCLAIMED, QT_TRANSLATE_NOOP("LostFound", "Unclaimed"), "待认领"),
    Term(CLAIMED, QT_TRANSLATE_NOOP("LostFound", "Claimed"), "已认领"),
    Term(DISPOSED, QT_TRANSLATE_NOOP("LostFound", "Disposed of"), "已处置"),
])
OPEN_ITEM = (TO_SIGN, UNCLAIMED)  # still kept for an owner

REPORTED = "reported"  # 已报失
RECOVERED = "recovered"  # 已找回 (owner told)
NOT_RECOVERED = "not_recovered"  # 未找回 (answered)

LOSS_STATUS = Vocabulary("LostFound", [
    Term(REPORTED, QT_TRANSLATE_NOOP("LostFound", "Reported lost"), "已报失"),
    Term(RECOVERED, QT_TRANSLATE_NOOP("LostFound", "Found, owner told"), "已找回"),
    Term(NOT_RECOVERED, QT_TRANSLATE_NOOP("LostFound", "Not found, answered"), "未找回"),
])

ID_CARD, PASSPORT, HK_MACAU, DRIVING, STAFF_CARD, OTHER_ID = (
    "id_card", "passport", "hk_macau", "driving", "staff_card", "other")
ID_TYPES = Vocabulary("LostFound", [
    Term(ID_CARD, QT_TRANSLATE_NOOP("LostFound", "Resident ID card"), "身份证"),
    Term(PASSPORT, QT_TRANSLATE_NOOP("LostFound", "Passport"), "护照"),
    Term(HK_MACAU, QT_TRANSLATE_NOOP("LostFound", "Mainland travel permit"), "港澳台通行证"),
    Term(DRIVING, QT_TRANSLATE_NOOP("LostFound", "Driving licence"), "驾驶证"),
    Term(STAFF_CARD, QT_TRANSLATE_NOOP("LostFound", "Staff card"), "工作证"),
    Term(OTHER_ID, QT_TRANSLATE_NOOP("LostFound", "Other papers"), "其他证件"),
])


def item_status_label(code: str) -> Translatable:
    return ITEM_STATUS.label(code)


def loss_status_label(code: str) -> Translatable:
    return LOSS_STATUS.label(code)


# --- tables -----------------------------------------------------------------------


class FoundItem(BaseModel):
    """失物移交记录表: one found item (or a lot of like ones, ``quantity``)."""

    number = CharField(unique=True)
    found_on = DateField(index=True)  # 拾获日期
    place = CharField(max_length=100, index=True)  # 拾获地点
    item_name = CharField(max_length=60, index=True)  # 物品名称
    style = CharField(default="", max_length=60)  # 款式 (colour, look)
    model = CharField(default="", max_length=60)  # 型号 / 品牌
    quantity = IntegerField(default=1)
    finder = CharField(max_length=50, index=True)  # 拾遗人
    finder_phone = CharField(default="", max_length=40, index=True)
    finder_is_staff = BooleanField(default=False)  # 本公司员工 (praised and rewarded)
    handed_to = CharField(default="", max_length=50)  # 签收人 (the office's)
    handed_at = DateTimeField(null=True)  # 签收时间
    value = DecimalField(max_digits=12, decimal_places=2, null=True, auto_round=True)  # 鉴定价值
    storage = CharField(default="", max_length=100)  # 存放位置
    note = BoundedText(default="", max_length=500)
    status = CharField(default=TO_SIGN, index=True)
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    disposed_at = DateTimeField(null=True)
    disposed_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    dispose_reason = BoundedText(default="", max_length=500)

    class Meta:
        table_name = "lf_found_item"
        indexes = ((("status", "found_on"), False),)

    @property
    def status_label(self) -> Translatable:
        return item_status_label(self.status)


class LossReport(BaseModel):
    """报失: what the owner lost, and what the office answered."""

    number = CharField(unique=True)
    reported_at = DateTimeField(index=True)
    company = CharField(default="", max_length=100, index=True)  # 所在公司
    phone = CharField(max_length=40, index=True)
    room = CharField(default="", max_length=40, index=True)
    owner = CharField(max_length=50, index=True)  # 失主姓名
    lost_at = DateTimeField()  # 遗失日期、时间
    place = CharField(default="", max_length=100)  # 遗失地点
    item_name = CharField(max_length=60, index=True)
    style = CharField(default="", max_length=60)
    model = CharField(default="", max_length=60)
    status = CharField(default=REPORTED, index=True)
    found_item = ForeignKeyField(FoundItem, null=True, backref="loss_reports",
                                 on_delete="RESTRICT")
    answered_at = DateTimeField(null=True)
    answer = BoundedText(default="", max_length=500)  # what the owner was told
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "lf_loss_report"

    @property
    def status_label(self) -> Translatable:
        return loss_status_label(self.status)


class Claim(BaseModel):
    """失物认领表: the owner took the item back, showing an ID (kept whole, shown masked)."""

    number = CharField(unique=True)
    item = ForeignKeyField(FoundItem, unique=True, backref="claims", on_delete="RESTRICT")
    claimed_at = DateTimeField(index=True)
    owner = CharField(max_length=50, index=True)
    id_type = CharField(default=ID_CARD)
    id_number = CharField(max_length=30)  # whole: only privacy's reveal shows it
    id_masked = CharField(max_length=30)  # what every screen, paper and export shows
    phone = CharField(default="", max_length=40, index=True)
    handled_by = CharField(max_length=50)  # 经办人
    loss_report = ForeignKeyField(LossReport, null=True, backref="+", on_delete="RESTRICT")
    entered_at = DateTimeField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "lf_claim"

    status = "claimed"  # a claim is final: the steps read a status


def _get(model, record_id: int, gone: str):
    record = model.get_or_none(model.id == values.clean_id(record_id, gone))
    if record is None:
        raise NotFound(gone)
    return record


def get_found_item(item_id: int) -> FoundItem:
    return _get(FoundItem, item_id, QT_TRANSLATE_NOOP(
        "DomainError", "That found item no longer exists."))


def get_loss_report(report_id: int) -> LossReport:
    return _get(LossReport, report_id, QT_TRANSLATE_NOOP(
        "DomainError", "That loss report no longer exists."))


def get_claim(claim_id: int) -> Claim:
    return _get(Claim, claim_id, QT_TRANSLATE_NOOP("DomainError", "That claim no longer exists."))


def _by_number(model, number: str, template: str):
    text = values.lookup_text(number, model.number)
    record = model.get_or_none(model.number == text) if text else None
    if record is None:
        raise NotFound(template, number=values.shown(str(number).strip()))
    return record


def found_item_by_number(number: str) -> FoundItem:
    return _by_number(FoundItem, number, QT_TRANSLATE_NOOP(
        "DomainError", "There is no found item {number}."))


def claim_by_number(number: str) -> Claim:
    return _by_number(Claim, number, QT_TRANSLATE_NOOP("DomainError", "There is no claim {number}."))


def claim_of(item: FoundItem) -> Claim | None:
    return Claim.get_or_none(Claim.item == item)


# --- the disposal period (处置期限) ---------------------------------------------------

PERIOD_KEY = "lostfound.disposal_months"
DEFAULT_PERIOD_MONTHS = 6
MAX_PERIOD_MONTHS = 60


def disposal_months() -> int:
    """How many months an unclaimed item is kept before the manager may dispose of it."""
    try:
        months = int(settings.get(PERIOD_KEY, str(DEFAULT_PERIOD_MONTHS)))
    except ValueError:  # a hand-edited file
        return DEFAULT_PERIOD_MONTHS
    return months if 1 <= months <= MAX_PERIOD_MONTHS else DEFAULT_PERIOD_MONTHS


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def disposable_from(item: FoundItem, months: int | None = None) -> dt.date:
    """The first day the item may be disposed of: found_on plus the period."""
    return add_months(item.found_on, disposal_months() if months is None else months)
