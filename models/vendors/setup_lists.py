"""The vendors list (外判单位一览): each vendor with the contract in force today.

Today's contract is joined by date, so the list reads the clock (``cache_sql=False``).
The audit log's words for this part's tables are here too.
"""

from __future__ import annotations

from peewee import JOIN

from .. import audit, clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from .base import EVALUATION_KINDS, Contract, Vendor, VendorKind

__all__ = ["VENDOR_LIST", "YES_NO"]

YES_NO = {True: QT_TRANSLATE_NOOP("Lists", "Yes"), False: QT_TRANSLATE_NOOP("Lists", "No")}


def _base_query():
    today = clock.today()
    return (Vendor.select().join(VendorKind, on=(Vendor.kind == VendorKind.id))
            .switch(Vendor).join(Contract, JOIN.LEFT_OUTER, on=(
                (Contract.vendor == Vendor.id) & (Contract.starts_on <= today)
                & (Contract.ends_on >= today))))


VENDOR_LIST = ListSpec(
    name="vendors",
    title=QT_TRANSLATE_NOOP("Lists", "Vendors"),
    model=Vendor,
    columns=[
        Column("name", QT_TRANSLATE_NOOP("Lists", "Vendor"), Vendor.name, 180),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), VendorKind.name, 90),
        Column("contact", QT_TRANSLATE_NOOP("Lists", "Contact"), Vendor.contact, 70),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), Vendor.phone, 100),
        Column("lead", QT_TRANSLATE_NOOP("Lists", "Lead on site"), Vendor.lead, 90),
        Column("contract", QT_TRANSLATE_NOOP("Lists", "Contract"), Contract.number, 110),
        Column("starts_on", QT_TRANSLATE_NOOP("Lists", "Contract from"), Contract.starts_on, 85, "date"),
        Column("ends_on", QT_TRANSLATE_NOOP("Lists", "Contract to"), Contract.ends_on, 85, "date"),
        Column("monthly_fee", QT_TRANSLATE_NOOP("Lists", "Monthly fee"), Contract.monthly_fee,
               90, "money"),
        Column("active", QT_TRANSLATE_NOOP("Lists", "In use"), Vendor.active, 50, "status",
               YES_NO),
    ],
    search=[Vendor.name, Vendor.contact, Vendor.lead, Contract.number],
    default_sort=("name", False),
    base_query=_base_query,
    cache_sql=False,
)

audit.ACTION_LABELS.update({
    "vendor.create": QT_TRANSLATE_NOOP("Lists", "Vendor added"),
    "vendor.update": QT_TRANSLATE_NOOP("Lists", "Vendor changed"),
    "vendor_kind.create": QT_TRANSLATE_NOOP("Lists", "Vendor kind added"),
    "vendor_kind.update": QT_TRANSLATE_NOOP("Lists", "Vendor kind changed"),
    "vendor_contract.create": QT_TRANSLATE_NOOP("Lists", "Vendor contract added"),
    "vendor_contract.update": QT_TRANSLATE_NOOP("Lists", "Vendor contract changed"),
    "vendor_contract.bands": QT_TRANSLATE_NOOP("Lists", "Fee bands changed"),
    "criteria_template.create": QT_TRANSLATE_NOOP("Lists", "Criteria template added"),
    "criteria_template.update": QT_TRANSLATE_NOOP("Lists", "Criteria template revised"),
})

_CLAUSE_FIELDS = {
    "per_failed_check": QT_TRANSLATE_NOOP("Audit", "Per failed check"),
    "per_failed_check_pct": QT_TRANSLATE_NOOP("Audit", "Per failed check in % of the fee"),
    "per_late_defect": QT_TRANSLATE_NOOP("Audit", "Per late defect"),
    "per_late_defect_pct": QT_TRANSLATE_NOOP("Audit", "Per late defect in % of the fee"),
    "per_missed_treatment": QT_TRANSLATE_NOOP("Audit", "Per missed treatment"),
    "per_missed_treatment_pct": QT_TRANSLATE_NOOP("Audit",
                                                  "Per missed treatment in % of the fee"),
}
audit.declare(
    audit.TableWords("vendor_kind", QT_TRANSLATE_NOOP("Audit", "Vendor kind")),
    audit.TableWords("vendor", QT_TRANSLATE_NOOP("Audit", "Vendor"), fields={
        "kind": QT_TRANSLATE_NOOP("Audit", "Kind"),
        "contact": QT_TRANSLATE_NOOP("Audit", "Contact"),
        "phone": QT_TRANSLATE_NOOP("Audit", "Phone"),
        "lead": QT_TRANSLATE_NOOP("Audit", "Lead on site"),
    }),
    audit.TableWords("vendor_contract", QT_TRANSLATE_NOOP("Audit", "Vendor contract"), fields={
        "number": QT_TRANSLATE_NOOP("Audit", "Number"),
        "vendor": QT_TRANSLATE_NOOP("Audit", "Vendor"),
        "starts_on": QT_TRANSLATE_NOOP("Audit", "From"),
        "ends_on": QT_TRANSLATE_NOOP("Audit", "To"),
        "monthly_fee": QT_TRANSLATE_NOOP("Audit", "Monthly fee"),
        "template": QT_TRANSLATE_NOOP("Audit", "Criteria template"),
        "serious_below": QT_TRANSLATE_NOOP("Audit", "Serious below"),
        "bands": QT_TRANSLATE_NOOP("Audit", "Fee bands"),
        **_CLAUSE_FIELDS,
    }),
    audit.TableWords("criteria_template", QT_TRANSLATE_NOOP("Audit", "Criteria template"), fields={
        "kind": QT_TRANSLATE_NOOP("Audit", "Kind"),
        "evaluation_kind": audit.Field(QT_TRANSLATE_NOOP("Audit", "Sheet"),
                                       words=EVALUATION_KINDS),
        "version": QT_TRANSLATE_NOOP("Audit", "Version"),
        "items": QT_TRANSLATE_NOOP("Audit", "Items"),
        "contracts": QT_TRANSLATE_NOOP("Audit", "Contracts"),
    }),
)
