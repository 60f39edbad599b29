"""整改's operations: a defect recorded (from a sheet's failed item or on its own), a minor
fault fixed, a work ticket's reply and re-inspection, and the lateness sweep.

Rules (seed 000 第3篇 (3) 4, 5, 7; docs/domain.md "Defects and rectification"):
- a MINOR fault is to be fixed within 1 hour of notice (``due_at`` = found + 1 h); the
  officer records it fixed (``fix_minor``) when they see it done;
- a larger one gets a work ticket (报事单, TICKET) with its deadline; the vendor replies
  (typed by the clerk: the vendor has no login), the officer re-inspects: passed → FIXED
  (fixed when the vendor replied it done), failed → FAILED_AGAIN with a new deadline;
- ``late``: not fixed by ``due_at``. Set at the moment it is known (fixed after the
  deadline, a re-inspection after it fails, or the ``mark_late`` sweep of open defects past
  it) and never taken back: a late defect is always deducted, in the month of its
  ``due_at``. A deadline already missed stays where it was (``redo_by`` holds the new one),
  so the month that deducted it keeps it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import audit, clock, numbering
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..steps import Rule, Step, declare
from ..values import clean_datetime, clean_id, clean_text, lookup_text, shown
from ..vocabulary import Term, Vocabulary
from .base import (
    DEFECT_STATUS,
    EVALUATE,
    FAILED_AGAIN,
    FIXED,
    MINOR,
    OPEN,
    REPLIED,
    TICKET,
    Defect,
    Evaluation,
    EvaluationItem,
    Vendor,
)

__all__ = [
    "DEFECT_FIELDS", "DEFECT_KINDS", "DEFECT_PREFIX", "DEFECT_STEPS", "MINOR_HOURS",
    "SERIOUS_TICKET_HOURS", "UNFIXED", "defect_by_number", "fix_minor", "get_defect",
    "mark_late", "open_from_evaluation", "record_defect", "record_reply", "reinspect",
]

DEFECT_PREFIX = "ZG"  # 整改 ZG20261201-0001 (a ticket's 报事单号)
MINOR_HOURS = 1  # 接到通知后处理的时间不得超过1小时
SERIOUS_TICKET_HOURS = 24  # a serious item on a sheet without a fix-by: a day (our choice)
UNFIXED = (OPEN, REPLIED, FAILED_AGAIN)
DEFECT_FIELDS = ("vendor", "kind", "found_at", "place", "text", "due_at")

DEFECT_KINDS = Vocabulary("Vendors", [
    Term(MINOR, QT_TRANSLATE_NOOP("Vendors", "Minor (1 hour)"), "轻微"),
    Term(TICKET, QT_TRANSLATE_NOOP("Vendors", "Work ticket"), "报事单"),
])

NEW, OPEN_STEP, DONE, ANSWER, CHECK, PRINT, PRINT_LIST = (
    "new", "open", "done", "answer", "check", "print", "print_list")
_is_minor = Rule(lambda d: d.kind == MINOR, QT_TRANSLATE_NOOP(
    "DomainError", "{number} is a work ticket: the vendor replies and it is re-inspected."))
_is_ticket = Rule(lambda d: d.kind == TICKET, QT_TRANSLATE_NOOP(
    "DomainError", "{number} is a minor fault, fixed within the hour: it has no work ticket."))

DEFECT_STEPS = declare(Defect, [
    Step(NEW, EVALUATE, on_record=False),
    Step(OPEN_STEP),
    Step(DONE, EVALUATE, states=(OPEN,), rules=(_is_minor,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a fault still to be fixed can be marked "
        "fixed.")),
    Step(ANSWER, EVALUATE, states=(OPEN, FAILED_AGAIN), rules=(_is_ticket,),
         refusal=QT_TRANSLATE_NOOP("DomainError", "{number} is {status}; the vendor replies "
                                   "to a ticket still to be fixed.")),
    Step(CHECK, EVALUATE, states=(REPLIED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "{number} is {status}; only a ticket the vendor replied to can be "
        "re-inspected.")),
    Step(PRINT, rules=(_is_ticket,)),
    Step(PRINT_LIST, on_record=False),
], status_label=DEFECT_STATUS.label)

numbering.register(DEFECT_PREFIX, Defect, Defect.number)

audit.ACTION_LABELS.update({
    "vendor_defect.create": QT_TRANSLATE_NOOP("Lists", "Vendor defect recorded"),
    "vendor_defect.fix": QT_TRANSLATE_NOOP("Lists", "Vendor defect fixed"),
    "vendor_defect.reply": QT_TRANSLATE_NOOP("Lists", "Vendor replied to a work ticket"),
    "vendor_defect.reinspect": QT_TRANSLATE_NOOP("Lists", "Work ticket re-inspected"),
})

_F = audit.Field
audit.declare(audit.TableWords("vendor_defect", QT_TRANSLATE_NOOP("Audit", "Vendor defect"), fields={
    "vendor": _F(QT_TRANSLATE_NOOP("Audit", "Vendor"), show=lambda vendor_id: (
        getattr(Vendor.get_or_none(Vendor.id == vendor_id), "name", str(vendor_id)))),
    "kind": _F(QT_TRANSLATE_NOOP("Audit", "Kind of defect"), words=DEFECT_KINDS),
    "status": _F(QT_TRANSLATE_NOOP("Audit", "Status"), words=DEFECT_STATUS),
    "found_at": QT_TRANSLATE_NOOP("Audit", "Found at"),
    "due_at": QT_TRANSLATE_NOOP("Audit", "Deadline"),
    "place": QT_TRANSLATE_NOOP("Audit", "Place"),
    "text": QT_TRANSLATE_NOOP("Audit", "What is wrong"),
    "evaluation": QT_TRANSLATE_NOOP("Audit", "Sheet"),
    "item": QT_TRANSLATE_NOOP("Audit", "Item"),
    "fixed_at": QT_TRANSLATE_NOOP("Audit", "Fixed at"),
    "checked_by": QT_TRANSLATE_NOOP("Audit", "Checked by"),
    "reply": QT_TRANSLATE_NOOP("Audit", "Vendor's reply"),
    "replied_at": QT_TRANSLATE_NOOP("Audit", "Replied at"),
    "reinspected_at": QT_TRANSLATE_NOOP("Audit", "Re-inspected at"),
    "reinspected_by": QT_TRANSLATE_NOOP("Audit", "Re-inspected by"),
    "redo_by": QT_TRANSLATE_NOOP("Audit", "New deadline"),
    "late": QT_TRANSLATE_NOOP("Audit", "Late"),
}))

_GONE = QT_TRANSLATE_NOOP("DomainError", "That defect no longer exists.")


def get_defect(defect_id: int) -> Defect:
    defect = Defect.get_or_none(Defect.id == clean_id(defect_id, _GONE))
    if defect is None:
        raise NotFound(_GONE)
    return defect


def defect_by_number(number: str) -> Defect:
    text = lookup_text(number, Defect.number)
    defect = Defect.get_or_none(Defect.number == text) if text else None
    if defect is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no defect {number}."),
                       number=shown(number))
    return defect


# --- cleaning -------------------------------------------------------------------------


def _moment(value: Any, name: str, default: dt.datetime | None = None) -> dt.datetime:
    if value in (None, "") and default is not None:
        return default.replace(microsecond=0)
    moment = clean_datetime(value, name)
    if moment > clock.now():
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{moment} is in the future."),
                              field=name, moment=f"{moment:%Y-%m-%d %H:%M}")
    return moment


def _not_before(moment: dt.datetime, earliest: dt.datetime, name: str) -> None:
    if moment < earliest:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{moment} is before {earliest}."), field=name,
            moment=f"{moment:%Y-%m-%d %H:%M}", earliest=f"{earliest:%Y-%m-%d %H:%M}")


def _vendor(value: Any) -> Vendor:
    message = QT_TRANSLATE_NOOP("DomainError", "Choose the vendor.")
    if value in (None, ""):
        raise ValidationError(message, field="vendor")
    vendor = Vendor.get_or_none(Vendor.id == clean_id(value, message))
    if vendor is None:
        raise ValidationError(message, field="vendor")
    return vendor


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(DEFECT_FIELDS)
    if unknown:
        raise ValueError(f"unknown defect fields {sorted(unknown)}")
    kind = values.get("kind") or MINOR
    if kind not in (MINOR, TICKET):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the kind of defect."),
                              field="kind")
    found = _moment(values.get("found_at"), "found_at", clock.now())
    if kind == MINOR:
        due = found + dt.timedelta(hours=MINOR_HOURS)
    else:
        if values.get("due_at") in (None, ""):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Give the work ticket's deadline."), field="due_at")
        due = clean_datetime(values.get("due_at"), "due_at")
        if due <= found:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The deadline {due} must be after the defect was found ({found})."),
                field="due_at", due=f"{due:%Y-%m-%d %H:%M}", found=f"{found:%Y-%m-%d %H:%M}")
    vendor = _vendor(values.get("vendor"))
    if not vendor.active:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{vendor} no longer works here."), field="vendor", vendor=vendor.name)
    return {
        "vendor": vendor.id, "kind": kind, "found_at": found, "due_at": due,
        "place": clean_text(values.get("place"), Defect.place),
        "text": clean_text(values.get("text"), Defect.text, required=QT_TRANSLATE_NOOP(
            "DomainError", "Say what is wrong.")),
    }


def _create(by: User, clean: dict[str, Any], **links: Any) -> Defect:
    """The row, its number and its audit row (inside the caller's transaction)."""
    now = clock.now()
    defect = Defect.create(number=numbering.next_number(DEFECT_PREFIX), created_by=by,
                           created_at=now, late=clean["due_at"] < now, **clean, **links)
    audit.record(by, "vendor_defect.create", "vendor_defect", defect.id, defect.number,
                 {**clean, **{k: getattr(v, "id", v) for k, v in links.items()}})
    return defect


# --- recording --------------------------------------------------------------------------


def record_defect(values: Mapping[str, Any], by: User) -> Defect:
    """A fault found at any time (not on a sheet): minor (1 hour) or a work ticket."""
    DEFECT_STEPS.require(by, NEW)
    with database.atomic("IMMEDIATE"):
        return _create(by, _clean(values))


def open_from_evaluation(evaluation: Evaluation, by: User) -> list[Defect]:
    """One defect per failed item of a sheet just submitted, inside its transaction.

    A serious item, an item the officer marked for a ticket (``item.ticket``, the grid's T),
    or any item of a sheet with a rectification deadline (``fix_by``) gets a work ticket due
    at ``fix_by`` (without it: in SERIOUS_TICKET_HOURS); the rest are minor, due an hour
    after the sheet was done.
    Items that already have a defect are skipped (submitting again makes no second one).
    """
    if not database.in_transaction():
        raise RuntimeError("open_from_evaluation runs inside the evaluation's transaction")
    DEFECT_STEPS.require(by, NEW)
    found = (evaluation.done_at or dt.datetime.combine(evaluation.done_on, clock.now().time())
             ).replace(microsecond=0)
    already = {d.item_id for d in Defect.select(Defect.item).where(
        Defect.evaluation == evaluation.id)}
    made = []
    items = (EvaluationItem.select().where(EvaluationItem.evaluation == evaluation.id,
                                           ~EvaluationItem.passed)
             .order_by(EvaluationItem.seq))
    for item in items:
        if item.id in already:
            continue
        ticket = item.serious_item or item.ticket or evaluation.fix_by is not None
        if not ticket:
            due = found + dt.timedelta(hours=MINOR_HOURS)
        elif evaluation.fix_by is not None and evaluation.fix_by > found:
            due = evaluation.fix_by
        else:
            due = found + dt.timedelta(hours=SERIOUS_TICKET_HOURS)
        what = item.problem.strip() or item.text
        clean = {"vendor": evaluation.vendor_id, "kind": TICKET if ticket else MINOR,
                 "found_at": found, "due_at": due, "place": item.area,
                 "text": what[:200]}
        made.append(_create(by, clean, evaluation=evaluation.id, item=item.id))
    return made


# --- fixing -------------------------------------------------------------------------------


def _step(defect_id: int, step: str, by: User) -> Defect:
    DEFECT_STEPS.require(by, step)
    defect = get_defect(defect_id)
    DEFECT_STEPS.require(by, step, defect)
    return defect


def _who(value: Any, by: User, name: str) -> str:
    return clean_text(value, Defect.reinspected_by, name=name) or by.full_name[:50]


def _fixed(defect: Defect, at: dt.datetime) -> None:
    defect.status, defect.fixed_at = FIXED, at
    if at > defect.due_at:
        defect.late = True


def fix_minor(defect_id: int, by: User, fixed_at: dt.datetime | None = None,
              checked_by: str = "") -> Defect:
    """The officer saw the minor fault put right (fixed after the hour: late)."""
    with database.atomic("IMMEDIATE"):
        defect = _step(defect_id, DONE, by)
        at = _moment(fixed_at, "fixed_at", clock.now())
        _not_before(at, defect.found_at, "fixed_at")
        who = _who(checked_by, by, "checked_by")
        _fixed(defect, at)
        defect.reinspected_at, defect.reinspected_by = at, who
        defect.save()
        audit.record(by, "vendor_defect.fix", "vendor_defect", defect.id, defect.number,
                     {"status": [OPEN, FIXED], "fixed_at": at, "checked_by": who,
                      "late": defect.late})
        return defect


def record_reply(defect_id: int, reply: str, by: User,
                 replied_at: dt.datetime | None = None) -> Defect:
    """回复管理处: the vendor says the ticket is done (what was done), typed by the clerk."""
    with database.atomic("IMMEDIATE"):
        defect = _step(defect_id, ANSWER, by)
        at = _moment(replied_at, "replied_at", clock.now())
        _not_before(at, defect.reinspected_at or defect.found_at, "replied_at")
        text = clean_text(reply, Defect.reply, name="reply", required=QT_TRANSLATE_NOOP(
            "DomainError", "Type the vendor's reply."))
        old = defect.status
        defect.status, defect.reply, defect.replied_at = REPLIED, text, at
        defect.save()
        audit.record(by, "vendor_defect.reply", "vendor_defect", defect.id, defect.number,
                     {"status": [old, REPLIED], "reply": text, "replied_at": at})
        return defect


def reinspect(defect_id: int, passed: bool, by: User, *, inspected_by: str = "",
              at: dt.datetime | None = None, new_due_at: dt.datetime | None = None) -> Defect:
    """复查: passed → FIXED (fixed when the vendor replied; after the deadline: late);
    failed → FAILED_AGAIN with a new deadline (a re-inspection past the deadline: late)."""
    with database.atomic("IMMEDIATE"):
        defect = _step(defect_id, CHECK, by)
        moment = _moment(at, "reinspected_at", clock.now())
        _not_before(moment, defect.replied_at, "reinspected_at")
        who = _who(inspected_by, by, "inspected_by")
        changes: dict[str, Any] = {"reinspected_at": moment, "reinspected_by": who}
        if passed:
            _fixed(defect, defect.replied_at)
            changes["status"] = [REPLIED, FIXED]
        else:
            if new_due_at in (None, ""):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Give the new deadline."), field="new_due_at")
            due = clean_datetime(new_due_at, "new_due_at")
            if due <= moment:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "The new deadline {due} must be after the re-inspection "
                    "({at})."), field="new_due_at", due=f"{due:%Y-%m-%d %H:%M}",
                    at=f"{moment:%Y-%m-%d %H:%M}")
            if moment > defect.due_at:
                defect.late = True
            if not defect.late:
                defect.due_at = due  # not yet missed: the vendor has until the new one
            defect.status, defect.redo_by = FAILED_AGAIN, due
            changes.update({"status": [REPLIED, FAILED_AGAIN], "redo_by": due})
        defect.reinspected_at, defect.reinspected_by = moment, who
        changes["late"] = defect.late
        defect.save()
        audit.record(by, "vendor_defect.reinspect", "vendor_defect", defect.id, defect.number,
                     changes)
        return defect


def mark_late(now: dt.datetime | None = None) -> int:
    """The sweep: every defect not fixed and past its deadline is late from now on.

    A flag the clock decides (no audit row: nobody chose it); run by the list and the
    month before they read ``late``. Returns how many became late.
    """
    moment = now or clock.now()
    with database.atomic():
        return (Defect.update(late=True)
                .where(~Defect.late, Defect.status.in_(UNFIXED), Defect.due_at < moment)
                .execute())


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    for d in Defect.select().where(Defect.status == FIXED, Defect.fixed_at.is_null()):
        problems.append(f"{d.number}: fixed, but when is not recorded")
    for d in Defect.select().where(~Defect.late, Defect.fixed_at.is_null(False),
                                   Defect.fixed_at > Defect.due_at):
        problems.append(f"{d.number}: fixed after its deadline but not marked late")
    for d in Defect.select().where(Defect.kind == MINOR, Defect.status.in_((REPLIED,
                                                                              FAILED_AGAIN))):
        problems.append(f"{d.number}: a minor fault with a ticket's status")
    return problems
