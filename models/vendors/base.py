"""外判考评 (outsourced-vendor scoring): the permissions, the words and every table of the area.

The tables are here, together, so that each part (setup, evaluations, defects, pest
control, the month) is written against the same rows; the operations on them are in
each part's own modules. A vendor (清洁 / 绿化 / 病媒生物防治 / 垃圾清运 / 特殊设备) works
under a contract (monthly fee, deduction clauses, fee bands by the month's score) to
the standard of a criteria template (items with points adding to 100, grouped by
area). Every evaluation keeps its own copy of the template's items, so editing a
template never changes an evaluation made with it. See docs/domain.md, "Vendors".
"""

from __future__ import annotations

from decimal import Decimal

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
)

from .. import clock, people
from ..db import BaseModel
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

__all__ = [
    "CANCELLED",
    "CLEANING",
    "CONFIRMED",
    "Contract",
    "CriteriaItem",
    "CriteriaTemplate",
    "DAILY",
    "DEFAULT_BANDS",
    "DEFAULT_KINDS",
    "DEFECT_STATUS",
    "DRAFT",
    "Defect",
    "DensityReport",
    "EVALUATE",
    "EVALUATION_KINDS",
    "EVALUATION_STATUS",
    "Evaluation",
    "EvaluationItem",
    "FAILED_AGAIN",
    "FIXED",
    "FOLLOW_SERIOUS",
    "FeeBand",
    "GARBAGE",
    "GREENING",
    "MINOR",
    "MONTHLY",
    "OBJECTED",
    "ON_REQUEST",
    "OPEN",
    "PER_FAILED_CHECK",
    "PER_LATE_DEFECT",
    "PER_MISSED_TREATMENT",
    "PEST",
    "PestTreatment",
    "REPLIED",
    "RULE",
    "SCHEDULED",
    "SET_UP",
    "SUBMITTED",
    "SYSTEMATIC",
    "SYSTEMATIC_KINDS",
    "Settlement",
    "SettlementLine",
    "TICKET",
    "Vendor",
    "VendorKind",
    "WEEKLY",
    "kinds",
    "money_field",
    "points_field",
    "seed_kinds",
]

# --- permissions ------------------------------------------------------------------
# The patrolling officer (管理员, a staff post) is a clerk or the manager at the desk;
# the manager keeps vendors, contracts and templates, rules on objections, cancels and
# approves the month; the property director follows serious failures.

SET_UP = "vendors.set_up"  # vendors, contracts, fee bands, templates
EVALUATE = "vendors.evaluate"  # daily rounds, weekly and systematic checks, defects
RULE = "vendors.rule"  # objections upheld or amended, cancel with a reason, the month
FOLLOW_SERIOUS = "vendors.follow_serious"  # 严重不合格 in the director's queue

people.grant(SET_UP, QT_TRANSLATE_NOOP("Permission", "keep vendors, contracts and criteria"),
             people.MANAGER)
people.grant(EVALUATE, QT_TRANSLATE_NOOP("Permission", "evaluate vendors and record defects"),
             people.CLERK, people.DUTY, people.MANAGER)
people.grant(RULE, QT_TRANSLATE_NOOP("Permission", "rule on vendors' objections and settle the month"),
             people.MANAGER)
people.grant(FOLLOW_SERIOUS, QT_TRANSLATE_NOOP("Permission", "follow vendors' serious failures"),
             people.DIRECTOR, people.MANAGER)

# --- words ------------------------------------------------------------------------

DEFAULT_KINDS = ("清洁", "绿化", "病媒生物防治", "垃圾清运", "特殊设备")
CLEANING, GREENING, PEST, GARBAGE = "清洁", "绿化", "病媒生物防治", "垃圾清运"

DAILY, WEEKLY, SYSTEMATIC, MONTHLY = "daily", "weekly", "systematic", "monthly"
EVALUATION_KINDS = Vocabulary("Vendors", [
    Term(DAILY, QT_TRANSLATE_NOOP("Vendors", "Daily round"), "日常考评"),
    Term(WEEKLY, QT_TRANSLATE_NOOP("Vendors", "Weekly check"), "周检"),
    Term(SYSTEMATIC, QT_TRANSLATE_NOOP("Vendors", "Systematic evaluation"), "系统考评"),
    Term(MONTHLY, QT_TRANSLATE_NOOP("Vendors", "Month-end full check"), "月检"),
])
# 月检 (cleaning's month-end full check) counts as the second systematic evaluation.
SYSTEMATIC_KINDS = (SYSTEMATIC, MONTHLY)

DRAFT, SUBMITTED, CONFIRMED, OBJECTED, CANCELLED = (
    "draft", "submitted", "confirmed", "objected", "cancelled")
EVALUATION_STATUS = Vocabulary("Vendors", [
    Term(DRAFT, QT_TRANSLATE_NOOP("Vendors", "Draft"), "草稿"),
    Term(SUBMITTED, QT_TRANSLATE_NOOP("Vendors", "To be confirmed by the vendor"), "待确认"),
    Term(CONFIRMED, QT_TRANSLATE_NOOP("Vendors", "Confirmed"), "已确认"),
    Term(OBJECTED, QT_TRANSLATE_NOOP("Vendors", "Objection to rule on"), "有异议"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Vendors", "Cancelled"), "已取消"),
])

MINOR, TICKET = "minor", "ticket"  # fixed within 1 hour of notice / a work ticket (报事单)
OPEN, REPLIED, FIXED, FAILED_AGAIN = "open", "replied", "fixed", "failed_again"
DEFECT_STATUS = Vocabulary("Vendors", [
    Term(OPEN, QT_TRANSLATE_NOOP("Vendors", "To be fixed"), "待整改"),
    Term(REPLIED, QT_TRANSLATE_NOOP("Vendors", "Vendor replied, to re-inspect"), "待复查"),
    Term(FIXED, QT_TRANSLATE_NOOP("Vendors", "Fixed"), "已整改"),
    Term(FAILED_AGAIN, QT_TRANSLATE_NOOP("Vendors", "Failed re-inspection"), "复查不合格"),
])

SCHEDULED, ON_REQUEST = "scheduled", "on_request"  # pest control: twice a month / asked for

PER_FAILED_CHECK, PER_LATE_DEFECT, PER_MISSED_TREATMENT = (
    "per_failed_check", "per_late_defect", "per_missed_treatment")
# The seeds are silent on the bands: a per-contract table, this by default (issue 14).
DEFAULT_BANDS = ((90, Decimal("0"), False), (80, Decimal("3"), False),
                 (70, Decimal("8"), False), (0, Decimal("15"), True))


def money_field() -> DecimalField:
    """Yuan, two places, rounded half up."""
    return DecimalField(max_digits=14, decimal_places=2, auto_round=True, default=Decimal("0"))


def points_field() -> DecimalField:
    """A score or points off, one place (100.0)."""
    return DecimalField(max_digits=6, decimal_places=1, auto_round=True, default=Decimal("0"))


# --- vendors, contracts, criteria ----------------------------------------------------


class VendorKind(BaseModel):
    """外判类别: an editable list (models.named_lists), seeded with DEFAULT_KINDS."""

    name = CharField(unique=True, max_length=40)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "vendor_kind"


class Vendor(BaseModel):
    """外判单位: the company, its kind, its contact and its lead on site who signs (no login)."""

    name = CharField(unique=True, max_length=100)
    kind = ForeignKeyField(VendorKind, backref="+", on_delete="RESTRICT")
    contact = CharField(default="", max_length=50)
    phone = CharField(default="", max_length=40)
    lead = CharField(default="", max_length=50)  # 现场负责人: signs the evaluations
    active = BooleanField(default=True)
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "vendor"


class CriteriaTemplate(BaseModel):
    """考评标准: a service's items (points adding to 100), by area; versions are new rows."""

    name = CharField(max_length=100)
    kind = ForeignKeyField(VendorKind, backref="+", on_delete="RESTRICT")
    evaluation_kind = CharField(default=DAILY)  # the sheet it is for (EVALUATION_KINDS)
    version = IntegerField(default=1)
    # the version this one replaced (editing makes a new row; the old stays for its sheets)
    replaces = ForeignKeyField("self", null=True, backref="+", on_delete="RESTRICT")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "criteria_template"


class CriteriaItem(BaseModel):
    """One line of a template: its area (楼层, 卫生间, 玻璃…), the standard, its points."""

    template = ForeignKeyField(CriteriaTemplate, backref="items", on_delete="CASCADE")
    seq = IntegerField()
    area = CharField(default="", max_length=40)
    text = CharField(max_length=200)
    points = points_field()
    serious = BooleanField(default=False)  # failing it is 严重不合格

    class Meta:
        table_name = "criteria_item"
        indexes = ((("template", "seq"), True),)


class Contract(BaseModel):
    """外判合同: the period, the monthly fee, the deduction clauses, the template it scores by."""

    number = CharField(unique=True, max_length=40)
    vendor = ForeignKeyField(Vendor, backref="contracts", on_delete="RESTRICT")
    starts_on = DateField()
    ends_on = DateField()
    monthly_fee = money_field()
    template = ForeignKeyField(CriteriaTemplate, null=True, backref="+", on_delete="RESTRICT")
    # 扣款条款: an amount (yuan) or a percentage of the monthly fee, per event
    per_failed_check = money_field()
    per_failed_check_pct = BooleanField(default=False)
    per_late_defect = money_field()
    per_late_defect_pct = BooleanField(default=False)
    per_missed_treatment = money_field()
    per_missed_treatment_pct = BooleanField(default=False)
    serious_below = points_field()  # a sheet scored under this line is 严重不合格 (0: none)
    note = BoundedText(default="", max_length=500)
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "vendor_contract"


class FeeBand(BaseModel):
    """费用档次: a month score at or above ``from_score`` pays the fee less ``reduction_pct``."""

    contract = ForeignKeyField(Contract, backref="bands", on_delete="CASCADE")
    from_score = points_field()
    reduction_pct = DecimalField(max_digits=5, decimal_places=2, auto_round=True,
                                 default=Decimal("0"))
    warning = BooleanField(default=False)  # a written warning to the vendor

    class Meta:
        table_name = "vendor_fee_band"


# --- evaluations ------------------------------------------------------------------------


class Evaluation(BaseModel):
    """考评表: one sheet (a daily round, a weekly, systematic or month-end check) of a vendor."""

    number = CharField(unique=True, max_length=40)
    kind = CharField(index=True)  # EVALUATION_KINDS
    vendor = ForeignKeyField(Vendor, backref="+", on_delete="RESTRICT")
    contract = ForeignKeyField(Contract, null=True, backref="+", on_delete="RESTRICT")
    template = ForeignKeyField(CriteriaTemplate, null=True, backref="+", on_delete="RESTRICT")
    done_on = DateField(index=True)
    done_at = DateTimeField(null=True)
    by_name = CharField(max_length=100)  # 考评人 (several for a month-end check)
    vendor_present = CharField(default="", max_length=50)  # the vendor's lead / foreman there
    status = CharField(default=DRAFT, index=True)
    score = points_field()
    failed = BooleanField(default=False)  # the sheet failed (a failed daily / weekly check)
    serious = BooleanField(default=False)  # 严重不合格: to the property director at once
    problems = BoundedText(default="", max_length=1000)
    fix_by = DateTimeField(null=True)  # rectification deadline
    # the vendor's confirmation: who signed, when, agrees or objects (with the reason)
    signed_by = CharField(default="", max_length=50)
    signed_on = DateField(null=True)
    agrees = BooleanField(null=True)
    objection = BoundedText(default="", max_length=500)
    ruling = BoundedText(default="", max_length=500)  # the manager's: upheld / amended, why
    ruled_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    ruled_at = DateTimeField(null=True)
    cancel_reason = BoundedText(default="", max_length=500)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField(default=clock.now)
    # added by the evaluations part: who submitted, who cancelled (models.documents.cancel)
    submitted_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    submitted_at = DateTimeField(null=True)
    cancelled_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    cancelled_at = DateTimeField(null=True)

    class Meta:
        table_name = "vendor_evaluation"
        indexes = ((("vendor", "done_on"), False), (("vendor", "kind", "done_on"), False))


class EvaluationItem(BaseModel):
    """One item of a sheet: its own copy of the template's line, passed or points off."""

    evaluation = ForeignKeyField(Evaluation, backref="items", on_delete="CASCADE")
    seq = IntegerField()
    area = CharField(default="", max_length=40)
    text = CharField(max_length=200)
    points = points_field()
    serious_item = BooleanField(default=False)
    passed = BooleanField(default=True)
    points_off = points_field()
    problem = CharField(default="", max_length=200)
    ticket = BooleanField(default=False)  # the officer asks for a work ticket (evaluations part)

    class Meta:
        table_name = "vendor_evaluation_item"
        indexes = ((("evaluation", "seq"), True),)


# --- defects and rectification (整改) --------------------------------------------------


class Defect(BaseModel):
    """整改: a fault found (on a sheet or at any time), fixed within 1 hour or by a ticket."""

    number = CharField(unique=True, max_length=40)  # 报事单号 for a ticket
    vendor = ForeignKeyField(Vendor, backref="+", on_delete="RESTRICT")
    evaluation = ForeignKeyField(Evaluation, null=True, backref="defects", on_delete="RESTRICT")
    item = ForeignKeyField(EvaluationItem, null=True, backref="+", on_delete="RESTRICT")
    kind = CharField(default=MINOR)  # MINOR / TICKET
    found_at = DateTimeField(index=True)
    place = CharField(default="", max_length=100)
    text = CharField(max_length=200)
    due_at = DateTimeField(index=True)  # the deadline; kept once missed (the month reads it)
    redo_by = DateTimeField(null=True)  # the new deadline after a failed re-inspection
    status = CharField(default=OPEN, index=True)
    reply = BoundedText(default="", max_length=500)  # the vendor's reply
    replied_at = DateTimeField(null=True)
    reinspected_at = DateTimeField(null=True)
    reinspected_by = CharField(default="", max_length=50)
    fixed_at = DateTimeField(null=True)
    late = BooleanField(default=False)  # not fixed by its deadline: always deducted
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "vendor_defect"
        indexes = ((("vendor", "found_at"), False),)


# --- pest control (§十八) ---------------------------------------------------------------


class PestTreatment(BaseModel):
    """消杀记录: a treatment (twice a month, or asked for with a working day's notice)."""

    number = CharField(unique=True, max_length=40)
    vendor = ForeignKeyField(Vendor, backref="+", on_delete="RESTRICT")
    kind = CharField(default=SCHEDULED)  # SCHEDULED / ON_REQUEST
    requested_at = DateTimeField(null=True)  # ON_REQUEST: when asked, by whom, what for
    requested_by = CharField(default="", max_length=50)
    request_text = CharField(default="", max_length=200)
    planned_on = DateField(null=True)
    done_at = DateTimeField(null=True, index=True)  # after office hours
    areas = CharField(default="", max_length=100)  # 公共场所 / 办公区
    agent = CharField(default="", max_length=100)  # 药剂
    operator = CharField(default="", max_length=50)
    signed_by = CharField(default="", max_length=50)  # the contractor's signature
    redo_of = ForeignKeyField("self", null=True, backref="+", on_delete="RESTRICT")
    status = CharField(default="planned", index=True)
    # pest control's own (vendors.pest_ops): the callback's verdict ("" while it waits),
    # when it was made, and why a planned treatment was cancelled
    verdict = CharField(default="", max_length=20)
    called_back_at = DateTimeField(null=True)
    cancel_reason = BoundedText(default="", max_length=500)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "pest_treatment"
        indexes = ((("vendor", "kind", "done_at"), False),)


class DensityReport(BaseModel):
    """密度监测报告: the contractor's report every half-year (flagged when overdue)."""

    vendor = ForeignKeyField(Vendor, backref="+", on_delete="RESTRICT")
    half = CharField(max_length=7)  # 2026H1
    received_on = DateField()
    summary = BoundedText(default="", max_length=1000)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "pest_density_report"
        indexes = ((("vendor", "half"), True),)


# --- the month (月度考评结算, §十三 3.4) -------------------------------------------------


class Settlement(BaseModel):
    """月度考评结算表: one vendor's month — scores, counts, band, deductions, payable."""

    number = CharField(unique=True, max_length=40)
    vendor = ForeignKeyField(Vendor, backref="+", on_delete="RESTRICT")
    contract = ForeignKeyField(Contract, backref="+", on_delete="RESTRICT")
    month = CharField(max_length=7, index=True)  # YYYY-MM (the period may be 26th–25th)
    starts_on = DateField()
    ends_on = DateField()
    daily_average = points_field()
    systematic_average = points_field()
    score = points_field()
    failed_daily = IntegerField(default=0)
    failed_weekly = IntegerField(default=0)
    monthly_fee = money_field()
    band_reduction = money_field()
    deductions = money_field()
    payable = money_field()
    band_from = points_field()  # the band the score fell in (at or above this score)
    band_pct = DecimalField(max_digits=5, decimal_places=2, auto_round=True, default=Decimal("0"))
    warning = BooleanField(default=False)  # the band's written warning to the vendor
    alert = BooleanField(default=False)  # ≥4 failed daily / ≥2 failed weekly: 经理 and 技术部 told
    note = BoundedText(default="", max_length=500)  # e.g. a side of the score had no sheet
    status = CharField(default=DRAFT, index=True)  # draft → approved (经理审核) → confirmed
    approved_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    approved_at = DateTimeField(null=True)
    vendor_signed_by = CharField(default="", max_length=50)
    vendor_signed_on = DateField(null=True)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField(default=clock.now)

    class Meta:
        table_name = "vendor_settlement"
        indexes = ((("vendor", "month"), True),)


class SettlementLine(BaseModel):
    """One deduction of a month, with its reason (which check, defect or treatment)."""

    settlement = ForeignKeyField(Settlement, backref="lines", on_delete="CASCADE")
    seq = IntegerField()
    clause = CharField()  # PER_FAILED_CHECK / PER_LATE_DEFECT / PER_MISSED_TREATMENT / band
    reason = CharField(max_length=200)
    amount = money_field()

    class Meta:
        table_name = "vendor_settlement_line"


TABLES = (VendorKind, Vendor, CriteriaTemplate, CriteriaItem, Contract, FeeBand, Evaluation,
          EvaluationItem, Defect, PestTreatment, DensityReport, Settlement, SettlementLine)


def seed_kinds() -> None:
    for order, name in enumerate(DEFAULT_KINDS):
        VendorKind.get_or_create(name=name, defaults={"sort_order": order})


def kinds(active_only: bool = True) -> list[VendorKind]:
    query = VendorKind.select().order_by(VendorKind.sort_order, VendorKind.id)
    if active_only:
        query = query.where(VendorKind.active)
    return list(query)
