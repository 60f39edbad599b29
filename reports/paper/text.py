"""How values read on paper: dates the Chinese way, blanks for nothing, people by name.

Paper is always Chinese, whatever the desk's language.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from models import clock
from models.people import User


def format_value(value: object) -> str:
    """How a value reads on paper: dates as yyyy-mm-dd [hh:mm], booleans 是/否, None blank."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return f"{value:f}".rstrip("0").rstrip(".")
    return str(value)


def display_width(text: str) -> int:
    """Width in half-width units: a Chinese character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def chinese_date(value: dt.date) -> str:
    """2026年03月05日 (and the time for a datetime), built from the fields: on Windows under
    Python < 3.13, strftime with non-ASCII text raises UnicodeEncodeError on non-Chinese code pages."""
    text = f"{value.year:04d}年{value.month:02d}月{value.day:02d}日"
    if isinstance(value, dt.datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
    return text


def chinese_month(value: dt.date | str) -> str:
    """2026年03月, from a day or from a month written YYYY-MM."""
    if isinstance(value, str):
        year, month = value.split("-")
        return f"{year}年{month}月"
    return f"{value.year:04d}年{value.month:02d}月"


def date_text(value: dt.date | str | None) -> str:
    """The 日期 of a form: None prints today; "" leaves 年 月 日 blanks to fill in by hand."""
    if value is None:
        value = clock.today()
    if isinstance(value, dt.date):
        return chinese_date(value)
    return value if value else "      年    月    日"


def person(user: User | None) -> str:
    """A user as paper names them: the full name, else the login; blank for nobody."""
    if user is None:
        return ""
    return user.full_name or user.login
