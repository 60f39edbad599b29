"""Repair orders in the one callback queue (models.callbacks, kind "repair").

An order checked (已验收) waits for its callback (回访), due by the office's deadline
counted from the check. The repairs tab's own 回访 step and the queue's both record
through ``callbacks.record_callback``; ``apply`` below is the order's own callback
logic (已回访, or 不满意 reopens it to 处理中 with the customer's words: flow.apply_callback,
which registers the source with ``waiting`` below), run inside the callback's transaction.
"""

from __future__ import annotations

from .. import callbacks
from . import base, queries
from .base import RepairOrder

KIND = "repair"


def waiting() -> list[callbacks.Waiting]:
    """Every order checked and not yet called back, soonest due first."""
    query = (RepairOrder.select().where(RepairOrder.status == base.CHECKED)
             .order_by(RepairOrder.checked_at, RepairOrder.id))
    cases = [callbacks.Waiting(
        kind=KIND, case_id=o.id, number=o.number, customer=o.reporter or o.department_name,
        room=o.location, phone=o.phone,
        summary=o.content.splitlines()[0][:200] if o.content else "",
        due_at=queries.due_at(o) or o.checked_at, owner=o.engineer) for o in query]
    return sorted(cases, key=lambda c: (c.due_at, c.case_id))


def backfill(database) -> None:
    """Migration 13: every callback the orders' timelines hold, into the callback table
    (once: an event already there, by order and time, is not copied again)."""
    database.execute_sql(
        "INSERT INTO callback (kind, case_id, number, customer, room, phone, made_at, mode,"
        " person, by_name, words, verdict, follow_up_needed, promised_at, follow_up_result,"
        " follow_up_by, follow_up_at, reviewed_by, reviewed_at, entered_at, created_by_id) "
        "SELECT ?, o.id, o.number, substr(o.reporter, 1, 50), o.location, o.phone, e.at, ?,"
        " '', substr(COALESCE(u.full_name, ''), 1, 50), e.note, e.verdict, 0, NULL, '', '',"
        " NULL, '', NULL, e.entered_at, COALESCE(e.user_id, o.created_by_id) "
        "FROM repair_event e JOIN repair_order o ON o.id = e.order_id "
        "LEFT JOIN \"user\" u ON u.id = e.user_id "
        "WHERE e.action = ? AND NOT EXISTS (SELECT 1 FROM callback c WHERE c.kind = ?"
        " AND c.case_id = o.id AND c.made_at = e.at) ORDER BY e.at, e.id",
        (KIND, callbacks.PHONE, base.EV_CALL_BACK, KIND))

