"""The suggestions register's sub-view of the reception tab (see gui.reception.tab).

The list (建议/意见) with its filters — source, department, confirmed late — and the steps
``reception.SUGGESTION_STEPS`` allows: register, confirm (the duty officer), send to the
department, its acknowledgement (name and date from the signed paper), the result; the
建议/意见记录表 for a date range and the month's summary for the client representative.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from models import clock, reception
from models.errors import DomainError
from models.people import User
from reports import reception as paper

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut

translate = QCoreApplication.translate
LATE = QColor("#c62828")
S = reception.Suggestion
NEW, OPEN, CONFIRM, SEND, ACK, RESULT = "new", "open", "confirm", "send", "acknowledge", "result"
PRINT_LIST, MONTH = "print_list", "month"

SETTINGS_SECTION = None  # the calls view's section holds the confirmation deadline


def row_style(values: dict[str, Any]) -> QColor | None:
    """Not confirmed the same day: red."""
    return LATE if values.get("late") else None


def recent_months(today: dt.date, count: int = 24) -> list[str]:
    """The summary months from the current one (the 26th starts the next) back."""
    year, month = today.year, today.month
    if today.day >= 26:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


class SuggestionsView(QWidget):
    """The register's list, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("suggestionsView")
        self.list = ListView(reception.SUGGESTION_LIST, self, row_style=row_style)
        self.list.setObjectName("suggestionList")
        self._add_filters()
        self.list.activated.connect(lambda _id: self.run(OPEN))
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        texts = {NEW: self.tr("New suggestion"), OPEN: self.tr("Open"),
                 CONFIRM: self.tr("Confirm"), SEND: self.tr("Send to department"),
                 ACK: self.tr("Acknowledged"), RESULT: self.tr("Result"),
                 PRINT_LIST: self.tr("Print register"), MONTH: self.tr("Month's summary")}
        self.toolbar, self.qactions = text_toolbar(
            self, "suggestionToolbar",
            [(key, texts[key], texts[key], lambda k=key: self.run(k))
             for key in reception.SUGGESTION_STEPS.names()], separate_after=(OPEN, RESULT))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("suggestionSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def _add_filters(self) -> None:
        self.source_filter = QComboBox(self)
        self.source_filter.setObjectName("sourceFilter")
        self.source_filter.addItem(self.tr("All sources"), None)
        for text, code in reception.SUGGESTION_SOURCE_LABELS.choices(translate):
            self.source_filter.addItem(text, code)
        self.list.add_filter_widget("", self.source_filter, "source")
        self.late_filter = QCheckBox(self.tr("Confirmed late"), self)
        self.late_filter.setObjectName("lateFilter")
        self.list.add_filter_widget("", self.late_filter, "late")

    def list_view(self) -> ListView:
        return self.list

    def refresh(self) -> None:
        """Read the list again."""
        self.list.refresh()
        self.update_actions()

    def current(self) -> reception.Suggestion | None:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return reception.get_suggestion(record_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        enable_steps(self.qactions,
                     reception.SUGGESTION_STEPS.allowed(self.user, self.current()))
        late = reception.count_unconfirmed_late()
        self.summary_label.setText(self.tr("Not confirmed in time: {count}").format(count=late)
                                   if late else "")
        self.summary_label.setStyleSheet(f"color: {LATE.name()};" if late else "")

    # --- the steps ------------------------------------------------------------------

    def run(self, action: str) -> None:
        record = self.current()
        saved = None
        if action == NEW:
            saved = modal.run_form(self.new_form())
        elif action == PRINT_LIST:
            self.print_register()
        elif action == MONTH:
            self.print_month()
        elif record is None:
            return
        elif action == OPEN:
            modal.run_form(self.new_form(record))
        elif action == CONFIRM:
            try:
                saved = reception.confirm_suggestion(record.id, by=self.user)
            except DomainError as exc:
                show_error(self, exc)
        else:
            saved = modal.run_form(self.step_form(action, record))
        if saved is not None:
            self.refresh()
            self.list.select_only(saved.id)
        self.update_actions()

    def new_form(self, record: reception.Suggestion | None = None) -> RecordForm:
        """登记 (record None), or the record read-only."""
        shown = clock.now().replace(second=0)
        fields = [
            FieldSpec("source", self.tr("Source"), "combo", required=True,
                      choices=reception.SUGGESTION_SOURCE_LABELS.choices(translate)),
            FieldSpec("person", self.tr("Person"), field=S.person),
            FieldSpec("phone", self.tr("Phone"), "phone", field=S.phone),
            FieldSpec("room", self.tr("Room"), field=S.room),
            FieldSpec("content", self.tr("Suggestion or opinion"), "multiline", required=True,
                      field=S.content),
            FieldSpec("department", self.tr("Responsible department"), field=S.department),
            FieldSpec("received_at", self.tr("Received"), "datetime", required=True),
        ]
        if record is not None:
            fields = [FieldSpec(f.key, f.label, f.kind, choices=f.choices, read_only=True)
                      for f in fields]
            values = {f.key: getattr(record, f.key) for f in fields}
            form = RecordForm(self.tr("Suggestion {number}").format(number=record.number),
                              fields, lambda _v: None, self, values=values,
                              intro=self._progress_text(record))
        else:
            def save(v: dict) -> reception.Suggestion:
                at = None if v["received_at"] == shown else v["received_at"]
                return reception.register_suggestion({**v, "received_at": at}, by=self.user)

            form = RecordForm(self.tr("New suggestion or opinion"), fields, save, self,
                              values={"source": "switchboard", "received_at": shown})
        form.setObjectName("suggestionForm")
        return form

    def _progress_text(self, record: reception.Suggestion) -> str:
        parts = [reception.SUGGESTION_STATUS_LABELS.text(record.status, translate)]
        if record.confirmed_at:
            parts.append(self.tr("confirmed {time}").format(
                time=f"{record.confirmed_at:%Y-%m-%d %H:%M}"))
        if record.ack_name:
            parts.append(self.tr("signed by {name} on {date}").format(
                name=record.ack_name, date=f"{record.ack_date:%Y-%m-%d}"))
        if record.result:
            parts.append(record.result)
        return " · ".join(parts)

    def step_form(self, action: str, record: reception.Suggestion) -> RecordForm:
        user = self.user
        if action == SEND:
            fields = [FieldSpec("department", self.tr("Responsible department"), required=True,
                                field=S.department)]
            values: dict = {"department": record.department}
            title = self.tr("Send suggestion {number}")

            def save(v):
                return reception.send_suggestion(record.id, by=user, department=v["department"])
        elif action == ACK:
            fields = [FieldSpec("ack_name", self.tr("Signed by"), required=True, field=S.ack_name),
                      FieldSpec("ack_date", self.tr("Signed on"), "date", required=True)]
            values = {"ack_date": clock.today()}
            title = self.tr("Department's acknowledgement of {number}")

            def save(v):
                return reception.acknowledge_suggestion(record.id, v["ack_name"], v["ack_date"],
                                                        by=user)
        else:
            fields = [FieldSpec("result", self.tr("Result"), "multiline", required=True,
                                field=S.result)]
            values = {}
            title = self.tr("Result of suggestion {number}")

            def save(v):
                return reception.record_suggestion_result(record.id, v["result"], by=user)
        form = RecordForm(title.format(number=record.number), fields, save, self, values=values,
                          intro=f"{record.person} {record.phone}: {record.content}")
        form.setObjectName("suggestionStepForm")
        return form

    # --- paper ----------------------------------------------------------------------

    def print_register(self) -> None:
        """建议/意见记录表 for the dates the clerk gives (default: this summary month)."""
        first, last, _closed = reception.summary_period(recent_months(clock.today())[0])
        fields = [FieldSpec("first", self.tr("From"), "date", required=True),
                  FieldSpec("last", self.tr("To"), "date", required=True)]
        form = RecordForm(self.tr("Suggestions register"), fields,
                          lambda v: paper.suggestion_list_pdf(v["first"], v["last"]), self,
                          values={"first": first, "last": min(last, clock.today())},
                          save_text=self.tr("Preview"))
        form.setObjectName("suggestionRegisterForm")
        pdf = modal.run_form(form)
        if pdf:
            print_preview.preview_pdf(self, pdf, self.tr("Suggestions register"),
                                      "建议意见记录表.pdf")

    def print_month(self) -> None:
        """The month's summary for the client representative."""
        months = recent_months(clock.today())
        fields = [FieldSpec("month", self.tr("Month"), "combo", required=True, choices=months)]
        chosen = [months[0]]

        def build(v: dict) -> bytes:
            chosen[0] = str(v["month"])
            return paper.suggestion_month_pdf(chosen[0])

        form = RecordForm(self.tr("Month's summary of suggestions"), fields, build, self,
                          values={"month": months[0]}, save_text=self.tr("Preview"))
        form.setObjectName("suggestionMonthForm")
        pdf = modal.run_form(form)
        if pdf:
            month = chosen[0]
            print_preview.preview_pdf(self, pdf, self.tr("Suggestions {month}").format(
                month=month), f"建议意见月度汇总-{month}.pdf")
