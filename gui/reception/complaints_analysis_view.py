"""投诉分析 at the desk: the half-year's or the year's complaint analysis, the recurring
problems on top, the tables, the bar chart by nature and month; Print (the PDF through
the print preview) and Export (.xlsx, the paper's tables).

Opened from the complaints sub-view's toolbar ("Analysis…", ``open_analysis``). The
period is a year and a part (first half, second half, whole year): type the year,
Tab, pick the part; the figures follow at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import clock, reception
from models.people import User

from ..widgets import modal, print_preview
from ..widgets.bar_chart import BarChart
from ..widgets.import_files import ask_save_path
from ..widgets.tables import record_table

translate = QCoreApplication.translate
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def fill(table: QTableWidget, rows: list[list[object]], numeric: set[int] = frozenset(),
         bold_last: bool = False) -> None:
    """Replace the table's rows (numbers right-aligned; the last row bold for a total)."""
    table.setRowCount(0)
    for values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if column in numeric:
                item.setTextAlignment(_RIGHT)
            if bold_last and row == len(rows) - 1:
                font = QFont(table.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)


class ComplaintsAnalysisDialog(QDialog):
    """The analysis of one period, shown, printed and exported."""

    PARTS = ("H1", "H2", "")  # first half, second half, whole year

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.analysis: object = None
        self.setObjectName("complaintsAnalysisDialog")
        self.setWindowTitle(self.tr("Complaint analysis"))
        self.resize(1100, 760)
        today = clock.today()
        self.year = QSpinBox(self)
        self.year.setObjectName("analysisYear")
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        self.part.setObjectName("analysisPart")
        for text, code in ((self.tr("First half (H1)"), "H1"),
                           (self.tr("Second half (H2)"), "H2"), (self.tr("Whole year"), "")):
            self.part.addItem(text, code)
        self.part.setCurrentIndex(0 if today.month <= 6 else 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("analysisSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recurring_title = QLabel(self)
        self.recurring_title.setObjectName("analysisRecurringTitle")
        bold = QFont(self.font())
        bold.setBold(True)
        self.recurring_title.setFont(bold)
        self.recurring = record_table(
            [self.tr("Place or room"), self.tr("Nature"), self.tr("Times"),
             self.tr("Complaints")], "analysisRecurring")

        self.tables = QTabWidget(self)
        self.tables.setObjectName("analysisTables")
        count_headers = [self.tr("Count"), self.tr("Share")]
        self.by_nature = self._tab(self.tr("By nature"), [self.tr("Nature"), *count_headers])
        self.by_month = self._tab(self.tr("By month"), [self.tr("Nature")])
        self.by_department = self._tab(self.tr("By department"),
                                       [self.tr("Department"), *count_headers])
        self.by_channel = self._tab(self.tr("By channel"), [self.tr("Channel"), *count_headers])
        self.by_level = self._tab(self.tr("By level"), [self.tr("Level"), *count_headers])
        self.deadlines = self._tab(self.tr("Deadlines"), [
            self.tr("Deadline"), self.tr("On time"), self.tr("Late"), self.tr("On-time rate")])
        self.callbacks = self._tab(self.tr("Callbacks"), [self.tr("Verdict"), *count_headers])
        self.chart = BarChart(self)
        self.chart.setObjectName("analysisChart")
        self.chart_title = QLabel(self.tr("Complaints by nature and month"), self)
        self.chart_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tables)
        split.addWidget(chart_box)
        split.setSizes([540, 540])

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("analysisPrint")
        self.print_button.clicked.connect(self.print_analysis)
        self.export_button = QPushButton(self.tr("Export .xlsx…"), self)
        self.export_button.setObjectName("analysisExport")
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("analysisClose")
        close.clicked.connect(self.reject)
        for button in (self.print_button, self.export_button, close):
            button.setAutoDefault(False)

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Year"), self))
        period.addWidget(self.year)
        period.addWidget(self.part)
        period.addStretch(1)
        period.addWidget(self.print_button)
        period.addWidget(self.export_button)
        period.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.summary)
        layout.addWidget(self.recurring_title)
        layout.addWidget(self.recurring)
        layout.addWidget(split, 1)
        self.year.valueChanged.connect(lambda _v: self.show_period())
        self.part.currentIndexChanged.connect(lambda _i: self.show_period())
        self.show_period()
        self.year.setFocus()
        self.year.selectAll()

    def _tab(self, title: str, headers: list[str]) -> QTableWidget:
        table = record_table(headers, f"analysisTable{self.tables.count()}")
        self.tables.addTab(table, title)
        return table

    # --- the figures --------------------------------------------------------------------

    def period_name(self) -> str:
        """``2026H1`` / ``2026H2`` / ``2026``, as chosen."""
        return f"{self.year.value()}{self.part.currentData()}"

    def choose(self, name: str) -> None:
        """Show ``2026H1`` / ``2026H2`` / ``2026`` (the tests' and a caller's way in)."""
        start, _end = reception.analysis_period(name)
        part = name.strip().upper()[4:]
        self.year.blockSignals(True)
        self.year.setValue(start.year)
        self.year.blockSignals(False)
        self.part.setCurrentIndex(self.part.findData(part))
        self.show_period()

    def show_period(self) -> None:
        a = self.analysis = reception.complaints_analysis_of(self.period_name())
        words = reception.COMPLAINT_NATURES
        self.summary.setText(self.tr(
            "{start} to {end}: {total} complaint(s) received ({cancelled} cancelled, not "
            "counted); {valid} valid, {invalid} not valid; {reopened} reopened; {callbacks} "
            "callback(s), {rate} satisfied.").format(
            start=f"{a.start:%Y-%m-%d}", end=f"{a.end:%Y-%m-%d}", total=a.total,
            cancelled=a.cancelled, valid=a.valid, invalid=a.not_valid, reopened=a.reopened,
            callbacks=a.callbacks, rate=_percent(a.satisfaction)))
        self.recurring_title.setText(self.tr(
            "Recurring problems: {count} (the same place and nature at least twice — to be "
            "looked into with the departments concerned)").format(count=len(a.recurring)))
        fill(self.recurring, [[r.place, words.text(r.nature, translate), r.count,
                               "、".join(r.numbers)] for r in a.recurring], {2})
        shown = min(max(len(a.recurring), 2), 6)  # as tall as its rows, two to six
        self.recurring.setFixedHeight(self.recurring.horizontalHeader().sizeHint().height()
                                      + shown * self.recurring.verticalHeader()
                                      .defaultSectionSize() + 4)
        self._counts(self.by_nature, a.by_nature, a.total, words)
        self._counts(self.by_department, a.by_department, a.total, None)
        self._counts(self.by_channel, a.by_channel, a.total, reception.COMPLAINT_CHANNELS)
        self._counts(self.by_level, a.by_level, a.total, reception.COMPLAINT_LEVELS)
        months = [f"{int(m[5:])}" for m in a.months]
        self.by_month.setColumnCount(len(months) + 2)
        self.by_month.setHorizontalHeaderLabels(
            [self.tr("Nature"), *[self.tr("M{month}").format(month=m) for m in months],
             self.tr("Total")])
        fill(self.by_month, [[words.text(code, translate), *counts, sum(counts)]
                             for code, counts in a.by_nature_month.items()],
             set(range(1, len(months) + 2)))
        fill(self.deadlines, [[translate("Complaints", r.label), r.on_time, r.late,
                               _percent(r.rate)] for r in a.deadlines], {1, 2, 3})
        verdicts = reception.COMPLAINT_VERDICTS
        self._counts(self.callbacks, [(code, a.verdicts.get(code, 0)) for code in verdicts],
                     a.callbacks, verdicts)
        from reports.reception import chart_series

        self.chart.set_data([self.tr("M{month}").format(month=m) for m in months],
                            chart_series(a, lambda code: words.text(code, translate),
                                         self.tr("Other natures")))

    def _counts(self, table: QTableWidget, pairs, total: int, vocabulary) -> None:
        rows: list[list[object]] = []
        for code, count in pairs:
            word = (vocabulary.text(code, translate) if vocabulary is not None
                    else code or self.tr("(not assigned)"))
            rows.append([word, count, _percent(count / total if total else None)])
        if rows:
            rows.append([self.tr("Total"), total, _percent(1.0 if total else None)])
        fill(table, rows, {1, 2}, bold_last=True)

    # --- paper and workbook ---------------------------------------------------------------

    def print_analysis(self) -> bool:
        """客户投诉分析 of the period chosen, through the print preview."""
        from reports.reception import complaint_analysis_pdf

        name = self.period_name()
        return print_preview.preview_built(
            self, lambda: complaint_analysis_pdf(name, prepared_by=self.user.full_name),
            self.tr("Complaint analysis {period}").format(period=name),
            f"客户投诉分析-{name}.pdf")

    def export(self) -> str:
        """Export .xlsx: the save dialog, then the paper's tables, one sheet each."""
        from reports.reception import write_analysis

        a, name = self.analysis, self.period_name()
        path = ask_save_path(self, self.tr("Export the complaint analysis"),
                             f"客户投诉分析-{name}.xlsx")
        if not path:
            return ""
        try:
            write_analysis(path, a.start, a.end)
        except Exception as exc:  # noqa: BLE001 - every failure reaches the clerk
            print_preview.report_failure(self, exc, exporting=True)
            return ""
        QMessageBox.information(self, self.tr("Export the complaint analysis"),
                                self.tr("The complaint analysis {period} was saved to\n{path}")
                                .format(period=name, path=path))
        return path


def open_analysis(user: User, parent: QWidget | None = None) -> None:
    """The complaints sub-view's "Analysis…": the dialog, modal, until Close."""
    dialog = ComplaintsAnalysisDialog(user, parent)
    try:
        modal.run_dialog(dialog)
    finally:
        dialog.deleteLater()
