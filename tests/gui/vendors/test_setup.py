"""The setup sub-view as the manager uses it: a vendor and its contract typed in, the fee
bands refused with a gap then saved, a template whose points do not add to 100 refused
(the total shown live) then saved as a new version, the kinds on the Settings page; a
clerk only reads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from gui.vendors.setup_view import GREY, SetupView, VendorKindsSection
from models import vendors
from tests.helpers.keys import type_text
from tests.helpers.vendors_setup import cleaning_vendor, setup_staff
from tests.helpers.widgets import cell, enabled, pick


def type_cell(qtbot, grid, row: int, column: int, text: str) -> None:
    """Go to the cell, F2, type over what it holds, Enter — as a clerk does."""
    grid.setFocus()
    grid.setCurrentCell(row, column)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    editors = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.item(row, column).text() == text)  # committed (queued)


def test_a_vendor_and_its_contract_are_typed_in_and_listed(open_view, driver, make_user, clock):
    clock.set(dt.datetime(2026, 3, 10, 9, 0))
    staff = setup_staff(make_user)
    view = open_view(SetupView, staff["manager"])
    assert enabled(view) == {"new", "templates"}

    def vendor(form):
        form.fields["name"].editor.setText("绿源园林绿化工程有限公司")
        pick(form, "kind", vendors.GREENING)
        form.fields["contact"].editor.setText("黄工")
        form.fields["lead"].editor.setText("吴领班")
        assert form.save()

    driver.then(vendor)
    view.qactions["new"].trigger()
    made = vendors.Vendor.get()
    assert (made.kind.name, made.lead) == (vendors.GREENING, "吴领班")
    assert view.list.current_id() == made.id
    assert cell(view, 0, "contract") in ("", None)
    assert view.list.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == GREY
    assert {"edit", "contract", "renew", "bands"} <= enabled(view)

    def contract(form):
        assert form.fields["starts_on"].value() == dt.date(2026, 3, 1)
        assert "绿化考评记录" in form.fields["template"].widget.currentText()
        form.fields["number"].editor.setText("WB-2026-002")
        form.fields["ends_on"].set_text("2028-02-29")
        form.fields["monthly_fee"].editor.setText("12800")
        form.fields["per_failed_check"].editor.setText("200")
        form.fields["per_late_defect"].editor.setText("2")
        form.fields["per_late_defect_pct"].widget.setChecked(True)
        assert form.save()

    driver.then(contract)
    view.qactions["contract"].trigger()
    saved = vendors.contract_on(made.id, dt.date(2026, 3, 10))
    assert (saved.number, saved.monthly_fee, saved.per_late_defect, saved.per_late_defect_pct) \
        == ("WB-2026-002", Decimal("12800.00"), Decimal("2.00"), True)
    assert saved.template == vendors.template_for(vendors.GREENING, vendors.DAILY)
    assert cell(view, 0, "contract") == "WB-2026-002"

    def refused(form):  # the same contract: an end before its start is refused, stays open
        form.fields["ends_on"].set_text("2026-01-31")
        assert not form.save()
        assert "ends before it starts" in form.banner.text()

    driver.then(refused)
    view.qactions["contract"].trigger()
    assert vendors.get_contract(saved.id).ends_on == dt.date(2028, 2, 29)

    def renew(form):  # the next contract starts the day after this one ends
        assert form.fields["starts_on"].value() == dt.date(2028, 3, 1)
        form.fields["number"].editor.setText("WB-2028-002")
        form.fields["ends_on"].set_text("2030-02-28")
        form.fields["monthly_fee"].editor.setText("13500")
        assert form.save()

    driver.then(renew)
    view.qactions["renew"].trigger()
    assert vendors.contract_on(made.id, dt.date(2029, 1, 1)).monthly_fee == Decimal("13500")
    assert cell(view, 0, "contract") == "WB-2026-002"  # today's is still the first


def test_fee_bands_with_a_gap_are_refused_then_saved(open_view, driver, qtbot, make_user, clock,
                                                     table_snapshot):
    staff = setup_staff(make_user)
    vendor, contract = cleaning_vendor(staff["manager"])
    view = open_view(SetupView, staff["manager"])
    view.refresh()
    assert view.list.select_only(vendor.id)
    view.update_actions()
    before = table_snapshot()

    def gap(dialog):
        assert dialog.grid.rowCount() == 4 and dialog.cell(1, 0) == "80"
        type_cell(qtbot, dialog.grid, 1, 0, "85")  # 80–85 left without a band
        assert not dialog.save()
        assert dialog.banner.text() == "The fee bands leave scores from 80 to 85 without a band."
        assert table_snapshot() == before
        type_cell(qtbot, dialog.grid, 2, 1, "85")
        type_cell(qtbot, dialog.grid, 2, 2, "6")
        assert dialog.save()

    driver.then(gap)
    view.qactions["bands"].trigger()
    assert [(r["from_score"], r["to_score"], r["reduction_pct"])
            for r in vendors.band_rows(contract)] == [
        (90, 100, 0), (85, 90, 3), (70, 85, 6), (0, 70, 15)]


def test_a_template_not_adding_to_100_is_refused_then_saved_as_a_new_version(
        open_view, driver, qtbot, make_user, clock, table_snapshot):
    staff = setup_staff(make_user)
    _vendor, contract = cleaning_vendor(staff["manager"])
    old = vendors.template_for(vendors.CLEANING, vendors.DAILY)
    view = open_view(SetupView, staff["manager"])

    def edit(dialog):
        dialog.chooser.setCurrentIndex(dialog.chooser.findData(old.id))
        assert dialog.grid.rowCount() == len(vendors.items_of(old))
        assert dialog.below.text() == "Points: 100 of 100"
        type_cell(qtbot, dialog.grid, 0, 2, "8")
        assert dialog.below.text() == "Points: 98 of 100"  # live
        before = table_snapshot()
        assert not dialog.save()
        assert dialog.banner.text() == "The items' points add to 98, not 100."
        assert table_snapshot() == before
        dialog.add_button.click()
        last = dialog.grid.rowCount() - 1
        type_cell(qtbot, dialog.grid, last, 0, "大堂门厅")
        type_cell(qtbot, dialog.grid, last, 1, "休息区沙发、茶几洁净")
        type_cell(qtbot, dialog.grid, last, 2, "2")
        assert dialog.below.text() == "Points: 100 of 100"
        assert dialog.save()
        assert "Version 2" in dialog.version.text()
        dialog.chooser.setCurrentIndex(dialog.chooser.findData(None))  # a new template
        assert dialog.grid.rowCount() == 0 and dialog.kind.isEnabled()
        type_text(qtbot, dialog.name, "电梯维保巡检表")
        dialog.kind.setCurrentIndex(dialog.kind.findText("特殊设备"))
        for n, (area, points) in enumerate((("机房", "60"), ("轿厢", "40"))):
            dialog.add_button.click()
            type_cell(qtbot, dialog.grid, n, 0, area)
            type_cell(qtbot, dialog.grid, n, 1, "整洁无杂物")
            type_cell(qtbot, dialog.grid, n, 2, points)
        dialog.grid.item(0, 3).setCheckState(Qt.CheckState.Checked)
        assert dialog.save()

    driver.then(edit)
    view.qactions["templates"].trigger()
    new = vendors.template_for(vendors.CLEANING, vendors.DAILY)
    assert (new.version, new.replaces_id) == (2, old.id)
    assert vendors.items_of(new)[-1].text == "休息区沙发、茶几洁净"
    assert vendors.items_of(old)[0].points == 10  # the old version keeps its items
    assert vendors.get_contract(contract.id).template_id == new.id
    lift = vendors.template_for("特殊设备", vendors.DAILY)
    assert (lift.name, [i.serious for i in vendors.items_of(lift)]) == ("电梯维保巡检表",
                                                                      [True, False])


def test_a_clerk_reads_and_the_kinds_are_kept_on_the_settings_page(
        open_view, app, qtbot, driver, make_user, clock):
    staff = setup_staff(make_user)
    vendor, _contract = cleaning_vendor(staff["manager"])
    view = open_view(SetupView, staff["clerk"])
    view.refresh()
    view.list.select_only(vendor.id)
    view.update_actions()
    assert enabled(view) == set()

    def read(form):
        assert not form.save_button.isVisible()
        assert form.fields["lead"].editor.text() == "陈领班"

    driver.then(read)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    assert not driver.steps

    section = VendorKindsSection(staff["manager"])
    qtbot.addWidget(section)

    def name(form):
        form.fields["name"].editor.setText("电梯维保")
        assert form.save()

    driver.then(name)
    section.editor.buttons["add"].click()
    assert "电梯维保" in [k.name for k in vendors.kinds()]
    clerk = VendorKindsSection(staff["clerk"])
    qtbot.addWidget(clerk)
    assert not clerk.editor.buttons["add"].isEnabled()
