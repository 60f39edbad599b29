"""客户投诉, the reception tab's sub-view: the big list, its steps toolbar and its forms.

The toolbar's buttons are the steps models declares (reception.COMPLAINT_STEPS), enabled
for the complaint selected. A complaint late on a step shows in red, the "Overdue"
column saying which step and by how much; the counter above says how many are due
today (the tab's counters link to the "Due today" and "Late only" filters).
``register_from_call(values, call_id)`` opens the form filled from a call: the calls
list's 登记投诉 runs it (gui.reception.tab wires the two views).
``SETTINGS_SECTION``: the deadline preset, on the Settings dialog's reception page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import reception
from models.errors import DomainError
from models.people import User

from ..errors import error_text, show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut
from . import complaints_forms as forms
from .complaints_analysis_view import open_analysis

_s = reception.complaints_steps
STEPS = reception.COMPLAINT_STEPS
LATE = QColor("#c62828")


def row_style(values: dict[str, Any]) -> QColor | None:
    """Complaints late on a step in red."""
    return LATE if values.get("late") else None


class ComplaintsView(QWidget):
    """The register's list, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("complaintsView")
        self.last: dict[str, object] = {}  # the last entry's defaults
        self.list = ListView(reception.COMPLAINT_LIST, self, row_style=row_style)
        self.list.setObjectName("complaintList")
        self.list.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list.status_combo.setMinimumContentsLength(6)
        self.level_filter = QComboBox(self)
        self.level_filter.setObjectName("complaintLevelFilter")
        self.level_filter.addItem(self.tr("All levels"), "")
        for label, code in reception.COMPLAINT_LEVELS.choices(QCoreApplication.translate):
            self.level_filter.addItem(label, code)
        self.list.add_filter_widget(self.tr("Level"), self.level_filter, "level")
        self.late_filter = QCheckBox(self.tr("Late only"), self)
        self.late_filter.setObjectName("complaintLateFilter")
        self.list.add_filter_widget("", self.late_filter, "overdue")
        self.due_filter = QCheckBox(self.tr("Due today"), self)
        self.due_filter.setObjectName("complaintDueFilter")
        self.due_filter.setToolTip(self.tr("The step each waits for is due today or late"))
        self.list.add_filter_widget("", self.due_filter, "due")
        self.open_filter = QCheckBox(self.tr("Open only"), self)
        self.open_filter.setObjectName("complaintOpenFilter")
        self.list.add_filter_widget("", self.open_filter, "open")
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.activated.connect(lambda _id: self.run(_s.PRINT))

        texts = self.texts()
        self.toolbar, self.qactions = text_toolbar(
            self, "complaintsToolbar",
            [(name, texts[name], texts[name], lambda n=name: self.run(n))
             for name in STEPS.names()],
            separate_after=(_s.NEW, _s.CALL_BACK, _s.CANCEL))
        self.analysis_action = self.toolbar.addAction(self.tr("Analysis…"))  # 投诉分析
        self.analysis_action.setObjectName("action_analysis")
        self.analysis_action.triggered.connect(lambda _c=False: open_analysis(self.user, self))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[_s.NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.due_label = QLabel(self)
        self.due_label.setObjectName("complaintsDue")
        self.info = QLabel(self)
        self.info.setObjectName("complaintInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.due_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def texts(self) -> dict[str, str]:
        return {
            _s.NEW: self.tr("New complaint"),
            _s.JUDGE: self.tr("Judge…"),
            _s.ASSIGN: self.tr("Assign…"),
            _s.SIGN: self.tr("Notice signed…"),
            _s.CONTACT: self.tr("First contact…"),
            _s.REMEDY: self.tr("Remedy…"),
            _s.DONE: self.tr("Done…"),
            _s.CALL_BACK: self.tr("Call back…"),
            _s.CANCEL: self.tr("Cancel…"),
            _s.PRINT: self.tr("Print notice"),
            _s.REGISTER_PDF: self.tr("Register…"),
        }

    # --- what is in front -------------------------------------------------------------

    def list_view(self) -> ListView:
        return self.list

    def current(self) -> reception.Complaint | None:
        record_id = self.list.current_id()
        if record_id is None:
            return None
        try:
            return reception.get_complaint(record_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        c = self.current()
        enable_steps(self.qactions, STEPS.allowed(self.user, c))
        due = reception.complaints_due_today()
        self.due_label.setText(self.tr("Due today or late: {count}").format(count=due))
        self.due_label.setStyleSheet(f"color: {LATE.name()};" if due else "")
        self.info.setText(self._info(c))

    def _info(self, c: reception.Complaint | None) -> str:
        if c is None:
            return ""
        text = self.tr("{number}: {customer}, {status}").format(
            number=c.number, customer=c.customer,
            status=reception.COMPLAINT_STATUS.text(c.status, QCoreApplication.translate))
        late = reception.complaint_late_of(c)
        if late is not None:
            text += "  " + reception.complaint_late_text(f"{late[0]}:{late[1]}",
                                               QCoreApplication.translate)
        return text

    def refresh(self) -> None:
        """Read the list again."""
        self.list.refresh()
        self.update_actions()

    def _saved(self, record_id: int) -> None:
        self.list.refresh()
        self.list.select_only(record_id)
        self.update_actions()

    # --- the steps ----------------------------------------------------------------------

    def run(self, step: str) -> None:
        handlers: dict[str, Callable[[], None]] = {
            _s.NEW: self.new_complaint, _s.PRINT: self.print_notice,
            _s.REGISTER_PDF: self.print_register,
            _s.JUDGE: lambda: self._step(_s.JUDGE, forms.judge_form),
            _s.ASSIGN: lambda: self._step(_s.ASSIGN, forms.assign_form),
            _s.SIGN: lambda: self._step(_s.SIGN, forms.sign_form),
            _s.CONTACT: lambda: self._step(_s.CONTACT, forms.contact_form),
            _s.REMEDY: lambda: self._step(_s.REMEDY, forms.remedy_form),
            _s.DONE: lambda: self._step(_s.DONE, forms.done_form),
            _s.CALL_BACK: lambda: self._step(_s.CALL_BACK, forms.callback_form),
            _s.CANCEL: lambda: self._step(_s.CANCEL, forms.cancel_form),
        }
        handlers[step]()
        self.update_actions()

    def _permitted(self, step: str, record: Any = None) -> bool:
        try:
            STEPS.require_permission(self.user, step, record)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    def new_complaint(self) -> None:
        self.register_from_call(dict(self.last))

    def register_from_call(self, values: Mapping[str, object] | None = None,
                           call_id: int | None = None) -> reception.Complaint | None:
        """The form, filled from ``reception.complaint_values_from_call(call)`` or the last
        entry's channel; the complaint saved (or None)."""
        if not self._permitted(_s.NEW):
            return None
        c = modal.run_form(forms.complaint_form(self.user, self, values, call_id))
        if c is None:
            return None
        self.last = {"channel": c.channel}
        self._saved(c.id)
        return c

    def _step(self, step: str, make_form) -> None:
        c = self.current()
        if c is None or not self._permitted(step, c):
            return
        if modal.run_form(make_form(self.user, c, self)) is not None:
            self._saved(c.id)

    def print_notice(self) -> None:
        from reports.reception import complaint_notice_pdf

        c = self.current()
        if c is not None:
            print_preview.preview_built(
                self, lambda: complaint_notice_pdf(c.id),
                self.tr("Complaint notice {number}").format(number=c.number),
                f"客户投诉处理通知单-{c.number}.pdf")

    def print_register(self) -> None:
        """客户投诉登记表: pick the period, preview the register."""
        from reports.reception import complaint_register_pdf

        chosen: dict[str, str] = {}

        def build(values: dict) -> bytes:
            chosen["period"] = period = f"{values['first']:%Y-%m-%d}..{values['last']:%Y-%m-%d}"
            return complaint_register_pdf(period, prepared_by=self.user.full_name)

        pdf = modal.run_form(forms.period_form(build, self))
        if pdf:
            print_preview.preview_pdf(
                self, pdf, self.tr("Complaint register {period}").format(period=chosen["period"]),
                f"客户投诉登记表-{chosen['period']}.pdf")


class ComplaintsSettings(QGroupBox):
    """客户投诉: which deadline preset the office follows (rulebook 002 or 003)."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Complaints"), parent)
        self.user = user
        self.setObjectName("complaintsSettings")
        self.preset = QComboBox(self)
        self.preset.setObjectName("complaintPreset")
        for code, label in reception.COMPLAINT_PRESET_LABELS.items():
            self.preset.addItem(QCoreApplication.translate("Complaints", label), code)
        self.preset.setCurrentIndex(self.preset.findData(reception.complaint_deadlines().name))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("complaintSavePreset")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("complaintPresetMessage")
        may = reception.COMPLAINT_SETTINGS_STEPS.permits(user, _s.DEADLINES)
        self.preset.setEnabled(may)
        self.save_button.setEnabled(may)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Deadlines"), self))
        row.addWidget(self.preset, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        note = QLabel(self.tr(
            "Both: reported to the manager the same day, staff on site within 10 minutes "
            "when urgent, an ordinary case resolved within 2 days, the callback on the day "
            "it is done. New complaints follow the preset saved."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.message)

    def save(self) -> bool:
        try:
            reception.set_complaint_deadlines(self.preset.currentData(), by=self.user)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(self.tr("Saved."))
        return True


SETTINGS_SECTION = ComplaintsSettings
