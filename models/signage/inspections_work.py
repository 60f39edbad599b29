"""Work-site signs (工作状态 / 警示) put up for a repair job, and taken down after it.

A row names a registry sign of a work-site kind or a free text, the place, the repair
order's number (read through ``models.repairs``), when it went up and when it came
down. Still up a day after the job is done (the order completed or cancelled) → it is
shown (red): ``left_up``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from peewee import JOIN

from .. import clock, repairs
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..people import User
from ..values import as_id, clean_datetime, clean_text
from . import inspections_base as ib
from .base import REMOVED, WORK_SITE_KINDS, Sign, SignKind
from .inspections_base import PUT_UP, TAKE_DOWN, WORK_SIGN_STEPS, WorkSign

__all__ = ["WORK_SIGN_LIST", "get_work_sign", "job_done_at", "left_up", "put_up_work_sign",
           "take_down_work_sign", "work_site_signs"]

GRACE = dt.timedelta(days=1)


def get_work_sign(work_sign_id: Any) -> WorkSign:
    found = WorkSign.get_or_none(WorkSign.id == as_id(work_sign_id))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "That work-site sign no longer exists."))
    return found


def work_site_signs() -> list[Sign]:
    """The registry's signs of the work-site kinds (工作状态 / 警示), not removed."""
    return list(Sign.select().join(SignKind).where(SignKind.name.in_(WORK_SITE_KINDS),
                                                   Sign.state != REMOVED).order_by(Sign.number))


def put_up_work_sign(values: Mapping[str, Any], by: User) -> WorkSign:
    """``{"sign": id or None, "text", "place", "order": number, "put_up_at"}``."""
    WORK_SIGN_STEPS.require(by, PUT_UP)
    sign = None
    if values.get("sign") not in (None, ""):
        sign = Sign.select().join(SignKind).where(Sign.id == as_id(values["sign"])).first()
        if sign is None or sign.state == REMOVED:
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "There is no such sign."),
                                  field="sign")
        if sign.kind.name not in WORK_SITE_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Sign {number} is not a work-site sign (工作状态 / 警示)."),
                field="sign", number=sign.number)
    text = clean_text(values.get("text"), WorkSign.text)
    if sign is None and not text:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Choose the sign or write what it says."), field="text")
    place = clean_text(values.get("place"), WorkSign.place, required=QT_TRANSLATE_NOOP(
        "DomainError", "Say where the sign is put up."))
    number = clean_text(values.get("order"), WorkSign.order_number, name="order",
                        required=QT_TRANSLATE_NOOP(
                            "DomainError", "Give the repair order the sign is put up for."))
    order = repairs.get_by_number(number)
    at = values.get("put_up_at")
    at = clock.now().replace(microsecond=0) if at in (None, "") else clean_datetime(at, "put_up_at")
    if at > clock.now() + dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The sign cannot be put up in the future."), field="put_up_at")
    with database.atomic("IMMEDIATE"):
        if sign is not None and WorkSign.select().where(
                WorkSign.sign == sign, WorkSign.taken_down_at.is_null()).exists():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Sign {number} is up elsewhere; take it down there first."),
                field="sign", number=sign.number)
        row = WorkSign.create(sign=sign, text=text, place=place, order_number=order.number,
                              put_up_at=at, by=by)
        ib.record(by, "work_sign.up", "sign_work_site", row.id, order.number,
                  {"sign": sign.number if sign else text, "place": place, "at": at})
        return row


def take_down_work_sign(work_sign_id: int, by: User, at: dt.datetime | None = None) -> WorkSign:
    WORK_SIGN_STEPS.require(by, TAKE_DOWN)
    with database.atomic("IMMEDIATE"):
        row = get_work_sign(work_sign_id)
        WORK_SIGN_STEPS.require_state(TAKE_DOWN, row)
        when = clock.now().replace(microsecond=0) if at is None else clean_datetime(at, "at")
        if when < row.put_up_at or when > clock.now() + dt.timedelta(minutes=5):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "It comes down between putting up ({start}) and now."),
                field="at", start=f"{row.put_up_at:%Y-%m-%d %H:%M}")
        row.taken_down_at = when
        row.save()
        ib.record(by, "work_sign.down", "sign_work_site", row.id, row.order_number,
                  {"taken_down_at": [None, when]})
        return row


def job_done_at(order_number: str) -> dt.datetime | None:
    """When the job ended: completed (or cancelled); None while it runs."""
    try:
        order = repairs.get_by_number(order_number)
    except NotFound:
        return None
    if order.status in repairs.WORK_DONE and order.completed_at is not None:
        return order.completed_at
    if order.status == repairs.CANCELLED:
        return order.cancelled_at
    return None


def left_up(now: dt.datetime | None = None) -> list[WorkSign]:
    """Still up more than a day after its job was done (shown red)."""
    now = now or clock.now()
    out = []
    for row in WorkSign.select().where(WorkSign.taken_down_at.is_null()):
        done = job_done_at(row.order_number)
        if done is not None and done + GRACE < now:
            out.append(row)
    return out


def _label(raw, translate=None) -> str:
    return raw or ""


W = WorkSign
WORK_SIGN_LIST = ListSpec(
    name="sign_work_site",
    title=QT_TRANSLATE_NOOP("Lists", "Work-site signs"),
    model=WorkSign,
    columns=[
        Column("sign", QT_TRANSLATE_NOOP("Lists", "Sign"),
               Sign.number.concat(" ").concat(Sign.text), width=160, display=_label),
        Column("text", QT_TRANSLATE_NOOP("Lists", "Text"), W.text, width=120),
        Column("place", QT_TRANSLATE_NOOP("Lists", "Place"), W.place, width=130),
        Column("order", QT_TRANSLATE_NOOP("Lists", "Repair order"), W.order_number, width=130),
        Column("put_up_at", QT_TRANSLATE_NOOP("Lists", "Put up"), W.put_up_at, width=120,
               kind="datetime"),
        Column("taken_down_at", QT_TRANSLATE_NOOP("Lists", "Taken down"), W.taken_down_at,
               width=120, kind="datetime"),
    ],
    search=(W.order_number, W.place, W.text, Sign.number),
    date_field=W.put_up_at,
    base_query=lambda: WorkSign.select().join(Sign, on=(WorkSign.sign == Sign.id),
                                              join_type=JOIN.LEFT_OUTER),
)
