"""models.documents: the lifecycle every binding document follows, shown on a document kind
of the tests' own (the storeroom's documents use it in tests/models/warehouse)."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import CharField

from models import audit, documents, people
from models.db import BaseModel, database
from models.documents import CANCELLED, DRAFT, SUBMITTED
from models.errors import DomainError, PermissionDenied, ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.steps import Steps

WHEN = dt.datetime(2026, 3, 9, 10, 30)


class Notice(BaseModel):
    """A complaint notice, say: what a next area's document table looks like."""

    number = CharField(unique=True)
    status = documents.status_column()
    note = CharField(default="")
    cancelled_by, cancelled_at, cancel_reason = documents.cancel_columns()

    class Meta:
        table_name = "test_notice"


NOTICE_STEPS = Steps(documents.lifecycle_steps(
    write=people.ENTER_RECORDS, submit=people.REVIEW, cancel=people.APPROVE,
    submit_refusal=QT_TRANSLATE_NOOP("DomainError",
                                     "{number} is {status}; only a draft can be signed.")))


@pytest.fixture
def notices(db):
    Notice.create_table()
    yield
    Notice.drop_table()


@pytest.fixture
def document_users(make_user):
    return {"clerk": make_user(people.CLERK), "duty": make_user(people.DUTY),
            "boss": make_user(people.MANAGER), "keeper": make_user(people.STOREKEEPER)}


def notice(status: str = DRAFT, number: str = "TS-1") -> Notice:
    return Notice.create(number=number, status=status)


def cancel(doc, reason, by, **kw):
    with database.atomic("IMMEDIATE"):
        return documents.cancel(Notice.get_by_id(doc.id), reason, by, steps=NOTICE_STEPS,
                                entity="notice", now=lambda: WHEN, **kw)


def test_the_columns_are_what_a_document_table_needs(notices):
    columns = [c.name for c in database.get_columns("test_notice")]
    assert columns == ["id", "number", "status", "note", "cancelled_by_id", "cancelled_at",
                       "cancel_reason"]
    assert "test_notice_status" in {i.name for i in database.get_indexes("test_notice")}
    assert Notice.status.default == DRAFT and Notice.cancel_reason.max_length == 500
    # Each call gives new fields: two tables never share one.
    assert documents.cancel_columns()[0] is not documents.cancel_columns()[0]


def test_the_lifecycle_steps(document_users, notices):
    clerk, duty, boss = document_users["clerk"], document_users["duty"], document_users["boss"]
    draft, sent, gone = notice(), notice(SUBMITTED, "TS-2"), notice(CANCELLED, "TS-3")
    assert NOTICE_STEPS.allowed(clerk, draft) == ["new", "open", "edit", "cancel", "print"]
    assert NOTICE_STEPS.allowed(duty, draft) == ["open", "submit", "print"]
    assert NOTICE_STEPS.allowed(boss, draft) == ["new", "open", "edit", "submit", "cancel",
                                                 "print"]  # a manager reviews too
    assert NOTICE_STEPS.allowed(clerk, sent) == ["new", "open", "print"]
    assert NOTICE_STEPS.allowed(boss, sent) == ["new", "open", "cancel", "print"]
    assert NOTICE_STEPS.allowed(boss, gone) == ["new", "open", "print"]
    with pytest.raises(DomainError, match="TS-2 is submitted; only a draft can be signed"):
        NOTICE_STEPS.require(duty, "submit", sent)
    with pytest.raises(DomainError, match="only a draft can be changed"):
        NOTICE_STEPS.require(clerk, "edit", sent)


def test_a_draft_is_ended_by_its_writer_with_the_reason_kept_and_audited(document_users, notices):
    clerk = document_users["clerk"]
    doc = cancel(notice(), "  写错了  ", clerk)
    doc = Notice.get_by_id(doc.id)
    assert (doc.status, doc.cancelled_by_id, doc.cancelled_at, doc.cancel_reason) == (
        CANCELLED, clerk.id, WHEN, "写错了")
    row = audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).get()
    assert (row.action, row.entity, row.record_id, row.record_label, row.at) == (
        "notice.cancel", "notice", doc.id, "TS-1", WHEN)
    assert row.changes_dict() == {"status": [DRAFT, CANCELLED], "reason": "写错了"}


def test_what_counts_is_cancelled_only_by_the_canceller_and_reversed(document_users, notices,
                                                                      table_snapshot):
    sent = notice(SUBMITTED)
    reversed_ = []
    before = table_snapshot()
    with pytest.raises(PermissionDenied, match="approve and confirm"):
        cancel(sent, "错", document_users["clerk"], reverse=lambda: reversed_.append("!"))
    assert reversed_ == [] and table_snapshot() == before
    cancel(sent, "错", document_users["boss"], reverse=lambda: reversed_.append("!"))
    assert reversed_ == ["!"]
    assert Notice.get_by_id(sent.id).status == CANCELLED


def test_a_draft_moved_nothing_so_nothing_is_reversed(document_users, notices):
    reversed_ = []
    cancel(notice(), "重复", document_users["boss"], reverse=lambda: reversed_.append("!"))
    assert reversed_ == []


def test_refusals_write_nothing(document_users, notices, table_snapshot):
    boss = document_users["boss"]
    draft, gone = notice(), notice(CANCELLED, "TS-2")
    before = table_snapshot()
    with pytest.raises(DomainError, match="TS-2 is already cancelled"):
        cancel(gone, "again", boss)
    with pytest.raises(PermissionDenied):  # the storekeeper writes no notices
        cancel(draft, "x", document_users["keeper"])
    with pytest.raises(ValidationError, match="Say why the document is cancelled"):
        cancel(draft, "   ", boss)
    with pytest.raises(ValidationError) as too_long:
        cancel(draft, "长" * 501, boss)
    assert too_long.value.field == "cancel_reason"

    def stands_in_the_way() -> None:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "No item is under its safety stock."))

    with pytest.raises(DomainError, match="safety stock"):
        cancel(draft, "x", boss, check=stands_in_the_way)

    def half_reversed() -> None:
        Notice.update(note="half").execute()
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "No item is under its safety stock."))

    sent = notice(SUBMITTED, "TS-3")
    before = table_snapshot()
    with pytest.raises(DomainError):
        cancel(sent, "x", boss, reverse=half_reversed)
    assert table_snapshot() == before
    assert cancel(draft, "长" * 500, boss).cancel_reason == "长" * 500
