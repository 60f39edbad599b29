"""The visitors register's sub-view of the reception tab (see gui.reception.tab).

The list with its filters (on site now, late, kind, identity), a counter of who is on
site, and the steps ``reception.VISIT_STEPS`` allows on the selected visit: F7 tells the
host, F8 lets the visitor in, F9 signs out — one key, no form. Visitors whose host has
not been told in time show in red. At start and every minute the program signs out
everyone still on site past the set hour and purges old personal data
(``reception.housekeeping``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models import reception
from models.errors import DomainError
from models.people import User

from .. import error_log
from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut
from . import visitors_forms as forms
from .visitors_settings import VisitorsSettings

SETTINGS_SECTION = VisitorsSettings  # this register's group of the Settings page

_s = reception.visitors.steps
NEW, EDIT, NOTIFY, SIGN_IN, SIGN_OUT = _s.NEW, _s.EDIT, _s.NOTIFY, _s.SIGN_IN, _s.SIGN_OUT
NO_SHOW, CANCEL, PRINT, DAY, REVEAL = _s.NO_SHOW, _s.CANCEL, _s.PRINT, _s.DAY, _s.REVEAL
STEPS = reception.VISIT_STEPS
LATE = QColor("#c62828")
HOUSEKEEPING_MS = 60_000


def row_style(values: dict[str, Any]) -> QColor | None:
    """Visitors waiting while their host has not been told in time, in red."""
    late = values.get("late")
    return LATE if late and values.get("status") == reception.EXPECTED else None


class VisitorsView(QWidget):
    """The register's list, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("visitorsView")
        self.list = ListView(reception.VISIT_LIST, self, row_style=row_style)
        self.list.setObjectName("visitList")
        self._add_filters()
        self.list.activated.connect(lambda _id: self.run(EDIT))
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        texts, tips = self.texts(), self.tips()
        self.toolbar, self.qactions = text_toolbar(
            self, "visitorsToolbar",
            [(name, texts[name], tips.get(name, texts[name]), lambda n=name: self.run(n))
             for name in STEPS.names()], separate_after=(EDIT, SIGN_OUT, CANCEL))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedVisit")
        self.counter = QLabel()
        self.counter.setObjectName("onSiteCounter")
        info = QHBoxLayout()
        info.addWidget(self.selected_label, 1)
        info.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(info)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(HOUSEKEEPING_MS)
        self.timer.timeout.connect(self.housekeeping)
        self.timer.start()
        self.housekeeping(refresh=False)
        self.update_summary()
        self.update_actions()

    def texts(self) -> dict[str, str]:
        return {
            NEW: self.tr("New visit"), EDIT: self.tr("Edit…"), NOTIFY: self.tr("Host told…"),
            SIGN_IN: self.tr("Let in"), SIGN_OUT: self.tr("Sign out"),
            NO_SHOW: self.tr("Did not come"), CANCEL: self.tr("Cancel visit"),
            PRINT: self.tr("Print slip"), DAY: self.tr("Day's register…"),
            REVEAL: self.tr("Show ID number"),
        }

    def tips(self) -> dict[str, str]:
        return {
            NEW: self.tr("Register a visitor: an appointment or a walk-in (Ctrl+N)"),
            NOTIFY: self.tr("The host has been told; give a walk-in a time (F7)"),
            SIGN_IN: self.tr("The visitor goes in: on site (F8)"),
            SIGN_OUT: self.tr("The visitor leaves, now (F9)"),
            PRINT: self.tr("Print the 访客单 (two on an A5 sheet)"),
            DAY: self.tr("Print the day's 来访登记表 for the duty officer to sign"),
            REVEAL: self.tr("Managers: see the full ID number (recorded in the audit log)"),
        }

    def list_view(self) -> ListView:
        return self.list

    # --- filters --------------------------------------------------------------------

    def _add_filters(self) -> None:
        """The search box looks up phone, name or company by their beginning (indexed, fast at
        any size); it takes the place of the list's own "contains" box."""
        self.list.search.hide()
        self.who = QLineEdit(self)
        self.who.setObjectName("visitSearch")
        self.who.setPlaceholderText(self.tr("Phone, name or company"))
        self.who.setClearButtonEnabled(True)
        self.who.setMinimumWidth(200)
        self.list.add_filter_widget("", self.who, "who")
        self.on_site_filter = QCheckBox(self.tr("On site now"), self)
        self.on_site_filter.setObjectName("onSiteFilter")
        self.list.add_filter_widget("", self.on_site_filter, "on_site")
        self.late_filter = QCheckBox(self.tr("Late only"), self)
        self.late_filter.setObjectName("lateFilter")
        self.list.add_filter_widget("", self.late_filter, "late")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for text, code in forms.choices(reception.VISIT_KIND_LABELS):
            self.kind_filter.addItem(text, code)
        self.list.add_filter_widget("", self.kind_filter, "kind")
        self.identity_filter = QComboBox(self)
        self.identity_filter.setObjectName("identityFilter")
        self.identity_filter.addItem(self.tr("All identities"), None)
        for entry in reception.visit_identities(active_only=False):
            self.identity_filter.addItem(entry.name, entry.id)
        self.list.add_filter_widget("", self.identity_filter, "identity")

    def show_on_site(self, on: bool = True) -> None:
        """The "on site now" view: a filter of the same list."""
        self.on_site_filter.setChecked(on)

    # --- selection and steps --------------------------------------------------------

    def current_visit(self) -> reception.Visit | None:
        visit_id = self.list.current_id()
        if visit_id is None:
            return None
        try:
            return reception.get_visit(visit_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        visit = self.current_visit()
        enable_steps(self.qactions, STEPS.allowed(self.user, visit))
        if visit is None:
            self.selected_label.setText("")
            return
        self.selected_label.setText(self.tr("{number}: {visitor}, {status}").format(
            number=visit.number, visitor=visit.visitor,
            status=reception.VISIT_STATUS_LABELS.text(visit.status, self._translate)))

    @staticmethod
    def _translate(context: str, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)

    def update_summary(self) -> None:
        on_site, late = reception.count_on_site(), reception.count_late()
        self.counter.setText(self.tr("On site: {on_site}    Late: {late}").format(
            on_site=on_site, late=late))
        self.counter.setStyleSheet(f"color: {LATE.name()};" if late else "")

    def run(self, name: str) -> None:
        """A toolbar button or its key: the step on the selected visit."""
        visit = self.current_visit()
        changed: reception.Visit | None = None
        try:
            if name == NEW:
                changed = modal.run_form(forms.visit_form(self.user, self))
            elif name == DAY:
                self.print_day()
            elif visit is None:
                return
            elif name == EDIT:
                changed = modal.run_form(forms.visit_form(self.user, self, visit))
            elif name == NOTIFY:
                changed = modal.run_form(forms.notify_form(self.user, visit, self))
            elif name == SIGN_IN:
                changed = reception.sign_in(visit.id, by=self.user)
            elif name == SIGN_OUT:
                changed = reception.sign_out(visit.id, by=self.user)
            elif name == NO_SHOW:
                changed = reception.mark_no_show(visit.id, by=self.user)
            elif name == CANCEL:
                changed = reception.cancel_visit(visit.id, by=self.user)
            elif name == PRINT:
                self.print_slip(visit)
            elif name == REVEAL:
                self.reveal(visit)
        except DomainError as exc:
            show_error(self, exc)
        if changed is not None:
            self.refresh()
            self.list.select_only(changed.id)
        self.update_actions()

    def print_slip(self, visit: reception.Visit) -> None:
        from reports.reception import visitor_slip_pdf

        print_preview.preview_built(self, lambda: visitor_slip_pdf(visit.id),
                                    self.tr("Visitor slip {number}").format(number=visit.number),
                                    f"{visit.number}.pdf")

    def print_day(self) -> None:
        from reports.reception import visitor_day_pdf

        def preview(values: dict) -> bool:
            day = values["day"]
            return print_preview.preview_built(
                self, lambda: visitor_day_pdf(day),
                self.tr("Visitors register {day}").format(day=f"{day:%Y-%m-%d}"),
                f"来访登记表-{day:%Y%m%d}.pdf")

        modal.run_form(forms.day_form(preview, self))

    def reveal(self, visit: reception.Visit) -> None:
        number = reception.reveal_id(visit, by=self.user)
        QMessageBox.information(self, self.tr("ID number"), self.tr(
            "{number}: {id_number}\n\nThis look is recorded in the audit log.").format(
            number=visit.number, id_number=number))

    # --- reading again ---------------------------------------------------------------

    def housekeeping(self, refresh: bool = True) -> None:
        """自动签退 and the purge, as the office's settings say (the program's own acts)."""
        try:
            signed_out, purged = reception.housekeeping()
        except Exception:  # a file opened read-only, a busy desk: logged, tried at the next tick
            error_log.log.warning("visitors' housekeeping did not run", exc_info=True)
            return
        if refresh and (signed_out or purged):
            self.refresh()
        elif refresh:
            self.update_summary()

    def refresh(self) -> None:
        """Read the list again."""
        self.list.refresh()
        self.update_summary()
        self.update_actions()
