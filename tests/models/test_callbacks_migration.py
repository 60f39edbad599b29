"""A file from before the callback table (version 8) gains it by migration 9; migration 12
moves the complaints' own callback rows into it in the queue's codes, migration 13 copies the
repair orders' callbacks from their timelines; nothing is lost and nothing is copied twice."""

from __future__ import annotations

import sqlite3

from models import callback_queue, callbacks, reception, repairs
from models import db as dbmod
from tests.helpers.callbacks import checked_order, done_complaint

OLD_COMPLAINT_CALLBACK = (
    'CREATE TABLE "complaint_callback" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" '
    'INTEGER NOT NULL, "called_at" DATETIME NOT NULL, "by_name" VARCHAR(50) NOT NULL, '
    '"verdict" VARCHAR(255) NOT NULL, "words" TEXT NOT NULL, "entered_at" DATETIME NOT NULL, '
    '"created_by_id" INTEGER NOT NULL)')


def test_old_callbacks_move_into_the_one_table(db, db_path, staff, make_user, clock):
    from models import people

    engineer = make_user(people.ENGINEERING, login="eng", full_name="刘海波")
    clerk = staff["clerk"]
    c = done_complaint(staff)
    reception.call_back_complaint(c.id, clerk, callbacks.UNSATISFIED, "还是不冷")
    reception.answer_complaint_remedy(c.id, clerk, "再修")
    reception.mark_complaint_done(c.id, clerk)
    reception.call_back_complaint(c.id, clerk, callbacks.BASICALLY_SATISFIED)
    order = checked_order(clerk, engineer)
    repairs.call_back(order.id, repairs.SATISFIED, by=clerk)
    before = [(r.kind, r.case_id, r.made_at, r.verdict, r.words, r.by_name)
              for r in callbacks.Callback.select().order_by(callbacks.Callback.id)]
    dbmod.close_database()

    con = sqlite3.connect(db_path)  # as the program of version 8 left it
    with con:
        con.execute(OLD_COMPLAINT_CALLBACK)
        con.execute(
            "INSERT INTO complaint_callback (complaint_id, called_at, by_name, verdict, words,"
            " entered_at, created_by_id) SELECT case_id, made_at, by_name, CASE verdict"
            " WHEN 'unsatisfied' THEN 'dissatisfied' WHEN 'basically_satisfied' THEN 'fairly'"
            " ELSE verdict END, words, entered_at, created_by_id FROM callback"
            " WHERE kind = 'complaint' ORDER BY id")
        con.execute("UPDATE complaint SET verdict = 'fairly'")
        con.execute("DROP TABLE callback")
        con.execute("DELETE FROM schema_version WHERE version >= 9")
    con.close()

    dbmod.open_database(db_path)
    after = [(r.kind, r.case_id, r.made_at, r.verdict, r.words, r.by_name)
             for r in callbacks.Callback.select().order_by(callbacks.Callback.made_at,
                                                          callbacks.Callback.id)]
    assert sorted(after, key=str) == sorted(before, key=str)
    assert reception.get_complaint(c.id).verdict == "basically_satisfied"
    assert not dbmod.database.table_exists("complaint_callback")
    assert reception.check_reception() == []
    assert [e.kind for e in callback_queue.queue()] == []
    moved = callbacks.callbacks_of("complaint", c.id)[0]
    assert (moved.number, moved.phone) == (c.number, c.phone)
    # migration 13 again (a file stamped below it) copies nothing twice
    repairs.callback_source.backfill(dbmod.database)
    assert callbacks.Callback.select().count() == len(before)
