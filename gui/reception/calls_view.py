"""The calls register's sub-view of the reception tab (see gui.reception.tab).

The list (来电记录) with its filters — kind, still open, late — and the steps
``reception.CALL_STEPS`` allows on the selected call. Late calls are red. A call marked
投诉待登记 is registered as a complaint from here (登记投诉): the complaint form opens
filled from the call (``register_complaint``: the tab gives the complaints view's
``register_from_call``); the line above the list says what the selected call became.
``SETTINGS_SECTION`` is this register's (and the suggestions') group of the Settings page.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import reception
from models.errors import DomainError
from models.people import User

from ..errors import error_text
from ..widgets import modal
from ..widgets.fields import error_banner
from ..widgets.list_view import ListView
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut
from . import calls_forms, complaints_forms

translate = QCoreApplication.translate
LATE = QColor("#c62828")
NEW, OPEN, ANSWER, TO_REPAIR = "new", "open", "answer", "to_repair"
TO_COMPLAINT = reception.CALL_ROUTE_COMPLAINT


def row_style(values: dict[str, Any]) -> QColor | None:
    return LATE if values.get("late") else None


class CallsView(QWidget):
    """The register's list, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("callsView")
        self.last: dict = {}
        # (values, call id) -> the complaint saved or None: the form filled from the call
        # (the tab gives the complaints view's register_from_call; alone, the form itself)
        self.register_complaint: Callable[[Mapping[str, object], int], object] | None = None
        self.list = ListView(reception.CALL_LIST, self, row_style=row_style)
        self.list.setObjectName("callList")
        self._add_filters()
        self.list.activated.connect(lambda _id: self.run(OPEN))
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        texts = {NEW: self.tr("New call"), OPEN: self.tr("Open"), ANSWER: self.tr("Answer"),
                 TO_REPAIR: self.tr("Make a repair order"),
                 TO_COMPLAINT: self.tr("Register complaint…")}
        self.toolbar, self.qactions = text_toolbar(
            self, "callToolbar",
            [(key, texts[key], texts[key], lambda k=key: self.run(k))
             for key in reception.CALL_STEPS.names()], separate_after=(OPEN,))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))
        self.info = QLabel(self)
        self.info.setObjectName("callInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.info)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def _add_filters(self) -> None:
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for text, code in reception.CALL_KIND_LABELS.choices(translate):
            self.kind_filter.addItem(text, code)
        self.list.add_filter_widget("", self.kind_filter, "kind")
        for key, hint in (("phone", self.tr("Phone")), ("room", self.tr("Room"))):
            box = QLineEdit(self)
            box.setObjectName(f"{key}Filter")
            box.setPlaceholderText(hint)
            box.setClearButtonEnabled(True)
            box.setMaximumWidth(140)
            self.list.add_filter_widget("", box, key)
        self.open_filter = QCheckBox(self.tr("Open only"), self)
        self.open_filter.setObjectName("openFilter")
        self.open_filter.setToolTip(self.tr("Waiting for an answer, or a complaint to register"))
        self.list.add_filter_widget("", self.open_filter, "open")
        self.late_filter = QCheckBox(self.tr("Late only"), self)
        self.late_filter.setObjectName("lateFilter")
        self.list.add_filter_widget("", self.late_filter, "late")

    def list_view(self) -> ListView:
        return self.list

    def refresh(self) -> None:
        """Read the list again."""
        self.list.refresh()
        self.update_actions()

    def current_call(self) -> reception.Call | None:
        call_id = self.list.current_id()
        if call_id is None:
            return None
        try:
            return reception.get_call(call_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        call = self.current_call()
        enable_steps(self.qactions, reception.CALL_STEPS.allowed(self.user, call))
        self.info.setText(calls_forms.became_text(call) if call is not None else "")

    def run(self, action: str) -> None:
        call = self.current_call()
        saved = None
        if action == NEW:
            saved = self.new_call()
        elif call is None:
            return
        elif action == OPEN:
            dialog = calls_forms.call_details(call, self)
            modal.run_dialog(dialog)
            dialog.deleteLater()
        elif action == ANSWER:
            saved = modal.run_form(calls_forms.answer_form(self.user, call, self))
        elif action == TO_REPAIR:
            saved = modal.run_form(calls_forms.repair_form(self.user, call, self))
        elif action == TO_COMPLAINT:
            saved = call if self.complaint_from(call) is not None else None
        if saved is not None:
            self.refresh()
            self.list.select_only(saved.id)
        self.update_actions()

    def complaint_from(self, call: reception.Call) -> object:
        """登记投诉: the complaint form filled from the call (nothing typed twice); the
        complaint saved, the call 已转投诉 with it — or None."""
        values = reception.complaint_values_from_call(call)
        if self.register_complaint is not None:
            return self.register_complaint(values, call.id)
        return modal.run_form(complaints_forms.complaint_form(self.user, self, values, call.id))

    def new_call(self) -> reception.Call | None:
        """登记来电: the form starts from the last call's kind, department and person."""
        call = modal.run_form(calls_forms.CallForm(self.user, self, last=self.last))
        if call is not None:
            self.last = calls_forms.last_entry(call)
        return call


class CallsSettingsSection(QGroupBox):
    """来电 and 建议/意见 settings: the promised answer, the confirmation deadline."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(translate("CallsSettings", "Calls and suggestions"), parent)
        self.user = user
        self.setObjectName("callsSettings")
        can_edit = bool(reception.CALL_SETTINGS_STEPS.allowed(user))
        self.promise = QSpinBox(self)
        self.promise.setObjectName("promiseDays")
        self.promise.setRange(1, 10)
        self.promise.setValue(reception.promise_days())
        self.promise.setSuffix(translate("CallsSettings", " working day(s)"))
        self.confirm = QSpinBox(self)
        self.confirm.setObjectName("confirmDays")
        self.confirm.setRange(0, 7)
        self.confirm.setValue(reception.confirm_days())
        self.confirm.setSpecialValueText(translate("CallsSettings", "the same day"))
        self.confirm.setSuffix(translate("CallsSettings", " day(s) later"))
        self.banner = error_banner()
        self.save_button = QPushButton(translate("CallsSettings", "Save"), self)
        self.save_button.setObjectName("saveCallSettings")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(self)
        form.addRow(self.banner)
        form.addRow(translate("CallsSettings", "Answer promised within"), self.promise)
        form.addRow(translate("CallsSettings", "Suggestions confirmed by the end of"),
                    self.confirm)
        form.addRow(self.save_button)
        if not can_edit:
            form.addRow(QLabel(translate("CallsSettings",
                                         "Only an administrator can change these settings.")))
        for widget in (self.promise, self.confirm, self.save_button):
            widget.setEnabled(can_edit)

    def save(self) -> bool:
        try:
            reception.set_promise_days(self.promise.value(), by=self.user)
            reception.set_confirm_days(self.confirm.value(), by=self.user)
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.banner.hide()
        return True


SETTINGS_SECTION = CallsSettingsSection
