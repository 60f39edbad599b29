"""意见咨询's rules: numbered, followed up, answered when promised (from the callback queue
too: 不满意 keeps the customer waiting a day more), reviewed by the manager; the weeks and
quarters without one; every refusal leaves the file as it was."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from models import audit, callbacks, listing, people, reception
from models import db as dbmod
from models import settings as office
from models.errors import DomainError, NotFound, PermissionDenied, ValidationError

T0 = dt.datetime(2026, 3, 10, 9, 0)  # the clock fixture's start, a Tuesday


def refused(table_snapshot, error, call, *args, **kwargs) -> DomainError:
    before = table_snapshot()
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    assert table_snapshot() == before
    return caught.value


def last_audit() -> audit.AuditEntry:
    return audit.AuditEntry.select().order_by(audit.AuditEntry.id.desc()).get()


def customers(promise: dt.datetime | None = None) -> list[dict]:
    return [
        {"unit": "立案庭", "room": "1203", "person": "王立新", "phone": "13800000001",
         "opinion": "走廊灯不亮", "promised_at": promise},
        {"unit": "执行局", "room": "805", "person": "李春梅", "phone": "13800000002"},
    ]


def record(by, kind="phone", day=None, lines=None) -> reception.Consultation:
    return reception.record_consultation({"kind": kind, "held_on": day or T0.date()},
                                         customers() if lines is None else lines, by=by)


def test_a_consultation_is_numbered_zx_with_its_customers(staff, clock):
    c = record(staff["clerk"])
    assert c.number == "ZX20260310-0001" and c.by_name == staff["clerk"].full_name
    lines = reception.consultation_lines(c)
    assert [(line.seq, line.person) for line in lines] == [(1, "王立新"), (2, "李春梅")]
    assert c.status == reception.CONSULTATION_RECORDED  # one opinion to follow up
    assert last_audit().action == "consultation.record"
    assert json.loads(last_audit().changes)["customers"] == 2
    quiet = record(staff["duty"], lines=[{"person": "赵强"}])  # no opinion: nothing to follow
    assert quiet.number == "ZX20260310-0002" and quiet.status == reception.CONSULTATION_FOLLOWED


def test_recording_refuses_bad_entries_and_writes_nothing(staff, clock, table_snapshot):
    clerk = staff["clerk"]
    refused(table_snapshot, PermissionDenied, record, staff["keeper"])
    error = refused(table_snapshot, ValidationError, record, clerk, lines=[])
    assert error.field == "lines"
    error = refused(table_snapshot, ValidationError, record, clerk,
                    lines=[{"person": "王"}, {"person": " ", "opinion": "x"}])
    assert error.field == "lines" and error.params["line"] == 2
    refused(table_snapshot, ValidationError, record, clerk, kind="email")
    refused(table_snapshot, ValidationError, record, clerk, day=T0.date() + dt.timedelta(days=1))
    error = refused(table_snapshot, ValidationError, record, clerk,
                    lines=customers(T0 - dt.timedelta(days=2)))
    assert error.params["line"] == 1
    error = refused(table_snapshot, ValidationError, record, clerk,
                    lines=[{"person": "王", "phone": "1" * 41}])
    assert error.field == "lines" and error.params["line"] == 1


def test_follow_ups_then_the_managers_review(staff, clock, table_snapshot):
    c = record(staff["clerk"])
    first = reception.consultation_lines(c)[0]
    refused(table_snapshot, DomainError, reception.review_consultation, c.id, staff["manager"])
    refused(table_snapshot, PermissionDenied, reception.follow_up_consultation, first.id,
            staff["keeper"], "已通知工程部")
    refused(table_snapshot, ValidationError, reception.follow_up_consultation, first.id,
            staff["clerk"], "  ")
    refused(table_snapshot, NotFound, reception.follow_up_consultation, 999, staff["clerk"], "x")
    clock.advance(hours=3)
    c = reception.follow_up_consultation(first.id, staff["clerk"], "已通知工程部，当日更换", "已解决")
    assert c.status == reception.CONSULTATION_FOLLOWED
    line = reception.get_consultation_line(first.id)
    assert line.followed_at == clock.now and line.followed_by == staff["clerk"].full_name
    assert last_audit().action == "consultation.follow_up"
    refused(table_snapshot, PermissionDenied, reception.review_consultation, c.id, staff["clerk"])
    c = reception.review_consultation(c.id, staff["manager"], "跟进及时")
    assert c.status == reception.CONSULTATION_REVIEWED and c.reviewed_by == staff["manager"].full_name
    assert last_audit().action == "consultation.review"
    # reviewed: no more follow-ups, no second review
    refused(table_snapshot, DomainError, reception.follow_up_consultation, first.id,
            staff["clerk"], "改写")
    refused(table_snapshot, DomainError, reception.review_consultation, c.id, staff["manager"])
    assert reception.check_reception() == []


def test_a_promised_answer_waits_in_the_callback_queue(staff, clock, table_snapshot):
    promised = T0 + dt.timedelta(days=2)
    c = record(staff["clerk"], lines=customers(promised))
    line = reception.consultation_lines(c)[0]
    reception.follow_up_consultation(line.id, staff["clerk"], "已报工程部")
    assert reception.get_consultation(c.id).status == reception.CONSULTATION_RECORDED  # answer due
    error = refused(table_snapshot, DomainError, reception.review_consultation, c.id,
                    staff["manager"])  # followed up, but the customer still waits
    assert "every promised answer given" in str(error)
    source = callbacks.source("consultation")
    [waiting] = source.waiting()
    assert (waiting.kind, waiting.case_id, waiting.number) == ("consultation", line.id, c.number)
    assert (waiting.customer, waiting.phone, waiting.room) == ("王立新", "13800000001", "1203")
    assert waiting.summary == "走廊灯不亮" and waiting.due_at == promised

    clock.advance(days=2)
    from models.db import database
    before = table_snapshot()
    with pytest.raises(ValidationError), database.atomic():  # 不满意 needs their words
        source.apply(line.id, callbacks.UNSATISFIED, "", clock.now, staff["clerk"])
    with pytest.raises(PermissionDenied), database.atomic():
        source.apply(line.id, callbacks.SATISFIED, "", clock.now, staff["keeper"])
    assert table_snapshot() == before
    with database.atomic():
        source.apply(line.id, callbacks.UNSATISFIED, "还是不亮", clock.now, staff["clerk"])
    [again] = source.waiting()  # still waiting, a day later
    assert again.case_id == line.id and again.due_at == clock.now + dt.timedelta(days=1)
    assert last_audit().action == "consultation.answer"

    clock.advance(days=1)
    with database.atomic():
        source.apply(line.id, callbacks.SATISFIED, "已修好", clock.now, staff["clerk"])
    assert source.waiting() == []
    line = reception.get_consultation_line(line.id)
    assert line.answered_at == clock.now and line.verdict == callbacks.SATISFIED
    assert line.answers == 2
    c = reception.get_consultation(c.id)
    assert c.status == reception.CONSULTATION_FOLLOWED
    error = refused(table_snapshot, DomainError, reception.answer_consultation, line.id,
                    staff["clerk"], callbacks.SATISFIED)
    assert "no customer of it waits" in str(error)
    reception.review_consultation(c.id, staff["manager"])


def test_answering_from_the_register_and_refusals(staff, clock, table_snapshot):
    c = record(staff["clerk"], lines=customers(T0 + dt.timedelta(hours=4)))
    first, second = reception.consultation_lines(c)
    refused(table_snapshot, DomainError, reception.answer_consultation, second.id,
            staff["clerk"], callbacks.SATISFIED)  # nothing promised to her
    refused(table_snapshot, ValidationError, reception.answer_consultation, first.id,
            staff["clerk"], "happy")
    refused(table_snapshot, ValidationError, reception.answer_consultation, first.id,
            staff["clerk"], callbacks.SATISFIED, at=T0 + dt.timedelta(days=3))  # future
    clock.advance(hours=5)
    reception.answer_consultation(first.id, staff["duty"], callbacks.BASICALLY_SATISFIED)
    assert reception.consultations_waiting() == []


def test_the_list_searches_by_phone_name_and_number(staff, clock):
    c = record(staff["clerk"], lines=customers(T0 + dt.timedelta(hours=1)))
    record(staff["clerk"], kind="onsite", lines=[{"person": "周明", "phone": "13900000009"}])
    spec = reception.CONSULTATION_LIST

    def rows(**kwargs):
        page = listing.fetch_page(spec, listing.ListFilter(**kwargs))
        return [listing.python_values(spec, row) for row in page.rows]

    assert [r["person"] for r in rows(text="13800000002")] == ["李春梅"]
    assert [r["person"] for r in rows(text="周明")] == ["周明"]
    assert {r["person"] for r in rows(text=c.number)} == {"王立新", "李春梅"}
    assert [r["person"] for r in rows(extra={"kind": "onsite"})] == ["周明"]
    assert [r["answer"] for r in rows(extra={"waiting": True})] == ["waiting"]
    clock.advance(hours=2)
    assert [r["answer"] for r in rows(extra={"waiting": True})] == ["late"]


def test_the_weeks_and_quarters_without_a_consultation(staff, clock):
    clerk = staff["clerk"]
    clock.set(dt.datetime(2026, 4, 20, 10, 0))  # a Monday in Q2
    for day in (dt.date(2026, 3, 3), dt.date(2026, 3, 17), dt.date(2026, 4, 20)):
        record(clerk, day=day, lines=[{"person": "王"}])
    record(clerk, kind="onsite", day=dt.date(2026, 2, 11), lines=[{"person": "李"}])
    gaps = reception.consultation_gaps(dt.date(2026, 3, 1), dt.date(2026, 6, 30))
    weeks = [(g.label, g.current) for g in gaps if g.kind == "phone"]
    # weeks from Mon 23 Feb (holding 1 Mar) to this week (20 Apr: done); later ones not yet
    assert weeks == [("2026-W09", False), ("2026-W11", False), ("2026-W13", False),
                     ("2026-W14", False), ("2026-W15", False), ("2026-W16", False)]
    quarters = [(g.label, g.first, g.last, g.current) for g in gaps if g.kind == "onsite"]
    assert quarters == [("2026-Q2", dt.date(2026, 4, 1), dt.date(2026, 6, 30), True)]
    clock.set(dt.datetime(2026, 4, 27, 9, 0))
    assert [(g.label, g.current) for g in reception.consultation_gaps(
        dt.date(2026, 4, 27), dt.date(2026, 4, 27)) if g.kind == "phone"] == [("2026-W18", True)]


def test_a_file_from_before_the_consultations_gains_them_by_migration_10(db_path):
    dbmod.open_database(db_path)
    office.set_up_office("测试物业服务中心", "admin", "王经理", "admin123")
    dbmod.close_database()
    con = sqlite3.connect(db_path)
    with con:
        con.execute('DROP TABLE "consultation_line"')
        con.execute('DROP TABLE "consultation"')
        con.execute("DELETE FROM schema_version WHERE version >= 10")  # and what came after
    con.close()
    dbmod.open_database(db_path)
    try:
        assert people.User.select().count() == 1
        assert reception.Consultation.select().count() == 0
    finally:
        dbmod.close_database()
    con = sqlite3.connect(db_path)
    assert 10 in [v for (v,) in con.execute("SELECT version FROM schema_version")]
    con.close()
