"""建议/意见 (suggestions and opinions) and the month's summary for the client representative.

The register's parts: ``suggestions_base`` (words, table), ``suggestions_steps`` (declared
once), ``suggestions_flow`` (the operations), ``suggestions_month`` (the list, the month's
summary, the check), ``suggestions_demo``. The package's ``__init__`` gathers ``__all__``
and the descriptor's parts below.
"""

from __future__ import annotations

from .suggestions_base import (
    SRC_BOX,
    SRC_CALL,
    SRC_DESK,
    SRC_SWITCHBOARD,
    SRC_WECHAT,
    SUGGESTION_ACKNOWLEDGED,
    SUGGESTION_CLOSED,
    SUGGESTION_CONFIRMED,
    SUGGESTION_REGISTERED,
    SUGGESTION_SENT,
    SUGGESTION_SOURCE_LABELS,
    SUGGESTION_STATUS_LABELS,
    Suggestion,
    get_suggestion,
)
from .suggestions_demo import add_suggestions, demo_suggestion  # noqa: F401 - the calls demo
from .suggestions_flow import (
    acknowledge_suggestion,
    confirm_days,
    confirm_suggestion,
    count_unconfirmed_late,
    record_suggestion_result,
    register_suggestion,
    send_suggestion,
    set_confirm_days,
)
from .suggestions_month import (
    SUGGESTION_LIST,
    SuggestionMonth,
    check_suggestions,
    suggestion_month,
    suggestions_between,
    summary_period,
)
from .suggestions_steps import SUGGESTION_SETTINGS_STEPS, SUGGESTION_STEPS

__all__: list[str] = [
    "SUGGESTION_ACKNOWLEDGED", "SUGGESTION_CLOSED", "SUGGESTION_CONFIRMED",
    "SUGGESTION_REGISTERED", "SUGGESTION_SENT", "SUGGESTION_SOURCE_LABELS",
    "SUGGESTION_STATUS_LABELS", "Suggestion", "get_suggestion", "acknowledge_suggestion",
    "confirm_days", "confirm_suggestion", "count_unconfirmed_late", "record_suggestion_result",
    "register_suggestion", "send_suggestion", "set_confirm_days", "SUGGESTION_LIST",
    "SuggestionMonth", "suggestion_month", "suggestions_between", "summary_period",
    "SUGGESTION_STEPS", "SUGGESTION_SETTINGS_STEPS",
]
_SOURCES = (SRC_BOX, SRC_CALL, SRC_DESK, SRC_SWITCHBOARD, SRC_WECHAT)  # suggestions.SRC_*

TABLES: tuple = (Suggestion,)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_suggestions,)
STEPS: tuple = (SUGGESTION_STEPS,)


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    return check_suggestions()
