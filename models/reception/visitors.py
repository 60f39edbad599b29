"""来访登记 (visitors): appointments and walk-ins, told, on site, signed out.

The register's tables and words (``visitors_base``), steps (``visitors_steps``),
operations (``visitors_flow``), list (``visitors_lists``) and demo step
(``visitors_demo``); the package's ``__init__`` gathers ``__all__`` and the
descriptor's parts below.
"""

from __future__ import annotations

from peewee import SQL, NodeList, Value

from .. import numbering
from . import visitors_base as base
from . import visitors_steps as steps  # noqa: F401 - the step names, for the view
from .visitors_base import (
    APPOINTMENT,
    AUTO_SIGN_OUT_HOUR,
    CANCELLED,
    EXPECTED,
    FIELD_LABELS,
    ID_CARD,
    ID_TYPE_LABELS,
    KIND_LABELS,
    LATE_MINUTES,
    LEFT,
    NO_SHOW,
    NOTIFIED,
    ON_SITE,
    PURGE_MONTHS,
    PURGED_NAME,
    STATUS_LABELS,
    WALK_IN,
    Visit,
    VisitIdentity,
    get_by_number,
    get_visit,
    identities,
    seed_identities,
    setting,
    status_label,
)
from .visitors_demo import add_visits
from .visitors_flow import (
    FIELDS,
    auto_sign_out,
    cancel_visit,
    housekeeping,
    mark_no_show,
    move_identity,
    notify_host,
    purge_visitors,
    register_visit,
    save_identity,
    save_visitor_settings,
    sign_in,
    sign_out,
    update_visit,
)
from .visitors_lists import (
    COUNTERS,  # noqa: F401 - the reception tab's counter
    VISIT_LIST,
    count_late,
    count_on_site,
    day_visits,
    guess_host_department,
    known_hosts,
    last_entry,
    visits_of,
)
from .visitors_steps import SETTINGS_STEPS as VISITOR_SETTINGS_STEPS
from .visitors_steps import VISIT_STEPS

__all__ = [
    "APPOINTMENT", "AUTO_SIGN_OUT_HOUR", "CANCELLED", "EXPECTED", "ID_CARD", "ID_TYPE_LABELS",
    "LATE_MINUTES", "LEFT", "NOTIFIED", "NO_SHOW", "ON_SITE", "PURGE_MONTHS", "PURGED_NAME",
    "VISIT_FIELDS", "VISIT_FIELD_LABELS", "VISIT_KIND_LABELS", "VISIT_LIST", "VISIT_SETTING_RANGES",
    "VISIT_STATUS_LABELS", "VISIT_STEPS", "VISITOR_SETTINGS_STEPS", "WALK_IN", "Visit",
    "VisitIdentity", "auto_sign_out", "cancel_visit", "count_late", "count_on_site",
    "day_visits", "get_visit", "get_visit_by_number", "guess_host_department",
    "housekeeping", "known_hosts", "last_entry", "mark_no_show", "move_identity",
    "notify_host", "purge_visitors", "register_visit", "save_identity",
    "save_visitor_settings", "sign_in", "sign_out", "update_visit", "visit_identities",
    "visit_setting", "visit_status_label", "visits_of",
]
# Names other registers may also use are given the register's prefix here.
VISIT_FIELDS = FIELDS
VISIT_FIELD_LABELS = FIELD_LABELS
VISIT_SETTING_RANGES = base.SETTING_RANGES
VISIT_KIND_LABELS = KIND_LABELS
VISIT_STATUS_LABELS = STATUS_LABELS
get_visit_by_number = get_by_number
visit_identities = identities
visit_setting = setting
visit_status_label = status_label

numbering.register(base.PREFIX, Visit, Visit.number)

TABLES: tuple = (VisitIdentity, Visit)
SEEDERS: tuple = (seed_identities,)
DEMO_STEPS: tuple = (add_visits,)
STEPS: tuple = (VISIT_STEPS,)


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    problems = []
    bad = Visit.select().where(Visit.status.not_in(list(STATUS_LABELS))).count()
    if bad:
        problems.append(f"{bad} visits have an unknown status")
    unsigned = Visit.select().where((Visit.status == LEFT) & Visit.left_at.is_null()).count()
    if unsigned:
        problems.append(f"{unsigned} visits have left with no time of leaving")
    early = Visit.select().where(Visit.left_at < Visit.arrived_at).count()
    if early:
        problems.append(f"{early} visits left before they arrived")
    kept = Visit.select().where(Visit.purged & ((Visit.phone != "") | (Visit.id_number != "")
                                                | (Visit.visitor != PURGED_NAME))).count()
    if kept:
        problems.append(f"{kept} purged visits still hold personal data")
    from ..audit import AuditEntry  # the audit log never holds an ID card number in clear

    digits = "[0-9]" * 17
    clear = (AuditEntry.select(AuditEntry.id).where(AuditEntry.entity == "visit")
             .where(NodeList((AuditEntry.changes, SQL("GLOB"),
                              Value(f"*{digits}*", converter=False)))).first())
    if clear is not None:
        problems.append(f"audit row #{clear.id} holds an ID number in clear")
    return problems
