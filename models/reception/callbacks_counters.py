"""The reception tab's counters of the callback queue (回访): due today, and late.

The queue is a core module (models.callback_queue): joining from there would make a core
module import the reception area (whose registers import the queue's core), and the
counters would be there only once something had imported the queue. So they live here and
are gathered with the registers' (``reception.COUNTED``), in the tab's order.

The queue is not a big-table list: the counters name the register's list
(``CALLBACK_LIST``, so the 回访 sub-view is found) and their key tells the sub-view which
rows of the queue to show (``CallbacksView.show_counter``); ``open_filter`` is the
register's list unfiltered.
"""

from __future__ import annotations

from .. import callback_queue
from ..i18n import QT_TRANSLATE_NOOP
from .counters import Counter, only

DUE, LATE = "callbacks_due", "callbacks_late"
# counter key -> what the queue shows (callback_queue.shown)
QUEUE_SHOWS = {DUE: callback_queue.DUE_TODAY, LATE: callback_queue.LATE_ONLY}

COUNTERS: tuple = (
    Counter(DUE, QT_TRANSLATE_NOOP("Reception", "Callbacks due today: {count}"),
            callback_queue.due_count, only(), callback_queue.CALLBACK_LIST.name),
    Counter(LATE, QT_TRANSLATE_NOOP("Reception", "Callbacks late: {count}"),
            callback_queue.late_count, only(), callback_queue.CALLBACK_LIST.name, alarm=True),
)
