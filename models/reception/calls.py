"""来电记录 (calls): every call, routed without retyping.

The register's parts: ``calls_base`` (words, table), ``calls_steps`` (declared once),
``calls_flow`` (the operations, the routing), ``calls_history`` (the caller's history, the
list, the link from a repair order, the check), ``calls_demo``. The package's ``__init__``
gathers ``__all__`` and the descriptor's parts below.
"""

from __future__ import annotations

from .calls_base import (
    CALL_ANSWERED,
    CALL_KIND_LABELS,
    CALL_PENDING,
    CALL_STATUS_LABELS,
    CALL_TO_COMPLAINT,
    CALL_TO_REGISTER,
    CALL_TO_REPAIR,
    CALL_TO_SUGGESTION,
    Call,
    get_call,
)
from .calls_demo import add_calls
from .calls_flow import (
    CALL_FIELDS,
    REPAIR_FIELDS,
    answer_call,
    complaint_registered,
    default_promise,
    promise_days,
    register_call,
    route_call_to_repair,
    set_promise_days,
)
from .calls_history import (
    CALL_LIST,
    COUNTERS,  # noqa: F401 - the reception tab's counter
    HistoryLine,
    call_of_order,
    caller_history,
    check_calls,
    complaint_of_call,
    count_to_register,
)
from .calls_steps import CALL_ROUTE_COMPLAINT, CALL_SETTINGS_STEPS, CALL_STEPS

__all__: list[str] = [
    "CALL_ANSWERED", "CALL_KIND_LABELS", "CALL_PENDING", "CALL_STATUS_LABELS",
    "CALL_TO_COMPLAINT", "CALL_TO_REGISTER", "CALL_TO_REPAIR", "CALL_TO_SUGGESTION", "Call",
    "get_call", "CALL_ROUTE_COMPLAINT", "complaint_registered", "complaint_of_call",
    "count_to_register",
    "CALL_FIELDS", "REPAIR_FIELDS", "answer_call", "default_promise", "promise_days",
    "register_call", "route_call_to_repair", "set_promise_days", "CALL_LIST", "HistoryLine",
    "call_of_order", "caller_history", "CALL_STEPS", "CALL_SETTINGS_STEPS",
]

TABLES: tuple = (Call,)
SEEDERS: tuple = ()
DEMO_STEPS: tuple = (add_calls,)
STEPS: tuple = (CALL_STEPS,)  # the settings steps are checked by their page, not listed


def check() -> list[str]:
    """This register's invariants broken, in plain sentences (empty: sound)."""
    return check_calls()
