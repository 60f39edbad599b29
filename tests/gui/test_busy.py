"""Another desk is saving: the clerk's save waits, then says so plainly; nothing is written.

A second sqlite3 connection holds the file's write lock (BEGIN IMMEDIATE) while
the clerk saves, with the busy timeout cut to 0.3 s. The record form shows the
message in its banner and keeps what was typed; a toolbar step shows it in a
message box. Before, the SQLite error escaped the slot: the form stayed open
with no message and the step did nothing visible.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.warehouse.issues_view import IssueSlipsView
from gui.warehouse.items_view import ItemsView
from models import db as dbmod
from models import warehouse
from tests.helpers.other_desk import OtherDesk
from tests.helpers.storeroom import receive
from tests.helpers.widgets import POPUP_NOISE, select

pytestmark = POPUP_NOISE
BUSY = "Another desk is saving right now; nothing was written. Try again in a moment."


@pytest.fixture
def short_wait(db):
    previous = dbmod.set_busy_timeout(300)
    yield
    dbmod.set_busy_timeout(previous)


def test_saving_an_item_while_another_desk_saves_says_so_and_keeps_the_form(
        open_view, qtbot, driver, staff, items, short_wait, db_path, table_snapshot):
    view = open_view(ItemsView, staff["keeper"])
    before = table_snapshot()
    seen = {}

    def save_while_busy(form):
        form.set_values({"code": "WJ010", "name": "活动扳手", "unit": "把"})
        combo = form.fields["category"].widget
        combo.setCurrentIndex(combo.findText("五金"))
        other = OtherDesk(db_path)
        try:
            qtbot.keyClick(form.fields["name"].editor, Qt.Key.Key_S,
                           Qt.KeyboardModifier.ControlModifier)
            seen["banner"] = form.banner.text() if form.banner.isVisible() else ""
            seen["open"] = form.isVisible()
            seen["typed"] = form.values()["code"]
            seen["stored"] = table_snapshot() == before
        finally:
            other.give_up()
        assert form.save()  # the other desk is done: the same form saves now

    driver.then(save_while_busy)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"banner": BUSY, "open": True, "typed": "WJ010", "stored": True}
    assert warehouse.Item.select().where(warehouse.Item.code == "WJ010").count() == 1


def test_signing_an_issue_slip_while_another_desk_saves_shows_the_message_and_changes_nothing(
        open_view, staff, items, messages, short_wait, db_path, table_snapshot):
    receive(staff, items["screw"], 10)
    slip = warehouse.save_issue_slip({"department": "工程部", "receiver": "刘海波"},
                                     [{"item": items["screw"].id, "qty": 2}], by=staff["keeper"])
    view = open_view(IssueSlipsView, staff["duty"])
    select(view, slip.id)
    before = table_snapshot()
    other = OtherDesk(db_path)
    try:
        view.qactions["submit"].trigger()  # the question is answered Yes
    finally:
        other.give_up()
    assert [text for kind, text in messages if kind == "box"] == [BUSY]
    assert table_snapshot() == before
    assert warehouse.get_issue_slip(slip.id).status == warehouse.DRAFT
