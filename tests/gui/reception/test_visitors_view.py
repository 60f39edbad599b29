"""The visitors register as the desk uses it: a clerk types a walk-in, tells the host, lets
the visitor in and signs them out with one key; books an appointment; prints the day's
register. A manager reveals an ID number; everyone else sees it masked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception.visitors_settings import VisitorsSettings
from gui.reception.visitors_view import LATE, NOTIFY, REVEAL, SIGN_IN, SIGN_OUT, VisitorsView
from models import reception
from models.audit import AuditEntry
from tests.helpers.clock import T0
from tests.helpers.keys import press_enter, type_text
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.widgets import cell, enabled, field, pick

ID = "110101199003071234"


def earlier_visit(by) -> reception.Visit:
    """A visit yesterday to 孙丽 of 财务部: the form proposes her department."""
    who = reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id
    return reception.register_visit({"visitor": "旧访客", "identity": who, "host_person": "孙丽",
                                     "host_department": "财务部",
                                     "arrived_at": T0 - dt.timedelta(days=1)}, by=by)


def select(qtbot, view: VisitorsView, visit_id: int) -> None:
    """The row selected and the view in front again (after a dialog), keys going to the list."""
    view.refresh()
    assert view.list.select_only(visit_id)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.table.setFocus()
    QApplication.processEvents()


def type_walk_in(qtbot, form) -> None:
    """Enter moves on: kind stays 突然来访, then who, phone, company, the host."""
    press_enter(qtbot, field(form, "kind"))
    assert QApplication.focusWidget() is field(form, "visitor")
    type_text(qtbot, field(form, "visitor"), "王小明")
    press_enter(qtbot, field(form, "visitor"))
    type_text(qtbot, field(form, "phone"), "13912345678")
    press_enter(qtbot, field(form, "phone"))
    type_text(qtbot, field(form, "company"), "星河科技")
    press_enter(qtbot, field(form, "company"))
    press_enter(qtbot, field(form, "people_count"))  # 1
    press_enter(qtbot, field(form, "identity"))  # the default
    type_text(qtbot, field(form, "host_person"), "孙丽")
    press_enter(qtbot, field(form, "host_person"))
    assert form.fields["host_department"].text() == "财务部"  # proposed from the host
    type_text(qtbot, field(form, "purpose"), "送文件")
    type_text(qtbot, field(form, "id_number"), ID)
    press_enter(qtbot, field(form, "id_number"), ctrl=True)  # Ctrl+Enter saves


def test_walk_in_told_let_in_and_signed_out_with_one_key(open_view, qtbot, driver, staff,
                                                          clock):
    clerk = staff["clerk"]
    earlier_visit(clerk)
    view = open_view(VisitorsView, clerk)
    driver.then(lambda form: type_walk_in(qtbot, form))
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert driver.banners == []
    visit = reception.Visit.get(reception.Visit.visitor == "王小明")
    assert (visit.kind, visit.phone, visit.host_department, visit.id_number, visit.status) == (
        reception.WALK_IN, "13912345678", "财务部", ID, reception.EXPECTED)
    assert cell(view, 0, "visitor") == "王小明"
    assert ID not in " ".join(str(view.list.model.index(0, c).data())
                              for c in range(view.list.model.columnCount()))
    assert view.list.current_id() == visit.id
    assert {NOTIFY} <= enabled(view) and SIGN_IN not in enabled(view)
    assert REVEAL not in enabled(view)  # a clerk never sees the full number

    clock.advance(minutes=3)
    select(qtbot, view, visit.id)
    driver.then(lambda form: form.save())  # 孙丽 told, now
    qtbot.keyClick(view.list.table, Qt.Key.Key_F7)
    assert driver.steps == [] and driver.banners == []
    visit = reception.get_visit(visit.id)
    assert (visit.status, visit.notified_to) == (reception.NOTIFIED, "孙丽")

    select(qtbot, view, visit.id)
    qtbot.keyClick(view.list.table, Qt.Key.Key_F8)
    assert reception.get_visit(visit.id).status == reception.ON_SITE
    assert "On site: 1" in view.counter.text()
    view.show_on_site()
    qtbot.waitUntil(lambda: view.list.model.loaded() == 1)
    select(qtbot, view, visit.id)
    clock.advance(minutes=40)
    qtbot.keyClick(view.list.table, Qt.Key.Key_F9)  # one key, no form
    visit = reception.get_visit(visit.id)
    assert (visit.status, visit.left_at) == (reception.LEFT, clock.now)
    assert "On site: 0" in view.counter.text()


def test_an_appointment_for_this_afternoon(open_view, qtbot, driver, staff, clock):
    view = open_view(VisitorsView, staff["duty"])

    def book(form):
        pick(form, "kind", "Appointment by phone")
        type_text(qtbot, field(form, "visitor"), "李律师")
        type_text(qtbot, field(form, "host_person"), "卫总")
        type_text(qtbot, field(form, "host_department"), "总经理办公室")
        field(form, "arrived_at").clear()
        type_text(qtbot, field(form, "arrived_at"), "2026-03-10 15:00")
        form.save()

    driver.then(book)
    view.run("new")
    assert driver.banners == []
    visit = reception.Visit.get(reception.Visit.visitor == "李律师")
    assert (visit.kind, visit.arrived_at, visit.status) == (
        reception.APPOINTMENT, dt.datetime(2026, 3, 10, 15, 0), reception.EXPECTED)

    def starts_from_the_last(form):  # the next form starts from this clerk's last entry
        assert form.fields["kind"].value() == reception.APPOINTMENT
        assert form.fields["received_by"].text() == staff["duty"].full_name
        assert form.fields["visitor"].text() == ""

    driver.then(starts_from_the_last)
    view.run("new")
    assert driver.steps == []


def test_the_search_box_finds_a_phone_as_it_is_typed(open_view, qtbot, staff, clock):
    clerk = staff["clerk"]
    wanted = earlier_visit(clerk)
    reception.update_visit(wanted.id, {"phone": "13812345678"}, by=clerk)
    who = reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id
    reception.register_visit({"visitor": "别人", "identity": who, "host_person": "孙丽",
                              "phone": "13900000000"}, by=clerk)
    view = open_view(VisitorsView, clerk)
    assert view.list.model.loaded() == 2 and not view.list.search.isVisible()
    type_text(qtbot, view.who, "13812")
    qtbot.waitUntil(lambda: view.list.model.loaded() == 1)
    assert cell(view, 0, "phone") == "13812345678"


def test_a_late_visitor_shows_red(open_view, qtbot, staff, clock):
    clerk = staff["clerk"]
    earlier_visit(clerk)  # yesterday's, never told: late
    view = open_view(VisitorsView, clerk)
    row = view.list.model.index(0, 0)
    assert row.data(Qt.ItemDataRole.ForegroundRole) == LATE
    assert "Late: 1" in view.counter.text()


def test_the_days_register_prints(open_view, qtbot, driver, staff, clock, printed, tmp_path):
    clerk = staff["clerk"]
    visit = earlier_visit(clerk)
    view = open_view(VisitorsView, clerk)

    def yesterday(form):
        field(form, "day").clear()
        type_text(qtbot, field(form, "day"), "2026-03-09")
        form.save()

    driver.then(yesterday)
    view.run("day")
    assert len(printed) == 1
    text = flat_pdf_text(printed[0][0], tmp_path)
    for word in ("来访登记表", visit.number, "旧访客", "当值签字"):
        assert word in text


def test_a_manager_reveals_an_id_and_it_is_audited(open_view, qtbot, staff, clock, messages,
                                                   printed, tmp_path):
    who = reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id
    visit = reception.register_visit({"visitor": "张三", "identity": who, "host_person": "孙丽",
                                      "id_number": ID}, by=staff["clerk"])
    view = open_view(VisitorsView, staff["manager"])
    select(qtbot, view, visit.id)
    assert REVEAL in enabled(view)
    view.run(REVEAL)
    assert any(ID in text for kind, text in messages if kind == "information")
    row = AuditEntry.get(AuditEntry.action == "personal.reveal_id")
    assert ID not in row.changes and row.user_name == "boss"
    view.run("print")  # the slip still prints it masked
    text = flat_pdf_text(printed[0][0], tmp_path)
    assert "110101********1234" in text and ID not in text


def test_sign_out_key_is_disabled_until_on_site(open_view, qtbot, staff, clock, messages):
    clerk = staff["clerk"]
    visit = earlier_visit(clerk)
    view = open_view(VisitorsView, clerk)
    select(qtbot, view, visit.id)
    assert SIGN_OUT not in enabled(view)
    qtbot.keyClick(view.list.table, Qt.Key.Key_F9)
    assert reception.get_visit(visit.id).status == reception.EXPECTED


def test_the_auto_sign_out_runs_on_the_views_timer(open_view, qtbot, staff, clock):
    clerk = staff["clerk"]
    who = reception.VisitIdentity.get(reception.VisitIdentity.name == "客户").id
    visit = reception.register_visit({"visitor": "晚走", "identity": who, "host_person": "孙丽"},
                                     by=clerk)
    reception.notify_host(visit.id, by=clerk)
    reception.sign_in(visit.id, by=clerk)
    view = open_view(VisitorsView, clerk)
    assert "On site: 1" in view.counter.text()
    clock.set(T0.replace(hour=21))
    view.timer.timeout.emit()
    visit = reception.get_visit(visit.id)
    assert (visit.status, visit.auto_signed_out) == (reception.LEFT, True)
    assert "On site: 0" in view.counter.text()


def test_the_settings_section(app, qtbot, admin, staff, clock):
    section = VisitorsSettings(admin)
    qtbot.addWidget(section)
    section.edits[reception.LATE_MINUTES].setValue(30)
    assert section.save()
    assert reception.visit_setting(reception.LATE_MINUTES) == 30
    clerk_view = VisitorsSettings(staff["clerk"])
    qtbot.addWidget(clerk_view)
    assert not clerk_view.save_button.isEnabled()
