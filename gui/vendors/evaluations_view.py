"""The vendors tab's evaluations sub-view (考评): the sheets' list, its steps, the counters.

The toolbar follows ``vendors.EVALUATION_STEPS`` for the sheet selected: New (a vendor, a
kind, a day → the sheet's grid), Open (the grid: scored on a draft, amended by the manager
on an objection, read otherwise), Submit (F9), the vendor's confirmation (F6: who signs,
the day, agrees or objects with the reason), the ruling (F7), Cancel (the manager, with the
reason), Print, and a template's blank sheet. The counters line names the serious failures
still open (red: the property director follows them), the sheets waiting for the vendor
and the objections to rule on.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from models import clock, documents, vendors
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut

SETTINGS_SECTION = None  # this part's group of the Settings page (a QWidget class) or None

NEW, OPEN, SUBMIT, CANCEL, PRINT = (documents.NEW, documents.OPEN, documents.SUBMIT,
                                    documents.CANCEL, documents.PRINT)
CONFIRM, RULE, BLANK = vendors.CONFIRM, vendors.RULE_STEP, vendors.BLANK
RED = QColor("#c62828")
GREY = QColor("#777777")
AGREES, OBJECTS = "agrees", "objects"


def _row_style(values: dict[str, Any]) -> QColor | None:
    if values.get("status") == vendors.CANCELLED:
        return GREY
    return RED if values.get("serious") else None


class EvaluationsView(QWidget):
    """The part's list, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("evaluationsView")
        self.list = ListView(vendors.EVALUATION_LIST, self, row_style=_row_style)
        self.list.setObjectName("evaluationList")
        self._add_filters()
        self.list.activated.connect(lambda _id: self.open_sheet())
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions())
        texts: dict[str, tuple[str, str, Callable[[], object]]] = {
            NEW: (self.tr("New sheet…"), self.tr("A daily round, a weekly, systematic or "
                                                 "month-end check of a vendor"), self.new),
            OPEN: (self.tr("Open"), self.tr("The sheet's items: scored on a draft, amended "
                                            "on an objection"), self.open_sheet),
            SUBMIT: (self.tr("Submit"), self.tr("The sheet counts: its score, failure and "
                                                "defects stand"), self.submit),
            CONFIRM: (self.tr("Vendor's signature…"), self.tr(
                "Who signed for the vendor, when, agrees or objects"), self.confirm),
            RULE: (self.tr("Rule on objection…"), self.tr(
                "Uphold the sheet or amend its points off"), self.rule),
            CANCEL: (self.tr("Cancel…"), self.tr("Cancel the sheet, with the reason"),
                     self.cancel),
            PRINT: (self.tr("Print"), self.tr("The sheet as scored"), self.print_sheet),
            BLANK: (self.tr("Blank sheet…"), self.tr("A criteria template's sheet to fill "
                                                     "in on the round"), self.print_blank),
        }
        self.toolbar, self.qactions = text_toolbar(
            self, "evaluationToolbar",
            [(key, text, tip, handler) for key, (text, tip, handler) in texts.items()],
            separate_after=(RULE, CANCEL))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))
        self.counters = QLabel(self)
        self.counters.setObjectName("evaluationCounters")
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        self.counters.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.counters)
        layout.addWidget(self.list, 1)
        self.refresh()

    def _add_filters(self) -> None:
        kind = QComboBox(self)
        kind.setObjectName("kindFilter")
        kind.addItem(self.tr("All kinds"), "")
        for text, code in vendors.EVALUATION_KINDS.choices(QCoreApplication.translate):
            kind.addItem(text, code)
        self.list.add_filter_widget("", kind, "kind")
        self.vendor_filter = QComboBox(self)
        self.vendor_filter.setObjectName("vendorFilter")
        self.vendor_filter.addItem(self.tr("All vendors"), None)
        for name, vendor_id in vendors.vendor_choices(active_only=False):
            self.vendor_filter.addItem(name, vendor_id)
        self.list.add_filter_widget("", self.vendor_filter, "vendor")
        serious = QComboBox(self)
        serious.setObjectName("seriousFilter")
        serious.addItem(self.tr("Serious or not"), "")
        serious.addItem(self.tr("Serious failures"), "all")
        serious.addItem(self.tr("Serious failures open"), "open")
        self.serious_filter = serious
        self.list.add_filter_widget("", serious, "serious")
        # a narrow window stays narrow (the statuses' words are long: 待确认 by the vendor…)
        for combo in (kind, self.vendor_filter, serious, self.list.status_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)

    def list_view(self) -> ListView:
        return self.list

    # --- state --------------------------------------------------------------------------

    def current(self) -> vendors.Evaluation | None:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return vendors.get_evaluation(record_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        enable_steps(self.qactions, vendors.EVALUATION_STEPS.allowed(self.user, self.current()))

    def update_counters(self) -> None:
        counts = vendors.counters()
        serious, waiting, objected = counts["serious_open"], counts["waiting"], counts["objected"]
        text = html.escape(self.tr("serious failures open: {n}").format(n=serious), quote=False)
        if serious:
            text = f'<span style="color:#c62828; font-weight:bold">{text}</span>'
        self.counters.setText(" · ".join([
            text, html.escape(self.tr("waiting for the vendor's signature: {n}").format(
                n=waiting), quote=False),
            html.escape(self.tr("objections to rule on: {n}").format(n=objected), quote=False)]))

    def refresh(self) -> None:
        self.list.refresh()
        self.update_counters()
        self.update_actions()

    def _select(self, record_id: int) -> None:
        self.refresh()
        self.list.select_only(record_id)
        self.update_actions()

    def _need(self) -> vendors.Evaluation | None:
        ev = self.current()
        if ev is None:
            QMessageBox.information(self, self.tr("Evaluations"),
                                    self.tr("Select a line in the list first."))
        return ev

    # --- steps --------------------------------------------------------------------------

    def new(self) -> vendors.Evaluation | None:
        choices = vendors.vendor_choices()
        kinds = vendors.EVALUATION_KINDS.choices(QCoreApplication.translate)
        fields = [
            FieldSpec("vendor", self.tr("Vendor"), "combo", required=True, choices=choices),
            FieldSpec("kind", self.tr("Kind"), "combo", required=True, choices=kinds),
            FieldSpec("done_on", self.tr("Date"), "date", required=True),
            FieldSpec("by_name", self.tr("Evaluated by (考评人)"), required=True,
                      field=vendors.Evaluation.by_name),
            FieldSpec("vendor_present", self.tr("The vendor's lead present"),
                      field=vendors.Evaluation.vendor_present),
        ]
        form = RecordForm(self.tr("New evaluation"), fields, lambda v: vendors.new_evaluation(
            self.user, vendor=v["vendor"], kind=v["kind"], done_on=v["done_on"],
            by_name=v["by_name"], vendor_present=v["vendor_present"]), self,
            values={"vendor": choices[0][1] if choices else None, "kind": vendors.DAILY,
                    "done_on": clock.today(), "by_name": self.user.full_name},
            save_text=self.tr("Start"))
        form.setObjectName("newEvaluationForm")
        ev = modal.run_form(form)
        if ev is not None:
            self._select(ev.id)
            self.open_sheet()
        return ev

    def open_sheet(self) -> None:
        from .evaluations_grid import EvaluationSheet

        ev = self._need()
        if ev is None:
            return
        sheet = EvaluationSheet(ev.id, self.user, self)
        try:
            modal.run_dialog(sheet)
        finally:
            sheet.deleteLater()
        self._select(ev.id)

    def submit(self) -> bool:
        ev = self._need()
        if ev is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Submit {number}").format(number=ev.number),
            self.tr("Submit {number}? Its score ({score}) stands and the vendor signs it next.")
            .format(number=ev.number, score=ev.score))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            vendors.submit_evaluation(ev.id, self.user)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self._select(ev.id)
        return True

    def confirm(self) -> vendors.Evaluation | None:
        ev = self._need()
        if ev is None:
            return None
        fields = [
            FieldSpec("signer", self.tr("Signed for the vendor by"), required=True,
                      field=vendors.Evaluation.signed_by),
            FieldSpec("signed_on", self.tr("Signed on"), "date", required=True),
            FieldSpec("opinion", self.tr("The vendor"), "combo", required=True,
                      choices=[(self.tr("Agrees"), AGREES), (self.tr("Objects"), OBJECTS)]),
            FieldSpec("objection", self.tr("Objection (why)"), "multiline",
                      field=vendors.Evaluation.objection),
        ]
        form = RecordForm(
            self.tr("The vendor's signature on {number}").format(number=ev.number), fields,
            lambda v: vendors.confirm_evaluation(
                ev.id, self.user, signer=v["signer"], signed_on=v["signed_on"],
                agrees=v["opinion"] == AGREES, objection=v["objection"]), self,
            values={"signer": ev.vendor.lead, "signed_on": clock.today(), "opinion": AGREES},
            intro=self.tr("{vendor}: score {score}. {problems}").format(
                vendor=ev.vendor.name, score=ev.score, problems=ev.problems))
        form.setObjectName("confirmEvaluationForm")
        saved = modal.run_form(form)
        if saved is not None:
            self._select(ev.id)
        return saved

    def rule(self) -> None:
        self.open_sheet()  # the grid in the manager's hands: amend, write the ruling, rule

    def cancel(self) -> vendors.Evaluation | None:
        ev = self._need()
        if ev is None:
            return None
        fields = [FieldSpec("reason", self.tr("Reason"), "multiline", required=True,
                            field=vendors.Evaluation.cancel_reason)]
        form = RecordForm(self.tr("Cancel {number}").format(number=ev.number), fields,
                          lambda v: vendors.cancel_evaluation(ev.id, v["reason"], self.user),
                          self, save_text=self.tr("Cancel the sheet"))
        form.setObjectName("cancelEvaluationForm")
        saved = modal.run_form(form)
        if saved is not None:
            self._select(ev.id)
        return saved

    def print_sheet(self) -> None:
        from reports.vendors import evaluation_pdf

        ev = self._need()
        if ev is not None:
            print_preview.preview_built(
                self, lambda: evaluation_pdf(ev.id),
                self.tr("Evaluation {number}").format(number=ev.number), f"考评表-{ev.number}.pdf")

    def print_blank(self) -> None:
        from reports.vendors import blank_sheet_pdf

        templates = [(f"{name} ({service})", template_id)
                     for name, template_id, service in vendors.template_choices()]
        fields = [FieldSpec("template", self.tr("Criteria sheet"), "combo", required=True,
                            choices=templates)]
        form = RecordForm(self.tr("Blank sheet"), fields, lambda v: v["template"], self,
                          values={"template": templates[0][1] if templates else None},
                          save_text=self.tr("Print"))
        form.setObjectName("blankSheetForm")
        template_id = modal.run_form(form)
        if template_id:
            name = next(text for text, value in templates if value == template_id)
            print_preview.preview_built(self, lambda: blank_sheet_pdf(int(template_id)),
                                        name, f"{name}.pdf")
