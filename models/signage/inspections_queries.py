"""The inspections part's lists (models.listing), lateness and the quarter's record.

Lateness, against the operations' clock:
- a quarter is fully inspected when every sign on the walls through the whole quarter
  (set up before it began, not removed before it ended) has a line in a closed round
  of that quarter; a finished quarter that is not is late;
- a correction still open past its deadline is late (unless its sign was removed:
  a replacement retired it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case, ColumnBase, fn

from .. import clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from ..people import Department
from .base import REMOVED, STATE_LABELS, TO_FIX, Sign, SignKind
from .inspections_base import (
    CLOSED,
    CORRECTION_STATUS_LABELS,
    MISSING,
    RESULT_LABELS,
    ROUND_KIND_LABELS,
    ROUND_STATUS_LABELS,
    Correction,
    InspectionLine,
    InspectionRound,
    previous_quarter,
    quarter_bounds,
    quarter_of,
)

__all__ = [
    "CORRECTION_LIST", "Coverage", "NOT_FOUND_LIST", "QuarterRow", "ROUND_LIST", "counters",
    "coverage", "late_corrections", "late_quarters", "not_found", "quarter_rows",
]


class _Today(ColumnBase):
    """The clock's day as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.today():%Y-%m-%d}", converter=False)


def _late_clause():
    return (Correction.done_on.is_null() & (Correction.due_on < _Today())
            & (Sign.state != REMOVED))


def _dep_name(raw, translate=None) -> str:
    return raw or (translate("Lists", "Whole building") if translate else "Whole building")


QT_TRANSLATE_NOOP("Lists", "Whole building")

R = InspectionRound
ROUND_LIST = ListSpec(
    name="sign_rounds",
    title=QT_TRANSLATE_NOOP("Lists", "Sign inspections"),
    model=InspectionRound,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), R.number, width=130),
        Column("quarter", QT_TRANSLATE_NOOP("Lists", "Quarter"), R.quarter, width=70),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), R.kind, width=130, kind="status",
               labels=ROUND_KIND_LABELS),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), Department.name,
               width=110, display=_dep_name),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), R.status, width=80,
               kind="status", labels=ROUND_STATUS_LABELS),
        Column("inspector", QT_TRANSLATE_NOOP("Lists", "Inspector"), R.inspector, width=90),
        Column("started_at", QT_TRANSLATE_NOOP("Lists", "Started"), R.started_at, width=120,
               kind="datetime"),
        Column("inspected_on", QT_TRANSLATE_NOOP("Lists", "Inspected"), R.inspected_on,
               width=90, kind="date"),
    ],
    search=(R.number, R.inspector, Department.name),
    date_field=R.started_at,
    status_field=R.status,
    statuses=ROUND_STATUS_LABELS,
    base_query=lambda: InspectionRound.select().join(
        Department, JOIN.LEFT_OUTER, on=(InspectionRound.department == Department.id)),
)


def _late_only(query, value):
    return query.where(_late_clause()) if value else query


def _open_only(query, value):
    return query.where(Correction.done_on.is_null()) if value else query


def _place_expr(table=Sign):
    return fn.TRIM(table.building.concat(" ").concat(table.floor).concat(" ").concat(table.room))


C = Correction
CORRECTION_LIST = ListSpec(
    name="sign_corrections",
    title=QT_TRANSLATE_NOOP("Lists", "Sign corrections"),
    model=Correction,
    columns=[
        Column("sign", QT_TRANSLATE_NOOP("Lists", "Sign"), Sign.number, width=90),
        Column("text", QT_TRANSLATE_NOOP("Lists", "Text"), Sign.text, width=150),
        Column("place", QT_TRANSLATE_NOOP("Lists", "Place"), _place_expr(), width=120),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), Department.name,
               width=90),
        Column("problem", QT_TRANSLATE_NOOP("Lists", "Problem"), C.problem, width=130),
        Column("action", QT_TRANSLATE_NOOP("Lists", "Correction"), C.action, width=150),
        Column("due_on", QT_TRANSLATE_NOOP("Lists", "Due"), C.due_on, width=85, kind="date"),
        Column("done_on", QT_TRANSLATE_NOOP("Lists", "Done"), C.done_on, width=85, kind="date"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"),
               Case(None, [(C.done_on.is_null(), "open")], "done"), width=70,
               kind="status", labels=CORRECTION_STATUS_LABELS, sortable=False),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Late"),
               Case(None, [(_late_clause(), 1)], 0), width=40, sortable=False,
               display=lambda raw, tr=None: ("!" if raw else "")),
        Column("request", QT_TRANSLATE_NOOP("Lists", "Request"), C.request_id, width=60,
               kind="number", visible=False),
    ],
    search=(Sign.number, Sign.text, C.problem, C.action, Department.name),
    date_field=C.due_on,
    default_sort=("due_on", True),
    base_query=lambda: Correction.select().join(Sign, on=(Correction.sign == Sign.id))
    .join(Department, on=(Sign.department == Department.id)),
    extra_filters={"late": _late_only, "open": _open_only},
    cache_sql=False,
)

S = Sign
NOT_FOUND_LIST = ListSpec(
    name="signs_not_found",
    title=QT_TRANSLATE_NOOP("Lists", "Signs not found"),
    model=Sign,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Sign"), S.number, width=90),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), SignKind.name, width=90),
        Column("text", QT_TRANSLATE_NOOP("Lists", "Text"), S.text, width=170),
        Column("place", QT_TRANSLATE_NOOP("Lists", "Place"), _place_expr(), width=130),
        Column("department", QT_TRANSLATE_NOOP("Lists", "Department"), Department.name,
               width=100),
        Column("last_inspected_on", QT_TRANSLATE_NOOP("Lists", "Inspected"),
               S.last_inspected_on, width=90, kind="date"),
        Column("state", QT_TRANSLATE_NOOP("Lists", "State"), S.state, width=80, kind="status",
               labels=STATE_LABELS),
    ],
    search=(S.number, S.text, S.room, Department.name),
    default_sort=("last_inspected_on", True),
    base_query=lambda: Sign.select().join(SignKind, on=(Sign.kind == SignKind.id)).switch(Sign)
    .join(Department, on=(Sign.department == Department.id))
    .where(Sign.last_result == MISSING, Sign.state == TO_FIX),
)


def not_found() -> list[Sign]:
    """缺失: not found at its last inspection, neither found again nor corrected since."""
    return list(NOT_FOUND_LIST.base_query().order_by(Sign.number))


def late_corrections() -> int:
    return (Correction.select().join(Sign, on=(Correction.sign == Sign.id))
            .where(_late_clause()).count())


@dataclass
class Coverage:
    """How far a quarter's inspection got: the signs to inspect and those not inspected."""

    quarter: str
    signs: int
    inspected: int
    finished: bool  # the quarter has ended

    @property
    def full(self) -> bool:
        return self.inspected >= self.signs

    @property
    def late(self) -> bool:
        return self.finished and not self.full


def _due_signs(first: dt.date, last: dt.date):
    set_up = fn.COALESCE(Sign.set_up_on, fn.DATE(Sign.created_at))
    return Sign.select(Sign.id).where(
        set_up < first, (Sign.removed_on.is_null()) | (Sign.removed_on > last))


def coverage(quarter: str) -> Coverage:
    first, last = quarter_bounds(quarter)
    due = _due_signs(first, last)
    inspected = (InspectionLine.select(fn.COUNT(fn.DISTINCT(InspectionLine.sign)))
                 .join(InspectionRound)
                 .where(InspectionRound.quarter == quarter, InspectionRound.status == CLOSED,
                        InspectionLine.result != "", InspectionLine.sign.in_(due)).scalar())
    return Coverage(quarter, due.count(), inspected or 0, last < clock.today())


def late_quarters(count: int = 8) -> list[str]:
    """The finished quarters among the last ``count`` not inspected in full, newest first."""
    out, quarter = [], previous_quarter(quarter_of(clock.today()))
    for _ in range(count):
        if coverage(quarter).late:
            out.append(quarter)
        quarter = previous_quarter(quarter)
    return out


def counters() -> dict:
    """The sub-view's counters: this quarter, the last one, late corrections, not found."""
    this = quarter_of(clock.today())
    return {"this": coverage(this), "last": coverage(previous_quarter(this)),
            "late_corrections": late_corrections(), "not_found": len(not_found()),
            "late_quarters": late_quarters(),
            "open_corrections": Correction.select().join(Sign).where(
                Correction.done_on.is_null(), Sign.state != REMOVED).count()}


@dataclass
class QuarterRow:
    """One line of 季度检查记录."""

    no: int
    place: str
    sign: str
    result: str
    problem: str
    action: str
    due: dt.date | None
    done: dt.date | None
    inspector: str
    late: bool


def quarter_rows(quarter: str) -> list[QuarterRow]:
    """Every closed round's lines of the quarter: passed ones in one line each, with the
    failed ones' correction."""
    lines = (InspectionLine.select(InspectionLine, InspectionRound, Sign)
             .join(InspectionRound).switch(InspectionLine).join(Sign)
             .where(InspectionRound.quarter == quarter, InspectionRound.status == CLOSED)
             .order_by(InspectionRound.inspected_on, InspectionRound.id, InspectionLine.no))
    lines = list(lines)
    corrections = {c.line_id: c for c in Correction.select().where(
        Correction.line.in_([line.id for line in lines]))} if lines else {}
    today = clock.today()
    out = []
    for n, line in enumerate(lines, start=1):
        sign, corr = line.sign, corrections.get(line.id)
        place = " ".join(p for p in (sign.building, sign.floor, sign.room) if p)
        out.append(QuarterRow(
            n, place, f"{sign.number} {sign.text}", RESULT_LABELS.zh(line.result),
            line.remark, corr.action if corr else "", corr.due_on if corr else None,
            corr.done_on if corr else None, line.round.inspector,
            bool(corr and corr.late(today) and sign.state != REMOVED)))
    return out
