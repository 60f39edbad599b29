"""来访登记 (visitors): the permissions, the words, the tables and the register's settings.

The operations live in ``visitors_flow``, the steps in ``visitors_steps``, the list in
``visitors_lists``; ``reception.visitors`` gathers the public API.
"""

from __future__ import annotations

import calendar
import datetime as dt

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField

from .. import named_lists, people, settings, values
from ..db import BaseModel
from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP, Translatable
from ..people import User
from ..values import BoundedText
from ..vocabulary import Term, Vocabulary

PREFIX = "FK"  # 访客单号 FKyyyymmdd-nnnn
PURGED_NAME = "访客"  # what a purged visit keeps of the visitor's name

# --- permissions ------------------------------------------------------------------
# The clerk and the duty officer register and move visits on (the manager, as a clerk
# may); the settings and the identity list are office settings (the administrator's).

REGISTER = "reception.visitors.register"
people.grant(REGISTER, QT_TRANSLATE_NOOP("Permission", "register visitors and sign them in and out"),
             people.CLERK, people.DUTY)

# --- vocabulary -------------------------------------------------------------------

EXPECTED = "expected"  # 预约: booked, or at the desk waiting while the host is told
NOTIFIED = "notified"  # 已通知: the host knows (a walk-in is given a time)
ON_SITE = "on_site"  # 在访
LEFT = "left"  # 已离开
NO_SHOW = "no_show"  # 未到
CANCELLED = "cancelled"  # 取消

STATUS_LABELS = Vocabulary("Visitors", [
    Term(EXPECTED, QT_TRANSLATE_NOOP("Visitors", "Expected"), "预约"),
    Term(NOTIFIED, QT_TRANSLATE_NOOP("Visitors", "Host told"), "已通知"),
    Term(ON_SITE, QT_TRANSLATE_NOOP("Visitors", "On site"), "在访"),
    Term(LEFT, QT_TRANSLATE_NOOP("Visitors", "Left"), "已离开"),
    Term(NO_SHOW, QT_TRANSLATE_NOOP("Visitors", "Did not come"), "未到"),
    Term(CANCELLED, QT_TRANSLATE_NOOP("Visitors", "Cancelled"), "取消"),
])
OPEN_STATUSES = (EXPECTED, NOTIFIED, ON_SITE)
WAITING = (EXPECTED, NOTIFIED)  # not yet in: may still not come, or be cancelled
FINAL = (LEFT, NO_SHOW, CANCELLED)

APPOINTMENT, WALK_IN = "appointment", "walk_in"
KIND_LABELS = Vocabulary("Visitors", [
    Term(APPOINTMENT, QT_TRANSLATE_NOOP("Visitors", "Appointment by phone"), "电话预约"),
    Term(WALK_IN, QT_TRANSLATE_NOOP("Visitors", "Walk-in"), "突然来访"),
])

ID_CARD, PASSPORT, OTHER_PAPER = "id_card", "passport", "other"
ID_TYPE_LABELS = Vocabulary("Visitors", [
    Term(ID_CARD, QT_TRANSLATE_NOOP("Visitors", "ID card"), "身份证"),
    Term(PASSPORT, QT_TRANSLATE_NOOP("Visitors", "Passport"), "护照"),
    Term(OTHER_PAPER, QT_TRANSLATE_NOOP("Visitors", "Other paper"), "其他证件"),
])

FIELD_LABELS: dict[str, str] = {
    "arrived_at": QT_TRANSLATE_NOOP("Visitors", "Arrival time"),
    "kind": QT_TRANSLATE_NOOP("Visitors", "Kind"),
    "visitor": QT_TRANSLATE_NOOP("Visitors", "Visitor"),
    "company": QT_TRANSLATE_NOOP("Visitors", "Unit or company"),
    "phone": QT_TRANSLATE_NOOP("Visitors", "Phone"),
    "people_count": QT_TRANSLATE_NOOP("Visitors", "Number of people"),
    "id_type": QT_TRANSLATE_NOOP("Visitors", "ID type"),
    "id_number": QT_TRANSLATE_NOOP("Visitors", "ID number"),
    "identity": QT_TRANSLATE_NOOP("Visitors", "Identity"),
    "host_department": QT_TRANSLATE_NOOP("Visitors", "Host department"),
    "host_person": QT_TRANSLATE_NOOP("Visitors", "Host"),
    "purpose": QT_TRANSLATE_NOOP("Visitors", "Purpose"),
    "received_by": QT_TRANSLATE_NOOP("Visitors", "Received by"),
    "message": QT_TRANSLATE_NOOP("Visitors", "Message left"),
}


def status_label(status: str) -> Translatable:
    return STATUS_LABELS.label(status)


# --- tables -----------------------------------------------------------------------


class VisitIdentity(BaseModel):
    """来访身份: 客户 当事人 办公人员 上级领导 其他, editable by the administrator."""

    name = CharField(unique=True, max_length=30)
    active = BooleanField(default=True)
    sort_order = IntegerField(default=0)

    class Meta:
        table_name = "visit_identity"


class Visit(BaseModel):
    """One visit (来访登记). ``notify_due`` is stored so that "late" is an indexed filter.

    ``arrived_at``: when the visitor came (a walk-in), or is expected (an appointment,
    set to the real time when signed in). ID numbers are stored only when typed and
    are shown masked (privacy.mask_id); a purge empties the personal fields.
    """

    number = CharField(unique=True)
    arrived_at = DateTimeField(index=True)
    entered_at = DateTimeField()
    kind = CharField(default=WALK_IN)
    visitor = CharField(default="", index=True, max_length=50)
    company = CharField(default="", index=True, max_length=100)
    phone = CharField(default="", index=True, max_length=40)
    people_count = IntegerField(default=1)
    id_type = CharField(default="")
    id_number = CharField(default="", max_length=30)
    identity = ForeignKeyField(VisitIdentity, backref="visits", on_delete="RESTRICT",
                               index=False)  # identities are never deleted
    host_department = CharField(default="", index=True, max_length=100)
    host_person = CharField(default="", max_length=50)
    purpose = CharField(default="", max_length=200)
    notified_to = CharField(default="", max_length=50)  # who at the host was told
    notified_at = DateTimeField(null=True)  # 通知时间
    agreed_at = DateTimeField(null=True)  # 约定时间
    received_by = CharField(default="", max_length=50)  # 接待人
    left_at = DateTimeField(null=True)
    auto_signed_out = BooleanField(default=False)  # 自动签退
    message = BoundedText(default="", max_length=500)  # 留言
    status = CharField(default=EXPECTED)
    notify_due = DateTimeField()  # the host must be told by then
    purged = BooleanField(default=False)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)

    class Meta:
        table_name = "visit"
        indexes = (
            (("status", "arrived_at"), False),
            (("status", "notify_due"), False),
            (("purged", "arrived_at"), False),  # the purge finds what is left to purge
        )

    def status_label(self, code: str | None = None) -> Translatable:
        """The word for ``code`` (default: this visit's status), for the calls register's
        caller history (``visits_of``)."""
        return status_label(self.status if code is None else code)


def get_visit(visit_id: int) -> Visit:
    gone = QT_TRANSLATE_NOOP("DomainError", "That visit no longer exists.")
    visit = Visit.get_or_none(Visit.id == values.clean_id(visit_id, gone))
    if visit is None:
        raise NotFound(gone)
    return visit


def get_by_number(number: str) -> Visit:
    text = values.lookup_text(number, Visit.number)
    visit = Visit.get_or_none(Visit.number == text) if text else None
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("DomainError", "There is no visit {number}."),
                       number=values.shown(str(number).strip()))
    return visit


# --- identities -------------------------------------------------------------------

DEFAULT_IDENTITIES = ("客户", "当事人", "办公人员", "上级领导", "其他")


def seed_identities() -> None:
    for order, name in enumerate(DEFAULT_IDENTITIES):
        VisitIdentity.get_or_create(name=name, defaults={"sort_order": order})


def identities(active_only: bool = True) -> list[VisitIdentity]:
    return named_lists.entries(VisitIdentity, active_only)


# --- settings ---------------------------------------------------------------------

AUTO_SIGN_OUT_HOUR = "reception.visitors.auto_sign_out_hour"
LATE_MINUTES = "reception.visitors.late_minutes"
PURGE_MONTHS = "reception.visitors.purge_months"
# key -> (default, lowest, highest)
SETTING_RANGES = {AUTO_SIGN_OUT_HOUR: (20, 0, 23), LATE_MINUTES: (15, 1, 24 * 60),
                  PURGE_MONTHS: (24, 1, 120)}


def setting(key: str) -> int:
    """An office setting of this register, its default when unset or hand-edited badly."""
    default, low, high = SETTING_RANGES[key]
    try:
        value = int(settings.get(key, str(default)))
    except ValueError:
        return default
    return value if low <= value <= high else default


def purge_before(now: dt.datetime) -> dt.datetime:
    """Visits that came before this have their personal data purged."""
    months = setting(PURGE_MONTHS)
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)
