"""Personal data: masked everywhere, revealed to a manager (audited), purged after the period."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from models import audit, checks, reception
from models.audit import AuditEntry
from models.errors import PermissionDenied
from tests.helpers.clock import T0

ID = "110101199003071234"
PHONE = "13912345678"
ROOT = Path(__file__).resolve().parents[3]


def new_visit(by, **values) -> reception.Visit:
    who = reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id
    base = {"visitor": "王小明", "phone": PHONE, "identity": who, "host_person": "孙丽",
            "id_number": ID}
    return reception.register_visit({**base, **values}, by=by)


def test_masks():
    assert reception.mask_id(ID) == "110101********1234"
    assert reception.mask_id("E1234567") == "E******7"
    assert reception.mask_id("") == ""
    assert reception.mask_phone(PHONE) == "139****5678"
    assert reception.mask_name("王小明") == "王**"


def test_audit_rows_never_hold_the_id_phone_or_name_in_clear(staff, clock):
    clerk = staff["clerk"]
    visit = new_visit(clerk)
    reception.update_visit(visit.id, {"phone": "13700000000"}, by=clerk)
    reception.notify_host(visit.id, by=clerk)
    everything = " ".join(e.changes + e.record_label for e in AuditEntry.select())
    for clear in (ID, PHONE, "13700000000", "王小明"):
        assert clear not in everything
    assert "110101********1234" in everything and "139****5678" in everything


def test_a_manager_reveals_an_id_audited_masked(staff, clock, table_snapshot):
    visit = new_visit(staff["clerk"])
    before = table_snapshot()
    for who in ("clerk", "duty"):
        with pytest.raises(PermissionDenied):
            reception.reveal_id(visit, by=staff[who])
    assert table_snapshot() == before
    assert "reveal" in reception.VISIT_STEPS.allowed(staff["manager"], visit)
    assert reception.reveal_id(visit, by=staff["manager"]) == ID
    row = AuditEntry.select().where(AuditEntry.action == "personal.reveal_id").get()
    assert (row.user_name, row.record_label) == ("boss", visit.number)
    assert row.changes_dict() == {"id_number": "110101********1234"}


def _finished(clerk, clock) -> reception.Visit:
    visit = new_visit(clerk)
    reception.notify_host(visit.id, by=clerk)
    reception.sign_in(visit.id, by=clerk)
    clock.advance(hours=1)
    return reception.sign_out(visit.id, by=clerk)


def test_purge_after_the_period_leaves_no_copy_and_the_chain_holds(staff, clock):
    clerk = staff["clerk"]
    old = _finished(clerk, clock)
    clock.advance(days=400)
    recent = _finished(clerk, clock)
    clock.set(T0 + dt.timedelta(days=2 * 365 + 5))  # two years after the first
    assert reception.purge_visitors() == 1
    old, recent = reception.get_visit(old.id), reception.get_visit(recent.id)
    assert (old.visitor, old.phone, old.id_number, old.purged) == ("访客", "", "", True)
    assert (recent.visitor, recent.phone) == ("王小明", PHONE)
    assert reception.purge_visitors() == 0
    row = AuditEntry.select().where(AuditEntry.action == "visit.purge").get()
    assert row.changes_dict()["visits"] == 1
    # no copy of the old visitor's data anywhere in the file's audit rows
    old_rows = AuditEntry.select().where(AuditEntry.record_id == old.id)
    assert all(ID not in e.changes and PHONE not in e.changes for e in old_rows)
    assert audit.chain_problems() == []
    assert checks.run_checks() == []


def test_purge_period_is_a_setting(admin, staff, clock):
    visit = _finished(staff["clerk"], clock)
    reception.save_visitor_settings({reception.PURGE_MONTHS: 1}, by=admin)
    clock.advance(days=32)
    assert reception.purge_visitors() == 1
    assert reception.get_visit(visit.id).purged


def test_main_py_check_is_clean_after_a_purge(staff, clock, db_path, db):
    _finished(staff["clerk"], clock)
    clock.advance(days=800)
    assert reception.purge_visitors() == 1
    db.close()
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "check"],
                         capture_output=True, text=True, encoding="utf-8", cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "OK" in out.stdout
