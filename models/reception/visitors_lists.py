"""The visitors' list (来访登记) for models.listing, and the register's questions.

Extra filters (``ListFilter.extra``): "who" (phone, name or company starting with the
text: the visitors view's search box, indexed), "on_site" (truthy: only visitors on site now),
"late" (truthy: only visitors whose host has not been told in time, against the clock
when the page is read), "kind" (code), "identity" (id), "department" (start of the host
department). The "late" column: minutes past the time the host should have been told
(still waiting, or told late); blank when on time. ID numbers show masked.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, SQL, Case, ColumnBase, NodeList, Value, fn

from .. import clock
from ..i18n import QT_TRANSLATE_NOOP
from ..listing import Column, ListSpec
from . import visitors_base as base
from .counters import Counter, today_only
from .privacy import mask_id
from .visitors_base import Visit, VisitIdentity

V = Visit


class _Now(ColumnBase):
    """The clock as an SQL parameter, read each time the statement is built."""

    def __sql__(self, ctx):
        return ctx.value(f"{clock.now():%Y-%m-%d %H:%M:%S}", converter=False)


def _minutes(later, earlier):
    seconds = (fn.strftime("%s", later).cast("INTEGER")
               - fn.strftime("%s", earlier).cast("INTEGER"))
    return seconds / 60  # whole minutes, rounded down (integers in SQLite)


def late_minutes():
    """SQL: minutes the host was (or is) told late; NULL when on time."""
    now = _Now()
    return Case(None, [
        ((Visit.status == base.EXPECTED) & (Visit.notify_due < now),
         _minutes(now, Visit.notify_due)),
        (Visit.notified_at > Visit.notify_due, _minutes(Visit.notified_at, Visit.notify_due)),
    ], None)


def late_clause():
    """Visitors waiting while their host has not been told in time (shown in red)."""
    return (Visit.status == base.EXPECTED) & (Visit.notify_due < _Now())


def late_text(minutes, translate=None) -> str:
    if minutes is None or minutes <= 0:
        return ""
    text = QT_TRANSLATE_NOOP("Visitors", "{minutes} min late")
    return (translate("Visitors", text) if translate else text).format(minutes=int(minutes))


AUTO = QT_TRANSLATE_NOOP("Visitors", "Auto sign-out")


def _auto_text(value, translate=None) -> str:
    if not value:
        return ""
    return translate("Visitors", AUTO) if translate else AUTO


def _masked(value, translate=None) -> str:
    return mask_id(value)


def _base_query():
    return Visit.select().join(VisitIdentity, JOIN.LEFT_OUTER,
                               on=(Visit.identity == VisitIdentity.id))


def _glob_prefix(text: str) -> str:
    """``text*`` for GLOB, the clerk's own * ? [ taken literally."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text) + "*"


def who_clause(text: str):
    """Phone, name or company starting with ``text``: each an indexed GLOB prefix (fast at
    any size, unlike the list's "contains" search, which reads every row)."""
    pattern = Value(_glob_prefix(text), converter=False)
    parts = [NodeList((field, SQL("GLOB"), pattern)) for field in (V.phone, V.visitor, V.company)]
    return parts[0] | parts[1] | parts[2]


def _who(query, value):
    text = str(value or "").strip()
    return query.where(who_clause(text)) if text else query


def _flag(clause):
    return lambda query, value: query.where(clause()) if value else query


VISIT_LIST = ListSpec(
    name="visits",
    title=QT_TRANSLATE_NOOP("Lists", "Visitors"),
    model=Visit,
    columns=[
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), V.number, width=130),
        Column("arrived_at", QT_TRANSLATE_NOOP("Lists", "Arrived"), V.arrived_at, width=120,
               kind="datetime"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), V.status, width=70,
               kind="status", labels=base.STATUS_LABELS),
        Column("late", QT_TRANSLATE_NOOP("Lists", "Late"), late_minutes(), width=80,
               sortable=False, display=late_text),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), V.kind, width=80, kind="status",
               labels=base.KIND_LABELS),
        Column("visitor", QT_TRANSLATE_NOOP("Lists", "Visitor"), V.visitor, width=80),
        Column("company", QT_TRANSLATE_NOOP("Lists", "Unit or company"), V.company, width=140),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), V.phone, width=100),
        Column("people_count", QT_TRANSLATE_NOOP("Lists", "People"), V.people_count, width=40,
               kind="number"),
        Column("identity", QT_TRANSLATE_NOOP("Lists", "Identity"), VisitIdentity.name, width=60),
        Column("host_department", QT_TRANSLATE_NOOP("Lists", "Host department"),
               V.host_department, width=110),
        Column("host_person", QT_TRANSLATE_NOOP("Lists", "Host"), V.host_person, width=70),
        Column("purpose", QT_TRANSLATE_NOOP("Lists", "Purpose"), V.purpose, width=160,
               sortable=False),
        Column("notified_at", QT_TRANSLATE_NOOP("Lists", "Host told"), V.notified_at,
               width=120, kind="datetime"),
        Column("left_at", QT_TRANSLATE_NOOP("Lists", "Left"), V.left_at, width=120,
               kind="datetime"),
        Column("auto_signed_out", QT_TRANSLATE_NOOP("Lists", "Auto"), V.auto_signed_out,
               width=40, sortable=False,
               display=lambda value, tr=None: _auto_text(value, tr)),
        Column("id_number", QT_TRANSLATE_NOOP("Lists", "ID number"), V.id_number, width=140,
               sortable=False, display=_masked, visible=False),
        Column("agreed_at", QT_TRANSLATE_NOOP("Lists", "Agreed time"), V.agreed_at, width=120,
               kind="datetime", visible=False),
        Column("received_by", QT_TRANSLATE_NOOP("Lists", "Received by"), V.received_by,
               width=70, visible=False),
        Column("message", QT_TRANSLATE_NOOP("Lists", "Message left"), V.message, width=160,
               sortable=False, visible=False),
    ],
    search=[V.phone, V.visitor, V.company],
    date_field=V.arrived_at,
    status_field=V.status,
    statuses=base.STATUS_LABELS,
    default_sort=("arrived_at", True),
    base_query=_base_query,
    extra_filters={
        "who": _who,
        "on_site": lambda q, v: q.where(V.status == base.ON_SITE) if v else q,
        "late": _flag(late_clause),
        "kind": lambda q, v: q.where(V.kind == v),
        "identity": lambda q, v: q.where(V.identity == v),
        "department": lambda q, v: q.where(V.host_department.startswith(str(v).strip())),
    },
    cache_sql=False,  # "late" reads the clock
)


def count_on_site() -> int:
    """How many visitors are on site now (the view's counter)."""
    return Visit.select().where(Visit.status == base.ON_SITE).count()


def count_late() -> int:
    return Visit.select().where(late_clause()).count()


def count_expected_today() -> int:
    """The tab's counter: visitors booked for today (预约) not yet come."""
    start = dt.datetime.combine(clock.today(), dt.time())
    return Visit.select().where((Visit.status == base.EXPECTED) & (Visit.arrived_at >= start)
                                & (Visit.arrived_at < start + dt.timedelta(days=1))).count()


# The tab's counter (models.reception.counters).
COUNTERS: tuple = (
    Counter("visitors_expected", QT_TRANSLATE_NOOP("Reception", "Visitors expected today: "
                                                   "{count}"),
            count_expected_today, today_only(status=base.EXPECTED), VISIT_LIST.name),
)


def visits_of(phone: str = "", room: str = "", limit: int = 50) -> list[Visit]:
    """The visits of a phone number, or to a room / unit (host department or company), newest first.

    For the calls register's caller history. Purged visits hold no phone, so they never
    match a phone.
    """
    phone, room = (phone or "").strip(), (room or "").strip()
    if not phone and not room:
        return []
    query = Visit.select()
    if phone:
        query = query.where(Visit.phone == phone)
    if room:
        query = query.where(Visit.host_department.startswith(room)
                            | Visit.company.startswith(room))
    return list(query.order_by(Visit.arrived_at.desc(), Visit.id.desc()).limit(max(1, limit)))


def last_entry(by_id: int | None = None) -> Visit | None:
    """The newest visit registered (by this clerk when given): the form's defaults."""
    query = Visit.select().order_by(Visit.id.desc())
    if by_id is not None:
        query = query.where(Visit.created_by == by_id)
    return query.first()


def guess_host_department(host_person: str) -> str:
    """The department the host was last visited in (the form proposes it)."""
    name = (host_person or "").strip()
    if not name:
        return ""
    row = (Visit.select(Visit.host_department)
           .where((Visit.host_person == name) & (Visit.host_department != ""))
           .order_by(Visit.id.desc()).first())
    return row.host_department if row else ""


def known_hosts(limit: int = 500) -> list[str]:
    """Hosts visited lately, for the form's completer."""
    rows = (Visit.select(Visit.host_person, fn.MAX(Visit.id).alias("last"))
            .where(Visit.host_person != "").group_by(Visit.host_person)
            .order_by(fn.MAX(Visit.id).desc()).limit(limit))
    return [r.host_person for r in rows]


def day_visits(day: dt.date) -> list[Visit]:
    """The day's register (来访登记表): the day's visits in arrival order."""
    start = dt.datetime.combine(day, dt.time())
    return list(Visit.select().where((Visit.arrived_at >= start)
                                     & (Visit.arrived_at < start + dt.timedelta(days=1)))
                .order_by(Visit.arrived_at, Visit.id))
