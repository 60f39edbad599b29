"""Editable lists of names (departments, repair categories, item categories, …).

Each is a table with a unique name, an active flag and an order. Entries are
never deleted (old records name them); they are renamed or switched off.
The operation that owns a list (people.save_department, repairs.save_category,
warehouse.save_category) checks who may change it before it calls
``save_entry``: this module is below people, and knows no permission.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from . import audit
from .db import database
from .errors import NotFound, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .values import clean_id, clean_int, clean_text

MAX_SORT_ORDER = 1_000_000  # a list's position: far more than any list holds


def save_entry(
    model: type[Any],
    by: Any,
    name: str,
    entry_id: int | None = None,
    active: bool = True,
    sort_order: int | None = None,
) -> Any:
    """Add an entry, or rename / (de)activate / move one; audited as ``<table>.create|update``.

    ``by`` (a people.User) has been allowed to by the caller.
    """
    entity = model._meta.table_name
    gone = QT_TRANSLATE_NOOP("DomainError", "That entry no longer exists.")
    name = clean_text(name, model.name, required=QT_TRANSLATE_NOOP(
        "DomainError", "The name is required."))
    if entry_id is not None:
        entry_id = clean_id(entry_id, gone)
    if sort_order is not None:
        sort_order = clean_int(sort_order, "sort_order", 0, MAX_SORT_ORDER)
    active = bool(active)
    with database.atomic():
        clash = model.select().where(model.name == name)
        if entry_id is not None:
            clash = clash.where(model.id != entry_id)
        if clash.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError", "{name} already exists in this list."),
                field="name",
                name=name,
            )
        if entry_id is None:
            if sort_order is None:
                sort_order = model.select().count() + 1
            entry = model.create(name=name, active=active, sort_order=sort_order)
            audit.record(by, f"{entity}.create", entity, entry.id, name,
                         {"name": name, "active": active, "sort_order": sort_order})
            return entry
        entry = model.get_or_none(model.id == entry_id)
        if entry is None:
            raise NotFound(gone)
        before = {"name": entry.name, "active": entry.active, "sort_order": entry.sort_order}
        entry.name, entry.active = name, active
        if sort_order is not None:
            entry.sort_order = sort_order
        entry.save()
        after = {"name": entry.name, "active": entry.active, "sort_order": entry.sort_order}
        audit.record(by, f"{entity}.update", entity, entry.id, name, audit.diff(before, after))
        return entry


def move_entry(
    model: type[Any],
    by: Any,
    entry_id: int,
    step: int,
    listed: Callable[[], Sequence[Any]],
) -> Any | None:
    """Swap an entry with its neighbour ``step`` away (-1 up, 1 down) in the list's order.

    ``listed`` reads every entry, in use or not, in the order the list shows them; the
    entries are renumbered 0, 1, 2 … in that order with the two swapped, and each whose
    position changes is saved (audited as ``<table>.update``), all in one transaction.
    None when the entry is already first (or last): nothing is written. ``by`` has been
    allowed to by the caller, as for ``save_entry``.
    """
    if step not in (-1, 1):
        raise ValueError(f"an entry moves one place up or down, not {step!r}")
    gone = QT_TRANSLATE_NOOP("DomainError", "That entry no longer exists.")
    entry_id = clean_id(entry_id, gone)
    with database.atomic():
        listing = list(listed())
        ids = [e.id for e in listing]
        if entry_id not in ids:
            raise NotFound(gone)
        at = ids.index(entry_id)
        other = at + step
        if not 0 <= other < len(listing):
            return None
        for position, neighbour in enumerate(listing):
            order = other if position == at else at if position == other else position
            if neighbour.sort_order != order:
                save_entry(model, by, neighbour.name, neighbour.id, neighbour.active, order)
        return model.get_by_id(entry_id)


def entries(model: type[Any], active_only: bool = True) -> list[Any]:
    query = model.select().order_by(model.sort_order, model.name)
    if active_only:
        query = query.where(model.active)
    return list(query)
