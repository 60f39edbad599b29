"""The signage tab's requests sub-view (标识申请表; see gui.signage.tab).

The clerk types a department's written request and submits it; the manager
approves it (经物业服务中心批准) or rejects it with the reason; customer service
has it made and records who put it up and when — the new sign enters the
registry. Any request not yet installed can be cancelled with the reason. The
toolbar offers the steps ``signage.REQUEST_STEPS`` allows on the selected
request; a request past its needed-by day and not installed is red, rejected
and cancelled ones grey.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models import clock, people, signage
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView, RereadWhenShownAgain
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut

SignRequest = signage.SignRequest
STEPS = signage.REQUEST_STEPS
NEW, OPEN, EDIT, SUBMIT, CANCEL, PRINT = "new", "open", "edit", "submit", "cancel", "print"
APPROVE, REJECT, PRODUCE, INSTALL = (signage.APPROVE, signage.REJECT, signage.PRODUCE,
                                     signage.INSTALL)
LATE, GREY = "#c62828", "#777777"


def row_style(values: dict[str, Any]) -> QColor | None:
    """Late requests red; rejected and cancelled ones grey."""
    if values.get("late") is not None:
        return QColor(LATE)
    if values.get("status") in (signage.REJECTED, signage.CANCELLED):
        return QColor(GREY)
    return None


def status_text(status: str) -> str:
    return signage.REQUEST_STATUS_LABELS.text(status, QCoreApplication.translate)


class SignRequestsView(RereadWhenShownAgain, QWidget):
    """标识申请: the list, its filters and the steps on the selected request.

    (Named apart from the storeroom's RequestsView: a class's name is its words' context.)
    """

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("signRequestsView")
        self.list = ListView(signage.REQUEST_LIST, self, row_style=row_style)
        self.list.setObjectName("signRequestList")
        self._add_filters()
        self.list.activated.connect(lambda request_id: self.run(OPEN, request_id))
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        texts = self.action_texts()
        self.toolbar, self.qactions = text_toolbar(
            self, "signRequestToolbar",
            [(name, *texts[name], lambda n=name: self.run(n)) for name in STEPS.names()],
            separate_after=(EDIT, INSTALL))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh)
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedSignRequest")
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.selected_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.list, 1)
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    def action_texts(self) -> dict[str, tuple[str, str]]:
        return {
            NEW: (self.tr("New request"), self.tr("Type a department's sign request (Ctrl+N)")),
            OPEN: (self.tr("Open"), self.tr("Open the request (Enter)")),
            EDIT: (self.tr("Edit…"), self.tr("Change the draft request")),
            SUBMIT: (self.tr("Submit"), self.tr("Hand the request in for the manager's approval")),
            APPROVE: (self.tr("Approve"), self.tr("经物业服务中心批准: customer service may make it")),
            REJECT: (self.tr("Reject…"), self.tr("Refuse the request, saying why")),
            PRODUCE: (self.tr("Into production"), self.tr("Customer service has the sign made")),
            INSTALL: (self.tr("Installed…"),
                      self.tr("The sign is up: record when and by whom; it enters the registry")),
            CANCEL: (self.tr("Cancel…"), self.tr("Cancel the request with the reason")),
            PRINT: (self.tr("Print"), self.tr("Print the request (标识申请表)")),
        }

    # --- filters ----------------------------------------------------------------------

    def _add_filters(self) -> None:
        self.department_filter = QComboBox(self)
        self.department_filter.setObjectName("requestDepartmentFilter")
        self.department_filter.addItem(self.tr("All departments"), None)
        for dep in people.departments(active_only=False):
            self.department_filter.addItem(dep.name, dep.id)
        self.list.add_filter_widget("", self.department_filter, "department")
        self.late_filter = QCheckBox(self.tr("Late only"), self)
        self.late_filter.setObjectName("requestLateFilter")
        self.list.add_filter_widget("", self.late_filter, "late")

    # --- selection --------------------------------------------------------------------

    def current_request(self) -> SignRequest | None:
        request_id = self.list.current_id()
        if request_id is None:
            return None
        try:
            return signage.get_request(request_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        request = self.current_request()
        enable_steps(self.qactions, STEPS.allowed(self.user, request))
        self.selected_label.setText("" if request is None else self.tr("{number}: {status}")
                                    .format(number=request.number,
                                            status=status_text(request.status)))

    def refresh(self) -> None:
        self.list.refresh()
        self.update_actions()

    def _changed(self, request_id: int) -> None:
        self.refresh()
        self.list.select_only(request_id)
        self.update_actions()

    # --- running ----------------------------------------------------------------------

    def run(self, step: str, request_id: int | None = None) -> bool:
        """A toolbar button (or Enter on a row): the step on the request; True when it wrote."""
        if step == NEW:
            return self._form(None) is not None
        request_id = request_id if request_id is not None else self.list.current_id()
        if request_id is None:
            return False
        try:
            request = signage.get_request(request_id)
            if step != OPEN:
                STEPS.require_permission(self.user, step, request)
        except DomainError as exc:
            show_error(self, exc)
            return False
        handlers: dict[str, Callable[[SignRequest], bool]] = {
            OPEN: self.open_request, EDIT: lambda r: self._form(r) is not None,
            SUBMIT: self.submit, APPROVE: self.approve, REJECT: self.reject,
            PRODUCE: self.produce, INSTALL: self.install, CANCEL: self.cancel,
            PRINT: self.print_request,
        }
        done = handlers[step](request)
        if done:
            self._changed(request_id)
        return done

    def _do(self, operation: Callable[[], object]) -> bool:
        try:
            operation()
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    def _ask(self, request: SignRequest, question: str) -> bool:
        title = self.tr("Sign request {number}").format(number=request.number)
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    # --- the request form ---------------------------------------------------------------

    def request_fields(self, request: SignRequest | None, read_only: bool) -> list[FieldSpec]:
        deps = [(d.name, d.id) for d in people.departments()]
        kinds = [(k.name, k.id) for k in signage.kinds()]
        if request is not None:
            if all(v != request.department_id for _n, v in deps):
                deps.append((request.department.name, request.department_id))
            if all(v != request.kind_id for _n, v in kinds):
                kinds.append((request.kind.name, request.kind_id))
        R = SignRequest  # noqa: N806 - short, for the fields below
        return [FieldSpec(key, label, kind, required=required, read_only=read_only, **extra)
                for key, label, kind, required, extra in [
            ("department", self.tr("Department"), "combo", True, {"choices": deps}),
            ("applicant", self.tr("Applicant"), "text", True, {"field": R.applicant}),
            ("date", self.tr("Date"), "date", True, {}),
            ("kind", self.tr("Kind"), "combo", True, {"choices": kinds}),
            ("text", self.tr("Sign text"), "text", True, {"field": R.text}),
            ("quantity", self.tr("Quantity"), "int", True, {}),
            ("size", self.tr("Size"), "text", False,
             {"field": R.size, "placeholder": self.tr("e.g. 300×100mm")}),
            ("building", self.tr("Building"), "text", False, {"field": R.building}),
            ("floor", self.tr("Floor"), "text", False, {"field": R.floor}),
            ("room", self.tr("Room or place"), "text", False, {"field": R.room}),
            ("reason", self.tr("Reason"), "multiline", True, {"field": R.reason}),
            ("needed_by", self.tr("Needed by"), "date", False, {}),
        ]]

    def _values(self, request: SignRequest) -> dict[str, Any]:
        return {key: getattr(request, f"{key}_id" if key in ("department", "kind") else key)
                for key in signage.REQUEST_FIELDS}

    def _form(self, request: SignRequest | None) -> SignRequest | None:
        """New, or the draft changed."""
        try:
            STEPS.require_permission(self.user, NEW if request is None else EDIT)
        except DomainError as exc:
            show_error(self, exc)
            return None
        if request is None:
            title = self.tr("New sign request")
            values: dict[str, Any] = {"date": clock.today(), "quantity": 1}
            request_id = None
        else:
            title = self.tr("Sign request {number} — {status}").format(
                number=request.number, status=status_text(request.status))
            values, request_id = self._values(request), request.id
        intro = "" if request is None or request.replaces_id is None else self.tr(
            "Replaces sign {sign}: installing this request retires it.").format(
            sign=request.replaces.number)
        form = RecordForm(title, self.request_fields(request, False),
                          lambda v: signage.save_request(v, by=self.user,
                                                         request_id=request_id),
                          self, values=values, intro=intro)
        form.setObjectName("signRequestForm")
        saved = modal.run_form(form)
        if saved is not None and request is None:
            self._changed(saved.id)
        return saved

    def open_request(self, request: SignRequest) -> bool:
        """A draft opens for editing (when the user may edit it); anything else to read."""
        if STEPS.allows(self.user, EDIT, request):
            return self._form(request) is not None
        title = self.tr("Sign request {number} — {status}").format(
            number=request.number, status=status_text(request.status))
        form = RecordForm(title, self.request_fields(request, True), lambda v: None, self,
                          values=self._values(request), intro=self.history(request))
        form.setObjectName("signRequestForm")
        form.save_button.hide()
        modal.run_form(form)
        return False

    def history(self, request: SignRequest) -> str:
        lines = []
        if request.replaces_id is not None:
            lines.append(self.tr("Replaces sign {sign}.").format(sign=request.replaces.number))
        if request.status == signage.REJECTED:
            lines.append(self.tr("Rejected: {reason}").format(reason=request.reject_reason))
        if request.status == signage.CANCELLED:
            lines.append(self.tr("Cancelled: {reason}").format(reason=request.cancel_reason))
        if request.status == signage.INSTALLED:
            lines.append(self.tr("Installed on {day} by {who} as sign {sign}.").format(
                day=f"{request.installed_on:%Y-%m-%d}", who=request.installed_by,
                sign=request.sign.number if request.sign_id else ""))
        return "\n".join(lines)

    # --- the steps --------------------------------------------------------------------

    def submit(self, request: SignRequest) -> bool:
        if not self._ask(request, self.tr("Submit request {number} of {department} for the "
                                          "manager's approval? It can no longer be changed.")
                         .format(number=request.number, department=request.department.name)):
            return False
        return self._do(lambda: signage.submit_request(request.id, by=self.user))

    def approve(self, request: SignRequest) -> bool:
        if not self._ask(request, self.tr("Approve request {number}: {quantity} × “{text}” for "
                                          "{department}?").format(
                number=request.number, quantity=request.quantity, text=request.text,
                department=request.department.name)):
            return False
        return self._do(lambda: signage.approve_request(request.id, by=self.user))

    def produce(self, request: SignRequest) -> bool:
        if not self._ask(request, self.tr("Put request {number} into production?").format(
                number=request.number)):
            return False
        return self._do(lambda: signage.start_production(request.id, by=self.user))

    def _reason_form(self, request: SignRequest, title: str, save_text: str, field,
                     operation: Callable[[str], object], intro: str = "") -> bool:
        fields = [FieldSpec("reason", self.tr("Reason"), "multiline", required=True,
                            field=field)]
        form = RecordForm(title.format(number=request.number), fields,
                          lambda v: operation(v["reason"]), self, intro=intro,
                          save_text=save_text)
        form.setObjectName("signReasonForm")
        return modal.run_form(form) is not None

    def reject(self, request: SignRequest) -> bool:
        return self._reason_form(
            request, self.tr("Reject sign request {number}"), self.tr("Reject"),
            SignRequest.reject_reason,
            lambda reason: signage.reject_request(request.id, reason, by=self.user),
            self.tr("The department is told the reason."))

    def cancel(self, request: SignRequest) -> bool:
        return self._reason_form(
            request, self.tr("Cancel sign request {number}"), self.tr("Cancel the request"),
            SignRequest.cancel_reason,
            lambda reason: signage.cancel_request(request.id, reason, by=self.user),
            self.tr("The request stays, marked cancelled."))

    def install(self, request: SignRequest) -> bool:
        fields = [
            FieldSpec("installed_on", self.tr("Installed on"), "date", required=True),
            FieldSpec("installed_by", self.tr("Put up by"), required=True,
                      field=SignRequest.installed_by),
            FieldSpec("material", self.tr("Material"), field=signage.Sign.material,
                      placeholder=self.tr("e.g. 不锈钢, 亚克力")),
        ]
        intro = self.tr("{quantity} × “{text}” at {place} enters the registry of {department}.")\
            .format(quantity=request.quantity, text=request.text,
                    place=" ".join(p for p in (request.building, request.floor, request.room)
                                   if p) or "—", department=request.department.name)
        if request.replaces_id is not None:
            intro += "\n" + self.tr("Sign {sign} is retired (已撤除).").format(
                sign=request.replaces.number)
        form = RecordForm(self.tr("Sign request {number} installed").format(
            number=request.number), fields,
            lambda v: signage.install_request(request.id, by=self.user, **v), self,
            values={"installed_on": clock.today(), "installed_by": self.user.full_name},
            intro=intro, save_text=self.tr("Installed"))
        form.setObjectName("signInstallForm")
        return modal.run_form(form) is not None

    def print_request(self, request: SignRequest) -> bool:
        from reports.signage import sign_request_pdf

        print_preview.preview_built(self, lambda: sign_request_pdf(request.id),
                                    self.tr("Sign request {number}").format(number=request.number),
                                    f"{request.number}.pdf")
        return False


RequestsView = SignRequestsView  # the name the tab takes (gui.signage.tab)
