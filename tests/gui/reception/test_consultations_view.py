"""意见咨询 at the desk, as a clerk and the manager: the weekly telephone consultation typed
in (Enter along the grid of customers, an answer promised), found by phone, followed up,
the promised answer given 不满意 then 满意, reviewed by the manager, its record printed;
the weeks not done in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception.consultations_view import DUE, LATE, ConsultationsView
from models import callbacks, reception
from tests.helpers.keys import cell_name, enter, focused, type_here
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.widgets import enabled, field, grid_text

T0 = dt.datetime(2026, 3, 10, 9, 0)


def choose(form, key: str, value) -> None:
    combo = form.fields[key].widget
    combo.setCurrentIndex(combo.findData(value))


def type_line(qtbot, *cells: str) -> None:
    """Type one customer's cells (person, phone, unit, room, opinion, answer by, follow-up),
    Enter after each; a blank cell is just Enter."""
    for text in cells:
        if text:
            type_here(qtbot, text)
        enter(qtbot)


def enter_consultation(qtbot, form) -> None:
    assert QApplication.focusWidget() is field(form, "kind")
    for key in ("kind", "held_on", "by_name", "note"):
        assert QApplication.focusWidget() is field(form, key), key
        enter(qtbot)
    assert cell_name() == "cell_person"  # into the grid
    type_line(qtbot, "王立新", "13800000001", "立案庭", "1203", "走廊灯不亮", "03-11 15:00", "")
    assert cell_name() == "cell_person"  # the next line
    type_line(qtbot, "李春梅", "13800000002", "执行局", "805", "", "", "")
    enter(qtbot)  # an empty line: the customers are done
    assert focused() is form.save_button
    assert grid_text(form, 0, "promised_at") == "2026-03-11 15:00"
    qtbot.keyClick(form.save_button, Qt.Key.Key_Return)


def row(view, key: str, n: int = 0, role=Qt.ItemDataRole.DisplayRole):
    return view.list.model.index(n, view.list.spec.index_of(key)).data(role)


def on(view, line_id: int) -> None:
    view.refresh()
    assert view.list.select_only(line_id)
    QApplication.processEvents()
    view.update_actions()


def test_a_telephone_consultation_from_entry_to_review(open_view, qtbot, driver, staff, clock,
                                                       printed, tmp_path):
    clerk_view = open_view(ConsultationsView, staff["clerk"])
    driver.then(lambda form: enter_consultation(qtbot, form))
    clerk_view.qactions["new"].trigger()
    assert not driver.steps and not driver.banners
    c = reception.Consultation.get()
    assert (c.number, c.kind, c.held_on, c.by_name) == (
        "ZX20260310-0001", "phone", T0.date(), "李晓燕")
    first, second = reception.consultation_lines(c)
    assert (first.person, first.phone, first.unit, first.room, first.opinion) == (
        "王立新", "13800000001", "立案庭", "1203", "走廊灯不亮")
    assert first.promised_at == dt.datetime(2026, 3, 11, 15, 0) and second.opinion == ""
    assert [s.kind for s in callbacks.source("consultation").waiting()] == ["consultation"]

    # found by phone; the answer is due, not late yet
    clerk_view.list.search.setText("13800000001")
    clerk_view.list.apply_filter()
    assert clerk_view.list.model.rowCount() == 1 and row(clerk_view, "person") == "王立新"
    on(clerk_view, first.id)
    assert {"new", "follow_up", "answer", "print"} <= enabled(clerk_view)
    assert "review" not in enabled(clerk_view)
    assert "2026-03-11 15:00" in clerk_view.info.text()

    def follow(form) -> None:
        assert focused() is field(form, "result")
        type_here(qtbot, "已解决")
        enter(qtbot)
        type_here(qtbot, "已通知工程部更换灯管")
        enter(qtbot, ctrl=True)

    driver.then(follow)
    clerk_view.qactions["follow_up"].trigger()
    assert not driver.banners
    line = reception.get_consultation_line(first.id)
    assert (line.follow_up, line.result) == ("已通知工程部更换灯管", "已解决")

    clock.set(dt.datetime(2026, 3, 11, 16, 0))  # past the promised time: red
    on(clerk_view, first.id)
    assert row(clerk_view, "answer", role=Qt.ItemDataRole.ForegroundRole) == LATE

    def unsatisfied(form) -> None:
        choose(form, "verdict", callbacks.UNSATISFIED)
        enter(qtbot)
        type_here(qtbot, "灯还是不亮")
        enter(qtbot, ctrl=True)

    driver.then(unsatisfied)
    clerk_view.qactions["answer"].trigger()
    assert not driver.banners
    line = reception.get_consultation_line(first.id)
    assert line.answered_at is None and line.promised_at == dt.datetime(2026, 3, 12, 16, 0)
    on(clerk_view, first.id)
    assert "answer" in enabled(clerk_view)  # still waiting

    def satisfied(form) -> None:
        assert any("灯还是不亮" in label.text() for label in form.findChildren(type(form.banner)))
        enter(qtbot)
        enter(qtbot, ctrl=True)

    clock.advance(days=1)
    driver.then(satisfied)
    clerk_view.qactions["answer"].trigger()
    assert not driver.banners
    assert callbacks.source("consultation").waiting() == []
    assert reception.get_consultation(c.id).status == reception.CONSULTATION_FOLLOWED
    on(clerk_view, first.id)
    assert "answer" not in enabled(clerk_view) and "review" not in enabled(clerk_view)

    boss_view = open_view(ConsultationsView, staff["manager"])
    on(boss_view, first.id)
    assert "review" in enabled(boss_view)

    def review(form) -> None:
        type_here(qtbot, "跟进及时")
        enter(qtbot, ctrl=True)

    driver.then(review)
    boss_view.qactions["review"].trigger()
    assert not driver.banners
    c = reception.get_consultation(c.id)
    assert (c.status, c.reviewed_by, c.review_note) == ("reviewed", "周志华", "跟进及时")
    on(boss_view, first.id)
    assert enabled(boss_view) & {"follow_up", "answer", "review"} == set()

    boss_view.qactions["print"].trigger()
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert "电话意见咨询记录" in text and c.number in text and "跟进及时" in text


def test_the_weeks_not_done_show_in_red_and_this_week_in_amber(open_view, staff, clock):
    clock.set(dt.datetime(2026, 3, 25, 10, 0))  # a Wednesday
    reception.record_consultation({"held_on": dt.date(2026, 3, 10)}, [{"person": "王"}],
                                  by=staff["clerk"])
    view = open_view(ConsultationsView, staff["clerk"])
    items = [view.gaps.item(i) for i in range(view.gaps.count())]
    texts = [item.text() for item in items]
    assert texts[0] == "2026-W13 Telephone to do (03-23–03-29)"  # this week, newest first
    assert items[0].foreground().color() == DUE
    assert "2026-W12 Telephone not done (03-16–03-22)" in texts
    assert not any("W11" in t for t in texts)  # the week of 10 March has its consultation
    assert "2026-Q1 On site to do (01-01–03-31)" in texts
    assert all(item.foreground().color() == LATE for item in items
               if "not done" in item.text())
    assert view.gaps_label.text().startswith("Not done in the last year:")
