"""Office settings that belong to the data (office name, deadlines, rules)."""

from __future__ import annotations

from peewee import CharField, TextField

from . import audit
from .db import BaseModel, database
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .people import MANAGE_SETTINGS, User, require

OFFICE_NAME = "office_name"


class OfficeSetting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField(default="")

    class Meta:
        table_name = "office_setting"


def get(key: str, default: str = "") -> str:
    row = OfficeSetting.get_or_none(OfficeSetting.key == key)
    return row.value if row is not None else default


def _put(key: str, value: str, by: User | None) -> None:
    old = get(key, None)
    OfficeSetting.insert(key=key, value=value).on_conflict_replace().execute()
    if old != value:
        audit.record(by, "setting.change", "office_setting", None, key, {key: [old, value]})


def put(key: str, value: str, by: User) -> None:
    require(by, MANAGE_SETTINGS)
    with database.atomic():
        _put(key, value, by)


def office_name() -> str:
    return get(OFFICE_NAME, "")


def _clean_office_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The office name is required."), field="office_name"
        )
    if len(name) > 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "The office name may have at most 60 characters."),
            field="office_name",
        )
    return name


def set_office_name(name: str, by: User) -> None:
    put(OFFICE_NAME, _clean_office_name(name), by)


def set_up_office(office: str, login: str, full_name: str, password: str) -> User:
    """First run: name the office and create its first administrator, in one transaction."""
    from .people import create_first_administrator

    office = _clean_office_name(office)
    with database.atomic():
        user = create_first_administrator(login, full_name, password)
        _put(OFFICE_NAME, office, user)
        return user


def is_set_up() -> bool:
    return User.select().exists()
