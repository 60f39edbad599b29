"""The inspections part's operations: rounds, results, closing, corrections (see signage.inspections).

1. ``start_round``: a department or the whole building; its lines are the signs in use
   (or 待整改) at that moment, in place order. The sheet prints blind.
2. ``enter_results``: one result per line (合格 / 不清楚 / 损坏 / 缺失 / 位置不当 /
   内容不合理) and a remark.
3. ``close_round``: every line has a result; each sign's last inspection and result are
   written; a failed sign becomes 待整改 with a correction due in the deadline setting's
   days (default 7); a passed sign with an open correction has it resolved by the
   inspection. 缺失 signs form the "not found" list until the next inspection or their
   correction resolves them.
4. ``update_correction`` / ``finish_correction`` (done → the sign back 在用) /
   ``replace_from_correction`` (the requests part's ``request_replacement``).

Department heads inspect their own signs: there is no department-head role, so a
clerk starts a department round of kind ``spot`` naming the head as 检查人.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from peewee import fn

from .. import clock, settings
from ..db import database
from ..errors import DomainError, NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import Department, User
from ..values import as_id, clean_date, clean_int, clean_text
from . import inspections_base as ib
from .base import IN_USE, REMOVED, TO_FIX, Sign
from .inspections_base import (
    CLOSE,
    CORRECTION_STEPS,
    DONE,
    EDIT,
    FAILED,
    MISSING,
    OK,
    OPEN,
    QUARTERLY,
    REPLACE,
    RESULT_LABELS,
    RESULTS,
    RESULTS_STEP,
    ROUND_STEPS,
    SPOT,
    START,
    Correction,
    InspectionLine,
    InspectionRound,
    WorkSign,
)

__all__ = [
    "CORRECTION_STATUS_LABELS", "CORRECTION_STEPS", "Correction", "DEADLINE_SETTING", "FAILED",
    "INSPECT", "InspectionLine", "InspectionRound", "MISSING", "OK", "QUARTERLY",
    "RESULT_KEYS", "RESULT_LABELS", "RESULTS", "ROUND_KIND_LABELS", "ROUND_STATUS_LABELS",
    "ROUND_STEPS", "INSPECTION_SETTINGS_STEPS", "SPOT", "WORK_SIGN_STATUS_LABELS", "WORK_SIGN_STEPS", "WorkSign",
    "close_round", "correction_days", "enter_results", "finish_correction", "get_correction",
    "get_round", "round_progress", "quarter_bounds", "quarter_of", "replace_from_correction",
    "replacement_available", "round_by_number",
    "round_lines", "set_correction_days", "start_round", "update_correction",
]
from .inspections_base import (  # noqa: E402,F401 - named in __all__
    CORRECTION_STATUS_LABELS,
    DEADLINE_SETTING,
    INSPECT,
    INSPECTION_SETTINGS_STEPS,
    RESULT_KEYS,
    ROUND_KIND_LABELS,
    ROUND_STATUS_LABELS,
    WORK_SIGN_STATUS_LABELS,
    WORK_SIGN_STEPS,
    quarter_bounds,
    quarter_of,
)

ACTIVE = (IN_USE, TO_FIX)  # the signs on the walls, to inspect


# --- settings -------------------------------------------------------------------------


def correction_days() -> int:
    """How many days a failed sign's correction has (设置, default 7)."""
    try:
        return max(1, int(settings.get(DEADLINE_SETTING, str(ib.DEFAULT_DEADLINE_DAYS))))
    except ValueError:
        return ib.DEFAULT_DEADLINE_DAYS


def set_correction_days(days: Any, by: User) -> int:
    """The administrator's setting (settings.put checks the permission)."""
    value = clean_int(days, "days", 1, 90)
    settings.put(DEADLINE_SETTING, str(value), by)
    return value


# --- reading ----------------------------------------------------------------------------


def get_round(round_id: Any) -> InspectionRound:
    found = InspectionRound.get_or_none(InspectionRound.id == as_id(round_id))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "That inspection no longer exists."))
    return found


def round_by_number(number: str) -> InspectionRound:
    found = InspectionRound.get_or_none(InspectionRound.number == str(number).strip())
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no sign inspection {number}."),
                       number=str(number).strip()[:30])
    return found


def get_correction(correction_id: Any) -> Correction:
    found = Correction.get_or_none(Correction.id == as_id(correction_id))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "That correction no longer exists."))
    return found


def round_lines(round_id: int) -> list[InspectionLine]:
    """The round's lines in sheet order, with their signs."""
    return list(InspectionLine.select(InspectionLine, Sign).join(Sign)
                .where(InspectionLine.round == round_id).order_by(InspectionLine.no))


# --- starting ---------------------------------------------------------------------------


def on_the_wall(day: dt.date):
    """SQL: the sign was up on ``day`` (set up by then, not removed by then). Today that is
    a sign in use or 待整改; a day in the past (the demo's) counts a sign removed since."""
    set_up = fn.COALESCE(Sign.set_up_on, fn.DATE(Sign.created_at))
    return ((set_up <= day) & (Sign.removed_on.is_null() | (Sign.removed_on > day))
            & (Sign.state.in_(ACTIVE) | Sign.removed_on.is_null(False)))


def _next_round_number(quarter: str) -> str:
    prefix = f"{ib.ROUND_PREFIX}-{quarter.replace('-', '')}-"
    last = (InspectionRound.select(InspectionRound.number)
            .where(InspectionRound.number.startswith(prefix))
            .order_by(InspectionRound.number.desc()).first())
    seq = int(last.number.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{seq:02d}"


def start_round(by: User, *, department: Any = None, kind: str = QUARTERLY,
                inspector: str = "") -> InspectionRound:
    """A round over ``department`` (a Department, its id, or None: the whole building)."""
    ROUND_STEPS.require(by, START)
    if kind not in (QUARTERLY, SPOT):
        raise ValueError(f"unknown round kind {kind!r}")
    inspector = clean_text(inspector, InspectionRound.inspector, required=QT_TRANSLATE_NOOP(
        "DomainError", "Name who inspects (检查人)."))
    dep = None
    if department not in (None, ""):
        dep = Department.get_or_none(Department.id == as_id(
            department.id if isinstance(department, Department) else department))
        if dep is None:
            raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "There is no such department."),
                                  field="department")
    if kind == SPOT and dep is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "A department head inspects the signs of one department; choose it."),
            field="department")
    with database.atomic("IMMEDIATE"):
        signs = Sign.select(Sign.id).where(on_the_wall(clock.today()))
        if dep is not None:
            signs = signs.where(Sign.department == dep)
        ids = [s.id for s in signs.order_by(Sign.building, Sign.floor, Sign.room, Sign.number)]
        if not ids:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "No sign in use to inspect there."), field="department")
        now = clock.now()
        quarter = quarter_of(now.date())
        rnd = InspectionRound.create(
            number=_next_round_number(quarter), kind=kind, quarter=quarter, department=dep,
            inspector=inspector, status=OPEN, started_at=now, started_by=by)
        InspectionLine.insert_many([{"round": rnd.id, "sign": sign_id, "no": n}
                                    for n, sign_id in enumerate(ids, start=1)]).execute()
        ib.record(by, "sign_round.start", "sign_round", rnd.id, rnd.number,
                  {"kind": kind, "department": dep.name if dep else "", "lines": len(ids),
                   "inspector": inspector})
        return rnd


# --- results ----------------------------------------------------------------------------


def enter_results(round_id: int, changes: Mapping[int, Mapping[str, Any]],
                  by: User) -> InspectionRound:
    """Type results in: ``{line id: {"result": code or "", "remark": text}}``."""
    ROUND_STEPS.require(by, RESULTS_STEP)
    with database.atomic("IMMEDIATE"):
        rnd = get_round(round_id)
        ROUND_STEPS.require_state(RESULTS_STEP, rnd)
        wanted = [as_id(i) for i in changes]
        lines = {line.id: line for line in InspectionLine.select(InspectionLine, Sign).join(Sign)
                 .where(InspectionLine.round == rnd,
                        InspectionLine.id.in_([i for i in wanted if i is not None]))}
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for line_id, values in changes.items():
            line = lines.get(as_id(line_id))
            if line is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "DomainError", "A line is not on inspection {number}; open it again."),
                    number=rnd.number)
            unknown = set(values) - {"result", "remark"}
            if unknown:
                raise ValueError(f"unknown inspection line fields {sorted(unknown)}")
            result = values.get("result", line.result) or ""
            if result not in ("", *RESULTS):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Line {line}: {result} is not a result."),
                    field="lines", line=line.no, result=str(result)[:20])
            remark = (clean_text(values["remark"], InspectionLine.remark, name="lines")
                      if "remark" in values else line.remark)
            if (result, remark) != (line.result, line.remark):
                key = line.sign.number
                before[key], after[key] = [line.result, line.remark], [result, remark]
                line.result, line.remark = result, remark
                line.save()
        if after:
            ib.record(by, "sign_round.results", "sign_round", rnd.id, rnd.number,
                      {k: [before[k], after[k]] for k in after})
        return rnd


def round_progress(rnd: InspectionRound) -> tuple[int, int]:
    """(lines with a result, lines)."""
    lines = InspectionLine.select().where(InspectionLine.round == rnd)
    return lines.where(InspectionLine.result != "").count(), lines.count()


def _problem_text(line: InspectionLine) -> str:
    text = RESULT_LABELS.zh(line.result)
    return f"{text}：{line.remark}" if line.remark else text


def close_round(round_id: int, by: User, inspected_on: dt.date | None = None) -> InspectionRound:
    """Write each sign's last inspection; failed signs → 待整改 with a correction."""
    ROUND_STEPS.require(by, CLOSE)
    with database.atomic("IMMEDIATE"):
        rnd = get_round(round_id)
        ROUND_STEPS.require_state(CLOSE, rnd)
        day = clock.today() if inspected_on is None else clean_date(inspected_on, "inspected_on")
        if day < rnd.started_at.date() or day > clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The inspection day must be between its start ({start}) and "
                "today."), field="inspected_on", start=f"{rnd.started_at:%Y-%m-%d}")
        lines = round_lines(rnd.id)
        blank = [line for line in lines if not line.result]
        if blank:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{n} sign(s) have no result yet, the first {sign}."),
                field="lines", n=len(blank), sign=f"{blank[0].sign.number} {blank[0].sign.text}")
        due = day + dt.timedelta(days=correction_days())
        failed = 0
        for line in lines:
            sign = line.sign
            if sign.state == REMOVED:  # replaced while the round was out
                continue
            open_corrections = list(Correction.select().where(
                Correction.sign == sign, Correction.done_on.is_null()))
            sign.last_inspected_on, sign.last_result = day, line.result
            if line.result in FAILED:
                failed += 1
                sign.state = TO_FIX
                Correction.create(line=line, sign=sign, problem=_problem_text(line)[:120],
                                  due_on=due, created_at=clock.now())
            else:
                sign.state = IN_USE  # found and fine: earlier corrections are resolved
                for old in open_corrections:
                    old.done_on = day
                    if not old.action:
                        old.action = "复查合格"
                    old.save()
            sign.save()
        rnd.status, rnd.inspected_on = ib.CLOSED, day
        rnd.closed_at, rnd.closed_by = clock.now(), by
        rnd.save()
        ib.record(by, "sign_round.close", "sign_round", rnd.id, rnd.number,
                  {"status": [OPEN, ib.CLOSED], "inspected_on": day, "lines": len(lines),
                   "failed": failed})
        return rnd


# --- corrections ------------------------------------------------------------------------


def update_correction(correction_id: int, values: Mapping[str, Any], by: User) -> Correction:
    """纠正 / 预防措施 and the deadline."""
    CORRECTION_STEPS.require(by, EDIT)
    with database.atomic("IMMEDIATE"):
        corr = get_correction(correction_id)
        CORRECTION_STEPS.require_state(EDIT, corr)
        before = {"action": corr.action, "due_on": corr.due_on}
        after = dict(before)
        if "action" in values:
            after["action"] = clean_text(values["action"], Correction.action)
        if "due_on" in values:
            after["due_on"] = clean_date(values["due_on"], "due_on")
            if after["due_on"] < corr.line.round.inspected_on:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "The deadline cannot be before the inspection."),
                    field="due_on")
        if after != before:
            corr.action, corr.due_on = after["action"], after["due_on"]
            corr.save()
            ib.record(by, "sign_correction.update", "sign_correction", corr.id, corr.number,
                      {k: [before[k], after[k]] for k in after if before[k] != after[k]})
        return corr


def finish_correction(correction_id: int, by: User, done_on: dt.date | None = None,
                      action: str | None = None) -> Correction:
    """完成: the sign back 在用 (and off the not-found list)."""
    CORRECTION_STEPS.require(by, DONE)
    with database.atomic("IMMEDIATE"):
        corr = get_correction(correction_id)
        CORRECTION_STEPS.require_state(DONE, corr)
        day = clock.today() if done_on is None else clean_date(done_on, "done_on")
        if action is not None:
            corr.action = clean_text(action, Correction.action)
        if not corr.action:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "Say what was done (纠正 / 预防措施) first."), field="action")
        if day < corr.line.round.inspected_on or day > clock.today():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "The done date must be between the inspection and today."),
                field="done_on")
        corr.done_on = day
        corr.save()
        sign = Sign.get_by_id(corr.sign_id)
        if sign.state == TO_FIX and not Correction.select().where(
                Correction.sign == sign, Correction.done_on.is_null()).exists():
            sign.state = IN_USE
            sign.save()
        ib.record(by, "sign_correction.done", "sign_correction", corr.id, corr.number,
                  {"done_on": [None, day], "action": corr.action})
        return corr


def _request_replacement():
    from . import requests as requests_part  # the other part, by the contract's name

    return getattr(requests_part, "request_replacement", None)


def replacement_available() -> bool:
    return _request_replacement() is not None


def replace_from_correction(correction_id: int, by: User) -> Any:
    """One key: a draft replacement request for the failed sign (signage.requests)."""
    CORRECTION_STEPS.require(by, REPLACE)
    corr = get_correction(correction_id)
    CORRECTION_STEPS.require_state(REPLACE, corr)
    make = _request_replacement()
    if make is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DomainError", "Replacement requests are not available in this version."))
    with database.atomic("IMMEDIATE"):
        request = make(corr.sign_id, by=by, reason=f"检查{corr.problem}",
                       needed_by=max(corr.due_on, clock.today()))  # late: as soon as may be
        corr.request_id = request.id
        if not corr.action:
            corr.action = "更换标识"
        corr.save()
        ib.record(by, "sign_correction.replace", "sign_correction", corr.id, corr.number,
                  {"request": request.id})
        return request


def check() -> list[str]:
    """This part's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    bad = (Correction.select(Correction, Sign).join(Sign)
           .where(Correction.done_on.is_null(), Sign.state == IN_USE))
    for corr in bad.limit(5):
        problems.append(f"sign {corr.sign.number} is in use with an open correction")
    return problems
