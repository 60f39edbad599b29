"""Personal data at the desk (seed 002 §一 3.8): ID numbers shown masked, purged after a period.

An ID number is stored only when typed and is shown as ``110101********1234``
everywhere (screens, paper, exports, the audit log) except to a manager who asks to
see one (``reveal_id``, audited with the masked value). Visitors' personal data is
purged after a set period (the visitors register does it: ``reception.purge_visitors``).
"""

from __future__ import annotations

from typing import Any

from .. import audit, people
from ..db import database
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User

__all__ = ["REVEAL_ID", "mask_id", "mask_name", "mask_phone", "reveal_id"]

REVEAL_ID = "reception.reveal_id"
people.grant(REVEAL_ID, QT_TRANSLATE_NOOP("Permission", "see a visitor's full ID number"),
             people.MANAGER)


def mask_id(number: str | None) -> str:
    """An ID number as the desk shows it: the first 6 and last 4 kept, the rest ``*``.

    Short numbers (passports, other papers) keep their first and last character only.
    """
    text = (number or "").strip()
    if not text:
        return ""
    if len(text) >= 12:
        return text[:6] + "*" * (len(text) - 10) + text[-4:]
    if len(text) <= 2:
        return "*" * len(text)
    return text[0] + "*" * (len(text) - 2) + text[-1]


def mask_phone(phone: str | None) -> str:
    """A phone number with its middle hidden (139****1234), for what must not hold it whole."""
    text = (phone or "").strip()
    if len(text) < 7:
        return "*" * len(text)
    return text[:3] + "*" * (len(text) - 7) + text[-4:]


def mask_name(name: str | None) -> str:
    """A person's name as the audit log keeps it (张**): a purge leaves no copy behind."""
    text = (name or "").strip()
    return text[:1] + "*" * (len(text) - 1) if text else ""


def reveal_id(record: Any, by: User | None) -> str:
    """The full ID number of ``record`` (any model instance with ``id_number``), for a manager.

    Refused (PermissionDenied) to anyone else. One audit row says who looked at which
    record's number, holding the masked number only.
    """
    people.require(by, REVEAL_ID)
    number = record.id_number or ""
    entity = type(record)._meta.table_name
    with database.atomic():
        audit.record(by, "personal.reveal_id", entity, record.id,
                     str(getattr(record, "number", "") or record.id),
                     {"id_number": mask_id(number)})
    return number
