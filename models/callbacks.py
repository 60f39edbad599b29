"""回访 (callbacks): one queue for every case that waits for a call to its customer.

A core module, not an area: every area whose cases end with a callback (complaints
done, repair orders checked, consultations promised an answer, pest-control
treatments later) registers a ``Source`` here when its package is imported, and the
one queue (the reception log's 回访 sub-view) lists what every source has waiting.
Recording a callback goes through this module, which calls the source's ``apply``
with the verdict, so the case closes (满意 / 基本满意) or goes back to its owner and
stays open (不满意) by its own area's rules.

    callbacks.register_source(callbacks.Source(
        kind="complaint", label=QT_TRANSLATE_NOOP("Callbacks", "Complaint"),
        waiting=complaints_waiting, apply=apply_complaint_verdict))

The protocol (``Waiting``, ``Source``, ``register_source``, ``sources``) is fixed; the
table of callbacks made and the operations on it are built on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, Translatable
from .people import User
from .vocabulary import Term, Vocabulary

# The customer's verdict at a callback: the repair orders' codes (their files hold them);
# a source whose own table uses other codes translates in its ``apply``.
SATISFIED = "satisfied"  # 满意
BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
UNSATISFIED = "unsatisfied"  # 不满意
VERDICTS = Vocabulary("Callbacks", [
    Term(SATISFIED, QT_TRANSLATE_NOOP("Callbacks", "Satisfied"), "满意"),
    Term(BASICALLY_SATISFIED, QT_TRANSLATE_NOOP("Callbacks", "Basically satisfied"), "基本满意"),
    Term(UNSATISFIED, QT_TRANSLATE_NOOP("Callbacks", "Unsatisfied"), "不满意"),
])
CLOSING = (SATISFIED, BASICALLY_SATISFIED)


@dataclass(frozen=True)
class Waiting:
    """One case waiting for its callback, as the queue shows it."""

    kind: str  # the source's kind: "complaint", "repair", "consultation", ...
    case_id: int  # the case's id in its own table
    number: str  # the case's number as the office writes it (TS…, BX…, …)
    customer: str
    room: str
    phone: str
    summary: str  # what the case was about, one line
    due_at: dt.datetime  # when the callback is due (late after it)
    owner: str = ""  # the department or person the case is with


@dataclass(frozen=True)
class Source:
    """An area's cases that end with a callback.

    ``waiting()``: every case of this kind waiting for its callback now, oldest due
    first (a short list: only open cases). ``apply(case_id, verdict, words, at, by)``:
    what the customer's verdict does to the case (close it, or reopen it to its owner
    with the customer's words); it raises a DomainError to refuse, and runs inside the
    transaction that records the callback, so a refusal writes nothing.
    """

    kind: str
    label: Translatable
    waiting: Callable[[], list[Waiting]]
    apply: Callable[[int, str, str, dt.datetime, User], None]


_SOURCES: dict[str, Source] = {}


def register_source(source: Source) -> None:
    """Add (or replace, on a module reload) the source of one kind of case."""
    _SOURCES[source.kind] = source


def sources() -> list[Source]:
    """Every registered source, in the order they were registered."""
    return list(_SOURCES.values())


def source(kind: str) -> Source:
    """The source of one kind (KeyError for a kind nobody registered)."""
    return _SOURCES[kind]
