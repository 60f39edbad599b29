"""Documents that become binding (单据): draft → submitted → cancelled, for every area.

A draft (草稿) is edited freely and counts for nothing. Submitted (已提交:
confirmed, signed, approved) it is locked and counts — stock moves, a score
stands, a signature holds. Cancelled (作废) it stays, with the reason, who and
when; what it moved is reversed by new entries, and nothing is ever deleted.
ERPNext's docstatus is the model. An area's document uses:

- the states (DRAFT, SUBMITTED, CANCELLED; an area may name its submitted
  state, e.g. a purchase request's "approved");
- ``status_column()`` and ``cancel_columns()`` for its table's columns;
- ``lifecycle_steps(...)`` for its steps (models.steps): new, open, edit,
  submit, cancel, print — its operations check them, its toolbar shows them;
- ``cancel(...)`` as its one way to cancel, given its own check and reversal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from peewee import CharField, DateTimeField, Field, ForeignKeyField

from . import audit, values
from .i18n import QT_TRANSLATE_NOOP
from .people import User
from .steps import Permission, Step, Steps
from .values import BoundedText

DRAFT, SUBMITTED, CANCELLED = "draft", "submitted", "cancelled"

# The steps every binding document has (the names its toolbar's actions carry).
NEW, OPEN, EDIT, SUBMIT, CANCEL, PRINT = "new", "open", "edit", "submit", "cancel", "print"

REASON_LENGTH = 500  # the cancel reason's column (cancel_columns)


# --- columns ----------------------------------------------------------------------------


def status_column(default: str = DRAFT) -> CharField:
    """The document's state, indexed (lists filter on it)."""
    return CharField(default=default, index=True)


def cancel_columns() -> tuple[ForeignKeyField, DateTimeField, BoundedText]:
    """``cancelled_by, cancelled_at, cancel_reason = documents.cancel_columns()`` in a table.

    New fields each call, placed where the assignment stands: a table keeps its
    columns in the order they have always had.
    """
    return (ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT"),
            DateTimeField(null=True),
            BoundedText(default="", max_length=REASON_LENGTH))


def cancel_reason(reason: str | None, field: Field) -> str:
    """The reason a document is voided: required, within its column's (``field``) length."""
    return values.clean_text(reason, field, name="cancel_reason",
                             required=QT_TRANSLATE_NOOP("DomainError",
                                                        "Say why the document is cancelled."))


# --- steps ------------------------------------------------------------------------------


def lifecycle_steps(*, write: str, submit: Permission, cancel: str, submit_refusal: str,
                    submitted: str = SUBMITTED) -> list[Step]:
    """New, open, edit, submit, cancel, print, for a document kind.

    ``write`` drafts and edits (and may end a draft); ``submit`` makes it count
    (``submit_refusal`` when it is no longer a draft); ``cancel`` cancels one that
    counts, and may end a draft too. Submitting is a signature: one who may give it can
    do so at another's desk (``vouch``, models.steps).
    """
    return [
        Step(NEW, write, on_record=False),
        Step(OPEN),
        Step(EDIT, write, states=(DRAFT,), refusal=QT_TRANSLATE_NOOP(
            "DomainError", "{number} is {status}; only a draft can be changed.")),
        Step(SUBMIT, submit, states=(DRAFT,), refusal=submit_refusal, vouch=True),
        Step(CANCEL, lambda doc: (write, cancel) if doc.status == DRAFT else cancel,
             states=(DRAFT, submitted),
             refusal=QT_TRANSLATE_NOOP("DomainError", "{number} is already cancelled.")),
        Step(PRINT),
    ]


# --- cancelling -------------------------------------------------------------------------


def cancel(doc: Any, reason: str, by: User, *, steps: Steps, entity: str,
           now: Callable[[], dt.datetime], check: Callable[[], None] | None = None,
           reverse: Callable[[], None] | None = None) -> Any:
    """作废 ``doc`` inside the caller's transaction; the one way any document is cancelled.

    The ``cancel`` step of ``steps`` decides who may (for the document's state) and
    refuses a document already cancelled; ``check`` refuses whatever else of the
    area stands in the way; the reason is required; ``reverse`` posts the reversing
    entries of a document that counted. The reason, who and when are kept on the
    document and in the audit row ``<entity>.cancel``, timed by the area's ``now``.
    """
    steps.require(by, CANCEL, doc)
    if check is not None:
        check()
    reason = cancel_reason(reason, type(doc).cancel_reason)
    old = doc.status
    if old != DRAFT and reverse is not None:
        reverse()
    doc.status, doc.cancelled_by, doc.cancelled_at = CANCELLED, by, now()
    doc.cancel_reason = reason
    doc.save()
    audit.record(by, f"{entity}.cancel", entity, doc.id, doc.number,
                 {"status": [old, CANCELLED], "reason": reason}, at=now())
    return doc
