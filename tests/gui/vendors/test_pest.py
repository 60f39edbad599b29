"""The pest-control sub-view as the clerk uses it: a treatment planned and recorded done (a
time inside office hours refused first), one asked for a working day ahead, the callback
from the reception queue's source, 不满意 redone; the month short of a treatment red; a
density report recorded and the overdue counter; the manager's calendar settings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gui.vendors.pest_view import RED, PestCalendarSettings, PestView
from models import callbacks, vendors
from tests.helpers.keys import type_text
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.vendors_pest import done_treatment, pest_staff, pest_vendor
from tests.helpers.widgets import enabled, label_texts, pick

D = dt.date


def _type(qtbot, form, key: str, text: str) -> None:
    editor = form.fields[key].editor
    if hasattr(editor, "clear"):
        editor.clear()
    type_text(qtbot, editor, text)


def _select(view, treatment_id: int) -> None:
    view.refresh()
    assert view.list.select_only(treatment_id)
    view.update_actions()


def test_a_clerk_plans_and_records_a_treatment_after_office_hours_then_it_is_called_back(
        open_view, qtbot, driver, make_user, clock, printed, tmp_path):
    staff = pest_staff(make_user)
    vendor = pest_vendor()
    view = open_view(PestView, staff["clerk"])

    def plan(form):
        pick(form, "vendor", vendor.name)
        _type(qtbot, form, "planned_on", "2026-03-12")
        pick(form, "areas", "公共场所、办公区")
        assert form.save()

    driver.then(plan)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    treatment = vendors.PestTreatment.get()
    assert (treatment.planned_on, treatment.kind, treatment.status) == (
        D(2026, 3, 12), vendors.SCHEDULED, vendors.PLANNED)
    assert view.list.current_id() == treatment.id
    assert {"record", "cancel", "print"} <= enabled(view)

    clock.set(dt.datetime(2026, 3, 12, 21, 0))
    _select(view, treatment.id)

    def inside_hours(form):
        _type(qtbot, form, "done_at", "2026-03-12 16:00")
        _type(qtbot, form, "agent", "溴氰菊酯 2.5% 喷雾")
        _type(qtbot, form, "operator", "郑海涛")
        _type(qtbot, form, "signed_by", "绿城 马经理")
        assert not form.save()
        assert "inside office hours" in form.banner.text()
        _type(qtbot, form, "done_at", "2026-03-12 19:10")
        assert form.save()

    driver.then(inside_hours)
    view.qactions["record"].trigger()
    assert not driver.steps
    done = vendors.get_treatment(treatment.id)
    assert (done.status, done.done_at, done.agent, done.signed_by) == (
        "done", dt.datetime(2026, 3, 12, 19, 10), "溴氰菊酯 2.5% 喷雾", "绿城 马经理")
    assert "Done" in view.selected_label.text()
    assert "record" not in enabled(view)

    # it waits in the reception tab's one queue; 不满意 there plans the redo here
    assert [w.number for w in callbacks.source("pest").waiting()] == [done.number]
    clock.set(dt.datetime(2026, 3, 13, 10, 0))
    callbacks.record_callback("pest", done.id, {"verdict": callbacks.UNSATISFIED,
                                                "words": "仍有蟑螂"}, by=staff["clerk"])
    view.refresh()
    redo = vendors.PestTreatment.get(vendors.PestTreatment.redo_of == done.id)
    callback_filter = view.callback_filter
    callback_filter.setCurrentIndex(callback_filter.findData(callbacks.UNSATISFIED))
    view.list.apply_filter()
    assert view.list.model.rowCount() == 1
    colour = view.list.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == RED
    callback_filter.setCurrentIndex(0)
    view.list.apply_filter()
    _select(view, redo.id)
    assert "cancel" not in enabled(view) and "record" in enabled(view)

    view.qactions["print"].trigger()
    pdf, title = printed[-1]
    assert "2026-03" in title
    text = flat_pdf_text(pdf, tmp_path)
    assert done.number in text and "不满意" in text and redo.number in text


def test_a_treatment_on_request_is_refused_before_the_next_working_day(
        open_view, qtbot, driver, make_user, clock):
    staff = pest_staff(make_user)
    vendor = pest_vendor()
    clock.set(dt.datetime(2026, 3, 13, 10, 0))  # a Friday
    view = open_view(PestView, staff["clerk"])

    def ask(form):
        assert form.fields["planned_on"].editor.text() == "2026-03-16"  # the next working day
        pick(form, "vendor", vendor.name)
        _type(qtbot, form, "requested_by", "财务部 张会计")
        _type(qtbot, form, "request_text", "财务部办公室发现蟑螂")
        _type(qtbot, form, "planned_on", "2026-03-14")
        assert not form.save()
        assert "2026-03-16 at the earliest" in form.banner.text()
        _type(qtbot, form, "planned_on", "2026-03-16")
        assert form.save()

    driver.then(ask)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not driver.steps
    asked = vendors.PestTreatment.get()
    assert (asked.kind, asked.planned_on, asked.areas, asked.requested_by) == (
        vendors.ON_REQUEST, D(2026, 3, 16), "办公区", "财务部 张会计")


def test_the_months_short_of_treatments_are_red_and_density_reports_are_counted(
        open_view, qtbot, driver, make_user, clock):
    staff = pest_staff(make_user)
    vendor = pest_vendor(since=dt.datetime(2026, 5, 4, 9, 0))  # months before it are not its
    clock.set(dt.datetime(2026, 7, 3, 10, 0))
    for day in (D(2026, 5, 7), D(2026, 5, 21), D(2026, 6, 11)):
        done_treatment(vendor, staff["clerk"], day)
    view = open_view(PestView, staff["clerk"])
    assert view.pages.tabText(1) == "Months (1 short)"
    assert view.pages.tabText(2) == "Density reports (1 overdue)"
    view.pages.setCurrentIndex(1)
    rows = {(view.months.item(r, 0).text(), view.months.item(r, 3).text()): r
            for r in range(view.months.rowCount())}
    june = rows[("2026-06", "1")]
    assert view.months.item(june, 0).foreground().color().name() == RED
    may = rows[("2026-05", "0")]
    assert view.months.item(may, 0).foreground().color().name() != RED
    assert ("2026-07", view.tr("in progress")) in rows
    assert sorted(m for m, _n in rows) == ["2026-05", "2026-06", "2026-07"]
    assert view.overdue_label.text().startswith("Overdue: 1")
    assert "2026H1" in view.overdue_label.text()

    def report(form):
        assert form.fields["half"].editor.text() == "2026H1"
        _type(qtbot, form, "summary", "鼠、蟑螂密度均符合国家标准")
        assert form.save()

    driver.then(report)
    view.pages.setCurrentIndex(2)
    qtbot.mouseClick(view.density_button, Qt.MouseButton.LeftButton)
    assert not driver.steps
    assert vendors.DensityReport.get().half == "2026H1"
    assert view.overdue_label.text() == "Overdue: 0"
    assert view.pages.tabText(2) == "Density reports"
    assert view.density_list.model.rowCount() == 1


def test_the_manager_keeps_the_calendar_and_a_clerk_may_not(qtbot, app, make_user, clock):
    staff = pest_staff(make_user)
    clerk_section = PestCalendarSettings(staff["clerk"])
    qtbot.addWidget(clerk_section)
    assert not clerk_section.save_button.isEnabled()
    assert any("Only the manager" in t for t in label_texts(clerk_section))
    section = PestCalendarSettings(staff["manager"])
    qtbot.addWidget(section)
    section.holidays.setPlainText("2026-10-01\n2026-10-02\nnot a day")
    assert not section.save()
    assert "not a date" in section.banner.text()
    section.holidays.setPlainText("2026-10-01\n2026-10-02")
    section.workdays.setPlainText("2026-10-10")
    section.hours.setText("09:00-18:00")
    assert section.save()
    assert vendors.holidays() == {D(2026, 10, 1), D(2026, 10, 2)}
    assert vendors.office_hours() == (dt.time(9), dt.time(18))
    assert vendors.working_days_after(D(2026, 9, 30), 1) == D(2026, 10, 5)


def test_the_reception_queue_calls_a_treatment_back_and_unsatisfied_plans_its_redo(
        open_view, qtbot, driver, make_user, clock):
    from gui.reception.callbacks_view import CallbacksView
    from tests.helpers.keys import press_enter
    from tests.helpers.widgets import field

    staff = pest_staff(make_user)
    vendor = pest_vendor()
    clock.set(dt.datetime(2026, 3, 12, 21, 0))
    t = done_treatment(vendor, staff["clerk"], D(2026, 3, 12))
    clock.set(dt.datetime(2026, 3, 13, 10, 0))
    view = open_view(CallbacksView, staff["clerk"])
    numbers = [view.queue.item(r, 1).text() for r in range(view.queue.rowCount())]
    assert numbers == [t.number]
    view.queue.selectRow(0)

    def unsatisfied(form) -> None:
        qtbot.keyClick(field(form, "verdict"), Qt.Key.Key_3)
        press_enter(qtbot, field(form, "verdict"))
        type_text(qtbot, field(form, "words"), "走廊仍有蟑螂")
        press_enter(qtbot, field(form, "words"), ctrl=True)

    driver.then(unsatisfied)
    qtbot.keyClick(view.queue, Qt.Key.Key_F11)
    assert not driver.banners, driver.banners
    assert vendors.get_treatment(t.id).verdict == callbacks.UNSATISFIED
    redo = vendors.PestTreatment.get(vendors.PestTreatment.redo_of == t.id)
    assert (redo.status, redo.planned_on, redo.request_text) == (
        vendors.PLANNED, D(2026, 3, 16), "走廊仍有蟑螂")
    assert view.queue.rowCount() == 0
