"""The vendors tab's counters of what is due today (as the reception tab's): counted here.

One line above the tab's sub-views, each "<label>: <count>" a link that brings its
sub-view to the front with its list filtered to what it counts; alarms red while not zero.
The serious failures open come FIRST: a serious failure (严重不合格) goes to the property
director at once, and the director's queue is that filtered list (see docs/domain.md).

A counter names its sub-view (the tab's attribute: evaluations, defects, pest, month) and
either the list it opens (``list_name``, the ListSpec.name, with ``open_filter``) or a page
of that sub-view that is not a list of rows (the density reports overdue are half-years
without a row: the pest view's density page lists them; ``listed`` says which).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..i18n import QT_TRANSLATE_NOOP
from ..listing import ListFilter
from .base import OBJECTED, SUBMITTED
from .defects_lists import DEFECT_LIST, defects_due_today, defects_late_now
from .evaluations_lists import EVALUATION_LIST, serious_open_count
from .evaluations_lists import counters as evaluation_counts
from .month_base import DRAFT
from .month_lists import SETTLEMENT_LIST
from .month_ops import alerts_waiting
from .pest_density import overdue_density_count, overdue_density_reports

__all__ = ["TAB_COUNTERS", "TabCounter", "tab_counter", "tab_counts"]

SERIOUS_OPEN = "serious_open"
WAITING_SIGNATURE = "waiting_signature"
OBJECTIONS = "objections"
DEFECTS_DUE = "due_today"  # the defects part's keys (its tests click them)
DEFECTS_LATE = "late"
DENSITY_OVERDUE = "density_overdue"
MONTHS_WAITING = "months_waiting"


class TabCounter(NamedTuple):
    """One counter of the vendors tab (see the module docstring)."""

    key: str  # stable: the link's target
    label: str  # QT_TRANSLATE_NOOP("Vendors", "…: {count}")
    count: Callable[[], int]
    view: str  # the tab's sub-view attribute
    list_name: str | None = None  # the ListSpec.name of the list it opens (None: a page)
    open_filter: Callable[[], ListFilter] | None = None
    alarm: bool = False  # red while not zero
    page: int | None = None  # the sub-view's page it opens, when not its list
    listed: Callable[[], list] | None = None  # what that page lists (len == count)


def _only(**fields: object) -> Callable[[], ListFilter]:
    return lambda: ListFilter(**fields)  # type: ignore[arg-type]


TAB_COUNTERS: tuple[TabCounter, ...] = (
    TabCounter(SERIOUS_OPEN, QT_TRANSLATE_NOOP("Vendors", "Serious failures open: {count}"),
               serious_open_count, "evaluations", EVALUATION_LIST.name,
               _only(extra={"serious": "open"}), alarm=True),
    TabCounter(WAITING_SIGNATURE, QT_TRANSLATE_NOOP(
        "Vendors", "Waiting for the vendor's signature: {count}"),
        lambda: evaluation_counts()["waiting"], "evaluations", EVALUATION_LIST.name,
        _only(status=SUBMITTED)),
    TabCounter(OBJECTIONS, QT_TRANSLATE_NOOP("Vendors", "Objections to rule on: {count}"),
               lambda: evaluation_counts()["objected"], "evaluations", EVALUATION_LIST.name,
               _only(status=OBJECTED)),
    TabCounter(DEFECTS_DUE, QT_TRANSLATE_NOOP("Vendors", "Defects due today: {count}"),
               defects_due_today, "defects", DEFECT_LIST.name,
               _only(extra={"due_today": True})),
    TabCounter(DEFECTS_LATE, QT_TRANSLATE_NOOP("Vendors", "Late: {count}"),
               defects_late_now, "defects", DEFECT_LIST.name,
               _only(extra={"due_today": True, "late": True}), alarm=True),
    TabCounter(DENSITY_OVERDUE, QT_TRANSLATE_NOOP("Vendors", "Density reports overdue: {count}"),
               overdue_density_count, "pest", alarm=True, page=2,
               listed=overdue_density_reports),
    TabCounter(MONTHS_WAITING, QT_TRANSLATE_NOOP("Vendors", "Months waiting for the manager: "
                                                 "{count}"),
               alerts_waiting, "month", SETTLEMENT_LIST.name,
               _only(status=DRAFT, extra={"alert": True}), alarm=True),
)


def tab_counter(key: str) -> TabCounter | None:
    return next((c for c in TAB_COUNTERS if c.key == key), None)


def tab_counts() -> dict[str, int]:
    """{key: count} of every counter, in the line's order."""
    return {c.key: c.count() for c in TAB_COUNTERS}
