"""The repairs area's office settings: its categories and its deadlines (the administrator's).

Above ``steps`` (which reads ``base``): each operation checks the Settings page's declared
step, then writes with its audit row.
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import named_lists, settings, values
from ..db import database
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User, require
from .base import (
    MAX_DEADLINE_MINUTES,
    OFFICE_STEPS,
    URGENCY_LABELS,
    Deadlines,
    OfficeDeadlines,
    RepairCategory,
    categories,
    deadline_key,
    deadlines,
    office_deadlines,
)
from .steps import CATEGORIES, DEADLINES, SETTINGS_STEPS


def save_category(
    by: User,
    name: str,
    category_id: int | None = None,
    active: bool = True,
    sort_order: int | None = None,
) -> RepairCategory:
    """Add a category, or rename / (de)activate / move one. Old orders keep theirs."""
    require(by, SETTINGS_STEPS[CATEGORIES].permission)
    return named_lists.save_entry(RepairCategory, by, name, category_id, active, sort_order)


def move_category(by: User, category_id: int, step: int) -> RepairCategory | None:
    """One place up (-1) or down (1) in the forms' order, in one transaction (None: at the end)."""
    require(by, SETTINGS_STEPS[CATEGORIES].permission)
    return named_lists.move_entry(RepairCategory, by, category_id, step,
                                  lambda: categories(active_only=False))


def _check_minutes(field: str, value: object) -> None:
    if (isinstance(value, bool) or not isinstance(value, int)
            or not 1 <= value <= MAX_DEADLINE_MINUTES):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "A deadline must be between 1 minute and {days} days."
            ),
            field=field, days=MAX_DEADLINE_MINUTES // (24 * 60),
        )


def _check_urgency(urgency: str) -> None:
    if urgency not in URGENCY_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown urgency: {urgency}."),
            field="urgency", urgency=values.shown(urgency),
        )


def _check_dispatch(dispatch_minutes: int, accept_minutes: int) -> None:
    if dispatch_minutes > accept_minutes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The dispatch deadline cannot be longer than the acceptance one."
            ),
            field="dispatch_minutes",
        )


def set_deadlines(urgency: str, accept_minutes: int, complete_minutes: int, by: User) -> Deadlines:
    """The administrator changes the deadlines for new orders; registered orders keep theirs."""
    SETTINGS_STEPS.require_permission(by, DEADLINES)
    _check_urgency(urgency)
    for field, value in (("accept_minutes", accept_minutes),
                         ("complete_minutes", complete_minutes)):
        _check_minutes(field, value)
    if complete_minutes < accept_minutes:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The completion deadline cannot be shorter than the acceptance one."
            ),
            field="complete_minutes",
        )
    with database.atomic():
        settings.put(deadline_key(urgency, "accept"), str(accept_minutes), by)
        settings.put(deadline_key(urgency, "complete"), str(complete_minutes), by)
    return Deadlines(accept_minutes, complete_minutes)


def set_office_deadlines(urgency: str, dispatch_minutes: int, check_minutes: int,
                         call_back_minutes: int, by: User) -> OfficeDeadlines:
    """The office's own deadlines (派工 from the report, 验收 from the completion, 回访 from
    the check); they apply to every order from now on, as the overdue count reads them."""
    SETTINGS_STEPS.require_permission(by, DEADLINES)
    _check_urgency(urgency)
    wanted = OfficeDeadlines(dispatch_minutes, check_minutes, call_back_minutes)
    for name in OFFICE_STEPS:
        _check_minutes(f"{name}_minutes", getattr(wanted, f"{name}_minutes"))
    with database.atomic():
        _check_dispatch(dispatch_minutes, deadlines(urgency).accept_minutes)
        for name in OFFICE_STEPS:
            settings.put(deadline_key(urgency, name), str(getattr(wanted, f"{name}_minutes")), by)
    return wanted


def save_deadlines(
    wanted: Mapping[str, tuple[int, int]],
    by: User,
    office: Mapping[str, tuple[int, int, int]] | None = None,
) -> dict[str, Deadlines]:
    """The settings page's Save: every urgency's deadlines together, or none.

    ``wanted``: (accept, complete) minutes by urgency; ``office``: (dispatch, check, call
    back) minutes by urgency. One transaction; only the urgencies whose deadlines change are
    written (each audited as set_deadlines / set_office_deadlines do). Returns every
    urgency's engineering deadlines as they now stand (``office_deadlines`` the others).
    """
    SETTINGS_STEPS.require_permission(by, DEADLINES)
    with database.atomic():
        for urgency, (accept_minutes, complete_minutes) in wanted.items():
            if urgency in URGENCY_LABELS:
                current = deadlines(urgency)
                if (current.accept_minutes, current.complete_minutes) == (
                        accept_minutes, complete_minutes):
                    continue
            set_deadlines(urgency, accept_minutes, complete_minutes, by=by)
        for urgency, minutes in (office or {}).items():
            if urgency in URGENCY_LABELS and office_deadlines(urgency) == OfficeDeadlines(*minutes):
                _check_dispatch(minutes[0], deadlines(urgency).accept_minutes)
                continue
            set_office_deadlines(urgency, *minutes, by=by)
    return {urgency: deadlines(urgency) for urgency in URGENCY_LABELS}
