"""考评标准: criteria templates per vendor kind and sheet — items by area, points adding to 100.

Editing a template makes a new version (a new row naming the one it ``replaces``; the
old one goes out of use and keeps its items), and contracts that scored by the old
version score by the new one. Evaluations are never touched: each keeps its own copy
of the items it was made with (``copy_items``).

Which template a sheet uses (``template_for``): the kind's template in use for that
sheet; when the kind has none of its own for it, a weekly check uses the daily
sheet, a systematic evaluation the month-end full check (月检) or else the daily
sheet, and a month-end check the systematic sheet or else the daily one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from peewee import fn

from .. import audit
from ..db import database
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from ..values import clean_decimal, clean_id, clean_text, lookup_text
from .base import (
    DAILY,
    EVALUATION_KINDS,
    MONTHLY,
    SYSTEMATIC,
    WEEKLY,
    Contract,
    CriteriaItem,
    CriteriaTemplate,
    VendorKind,
)
from .setup_defaults import DEFAULT_TEMPLATES
from .setup_ops import TEMPLATES, VENDOR_STEPS, _kind, number_text

__all__ = [
    "FALLBACK_SHEETS", "copy_items", "get_template", "items_of", "points_total", "save_template",
    "seed_templates", "template_for", "templates",
]

HUNDRED = Decimal("100")
FALLBACK_SHEETS = {DAILY: (), WEEKLY: (DAILY,), SYSTEMATIC: (MONTHLY, DAILY),
                   MONTHLY: (SYSTEMATIC, DAILY)}
_GONE = QT_TRANSLATE_NOOP("DomainError", "That template no longer exists.")


def get_template(template_id: int) -> CriteriaTemplate:
    template = CriteriaTemplate.get_or_none(CriteriaTemplate.id == clean_id(template_id, _GONE))
    if template is None:
        raise NotFound(_GONE)
    return template


def templates(kind_id: int | None = None, active_only: bool = True) -> list[CriteriaTemplate]:
    """Templates by kind, sheet and version (the sheet's order: daily, weekly, …)."""
    query = CriteriaTemplate.select(CriteriaTemplate, VendorKind).join(VendorKind)
    if kind_id is not None:
        query = query.where(CriteriaTemplate.kind == kind_id)
    if active_only:
        query = query.where(CriteriaTemplate.active)
    order = {code: n for n, code in enumerate(EVALUATION_KINDS)}
    return sorted(query, key=lambda t: (t.kind.sort_order, t.kind_id,
                                        order.get(t.evaluation_kind, 99), t.name, -t.version))


def items_of(template: CriteriaTemplate) -> list[CriteriaItem]:
    return list(CriteriaItem.select().where(CriteriaItem.template == template.id)
                .order_by(CriteriaItem.seq))


def points_total(template: CriteriaTemplate) -> Decimal:
    total = (CriteriaItem.select(fn.SUM(CriteriaItem.points))
             .where(CriteriaItem.template == template.id).scalar())
    return Decimal(str(total or 0)).quantize(Decimal("0.1"))


def template_for(kind_name: str | VendorKind | int,
                 evaluation_kind: str) -> CriteriaTemplate | None:
    """The template in use for ``kind_name``'s ``evaluation_kind`` sheet (see FALLBACK_SHEETS).

    The kind by its name (vendors.CLEANING …), or a VendorKind or its id (a kind renamed
    on the Settings page is still found through the vendor's own kind).
    """
    if isinstance(kind_name, VendorKind):
        kind = kind_name
    elif isinstance(kind_name, int) and not isinstance(kind_name, bool):
        kind = VendorKind.get_or_none(VendorKind.id == kind_name)
    else:
        name = lookup_text(kind_name, VendorKind.name)
        kind = VendorKind.get_or_none(VendorKind.name == name) if name else None
    if kind is None or evaluation_kind not in FALLBACK_SHEETS:
        return None
    for sheet in (evaluation_kind, *FALLBACK_SHEETS[evaluation_kind]):
        found = (CriteriaTemplate.select()
                 .where(CriteriaTemplate.kind == kind.id,
                        CriteriaTemplate.evaluation_kind == sheet, CriteriaTemplate.active)
                 .order_by(CriteriaTemplate.id).first())
        if found is not None:
            return found
    return None


def copy_items(template: CriteriaTemplate) -> list[dict[str, Any]]:
    """What an evaluation keeps of the template: EvaluationItem's fields, each item passed."""
    return [{"seq": item.seq, "area": item.area, "text": item.text, "points": item.points,
             "serious_item": item.serious, "passed": True, "points_off": Decimal("0.0"),
             "problem": ""}
            for item in items_of(template)]


# --- editing ------------------------------------------------------------------------


def _clean_items(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "A template needs its items."),
                              field="items")
    items = []
    for seq, row in enumerate(rows, start=1):
        text = clean_text(row.get("text"), CriteriaItem.text, required=QT_TRANSLATE_NOOP(
            "DomainError", "Item {n} has no standard written."), name="text")
        points = clean_decimal(row.get("points"), "points", Decimal("0.1"), positive=True,
                               maximum=HUNDRED)
        items.append({"seq": seq, "area": clean_text(row.get("area"), CriteriaItem.area),
                      "text": text, "points": points, "serious": bool(row.get("serious"))})
    total = sum((item["points"] for item in items), Decimal("0"))
    if total != HUNDRED:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DomainError", "The items' points add to {total}, not 100."), field="points",
            total=number_text(total))
    return items


def _item_lines(items: Sequence[Mapping[str, Any]]) -> list[str]:
    return [f"{i['area']} · {i['text']} · {i['points']}{' ★' if i['serious'] else ''}"
            for i in items]


def save_template(by: User, data: Mapping[str, Any], template_id: int | None = None
                  ) -> CriteriaTemplate:
    """A new template, or a new version of one (its kind and sheet stay; ``data["items"]``)."""
    VENDOR_STEPS.require(by, TEMPLATES)
    with database.atomic():
        old = get_template(template_id) if template_id is not None else None
        if old is not None and not old.active:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "DomainError", "{name} version {version} has been replaced; edit the version "
                "in use."), name=old.name, version=old.version)
        name = clean_text(data.get("name"), CriteriaTemplate.name, required=QT_TRANSLATE_NOOP(
            "DomainError", "The template's name is required."))
        if old is None:
            kind = _kind(data.get("kind"))
            sheet = data.get("evaluation_kind")
            if sheet not in EVALUATION_KINDS:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "DomainError", "Choose the sheet the template is for."),
                    field="evaluation_kind")
        else:
            kind, sheet = old.kind, old.evaluation_kind
        items = _clean_items(data.get("items") or [])
        template = CriteriaTemplate.create(
            name=name, kind=kind, evaluation_kind=sheet, replaces=old,
            version=old.version + 1 if old else 1)
        for item in items:
            CriteriaItem.create(template=template, **item)
        changes: dict[str, Any] = {"name": name, "kind": kind.name, "evaluation_kind": sheet,
                                   "version": template.version, "items": _item_lines(items)}
        if old is not None:
            old.active = False
            old.save()
            moved = [c.number for c in Contract.select().where(Contract.template == old.id)]
            Contract.update(template=template).where(Contract.template == old.id).execute()
            changes["contracts"] = moved
            changes["items"] = [_item_lines([{"area": i.area, "text": i.text, "points": i.points,
                                              "serious": i.serious} for i in items_of(old)]),
                                changes["items"]]
        audit.record(by, "criteria_template.update" if old else "criteria_template.create",
                     "criteria_template", template.id, f"{name} v{template.version}", changes)
        return template


def seed_templates() -> None:
    """The default templates (setup_defaults), each where its kind has none for its sheet."""
    for kind_name, sheet, name, rows in DEFAULT_TEMPLATES:
        kind = VendorKind.get_or_none(VendorKind.name == kind_name)
        if kind is None or CriteriaTemplate.select().where(
                CriteriaTemplate.kind == kind.id,
                CriteriaTemplate.evaluation_kind == sheet).exists():
            continue
        template = CriteriaTemplate.create(name=name, kind=kind, evaluation_kind=sheet)
        for seq, (area, text, points, serious) in enumerate(rows, start=1):
            CriteriaItem.create(template=template, seq=seq, area=area, text=text,
                                points=Decimal(points), serious=serious)
