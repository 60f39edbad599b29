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
    URGENCY_LABELS,
    Deadlines,
    RepairCategory,
    categories,
    deadline_key,
    deadlines,
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


def set_deadlines(urgency: str, accept_minutes: int, complete_minutes: int, by: User) -> Deadlines:
    """The administrator changes the deadlines for new orders; registered orders keep theirs."""
    SETTINGS_STEPS.require_permission(by, DEADLINES)
    if urgency not in URGENCY_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown urgency: {urgency}."),
            field="urgency", urgency=values.shown(urgency),
        )
    for field, value in (("accept_minutes", accept_minutes),
                         ("complete_minutes", complete_minutes)):
        if (isinstance(value, bool) or not isinstance(value, int)
                or not 1 <= value <= MAX_DEADLINE_MINUTES):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "A deadline must be between 1 minute and {days} days."
                ),
                field=field, days=MAX_DEADLINE_MINUTES // (24 * 60),
            )
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


def save_deadlines(wanted: Mapping[str, tuple[int, int]], by: User) -> dict[str, Deadlines]:
    """The settings page's Save: every urgency's (accept, complete) minutes together, or none.

    One transaction; only the urgencies whose deadlines change are written (each audited
    as set_deadlines does). Returns every urgency's deadlines as they now stand.
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
    return {urgency: deadlines(urgency) for urgency in URGENCY_LABELS}
