"""The defects sub-view as the patrolling officer (a clerk) uses it: a work ticket typed,
printed, replied to, failed at re-inspection and passed; a minor fault gone late, red with
how late, fixed; the late list printed for the client representative; the tab's counters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gui.vendors.defects_view import LATE, DefectsView
from gui.vendors.tab import VendorsTab
from models import vendors
from tests.helpers.keys import type_text
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.vendors_defects import defect_staff, defect_values, vendor
from tests.helpers.widgets import enabled, label_texts, pick


def _type(qtbot, form, key: str, text: str) -> None:
    editor = form.fields[key].editor
    if hasattr(editor, "clear"):
        editor.clear()
    type_text(qtbot, editor, text)


def _select(view, defect_id: int) -> None:
    view.refresh()
    assert view.list.select_only(defect_id)
    view.update_actions()


def _cell(view, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return view.list.model.index(row, vendors.DEFECT_LIST.index_of(key)).data(role)


def test_a_work_ticket_from_typed_to_failed_again_to_fixed(
        open_view, qtbot, driver, make_user, clock, messages, printed, tmp_path):
    staff = defect_staff(make_user)
    vendor()
    view = open_view(DefectsView, staff["clerk"])

    def type_ticket(form):
        assert any("within an hour" in text for text in label_texts(form))
        pick(form, "vendor", "洁美清洁服务有限公司")
        pick(form, "kind", "Work ticket")
        _type(qtbot, form, "place", "外围广场")
        _type(qtbot, form, "text", "石材地面大面积污渍，需机洗")
        _type(qtbot, form, "due_at", "2026-03-11 17:00")
        assert form.save()

    driver.then(type_ticket)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    ticket = vendors.Defect.get()
    assert (ticket.kind, ticket.place, ticket.text, ticket.due_at, ticket.found_at,
            ticket.status) == (vendors.TICKET, "外围广场", "石材地面大面积污渍，需机洗",
                               dt.datetime(2026, 3, 11, 17, 0), dt.datetime(2026, 3, 10, 9, 0),
                               vendors.OPEN)
    assert view.list.current_id() == ticket.id
    assert {"answer", "print"} <= enabled(view) and "done" not in enabled(view)

    view.qactions["print"].trigger()
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert ticket.number in text and "报事单" in text.replace(" ", "")

    clock.set(dt.datetime(2026, 3, 11, 10, 0))

    def vendor_replied(form):
        _type(qtbot, form, "reply", "已安排机洗完毕")
        assert form.save()

    driver.then(vendor_replied)
    view.qactions["answer"].trigger()
    assert vendors.get_defect(ticket.id).status == vendors.REPLIED
    assert "check" in enabled(view)

    clock.set(dt.datetime(2026, 3, 11, 11, 0))

    def failed(form):
        assert any("已安排机洗完毕" in text for text in label_texts(form))
        pick(form, "result", "Failed again")
        _type(qtbot, form, "new_due_at", "2026-03-12 17:00")
        assert form.save()

    driver.then(failed)
    view.qactions["check"].trigger()
    ticket = vendors.get_defect(ticket.id)
    assert (ticket.status, ticket.redo_by, ticket.reinspected_by, ticket.late) == (
        vendors.FAILED_AGAIN, dt.datetime(2026, 3, 12, 17, 0), "李晓燕", False)
    assert "Failed re-inspection" in view.selected_label.text()

    def read(form):
        text = "\n".join(label_texts(form))
        assert "The vendor replied 2026-03-11 10:00: 已安排机洗完毕" in text
        assert "to be redone by 2026-03-12 17:00" in text
        assert not form.save_button.isVisible()

    driver.then(read)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    assert not driver.steps

    clock.set(dt.datetime(2026, 3, 12, 15, 0))
    driver.then(vendor_replied)
    view.qactions["answer"].trigger()

    def passed(form):
        pick(form, "result", "Passed")
        assert form.save()

    driver.then(passed)
    view.qactions["check"].trigger()
    ticket = vendors.get_defect(ticket.id)
    assert (ticket.status, ticket.fixed_at, ticket.late) == (
        vendors.FIXED, dt.datetime(2026, 3, 12, 15, 0), False)
    assert _cell(view, 0, "late") == ""


def test_a_minor_fault_gone_late_is_red_fixed_late_and_on_the_late_list(
        open_view, qtbot, driver, make_user, clock, messages, printed, tmp_path):
    staff = defect_staff(make_user)
    minor = vendors.record_defect(defect_values(text="玻璃门有明显手印"), by=staff["clerk"])
    clock.advance(hours=2, minutes=5)
    view = open_view(DefectsView, staff["clerk"])
    assert vendors.get_defect(minor.id).late  # the list's read ran the sweep
    assert _cell(view, 0, "late") == "1 h 5 min late"
    assert _cell(view, 0, "late", Qt.ItemDataRole.ForegroundRole).name() == LATE
    _select(view, minor.id)
    assert "done" in enabled(view) and "answer" not in enabled(view)

    def fixed(form):
        _type(qtbot, form, "checked_by", "陈领班")
        assert form.save()

    driver.then(fixed)
    view.qactions["done"].trigger()
    minor = vendors.get_defect(minor.id)
    assert (minor.status, minor.late, minor.reinspected_by) == (vendors.FIXED, True, "陈领班")
    assert _cell(view, 0, "late") == "1 h 5 min late"  # fixed after it: still late, red
    assert _cell(view, 0, "late", Qt.ItemDataRole.ForegroundRole).name() == LATE

    def period(form):
        assert form.fields["period"].editor.text() == "2026-03"
        assert form.save()

    driver.then(period)
    view.qactions["print_list"].trigger()
    text = flat_pdf_text(printed[-1][0], tmp_path).replace(" ", "")
    assert "未按期整改清单" in text and "玻璃门有明显手印" in text and minor.number in text

    def no_period(form):
        _type(qtbot, form, "period", "三月")
        assert not form.save()
        assert "YYYY-MM" in form.banner.text()
        form.reject()

    driver.then(no_period)
    count = len(printed)
    view.qactions["print_list"].trigger()
    assert len(printed) == count and not driver.steps


def test_the_engineer_only_reads_and_the_tab_counts_what_is_due_and_late(
        open_view, qtbot, make_user, clock, messages):
    staff = defect_staff(make_user)
    clerk = staff["clerk"]
    vendors.record_defect(defect_values(), by=clerk)
    vendors.record_defect(defect_values(kind=vendors.TICKET,
                                        due_at=dt.datetime(2026, 3, 10, 17, 0)), by=clerk)
    vendors.record_defect(defect_values(kind=vendors.TICKET,
                                        due_at=dt.datetime(2026, 3, 14, 17, 0)), by=clerk)
    clock.advance(hours=2)
    reader = open_view(DefectsView, staff["engineer"])
    reader.list.select_only(vendors.Defect.get().id)
    reader.update_actions()
    assert enabled(reader) <= {"open", "print", "print_list"}
    tab = open_view(VendorsTab, clerk)
    assert "Defects due today: 2" in tab.counters.text() and "Late: 1" in tab.counters.text()
    assert LATE in tab.counters.text()
    tab.open_counter("late")
    assert tab.views.currentWidget() is tab.defects
    assert tab.defects.late_filter.isChecked() and tab.defects.due_filter.isChecked()
    assert tab.defects.list.model.rowCount() == 1
    tab.open_counter("due_today")
    assert tab.defects.list.model.rowCount() == 2
