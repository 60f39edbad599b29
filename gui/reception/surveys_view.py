"""The satisfaction surveys' sub-view of the reception tab (满意度调查; see gui.reception.tab).

The list of surveys, a line saying which years have fewer than two (§二十二 1.0), and the
steps ``reception.SURVEY_STEPS`` allows: set one up and change it while a draft (the
manager), open it for entry, enter the returned forms in the keyboard grid (the clerk),
its result with the comparison chart, close it (the manager: the result is frozen), the
blank form to hand out.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models import clock, reception
from models.errors import DomainError
from models.people import User
from reports import reception as paper

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut
from .surveys_grid import SurveyGrid
from .surveys_result import SurveyResultDialog

translate = QCoreApplication.translate
SHORT = QColor("#c62828")
S = reception.Survey
steps = reception.surveys_steps
NEW, EDIT, OPEN_ENTRY, ENTER, CLOSE, RESULT, PRINT_FORM = (
    steps.NEW, steps.EDIT, steps.OPEN_ENTRY, steps.ENTER, steps.CLOSE, steps.RESULT,
    steps.PRINT_FORM)

SETTINGS_SECTION = None


class SurveysView(QWidget):
    """The register's list, its steps toolbar, the twice-a-year line."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("surveysView")
        self.list = ListView(reception.SURVEY_LIST, self)
        self.list.setObjectName("surveyList")
        self.list.activated.connect(lambda _id: self.run_default())
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        texts = {NEW: self.tr("New survey"), EDIT: self.tr("Change"),
                 OPEN_ENTRY: self.tr("Open for entry"), ENTER: self.tr("Enter forms"),
                 CLOSE: self.tr("Close survey"), RESULT: self.tr("Result"),
                 PRINT_FORM: self.tr("Blank form")}
        tips = {NEW: self.tr("Set up a survey: its half-year, the day sent out, forms sent"),
                OPEN_ENTRY: self.tr("The forms are out: let the desk enter the returned ones"),
                ENTER: self.tr("Type the returned forms in the grid, one row per form"),
                CLOSE: self.tr("Close the survey: its result is frozen"),
                RESULT: self.tr("The result compared with the previous survey, and its sheet"),
                PRINT_FORM: self.tr("The blank survey form to hand out")}
        self.toolbar, self.qactions = text_toolbar(
            self, "surveyToolbar",
            [(key, texts[key], tips.get(key, texts[key]), lambda k=key: self.run(k))
             for key in reception.SURVEY_STEPS.names()], separate_after=(EDIT, CLOSE))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))
        self.years_label = QLabel(self)
        self.years_label.setObjectName("surveyYears")
        self.years_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.years_label)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    def refresh(self) -> None:
        """Read the list again."""
        self.list.refresh()
        self.update_actions()

    def current(self) -> reception.Survey | None:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return reception.get_survey(record_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        enable_steps(self.qactions, reception.SURVEY_STEPS.allowed(self.user, self.current()))
        self.years_label.setText(self.years_text(clock.today()))
        self.years_label.setStyleSheet(f"color: {SHORT.name()};")

    def years_text(self, today: dt.date) -> str:
        """"2026: 1 survey so far" for each year short of two; "" when none is."""
        short = reception.short_survey_years(today)
        if not short:
            return ""
        parts = [(self.tr("{year}: %n survey(s) so far", "", y.count) if y.year == today.year
                  else self.tr("{year}: %n survey(s)", "", y.count)).format(year=y.year)
                 for y in short]
        return self.tr("At least two surveys a year — short: {years}").format(
            years=", ".join(parts))

    # --- the steps ------------------------------------------------------------------

    def run_default(self) -> None:
        """Enter on a survey: its forms while open, its result once closed, else change it."""
        allowed = reception.SURVEY_STEPS.allowed(self.user, self.current())
        for step in (ENTER, RESULT, EDIT):
            if step in allowed:
                self.run(step)
                return

    def run(self, action: str) -> None:
        record = self.current()
        saved = None
        if action == NEW:
            saved = modal.run_form(self.survey_form())
        elif record is None:
            return
        elif action == EDIT:
            saved = modal.run_form(self.survey_form(record))
        elif action == OPEN_ENTRY:
            saved = self._call(lambda: reception.open_survey(record.id, by=self.user))
        elif action == ENTER:
            grid = SurveyGrid(record.id, self.user, self)
            try:
                if modal.run_dialog(grid) or grid.saved:
                    saved = record
            finally:
                grid.deleteLater()
        elif action == CLOSE:
            saved = modal.run_form(self.close_form(record))
        elif action == RESULT:
            dialog = SurveyResultDialog(record.id, self.user, self)
            try:
                modal.run_dialog(dialog)
            finally:
                dialog.deleteLater()
        elif action == PRINT_FORM:
            print_preview.preview_pdf(self, paper.survey_form_pdf(record.number),
                                      self.tr("Survey form {number}").format(
                                          number=record.number),
                                      f"客户意见调查表-{record.number}.pdf")
        if saved is not None:
            self.refresh()
            self.list.select_only(saved.id)
        self.update_actions()

    def _call(self, operation):
        try:
            return operation()
        except DomainError as exc:
            show_error(self, exc)
            return None

    def survey_form(self, record: reception.Survey | None = None) -> RecordForm:
        """新建调查 (record None) or a draft changed."""
        today = clock.today()
        fields = [
            FieldSpec("title", self.tr("Title"), required=True, field=S.title),
            FieldSpec("sent_on", self.tr("Sent out on"), "date", required=True),
            FieldSpec("year", self.tr("Year"), "int", required=True),
            FieldSpec("half", self.tr("Half-year"), "combo", required=True,
                      choices=reception.SURVEY_HALVES.choices(translate)),
            FieldSpec("forms_sent", self.tr("Forms sent out"), "int", required=True),
        ]
        if record is None:
            half = 1 if today.month <= 6 else 2
            values = {"title": self.tr("{year} {half} customer satisfaction survey").format(
                year=today.year, half=reception.SURVEY_HALVES.text(half, translate)),
                "sent_on": today, "year": today.year, "half": half, "forms_sent": 120}

            def save(v: dict) -> reception.Survey:
                return reception.create_survey(v, by=self.user)

            title = self.tr("New satisfaction survey")
        else:
            values = {f.key: getattr(record, f.key) for f in fields}

            def save(v: dict) -> reception.Survey:
                return reception.update_survey(record.id, v, by=self.user)

            title = self.tr("Survey {number}").format(number=record.number)
        form = RecordForm(title, fields, save, self, values=values)
        form.setObjectName("surveyForm")
        return form

    def close_form(self, record: reception.Survey) -> RecordForm:
        """结束调查 with the head's remarks (整改意见), if any, for the result sheet."""
        result = reception.survey_result(record)
        fields = [FieldSpec("remarks", self.tr("Remarks for the departments"), "multiline",
                            field=S.remarks)]
        form = RecordForm(
            self.tr("Close survey {number}").format(number=record.number), fields,
            lambda v: reception.close_survey(record.id, by=self.user, remarks=v["remarks"]),
            self, intro=self.tr("{returned} forms returned of {sent}; overall satisfaction "
                                "{overall}. Closing freezes the result.").format(
                returned=result.returned, sent=result.forms_sent,
                overall=reception.survey_percent(result.overall)))
        form.setObjectName("surveyCloseForm")
        return form

