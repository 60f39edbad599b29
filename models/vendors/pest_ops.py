"""病媒生物防治 (seed 002 §十八): treatments planned, asked for, done, called back, redone.

The contractor treats the public areas and offices twice a month at agreed times
(SCHEDULED); customer service may also ask for a treatment for the office staff
(ON_REQUEST), a working day ahead: the planned day is the next working day after the
request at the earliest. Every treatment is after office hours: a time inside them is
refused. A treatment done waits for its callback within two working days in the one
callback queue (models.callbacks, kind "pest"); 不满意 plans a new treatment (REDO,
``redo_of`` the one called back) and the case stays open until a callback is
satisfied. Status stays "done" once done (the month counts SCHEDULED ones done); the
callback's verdict is the treatment's ``verdict``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import audit, callbacks, clock, numbering
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..steps import Rule, Step, declare
from ..values import clean_date, clean_datetime, clean_id, clean_text, shown
from ..vocabulary import Term, Vocabulary
from . import pest_calendar as calendar
from .base import EVALUATE, ON_REQUEST, PEST, SCHEDULED, PestTreatment, Vendor, VendorKind

__all__ = [
    "AREAS", "CALLBACK_KIND", "PEST_PREFIX", "PEST_STEPS", "PLANNED", "RECORD_FIELDS", "REDO", "TREATMENT_KINDS",
    "TREATMENT_STATUS", "TREATMENT_DONE", "TREATMENT_CANCELLED", "callback_due",
    "cancel_treatment", "get_treatment", "pest_vendors", "plan_treatment", "record_treatment",
    "request_treatment",
]

PEST_PREFIX = "XS"  # 消杀 XS20261201-0001
CALLBACK_KIND = "pest"
REDO = "redo"  # 不满意 → treated again (counts neither as scheduled nor as asked for)
PLANNED, TREATMENT_DONE, TREATMENT_CANCELLED = "planned", "done", "cancelled"
AREAS = ("公共场所", "办公区")
AREA_SEPARATOR = "、"

TREATMENT_KINDS = Vocabulary("Vendors", [
    Term(SCHEDULED, QT_TRANSLATE_NOOP("Vendors", "Scheduled"), "定期"),
    Term(ON_REQUEST, QT_TRANSLATE_NOOP("Vendors", "On request"), "应约"),
    Term(REDO, QT_TRANSLATE_NOOP("Vendors", "Redone (unsatisfied)"), "返工"),
])
TREATMENT_STATUS = Vocabulary("Vendors", [
    Term(PLANNED, QT_TRANSLATE_NOOP("Vendors", "Planned"), "待施药"),
    Term(TREATMENT_DONE, QT_TRANSLATE_NOOP("Vendors", "Done"), "已施药"),
    Term(TREATMENT_CANCELLED, QT_TRANSLATE_NOOP("Vendors", "Cancelled"), "已取消"),
])

numbering.register(PEST_PREFIX, PestTreatment, PestTreatment.number)

NEW, ON_REQUEST_STEP, OPEN, RECORD, CANCEL, PRINT = (
    "new", "on_request", "open", "record", "cancel", "print")
PEST_STEPS = declare(PestTreatment, [
    Step(NEW, EVALUATE, on_record=False),  # 定期消杀: plan one of the month's two
    Step(ON_REQUEST_STEP, EVALUATE, on_record=False),  # 应约消杀: asked for a working day ahead
    Step(OPEN),
    Step(RECORD, EVALUATE, states=(PLANNED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Treatment {number} is {status}; only a planned treatment is recorded "
        "done.")),
    Step(CANCEL, EVALUATE, states=(PLANNED,), refusal=QT_TRANSLATE_NOOP(
        "DomainError", "Treatment {number} is {status}; only a planned treatment can be "
        "cancelled."), rules=(Rule(lambda t: t.redo_of_id is None, QT_TRANSLATE_NOOP(
            "DomainError", "Treatment {number} is the remedy for an unsatisfied callback; it "
            "is to be done, not cancelled.")),)),
    Step(PRINT),
], status_label=TREATMENT_STATUS.label)

audit.ACTION_LABELS.update({
    "pest.plan": QT_TRANSLATE_NOOP("Lists", "Pest treatment planned"),
    "pest.request": QT_TRANSLATE_NOOP("Lists", "Pest treatment asked for"),
    "pest.record": QT_TRANSLATE_NOOP("Lists", "Pest treatment done"),
    "pest.cancel": QT_TRANSLATE_NOOP("Lists", "Pest treatment cancelled"),
    "pest.callback": QT_TRANSLATE_NOOP("Lists", "Pest treatment called back"),
    "pest.redo": QT_TRANSLATE_NOOP("Lists", "Pest treatment to redo"),
})
_F = audit.Field
audit.declare(audit.TableWords("pest_treatment", QT_TRANSLATE_NOOP("Audit", "Pest treatment"),
                               fields={
    "kind": _F(QT_TRANSLATE_NOOP("Audit", "Kind"), words=TREATMENT_KINDS),
    "status": _F(QT_TRANSLATE_NOOP("Audit", "Status"), words=TREATMENT_STATUS),
    "planned_on": QT_TRANSLATE_NOOP("Audit", "Planned on"),
    "done_at": QT_TRANSLATE_NOOP("Audit", "Done at"),
    "areas": QT_TRANSLATE_NOOP("Audit", "Areas"),
    "agent": QT_TRANSLATE_NOOP("Audit", "Agent used"),
    "operator": QT_TRANSLATE_NOOP("Audit", "Operator"),
    "signed_by": QT_TRANSLATE_NOOP("Audit", "Contractor's signature"),
    "requested_by": QT_TRANSLATE_NOOP("Audit", "Asked for by"),
    "request_text": QT_TRANSLATE_NOOP("Audit", "What for"),
    "verdict": _F(QT_TRANSLATE_NOOP("Audit", "Callback"), words=callbacks.VERDICTS),
    "reason": QT_TRANSLATE_NOOP("Audit", "Reason"),
}))

_GONE = QT_TRANSLATE_NOOP("DomainError", "That pest treatment no longer exists.")
FUTURE_TOLERANCE = dt.timedelta(minutes=5)


# --- reading -----------------------------------------------------------------------


def get_treatment(treatment_id: int) -> PestTreatment:
    found = PestTreatment.get_or_none(PestTreatment.id == clean_id(treatment_id, _GONE))
    if found is None:
        raise NotFound(_GONE)
    return found


def pest_vendors(active_only: bool = True) -> list[Vendor]:
    """The vendors of kind 病媒生物防治 (the contractors pest control deals with)."""
    query = (Vendor.select().join(VendorKind, on=(Vendor.kind == VendorKind.id))
             .where(VendorKind.name == PEST).order_by(Vendor.name))
    if active_only:
        query = query.where(Vendor.active)
    return list(query)


def callback_due(treatment: PestTreatment) -> dt.datetime:
    """Two working days after the treatment, by the end of office hours (§十八 4.4)."""
    day = calendar.working_days_after(treatment.done_at.date(), 2)
    return dt.datetime.combine(day, calendar.office_hours()[1])


# --- cleaning the form's values --------------------------------------------------------


def _vendor(value: object) -> Vendor:
    gone = QT_TRANSLATE_NOOP("DomainError", "Choose the pest-control contractor.")
    vendor = Vendor.get_or_none(Vendor.id == clean_id(value, gone))
    if vendor is None:
        raise ValidationError(gone, field="vendor")
    if vendor.kind.name != PEST:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{vendor} is not a pest-control contractor."), field="vendor",
            vendor=vendor.name)
    if not vendor.active:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{vendor} is no longer active."), field="vendor", vendor=vendor.name)
    return vendor


def clean_areas(value: object) -> str:
    """公共场所 / 办公区, one or both, in that order ("公共场所、办公区")."""
    parts = value.split(AREA_SEPARATOR) if isinstance(value, str) else list(value or ())
    parts = [str(p).strip() for p in parts if str(p).strip()]
    for part in parts:
        if part not in AREAS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{value} is not one of the choices."), field="areas",
                value=shown(part))
    if not parts:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Which areas: public areas, offices or both?"), field="areas")
    return AREA_SEPARATOR.join(a for a in AREAS if a in parts)


def _planned_on(value: object) -> dt.date:
    if value in (None, ""):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Give the day planned."),
                              field="planned_on")
    return clean_date(value, "planned_on")


def _unknown(values: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    extra = set(values) - set(allowed)
    if extra:
        raise ValueError(f"unknown pest treatment fields {sorted(extra)}")


def _create(by: User, action: str, clean: dict[str, Any], **extra: Any) -> PestTreatment:
    treatment = PestTreatment.create(number=numbering.next_number(PEST_PREFIX), created_by=by,
                                     created_at=clock.now(), status=PLANNED, **clean, **extra)
    changes = {k: (v.id if isinstance(v, Vendor) else v) for k, v in {**clean, **extra}.items()
               if k != "redo_of"}
    audit.record(by, action, "pest_treatment", treatment.id, treatment.number, changes)
    return treatment


# --- planning ----------------------------------------------------------------------

PLAN_FIELDS = ("vendor", "planned_on", "areas")
REQUEST_FIELDS = ("vendor", "requested_at", "requested_by", "request_text", "planned_on",
                  "areas")


def plan_treatment(values: Mapping[str, Any], by: User) -> PestTreatment:
    """定期消杀: one of the month's two treatments, on the day agreed with the contractor."""
    PEST_STEPS.require(by, NEW)
    _unknown(values, PLAN_FIELDS)
    with database.atomic("IMMEDIATE"):
        clean = {"vendor": _vendor(values.get("vendor")),
                 "planned_on": _planned_on(values.get("planned_on")),
                 "areas": clean_areas(values.get("areas") or AREAS)}
        return _create(by, "pest.plan", clean, kind=SCHEDULED)


def request_treatment(values: Mapping[str, Any], by: User) -> PestTreatment:
    """应约消杀: the office staff ask; the contractor is told a working day ahead, so the
    planned day is the next working day after the request at the earliest."""
    PEST_STEPS.require(by, ON_REQUEST_STEP)
    _unknown(values, REQUEST_FIELDS)
    with database.atomic("IMMEDIATE"):
        vendor = _vendor(values.get("vendor"))
        asked = values.get("requested_at")
        asked = clock.now() if asked in (None, "") else clean_datetime(asked, "requested_at")
        if asked > clock.now() + FUTURE_TOLERANCE:
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the "
                                                    "future."), field="requested_at",
                                  time=f"{asked:%Y-%m-%d %H:%M}")
        day = _planned_on(values.get("planned_on"))
        earliest = calendar.next_working_day(asked.date())
        if day < earliest:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A treatment asked for on {asked} can be planned on {earliest} "
                "at the earliest (a working day's notice to the contractor)."),
                field="planned_on", asked=f"{asked:%Y-%m-%d}", earliest=earliest.isoformat())
        clean = {
            "vendor": vendor, "planned_on": day,
            "areas": clean_areas(values.get("areas") or AREAS[1:]),
            "requested_at": asked,
            "requested_by": clean_text(values.get("requested_by"), PestTreatment.requested_by,
                                       name="requested_by", required=QT_TRANSLATE_NOOP(
                                           "DomainError", "Who asked for the treatment?")),
            "request_text": clean_text(values.get("request_text"), PestTreatment.request_text,
                                       name="request_text", required=QT_TRANSLATE_NOOP(
                                           "DomainError", "What is the treatment for (where, "
                                           "which pests)?")),
        }
        return _create(by, "pest.request", clean, kind=ON_REQUEST)


# --- done, cancelled ---------------------------------------------------------------------

RECORD_FIELDS = ("done_at", "areas", "agent", "operator", "signed_by")


def _step(treatment_id: int, step: str, by: User) -> PestTreatment:
    PEST_STEPS.require(by, step)
    treatment = get_treatment(treatment_id)
    PEST_STEPS.require(by, step, treatment)
    return treatment


def record_treatment(treatment_id: int, values: Mapping[str, Any], by: User) -> PestTreatment:
    """消杀记录: done (when, where, the agent, the operator, the contractor's signature), after
    office hours; it then waits for its callback within two working days."""
    _unknown(values, RECORD_FIELDS)
    with database.atomic("IMMEDIATE"):
        treatment = _step(treatment_id, RECORD, by)
        done = values.get("done_at")
        if done in (None, ""):
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "When was it done?"),
                                  field="done_at")
        done = clean_datetime(done, "done_at")
        if done > clock.now() + FUTURE_TOLERANCE:
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The time {time} is in the "
                                                    "future."), field="done_at",
                                  time=f"{done:%Y-%m-%d %H:%M}")
        if treatment.requested_at is not None and done < treatment.requested_at:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The treatment cannot be done before it was asked for "
                "({time})."), field="done_at", time=f"{treatment.requested_at:%Y-%m-%d %H:%M}")
        if calendar.inside_office_hours(done):
            start, end = calendar.office_hours()
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{time} is inside office hours ({start}–{end}): treatments are "
                "after office hours."), field="done_at", time=f"{done:%Y-%m-%d %H:%M}",
                start=f"{start:%H:%M}", end=f"{end:%H:%M}")
        required = {
            "agent": QT_TRANSLATE_NOOP("DomainError", "Which agent was used?"),
            "operator": QT_TRANSLATE_NOOP("DomainError", "Who did the treatment?"),
            "signed_by": QT_TRANSLATE_NOOP("DomainError", "The contractor's signature: who "
                                           "signed?"),
        }
        clean: dict[str, Any] = {"done_at": done, "areas": clean_areas(
            values.get("areas") or treatment.areas)}
        for key, message in required.items():
            clean[key] = clean_text(values.get(key), PestTreatment._meta.fields[key],
                                    required=message)
        before = {k: getattr(treatment, k) for k in clean}
        for key, value in clean.items():
            setattr(treatment, key, value)
        treatment.status = TREATMENT_DONE
        treatment.save()
        audit.record(by, "pest.record", "pest_treatment", treatment.id, treatment.number,
                     {"status": [PLANNED, TREATMENT_DONE], **audit.diff(before, clean)})
        return treatment


def cancel_treatment(treatment_id: int, reason: str, by: User) -> PestTreatment:
    """A planned treatment that will not be done (moved: plan another), with the reason."""
    with database.atomic("IMMEDIATE"):
        treatment = _step(treatment_id, CANCEL, by)
        reason = clean_text(reason, PestTreatment.cancel_reason, name="reason",
                            required=QT_TRANSLATE_NOOP("DomainError", "Say why it is "
                                                       "cancelled."))
        treatment.status, treatment.cancel_reason = TREATMENT_CANCELLED, reason
        treatment.save()
        audit.record(by, "pest.cancel", "pest_treatment", treatment.id, treatment.number,
                     {"status": [PLANNED, TREATMENT_CANCELLED], "reason": reason})
        return treatment


# --- the callback (models.callbacks, kind "pest") ---------------------------------------


def _summary(treatment: PestTreatment) -> str:
    kind = TREATMENT_KINDS.paper(treatment.kind)
    what = treatment.request_text or treatment.agent
    return f"{kind}消杀 {treatment.areas} {what}".strip()[:200]


def waiting() -> list[callbacks.Waiting]:
    """Every treatment done and not yet called back, soonest due first."""
    query = (PestTreatment.select(PestTreatment, Vendor).join(Vendor)
             .where((PestTreatment.status == TREATMENT_DONE) & (PestTreatment.verdict == ""))
             .order_by(PestTreatment.done_at, PestTreatment.id))
    cases = [callbacks.Waiting(
        kind=CALLBACK_KIND, case_id=t.id, number=t.number,
        customer=t.requested_by or "办公工作人员", room=t.areas, phone="",
        summary=_summary(t), due_at=callback_due(t), owner=t.vendor.name) for t in query]
    return sorted(cases, key=lambda c: (c.due_at, c.case_id))


def apply(treatment_id: int, verdict: str, words: str, at: dt.datetime, by: User) -> None:
    """满意 / 基本满意 ends the case; 不满意 plans the treatment again (REDO) for the next
    working day, with the staff's words, and the case stays open until a callback on the
    redo is satisfied."""
    PEST_STEPS.require_permission(by, RECORD)
    treatment = get_treatment(treatment_id)
    if treatment.status != TREATMENT_DONE or treatment.verdict:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "That case is not waiting for a callback (it was called back or "
            "has changed)."), field="case")
    treatment.verdict, treatment.called_back_at = verdict, at
    treatment.save()
    audit.record(by, "pest.callback", "pest_treatment", treatment.id, treatment.number,
                 {"verdict": verdict})
    if verdict == callbacks.UNSATISFIED:
        clean = {"vendor": treatment.vendor, "areas": treatment.areas,
                 "planned_on": calendar.next_working_day(at.date()), "requested_at": at,
                 "requested_by": (treatment.requested_by or by.full_name)[:50],
                 "request_text": (words or treatment.request_text)[:200]}
        redo = _create(by, "pest.plan", clean, kind=REDO, redo_of=treatment.id)
        audit.record(by, "pest.redo", "pest_treatment", treatment.id, treatment.number,
                     {"redo": redo.number})


callbacks.register_source(callbacks.Source(
    kind=CALLBACK_KIND, label=QT_TRANSLATE_NOOP("Callbacks", "Pest control"),
    waiting=waiting, apply=apply))
