"""Office settings that belong to the data (office name, deadlines, rules)."""

from __future__ import annotations

from peewee import CharField

from . import audit
from .db import BaseModel, database
from .i18n import QT_TRANSLATE_NOOP
from .people import MANAGE_SETTINGS, User, require
from .values import BoundedText, clean_text

OFFICE_NAME = "office_name"
# How the audit log names the settings (a setting's row is named by its key).
audit.declare(audit.TableWords("office_setting", QT_TRANSLATE_NOOP("Audit", "Office setting"),
                               fields={OFFICE_NAME: QT_TRANSLATE_NOOP("Audit", "Office name")},
                               keyed_records=True))


class OfficeSetting(BaseModel):
    key = CharField(primary_key=True, max_length=100)
    value = BoundedText(default="", max_length=2000)

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
    key = clean_text(key, OfficeSetting.key, required=QT_TRANSLATE_NOOP(
        "DomainError", "The setting needs a name."))
    if key == OFFICE_NAME:
        value = _clean_office_name(value)
    value = clean_text(value, OfficeSetting.value)
    with database.atomic():
        _put(key, value, by)


def office_name() -> str:
    return get(OFFICE_NAME, "")


OFFICE_NAME_LENGTH = 60  # it heads every paper form


def _clean_office_name(name: str) -> str:
    return clean_text(name, OfficeSetting.value, name="office_name",
                      max_length=OFFICE_NAME_LENGTH, multiline=False,
                      required=QT_TRANSLATE_NOOP("DomainError", "The office name is required."))


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
