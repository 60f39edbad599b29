"""The visit's operations, one per step, and the register's housekeeping.

Every operation checks the role and the state as ``visitors_steps`` declares them,
cleans the values, writes the visit and one audit row in one transaction and returns
the visit — or raises a DomainError and writes nothing. Audit rows hold the visitor's
name, phone and ID number masked (privacy), so a purge leaves no copy behind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from .. import audit, clock, named_lists, numbering, settings
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User, require
from ..values import as_id, clean_datetime, clean_int, clean_text, shown
from . import visitors_base as base
from .privacy import mask_id, mask_name, mask_phone
from .visitors_base import Visit, VisitIdentity
from .visitors_steps import (
    CANCEL,
    EDIT,
    IDENTITIES,
    NEW,
    NO_SHOW,
    NOTIFY,
    SETTINGS,
    SETTINGS_STEPS,
    SIGN_IN,
    SIGN_OUT,
    VISIT_STEPS,
)

FUTURE_TOLERANCE = dt.timedelta(minutes=5)
MAX_PEOPLE = 999
# The registration fields: register_visit() takes them, update_visit() changes them.
FIELDS = ("arrived_at", "kind", "visitor", "company", "phone", "people_count", "id_type",
          "id_number", "identity", "host_department", "host_person", "purpose",
          "received_by", "message", "agreed_at")
ID_CARD_RE = re.compile(r"^\d{17}[\dX]$")
PERSONAL = {"visitor": mask_name, "phone": mask_phone, "id_number": mask_id}


def _fmt(when: dt.datetime) -> str:
    return f"{when:%Y-%m-%d %H:%M}"


def _past(value: Any, field: str) -> dt.datetime:
    """The given time (default now); never in the future."""
    current = clock.now()
    when = current if value is None else clean_datetime(value, field)
    if when > current + FUTURE_TOLERANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the future."),
                              field=field, time=_fmt(when))
    return when


def _not_before(when: dt.datetime, earlier: dt.datetime | None, field: str) -> None:
    if earlier is not None and when < earlier:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The time {time} cannot be before {earlier}."),
            field=field, time=_fmt(when), earlier=_fmt(earlier))


def masked(row: Mapping[str, Any]) -> dict[str, Any]:
    """A visit's values as the audit log keeps them: personal data masked."""
    return {k: (PERSONAL[k](v) if k in PERSONAL else v) for k, v in row.items()}


def _text(v: Mapping[str, Any], field: str, required: str | None = None) -> str:
    return clean_text(v.get(field), Visit._meta.fields[field], name=field, required=required)


def _clean(values: Mapping[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown visit fields {sorted(unknown)}")
    v = {**current, **values}
    out: dict[str, Any] = {}
    out["kind"] = v.get("kind") or base.WALK_IN
    if out["kind"] not in base.KIND_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Unknown kind of visit: {kind}."),
                              field="kind", kind=shown(out["kind"]))
    if out["kind"] == base.WALK_IN:
        out["arrived_at"] = _past(v.get("arrived_at"), "arrived_at")
    else:  # an appointment: the time the visitor is expected
        out["arrived_at"] = (clock.now() if v.get("arrived_at") is None
                             else clean_datetime(v["arrived_at"], "arrived_at"))
    out["agreed_at"] = (None if v.get("agreed_at") in (None, "")
                        else clean_datetime(v["agreed_at"], "agreed_at"))
    out["visitor"] = _text(v, "visitor", QT_TRANSLATE_NOOP(
        "DomainError", "The visitor's name is required."))
    for field in ("company", "phone", "host_department", "host_person", "purpose",
                  "received_by"):
        out[field] = _text(v, field)
    out["message"] = _text(v, "message")
    if not out["host_department"] and not out["host_person"]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Say whom the visitor comes to see: the host or the department."),
            field="host_person")
    out["people_count"] = clean_int(1 if v.get("people_count") in (None, "")
                                    else v["people_count"], "people_count", 1, MAX_PEOPLE)
    number = _text(v, "id_number").upper().replace(" ", "")
    id_type = v.get("id_type") or (base.ID_CARD if number else "")
    if id_type and id_type not in base.ID_TYPE_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Unknown kind of ID: {kind}."),
                              field="id_type", kind=shown(id_type))
    if number and id_type == base.ID_CARD and not ID_CARD_RE.match(number):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "An ID card number has 18 characters: 17 digits, then a digit or X."),
            field="id_number")
    out["id_number"], out["id_type"] = number, (id_type if number else "")
    identity = v.get("identity")
    identity_id = as_id(identity.id if isinstance(identity, VisitIdentity) else identity)
    entry = (VisitIdentity.get_or_none(VisitIdentity.id == identity_id)
             if identity_id is not None else None)
    if entry is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the visitor's identity."),
                              field="identity")
    if not entry.active and entry.id != current.get("identity"):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The identity {name} is no longer in use."), field="identity",
            name=entry.name)
    out["identity"] = entry.id
    return out


def _snapshot(visit: Visit) -> dict[str, Any]:
    return {f: (visit.identity_id if f == "identity" else getattr(visit, f)) for f in FIELDS}


def _due(arrived_at: dt.datetime) -> dt.datetime:
    return arrived_at + dt.timedelta(minutes=base.setting(base.LATE_MINUTES))


# --- registering ------------------------------------------------------------------


def register_visit(values: Mapping[str, Any], by: User) -> Visit:
    """登记: a new visit, 预约 (an appointment, or a walk-in waiting while the host is told).

    ``values`` holds FIELDS; arrived_at defaults to now (an appointment: the time the
    visitor is expected, which may be later). Numbered FK + the day of the visit.
    """
    VISIT_STEPS.require(by, NEW)
    entered_at = clock.now()
    clean = _clean(values, {})
    with database.atomic("IMMEDIATE"):
        number = numbering.next_number(base.PREFIX, clean["arrived_at"].date())
        visit = Visit.create(number=number, entered_at=entered_at, status=base.EXPECTED,
                             notify_due=_due(clean["arrived_at"]), created_by=by, **clean)
        audit.record(by, "visit.register", "visit", visit.id, number,
                     masked({**clean, "entered_at": entered_at}), at=entered_at)
        return visit


def update_visit(visit_id: int, values: Mapping[str, Any], by: User) -> Visit:
    """Correct the registration while the visit is open (the day of its number kept)."""
    VISIT_STEPS.require(by, EDIT)
    with database.atomic("IMMEDIATE"):
        visit = base.get_visit(visit_id)
        VISIT_STEPS.require_state(EDIT, visit)
        before = _snapshot(visit)
        clean = _clean(values, before)
        if clean["arrived_at"].date() != before["arrived_at"].date():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The visit's day is in its number {number}; register it again "
                "for another day."), field="arrived_at", number=visit.number)
        changes = audit.diff(masked(before), masked(clean))
        if not changes:
            return visit
        for key, value in clean.items():
            setattr(visit, key, value)
        if clean["arrived_at"] != before["arrived_at"] and visit.status == base.EXPECTED:
            visit.notify_due = _due(clean["arrived_at"])
        visit.save()
        audit.record(by, "visit.update", "visit", visit.id, visit.number, changes)
        return visit


def _step(visit_id: int, step: str, by: User) -> Visit:
    VISIT_STEPS.require(by, step)
    visit = base.get_visit(visit_id)
    VISIT_STEPS.require_state(step, visit)
    return visit


def notify_host(visit_id: int, by: User, notified_to: str = "", at: dt.datetime | None = None,
                agreed_at: dt.datetime | None = None) -> Visit:
    """通知: the host has been told (by phone); a walk-in is given a time (约定时间)."""
    with database.atomic("IMMEDIATE"):
        visit = _step(visit_id, NOTIFY, by)
        when = _past(at, "at")
        told = clean_text(notified_to, Visit.notified_to, name="notified_to")
        agreed = None if agreed_at is None else clean_datetime(agreed_at, "agreed_at")
        visit.status, visit.notified_at, visit.notified_to = base.NOTIFIED, when, told
        if agreed is not None:
            visit.agreed_at = agreed
        visit.save()
        audit.record(by, "visit.notify", "visit", visit.id, visit.number,
                     {"notified_to": told, "notified_at": when, "agreed_at": visit.agreed_at,
                      "late": when > visit.notify_due})
        return visit


def sign_in(visit_id: int, by: User, at: dt.datetime | None = None) -> Visit:
    """进入: the visitor goes in (在访); an appointment's time becomes the real arrival."""
    with database.atomic("IMMEDIATE"):
        visit = _step(visit_id, SIGN_IN, by)
        when = _past(at, "at")
        if visit.kind == base.APPOINTMENT:
            if when.date() != visit.arrived_at.date():
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Visit {number} was booked for {day}; register the visitor "
                    "again today."), field="at", number=visit.number,
                    day=f"{visit.arrived_at:%Y-%m-%d}")
            visit.arrived_at = when
        else:
            _not_before(when, visit.arrived_at, "at")
        visit.status = base.ON_SITE
        visit.save()
        audit.record(by, "visit.sign_in", "visit", visit.id, visit.number, {"at": when})
        return visit


def sign_out(visit_id: int, by: User, at: dt.datetime | None = None,
             message: str | None = None) -> Visit:
    """签退: the visitor leaves (one key at the desk); a message left may be kept."""
    with database.atomic("IMMEDIATE"):
        visit = _step(visit_id, SIGN_OUT, by)
        when = _past(at, "at")
        _not_before(when, visit.arrived_at, "at")
        changes: dict[str, Any] = {"left_at": when}
        if message is not None:
            visit.message = clean_text(message, Visit.message, name="message")
            changes["message"] = visit.message
        visit.status, visit.left_at = base.LEFT, when
        visit.save()
        audit.record(by, "visit.sign_out", "visit", visit.id, visit.number, changes)
        return visit


def mark_no_show(visit_id: int, by: User) -> Visit:
    """未到: the expected visitor did not come."""
    return _close(visit_id, NO_SHOW, base.NO_SHOW, "visit.no_show", by)


def cancel_visit(visit_id: int, by: User) -> Visit:
    """取消: the appointment is called off (the number stays, marked)."""
    return _close(visit_id, CANCEL, base.CANCELLED, "visit.cancel", by)


def _close(visit_id: int, step: str, status: str, action: str, by: User) -> Visit:
    with database.atomic("IMMEDIATE"):
        visit = _step(visit_id, step, by)
        before = visit.status
        visit.status = status
        visit.save()
        audit.record(by, action, "visit", visit.id, visit.number, {"status": [before, status]})
        return visit


# --- housekeeping: the program runs these at start and on a timer -----------------


def _cutoff_after(arrived: dt.datetime, hour: int) -> dt.datetime:
    """The first sign-out hour after ``arrived``."""
    moment = arrived.replace(hour=hour, minute=0, second=0, microsecond=0)
    return moment if moment > arrived else moment + dt.timedelta(days=1)


def auto_sign_out() -> int:
    """自动签退: everyone still on site at the set hour is signed out at that hour.

    The program's own act (no user): each visit signed out gets its audit row. Returns
    how many were signed out.
    """
    now = clock.now()
    hour = base.setting(base.AUTO_SIGN_OUT_HOUR)
    last = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    if last > now:
        last -= dt.timedelta(days=1)
    overdue = (Visit.status == base.ON_SITE) & (Visit.arrived_at < last)
    if not Visit.select().where(overdue).exists():  # the usual minute: no write lock taken
        return 0
    with database.atomic("IMMEDIATE"):
        stale = list(Visit.select().where(overdue))
        for visit in stale:
            visit.left_at = _cutoff_after(visit.arrived_at, hour)
            visit.status, visit.auto_signed_out = base.LEFT, True
            visit.save()
            audit.record(None, "visit.auto_sign_out", "visit", visit.id, visit.number,
                         {"left_at": visit.left_at})
        return len(stale)


def purge_visitors() -> int:
    """清除: finished visits older than the set period lose the visitor's personal data.

    The name becomes 访客, the phone and the ID number are erased; one audit row gives
    the count and the day before which visits were purged (no values).
    """
    before = base.purge_before(clock.now())
    old = ((Visit.purged == False) & (Visit.arrived_at < before)  # noqa: E712 - SQL
           & Visit.status.in_(base.FINAL))
    if not Visit.select().where(old).exists():  # the usual minute: no write lock taken
        return 0
    with database.atomic("IMMEDIATE"):
        count = (Visit.update(visitor=base.PURGED_NAME, phone="", id_number="", id_type="",
                              purged=True).where(old).execute())
        if count:
            audit.record(None, "visit.purge", "visit", None, f"{before:%Y-%m-%d}",
                         {"visits": count, "before": before.date()})
        return count


def housekeeping() -> tuple[int, int]:
    """What the program runs at start and on its timer: (signed out, purged)."""
    return auto_sign_out(), purge_visitors()


# --- the register's settings (the administrator's) ----------------------------------


def save_visitor_settings(wanted: Mapping[str, int], by: User) -> dict[str, int]:
    """The Settings page's Save: auto sign-out hour, lateness minutes, purge months, or none."""
    SETTINGS_STEPS.require_permission(by, SETTINGS)
    clean = {}
    for key, value in wanted.items():
        if key not in base.SETTING_RANGES:
            raise ValueError(f"unknown visitors setting {key!r}")
        _default, low, high = base.SETTING_RANGES[key]
        clean[key] = clean_int(value, key.rsplit(".", 1)[-1], low, high)
    with database.atomic():
        for key, value in clean.items():
            if value != base.setting(key):
                settings.put(key, str(value), by)
    return {key: base.setting(key) for key in base.SETTING_RANGES}


def save_identity(by: User, name: str, identity_id: int | None = None, active: bool = True,
                  sort_order: int | None = None) -> VisitIdentity:
    """Add an identity, or rename / (de)activate / move one. Old visits keep theirs."""
    require(by, SETTINGS_STEPS[IDENTITIES].permission)
    return named_lists.save_entry(VisitIdentity, by, name, identity_id, active, sort_order)


def move_identity(by: User, identity_id: int, step: int) -> VisitIdentity | None:
    require(by, SETTINGS_STEPS[IDENTITIES].permission)
    return named_lists.move_entry(VisitIdentity, by, identity_id, step,
                                  lambda: base.identities(active_only=False))
