"""The evaluations part's operations: a sheet drafted from its template, scored, submitted,
signed by the vendor (agrees / objects), ruled on by the manager, cancelled.

Rules (docs/domain.md, "Vendors / Evaluations"):
- the sheet copies its template's items; editing the template later changes nothing here;
- an item passes, or loses points (more than 0, at most its points) with the problem noted;
  the sheet's score is 100 − the points off; the sheet FAILS when any item is not passed;
- 严重不合格 (serious): a serious item failed, or the score under the contract's
  ``serious_below`` (0: no line) — flagged at submit, for the property director;
- a failed sheet without a rectification deadline gets one day from when it was done;
- on submit the defects part opens one defect per failed item (``open_from_evaluation``)
  inside the same transaction, before the default deadline is filled in (a deadline the
  officer typed asks for work tickets; see defects_ops).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .. import clock, documents, numbering
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import as_id, clean_date, clean_datetime, clean_decimal, clean_text
from . import evaluations_steps as es
from .base import (
    CONFIRMED,
    DAILY,
    EVALUATION_KINDS,
    OBJECTED,
    SUBMITTED,
    Contract,
    CriteriaTemplate,
    Evaluation,
    EvaluationItem,
    Vendor,
)
from .evaluations_steps import CONFIRM, EVALUATION_STEPS, RULE_STEP
from .evaluations_steps import record_audit as _audit
from .setup_ops import contract_on
from .setup_templates import copy_items, template_for

__all__ = [
    "DEFAULT_FIX_HOURS", "cancel_evaluation", "confirm_evaluation", "contract_for",
    "evaluation_by_number", "evaluation_items", "get_evaluation", "new_evaluation",
    "rule_on_objection", "score_items", "sheet_result", "submit_evaluation",
    "template_for_sheet", "update_evaluation",
]

DEFAULT_FIX_HOURS = 24  # a failed sheet's rectification deadline when none is given
HUNDRED = Decimal("100")
_GONE = QT_TRANSLATE_NOOP("DomainError", "That evaluation no longer exists.")
_ITEM_FIELDS = {"passed", "points_off", "problem", "ticket"}


# --- reading ----------------------------------------------------------------------------


def get_evaluation(evaluation_id: Any) -> Evaluation:
    found = Evaluation.get_or_none(Evaluation.id == as_id(evaluation_id))
    if found is None:
        raise NotFound(_GONE)
    return found


def evaluation_by_number(number: str) -> Evaluation:
    found = Evaluation.get_or_none(Evaluation.number == str(number).strip())
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no evaluation {number}."),
                       number=str(number).strip()[:30])
    return found


def evaluation_items(evaluation_id: int) -> list[EvaluationItem]:
    """The sheet's items in sheet order."""
    return list(EvaluationItem.select().where(EvaluationItem.evaluation == evaluation_id)
                .order_by(EvaluationItem.seq))


def contract_for(vendor: Vendor, day: dt.date) -> Contract | None:
    """The vendor's contract on ``day`` (the setup part's ``contract_on``)."""
    return contract_on(vendor.id, day)


def template_for_sheet(vendor: Vendor, kind: str,
                       contract: Contract | None) -> CriteriaTemplate | None:
    """The contract's own template for its kind of sheet, else the service's default
    (the setup part's ``template_for``, with its fallbacks: a weekly check on the daily
    sheet, a systematic one on the month-end sheet …), found by the vendor's own kind."""
    if contract is not None and contract.template_id is not None \
            and contract.template.evaluation_kind == kind and contract.template.active:
        return contract.template
    return template_for(vendor.kind, kind)


def _pts(value: Decimal) -> str:
    return f"{Decimal(value):.1f}"


# --- the sheet's result -----------------------------------------------------------------


def sheet_result(items: list[EvaluationItem],
                 contract: Contract | None) -> tuple[Decimal, bool, bool]:
    """(score, failed, serious) of a sheet's items under ``contract``'s serious line."""
    off = sum((item.points_off for item in items if not item.passed), Decimal("0"))
    score = max(Decimal("0"), HUNDRED - off)
    failed = any(not item.passed for item in items)
    line = contract.serious_below if contract is not None else Decimal("0")
    serious = any(item.serious_item and not item.passed for item in items) \
        or (bool(line) and score < line)
    return score, failed, serious


# --- drafting ---------------------------------------------------------------------------


def _vendor(value: Any) -> Vendor:
    vendor_id = value.id if isinstance(value, Vendor) else as_id(value)
    found = Vendor.get_or_none(Vendor.id == vendor_id)
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the vendor."),
                              field="vendor")
    return found


def _done_on(value: Any) -> dt.date:
    day = clean_date(value, "done_on")
    if day > clock.today():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "An evaluation cannot be dated after today."), field="done_on")
    return day


def new_evaluation(by: User, *, vendor: Any, kind: str = DAILY, done_on: Any = None,
                   by_name: str = "", vendor_present: str = "", template: Any = None,
                   done_at: Any = None) -> Evaluation:
    """A draft sheet of ``kind`` for ``vendor``, its items copied from the template."""
    EVALUATION_STEPS.require(by, documents.NEW)
    if kind not in EVALUATION_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the kind of evaluation."),
                              field="kind")
    vendor = _vendor(vendor)
    at = clean_datetime(done_at, "done_at") if done_at is not None else None
    day = _done_on(done_on if done_on is not None else (at.date() if at else clock.today()))
    by_name = clean_text(by_name or by.full_name or by.login, Evaluation.by_name)
    vendor_present = clean_text(vendor_present, Evaluation.vendor_present)
    with database.atomic("IMMEDIATE"):
        contract = contract_for(vendor, day)
        if template not in (None, ""):
            chosen = CriteriaTemplate.get_or_none(CriteriaTemplate.id == as_id(
                template.id if isinstance(template, CriteriaTemplate) else template))
        else:
            chosen = template_for_sheet(vendor, kind, contract)
        rows = copy_items(chosen) if chosen is not None else []
        if not rows:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "There is no criteria sheet of this kind for {vendor}'s "
                "service; set one up first."), field="template", vendor=vendor.name)
        ev = Evaluation.create(
            number=numbering.next_number(es.EVALUATION_PREFIX, day), kind=kind, vendor=vendor,
            contract=contract, template=chosen, done_on=day, done_at=at, by_name=by_name,
            vendor_present=vendor_present, score=HUNDRED, created_by=by,
            created_at=clock.now())
        EvaluationItem.insert_many([{**row, "evaluation": ev.id} for row in rows]).execute()
        _audit(by, "evaluation.create", ev, {"kind": kind, "vendor": vendor.name,
                                             "template": chosen.name, "items": len(rows)})
        return ev


def update_evaluation(evaluation_id: Any, by: User, **fields: Any) -> Evaluation:
    """The draft's heading: done_on, done_at, by_name, vendor_present, problems, fix_by."""
    unknown = set(fields) - {"done_on", "done_at", "by_name", "vendor_present", "problems",
                             "fix_by"}
    if unknown:
        raise ValueError(f"unknown evaluation fields {sorted(unknown)}")
    EVALUATION_STEPS.require(by, documents.EDIT)
    with database.atomic("IMMEDIATE"):
        ev = get_evaluation(evaluation_id)
        EVALUATION_STEPS.require_state(documents.EDIT, ev)
        clean = {}
        if "done_on" in fields:
            clean["done_on"] = _done_on(fields["done_on"])
        if "done_at" in fields:
            clean["done_at"] = (clean_datetime(fields["done_at"], "done_at")
                                if fields["done_at"] is not None else None)
        for name in ("by_name", "vendor_present", "problems"):
            if name in fields:
                clean[name] = clean_text(fields[name], getattr(Evaluation, name), required=(
                    QT_TRANSLATE_NOOP("DomainError", "Name who evaluates (考评人).")
                    if name == "by_name" else None))
        if "fix_by" in fields:
            clean["fix_by"] = (clean_datetime(fields["fix_by"], "fix_by")
                               if fields["fix_by"] is not None else None)
        changes = {k: [str(getattr(ev, k) or ""), str(v or "")] for k, v in clean.items()
                   if getattr(ev, k) != v}
        for key, value in clean.items():
            setattr(ev, key, value)
        if changes:
            ev.save()
            _audit(by, "evaluation.update", ev, changes)
        return ev


def _apply_item(item: EvaluationItem, values: Mapping[str, Any]) -> None:
    """One item's change (passed / points off / problem / ticket), checked against its points."""
    unknown = set(values) - _ITEM_FIELDS
    if unknown:
        raise ValueError(f"unknown evaluation item fields {sorted(unknown)}")
    passed = values.get("passed", item.passed)
    if "points_off" in values and values["points_off"] not in (None, "", 0, "0"):
        off = clean_decimal(values["points_off"], "items", Decimal("0.1"), positive=True,
                            maximum=Decimal("100"))
        if off > item.points:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Item {seq} is worth {points} points; it cannot lose {off}."),
                field="items", seq=item.seq, points=item.points, off=off)
        passed = False
    elif "points_off" in values:
        off = Decimal("0")
    else:
        off = item.points_off
    if passed:
        item.passed, item.points_off, item.problem, item.ticket = True, Decimal("0"), "", False
        return
    if not off:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Item {seq} did not pass: type the points off (more than 0)."),
            field="items", seq=item.seq)
    item.passed, item.points_off = False, off
    if "problem" in values:
        item.problem = clean_text(values["problem"], EvaluationItem.problem, name="items")
    if "ticket" in values:
        item.ticket = bool(values["ticket"])


def score_items(evaluation_id: Any, changes: Mapping[Any, Mapping[str, Any]],
                by: User) -> Evaluation:
    """Items scored: ``{item id: {"passed": True}}`` or ``{"points_off": 2, "problem": "…"}``."""
    EVALUATION_STEPS.require(by, documents.EDIT)
    with database.atomic("IMMEDIATE"):
        ev = get_evaluation(evaluation_id)
        EVALUATION_STEPS.require_state(documents.EDIT, ev)
        items = {item.id: item for item in evaluation_items(ev.id)}
        audit_changes = {}
        for item_id, values in changes.items():
            item = items.get(as_id(item_id))
            if item is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "DomainError", "An item is not on evaluation {number}; open it again."),
                    number=ev.number)
            old = [item.passed, _pts(item.points_off), item.problem, item.ticket]
            _apply_item(item, values)
            new = [item.passed, _pts(item.points_off), item.problem, item.ticket]
            if new != old:
                item.save()
                audit_changes[f"item {item.seq}"] = [old, new]
        if audit_changes:
            ev.score = sheet_result(list(items.values()), ev.contract)[0]
            ev.save()
            _audit(by, "evaluation.items", ev, audit_changes)
        return ev


# --- submitting -------------------------------------------------------------------------


def _problems_text(items: list[EvaluationItem]) -> str:
    text = "；".join(f"{item.seq}.{item.problem}" for item in items if not item.passed)
    return text[:Evaluation.problems.max_length]


def submit_evaluation(evaluation_id: Any, by: User) -> Evaluation:
    """The sheet counts: score, failed and serious fixed; the failed items become defects."""
    EVALUATION_STEPS.require(by, documents.SUBMIT)
    with database.atomic("IMMEDIATE"):
        ev = get_evaluation(evaluation_id)
        EVALUATION_STEPS.require_state(documents.SUBMIT, ev)
        items = evaluation_items(ev.id)
        unnoted = [item for item in items if not item.passed and not item.problem]
        if unnoted:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Item {seq} lost points: note the problem found."),
                field="items", seq=unnoted[0].seq)
        now = clock.now()
        ev.score, ev.failed, ev.serious = sheet_result(items, ev.contract)
        ev.done_at = ev.done_at or (now if ev.done_on == now.date()
                                    else dt.datetime.combine(ev.done_on, dt.time(10, 0)))
        if ev.fix_by is not None and ev.fix_by < ev.done_at:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The rectification deadline is before the evaluation."),
                field="fix_by")
        if ev.failed and not ev.problems:
            ev.problems = _problems_text(items)
        ev.status, ev.submitted_by, ev.submitted_at = SUBMITTED, by, now
        ev.save()
        _audit(by, "evaluation.submit", ev, {
            "status": ["draft", SUBMITTED], "score": _pts(ev.score), "failed": ev.failed,
            "serious": ev.serious})
        if ev.failed:
            # The defects see the deadline as the officer gave it: a deadline typed means
            # "a work ticket"; none means minor faults (an hour), serious items a ticket.
            from . import defects as defects_part
            defects_part.open_from_evaluation(ev, by)
            if ev.fix_by is None:  # the sheet's own deadline: a day from when it was done
                ev.fix_by = ev.done_at + dt.timedelta(hours=DEFAULT_FIX_HOURS)
                ev.save()
        return ev


# --- the vendor's signature and the manager's ruling -------------------------------------


def confirm_evaluation(evaluation_id: Any, by: User, *, signer: str, agrees: bool,
                       signed_on: Any = None, objection: str = "") -> Evaluation:
    """The vendor's lead signs (typed at the desk): agrees (→ confirmed) or objects."""
    EVALUATION_STEPS.require(by, CONFIRM)
    signer = clean_text(signer, Evaluation.signed_by, required=QT_TRANSLATE_NOOP(
        "DomainError", "Name who signs for the vendor."))
    day = clean_date(signed_on if signed_on is not None else clock.today(), "signed_on")
    if not isinstance(agrees, bool):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "Say whether the vendor agrees or objects."), field="agrees")
    objection = clean_text(objection, Evaluation.objection, required=None if agrees else
                           QT_TRANSLATE_NOOP("DomainError", "Write the vendor's objection."))
    with database.atomic("IMMEDIATE"):
        ev = get_evaluation(evaluation_id)
        EVALUATION_STEPS.require_state(CONFIRM, ev)
        if day < ev.done_on or day > clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The vendor signs between the evaluation ({date}) and today."),
                field="signed_on", date=f"{ev.done_on:%Y-%m-%d}")
        ev.signed_by, ev.signed_on, ev.agrees = signer, day, agrees
        ev.objection = "" if agrees else objection
        ev.status = CONFIRMED if agrees else OBJECTED
        ev.save()
        _audit(by, "evaluation.confirm" if agrees else "evaluation.object", ev, {
            "status": [SUBMITTED, ev.status], "signed_by": signer, "signed_on": str(day),
            **({} if agrees else {"objection": objection})})
        return ev


def rule_on_objection(evaluation_id: Any, by: User, *, ruling: str,
                      amend: Mapping[Any, Mapping[str, Any]] | None = None) -> Evaluation:
    """The manager upholds the sheet (no ``amend``) or amends items' points off; confirmed."""
    EVALUATION_STEPS.require(by, RULE_STEP)
    ruling = clean_text(ruling, Evaluation.ruling, required=QT_TRANSLATE_NOOP(
        "DomainError", "Write the ruling on the objection."))
    with database.atomic("IMMEDIATE"):
        ev = get_evaluation(evaluation_id)
        EVALUATION_STEPS.require_state(RULE_STEP, ev)
        items = {item.id: item for item in evaluation_items(ev.id)}
        ev_items_before = evaluation_items(ev.id)  # the sheet's problems were composed from them
        amended = {}
        for item_id, values in (amend or {}).items():
            item = items.get(as_id(item_id))
            if item is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "DomainError", "An item is not on evaluation {number}; open it again."),
                    number=ev.number)
            old = [item.passed, _pts(item.points_off), item.problem]
            _apply_item(item, values)
            if not item.passed and not item.problem:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Item {seq} lost points: note the problem found."),
                    field="items", seq=item.seq)
            new = [item.passed, _pts(item.points_off), item.problem]
            if new != old:
                item.save()
                amended[f"item {item.seq}"] = [old, new]
        if amended and ev.problems == _problems_text(list(ev_items_before)):
            ev.problems = _problems_text(list(items.values()))
        old_result = [_pts(ev.score), ev.failed, ev.serious]
        ev.score, ev.failed, ev.serious = sheet_result(list(items.values()), ev.contract)
        ev.ruling, ev.ruled_by, ev.ruled_at = ruling, by, clock.now()
        ev.status = CONFIRMED
        ev.save()
        _audit(by, "evaluation.rule", ev, {
            "status": [OBJECTED, CONFIRMED], "ruling": ruling,
            "upheld": not amended, **amended,
            "result": [old_result, [_pts(ev.score), ev.failed, ev.serious]]})
        return ev


def cancel_evaluation(evaluation_id: Any, reason: str, by: User) -> Evaluation:
    """作废 by the manager (a draft also by whoever writes them), with the reason."""
    with database.atomic("IMMEDIATE"):
        ev = get_evaluation(evaluation_id)
        return documents.cancel(ev, reason, by, steps=EVALUATION_STEPS, entity="evaluation",
                                now=clock.now)

