"""The evaluations part's list (models.listing) and the serious failures still open.

A serious failure (严重不合格) is followed until it is rectified: it stays open while it has
no defects or any of its defects is not FIXED (the defects part's rows; all FIXED closes
it). A cancelled sheet is never open.
"""

from __future__ import annotations

from peewee import fn

from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from .base import (
    CANCELLED,
    EVALUATION_KINDS,
    EVALUATION_STATUS,
    FIXED,
    Defect,
    Evaluation,
    Vendor,
)

__all__ = ["EVALUATION_LIST", "counters", "serious_open_clause", "serious_open_count",
           "serious_open_ids", "template_choices", "vendor_choices"]


def serious_open_clause():
    """SQL: the sheet is a serious failure not yet rectified."""
    has = Defect.select(Defect.id).where(Defect.evaluation == Evaluation.id)
    unfixed = has.where(Defect.status != FIXED)
    return (Evaluation.serious & (Evaluation.status != CANCELLED)
            & (~fn.EXISTS(has) | fn.EXISTS(unfixed)))


def serious_open_count() -> int:
    """For the tab's counter (red when not 0): serious failures open."""
    return Evaluation.select().where(serious_open_clause()).count()


def serious_open_ids() -> list[int]:
    return [e.id for e in Evaluation.select(Evaluation.id).where(serious_open_clause())]


def _yes(raw, translate=None) -> str:
    if not raw:
        return ""
    return translate("Lists", "Yes") if translate else "Yes"


def _by_kind(query, value):
    return query.where(Evaluation.kind == value) if value else query


def _by_vendor(query, value):
    return query.where(Evaluation.vendor == value) if value else query


def _serious(query, value):
    if value == "open":
        return query.where(serious_open_clause())
    return query.where(Evaluation.serious) if value else query


QT_TRANSLATE_NOOP("Lists", "Yes")

E = Evaluation
EVALUATION_LIST = ListSpec(
    name="vendor_evaluations",
    title=QT_TRANSLATE_NOOP("Lists", "Vendor evaluations"),
    model=Evaluation,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), E.number, width=130),
        Column("done_on", QT_TRANSLATE_NOOP("Lists", "Date"), E.done_on, width=90, kind="date"),
        Column("vendor", QT_TRANSLATE_NOOP("Lists", "Vendor"), Vendor.name, width=150),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), E.kind, width=110, kind="status",
               labels=EVALUATION_KINDS),
        Column("score", QT_TRANSLATE_NOOP("Lists", "Sheet score"), E.score, width=60, kind="number"),
        Column("failed", QT_TRANSLATE_NOOP("Lists", "Failed"), E.failed, width=55,
               display=_yes),
        Column("serious", QT_TRANSLATE_NOOP("Lists", "Serious"), E.serious, width=55,
               display=_yes),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), E.status, width=120,
               kind="status", labels=EVALUATION_STATUS),
        Column("by_name", QT_TRANSLATE_NOOP("Lists", "Evaluated by"), E.by_name, width=100),
        Column("signed_by", QT_TRANSLATE_NOOP("Lists", "Signed for the vendor"), E.signed_by,
               width=100),
        Column("problems", QT_TRANSLATE_NOOP("Lists", "Problems"), E.problems, width=200),
        Column("fix_by", QT_TRANSLATE_NOOP("Lists", "Fix by"), E.fix_by, width=120,
               kind="datetime", visible=False),
    ],
    search=(E.number, Vendor.name),
    date_field=E.done_on,
    status_field=E.status,
    statuses=EVALUATION_STATUS,
    default_sort=("done_on", True),
    base_query=lambda: Evaluation.select().join(Vendor, on=(Evaluation.vendor == Vendor.id)),
    extra_filters={"kind": _by_kind, "vendor": _by_vendor, "serious": _serious},
)


def counters() -> dict[str, int]:
    """The sub-view's counters: serious failures open, sheets waiting for the vendor's
    signature, objections waiting for the manager."""
    from .base import OBJECTED, SUBMITTED
    by_status = dict(Evaluation.select(Evaluation.status, fn.COUNT(Evaluation.id))
                     .where(Evaluation.status.in_((SUBMITTED, OBJECTED)))
                     .group_by(Evaluation.status).tuples())
    return {"serious_open": serious_open_count(), "waiting": by_status.get(SUBMITTED, 0),
            "objected": by_status.get(OBJECTED, 0)}


def vendor_choices(active_only: bool = True) -> list[tuple[str, int]]:
    """(name, id) of the vendors, by name, for the list's filter and the new sheet."""
    query = Vendor.select(Vendor.name, Vendor.id).order_by(Vendor.name)
    if active_only:
        query = query.where(Vendor.active)
    return list(query.tuples())


def template_choices() -> list[tuple[str, int, str]]:
    """(name, id, service) of the active criteria templates, for the blank sheets."""
    from .base import CriteriaTemplate, VendorKind
    return list(CriteriaTemplate.select(CriteriaTemplate.name, CriteriaTemplate.id,
                                        VendorKind.name)
                .join(VendorKind, on=(CriteriaTemplate.kind == VendorKind.id))
                .where(CriteriaTemplate.active)
                .order_by(VendorKind.sort_order, CriteriaTemplate.name).tuples())
