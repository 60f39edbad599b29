"""A survey's result on screen (调查结果): the counts, the overall and per-item satisfaction
with the change since the previous survey, the comparison chart, the customers' opinions;
Print gives the result sheet (reports.reception.survey_result_pdf)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import reception
from reports import reception as paper

from ..widgets import print_preview
from ..widgets.bar_chart import BarChart

translate = QCoreApplication.translate
WORSE, BETTER = QColor("#c62828"), QColor("#2e7d32")
pct = reception.survey_percent


def _period(survey: reception.Survey) -> str:
    return f"{survey.year} {reception.SURVEY_HALVES.text(survey.half, translate)}"


class SurveyResultDialog(QDialog):
    """调查结果 of one survey (open: as counted now; closed: as frozen)."""

    def __init__(self, survey_id: int, user, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        # not ``self.result``: that is QDialog.result(), which whoever ran the dialog calls
        self.outcome = reception.survey_result(reception.get_survey(survey_id))
        r, s = self.outcome, self.outcome.survey
        self.setObjectName("surveyResult")
        self.setWindowTitle(self.tr("Result — survey {number} ({title})").format(
            number=s.number, title=s.title))
        self.resize(1100, 760)
        overall = pct(r.overall)
        if r.overall_change is not None:
            overall += " " + self.tr("({change} points since the previous survey)").format(
                change=pct(r.overall_change, signed=True))
        self.summary = QLabel(self.tr(
            "{status} · forms sent out {sent}, returned {returned} ({rate}) · overall "
            "satisfaction {overall}").format(
            status=reception.SURVEY_STATUS.text(s.status, translate), sent=r.forms_sent,
            returned=r.returned, rate=pct(r.return_rate), overall=overall))
        self.summary.setObjectName("surveyResultSummary")
        self.summary.setWordWrap(True)
        self.compared = QLabel(self.tr("Compared with survey {number} ({period}).").format(
            number=r.previous.number, period=_period(r.previous)) if r.previous else
            self.tr("No earlier survey to compare with."))
        self.compared.setObjectName("surveyCompared")

        self.items = self._items_table()
        self.chart = BarChart(self)
        self.chart.setObjectName("surveyChart")
        names = [reception.SURVEY_ITEMS.text(c, translate) for c in reception.SURVEY_ITEM_CODES]
        series = [(_period(s), [round((i.rate or 0) * 100, 1) for i in r.items])]
        if r.previous is not None:
            series.append((_period(r.previous),
                           [round((i.previous or 0) * 100, 1) for i in r.items]))
        self.chart.set_data(names, series, value_format="{:.0f}")
        self.opinions = QTableWidget(len(r.opinions), 4, self)
        self.opinions.setObjectName("surveyOpinions")
        self.opinions.setHorizontalHeaderLabels([self.tr("Form"), self.tr("Company"),
                                                 self.tr("Room"), self.tr("Customer's opinion")])
        for row, o in enumerate(r.opinions):
            for column, value in enumerate((str(o.line), o.company, o.room, o.text)):
                self.opinions.setItem(row, column, QTableWidgetItem(value))
        self.opinions.horizontalHeader().setStretchLastSection(True)
        self.opinions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.opinions.verticalHeader().hide()

        self.print_button = QPushButton(self.tr("Print result sheet (Ctrl+P)"))
        self.print_button.setObjectName("printSurveyResult")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_result)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.activated.connect(self.print_result)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.items)
        top.addWidget(self.chart)
        top.setSizes([520, 560])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.opinions)
        body.setSizes([440, 200])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.compared)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.items.setFocus()

    def _items_table(self) -> QTableWidget:
        r = self.outcome
        headers = [self.tr("Item"), self.tr("Satisfied"), self.tr("Fairly"),
                   self.tr("Dissatisfied"), self.tr("Not answered"), self.tr("Rate"),
                   self.tr("Previous"), self.tr("Change")]
        table = QTableWidget(len(r.items), len(headers), self)
        table.setObjectName("surveyItems")
        table.setHorizontalHeaderLabels(headers)
        for row, item in enumerate(r.items):
            cells = [reception.SURVEY_ITEMS.text(item.code, translate), str(item.satisfied),
                     str(item.fairly), str(item.dissatisfied), str(item.unanswered),
                     pct(item.rate), pct(item.previous), pct(item.change, signed=True)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 7 and item.change is not None and abs(item.change) >= 0.0005:
                    cell.setForeground(WORSE if item.change < 0 else BETTER)
                table.setItem(row, column, cell)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        return table

    def print_result(self) -> None:
        s = self.outcome.survey
        pdf = paper.survey_result_pdf(s.id, prepared_by=self.user.full_name)
        print_preview.preview_pdf(self, pdf, self.tr("Survey result {number}").format(
            number=s.number), f"满意度调查结果-{s.number}.pdf")
