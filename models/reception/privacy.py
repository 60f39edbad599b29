"""Personal data at the desk (seed 002 §一 3.8): ID numbers shown masked, purged after a period.

An ID number is stored only when typed and is shown as ``110101********1234``
everywhere (screens, paper, exports, the audit log) except to a manager who asks to
see one (audited). Visitors' personal data is purged after a set period (the
visitors register does it: ``reception.purge_visitors``).
"""

from __future__ import annotations

__all__ = ["mask_id", "mask_phone"]


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
