"""客户投诉 in the one callback queue (models.callbacks, kind "complaint").

A complaint done (处理完成) waits for its callback, due the same day. The customer's
verdict, recorded through ``callbacks.record_callback`` (the complaint's own 回访 step
and the queue's both), closes it (满意 / 基本满意) or reopens it to its department with
the customer's words (不满意): ``apply`` below, inside the callback's transaction.
"""

from __future__ import annotations

import datetime as dt
import random

from .. import audit, callbacks, callbacks_demo, clock
from ..i18n import QT_TRANSLATE_NOOP
from ..people import User
from . import complaints_base as base
from . import complaints_steps as steps
from .complaints_base import Complaint
from .complaints_ops import reopen_or_close
from .complaints_steps import COMPLAINT_STEPS as STEPS

KIND = base.KIND


def waiting() -> list[callbacks.Waiting]:
    """Every complaint done and not yet called back, soonest due first."""
    query = (Complaint.select().where(Complaint.status == base.DONE)
             .order_by(Complaint.callback_due, Complaint.id))
    return [callbacks.Waiting(
        kind=KIND, case_id=c.id, number=c.number, customer=c.customer,
        room=c.room or c.unit, phone=c.phone, summary=c.summary.splitlines()[0][:200]
        if c.summary else "", due_at=c.callback_due or base.end_of_day(c.done_at),
        owner=c.department) for c in query]


def apply(complaint_id: int, verdict: str, words: str, at: dt.datetime, by: User) -> None:
    """满意 / 基本满意 closes the complaint; 不满意 reopens it to the department with the
    customer's words, and it stays open (a new remedy due in the same delay)."""
    complaint = base.get_complaint(complaint_id)
    STEPS.require(by, steps.CALL_BACK, complaint)
    reopen_or_close(complaint, verdict, words, at, by)


callbacks.register_source(callbacks.Source(
    kind=KIND, label=QT_TRANSLATE_NOOP("Callbacks", "Complaint"), waiting=waiting,
    apply=apply))

audit.ACTION_LABELS.setdefault("complaint.callback",
                               QT_TRANSLATE_NOOP("Lists", "Complaint called back"))


def move_old_callbacks(database) -> None:
    """Migration 12: complaint_callback's rows into the callback table, then dropped."""
    for old, new in base.OLD_VERDICTS.items():
        database.execute_sql("UPDATE complaint SET verdict = ? WHERE verdict = ?", (new, old))
    if not database.table_exists("complaint_callback"):
        return
    database.execute_sql(
        "INSERT INTO callback (kind, case_id, number, customer, room, phone, made_at, mode,"
        " person, by_name, words, verdict, follow_up_needed, promised_at, follow_up_result,"
        " follow_up_by, follow_up_at, reviewed_by, reviewed_at, entered_at, created_by_id) "
        "SELECT ?, c.id, c.number, c.customer, CASE WHEN c.room != '' THEN c.room ELSE c.unit"
        " END, c.phone, b.called_at, ?, '', b.by_name, b.words,"
        " CASE b.verdict WHEN 'fairly' THEN ? WHEN 'dissatisfied' THEN ? ELSE b.verdict END,"
        " 0, NULL, '', '', NULL, '', NULL, b.entered_at, b.created_by_id "
        "FROM complaint_callback b JOIN complaint c ON c.id = b.complaint_id "
        "ORDER BY b.id",
        (KIND, callbacks.PHONE, base.FAIRLY, base.DISSATISFIED))
    database.execute_sql("DROP TABLE complaint_callback")


def add_callback_demo(ctx) -> None:
    """The demo: the manager's reviews of the older complaint callbacks, and a few customers
    who could not answer now (after the complaints' demo, which called back through the
    queue's table)."""
    rng = random.Random(f"complaint-callbacks:{ctx.start}:{ctx.end}")
    now = clock.now() if ctx.end == clock.today() else dt.datetime.combine(ctx.end,
                                                                           dt.time(17, 30))
    callbacks_demo.review_older(KIND, ctx.users["jingli"], now, rng)
    callbacks_demo.promise_some(KIND, ctx.users["wenyuan"], now, rng)
