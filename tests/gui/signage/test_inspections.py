"""The inspections sub-view as the clerk uses it: start the quarterly inspection, print its
blind sheet, type one key per sign in the grid, close it; a failed sign gets its correction,
becomes a replacement request, and the counters go red when a correction is late."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.signage.inspections_grid import REMARK, RESULT, ResultsGrid
from gui.signage.inspections_view import CORRECTIONS, WORK, InspectionSettings, InspectionsView
from gui.signage.requests_view import SignRequestsView
from models import people, signage
from models.signage import base
from tests.helpers.keys import press_enter, type_text
from tests.helpers.signs import make_signs
from tests.helpers.widgets import field, pick


@pytest.fixture
def sign_clerk(make_user):
    return make_user(people.CLERK, login="kf", full_name="李晓燕")


def enabled(view: InspectionsView) -> set[str]:
    return {name for name, action in view.qactions.items() if action.isEnabled()}


def current(grid: ResultsGrid) -> tuple[int, int]:
    index = grid.table.currentIndex()
    return index.row(), index.column()


def key(qtbot, grid: ResultsGrid, char: str) -> None:
    assert QApplication.focusWidget() is grid.table
    qtbot.keyClick(grid.table, char)


def test_a_quarterly_inspection_through_the_gui(open_view, qtbot, driver, printed, messages,
                                                sign_clerk, make_user, clock, pdf_text):
    signs = make_signs(4)
    view = open_view(InspectionsView, sign_clerk)
    assert "start" in enabled(view) and "close" not in enabled(view)

    def start(form):
        assert form.fields["inspector"].editor.text() == "李晓燕"
        press_enter(qtbot, field(form, "inspector"))

    driver.then(start)
    view.qactions["start"].trigger()
    assert not driver.banners
    rnd = signage.InspectionRound.get()
    assert (rnd.kind, rnd.department_id, rnd.quarter) == ("quarterly", None, "2026-Q1")
    assert view.rounds.current_id() == rnd.id
    assert {"sheet", "results", "close"} <= enabled(view)

    view.qactions["sheet"].trigger()
    (pdf, title), = printed
    assert rnd.number in title
    text = pdf_text(pdf)
    for word in ("合格", "不清楚", "损坏", "缺失", "位置不当", "内容不合理", signs[0].number):
        assert word in text

    def type_results(grid: ResultsGrid):
        assert "1/H" in grid.model.headerData(RESULT, Qt.Orientation.Horizontal)
        assert current(grid) == (0, RESULT)
        key(qtbot, grid, "1")  # 合格, and down
        assert current(grid) == (1, RESULT)
        key(qtbot, grid, "s")  # 损坏 by its letter
        assert current(grid) == (2, RESULT)
        qtbot.keyClick(grid.table, Qt.Key.Key_Return)  # skip one
        key(qtbot, grid, "4")  # 缺失
        assert grid.model.index(1, RESULT).data() == "Damaged"
        grid.go_to(1, REMARK)
        qtbot.keyClick(grid.table, Qt.Key.Key_F2)
        QApplication.focusWidget().insert("面板开裂")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: grid.table.state() != grid.table.State.EditingState)
        grid.go_to(2, RESULT)
        key(qtbot, grid, "h")
        assert "4 of 4" in grid.summary.text() and "2 failed" in grid.summary.text()
        qtbot.keyClick(grid.table, "s", Qt.KeyboardModifier.ControlModifier)
        assert grid.saved
        grid.reject()

    driver.then(type_results)
    view.qactions["results"].trigger()
    lines = signage.round_lines(rnd.id)
    assert [line.result for line in lines] == ["ok", "damaged", "ok", "missing"]
    assert lines[1].remark == "面板开裂"
    # the sheet stays blind whatever was typed
    view.qactions["sheet"].trigger()
    assert "面板开裂" not in pdf_text(printed[-1][0])

    view.qactions["close"].trigger()  # messages answers Yes
    assert signage.get_round(rnd.id).status == "closed"
    assert base.Sign.get_by_id(lines[1].sign_id).state == base.TO_FIX
    assert "not found: 1" in view.counters.text()
    assert view.not_found.model.total() == 1

    view.lists.setCurrentIndex(CORRECTIONS)
    view.corrections.model.fetch_all()
    damaged = signage.Correction.get(signage.Correction.line == lines[1].id)
    assert view.corrections.select_only(damaged.id)
    QApplication.processEvents()
    assert {"edit", "done"} <= enabled(view)

    def correct(form):
        type_text(qtbot, field(form, "action"), "更换面板")
        form.save()

    driver.then(correct)
    view.qactions["edit"].trigger()
    assert signage.get_correction(damaged.id).action == "更换面板"

    clock.advance(days=8)  # past the seven days
    view.refresh()
    assert "late: 2" in view.counters.text() and "#c62828" in view.counters.text()
    assert "2025-Q4: not inspected in full (4 sign(s) left)" in view.counters.text()
    assert "earlier quarters not in full: 2025-Q3, 2025-Q2" in view.counters.text()

    assert signage.replacement_available()
    assert view.corrections.select_only(damaged.id)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.corrections.table.setFocus()
    assert "replace" in enabled(view)
    qtbot.keyClick(view.corrections.table, Qt.Key.Key_F8)  # one key
    request_id = signage.get_correction(damaged.id).request_id
    assert request_id is not None
    assert any("draft replacement request" in text for _kind, text in messages)
    request = signage.SignRequest.get_by_id(request_id)
    assert request.replaces_id == lines[1].sign_id
    assert "replace" not in enabled(view)  # once

    # the replacement goes the way of every request, through the requests' sub-view,
    # and installing it takes the damaged sign off the registry for its successor
    requests_view = open_view(SignRequestsView, sign_clerk)
    requests_view.refresh()
    assert requests_view.list.select_only(request.id)
    requests_view.update_actions()
    requests_view.qactions["submit"].trigger()
    manager = make_user(people.MANAGER, login="jl", full_name="周志华")
    manager_view = open_view(SignRequestsView, manager)
    manager_view.refresh()
    assert manager_view.list.select_only(request.id)
    manager_view.update_actions()
    manager_view.qactions["authorize"].trigger()
    requests_view.refresh()
    assert requests_view.list.select_only(request.id)
    requests_view.update_actions()
    requests_view.qactions["produce"].trigger()

    def installed(form):
        form.fields["installed_by"].editor.setText("")
        type_text(qtbot, form.fields["installed_by"].editor, "标识公司 刘师傅")
        assert form.save()

    driver.then(installed)
    requests_view.qactions["install"].trigger()
    request = signage.get_request(request.id)
    assert request.status == signage.INSTALLED
    old = base.Sign.get_by_id(lines[1].sign_id)
    new = signage.get_sign(request.sign_id)
    assert old.state == base.REMOVED and new.state == base.IN_USE
    assert (new.text, new.department_id) == (old.text, old.department_id)


def test_a_correction_done_brings_the_sign_back(open_view, qtbot, driver, sign_clerk, clock):
    signs = make_signs(1)
    rnd = signage.start_round(sign_clerk, inspector="李晓燕")
    line = signage.round_lines(rnd.id)[0]
    signage.enter_results(rnd.id, {line.id: {"result": "unclear"}}, sign_clerk)
    signage.close_round(rnd.id, sign_clerk)
    corr = signage.Correction.get()
    view = open_view(InspectionsView, sign_clerk)
    view.lists.setCurrentIndex(CORRECTIONS)
    assert view.corrections.select_only(corr.id)
    QApplication.processEvents()

    def done(form):
        type_text(qtbot, field(form, "action"), "重新喷印")
        form.save()

    driver.then(done)
    view.qactions["done"].trigger()
    assert signage.get_correction(corr.id).done_on == dt.date(2026, 3, 10)
    assert base.Sign.get_by_id(signs[0].id).state == base.IN_USE
    assert "done" not in enabled(view)


def test_a_work_site_sign_put_up_and_left_up_shows_red(open_view, qtbot, driver, sign_clerk,
                                                      make_user, clock):
    from models import repairs
    from tests.helpers import repairs as repair_help

    eng = make_user(people.ENGINEERING, login="gc")
    order = repair_help.new_order(sign_clerk)
    placard = make_signs(1, kind="警示", text="小心地滑")[0]
    view = open_view(InspectionsView, sign_clerk)
    view.lists.setCurrentIndex(WORK)

    def put_up(form):
        type_text(qtbot, field(form, "order"), order.number)
        pick(form, "sign", f"{placard.number} 小心地滑1")
        type_text(qtbot, field(form, "place"), "1203室门口")
        form.save()

    driver.then(put_up)
    view.qactions["put_up"].trigger()
    assert not driver.banners
    row = signage.WorkSign.get()
    assert (row.sign_id, row.order_number, row.place) == (placard.id, order.number, "1203室门口")
    assert view.work.current_id() == row.id and "take_down" in enabled(view)
    repairs.dispatch(order.id, "刘海波", by=sign_clerk)
    repairs.accept(order.id, by=eng)
    repairs.complete(order.id, "换阀芯", by=eng)
    clock.advance(days=1, hours=1)
    view.refresh()
    assert "work-site signs left up: 1" in view.counters.text()
    colour = view.work.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == "#c62828"
    view.qactions["take_down"].trigger()
    assert signage.WorkSign.get().taken_down_at == clock.now
    assert "work-site signs left up: 0" in view.counters.text()


def test_the_correction_deadline_setting(app, qtbot, admin, sign_clerk):
    page = InspectionSettings(sign_clerk)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()  # the administrator's
    page = InspectionSettings(admin)
    qtbot.addWidget(page)
    assert page.days.value() == 7 and page.save_button.isEnabled()
    page.days.setValue(10)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert signage.correction_days() == 10


def test_closing_with_signs_left_blank_is_refused_on_screen(open_view, messages, sign_clerk,
                                                           table_snapshot):
    make_signs(2)
    rnd = signage.start_round(sign_clerk, inspector="李晓燕")
    view = open_view(InspectionsView, sign_clerk)
    assert view.rounds.select_only(rnd.id)
    before = table_snapshot()
    view.qactions["close"].trigger()
    assert any("2 sign(s) have no result yet" in text for _kind, text in messages)
    assert table_snapshot() == before
    assert signage.get_round(rnd.id).status == "open"


def test_who_may_not_inspect_finds_the_steps_grey(open_view, make_user, sign_clerk):
    make_signs(1)
    rnd = signage.start_round(sign_clerk, inspector="李晓燕")
    view = open_view(InspectionsView, make_user(people.STOREKEEPER, login="cg"))
    assert view.rounds.select_only(rnd.id)
    assert enabled(view) == {"sheet", "quarter"}  # to read and print only
