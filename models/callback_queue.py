"""回访's queue and register: what waits for a callback now, and every callback made.

The queue is short (open cases only): every source's ``waiting()``, each case due at its
own deadline — or, when its last callback was "cannot answer now", at the time promised
then. The register of callbacks made is a big-table list (models.listing): ten years of
them, searched by number, customer, person spoken to and phone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import clock
from .callbacks import KIND_WORDS, MODES, UNSATISFIED, VERDICTS, Callback, Waiting, sources
from .i18n import QT_TRANSLATE_NOOP
from .listing import Column, ListSpec

B = Callback


@dataclass(frozen=True)
class QueueEntry:
    """One line of the queue: the case, when its callback is due, how late it is."""

    case: Waiting
    due_at: dt.datetime
    late: dt.timedelta | None  # None: not yet due
    promised: Callback | None = None  # the "cannot answer now" the case waits on

    @property
    def kind(self) -> str:
        return self.case.kind


def _open_promises(kind: str, case_ids: list[int]) -> dict[int, Callback]:
    """case id -> its last callback, when that one is a promise not yet followed up."""
    last: dict[int, Callback] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start:start + 500]
        query = (B.select().where((B.kind == kind) & B.case_id.in_(chunk))
                 .order_by(B.case_id, B.made_at, B.id))
        for callback in query:
            last[callback.case_id] = callback
    return {case_id: c for case_id, c in last.items() if c.promised}


def queue(now: dt.datetime | None = None) -> list[QueueEntry]:
    """Every case waiting for its callback, soonest due first (late ones at the top)."""
    now = now or clock.now()
    entries = []
    for source in sources():
        cases = source.waiting()
        promises = _open_promises(source.kind, [c.case_id for c in cases]) if cases else {}
        for case in cases:
            promise = promises.get(case.case_id)
            due = promise.promised_at if promise is not None else case.due_at
            entries.append(QueueEntry(case, due, now - due if now > due else None, promise))
    entries.sort(key=lambda e: (e.due_at, e.case.kind, e.case.case_id))
    return entries


# What the queue shows: every case, the ones due by the end of today, the late ones (the
# reception tab's counters open the queue this way).
ALL, DUE_TODAY, LATE_ONLY = "", "due_today", "late"


def shown(entries: list[QueueEntry], which: str, now: dt.datetime | None = None
          ) -> list[QueueEntry]:
    """The entries the queue shows with ``which`` (ALL, DUE_TODAY — late ones and promised
    ones included — or LATE_ONLY)."""
    if which == LATE_ONLY:
        return [e for e in entries if e.late is not None]
    if which == DUE_TODAY:
        now = now or clock.now()
        end = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        return [e for e in entries if e.due_at < end]
    return list(entries)


def due_count(now: dt.datetime | None = None) -> int:
    """The counter: callbacks due by the end of today (late ones included)."""
    now = now or clock.now()
    return len(shown(queue(now), DUE_TODAY, now))


def late_count(now: dt.datetime | None = None) -> int:
    """The counter: callbacks past the time they were due."""
    now = now or clock.now()
    return len(shown(queue(now), LATE_ONLY, now))


# --- the register of callbacks made ----------------------------------------------------

TO_REVIEW, PROMISED, UNSATISFIED_ONLY = "to_review", "promised", "unsatisfied"
# The number, name and phone boxes: values starting with the text typed, an index range
# (fast on 200,000 callbacks); the search box looks inside every text (a full scan).
BY_NUMBER, BY_CUSTOMER, BY_PHONE = "number", "customer", "phone"


def _prefix(field):
    def apply(query, value):
        text = str(value).strip()
        return query.where((field >= text) & (field < text + "\U0010ffff")) if text else query

    return apply


def _to_review(query, value):
    """Not reviewed, and answered (a verdict, or a promise followed up)."""
    answered = (B.verdict != "") | B.follow_up_at.is_null(False)
    return query.where(B.reviewed_at.is_null() & answered) if value else query


def _promised(query, value):
    return query.where((B.verdict == "") & B.follow_up_at.is_null()) if value else query


def _unsatisfied(query, value):
    return query.where(B.verdict == UNSATISFIED) if value else query


def verdict_text(value, translate=None) -> str:
    """The verdict column: the word, or "cannot answer now" for a promise."""
    say = translate or (lambda _c, text: text)
    if value:
        return say(VERDICTS.context, VERDICTS[value]) if value in VERDICTS else str(value)
    return say("Callbacks", QT_TRANSLATE_NOOP("Callbacks", "Cannot answer now"))


def _reviewed_text(value, translate=None) -> str:
    return str(value or "")


CALLBACK_LIST = ListSpec(
    name="callbacks",
    title=QT_TRANSLATE_NOOP("Lists", "Callbacks"),
    model=Callback,
    columns=[
        Column("made_at", QT_TRANSLATE_NOOP("Lists", "Called back"), B.made_at, width=120,
               kind="datetime"),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), B.kind, width=90, kind="status",
               labels=KIND_WORDS),
        Column("number", QT_TRANSLATE_NOOP("Lists", "Number"), B.number, width=130),
        Column("customer", QT_TRANSLATE_NOOP("Lists", "Customer"), B.customer, width=80),
        Column("room", QT_TRANSLATE_NOOP("Lists", "Room"), B.room, width=70),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), B.phone, width=100),
        Column("mode", QT_TRANSLATE_NOOP("Lists", "How"), B.mode, width=50, kind="status",
               labels=MODES),
        Column("person", QT_TRANSLATE_NOOP("Lists", "Spoken to"), B.person, width=70),
        Column("verdict", QT_TRANSLATE_NOOP("Lists", "Verdict"), B.verdict, width=90,
               display=verdict_text),
        Column("words", QT_TRANSLATE_NOOP("Lists", "Customer's words"), B.words, width=220,
               sortable=False),
        Column("promised_at", QT_TRANSLATE_NOOP("Lists", "Answer promised by"), B.promised_at,
               width=120, kind="datetime"),
        Column("follow_up_result", QT_TRANSLATE_NOOP("Lists", "Follow-up"),
               B.follow_up_result, width=160, sortable=False),
        Column("by_name", QT_TRANSLATE_NOOP("Lists", "Called back by"), B.by_name, width=70),
        Column("reviewed_by", QT_TRANSLATE_NOOP("Lists", "Reviewed by"), B.reviewed_by,
               width=70, display=_reviewed_text),
        Column("follow_up_at", QT_TRANSLATE_NOOP("Lists", "Followed up"), B.follow_up_at,
               width=120, kind="datetime", visible=False),
        Column("reviewed_at", QT_TRANSLATE_NOOP("Lists", "Reviewed"), B.reviewed_at,
               width=120, kind="datetime", visible=False),
    ],
    search=[B.number, B.customer, B.phone, B.person],
    date_field=B.made_at,
    status_field=B.kind,
    statuses=KIND_WORDS,
    default_sort=("made_at", True),
    extra_filters={
        TO_REVIEW: _to_review,
        PROMISED: _promised,
        UNSATISFIED_ONLY: _unsatisfied,
        BY_NUMBER: _prefix(B.number),
        BY_CUSTOMER: _prefix(B.customer),
        BY_PHONE: _prefix(B.phone),
    },
)
