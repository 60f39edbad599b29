"""拾遗's operations, one per step: each checks its step (lostfound_steps), cleans every value,
writes in one transaction with its audit row, and returns the record — or refuses with a
DomainError and writes nothing.

ID numbers: a claim keeps the number typed and its masked form (privacy.mask_id); the
audit row, the lists, the exports and the paper only ever see the masked one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import audit, clock, numbering, settings
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import clean_date, clean_datetime, clean_decimal, clean_int, clean_text, shown
from . import lostfound_base as base
from .lostfound_base import Claim, FoundItem, LossReport
from .lostfound_steps import (
    ANSWER,
    CLAIM,
    DISPOSE,
    ITEM_STEPS,
    LOSS_STEPS,
    NEW_ITEM,
    NEW_LOSS,
    PERIOD,
    RECOVER,
    SETTINGS_STEPS,
    SIGN,
)
from .privacy import mask_id

FUTURE_TOLERANCE = dt.timedelta(minutes=5)
MAX_QUANTITY = 999
MAX_VALUE = Decimal("9999999.99")

ITEM_FIELDS = ("found_on", "place", "item_name", "style", "model", "quantity", "finder",
               "finder_phone", "finder_is_staff", "handed_to", "value", "storage", "note")
LOSS_FIELDS = ("company", "phone", "room", "owner", "lost_at", "place", "item_name", "style",
               "model")
CLAIM_FIELDS = ("owner", "id_type", "id_number", "phone", "claimed_at", "handled_by",
                "loss_report")

_REQUIRED = {
    "place": QT_TRANSLATE_NOOP("DomainError", "Where was it found (or lost)?"),
    "item_name": QT_TRANSLATE_NOOP("DomainError", "The item's name is required."),
    "finder": QT_TRANSLATE_NOOP("DomainError", "Who found it? The finder's name is required."),
    "owner": QT_TRANSLATE_NOOP("DomainError", "The owner's name is required."),
    "phone": QT_TRANSLATE_NOOP("DomainError", "A phone number to reach the owner is required."),
    "storage": QT_TRANSLATE_NOOP("DomainError", "Where is the item kept? The storage place is "
                                 "required when the office signs for it."),
}


def _unknown(values: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    extra = set(values) - set(allowed)
    if extra:
        raise ValueError(f"unknown fields {sorted(extra)}")


def _text(model, values: Mapping[str, Any], key: str, required: bool = False) -> str:
    return clean_text(values.get(key), model._meta.fields[key], name=key,
                      required=_REQUIRED[key] if required else None)


def _not_future(when: dt.datetime, field: str) -> None:
    if when > clock.now() + FUTURE_TOLERANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the future."),
                              field=field, time=f"{when:%Y-%m-%d %H:%M}")


def _moment(value: Any, field: str) -> dt.datetime:
    when = clock.now() if value is None else clean_datetime(value, field)
    _not_future(when, field)
    return when


def _value(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return clean_decimal(value, "value", Decimal("0.01"), positive=False, maximum=MAX_VALUE)


def _signer(name: Any, by: User) -> str:
    text = clean_text(name, FoundItem.handed_to, name="handed_to")
    return text or by.full_name


# --- found items ------------------------------------------------------------------


def _clean_item(values: Mapping[str, Any]) -> dict[str, Any]:
    _unknown(values, ITEM_FIELDS)
    out: dict[str, Any] = {}
    found_on = values.get("found_on") or clock.today()
    out["found_on"] = clean_date(found_on, "found_on")
    if out["found_on"] > clock.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The date found, {date}, is in the future."),
            field="found_on", date=f"{out['found_on']:%Y-%m-%d}")
    for key in ("place", "item_name", "finder"):
        out[key] = _text(FoundItem, values, key, required=True)
    for key in ("style", "model", "finder_phone", "storage", "note"):
        out[key] = _text(FoundItem, values, key)
    quantity = values.get("quantity")
    out["quantity"] = 1 if quantity in (None, "") else clean_int(quantity, "quantity", 1,
                                                                 MAX_QUANTITY)
    out["finder_is_staff"] = bool(values.get("finder_is_staff"))
    out["value"] = _value(values.get("value"))
    out["handed_to"] = clean_text(values.get("handed_to"), FoundItem.handed_to, name="handed_to")
    if out["handed_to"] and not out["storage"]:
        raise ValidationError(_REQUIRED["storage"], field="storage")
    return out


def register_found(values: Mapping[str, Any], by: User) -> FoundItem:
    """拾遗登记: a found item, numbered SW + the day found.

    Brought to the office (``handed_to`` given, the storage place too) it is signed for
    at once (待认领); handed in by a department without the office's signature yet, it
    waits 待签收 for ``sign_for``.
    """
    ITEM_STEPS.require(by, NEW_ITEM)
    entered_at = clock.now()
    clean = _clean_item(values)
    signed = bool(clean["handed_to"])
    with database.atomic("IMMEDIATE"):
        number = numbering.next_number(base.FOUND_PREFIX, clean["found_on"])
        item = FoundItem.create(
            number=number, entered_at=entered_at, created_by=by,
            status=base.UNCLAIMED if signed else base.TO_SIGN,
            handed_at=entered_at if signed else None, **clean)
        audit.record(by, "lostfound.found", "lf_found_item", item.id, number,
                     {**clean, "status": item.status}, at=entered_at)
        return item


def sign_for(item_id: int, by: User, handed_to: str | None = None,
             storage: str | None = None, value: Any = None,
             at: dt.datetime | None = None) -> FoundItem:
    """签收: the office receives the item (who and when), assesses it and stores it."""
    ITEM_STEPS.require(by, SIGN)
    signer = _signer(handed_to, by)
    stored = clean_text(storage, FoundItem.storage, name="storage",
                        required=_REQUIRED["storage"])
    assessed = _value(value)
    when = _moment(at, "handed_at")
    with database.atomic("IMMEDIATE"):
        item = base.get_found_item(item_id)
        ITEM_STEPS.require_state(SIGN, item)
        if when.date() < item.found_on:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "It cannot be signed for before the day it was found ({date})."),
                field="handed_at", date=f"{item.found_on:%Y-%m-%d}")
        item.handed_to, item.handed_at, item.storage = signer, when, stored
        if assessed is not None:
            item.value = assessed
        item.status = base.UNCLAIMED
        item.save()
        audit.record(by, "lostfound.sign", "lf_found_item", item.id, item.number,
                     {"handed_to": signer, "handed_at": when, "storage": stored,
                      "value": item.value})
        return item


# --- loss reports -----------------------------------------------------------------


def report_loss(values: Mapping[str, Any], by: User) -> LossReport:
    """报失: who lost what, where and when; 已报失 until found or answered."""
    LOSS_STEPS.require(by, NEW_LOSS)
    _unknown(values, LOSS_FIELDS)
    entered_at = clock.now()
    clean: dict[str, Any] = {}
    for key in ("owner", "phone", "item_name"):
        clean[key] = _text(LossReport, values, key, required=True)
    for key in ("company", "room", "place", "style", "model"):
        clean[key] = _text(LossReport, values, key)
    if values.get("lost_at") is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "When was it lost? Give the date and time (roughly)."), field="lost_at")
    clean["lost_at"] = _moment(values.get("lost_at"), "lost_at")
    with database.atomic("IMMEDIATE"):
        number = numbering.next_number(base.LOSS_PREFIX, entered_at.date())
        report = LossReport.create(number=number, reported_at=entered_at, entered_at=entered_at,
                                   created_by=by, status=base.REPORTED, **clean)
        audit.record(by, "lostfound.loss", "lf_loss_report", report.id, number, clean,
                     at=entered_at)
        return report


def recover(report_id: int, by: User, found_item: int | None = None,
            note: str = "") -> LossReport:
    """已找回: the lost thing is here (``found_item``, when registered); the owner is told."""
    LOSS_STEPS.require(by, RECOVER)
    text = clean_text(note, LossReport.answer, name="answer")
    with database.atomic("IMMEDIATE"):
        report = base.get_loss_report(report_id)
        LOSS_STEPS.require_state(RECOVER, report)
        item = None
        if found_item is not None:
            item = base.get_found_item(found_item)
            if item.status == base.DISPOSED:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Found item {number} has been disposed of; it cannot be "
                    "the owner's any more."), field="found_item", number=item.number)
        report.status, report.found_item = base.RECOVERED, item
        report.answered_at, report.answer = clock.now(), text
        report.save()
        audit.record(by, "lostfound.recover", "lf_loss_report", report.id, report.number,
                     {"found_item": item.number if item else "", "answer": text})
        return report


def answer(report_id: int, note: str, by: User) -> LossReport:
    """未找回: the owner is answered that it has not been found (what they were told)."""
    LOSS_STEPS.require(by, ANSWER)
    text = clean_text(note, LossReport.answer, name="answer", required=QT_TRANSLATE_NOOP(
        "DomainError", "Write what the owner was told."))
    with database.atomic("IMMEDIATE"):
        report = base.get_loss_report(report_id)
        LOSS_STEPS.require_state(ANSWER, report)
        report.status, report.answered_at, report.answer = base.NOT_RECOVERED, clock.now(), text
        report.save()
        audit.record(by, "lostfound.answer", "lf_loss_report", report.id, report.number,
                     {"answer": text})
        return report


# --- claims and disposal ----------------------------------------------------------

_ID_CARD = re.compile(r"\d{17}[\dX]")
_OTHER_ID = re.compile(r"[A-Z0-9]{4,30}")


def _clean_id_number(id_type: str, value: Any) -> str:
    text = clean_text(value, Claim.id_number, name="id_number", required=QT_TRANSLATE_NOOP(
        "DomainError", "The owner's ID number is required: the item is handed out only "
        "against an ID."))
    text = text.replace(" ", "").upper()
    if id_type == base.ID_CARD and not _ID_CARD.fullmatch(text):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A resident ID number has 18 characters: 17 digits and a digit or X."),
            field="id_number")
    if id_type != base.ID_CARD and not _OTHER_ID.fullmatch(text):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "An ID number has 4 to 30 letters and digits."), field="id_number")
    return text


def claim(item_id: int, values: Mapping[str, Any], by: User) -> Claim:
    """认领: the owner shows an ID and signs the 失物认领表; the item is 已认领.

    ``loss_report`` (id) ties the claim to the owner's report, which is then 已找回.
    """
    ITEM_STEPS.require(by, CLAIM)
    _unknown(values, CLAIM_FIELDS)
    owner = _text(Claim, values, "owner", required=True)
    id_type = values.get("id_type") or base.ID_CARD
    if id_type not in base.ID_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Unknown kind of ID: {kind}."),
                              field="id_type", kind=shown(id_type))
    id_number = _clean_id_number(id_type, values.get("id_number"))
    phone = _text(Claim, values, "phone")
    handled_by = clean_text(values.get("handled_by"), Claim.handled_by, name="handled_by") \
        or by.full_name
    claimed_at = _moment(values.get("claimed_at"), "claimed_at")
    report_id = values.get("loss_report")
    entered_at = clock.now()
    with database.atomic("IMMEDIATE"):
        item = base.get_found_item(item_id)
        ITEM_STEPS.require_state(CLAIM, item)
        if claimed_at.date() < item.found_on:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "It cannot be claimed before the day it was found ({date})."),
                field="claimed_at", date=f"{item.found_on:%Y-%m-%d}")
        report = base.get_loss_report(report_id) if report_id is not None else None
        if report is not None and report.status == base.NOT_RECOVERED:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Loss report {number} was answered as not found; it cannot "
                "be tied to this claim."), field="loss_report", number=report.number)
        if report is not None and report.found_item_id not in (None, item.id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Loss report {number} was found as another item."),
                field="loss_report", number=report.number)
        number = numbering.next_number(base.CLAIM_PREFIX, claimed_at.date())
        masked = mask_id(id_number)
        record = Claim.create(number=number, item=item, claimed_at=claimed_at, owner=owner,
                              id_type=id_type, id_number=id_number, id_masked=masked,
                              phone=phone, handled_by=handled_by, loss_report=report,
                              entered_at=entered_at, created_by=by)
        item.status = base.CLAIMED
        item.save()
        if report is not None and report.status == base.REPORTED:
            report.status, report.found_item, report.answered_at = (
                base.RECOVERED, item, entered_at)
            report.save()
        audit.record(by, "lostfound.claim", "lf_claim", record.id, number,
                     {"item": item.number, "owner": owner, "id_type": id_type,
                      "id_number": masked, "phone": phone, "claimed_at": claimed_at,
                      "handled_by": handled_by,
                      "loss_report": report.number if report else ""}, at=entered_at)
        return record


def dispose(item_id: int, reason: str, by: User) -> FoundItem:
    """处置: the manager disposes of an item nobody claimed within the period, with a reason."""
    ITEM_STEPS.require(by, DISPOSE)
    text = clean_text(reason, FoundItem.dispose_reason, name="reason", required=QT_TRANSLATE_NOOP(
        "DomainError", "Give the reason (and how it was disposed of)."))
    with database.atomic("IMMEDIATE"):
        item = base.get_found_item(item_id)
        ITEM_STEPS.require_state(DISPOSE, item)
        months = base.disposal_months()
        first = base.disposable_from(item, months)
        if clock.today() < first:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Found item {number} is kept {months} months for its owner; it "
                "may be disposed of from {date}."), field="reason", number=item.number,
                months=months, date=f"{first:%Y-%m-%d}")
        item.status, item.disposed_at, item.disposed_by = base.DISPOSED, clock.now(), by
        item.dispose_reason = text
        item.save()
        audit.record(by, "lostfound.dispose", "lf_found_item", item.id, item.number,
                     {"reason": text, "months": months})
        return item


def set_disposal_period(months: int, by: User) -> int:
    """The months an unclaimed item is kept (office setting; default 6)."""
    SETTINGS_STEPS.require_permission(by, PERIOD)
    months = clean_int(months, "months", 1, base.MAX_PERIOD_MONTHS)
    with database.atomic("IMMEDIATE"):
        settings.put(base.PERIOD_KEY, str(months), by)
    return months
