"""The audit log is tamper-evident: rows edited, re-attributed or deleted behind the
program's back are named by `check`, and SQLite itself refuses UPDATE and DELETE."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from models import audit, checks, settings
from models import db as dbmod
from tests.helpers.staff import storeroom_staff
from tests.helpers.storeroom import issue, make_item, receive


@pytest.fixture
def audited_office(admin, make_user, clock, db_path):
    """A storeroom with three confirmed receipts and a signed issue slip; the file closed."""
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    staff = storeroom_staff(make_user)
    item = make_item(staff["keeper"])
    for qty in (10, 20, 30):
        receive(staff, item, qty)
    issue(staff, item, 5)
    settings.set_office_name("改名物业服务中心", by=admin)
    assert checks.run_checks() == []
    dbmod.close_database()
    return db_path


def tamper(path, *statements):
    """What a user with the sqlite3 shell does: drop the guards first, then edit."""
    con = sqlite3.connect(path)
    for trigger in ("audit_log_append_only_update", "audit_log_append_only_delete",
                    "audit_log_seal"):
        con.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def problems_of(path) -> list[str]:
    dbmod.open_database(path, create=False)
    try:
        return [text for area, text in checks.run_checks() if area == "audit"]
    finally:
        dbmod.close_database()


def ids(path, where: str) -> list[int]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(f"SELECT id FROM audit_log WHERE {where} ORDER BY id")]
    finally:
        con.close()


def test_sqlite_refuses_update_and_delete_on_audit_rows(audited_office):
    con = sqlite3.connect(audited_office)
    before = con.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    for statement in ("UPDATE audit_log SET user_name = 'x'", "DELETE FROM audit_log",
                      "DELETE FROM audit_log WHERE id = 1"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute(statement)
    con.rollback()
    assert con.execute("SELECT * FROM audit_log ORDER BY id").fetchall() == before
    con.close()
    assert problems_of(audited_office) == []


def test_deleting_every_receipt_confirmation_is_reported_row_by_row(audited_office):
    confirmed = ids(audited_office, "action = 'receipt.confirm'")
    assert len(confirmed) == 3
    tamper(audited_office, "DELETE FROM audit_log WHERE action = 'receipt.confirm'")
    found = problems_of(audited_office)
    for row_id in confirmed:
        assert any(f"#{row_id} was deleted" in p or f"#{row_id}–" in p for p in found), found
    assert all("deleted" in p for p in found)


def test_an_edited_row_is_named(audited_office):
    (row_id,) = ids(audited_office, "action = 'issue_slip.sign'")
    tamper(audited_office, f"UPDATE audit_log SET changes = '{{}}' WHERE id = {row_id}")
    (problem,) = problems_of(audited_office)
    assert f"#{row_id} " in problem and "issue_slip.sign" in problem and "changed" in problem


def test_a_re_attributed_row_is_named(audited_office):
    row_id = ids(audited_office, "action = 'receipt.confirm'")[0]
    tamper(audited_office, f"UPDATE audit_log SET user_name = 'keeper', user_id = "
                   f"(SELECT id FROM user WHERE login = 'keeper') WHERE id = {row_id}")
    (problem,) = problems_of(audited_office)
    assert f"#{row_id} " in problem and "changed" in problem


def test_rewriting_the_hash_too_breaks_the_next_row(audited_office):
    row_id = ids(audited_office, "action = 'receipt.confirm'")[0]
    tamper(audited_office, f"UPDATE audit_log SET user_name = 'x', row_hash = '{'0' * 64}' "
                   f"WHERE id = {row_id}")
    found = problems_of(audited_office)
    assert any(f"#{row_id} " in p for p in found) and any(f"#{row_id + 1} " in p for p in found)


def test_deleting_the_newest_rows_is_reported(audited_office):
    newest = ids(audited_office, "1")[-2:]
    tamper(audited_office, f"DELETE FROM audit_log WHERE id >= {newest[0]}")
    (problem,) = problems_of(audited_office)
    assert f"#{newest[0]}–#{newest[1]}" in problem and "newest" in problem


def test_the_chain_is_unbroken_through_bulk_rows_and_a_migration(db, admin):
    with db.atomic():
        audit.insert_rows([{"at": dt.datetime(2026, 1, 1, 8, 0, 0, 5), "action": "x.bulk",
                            "entity": "x", "changes": '{"a": "汉字"}'}] * 3)
        audit.record(admin, "x.after", "x", 1, "标签", {"b": [1, 2]})
    assert audit.chain_problems() == []
    # the rows an older file held are chained by migration 4, in id order
    db.execute_sql("DROP TRIGGER audit_log_append_only_update")
    db.execute_sql("UPDATE audit_log SET row_hash = ''")
    with db.atomic():
        audit.rehash_all()
    audit.install_guards()
    assert audit.chain_problems() == []
