"""The evaluations sub-view as the officer and the manager use it: a new daily sheet typed
in the grid (Space passes, a digit types points off then the problem), submitted, the
vendor's objection typed from the signed sheet, the manager's amendment in the same grid;
the serious failures' counter; the pointer resting over the grid never moves the cursor."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from gui.vendors.evaluations_grid import PROBLEM, RESULT, EvaluationSheet
from gui.vendors.evaluations_view import EvaluationsView
from models import vendors
from tests.helpers.keys import type_here, type_text
from tests.helpers.vendors_evaluations import make_cleaning_vendor, make_long_sheet_vendor
from tests.helpers.widgets import field, pick


def enabled(view: EvaluationsView) -> set[str]:
    return {name for name, action in view.qactions.items() if action.isEnabled()}


def current(grid: EvaluationSheet) -> tuple[int, int]:
    index = grid.table.currentIndex()
    return index.row(), index.column()


def key(qtbot, char) -> None:
    qtbot.keyClick(QApplication.focusWidget(), char)


def enter_to(qtbot, grid, row: int, column: int, editing: bool) -> None:
    """Enter in a cell's editor: its value is committed (queued, as Qt does), the cursor
    goes on to (row, column), editing there or not."""
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current(grid) == (row, column))
    wait_editing(qtbot, grid, editing)


def wait_editing(qtbot, grid, editing: bool) -> None:
    """Until the cell's editor has the focus (or the grid has it back)."""
    qtbot.waitUntil(lambda: (grid.table.state() == QAbstractItemView.State.EditingState)
                    == editing and isinstance(QApplication.focusWidget(), QLineEdit) == editing)


def test_a_daily_round_typed_objected_and_amended(open_view, qtbot, driver, printed, staff,
                                                 clock, pdf_text):
    make_cleaning_vendor(staff["manager"])
    view = open_view(EvaluationsView, staff["clerk"])
    assert {"new", "blank"} <= enabled(view) and "submit" not in enabled(view)

    def new(form):
        assert form.fields["by_name"].editor.text() == "李晓燕"
        type_text(qtbot, field(form, "vendor_present"), "Wang")
        form.save()

    def type_items(grid: EvaluationSheet):
        assert current(grid) == (0, RESULT)
        key(qtbot, Qt.Key.Key_Space)  # item 1 passes, down
        assert current(grid) == (1, RESULT)
        key(qtbot, "5")  # item 2: 5 points off …
        wait_editing(qtbot, grid, True)
        enter_to(qtbot, grid, 1, PROBLEM, True)  # … then the problem
        type_here(qtbot, "卫生间有异味")
        enter_to(qtbot, grid, 2, RESULT, False)
        key(qtbot, Qt.Key.Key_Return)  # item 3 passes with Enter
        assert current(grid) == (3, RESULT)
        key(qtbot, "2")
        wait_editing(qtbot, grid, True)
        enter_to(qtbot, grid, 3, PROBLEM, True)
        type_here(qtbot, "dust")
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: grid.model.value(3, "problem") == "dust")
        wait_editing(qtbot, grid, False)
        grid.go_to(3, RESULT)
        key(qtbot, "t")  # a work ticket for item 4
        assert grid.model.index(3, 7).data() == "Yes"
        assert "Score 93" in grid.summary.text() and "2 item(s)" in grid.summary.text()
        assert not grid.fix_by.isEnabled()
        grid.fix_check.setFocus()
        key(qtbot, Qt.Key.Key_Space)  # ticked: a deadline of the officer's own
        assert grid.fix_by.isEnabled()
        grid.fix_by.setDateTime(QDateTime(dt.datetime(2026, 3, 11, 12, 0)))
        type_text(qtbot, grid.problems, "两处不合格，已通知王秀兰")
        grid.table.setFocus()
        key(qtbot, Qt.Key.Key_F9)  # saves and submits

    driver.then(new).then(type_items)
    view.qactions["new"].trigger()
    assert not driver.banners
    ev = vendors.Evaluation.get()
    assert (ev.status, ev.score, ev.failed, ev.vendor_present) == (
        vendors.SUBMITTED, Decimal("93"), True, "Wang")
    assert (ev.fix_by, ev.problems) == (dt.datetime(2026, 3, 11, 12, 0), "两处不合格，已通知王秀兰")
    items = vendors.evaluation_items(ev.id)
    assert [(i.passed, i.points_off, i.problem, i.ticket) for i in items] == [
        (True, 0, "", False), (False, 5, "卫生间有异味", False), (True, 0, "", False),
        (False, 2, "dust", True)]
    assert view.list.current_id() == ev.id
    assert {"confirm", "print"} <= enabled(view) and "rule" not in enabled(view)
    assert "waiting for the vendor's signature: 1" in view.counters.text()

    def objects(form):
        assert form.fields["signer"].editor.text() == "王秀兰"
        pick(form, "opinion", "Objects")
        form.save()  # no reason: refused, the form stays
        assert form.isVisible() and "objection" in form.banner.text()
        type_text(qtbot, field(form, "objection"), "检查时正在作业")
        form.save()

    driver.then(objects)
    view.qactions["confirm"].trigger()
    assert vendors.get_evaluation(ev.id).status == vendors.OBJECTED

    boss = open_view(EvaluationsView, staff["manager"])
    boss.list.select_only(ev.id)
    QApplication.processEvents()
    assert {"rule", "cancel"} <= enabled(boss)

    def amend(grid: EvaluationSheet):
        assert grid.mode == "rule" and grid.ruling.isVisible()
        grid.go_to(1, RESULT)
        key(qtbot, "1")  # 1 point off instead of 5
        wait_editing(qtbot, grid, True)
        enter_to(qtbot, grid, 1, PROBLEM, True)
        enter_to(qtbot, grid, 2, RESULT, False)  # the problem as it was
        grid.ruling.setFocus()
        type_here(qtbot, "部分属实，改扣1分")
        key(qtbot, Qt.Key.Key_F7)

    driver.then(amend)
    boss.qactions["rule"].trigger()
    ruled = vendors.get_evaluation(ev.id)
    assert (ruled.status, ruled.score, ruled.ruling) == (
        vendors.CONFIRMED, Decimal("97"), "部分属实，改扣1分")
    boss.qactions["print"].trigger()
    pdf, title = printed[-1]
    assert ev.number in title and "部分属实" in pdf_text(pdf, layout=False)


def test_the_serious_counter_and_filter(open_view, qtbot, staff):
    vendor = make_cleaning_vendor(staff["manager"])
    ev = vendors.new_evaluation(staff["clerk"], vendor=vendor)
    lift = vendors.evaluation_items(ev.id)[2]
    vendors.score_items(ev.id, {lift.id: {"points_off": 20, "problem": "轿厢脏"}},
                        staff["clerk"])
    vendors.submit_evaluation(ev.id, staff["clerk"])
    vendors.new_evaluation(staff["clerk"], vendor=vendor)
    view = open_view(EvaluationsView, staff["manager"])
    assert "serious failures open: 1" in view.counters.text()
    assert "#c62828" in view.counters.text()
    assert view.list.model.total() == 2
    view.serious_filter.setCurrentIndex(view.serious_filter.findData("open"))
    view.list.apply_filter()
    qtbot.waitUntil(lambda: view.list.model.total() == 1)


def test_the_pointer_resting_over_the_grid_never_moves_the_cursor(app, qtbot, staff):
    vendor = make_long_sheet_vendor(staff["manager"], 30)
    ev = vendors.new_evaluation(staff["clerk"], vendor=vendor)
    grid = EvaluationSheet(ev.id, staff["clerk"])
    qtbot.addWidget(grid)
    grid.resize(900, 360)
    grid.show()
    grid.activateWindow()
    qtbot.waitUntil(grid.isActiveWindow)
    grid.table.setMouseTracking(True)
    port = grid.table.viewport()
    QCursor.setPos(port.mapToGlobal(QPoint(port.width() // 2, port.height() // 3)))
    visited = []
    for row in range(30):
        visited.append(current(grid)[0])
        key(qtbot, Qt.Key.Key_Space if row % 3 else "1")
        if row % 3 == 0:
            wait_editing(qtbot, grid, True)
            enter_to(qtbot, grid, row, PROBLEM, True)
            type_here(qtbot, f"p{row}")
            if row + 1 < 30:
                enter_to(qtbot, grid, row + 1, RESULT, False)
        QApplication.processEvents()
    assert visited == list(range(30))
    assert grid.table.verticalScrollBar().value() > 0
    qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [i.problem for i in vendors.evaluation_items(ev.id) if not i.passed] == [
        f"p{row}" for row in range(0, 30, 3)]
    assert vendors.get_evaluation(ev.id).score == 90
    grid.reject()


def test_items_typed_in_a_real_window_with_the_real_pointer_over_the_grid(
        x_display, staff, db_path):
    from tests.helpers.xvfb import start_child

    vendor = make_long_sheet_vendor(staff["manager"], 30)  # on the real clock: the child desk runs on it too
    ev = vendors.new_evaluation(staff["clerk"], vendor=vendor)
    child = start_child(x_display, "tests.helpers.evaluation_window", str(db_path),
                        str(ev.id), str(staff["clerk"].id))
    try:
        ready = child.wait_for_line("READY", timeout=15).split()
        left, top, width, height = (int(v) for v in ready[1:5])
        assert ready[5] == "active=1", ready
        pointer = (left + width // 2, top + height // 3)
        x_display.xdotool("mousemove", str(pointer[0]), str(pointer[1]))
        assert x_display.pointer() == pointer  # resting over the grid's cells
        for row in range(30):
            if row % 5:
                x_display.xdotool("key", "space")
                reports = 1
            else:  # 2 points off, Enter, the problem, Enter
                x_display.xdotool("key", "--delay", "30", "2", "Return", "x", "Return")
                reports = 2
            for _ in range(reports):
                line = child.wait_for_line("TYPED", timeout=10)
                assert line.split()[1] == str(row), (row, line, child.report())
        x_display.xdotool("sleep", "0.3", "key", "ctrl+s", "sleep", "0.5", "key", "Escape")
        child.wait_for_line("CLOSED", timeout=10)
        assert child.finish(timeout=5) == 0, child.report()
    finally:
        child.kill()
    items = vendors.evaluation_items(ev.id)
    assert [(i.seq, i.points_off, i.problem) for i in items if not i.passed] == [
        (n + 1, 2, "x") for n in range(0, 30, 5)], child.report()
    assert all(i.passed for n, i in enumerate(items) if n % 5)
