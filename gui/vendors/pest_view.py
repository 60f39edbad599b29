"""The vendors tab's pest-control sub-view (病媒生物防治, seed 002 §十八; see gui.vendors.tab).

The clerk plans the contractor's two treatments a month (定期), types a treatment the
office staff ask for a working day ahead (应约), and records each one done after office
hours (when, where, the agent, the operator, the contractor's signature); the callback
is made from the reception tab's one queue. Below the list: the months short of their
two scheduled treatments (red once the month has ended) and the half-yearly density
reports, with the half-years overdue counted. ``SETTINGS_SECTION``: the office's
working-day calendar (holidays, weekend days worked) and office hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import callbacks, clock, vendors
from models.errors import DomainError
from models.people import User

from ..errors import error_text, show_error
from ..widgets import modal, print_preview
from ..widgets.fields import error_banner
from ..widgets.list_view import ListView, RereadWhenShownAgain
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut

T = vendors.PestTreatment
STEPS = vendors.PEST_STEPS
NEW, ON_REQUEST, OPEN, RECORD, CANCEL, PRINT = (
    "new", "on_request", "open", "record", "cancel", "print")
RED, GREY = "#c62828", "#777777"
AREA_CHOICES = ("公共场所、办公区", "公共场所", "办公区")
MONTHS_SHOWN = 12


def row_style(values: dict[str, Any]) -> QColor | None:
    """A planned treatment past its day, or a callback not satisfied, red; cancelled grey."""
    if values.get("status") == vendors.TREATMENT_CANCELLED:
        return QColor(GREY)
    planned = values.get("planned_on")
    if values.get("status") == vendors.PLANNED and planned is not None \
            and planned < clock.today():
        return QColor(RED)
    if values.get("callback") == callbacks.UNSATISFIED:
        return QColor(RED)
    return None


def status_text(status: str) -> str:
    return vendors.TREATMENT_STATUS.text(status, QCoreApplication.translate)


class PestView(RereadWhenShownAgain, QWidget):
    """消杀: the treatments' list and steps, the months short of treatments, density reports."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("pestView")
        self.list = ListView(vendors.TREATMENT_LIST, self, row_style=row_style)
        self.list.setObjectName("pestTreatmentList")
        self._add_filters()
        self.list.activated.connect(lambda treatment_id: self.run(OPEN, treatment_id))
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        texts = self.action_texts()
        self.toolbar, self.qactions = text_toolbar(
            self, "pestToolbar",
            [(name, *texts[name], lambda n=name: self.run(n)) for name in STEPS.names()],
            separate_after=(ON_REQUEST, CANCEL))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh)
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedTreatment")
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.selected_label)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pestPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.list, self.tr("Treatments"))
        months, density = self._lower_panels()
        self.pages.addTab(months, self.tr("Months"))
        self.pages.addTab(density, self.tr("Density reports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)
        self.refresh_panels()
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    def action_texts(self) -> dict[str, tuple[str, str]]:
        return {
            NEW: (self.tr("Plan treatment"),
                  self.tr("Plan one of the month's two treatments (Ctrl+N)")),
            ON_REQUEST: (self.tr("On request…"),
                         self.tr("A treatment the office staff ask for, a working day ahead")),
            OPEN: (self.tr("Open"), self.tr("Open the treatment (Enter)")),
            RECORD: (self.tr("Done…"), self.tr("Record the treatment done: when, where, the "
                                               "agent, the operator, the signature")),
            CANCEL: (self.tr("Cancel…"), self.tr("Cancel the planned treatment with the reason")),
            PRINT: (self.tr("Print"), self.tr("Print the month's record (病媒生物防治记录表)")),
        }

    # --- filters ------------------------------------------------------------------------

    def _add_filters(self) -> None:
        self.vendor_filter = QComboBox(self)
        self.vendor_filter.setObjectName("pestVendorFilter")
        self.vendor_filter.addItem(self.tr("All contractors"), None)
        for vendor in vendors.pest_vendors(active_only=False):
            self.vendor_filter.addItem(vendor.name, vendor.id)
        self.list.add_filter_widget("", self.vendor_filter, "vendor")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("pestKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for label, code in vendors.TREATMENT_KINDS.choices(QCoreApplication.translate):
            self.kind_filter.addItem(label, code)
        self.list.add_filter_widget("", self.kind_filter, "kind")
        self.callback_filter = QComboBox(self)
        self.callback_filter.setObjectName("pestCallbackFilter")
        self.callback_filter.addItem(self.tr("Any callback"), None)
        for label, code in vendors.CALLBACK_STATE.choices(QCoreApplication.translate):
            self.callback_filter.addItem(label, code)
        self.list.add_filter_widget("", self.callback_filter, "callback")

    # --- the lower panels -----------------------------------------------------------------

    def _lower_panels(self) -> tuple[QWidget, QWidget]:
        """The months page (scheduled treatments done, two due) and the density reports'."""
        months = QWidget(self)
        self.months_note = QLabel(self.tr("Two scheduled treatments are due every month; a "
                                          "month ended short of them is red (deducted)."),
                                  months)
        self.months_note.setWordWrap(True)
        self.months = QTableWidget(0, 4, months)
        self.months.setObjectName("pestMonths")
        self.months.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Contractor"),
                                               self.tr("Done"), self.tr("Missing")])
        self.months.verticalHeader().hide()
        self.months.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.months.horizontalHeader().setStretchLastSection(True)
        box = QVBoxLayout(months)
        box.addWidget(self.months_note)
        box.addWidget(self.months, 1)
        density = QWidget(self)
        self.density_list = ListView(vendors.DENSITY_LIST, density)
        self.density_list.setObjectName("pestDensityList")
        self.overdue_label = QLabel(density)
        self.overdue_label.setObjectName("pestDensityOverdue")
        self.overdue_label.setWordWrap(True)
        self.density_button = QPushButton(self.tr("Record density report…"), density)
        self.density_button.setObjectName("pestDensityButton")
        self.density_button.clicked.connect(self.record_density)
        self.density_button.setEnabled(vendors.DENSITY_STEPS.permits(self.user, "density"))
        top = QHBoxLayout()
        top.addWidget(self.overdue_label, 1)
        top.addWidget(self.density_button)
        box = QVBoxLayout(density)
        box.addLayout(top)
        box.addWidget(self.density_list, 1)
        return months, density

    def month_rows(self) -> list[tuple[str, str, int, int, bool]]:
        """(month, contractor, done, missing, ended) for the last months, newest first."""
        today = clock.today()
        first = today.replace(day=1)
        for _ in range(MONTHS_SHOWN - 1):
            first = (first - dt.timedelta(days=1)).replace(day=1)
        rows = []
        for vendor in vendors.pest_vendors():
            since = vendors.serving_since(vendor).replace(day=1)
            for month in vendors.month_counts(vendor.id, max(first, since), today):
                ended = (month.end + dt.timedelta(days=1)).day == 1 and month.end < today
                rows.append((f"{month.start:%Y-%m}", vendor.name, month.done,
                             month.missed if ended else 0, ended))
        return sorted(rows, key=lambda r: (r[0], r[1]), reverse=True)

    def refresh_panels(self) -> None:
        rows = self.month_rows()
        self.months.setRowCount(len(rows))
        for i, (month, vendor, done, missed, ended) in enumerate(rows):
            texts = [month, vendor, str(done), str(missed) if ended else self.tr("in progress")]
            for j, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if missed:
                    item.setForeground(QBrush(QColor(RED)))
                self.months.setItem(i, j, item)
        self.months.resizeColumnsToContents()
        short = sum(1 for row in rows if row[3])
        self.pages.setTabText(1, self.tr("Months ({n} short)").format(n=short) if short
                              else self.tr("Months"))
        self.density_list.refresh()
        overdue = vendors.overdue_density_reports()
        self.pages.setTabText(2, self.tr("Density reports ({n} overdue)").format(
            n=len(overdue)) if overdue else self.tr("Density reports"))
        self.overdue_label.setText(self.tr("Overdue: {n}").format(n=len(overdue)) + (
            "  " + ", ".join(f"{o.vendor} {o.half}" for o in overdue) if overdue else ""))
        self.overdue_label.setStyleSheet(f"color: {RED};" if overdue else "")

    # --- selection ------------------------------------------------------------------------

    def current_treatment(self) -> vendors.PestTreatment | None:
        treatment_id = self.list.current_id()
        if treatment_id is None:
            return None
        try:
            return vendors.get_treatment(treatment_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        treatment = self.current_treatment()
        enable_steps(self.qactions, STEPS.allowed(self.user, treatment))
        self.selected_label.setText("" if treatment is None else self.tr(
            "{number}: {status}").format(number=treatment.number,
                                         status=status_text(treatment.status)))

    def refresh(self) -> None:
        self.list.refresh()
        self.refresh_panels()
        self.update_actions()

    def _changed(self, treatment_id: int) -> None:
        self.refresh()
        self.list.select_only(treatment_id)
        self.update_actions()

    # --- running ----------------------------------------------------------------------------

    def run(self, step: str, treatment_id: int | None = None) -> bool:
        """A toolbar button (or Enter on a row): the step; True when it wrote."""
        if step in (NEW, ON_REQUEST):
            saved = self._plan_form(step == ON_REQUEST)
            if saved is not None:
                self._changed(saved.id)
            return saved is not None
        treatment_id = treatment_id if treatment_id is not None else self.list.current_id()
        if treatment_id is None:
            return False
        try:
            treatment = vendors.get_treatment(treatment_id)
            if step != OPEN:
                STEPS.require_permission(self.user, step, treatment)
        except DomainError as exc:
            show_error(self, exc)
            return False
        handlers: dict[str, Callable[[vendors.PestTreatment], bool]] = {
            OPEN: self.open_treatment, RECORD: self.record, CANCEL: self.cancel,
            PRINT: self.print_month,
        }
        done = handlers[step](treatment)
        if done:
            self._changed(treatment_id)
        return done

    def _vendor_choices(self) -> list[tuple[str, int]]:
        return [(v.name, v.id) for v in vendors.pest_vendors()]

    def _plan_form(self, on_request: bool) -> vendors.PestTreatment | None:
        try:
            STEPS.require_permission(self.user, ON_REQUEST if on_request else NEW)
        except DomainError as exc:
            show_error(self, exc)
            return None
        choices = self._vendor_choices()
        fields = [FieldSpec("vendor", self.tr("Contractor"), "combo", required=True,
                            choices=choices)]
        now = clock.now()
        values: dict[str, Any] = {"vendor": choices[0][1] if choices else None}
        if on_request:
            fields += [
                FieldSpec("requested_at", self.tr("Asked at"), "datetime", required=True),
                FieldSpec("requested_by", self.tr("Asked for by"), required=True,
                          field=T.requested_by, placeholder=self.tr("e.g. 财务部 张会计")),
                FieldSpec("request_text", self.tr("What for"), required=True,
                          field=T.request_text, placeholder=self.tr("where, which pests")),
            ]
            values.update(requested_at=now, planned_on=vendors.next_working_day(now.date()),
                          areas=AREA_CHOICES[2])
        else:
            values.update(planned_on=now.date(), areas=AREA_CHOICES[0])
        fields += [FieldSpec("planned_on", self.tr("Planned on"), "date", required=True),
                   FieldSpec("areas", self.tr("Areas"), "combo", required=True,
                             choices=AREA_CHOICES)]
        title = self.tr("Treatment on request") if on_request else self.tr("Plan a treatment")
        intro = self.tr("The contractor is told a working day ahead: the earliest day is the "
                        "next working day after the request.") if on_request else self.tr(
            "Two treatments a month, after office hours, on days agreed with the contractor.")
        operation = vendors.request_treatment if on_request else vendors.plan_treatment
        form = RecordForm(title, fields, lambda v: operation(v, by=self.user), self,
                          values=values, intro=intro)
        form.setObjectName("pestPlanForm")
        return modal.run_form(form)

    def _record_fields(self, read_only: bool) -> list[FieldSpec]:
        return [
            FieldSpec("done_at", self.tr("Done at"), "datetime", required=True,
                      read_only=read_only),
            FieldSpec("areas", self.tr("Areas"), "combo", required=True, choices=AREA_CHOICES,
                      read_only=read_only),
            FieldSpec("agent", self.tr("Agent used"), required=True, field=T.agent,
                      read_only=read_only),
            FieldSpec("operator", self.tr("Operator"), required=True, field=T.operator,
                      read_only=read_only),
            FieldSpec("signed_by", self.tr("Contractor's signature"), required=True,
                      field=T.signed_by, read_only=read_only),
        ]

    def record(self, treatment: vendors.PestTreatment) -> bool:
        end = vendors.office_hours()[1]
        day = treatment.planned_on or clock.today()
        start = dt.datetime.combine(day, end) + dt.timedelta(hours=1)
        values = {"done_at": min(start, clock.now()) if start.date() == clock.today()
                  else start, "areas": treatment.areas}
        form = RecordForm(self.tr("Treatment {number} done").format(number=treatment.number),
                          self._record_fields(False),
                          lambda v: vendors.record_treatment(treatment.id, v, by=self.user),
                          self, values=values, save_text=self.tr("Done"), intro=self.tr(
                              "After office hours ({start}–{end}). The callback is due within "
                              "two working days, from the reception tab's queue.").format(
                              start=f"{vendors.office_hours()[0]:%H:%M}", end=f"{end:%H:%M}"))
        form.setObjectName("pestRecordForm")
        return modal.run_form(form) is not None

    def open_treatment(self, treatment: vendors.PestTreatment) -> bool:
        if STEPS.allows(self.user, RECORD, treatment):
            return self.record(treatment)
        lines = [self.tr("{kind}, planned on {day}, {status}.").format(
            kind=vendors.TREATMENT_KINDS.text(treatment.kind, QCoreApplication.translate),
            day=f"{treatment.planned_on:%Y-%m-%d}" if treatment.planned_on else "—",
            status=status_text(treatment.status))]
        if treatment.requested_by:
            lines.append(self.tr("Asked for by {who}: {what}").format(
                who=treatment.requested_by, what=treatment.request_text))
        if treatment.redo_of_id:
            lines.append(self.tr("Redo of {number} (unsatisfied callback).").format(
                number=treatment.redo_of.number))
        if treatment.verdict:
            lines.append(self.tr("Called back: {verdict}").format(
                verdict=vendors.CALLBACK_STATE.text(treatment.verdict,
                                                    QCoreApplication.translate)))
        if treatment.cancel_reason:
            lines.append(self.tr("Cancelled: {reason}").format(reason=treatment.cancel_reason))
        form = RecordForm(self.tr("Treatment {number}").format(number=treatment.number),
                          self._record_fields(True), lambda v: None, self,
                          values={k: getattr(treatment, k) for k in vendors.RECORD_FIELDS},
                          intro="\n".join(lines))
        form.setObjectName("pestRecordForm")
        form.save_button.hide()
        modal.run_form(form)
        return False

    def cancel(self, treatment: vendors.PestTreatment) -> bool:
        fields = [FieldSpec("reason", self.tr("Reason"), "multiline", required=True,
                            field=T.cancel_reason)]
        form = RecordForm(self.tr("Cancel treatment {number}").format(number=treatment.number),
                          fields, lambda v: vendors.cancel_treatment(treatment.id, v["reason"],
                                                                     by=self.user),
                          self, save_text=self.tr("Cancel the treatment"), intro=self.tr(
                              "Plan another one: the month needs two."))
        form.setObjectName("pestCancelForm")
        return modal.run_form(form) is not None

    def print_month(self, treatment: vendors.PestTreatment) -> bool:
        from reports.vendors import pest_record_pdf

        day = treatment.done_at.date() if treatment.done_at else treatment.planned_on
        month = f"{day:%Y-%m}"
        print_preview.preview_built(self, lambda: pest_record_pdf(month),
                                    self.tr("Pest control record {month}").format(month=month),
                                    f"病媒生物防治记录表-{month}.pdf")
        return False

    # --- density reports ----------------------------------------------------------------------

    def record_density(self) -> bool:
        try:
            vendors.DENSITY_STEPS.require_permission(self.user, "density")
        except DomainError as exc:
            show_error(self, exc)
            return False
        choices = self._vendor_choices()
        overdue = vendors.overdue_density_reports()
        half = overdue[0].half if overdue else vendors.half_of(clock.today())
        fields = [
            FieldSpec("vendor", self.tr("Contractor"), "combo", required=True, choices=choices),
            FieldSpec("half", self.tr("Half-year"), required=True,
                      field=vendors.DensityReport.half, placeholder="2026H1"),
            FieldSpec("received_on", self.tr("Received on"), "date", required=True),
            FieldSpec("summary", self.tr("What it found"), "multiline", required=True,
                      field=vendors.DensityReport.summary),
        ]
        form = RecordForm(self.tr("Density report"), fields,
                          lambda v: vendors.record_density_report(v, by=self.user), self,
                          values={"vendor": overdue[0].vendor_id if overdue else (
                              choices[0][1] if choices else None), "half": half,
                              "received_on": clock.today()})
        form.setObjectName("pestDensityForm")
        saved = modal.run_form(form) is not None
        if saved:
            self.refresh_panels()
        return saved


class PestCalendarSettings(QGroupBox):
    """The office's working-day calendar: holidays, weekend days worked, office hours."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Working days and office hours"))
        self.user = user
        self.setObjectName("pestCalendarSettings")
        may = vendors.CALENDAR_STEPS.permits(user, vendors.CALENDAR)
        self.holidays = QPlainTextEdit(self)
        self.holidays.setObjectName("calendarHolidays")
        self.holidays.setPlainText("\n".join(d.isoformat() for d in sorted(vendors.holidays())))
        self.workdays = QPlainTextEdit(self)
        self.workdays.setObjectName("calendarWorkdays")
        self.workdays.setPlainText("\n".join(d.isoformat() for d in sorted(vendors.workdays())))
        self.holidays.setPlaceholderText("2026-10-01")
        self.workdays.setPlaceholderText("2026-09-27")
        for edit in (self.holidays, self.workdays):
            edit.setMaximumHeight(90)
        start, end = vendors.office_hours()
        self.hours = QLineEdit(f"{start:%H:%M}-{end:%H:%M}", self)
        self.hours.setObjectName("calendarOfficeHours")
        self.banner = error_banner()
        self.message = QLabel(self)
        self.message.setObjectName("calendarMessage")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("calendarSave")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self)
        form.addRow(self.banner)
        form.addRow(self.tr("Holidays (one day a line)"), self.holidays)
        form.addRow(self.tr("Weekend days worked (调休)"), self.workdays)
        form.addRow(self.tr("Office hours"), self.hours)
        form.addRow(self.save_button, self.message)
        if not may:
            form.addRow(QLabel(self.tr("Only the manager can change the calendar."), self))
        for widget in (self.holidays, self.workdays, self.hours, self.save_button):
            widget.setEnabled(may)

    def save(self) -> bool:
        try:
            vendors.set_calendar(holidays=self.holidays.toPlainText(),
                                 workdays=self.workdays.toPlainText(),
                                 office_hours=self.hours.text(), by=self.user)
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            self.message.setText("")
            return False
        self.banner.hide()
        self.message.setText(self.tr("Saved."))
        return True


SETTINGS_SECTION = PestCalendarSettings  # this part's group of the Settings page
