"""The repair order's lifecycle, one operation per step.

待派工 registered → 已派工 dispatched → 处理中 in_progress → 已完工 completed →
已验收 checked (or sent back to 处理中) → 已回访 called_back (不满意 reopens it to
处理中); cancelled with a reason at any point before completion.

Every operation checks the role and the status as ``repairs.steps`` declares
them (the toolbar is enabled from the same declaration), then the times; it
writes the order, one timeline event and one audit row in a single
transaction, and returns the order — or raises a DomainError and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import audit, callbacks, clock, numbering
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import as_id, clean_datetime, clean_text, lookup_text, shown
from . import base, callback_source
from .base import RepairCategory, RepairEvent, RepairOrder
from .callback_source import KIND as CALLBACK_KIND
from .steps import (
    ACCEPT,
    CALL_BACK,
    CANCEL,
    CHECK,
    COMPLETE,
    DISPATCH,
    EDIT,
    NEW,
    ORDER_STEPS,
    PAPER,
    SEND_BACK,
)

# Engineering's and the clerk's clocks differ a little; allow this much "future".
FUTURE_TOLERANCE = dt.timedelta(minutes=5)

# The registration fields: register() takes them, update_order() changes them.
FIELDS = ("reported_at", "source", "department_name", "location", "reporter", "phone",
          "category", "content", "urgency", "urgent_cause")
# Where each typed text is kept (its length and whether it may have several lines).
_TEXT_FIELDS = {
    "engineer": RepairOrder.engineer, "work_done": RepairOrder.work_done,
    "materials": RepairOrder.materials, "comment": RepairOrder.callback_comment,
    "reason": RepairOrder.cancel_reason,
}


# --- helpers ----------------------------------------------------------------------


def _fmt(when: dt.datetime) -> str:
    return f"{when:%Y-%m-%d %H:%M}"


def _time(value: dt.datetime | None, field: str) -> dt.datetime:
    """The given time (default now), to the second, in the office's years; never in the future."""
    current = clock.now()
    when = current if value is None else clean_datetime(value, field)
    if when > current + FUTURE_TOLERANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the future."),
            field=field, time=_fmt(when),
        )
    return when


def _not_before(when: dt.datetime, earlier: dt.datetime | None, step: str, field: str) -> None:
    if earlier is not None and when < earlier:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The time {time} cannot be before the previous step ({step} at {earlier})."
            ),
            field=field, time=_fmt(when), step=base.event_label(step), earlier=_fmt(earlier),
        )


def _last_event(order: RepairOrder) -> RepairEvent:
    return (RepairEvent.select().where(RepairEvent.order == order)
            .order_by(RepairEvent.at.desc(), RepairEvent.id.desc()).first())


def _text(value: Any, field: str, required_msg: str | None = None) -> str:
    model_field = RepairOrder._meta.fields.get(field) or _TEXT_FIELDS[field]
    return clean_text(value, model_field, name=field, required=required_msg)


def _event(order: RepairOrder, action: str, by: User, at: dt.datetime, note: str = "",
           verdict: str = "") -> RepairEvent:
    return RepairEvent.create(order=order, at=at, entered_at=clock.now(), user=by,
                              action=action, status_after=order.status, verdict=verdict,
                              note=note)


def _clean(values: Mapping[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The registration fields, checked: ``values`` over ``current``."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown repair order fields {sorted(unknown)}")
    v = {**current, **values}
    out: dict[str, Any] = {}
    out["reported_at"] = _time(v.get("reported_at"), "reported_at")
    out["source"] = v.get("source") or base.PHONE
    if out["source"] not in base.SOURCE_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown source: {source}."),
            field="source", source=shown(out["source"]),
        )
    out["urgency"] = v.get("urgency") or base.NORMAL
    if out["urgency"] not in base.URGENCY_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown urgency: {urgency}."),
            field="urgency", urgency=shown(out["urgency"]),
        )
    for field in ("department_name", "reporter", "phone"):
        out[field] = _text(v.get(field), field)
    out["location"] = _text(v.get("location"), "location", QT_TRANSLATE_NOOP(
        "DomainError", "The room or location is required."))
    out["content"] = _text(v.get("content"), "content", QT_TRANSLATE_NOOP(
        "DomainError", "The content of the repair is required."))
    out["urgent_cause"] = _text(v.get("urgent_cause"), "urgent_cause")
    if out["urgency"] == base.URGENT and not out["urgent_cause"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "An urgent repair needs its cause: what stops the office's work "
                "(for example a water or power cut).",
            ),
            field="urgent_cause",
        )
    if out["urgency"] == base.NORMAL:
        out["urgent_cause"] = ""
    category = v.get("category")
    if isinstance(category, str) and category.strip():  # typed: only a listed name will do
        name = lookup_text(category, RepairCategory.name)
        cat = RepairCategory.get_or_none(RepairCategory.name == name) if name else None
        if cat is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError",
                                  "There is no repair category “{name}”; pick one from the list."),
                field="category", name=shown(category.strip()),
            )
        category = cat
    category_id = as_id(category.id if isinstance(category, RepairCategory) else category)
    cat = (RepairCategory.get_or_none(RepairCategory.id == category_id)
           if category_id is not None else None)
    if cat is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Choose the category of the repair."),
            field="category",
        )
    if not cat.active and cat.id != current.get("category"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The category {name} is no longer in use."),
            field="category", name=cat.name,
        )
    out["category"] = cat.id
    return out


def _snapshot(order: RepairOrder) -> dict[str, Any]:
    return {f: (order.category_id if f == "category" else getattr(order, f)) for f in FIELDS}


# --- registering ------------------------------------------------------------------


def register(values: Mapping[str, Any], by: User) -> RepairOrder:
    """登记: a new order, 待派工, numbered BX + the day of the report.

    ``values`` holds FIELDS: reported_at (default now; earlier when back-filling
    from paper), source, department_name, location, reporter, phone, category
    (id or RepairCategory), content, urgency, urgent_cause (required if urgent).
    """
    ORDER_STEPS.require(by, NEW)
    entered_at = clock.now()
    clean = _clean(values, {})
    accept_due, complete_due = base.deadlines(clean["urgency"]).due(clean["reported_at"])
    with database.atomic("IMMEDIATE"):
        number = numbering.next_number(base.PREFIX, clean["reported_at"].date())
        order = RepairOrder.create(
            number=number, entered_at=entered_at, status=base.REGISTERED, created_by=by,
            accept_due=accept_due, complete_due=complete_due, **clean,
        )
        _event(order, base.EV_REGISTER, by, clean["reported_at"])
        audit.record(by, "repair.register", "repair_order", order.id, number,
                     {**clean, "entered_at": entered_at, "accept_due": accept_due,
                      "complete_due": complete_due}, at=entered_at)
        return order


def update_order(order_id: int, values: Mapping[str, Any], by: User) -> RepairOrder:
    """Correct the registration while the order is 待派工 or 已派工.

    A changed report time or urgency recomputes the due times with today's
    deadlines. The report time stays on the day of the number (BX + day).
    """
    ORDER_STEPS.require(by, EDIT)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(EDIT, order)
        before = _snapshot(order)
        clean = _clean(values, before)
        if clean["reported_at"].date() != before["reported_at"].date():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The report time of order {number} must stay on {day}, the day of its "
                    "number; cancel the order and register it again instead.",
                ),
                field="reported_at", number=order.number, day=f"{before['reported_at']:%Y-%m-%d}",
            )
        if order.dispatched_at is not None and clean["reported_at"] > order.dispatched_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The report time {time} cannot be after the dispatch ({dispatched}).",
                ),
                field="reported_at", time=_fmt(clean["reported_at"]),
                dispatched=_fmt(order.dispatched_at),
            )
        changes = audit.diff(before, clean)
        if not changes:
            return order
        if "reported_at" in changes or "urgency" in changes:
            due_before = {"accept_due": order.accept_due, "complete_due": order.complete_due}
            order.accept_due, order.complete_due = base.deadlines(clean["urgency"]).due(
                clean["reported_at"])
            changes.update(audit.diff(
                due_before, {"accept_due": order.accept_due, "complete_due": order.complete_due}))
        for field, value in clean.items():
            setattr(order, "category_id" if field == "category" else field, value)
        order.save()
        if "reported_at" in changes:
            RepairEvent.update(at=clean["reported_at"]).where(
                RepairEvent.order == order, RepairEvent.action == base.EV_REGISTER).execute()
        edited = [f for f in FIELDS if f in changes]  # keys of base.FIELD_LABELS
        _event(order, base.EV_UPDATE, by, clock.now(), note=",".join(edited))
        audit.record(by, "repair.update", "repair_order", order.id, order.number, changes)
        return order


# --- the lifecycle ----------------------------------------------------------------


def dispatch(order_id: int, engineer: str, by: User, at: dt.datetime | None = None
             ) -> RepairOrder:
    """派工: hand the order to engineering (named engineer); its paper copy goes out."""
    ORDER_STEPS.require(by, DISPATCH)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(DISPATCH, order)
        engineer = _text(engineer, "engineer", QT_TRANSLATE_NOOP(
            "DomainError", "Name the engineer the order is dispatched to."))
        when = _time(at, "at")
        _not_before(when, order.reported_at, base.EV_REGISTER, "at")
        order.status, order.engineer, order.dispatched_at = base.DISPATCHED, engineer, when
        order.paper_returned, order.paper_returned_at = False, None
        order.save()
        _event(order, base.EV_DISPATCH, by, when, note=engineer)
        audit.record(by, "repair.dispatch", "repair_order", order.id, order.number,
                     {"engineer": engineer, "dispatched_at": when})
        return order


def mark_paper_returned(order_id: int, by: User, at: dt.datetime | None = None) -> RepairOrder:
    """回单: engineering brought back the signed paper copy of a dispatched order."""
    ORDER_STEPS.require(by, PAPER)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(PAPER, order)
        when = _time(at, "at")
        _not_before(when, order.dispatched_at, base.EV_DISPATCH, "at")
        order.paper_returned, order.paper_returned_at = True, when
        order.save()
        _event(order, base.EV_PAPER, by, when)
        audit.record(by, "repair.paper_returned", "repair_order", order.id, order.number,
                     {"paper_returned_at": when})
        return order


def accept(order_id: int, by: User, at: dt.datetime | None = None) -> RepairOrder:
    """接单: engineering takes the dispatched order; it is now 处理中."""
    ORDER_STEPS.require(by, ACCEPT)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(ACCEPT, order)
        when = _time(at, "at")
        _not_before(when, order.dispatched_at, base.EV_DISPATCH, "at")
        order.status, order.accepted_at = base.IN_PROGRESS, when
        order.save()
        _event(order, base.EV_ACCEPT, by, when)
        audit.record(by, "repair.accept", "repair_order", order.id, order.number,
                     {"accepted_at": when})
        return order


def complete(order_id: int, work_done: str, by: User, materials: str = "",
             completed_at: dt.datetime | None = None) -> RepairOrder:
    """完工: engineering reports the work done, the materials and when it finished."""
    ORDER_STEPS.require(by, COMPLETE)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(COMPLETE, order)
        work_done = _text(work_done, "work_done", QT_TRANSLATE_NOOP(
            "DomainError", "Say what work was done."))
        materials = _text(materials, "materials")
        when = _time(completed_at, "completed_at")
        _not_before(when, order.accepted_at, base.EV_ACCEPT, "completed_at")
        _not_before(when, order.reopened_at, base.EV_SEND_BACK, "completed_at")
        order.status, order.completed_at = base.COMPLETED, when
        order.work_done, order.materials = work_done, materials
        order.save()
        _event(order, base.EV_COMPLETE, by, when, note=work_done)
        audit.record(by, "repair.complete", "repair_order", order.id, order.number,
                     {"completed_at": when, "work_done": work_done, "materials": materials})
        return order


def check(order_id: int, by: User, at: dt.datetime | None = None) -> RepairOrder:
    """验收: the clerk checks the completed work and passes it."""
    ORDER_STEPS.require(by, CHECK)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(CHECK, order)
        when = _time(at, "at")
        _not_before(when, order.completed_at, base.EV_COMPLETE, "at")
        order.status, order.checked_at = base.CHECKED, when
        order.save()
        _event(order, base.EV_CHECK, by, when)
        audit.record(by, "repair.check", "repair_order", order.id, order.number,
                     {"checked_at": when})
        return order


def _reopen(order: RepairOrder, when: dt.datetime) -> None:
    order.status, order.reopened_at = base.IN_PROGRESS, when
    order.completed_at = order.checked_at = order.called_back_at = None


def send_back(order_id: int, reason: str, by: User, at: dt.datetime | None = None
              ) -> RepairOrder:
    """验收不合格: the work is not right; back to 处理中 with the reason."""
    ORDER_STEPS.require(by, SEND_BACK)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(SEND_BACK, order)
        reason = _text(reason, "reason", QT_TRANSLATE_NOOP(
            "DomainError", "Say why the work is sent back."))
        when = _time(at, "at")
        _not_before(when, order.completed_at, base.EV_COMPLETE, "at")
        completed_at = order.completed_at
        _reopen(order, when)
        order.send_back_count += 1
        order.save()
        _event(order, base.EV_SEND_BACK, by, when, note=reason)
        audit.record(by, "repair.send_back", "repair_order", order.id, order.number,
                     {"reason": reason, "completed_at": [completed_at, None],
                      "send_back_count": order.send_back_count})
        return order


def _callback_values(order: RepairOrder, verdict: str, comment: Any) -> str:
    if verdict not in base.VERDICT_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Choose the customer's verdict."),
            field="verdict",
        )
    return _text(comment, "comment", QT_TRANSLATE_NOOP(
        "DomainError", "Write down what the customer is unsatisfied with.")
        if verdict == base.UNSATISFIED else None)


def call_back(order_id: int, verdict: str, by: User, comment: str = "",
              at: dt.datetime | None = None, mode: str = "", person: str = "",
              by_name: str = "") -> RepairOrder:
    """回访: the customer's verdict, recorded in the one callback table (models.callbacks,
    the reception's queue), which applies it here: 不满意 (with the complaint) reopens
    the order."""
    ORDER_STEPS.require(by, CALL_BACK)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(CALL_BACK, order)
        comment = _callback_values(order, verdict, comment)
        when = _time(at, "at")
        _not_before(when, order.checked_at, base.EV_CHECK, "at")
        callbacks.record_callback(CALLBACK_KIND, order.id, {
            "verdict": verdict, "words": comment, "made_at": when, "mode": mode,
            "person": person, "by_name": by_name}, by)
        return base.get_order(order.id)


def apply_callback(order_id: int, verdict: str, comment: str, at: dt.datetime,
                   by: User) -> RepairOrder:
    """The verdict's effect on the order (the callback source's ``apply``)."""
    ORDER_STEPS.require(by, CALL_BACK)
    order = base.get_order(order_id)
    ORDER_STEPS.require_state(CALL_BACK, order)
    comment = _callback_values(order, verdict, comment)
    when = _time(at, "at")
    _not_before(when, order.checked_at, base.EV_CHECK, "at")
    order.verdict, order.callback_comment = verdict, comment
    if verdict == base.UNSATISFIED:
        _reopen(order, when)
    else:
        order.status, order.called_back_at = base.CALLED_BACK, when
    order.save()
    _event(order, base.EV_CALL_BACK, by, when, note=comment, verdict=verdict)
    audit.record(by, "repair.call_back", "repair_order", order.id, order.number,
                 {"verdict": verdict, "comment": comment, "status": order.status})
    return order


callbacks.register_source(callbacks.Source(
    kind=CALLBACK_KIND, label=QT_TRANSLATE_NOOP("Callbacks", "Repair order"),
    waiting=callback_source.waiting, apply=apply_callback))


def cancel(order_id: int, reason: str, by: User, at: dt.datetime | None = None
           ) -> RepairOrder:
    """取消: before completion only, with a reason. The order and its number stay."""
    ORDER_STEPS.require(by, CANCEL)
    with database.atomic("IMMEDIATE"):
        order = base.get_order(order_id)
        ORDER_STEPS.require_state(CANCEL, order)
        reason = _text(reason, "reason", QT_TRANSLATE_NOOP(
            "DomainError", "Say why the order is cancelled."))
        when = _time(at, "at")
        last = _last_event(order)
        _not_before(when, last.at, last.action, "at")
        old = order.status
        order.status, order.cancelled_at, order.cancel_reason = base.CANCELLED, when, reason
        order.save()
        _event(order, base.EV_CANCEL, by, when, note=reason)
        audit.record(by, "repair.cancel", "repair_order", order.id, order.number,
                     {"status": [old, base.CANCELLED], "reason": reason})
        return order
