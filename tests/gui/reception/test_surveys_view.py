"""满意度调查 at the desk: the manager sets a survey up and opens it (keys), the clerk types
25 returned forms in the grid by keyboard alone with the pointer resting over it (keys 1/2/3/0
move right, Enter the next form), the result with its chart is shown and printed, the
manager closes it; a year short of two surveys is said."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from gui.reception.surveys_grid import COMPANY, SurveyGrid
from gui.reception.surveys_view import SurveysView
from models import clock as program_clock
from models import reception
from tests.helpers.keys import press_enter, type_text
from tests.helpers.widgets import enabled, field, label_texts
from tests.helpers.xvfb import start_child

FORMS = 25


def ratings_for(row: int) -> str:
    """A different line of ratings on every form, to tell the forms apart."""
    return "".join("1230"[(row + item) % 4] if (row + item) % 7 else "1" for item in range(10))


def f_key(qtbot, view, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A step's key on the list, the view's window in front (as after a dialog closed)."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, key, modifier)


def test_a_survey_set_up_entered_by_keyboard_shown_printed_and_closed(
        open_view, qtbot, driver, staff, clock, messages, printed):
    manager, clerk = staff["manager"], staff["clerk"]
    view = open_view(SurveysView, manager)
    assert "short" in view.years_label.text() and "2026: 0 survey(s) so far" in \
        view.years_label.text()

    def set_up(form) -> None:
        assert field(form, "title").text() == "2026 First half customer satisfaction survey"
        field(form, "forms_sent").clear()
        type_text(qtbot, field(form, "forms_sent"), "40")
        press_enter(qtbot, field(form, "forms_sent"), ctrl=True)

    driver.then(set_up)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    survey = reception.Survey.get()
    assert (survey.forms_sent, survey.half, survey.status) == (40, 1, reception.SURVEY_DRAFT)
    assert enabled(view) >= {"edit", "open_entry", "print_form"}
    assert "enter_forms" not in enabled(view)
    f_key(qtbot, view, Qt.Key.Key_F6)  # 开始录入
    assert reception.get_survey(survey.id).status == reception.SURVEY_OPEN
    f_key(qtbot, view, Qt.Key.Key_P,  # the blank form to hand out
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert printed[-1][1] == f"Survey form {survey.number}"

    desk = open_view(SurveysView, clerk)
    desk.refresh()
    assert desk.list.select_only(survey.id)
    assert "enter_forms" in enabled(desk) and "close" not in enabled(desk)
    visited: list[tuple[int, int]] = []
    scrolled: list[int] = []

    def type_forms(grid: SurveyGrid) -> None:
        view_port = grid.table.viewport()
        QCursor.setPos(view_port.mapToGlobal(QPoint(view_port.width() // 2,
                                                    view_port.height() // 3)))
        for row in range(FORMS):
            visited.append((grid.table.currentIndex().row(), grid.table.currentIndex().column()))
            for char in ratings_for(row):
                qtbot.keyClick(QApplication.focusWidget(), char)
            assert grid.table.currentIndex().column() == COMPANY  # moved right ten times
            if row % 3 == 0:  # the company written on the form: F2, typed, Enter
                qtbot.keyClick(grid.table, Qt.Key.Key_F2)
                editor = QApplication.focusWidget()
                assert isinstance(editor, QLineEdit)
                editor.insert("财务部")
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            QApplication.processEvents()
        scrolled.append(grid.table.verticalScrollBar().value())
        assert "Forms 25 of 40 sent out · 25 not saved" == grid.summary.text()
        qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert grid.summary.text() == "Forms 25 of 40 sent out"
        grid.reject()

    driver.then(type_forms)
    f_key(qtbot, desk, Qt.Key.Key_F7)
    assert not driver.steps
    assert visited == [(row, 0) for row in range(FORMS)]  # never back to the hovered row
    assert scrolled[0] > 0  # the grid did scroll under the resting pointer
    forms = reception.survey_forms(survey)
    assert [f.ratings for f in forms] == [ratings_for(r) for r in range(FORMS)]
    assert [f.company for f in forms][:4] == ["财务部", "", "", "财务部"]

    def look(dialog) -> None:
        text = dialog.summary.text()
        assert "returned 25 (62.5%)" in text
        assert dialog.chart.categories[0] == "Power supply"
        assert len(dialog.chart.series) == 1  # nothing earlier to compare with
        assert "No earlier survey to compare with." in label_texts(dialog)
        qtbot.keyClick(dialog.items, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    driver.then(look)
    f_key(qtbot, desk, Qt.Key.Key_F8)
    assert printed[-1][1] == f"Survey result {survey.number}"
    assert printed[-1][0].startswith(b"%PDF")

    def close(form) -> None:
        assert any("25 forms returned of 40" in t for t in label_texts(form))
        field(form, "remarks").insertPlainText("工程部整改")
        press_enter(qtbot, field(form, "remarks"), ctrl=True)

    view.refresh()
    assert view.list.select_only(survey.id)
    driver.then(close)
    f_key(qtbot, view, Qt.Key.Key_F9)
    survey = reception.get_survey(survey.id)
    assert (survey.status, survey.remarks) == (reception.SURVEY_CLOSED, "工程部整改")
    desk.refresh()
    assert "enter_forms" not in enabled(desk) and "survey_result" in enabled(desk)


def test_the_grid_of_a_closed_survey_is_read_only(app, qtbot, staff, clock, messages):
    manager = staff["manager"]
    s = reception.create_survey({"title": "x", "sent_on": dt.date(2026, 3, 1),
                                 "forms_sent": 5}, by=manager)
    reception.open_survey(s.id, by=manager)
    reception.save_survey_forms(s.id, [{"ratings": "1111111111"}], by=staff["clerk"])
    reception.close_survey(s.id, by=manager)
    grid = SurveyGrid(s.id, staff["clerk"])
    qtbot.addWidget(grid)
    grid.show()
    assert grid.read_only and grid.model.rowCount() == 1
    qtbot.keyClick(grid.table, "3")
    assert grid.model.rows[0].values["ratings"] == "1111111111"
    assert not grid.save_button.isVisible()


def test_forms_typed_in_a_real_window_with_the_real_pointer_over_the_grid(
        x_display, staff, db_path):
    manager = staff["manager"]  # on the real clock: the child desk runs on it too
    s = reception.create_survey({"title": "实窗测试", "sent_on": program_clock.today(),
                                 "forms_sent": 60}, by=manager)
    reception.open_survey(s.id, by=manager)
    child = start_child(x_display, "tests.helpers.survey_window", str(db_path), str(s.id),
                        str(staff["clerk"].id))
    try:
        ready = child.wait_for_line("READY", timeout=15).split()
        left, top, width, height = (int(v) for v in ready[1:5])
        assert ready[5] == "active=1", ready
        pointer = (left + width // 2, top + height // 3)
        x_display.xdotool("mousemove", str(pointer[0]), str(pointer[1]))
        assert x_display.pointer() == pointer  # resting over the grid's cells
        for row in range(FORMS):
            x_display.xdotool("key", "--delay", "20", *ratings_for(row), "Return")
            line = child.wait_for_line(f"AT {row + 1} 0", timeout=10)
            assert line == f"AT {row + 1} 0", (row, line, child.report())
        moves = [line for line in child.seen if line.startswith("AT ")]
        x_display.xdotool("sleep", "0.3", "key", "ctrl+s", "sleep", "0.5", "key", "Escape")
        child.wait_for_line("CLOSED", timeout=10)
        assert child.finish(timeout=5) == 0, child.report()
    finally:
        child.kill()
    # right along each form, then the next form's first item: never to the hovered cell
    assert moves == [line for row in range(FORMS) for line in
                     [f"AT {row} {column}" for column in range(1, 11)] + [f"AT {row + 1} 0"]]
    assert [f.ratings for f in reception.survey_forms(s)] == [ratings_for(r)
                                                              for r in range(FORMS)]
