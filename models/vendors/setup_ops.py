"""外判单位与合同: the vendors, their kinds, contracts (fee, deduction clauses) and fee bands.

The manager keeps them (base.SET_UP). A vendor has at most one contract on any day
(periods of one vendor's contracts never overlap), so ``contract_on`` is one row or
none. A contract's fee bands cover the month's score from 0 to 100 without a gap or an
overlap: each band runs from its ``from_score`` up to the next band's (the top one to
100 inclusive); a lower score never pays more than a higher one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from .. import audit
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..named_lists import move_entry, save_entry
from ..people import User
from ..steps import Step, declare
from ..values import as_id, clean_date, clean_decimal, clean_id, clean_text, lookup_text, shown
from . import base
from .base import (
    DEFAULT_BANDS,
    SET_UP,
    Contract,
    CriteriaTemplate,
    FeeBand,
    Vendor,
    VendorKind,
)

__all__ = [
    "CLAUSES", "VENDOR_STEPS", "band_for", "band_rows", "contract_on", "contracts_of",
    "get_contract", "get_vendor", "move_kind", "number_text", "save_bands", "save_contract", "save_kind",
    "save_vendor", "vendors",
]

NEW, EDIT, CONTRACT, RENEW, BANDS, TEMPLATES, KINDS = (
    "new", "edit", "contract", "renew", "bands", "templates", "kinds")
VENDOR_STEPS = declare(Vendor, [
    Step(NEW, SET_UP, on_record=False),
    Step(EDIT, SET_UP),
    Step(CONTRACT, SET_UP),  # the current contract changed (a new one when there is none)
    Step(RENEW, SET_UP),  # the next contract, from the day after the latest one ends
    Step(BANDS, SET_UP),  # the current contract's fee bands
    Step(TEMPLATES, SET_UP, on_record=False),
    Step(KINDS, SET_UP, on_record=False),
])

# The deduction clauses: (field, its "percentage of the fee" flag)
CLAUSES = (("per_failed_check", "per_failed_check_pct"),
           ("per_late_defect", "per_late_defect_pct"),
           ("per_missed_treatment", "per_missed_treatment_pct"))
MAX_FEE = Decimal("99999999.99")
HUNDRED = Decimal("100")
_GONE_VENDOR = QT_TRANSLATE_NOOP("DomainError", "That vendor no longer exists.")
_GONE_CONTRACT = QT_TRANSLATE_NOOP("DomainError", "That contract no longer exists.")


# --- kinds --------------------------------------------------------------------------


def save_kind(by: User, name: str, kind_id: int | None = None, active: bool = True,
              sort_order: int | None = None) -> VendorKind:
    """Add a kind (外判类别), or rename / (de)activate / move one."""
    VENDOR_STEPS.require(by, KINDS)
    return save_entry(VendorKind, by, name, kind_id, active, sort_order)


def move_kind(by: User, kind_id: int, step: int) -> VendorKind | None:
    VENDOR_STEPS.require(by, KINDS)
    return move_entry(VendorKind, by, kind_id, step, lambda: base.kinds(active_only=False))


def _kind(value: Any, current_id: int | None = None) -> VendorKind:
    """A kind in use (id, row or name); the one the vendor already has may stay."""
    if isinstance(value, VendorKind):
        value = value.id
    if isinstance(value, int) and not isinstance(value, bool):
        kind = VendorKind.get_or_none(VendorKind.id == as_id(value)) if as_id(value) else None
    else:
        text = lookup_text(value, VendorKind.name)
        kind = VendorKind.get_or_none(VendorKind.name == text) if text else None
    if kind is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Choose the vendor's kind."),
                              field="kind")
    if not kind.active and kind.id != current_id:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The kind {name} is out of use."),
                              field="kind", name=kind.name)
    return kind


# --- vendors ------------------------------------------------------------------------


def get_vendor(vendor_id: int) -> Vendor:
    vendor = Vendor.get_or_none(Vendor.id == clean_id(vendor_id, _GONE_VENDOR))
    if vendor is None:
        raise NotFound(_GONE_VENDOR)
    return vendor


def vendors(active_only: bool = True) -> list[Vendor]:
    query = Vendor.select(Vendor, VendorKind).join(VendorKind).order_by(Vendor.name)
    if active_only:
        query = query.where(Vendor.active)
    return list(query)


def _vendor_values(data: Mapping[str, Any], current: Vendor | None) -> dict[str, Any]:
    values = {
        "name": clean_text(data.get("name"), Vendor.name, required=QT_TRANSLATE_NOOP(
            "DomainError", "The vendor's name is required.")),
        "kind": _kind(data.get("kind"), current.kind_id if current else None),
        "contact": clean_text(data.get("contact"), Vendor.contact),
        "phone": clean_text(data.get("phone"), Vendor.phone),
        "lead": clean_text(data.get("lead"), Vendor.lead),
        "active": bool(data.get("active", True)),
    }
    clash = Vendor.select().where(Vendor.name == values["name"])
    if current is not None:
        clash = clash.where(Vendor.id != current.id)
    if clash.exists():
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "{name} already exists in this list."),
                              field="name", name=values["name"])
    return values


def _shown(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (v.name if isinstance(v, VendorKind | Vendor | CriteriaTemplate) else v)
            for k, v in values.items()}


def save_vendor(by: User, data: Mapping[str, Any], vendor_id: int | None = None) -> Vendor:
    """A new vendor, or one changed (name, kind, contact, phone, the lead who signs, in use)."""
    if vendor_id is None:
        VENDOR_STEPS.require(by, NEW)
        with database.atomic():
            values = _vendor_values(data, None)
            vendor = Vendor.create(**values)
            audit.record(by, "vendor.create", "vendor", vendor.id, vendor.name, _shown(values))
            return vendor
    VENDOR_STEPS.require(by, EDIT)
    with database.atomic():
        vendor = get_vendor(vendor_id)
        values = _vendor_values(data, vendor)
        before = _shown({k: getattr(vendor, k) for k in values})
        for key, value in values.items():
            setattr(vendor, key, value)
        vendor.save()
        audit.record(by, "vendor.update", "vendor", vendor.id, vendor.name,
                     audit.diff(before, _shown(values)))
        return vendor


# --- contracts ----------------------------------------------------------------------


def get_contract(contract_id: int) -> Contract:
    contract = Contract.get_or_none(Contract.id == clean_id(contract_id, _GONE_CONTRACT))
    if contract is None:
        raise NotFound(_GONE_CONTRACT)
    return contract


def contracts_of(vendor_id: int) -> list[Contract]:
    """A vendor's contracts, the latest first."""
    return list(Contract.select().where(Contract.vendor == vendor_id)
                .order_by(Contract.starts_on.desc()))


def contract_on(vendor_id: int, day: dt.date) -> Contract | None:
    """The vendor's contract in force on ``day`` (None: it works under none that day)."""
    return (Contract.select().where(Contract.vendor == vendor_id, Contract.starts_on <= day,
                                    Contract.ends_on >= day)
            .order_by(Contract.starts_on.desc()).first())


def _money(value: Any, name: str) -> Decimal:
    return clean_decimal("0" if value in (None, "") else value, name, Decimal("0.01"),
                         positive=False, maximum=MAX_FEE)


def _percent(value: Any, name: str) -> Decimal:
    return clean_decimal("0" if value in (None, "") else value, name, Decimal("0.01"),
                         positive=False, maximum=HUNDRED)


def _template(value: Any, vendor: Vendor) -> CriteriaTemplate | None:
    if value in (None, ""):
        return None
    template_id = value.id if isinstance(value, CriteriaTemplate) else as_id(value)
    template = CriteriaTemplate.get_or_none(CriteriaTemplate.id == template_id) \
        if template_id else None
    if template is None:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "That template no longer exists."),
                              field="template")
    if template.kind_id != vendor.kind_id:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The template {name} is for another kind of vendor than {vendor}."),
            field="template", name=template.name, vendor=vendor.name)
    return template


def _contract_values(data: Mapping[str, Any], vendor: Vendor,
                     current: Contract | None) -> dict[str, Any]:
    number = clean_text(data.get("number"), Contract.number, required=QT_TRANSLATE_NOOP(
        "DomainError", "The contract's number is required."))
    values: dict[str, Any] = {
        "number": number,
        "starts_on": clean_date(data.get("starts_on"), "starts_on"),
        "ends_on": clean_date(data.get("ends_on"), "ends_on"),
        "monthly_fee": _money(data.get("monthly_fee"), "monthly_fee"),
        "template": _template(data.get("template"), vendor),
        "serious_below": clean_decimal(
            "0" if data.get("serious_below") in (None, "") else data.get("serious_below"),
            "serious_below", Decimal("0.1"), positive=False, maximum=HUNDRED),
        "note": clean_text(data.get("note"), Contract.note),
    }
    if values["monthly_fee"] <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "The monthly fee is required."),
                              field="monthly_fee")
    for amount, pct in CLAUSES:
        values[pct] = bool(data.get(pct, False))
        values[amount] = (_percent if values[pct] else _money)(data.get(amount), amount)
    if values["ends_on"] < values["starts_on"]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The contract ends before it starts."), field="ends_on")
    clash = Contract.select().where(Contract.number == number)
    overlap = Contract.select().where(Contract.vendor == vendor.id,
                                      Contract.starts_on <= values["ends_on"],
                                      Contract.ends_on >= values["starts_on"])
    if current is not None:
        clash = clash.where(Contract.id != current.id)
        overlap = overlap.where(Contract.id != current.id)
    if clash.exists():
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Contract {number} already exists."),
                              field="number", number=shown(number))
    other = overlap.first()
    if other is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "{vendor} already has contract {number} from {start} to {end}; "
            "one vendor's contracts cannot overlap."), field="starts_on", vendor=vendor.name,
            number=other.number, start=other.starts_on.isoformat(), end=other.ends_on.isoformat())
    return values


def save_contract(by: User, vendor_id: int, data: Mapping[str, Any],
                  contract_id: int | None = None) -> Contract:
    """A vendor's new contract (with the default fee bands), or one of its contracts changed."""
    VENDOR_STEPS.require(by, CONTRACT)
    with database.atomic():
        vendor = get_vendor(vendor_id)
        current = None
        if contract_id is not None:
            current = get_contract(contract_id)
            if current.vendor_id != vendor.id:
                raise NotFound(_GONE_CONTRACT)
        values = _contract_values(data, vendor, current)
        if current is None:
            contract = Contract.create(vendor=vendor, **values)
            for from_score, reduction, warning in DEFAULT_BANDS:
                FeeBand.create(contract=contract, from_score=from_score,
                               reduction_pct=reduction, warning=warning)
            audit.record(by, "vendor_contract.create", "vendor_contract", contract.id,
                         contract.number, {"vendor": vendor.name, **_shown(values)})
            return contract
        before = _shown({k: getattr(current, k) for k in values})
        for key, value in values.items():
            setattr(current, key, value)
        current.save()
        audit.record(by, "vendor_contract.update", "vendor_contract", current.id,
                     current.number, audit.diff(before, _shown(values)))
        return current


# --- fee bands ----------------------------------------------------------------------


def band_rows(contract: Contract) -> list[dict[str, Any]]:
    """The contract's bands, the highest first, each with the score it runs up to."""
    bands = list(FeeBand.select().where(FeeBand.contract == contract.id)
                 .order_by(FeeBand.from_score.desc()))
    rows, upper = [], HUNDRED
    for band in bands:
        rows.append({"from_score": band.from_score, "to_score": upper,
                     "reduction_pct": band.reduction_pct, "warning": band.warning})
        upper = band.from_score
    return rows


def band_for(contract: Contract, score: Decimal) -> FeeBand | None:
    """The band a month scored ``score`` falls in (the highest ``from_score`` at or under it)."""
    return (FeeBand.select().where(FeeBand.contract == contract.id, FeeBand.from_score <= score)
            .order_by(FeeBand.from_score.desc()).first())


_BANDS_GAP = QT_TRANSLATE_NOOP(
    "DomainError", "The fee bands leave scores from {low} to {high} without a band.")
_BANDS_OVERLAP = QT_TRANSLATE_NOOP(
    "DomainError", "The fee bands overlap from {low} to {high}.")


def number_text(value: Decimal) -> str:
    """80.0 as 80, 89.5 as 89.5 (a score or points in a message)."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _score(value: Any, name: str) -> Decimal:
    return clean_decimal("" if value is None else value, name, Decimal("0.1"),
                         positive=False, maximum=HUNDRED)


def _clean_bands(rows: Sequence[Mapping[str, Any]]) -> list[tuple[Decimal, Decimal, Decimal, bool]]:
    """(from, to, reduction, warning), lowest first, covering 0..100 once; refused otherwise."""
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "A contract needs its fee bands."),
                              field="bands")
    bands = []
    for row in rows:
        low, high = _score(row.get("from_score"), "from_score"), _score(row.get("to_score"),
                                                                        "to_score")
        if high <= low:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A fee band from {low} must run up to a higher score."),
                field="to_score", low=number_text(low))
        bands.append((low, high, _percent(row.get("reduction_pct"), "reduction_pct"),
                      bool(row.get("warning", False))))
    bands.sort()
    edge = Decimal("0")
    for low, high, _reduction, _warning in bands:
        if low > edge:
            raise ValidationError(_BANDS_GAP, field="bands", low=number_text(edge), high=number_text(low))
        if low < edge:
            raise ValidationError(_BANDS_OVERLAP, field="bands", low=number_text(low),
                                  high=number_text(min(edge, high)))
        edge = high
    if edge < HUNDRED:
        raise ValidationError(_BANDS_GAP, field="bands", low=number_text(edge), high="100")
    for (_l, _h, lower_reduction, _w), (_l2, _h2, higher_reduction, _w2) in zip(
            bands, bands[1:], strict=False):
        if lower_reduction < higher_reduction:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "A lower score cannot cost the vendor less than a higher one."),
                field="reduction_pct")
    return bands


def save_bands(by: User, contract_id: int, rows: Sequence[Mapping[str, Any]]) -> list[FeeBand]:
    """Replace a contract's fee bands (each row: from_score, to_score, reduction_pct, warning)."""
    VENDOR_STEPS.require(by, BANDS)
    with database.atomic():
        contract = get_contract(contract_id)
        bands = _clean_bands(rows)
        before = [[str(r["from_score"]), str(r["reduction_pct"]), r["warning"]]
                  for r in band_rows(contract)]
        FeeBand.delete().where(FeeBand.contract == contract.id).execute()
        made = [FeeBand.create(contract=contract, from_score=low, reduction_pct=reduction,
                               warning=warning)
                for low, _high, reduction, warning in reversed(bands)]
        after = [[str(b.from_score), str(b.reduction_pct), b.warning] for b in made]
        audit.record(by, "vendor_contract.bands", "vendor_contract", contract.id,
                     contract.number, {"bands": [before, after]})
        return made
