"""The month's figures, computed from the area's tables alone (no call into another part).

Read the same way the paper prints it, so a clerk can check it by hand:

1. the evaluations that count: CONFIRMED, ``done_on`` in the period, of the vendor;
2. 日常考评 average = mean of the DAILY sheets' scores, one place (half up);
   系统考评 average = mean of the SYSTEMATIC and MONTHLY (月检) sheets' scores, one place;
   the month's score = (daily average + systematic average) / 2, one place; a side
   with no sheet: the score is the other side's average (the note says so); no sheet
   at all: nothing to settle (refused). Weekly checks count failures, not the score;
3. the fee band: the contract's FeeBand row with the highest ``from_score`` at or under
   the score (none at or under: the lowest band); no bands: DEFAULT_BANDS;
   reduction = fee × band % (to the fen, half up);
4. deductions, one line each: failed daily checks when there are 4 or more (every one
   of them, from the first), failed weekly checks when there are 2 or more (every
   one); each late defect (``late``) whose ``due_at`` falls in the period; each
   scheduled pest treatment missed (a 病媒生物防治 vendor: fewer than two SCHEDULED
   treatments ``done`` in the period); a clause in % is a share of the monthly fee;
5. payable = fee − reduction − deductions, never below 0.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .base import (
    CONFIRMED,
    DAILY,
    DEFAULT_BANDS,
    PER_FAILED_CHECK,
    PER_LATE_DEFECT,
    PER_MISSED_TREATMENT,
    PEST,
    SCHEDULED,
    SYSTEMATIC_KINDS,
    WEEKLY,
    Contract,
    Defect,
    Evaluation,
    FeeBand,
    PestTreatment,
    Vendor,
)
from .month_base import BAND, DAILY_LIMIT, TREATMENTS_A_MONTH, WEEKLY_LIMIT, period_of

ONE_PLACE, FEN = Decimal("0.1"), Decimal("0.01")
DONE = "done"  # PestTreatment.status of a treatment carried out


def one_place(value: Decimal) -> Decimal:
    return value.quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


def to_fen(value: Decimal) -> Decimal:
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


@dataclass
class Line:
    clause: str
    reason: str
    amount: Decimal


@dataclass
class Figures:
    """What a settlement holds, before it is written."""

    vendor: Vendor
    contract: Contract
    month: str
    starts_on: dt.date
    ends_on: dt.date
    daily_count: int = 0
    systematic_count: int = 0
    daily_average: Decimal = Decimal("0")
    systematic_average: Decimal = Decimal("0")
    score: Decimal = Decimal("0")
    failed_daily: int = 0
    failed_weekly: int = 0
    monthly_fee: Decimal = Decimal("0")
    band_from: Decimal = Decimal("0")
    band_pct: Decimal = Decimal("0")
    band_reduction: Decimal = Decimal("0")
    warning: bool = False
    alert: bool = False
    note: str = ""
    lines: list[Line] = field(default_factory=list)  # the band's first, then the deductions

    @property
    def deductions(self) -> Decimal:
        return sum((line.amount for line in self.lines if line.clause != BAND), Decimal("0"))

    @property
    def payable(self) -> Decimal:
        return max(Decimal("0"), self.monthly_fee - self.band_reduction - self.deductions)


def contract_for(vendor: Vendor, first: dt.date, last: dt.date) -> Contract:
    """The contract in force at the period's end (else the latest one overlapping it)."""
    overlapping = list(Contract.select().where(
        (Contract.vendor == vendor) & (Contract.starts_on <= last) & (Contract.ends_on >= first))
        .order_by(Contract.starts_on.desc(), Contract.id.desc()))
    for contract in overlapping:
        if contract.starts_on <= last <= contract.ends_on:
            return contract
    if overlapping:
        return overlapping[0]
    raise ValidationError(QT_TRANSLATE_NOOP(
        "DomainError", "{vendor} has no contract in force from {first} to {last}."),
        field="vendor", vendor=vendor.name, first=first.isoformat(), last=last.isoformat())


def clause_amount(contract: Contract, clause: str) -> Decimal:
    """One event's deduction: the clause's yuan, or its % of the monthly fee."""
    value = Decimal(getattr(contract, clause))
    if getattr(contract, f"{clause}_pct"):
        return to_fen(Decimal(contract.monthly_fee) * value / 100)
    return to_fen(value)


def bands_of(contract: Contract) -> list[tuple[Decimal, Decimal, bool]]:
    """(from score, reduction %, warning), highest first."""
    rows = [(Decimal(b.from_score), Decimal(b.reduction_pct), bool(b.warning))
            for b in FeeBand.select().where(FeeBand.contract == contract)]
    rows = rows or [(Decimal(s), Decimal(p), w) for s, p, w in DEFAULT_BANDS]
    return sorted(rows, key=lambda band: band[0], reverse=True)


def month_band(contract: Contract, score: Decimal) -> tuple[Decimal, Decimal, bool]:
    """(from score, reduction %, warning) of the band ``score`` falls in, read here from the
    tables (setup's ``band_for`` gives the same row; ``vendors.band_for`` is setup's)."""
    bands = bands_of(contract)
    for band in bands:
        if score >= band[0]:
            return band
    return bands[-1]


def _mean(scores: list[Decimal]) -> Decimal:
    return one_place(sum(scores, Decimal("0")) / len(scores)) if scores else Decimal("0")


def _pct(contract: Contract, clause: str) -> str:
    value = Decimal(getattr(contract, clause))
    return f"{value.normalize():f}%月费" if getattr(contract, f"{clause}_pct") else f"{value:.2f}元"


def compute(vendor: Vendor, month: str, kind: str | None = None) -> Figures:
    """The month of ``vendor`` as the tables have it now (ValidationError: nothing to settle)."""
    first, last = period_of(month, kind)
    contract = contract_for(vendor, first, last)
    out = Figures(vendor, contract, month, first, last, monthly_fee=Decimal(contract.monthly_fee))
    sheets = list(Evaluation.select(Evaluation.id, Evaluation.number, Evaluation.kind,
                                    Evaluation.done_on, Evaluation.score, Evaluation.failed)
                  .where((Evaluation.vendor == vendor) & (Evaluation.status == CONFIRMED)
                         & (Evaluation.done_on >= first) & (Evaluation.done_on <= last))
                  .order_by(Evaluation.done_on, Evaluation.id))
    daily = [Decimal(e.score) for e in sheets if e.kind == DAILY]
    systematic = [Decimal(e.score) for e in sheets if e.kind in SYSTEMATIC_KINDS]
    if not daily and not systematic:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{vendor} has no confirmed daily or systematic evaluation from "
            "{first} to {last}; there is nothing to score."),
            field="month", vendor=vendor.name, first=first.isoformat(), last=last.isoformat())
    out.daily_count, out.systematic_count = len(daily), len(systematic)
    out.daily_average, out.systematic_average = _mean(daily), _mean(systematic)
    if daily and systematic:
        out.score = one_place((out.daily_average + out.systematic_average) / 2)
    elif daily:
        out.score, out.note = out.daily_average, "本月无系统考评，月度得分取日常考评平均分"
    else:
        out.score, out.note = out.systematic_average, "本月无日常考评，月度得分取系统考评平均分"

    out.band_from, out.band_pct, out.warning = month_band(contract, out.score)
    out.band_reduction = to_fen(out.monthly_fee * out.band_pct / 100)
    warning = "，书面警告" if out.warning else ""
    out.lines.append(Line(BAND, f"月度得分{out.score}分，≥{out.band_from}分档，扣减月费"
                                f"{out.band_pct.normalize():f}%{warning}", out.band_reduction))

    failed_daily = [e for e in sheets if e.kind == DAILY and e.failed]
    failed_weekly = [e for e in sheets if e.kind == WEEKLY and e.failed]
    out.failed_daily, out.failed_weekly = len(failed_daily), len(failed_weekly)
    out.alert = out.failed_daily >= DAILY_LIMIT or out.failed_weekly >= WEEKLY_LIMIT
    per_check = clause_amount(contract, PER_FAILED_CHECK)
    for found, limit, word in ((failed_daily, DAILY_LIMIT, "日检"),
                               (failed_weekly, WEEKLY_LIMIT, "周检")):
        if len(found) >= limit:
            for n, e in enumerate(found, start=1):
                out.lines.append(Line(PER_FAILED_CHECK, f"{word}不合格 {e.number}（{e.done_on}，"
                                      f"第{n}/{len(found)}次，每次{_pct(contract, PER_FAILED_CHECK)}）",
                                      per_check))

    per_defect = clause_amount(contract, PER_LATE_DEFECT)
    late = (Defect.select(Defect.number, Defect.due_at, Defect.text)
            .where((Defect.vendor == vendor) & Defect.late
                   & (Defect.due_at >= dt.datetime.combine(first, dt.time.min))
                   & (Defect.due_at < dt.datetime.combine(last + dt.timedelta(days=1),
                                                          dt.time.min)))
            .order_by(Defect.due_at, Defect.id))
    for d in late:
        out.lines.append(Line(PER_LATE_DEFECT, f"整改 {d.number} 逾期（限{d.due_at:%Y-%m-%d %H:%M}，"
                              f"{d.text[:30]}）", per_defect))

    if vendor.kind.name == PEST:
        done = (PestTreatment.select()
                .where((PestTreatment.vendor == vendor) & (PestTreatment.kind == SCHEDULED)
                       & (PestTreatment.status == DONE)
                       & (PestTreatment.done_at >= dt.datetime.combine(first, dt.time.min))
                       & (PestTreatment.done_at < dt.datetime.combine(
                           last + dt.timedelta(days=1), dt.time.min))).count())
        per_treatment = clause_amount(contract, PER_MISSED_TREATMENT)
        for n in range(done + 1, TREATMENTS_A_MONTH + 1):
            out.lines.append(Line(PER_MISSED_TREATMENT, f"{first}至{last}定期消杀完成{done}次，"
                                  f"缺第{n}次", per_treatment))
    return out
