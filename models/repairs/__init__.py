"""Repair orders (报修单 / 工程服务单): the public API of the repairs tab.

A customer reports a fault; the clerk registers it (待派工) and dispatches it to
engineering with a printed service order (已派工); engineering accepts it (处理中)
and reports completion (已完工); the clerk checks the work (已验收, or sends it
back to 处理中) and calls the customer back (已回访; 不满意 reopens it). See
docs/domain.md, "Repair orders". Import this module, not its parts:

    from models import repairs
    order = repairs.register({...}, by=clerk)
    repairs.dispatch(order.id, "刘海波", by=clerk)

The parts: ``repairs.base`` (vocabulary, tables, categories, deadlines),
``repairs.flow`` (the operations), ``repairs.queries`` (search, overdue,
lookups, timeline, check), ``repairs.list`` (the list for models.listing),
``repairs.report`` (the monthly report), ``repairs.demo`` (demo data),
``repairs.steps`` (who may take which step on an order: ``ORDER_STEPS``).
"""

from __future__ import annotations

from .. import audit, numbering
from ..area import Area
from ..db import Migration
from ..i18n import QT_TRANSLATE_NOOP
from . import audit_labels, callback_source, steps  # noqa: F401 - the log's words; the step names: repairs.steps.DISPATCH, …
from .base import (  # noqa: F401 - the public API
    BASICALLY_SATISFIED,
    CALL_BACK,
    CALLED_BACK,
    CANCEL,
    CANCELLED,
    CHECK,
    CHECKED,
    COMPLAINT,
    COMPLETED,
    DEFAULT_CATEGORIES,
    DEFAULT_DEADLINES,
    DEFAULT_OFFICE_DEADLINES,
    DISPATCH,
    DISPATCHED,
    EVENT_LABELS,
    FIELD_LABELS,
    IN_PROGRESS,
    NORMAL,
    NOT_ACCEPTED,
    OFFICE_STEPS,
    OPEN_STATUSES,
    OTHER,
    PATROL,
    PHONE,
    PREFIX,
    REGISTER,
    REGISTERED,
    SATISFIED,
    SOURCE_LABELS,
    STATUS_LABELS,
    UNCHECKED,
    UNSATISFIED,
    URGENCY_LABELS,
    URGENT,
    VERDICT_LABELS,
    VISIT,
    WORK,
    WORK_DONE,
    Deadlines,
    OfficeDeadlines,
    RepairCategory,
    RepairEvent,
    RepairOrder,
    categories,
    deadlines,
    event_label,
    get_by_number,
    get_category,
    get_order,
    office_deadlines,
    seed_categories,
    status_label,
)
from .demo import JOBS as DEMO_JOBS  # noqa: F401 - the warehouse demo's repair jobs
from .demo import URGENT_JOBS as DEMO_URGENT_JOBS  # noqa: F401
from .demo import add_repair_orders
from .flow import (  # noqa: F401
    FIELDS,
    FUTURE_TOLERANCE,
    accept,
    call_back,
    cancel,
    check,
    complete,
    dispatch,
    mark_paper_returned,
    register,
    send_back,
    update_order,
)
from .lists import ORDER_LIST, duration_text  # noqa: F401
from .office import (  # noqa: F401
    move_category,
    save_category,
    save_deadlines,
    set_deadlines,
    set_office_deadlines,
)
from .queries import (  # noqa: F401
    LATE_STEPS,
    SEARCHED,
    WAITING_FOR,
    check_repairs,
    completed_late,
    count_overdue,
    count_unreturned_papers,
    due_at,
    engineer_names,
    get_orders,
    guess_department,
    history,
    known_departments,
    last_change,
    late_value,
    lateness,
    open_orders,
    overdue_clause,
    search,
    split_late,
    timeline,
    unreturned_papers,
)
from .report import MonthlyReport, month_bounds, monthly_report  # noqa: F401
from .steps import ORDER_STEPS, SETTINGS_STEPS  # noqa: F401

TABLES = [RepairCategory, RepairOrder, RepairEvent]


def _v2_repairs(database) -> None:
    database.create_tables(TABLES)
    seed_categories()


def _v13_repair_callbacks(database) -> None:
    """The orders' callbacks (their timelines' 回访 events) into the one callback table."""
    callback_source.backfill(database)


# What the repairs area gives the program (models.areas reads it).
AREA = Area(
    "repairs",
    tables=tuple(TABLES),
    migrations=(Migration(2, "repair orders", _v2_repairs),
                Migration(13, "repair orders' callbacks into the callback table",
                          _v13_repair_callbacks)),
    seeders=(seed_categories,),
    demo_steps=(add_repair_orders,),
    check=check_repairs,
    steps=(ORDER_STEPS,),
)

numbering.register(PREFIX, RepairOrder, RepairOrder.number)

# How the audit log names the repair actions.
audit.ACTION_LABELS.update(
    {
        "repair.register": QT_TRANSLATE_NOOP("Lists", "Repair registered"),
        "repair.update": QT_TRANSLATE_NOOP("Lists", "Repair order changed"),
        "repair.dispatch": QT_TRANSLATE_NOOP("Lists", "Repair dispatched"),
        "repair.paper_returned": QT_TRANSLATE_NOOP("Lists", "Service order paper returned"),
        "repair.accept": QT_TRANSLATE_NOOP("Lists", "Repair accepted"),
        "repair.complete": QT_TRANSLATE_NOOP("Lists", "Repair completed"),
        "repair.check": QT_TRANSLATE_NOOP("Lists", "Repair checked"),
        "repair.send_back": QT_TRANSLATE_NOOP("Lists", "Repair sent back"),
        "repair.call_back": QT_TRANSLATE_NOOP("Lists", "Customer called back"),
        "repair.cancel": QT_TRANSLATE_NOOP("Lists", "Repair cancelled"),
        "repair_category.create": QT_TRANSLATE_NOOP("Lists", "Repair category added"),
        "repair_category.update": QT_TRANSLATE_NOOP("Lists", "Repair category changed"),
    }
)
