"""投诉分析 at the desk, as the manager: "Analysis…" on the complaints toolbar, the year typed
and the first half picked with the keyboard, the recurring problem on top with its
complaints' numbers, the chart by month, then Print (the PDF, recurring problems first)
and Export (the workbook's sheets)."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception import complaints_analysis_view
from gui.reception.complaints_analysis_view import ComplaintsAnalysisDialog
from gui.reception.complaints_view import ComplaintsView
from tests.helpers.complaints_analysis import a_first_half
from tests.helpers.keys import type_text
from tests.helpers.pdf import flat_pdf_text


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_the_manager_analyses_the_first_half_and_prints_it(
        open_view, qtbot, driver, staff, clock, printed, messages, tmp_path, monkeypatch):
    half = a_first_half(staff, clock)
    clock.set(clock.now.replace(year=2027, month=1, day=8))  # January: last year's halves
    view = open_view(ComplaintsView, staff["manager"])
    saved = tmp_path / "analysis.xlsx"
    monkeypatch.setattr(complaints_analysis_view, "ask_save_path", lambda *a: str(saved))

    def analyse(dialog: ComplaintsAnalysisDialog) -> None:
        assert dialog.period_name() == "2027H1"  # the half-year today falls in
        assert dialog.recurring.rowCount() == 0
        assert QApplication.focusWidget() is dialog.year
        type_text(qtbot, dialog.year, "2026")  # the year selected: typed over
        qtbot.keyClick(dialog.year, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.part
        qtbot.keyClick(dialog.part, Qt.Key.Key_Home)  # the first half
        assert dialog.period_name() == "2026H1"
        # the recurring problems on top, the most frequent first, with their numbers
        assert dialog.recurring_title.text().startswith("Recurring problems: 2")
        assert (cell(dialog.recurring, 0, 0), cell(dialog.recurring, 0, 1),
                cell(dialog.recurring, 0, 2)) == ("1208", "Repairs", "2")
        assert cell(dialog.recurring, 0, 3) == f"{half['closed'].number}、{half['late'].number}"
        assert cell(dialog.recurring, 1, 0) == "华信律师事务所"
        assert "6 complaint(s) received (1 cancelled" in dialog.summary.text()
        assert cell(dialog.by_nature, 0, 0) == "Repairs" and cell(dialog.by_nature, 0, 1) == "3"
        assert cell(dialog.by_nature, dialog.by_nature.rowCount() - 1, 1) == "6"  # the total
        deadlines = {cell(dialog.deadlines, r, 0): cell(dialog.deadlines, r, 3)
                     for r in range(dialog.deadlines.rowCount())}
        assert deadlines["First contact"] == "33.3%" and deadlines["On site (urgent)"] == "50.0%"
        assert dialog.chart.categories == [f"M{m}" for m in range(1, 7)]
        assert dialog.chart.series[0] == ("Repairs", [1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
        assert not dialog.chart.grab().isNull()
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    driver.then(analyse)
    view.analysis_action.trigger()
    assert not driver.steps
    pdf, title = printed[-1]
    assert title == "Complaint analysis 2026H1"
    text = flat_pdf_text(pdf, tmp_path)
    assert "客户投诉分析（2026年上半年）" in text
    assert text.index(half["late"].number) < text.index("二、按投诉性质")
    assert "反复出现的问题" in openpyxl.load_workbook(saved).sheetnames
    assert messages[-1][0] == "information" and str(saved) in messages[-1][1]


def test_the_whole_year(open_view, qtbot, staff, clock):
    half = a_first_half(staff, clock)
    dialog = ComplaintsAnalysisDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    dialog.choose("2026")
    assert dialog.period_name() == "2026" and dialog.by_month.columnCount() == 14
    assert cell(dialog.recurring, 0, 2) == "3"
    assert half["second_half"].number in cell(dialog.recurring, 0, 3)
