"""The shared value cleaners: what every operation does to a value before it trusts it.

A value of the right type can still be one no record should hold: 1e30 or NaN
for a quantity, a lone surrogate or a control character in a name, 100,000
characters, an id SQLite cannot even bind (≥ 2^63), year 1 or 9999, a moment
with a time zone. Each cleaner here either returns the value as the table keeps
it or raises a ValidationError (NotFound for an id) that tells the clerk what
is wrong, so a refused operation writes nothing and never fails deeper down.

Lengths come from the model fields: ``CharField(max_length=…)``, and
``BoundedText`` for the multi-line ones. Multi-line fields keep newlines and
tabs; single-line ones keep no control character at all.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import Field, TextField

from .errors import NotFound, ValidationError
from .i18n import QT_TRANSLATE_NOOP

MAX_ID = 2**63 - 1  # SQLite's largest INTEGER: a larger id cannot even be looked up
# The years a record of this office can be dated in (and a clerk can type).
EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2099, 12, 31)
EARLIEST_MOMENT = dt.datetime.combine(EARLIEST, dt.time())
LATEST_MOMENT = dt.datetime.combine(LATEST, dt.time(23, 59, 59))
# A number is typed with at most this many characters (99,999,999.0001 has 15).
NUMBER_TEXT_LENGTH = 40

# Characters no text field keeps: controls, format (zero-width) characters, private use,
# surrogates, unassigned code points, line and paragraph separators.
FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
# Free text keeps these format characters: they join emoji and Indic scripts.
_TEXT_FORMAT_OK = frozenset({"\u200c", "\u200d"})
# Blank-looking letters and symbols that are not in a forbidden category.
INVISIBLE = frozenset({"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"})
_TOO_LONG = QT_TRANSLATE_NOOP("DomainError", "This field may have at most {n} characters.")
_BAD_CHARACTER = QT_TRANSLATE_NOOP(
    "DomainError",
    "This field contains a character that cannot be kept (a control, invisible or broken "
    "character); type it again.",
)


class BoundedText(TextField):
    """A multi-line text column with a length the operations enforce (TEXT in SQLite)."""

    def __init__(self, *args: Any, max_length: int, **kwargs: Any) -> None:
        self.max_length = max_length
        super().__init__(*args, **kwargs)


def limit_of(field: Field) -> int:
    """The most characters ``field`` keeps (its max_length): what clean_text enforces, and so
    the limit a form puts on the field's editor."""
    limit = getattr(field, "max_length", None)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ValueError(f"{field!r} declares no length")
    return limit


def shown(value: object, limit: int = 30) -> str:
    """``value`` as a message may quote it: short, and only printable characters."""
    text = value if isinstance(value, str) else str(value)
    text = text[: limit + 1]
    out = "".join("\ufffd" if unicodedata.category(c) in FORBIDDEN_CATEGORIES else c
                  for c in text[:limit])
    return out + "…" if len(text) > limit else out


def bad_character(text: str, multiline: bool = False) -> str | None:
    """The first character of ``text`` a field may not keep, or None."""
    for c in text:
        if multiline and c in "\n\t":
            continue
        category = unicodedata.category(c)
        if category in FORBIDDEN_CATEGORIES and not (category == "Cf" and c in _TEXT_FORMAT_OK):
            return c
    return None


def clean_text(value: object, field: Field, *, name: str | None = None,
               required: str | None = None, max_length: int | None = None,
               multiline: bool | None = None) -> str:
    """Text for ``field`` (a model field): trimmed, within its length, no bad characters.

    ``required`` is the message when it is empty; ``name`` the form's key when it
    differs from the field's. A TextField is multi-line (unless ``multiline`` says
    otherwise): its line breaks become \\n.
    """
    key = name or field.name
    text = "" if value is None else value if isinstance(value, str) else str(value)
    multiline = isinstance(field, TextField) if multiline is None else multiline
    limit = max_length or getattr(field, "max_length", None) or 255
    if len(text) > 4 * limit + 100:  # far too long: refuse before looking at it
        raise ValidationError(_TOO_LONG, field=key, n=limit)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.strip()
    if required and not text:
        raise ValidationError(required, field=key)
    if len(text) > limit:
        raise ValidationError(_TOO_LONG, field=key, n=limit)
    if bad_character(text, multiline) is not None:
        raise ValidationError(_BAD_CHARACTER, field=key)
    return text


def lookup_text(value: object, field: Field) -> str | None:
    """Typed text to find a record by (a code, a name, a number); None if none can match."""
    text = "" if value is None else value if isinstance(value, str) else str(value)
    text = text.strip()
    limit = getattr(field, "max_length", None) or 255
    if not text or len(text) > limit or bad_character(text) is not None:
        return None
    return text


# --- numbers ----------------------------------------------------------------------


def clean_decimal(value: object, name: str, places: Decimal, *, positive: bool,
                  maximum: Decimal) -> Decimal:
    """A number typed by the clerk (or read from a spreadsheet): finite, in range, ``places``.

    Refused before any arithmetic that could overflow the decimal context.
    """
    raw = value if isinstance(value, str) else "" if value is None else str(value)
    raw = raw.strip().replace(",", "")
    not_a_number = QT_TRANSLATE_NOOP("DomainError", "“{text}” is not a number.")
    if isinstance(value, bool) or not raw or len(raw) > NUMBER_TEXT_LENGTH:
        raise ValidationError(not_a_number, field=name, text=shown(raw))
    try:
        number = Decimal(raw)
    except (InvalidOperation, ValueError):
        raise ValidationError(not_a_number, field=name, text=shown(raw)) from None
    if not number.is_finite():
        raise ValidationError(not_a_number, field=name, text=shown(raw))
    if (number <= 0) if positive else (number < 0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The quantity must be more than zero.")
            if positive else QT_TRANSLATE_NOOP("DomainError", "The amount cannot be negative."),
            field=name,
        )
    if number > maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "{text} is too large."), field=name, text=shown(raw)
        )
    if number.as_tuple().exponent < places.as_tuple().exponent and number != number.quantize(
            places):
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "{text} has too many decimal places (at most {n})."),
            field=name, text=shown(raw), n=-places.as_tuple().exponent,
        )
    number = number.quantize(places)
    return number if number else abs(number)  # no −0


def clean_int(value: object, name: str, minimum: int, maximum: int) -> int:
    """A whole number from ``minimum`` to ``maximum`` (not a bool, not a float)."""
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "This must be a whole number from {minimum} to "
                              "{maximum}."),
            field=name, minimum=minimum, maximum=maximum,
        )
    return value


def as_id(value: object) -> int | None:
    """``value`` if it can be a record's id (an int from 1 to 2^63 − 1), else None."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        return None
    return value


def clean_id(value: object, message: str, **params: object) -> int:
    """A record's id; NotFound with ``message`` when no record can have it."""
    record_id = as_id(value)
    if record_id is None:
        raise NotFound(message, **params)
    return record_id


# --- dates and times --------------------------------------------------------------

_OUTSIDE = QT_TRANSLATE_NOOP(
    "DomainError", "{date} is outside the years {first} to {last}; check the year.")


def _outside(day: dt.date, name: str) -> ValidationError:
    return ValidationError(_OUTSIDE, field=name, date=f"{day.year:04d}-{day.month:02d}-{day.day:02d}",
                           first=EARLIEST.year, last=LATEST.year)


def in_window(day: dt.date | dt.datetime) -> bool:
    day = day.date() if isinstance(day, dt.datetime) else day
    return EARLIEST <= day <= LATEST


def clean_datetime(value: object, name: str) -> dt.datetime:
    """A local moment (naive), to the second, in the office's years."""
    if not isinstance(value, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Give the date and time."),
                              field=name)
    if value.tzinfo is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError",
                              "Give the time as the office's local time, without a time zone."),
            field=name)
    if not in_window(value):
        raise _outside(value.date(), name)
    return value.replace(microsecond=0)


def clean_date(value: object, name: str) -> dt.date:
    """A day in the office's years; a (naive) datetime gives its day."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DomainError",
                                  "Give the time as the office's local time, without a time zone."),
                field=name)
        value = value.date()
    if not isinstance(value, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("DomainError", "Give the date."), field=name)
    if not in_window(value):
        raise _outside(value, name)
    return value
