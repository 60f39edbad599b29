"""工程维修月报: the month's repair figures as plain data, for the PDF and the workbook."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from . import base
from .base import RepairCategory, RepairEvent, RepairOrder


@dataclass
class MonthlyReport:
    """The figures of one month's repair orders. See ``monthly_report`` for who counts."""

    month: str  # YYYY-MM
    start: dt.datetime  # first day 00:00
    end: dt.datetime  # first day of the next month 00:00 (exclusive)
    reported: int  # every order reported in the month, cancelled ones included
    cancelled: int  # of those, cancelled (as of now)
    urgent: int  # not cancelled and 紧急
    by_category: list[tuple[str, int]]  # not cancelled; every category in list order
    by_department: list[tuple[str, int]]  # not cancelled; most orders first
    completed: int  # not cancelled, work finished now (已完工/已验收/已回访)
    completed_on_time: int  # of completed: completed_at <= complete_due
    completed_late: int
    avg_hours_to_accept: float | None  # report → first acceptance, over accepted orders
    avg_hours_to_complete: float | None  # report → completion, over completed orders
    open_at_month_end: int  # status at month end was 待派工/已派工/处理中
    callbacks: dict[str, int] = field(default_factory=dict)  # verdict → number of calls

    @property
    def counted(self) -> int:
        """The orders the category and department tables add up to."""
        return self.reported - self.cancelled

    @property
    def callback_total(self) -> int:
        return sum(self.callbacks.values())

    @property
    def satisfaction_rate(self) -> float | None:
        """(满意 + 基本满意) / all callbacks, 0..1; None without callbacks."""
        total = self.callback_total
        if not total:
            return None
        good = self.callbacks.get(base.SATISFIED, 0) + self.callbacks.get(
            base.BASICALLY_SATISFIED, 0)
        return good / total


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """'2026-03' → (2026-03-01 00:00, 2026-04-01 00:00); refuses anything else."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", (month or "").strip())
    if not m or not 1 <= int(m[2]) <= 12 or int(m[1]) < 1900:
        raise ValidationError(
            QT_TRANSLATE_NOOP("DomainError", "Give the month as YYYY-MM, for example 2026-03."),
            field="month",
        )
    year, mon = int(m[1]), int(m[2])
    start = dt.datetime(year, mon, 1)
    end = dt.datetime(year + mon // 12, mon % 12 + 1, 1)
    return start, end


def _hours(deltas: list[dt.timedelta]) -> float | None:
    if not deltas:
        return None
    return sum(d.total_seconds() for d in deltas) / len(deltas) / 3600


def monthly_report(month: str) -> MonthlyReport:
    """The month's figures. The orders counted are those REPORTED in the month
    (start <= reported_at < end), whenever their later steps happened:

    - reported / cancelled: all of them / those cancelled by now; every other
      figure leaves cancelled orders out, except open_at_month_end;
    - by_category, by_department, urgent: the orders not cancelled;
    - completed: work finished by now (已完工, 已验收, 已回访); on time when the
      latest completion time is not after complete_due, late otherwise;
    - avg hours to accept: report time → first acceptance, over accepted orders;
      avg hours to complete: report time → latest completion, over completed ones;
    - open_at_month_end: the status at month end, replayed from the timeline
      (the last event before ``end``), was 待派工, 已派工 or 处理中 — an order
      cancelled after the month end was still open at it;
    - callbacks: every callback call made on these orders, whenever made (an
      order called back 不满意 then 满意 counts once in each), and the rate
      (满意 + 基本满意) / calls.
    """
    start, end = month_bounds(month)
    orders = list(
        RepairOrder.select().where(RepairOrder.reported_at >= start, RepairOrder.reported_at < end)
    )
    ids = [o.id for o in orders]
    live = [o for o in orders if o.status != base.CANCELLED]

    per_cat = Counter(o.category_id for o in live)
    by_category = [
        (c.name, per_cat.get(c.id, 0))
        for c in RepairCategory.select().order_by(RepairCategory.sort_order, RepairCategory.id)
        if c.active or per_cat.get(c.id)
    ]
    per_dep = Counter(o.department_name for o in live)
    by_department = sorted(per_dep.items(), key=lambda kv: (-kv[1], kv[0]))

    done = [o for o in live if o.status in base.WORK_DONE]
    on_time = sum(1 for o in done if o.completed_at <= o.complete_due)

    status_at_end: dict[int, str] = {}
    callbacks = {v: 0 for v in base.VERDICT_LABELS}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        events = (RepairEvent.select(RepairEvent.order, RepairEvent.at, RepairEvent.action,
                                     RepairEvent.status_after, RepairEvent.verdict)
                  .where(RepairEvent.order.in_(chunk))
                  .order_by(RepairEvent.at, RepairEvent.id))
        for ev in events:
            if ev.at < end:
                status_at_end[ev.order_id] = ev.status_after
            if ev.action == base.EV_CALL_BACK and ev.verdict in callbacks:
                callbacks[ev.verdict] += 1
    return MonthlyReport(
        month=f"{start:%Y-%m}",
        start=start,
        end=end,
        reported=len(orders),
        cancelled=len(orders) - len(live),
        urgent=sum(1 for o in live if o.urgency == base.URGENT),
        by_category=by_category,
        by_department=by_department,
        completed=len(done),
        completed_on_time=on_time,
        completed_late=len(done) - on_time,
        avg_hours_to_accept=_hours(
            [o.accepted_at - o.reported_at for o in live if o.accepted_at is not None]),
        avg_hours_to_complete=_hours([o.completed_at - o.reported_at for o in done]),
        open_at_month_end=sum(
            1 for s in status_at_end.values() if s in base.OPEN_STATUSES),
        callbacks=callbacks,
    )
