"""The visitors register: the lifecycle, its rules and roles; a refused step writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from models import audit, checks, reception, settings
from models.audit import AuditEntry
from models.errors import DomainError, PermissionDenied, ValidationError
from models.listing import ListFilter, count, export_rows, fetch_page
from tests.helpers.clock import T0

ID = "110101199003071234"


def identity(name: str = "客户") -> int:
    return reception.VisitIdentity.get(reception.VisitIdentity.name == name).id


def new_visit(by, **values) -> reception.Visit:
    base = {"kind": reception.WALK_IN, "visitor": "王小明", "company": "星河科技",
            "phone": "13912345678", "identity": identity(), "host_department": "财务部",
            "host_person": "孙丽", "purpose": "送文件"}
    return reception.register_visit({**base, **values}, by=by)


def test_new_file_has_the_identities(db):
    assert [i.name for i in reception.visit_identities()] == [
        "客户", "当事人", "办公人员", "上级领导", "其他"]


def test_walk_in_told_let_in_and_signed_out(staff, clock):
    clerk = staff["clerk"]
    visit = new_visit(clerk, id_number=ID)
    assert visit.number == "FK20260310-0001"
    assert (visit.status, visit.arrived_at, visit.id_type) == (reception.EXPECTED, T0,
                                                               reception.ID_CARD)
    assert visit.notify_due == T0 + dt.timedelta(minutes=15)
    visit = reception.notify_host(visit.id, by=clerk, notified_to="孙丽",
                                  at=clock.advance(minutes=3),
                                  agreed_at=T0 + dt.timedelta(minutes=10))
    assert (visit.status, visit.notified_to) == (reception.NOTIFIED, "孙丽")
    visit = reception.sign_in(visit.id, by=clerk, at=clock.advance(minutes=7))
    assert visit.status == reception.ON_SITE
    assert reception.count_on_site() == 1
    visit = reception.sign_out(visit.id, by=staff["duty"], at=clock.advance(hours=1),
                               message="资料已放前台")
    assert (visit.status, visit.left_at, visit.message) == (
        reception.LEFT, T0 + dt.timedelta(hours=1, minutes=10), "资料已放前台")
    assert reception.count_on_site() == 0
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.entity == "visit")
               .order_by(AuditEntry.id)]
    assert actions == ["visit.register", "visit.notify", "visit.sign_in", "visit.sign_out"]


def test_appointment_signs_in_at_its_real_time(staff, clock):
    visit = new_visit(staff["clerk"], kind=reception.APPOINTMENT,
                      arrived_at=T0 + dt.timedelta(hours=5))  # expected this afternoon
    assert visit.arrived_at == T0 + dt.timedelta(hours=5)
    reception.notify_host(visit.id, by=staff["clerk"], notified_to="孙丽")
    clock.advance(hours=4)
    visit = reception.sign_in(visit.id, by=staff["clerk"])
    assert visit.arrived_at == T0 + dt.timedelta(hours=4)


def test_no_show_and_cancel_only_while_waiting(staff, clock, table_snapshot):
    clerk = staff["clerk"]
    first, second = new_visit(clerk), new_visit(clerk)
    assert reception.mark_no_show(first.id, by=clerk).status == reception.NO_SHOW
    assert reception.cancel_visit(second.id, by=clerk).status == reception.CANCELLED
    before = table_snapshot()
    with pytest.raises(DomainError, match="only a visit not yet begun"):
        reception.cancel_visit(first.id, by=clerk)
    with pytest.raises(DomainError, match="host"):
        reception.sign_in(second.id, by=clerk)
    assert table_snapshot() == before


@pytest.mark.parametrize("values, message", [
    ({"visitor": ""}, "name is required"),
    ({"host_department": "", "host_person": ""}, "whom the visitor comes to see"),
    ({"id_number": "12345"}, "18 characters"),
    ({"people_count": 0}, ".+"),
    ({"identity": None}, "identity"),
    ({"kind": "bogus"}, "Unknown kind"),
    ({"arrived_at": T0 + dt.timedelta(hours=2)}, "in the future"),
])
def test_registration_refusals_write_nothing(staff, clock, table_snapshot, values, message):
    before = table_snapshot()
    with pytest.raises(ValidationError, match=message):
        new_visit(staff["clerk"], **values)
    assert table_snapshot() == before


def test_roles(every_role, clock, table_snapshot):
    before = table_snapshot()
    for role in ("engineering", "storekeeper", "admin"):
        with pytest.raises(PermissionDenied):
            new_visit(every_role[role])
    assert table_snapshot() == before
    visit = new_visit(every_role["duty"])
    assert {"edit", "notify", "no_show", "cancel"} <= set(
        reception.VISIT_STEPS.allowed(every_role["clerk"], visit))
    assert "reveal" not in reception.VISIT_STEPS.allowed(every_role["manager"], visit)  # no ID
    with pytest.raises(PermissionDenied):
        reception.notify_host(visit.id, by=every_role["engineering"])


def test_steps_refused_out_of_order_write_nothing(staff, clock, table_snapshot):
    clerk = staff["clerk"]
    visit = new_visit(clerk)
    before = table_snapshot()
    with pytest.raises(DomainError, match="once the host has been told"):
        reception.sign_in(visit.id, by=clerk)
    with pytest.raises(DomainError, match="only a visitor on site signs out"):
        reception.sign_out(visit.id, by=clerk)
    with pytest.raises(ValidationError, match="in the future"):
        reception.notify_host(visit.id, by=clerk, at=T0 + dt.timedelta(hours=1))
    assert table_snapshot() == before
    reception.notify_host(visit.id, by=clerk)
    with pytest.raises(DomainError, match="only an expected visitor"):
        reception.notify_host(visit.id, by=clerk)
    clock.advance(minutes=5)
    before = table_snapshot()
    with pytest.raises(ValidationError, match="cannot be before"):
        reception.sign_in(visit.id, by=clerk, at=T0 - dt.timedelta(minutes=5))
    assert table_snapshot() == before


def test_edit_keeps_the_day_and_is_audited_masked(staff, clock, table_snapshot):
    clerk = staff["clerk"]
    visit = new_visit(clerk)
    visit = reception.update_visit(visit.id, {"id_number": ID, "people_count": 3}, by=clerk)
    assert (visit.id_number, visit.people_count) == (ID, 3)
    row = AuditEntry.select().where(AuditEntry.action == "visit.update").get()
    assert ID not in row.changes and "110101********1234" in row.changes
    before = table_snapshot()
    with pytest.raises(ValidationError, match="register it again"):
        reception.update_visit(visit.id, {"arrived_at": T0 - dt.timedelta(days=1)}, by=clerk)
    assert table_snapshot() == before
    reception.cancel_visit(visit.id, by=clerk)
    before = table_snapshot()
    with pytest.raises(DomainError, match="no longer changed"):
        reception.update_visit(visit.id, {"people_count": 2}, by=clerk)
    assert table_snapshot() == before


def test_late_visitor_is_listed_and_counted(staff, clock):
    clerk = staff["clerk"]
    late = new_visit(clerk, visitor="迟到")
    clock.advance(minutes=10)
    on_time = new_visit(clerk, visitor="准时")
    clock.advance(minutes=6)  # the first has waited 16 minutes, the second 6
    assert reception.count_late() == 1
    flt = ListFilter(extra={"late": True})
    rows = fetch_page(reception.VISIT_LIST, flt).rows
    spec = reception.VISIT_LIST
    assert [r[1 + spec.index_of("number")] for r in rows] == [late.number]
    assert rows[0][1 + spec.index_of("late")] == 1
    reception.notify_host(late.id, by=clerk)  # told late: no longer waiting, still marked
    assert reception.count_late() == 0
    page = fetch_page(spec, ListFilter(text="迟到")).rows
    assert page[0][1 + spec.index_of("late")] == 1
    assert on_time.notify_due > clock.now


def test_lateness_minutes_is_a_setting(admin, staff, clock):
    reception.save_visitor_settings({reception.LATE_MINUTES: 5}, by=admin)
    visit = new_visit(staff["clerk"])
    assert visit.notify_due == T0 + dt.timedelta(minutes=5)
    with pytest.raises(PermissionDenied):
        reception.save_visitor_settings({reception.LATE_MINUTES: 6}, by=staff["clerk"])
    with pytest.raises(ValidationError):
        reception.save_visitor_settings({reception.AUTO_SIGN_OUT_HOUR: 24}, by=admin)
    assert reception.visit_setting(reception.AUTO_SIGN_OUT_HOUR) == 20


def test_auto_sign_out_at_the_set_hour(staff, clock):
    clerk = staff["clerk"]
    visit = new_visit(clerk)
    reception.notify_host(visit.id, by=clerk)
    reception.sign_in(visit.id, by=clerk)
    clock.set(T0.replace(hour=19, minute=59))
    assert reception.auto_sign_out() == 0
    clock.set(T0.replace(hour=20, minute=1))
    assert reception.housekeeping() == (1, 0)
    visit = reception.get_visit(visit.id)
    assert (visit.status, visit.left_at, visit.auto_signed_out) == (
        reception.LEFT, T0.replace(hour=20), True)
    row = AuditEntry.select().where(AuditEntry.action == "visit.auto_sign_out").get()
    assert row.user_id is None
    assert reception.auto_sign_out() == 0
    assert checks.run_checks() == []


def test_auto_sign_out_after_days_closed_uses_each_visits_evening(staff, clock):
    clerk = staff["clerk"]
    visit = new_visit(clerk)
    reception.notify_host(visit.id, by=clerk)
    reception.sign_in(visit.id, by=clerk)
    clock.advance(days=3)  # the program was not run over the weekend
    assert reception.auto_sign_out() == 1
    assert reception.get_visit(visit.id).left_at == T0.replace(hour=20)


def test_on_site_filter_and_search(staff, clock):
    clerk = staff["clerk"]
    inside = new_visit(clerk, phone="13800001111", visitor="李四", company="华信律所")
    new_visit(clerk, phone="13900002222", visitor="张三")
    reception.notify_host(inside.id, by=clerk)
    reception.sign_in(inside.id, by=clerk)
    spec = reception.VISIT_LIST
    assert count(spec, ListFilter(extra={"on_site": True})) == 1
    for text in ("13800001111", "李四", "华信"):
        assert count(spec, ListFilter(text=text)) == 1
    assert [v.id for v in reception.visits_of(phone="13800001111")] == [inside.id]
    assert [v.id for v in reception.visits_of(room="财务部")][-1] == inside.id
    assert reception.visits_of() == []


def test_defaults_and_host_department_guess(staff, clock):
    clerk = staff["clerk"]
    new_visit(clerk, host_person="卫总", host_department="总经理办公室")
    assert reception.guess_host_department("卫总") == "总经理办公室"
    assert reception.guess_host_department("没人") == ""
    assert reception.last_entry(clerk.id).host_person == "卫总"
    assert "卫总" in reception.known_hosts()


def test_identity_list_is_the_administrators(admin, staff, clock, table_snapshot):
    entry = reception.save_identity(admin, "快递员")
    assert entry.name in [i.name for i in reception.visit_identities()]
    before = table_snapshot()
    with pytest.raises(PermissionDenied):
        reception.save_identity(staff["clerk"], "访客")
    assert table_snapshot() == before
    reception.save_identity(admin, "快递员", entry.id, active=False)
    with pytest.raises(ValidationError, match="no longer in use"):
        new_visit(staff["clerk"], identity=entry.id)
    assert reception.move_identity(admin, identity("客户"), -1) is None


def test_export_masks_the_id_number(staff, clock):
    new_visit(staff["clerk"], id_number=ID)
    rows = list(export_rows(reception.VISIT_LIST, keys=["number", "id_number", "phone"]))
    assert rows[0][1] == "110101********1234"
    assert settings.get(reception.PURGE_MONTHS, "") == ""
    assert audit.chain_problems() == []


def test_who_finds_phone_name_or_company_by_their_beginning(staff, clock):
    clerk = staff["clerk"]
    one = new_visit(clerk, phone="13800001111", visitor="李四", company="华信律所")
    new_visit(clerk, phone="13900002222", visitor="张三", company="星河*科技")
    spec = reception.VISIT_LIST
    for text, expected in (("1380000", 1), ("李", 1), ("华信", 1), ("139", 1), ("13", 2),
                           ("星河*", 1), ("0000", 0), ("", 2)):
        assert count(spec, ListFilter(extra={"who": text})) == expected, text
    assert count(spec, ListFilter(extra={"who": "李四"})) == 1 and one.visitor == "李四"


def test_check_finds_an_id_number_in_clear_in_the_audit_log(staff, clock, db):
    new_visit(staff["clerk"], id_number=ID)
    assert reception.visitors.check() == []
    with db.atomic():
        audit.record(staff["clerk"], "visit.update", "visit", 1, "FK", {"id_number": ["", ID]})
    assert any("in clear" in p for p in reception.visitors.check())


def test_visits_of_gives_what_the_calls_register_reads(staff, clock):
    visit = new_visit(staff["clerk"])
    (found,) = reception.visits_of(phone="13912345678", limit=5)
    assert (found.arrived_at, found.visitor, found.company, found.phone, found.purpose,
            found.status) == (T0, "王小明", "星河科技", "13912345678", "送文件", reception.EXPECTED)
    assert str(found.status_label()) == str(reception.visit_status_label(reception.EXPECTED))
    assert str(found.status_label(reception.LEFT)) == "Left"
    assert reception.visitors.visits_of is reception.visits_of and visit.id == found.id
