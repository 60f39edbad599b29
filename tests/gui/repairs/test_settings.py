"""The repairs page of Settings: an administrator sets the deadlines and the categories."""

from __future__ import annotations

import pytest

from gui.repairs import RepairsSettingsPage
from models import repairs
from tests.helpers.keys import type_text


@pytest.fixture
def page_for(app, qtbot, messages):
    def _open(user) -> RepairsSettingsPage:
        page = RepairsSettingsPage(user)
        qtbot.addWidget(page)
        page.show()
        return page

    return _open


def test_the_administrator_changes_the_deadlines_in_hours_and_minutes(page_for, admin):
    page = page_for(admin)
    accept, complete = page.deadline_edits[repairs.URGENT]
    assert (accept.number.value(), accept.unit.currentText()) == (30, "minutes")
    assert (complete.number.value(), complete.unit.currentText()) == (4, "hours")
    accept.number.setValue(1)
    accept.unit.setCurrentIndex(accept.unit.findText("hours"))
    complete.number.setValue(6)
    assert page.save_deadlines()
    assert repairs.deadlines(repairs.URGENT) == repairs.Deadlines(60, 360)
    assert repairs.deadlines(repairs.NORMAL) == repairs.Deadlines(240, 2 * 24 * 60)
    assert "Saved" in page.deadline_saved.text()
    assert (accept.number.value(), accept.unit.currentText()) == (1, "hours")


def test_deadlines_that_make_no_sense_are_refused_and_nothing_is_saved(
        page_for, admin, table_snapshot):
    page = page_for(admin)
    before = table_snapshot()
    urgent_accept, _ = page.deadline_edits[repairs.URGENT]
    urgent_accept.number.setValue(45)  # would be fine on its own
    normal_accept, normal_complete = page.deadline_edits[repairs.NORMAL]
    normal_accept.number.setValue(3)
    normal_accept.unit.setCurrentIndex(normal_accept.unit.findText("days"))  # after completion
    assert not page.save_deadlines()
    assert "cannot be shorter" in page.deadline_banner.text()
    assert not page.deadline_banner.isHidden()
    assert table_snapshot() == before  # the urgent change was not kept either


def test_categories_are_added_renamed_taken_out_of_use_and_moved(page_for, admin, driver,
                                                                 qtbot):
    page = page_for(admin)
    assert page.categories.table.rowCount() == len(repairs.DEFAULT_CATEGORIES)

    def add(form):
        type_text(qtbot, form.fields["name"].editor, "电梯")
        form.save()

    driver.then(add)
    assert page.categories.add()
    names = [c.name for c in repairs.categories()]
    assert names[-1] == "电梯"
    assert page.categories.table.item(page.categories.table.currentRow(), 0).text() == "电梯"

    def clash(form):
        form.fields["name"].editor.selectAll()
        type_text(qtbot, form.fields["name"].editor, "水")
        form.save()
        assert "already exists" in form.banner.text()

    driver.then(clash)
    assert not page.categories.rename()

    assert page.categories.move(-1)
    assert [c.name for c in repairs.categories()][-2:] == ["电梯", "其他"]
    assert page.categories.toggle()
    assert "电梯" not in [c.name for c in repairs.categories()]
    assert page.categories.table.item(page.categories.table.currentRow(), 1).text() == "No"


def test_others_see_the_settings_but_cannot_change_them(page_for, repair_tab_staff):
    page = page_for(repair_tab_staff["clerk"])
    assert page.findChild(type(page.deadline_saved), "readOnlyNote") is not None
    assert not page.save_deadlines_button.isEnabled()
    assert not any(b.isEnabled() for b in page.categories.buttons.values())
