"""The vendors tab's defects sub-view (整改; see gui.vendors.tab).

The patrolling officer records a fault found between the rounds (a sheet's failed items
arrive on their own when the sheet is submitted): a minor one, to be put right within the
hour (整改完成 when seen done), or a work ticket (报事单) with its deadline, printed for the
vendor, whose reply is typed here and then re-inspected (合格 / 不合格 with a new deadline).
A defect past its deadline is red with how late it is, and always deducted; the late ones
of a period print for the client representative (客户代表 / 业委会). The list runs the
lateness sweep (``vendors.mark_late``) each time it is read.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from models import clock, vendors
from models.errors import DomainError
from models.listing import ListFilter
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView, RereadWhenShownAgain
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut

SETTINGS_SECTION = None  # this part's group of the Settings page (a QWidget class) or None

Defect = vendors.Defect
STEPS = vendors.DEFECT_STEPS
NEW, OPEN, DONE, ANSWER, CHECK, PRINT, PRINT_LIST = (
    "new", "open", "done", "answer", "check", "print", "print_list")
LATE, GREY = "#c62828", "#777777"
PASSED, FAILED = 1, 0


def row_style(values: dict[str, Any]) -> QColor | None:
    """Late defects red (open or fixed after the deadline); fixed on time grey."""
    if values.get("late") is not None:
        return QColor(LATE)
    if values.get("status") == vendors.FIXED:
        return QColor(GREY)
    return None


def _status(code: str) -> str:
    return vendors.DEFECT_STATUS.text(code, QCoreApplication.translate)


def _kind(code: str) -> str:
    return vendors.DEFECT_KINDS.text(code, QCoreApplication.translate)


def _when(moment: dt.datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


class DefectsView(RereadWhenShownAgain, QWidget):
    """整改: the list, its filters and the steps on the selected defect."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("vendorDefectsView")
        self._sweep()
        self.list = ListView(vendors.DEFECT_LIST, self, row_style=row_style)
        self.list.setObjectName("vendorDefectList")
        self._add_filters()
        self.list.activated.connect(lambda defect_id: self.run(OPEN, defect_id))
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        texts = self.action_texts()
        self.toolbar, self.qactions = text_toolbar(
            self, "vendorDefectToolbar",
            [(name, *texts[name], lambda n=name: self.run(n)) for name in STEPS.names()],
            separate_after=(OPEN, CHECK))
        view_shortcut(self, QKeySequence.StandardKey.New, self.qactions[NEW])
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh)
        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedVendorDefect")
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
            NEW: (self.tr("New defect"), self.tr("Record a fault found: minor (1 hour) or a "
                                                 "work ticket (Ctrl+N)")),
            OPEN: (self.tr("Open"), self.tr("Read the defect and what was done (Enter)")),
            DONE: (self.tr("Fixed…"), self.tr("The minor fault was seen put right")),
            ANSWER: (self.tr("Vendor's reply…"),
                     self.tr("Type the vendor's reply to the work ticket")),
            CHECK: (self.tr("Re-inspect…"),
                    self.tr("Re-inspection: passed, or failed again with a new deadline")),
            PRINT: (self.tr("Print ticket"), self.tr("Print the work ticket (报事单)")),
            PRINT_LIST: (self.tr("Late list…"), self.tr(
                "Print the late defects of a period for the client representative")),
        }

    # --- filters ----------------------------------------------------------------------

    def _add_filters(self) -> None:
        self.vendor_filter = QComboBox(self)
        self.vendor_filter.setObjectName("defectVendorFilter")
        self.vendor_filter.addItem(self.tr("All vendors"), None)
        for vendor in vendors.defect_vendors(active_only=False):
            self.vendor_filter.addItem(vendor.name, vendor.id)
        self._narrow(self.list.status_combo, 6)  # "Vendor replied, to re-inspect"
        self._narrow(self.vendor_filter, 8)
        self.list.add_filter_widget("", self.vendor_filter, "vendor")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("defectKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for label, code in vendors.DEFECT_KINDS.choices(QCoreApplication.translate):
            self.kind_filter.addItem(label, code)
        self._narrow(self.kind_filter, 6)
        self.list.add_filter_widget("", self.kind_filter, "kind")
        self.late_filter = QCheckBox(self.tr("Late only"), self)
        self.late_filter.setObjectName("defectLateFilter")
        self.list.add_filter_widget("", self.late_filter, "late")
        self.due_filter = QCheckBox(self.tr("To do today"), self)
        self.due_filter.setObjectName("defectDueFilter")
        self.due_filter.setToolTip(self.tr("Not fixed, and due today or already late"))
        self.list.add_filter_widget("", self.due_filter, "due_today")

    @staticmethod
    def _narrow(combo: QComboBox, letters: int) -> None:
        """A combo that never keeps the window from being made narrower (long names)."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(letters)

    # --- the tab's counters (gui.vendors.tab shows them above the sub-views) -----------

    COUNTER_FILTERS = {"due_today": {"due_today": True},
                       "late": {"due_today": True, "late": True}}

    def counters_text(self) -> str:
        """"Defects due today: N · Late: M" as links (models count); late ones red."""
        due, late = vendors.defects_due_today(), vendors.defects_late_now()
        normal = self.palette().link().color().name()
        links = [("due_today", self.tr("Defects due today: {count}").format(count=due), normal),
                 ("late", self.tr("Late: {count}").format(count=late),
                  LATE if late else normal)]
        return "&nbsp;&nbsp;·&nbsp;&nbsp;".join(
            f'<a href="{key}" style="color: {colour};">{html.escape(text)}</a>'
            for key, text, colour in links)

    def open_counter(self, key: str) -> None:
        """A counter clicked: the list filtered to what it counts."""
        self.list.show_filter(ListFilter(extra=dict(self.COUNTER_FILTERS[key])))

    # --- selection --------------------------------------------------------------------

    def current_defect(self) -> Defect | None:
        defect_id = self.list.current_id()
        if defect_id is None:
            return None
        try:
            return vendors.get_defect(defect_id)
        except DomainError:
            return None

    def update_actions(self) -> None:
        defect = self.current_defect()
        enable_steps(self.qactions, STEPS.allowed(self.user, defect))
        self.selected_label.setText("" if defect is None else self.tr("{number}: {status}")
                                    .format(number=defect.number, status=_status(defect.status)))

    def _sweep(self) -> None:
        """Defects past their deadline marked late (``Defect.late``, what the month reads)."""
        try:
            vendors.mark_late()
        except DomainError as exc:  # a busy database: the list still reads
            show_error(self, exc)

    def refresh(self) -> None:
        """The lateness sweep, then the list read again."""
        self._sweep()
        self.list.refresh()
        self.update_actions()

    def _changed(self, defect_id: int) -> None:
        self.refresh()
        self.list.select_only(defect_id)
        self.update_actions()

    # --- running ----------------------------------------------------------------------

    def run(self, step: str, defect_id: int | None = None) -> bool:
        """A toolbar button (or Enter on a row): the step on the defect; True when it wrote."""
        if step == NEW:
            return self.new_defect() is not None
        if step == PRINT_LIST:
            return self.print_late_list()
        defect_id = defect_id if defect_id is not None else self.list.current_id()
        if defect_id is None:
            return False
        try:
            defect = vendors.get_defect(defect_id)
            if step != OPEN:
                STEPS.require(self.user, step, defect)
        except DomainError as exc:
            show_error(self, exc)
            return False
        handlers: dict[str, Callable[[Defect], bool]] = {
            OPEN: self.open_defect, DONE: self.fix, ANSWER: self.reply, CHECK: self.reinspect,
            PRINT: self.print_ticket,
        }
        done = handlers[step](defect)
        if done:
            self._changed(defect_id)
        return done

    def _form(self, title: str, fields: list[FieldSpec], save: Callable[[dict], object],
              values: dict[str, Any] | None = None, intro: str = "",
              save_text: str = "") -> object | None:
        form = RecordForm(title, fields, save, self, values=values, intro=intro,
                          save_text=save_text)
        form.setObjectName("vendorDefectForm")
        return modal.run_form(form)

    # --- the forms --------------------------------------------------------------------

    def new_defect(self) -> Defect | None:
        try:
            STEPS.require_permission(self.user, NEW)
        except DomainError as exc:
            show_error(self, exc)
            return None
        choices = [(v.name, v.id) for v in vendors.defect_vendors()]
        kinds = [(label, code) for label, code in
                 vendors.DEFECT_KINDS.choices(QCoreApplication.translate)]
        fields = [
            FieldSpec("vendor", self.tr("Vendor"), "combo", required=True, choices=choices),
            FieldSpec("kind", self.tr("Kind"), "combo", required=True, choices=kinds),
            FieldSpec("found_at", self.tr("Found at"), "datetime", required=True),
            FieldSpec("place", self.tr("Place"), field=Defect.place),
            FieldSpec("text", self.tr("What is wrong"), required=True, field=Defect.text),
            FieldSpec("due_at", self.tr("Ticket's deadline"), "datetime", tooltip=self.tr(
                "A work ticket only: a minor fault is due an hour after it was found")),
        ]
        intro = self.tr("A minor fault is to be put right within an hour of notice; a larger "
                        "one gets a work ticket with its deadline.")
        saved = self._form(self.tr("New defect"), fields,
                           lambda v: vendors.record_defect(v, by=self.user),
                           values={"found_at": clock.now(), "kind": vendors.MINOR},
                           intro=intro)
        if saved is not None:
            self._changed(saved.id)
        return saved

    def history(self, d: Defect) -> str:
        lines = [self.tr("{kind} of {vendor}, found {found} at {place}: {text}").format(
            kind=_kind(d.kind), vendor=d.vendor.name, found=_when(d.found_at),
            place=d.place or "—", text=d.text),
            self.tr("Due {due}.").format(due=_when(d.due_at))]
        if d.evaluation_id:
            lines.append(self.tr("From sheet {number}.").format(number=d.evaluation.number))
        if d.replied_at:
            lines.append(self.tr("The vendor replied {at}: {reply}").format(
                at=_when(d.replied_at), reply=d.reply))
        if d.status == vendors.FAILED_AGAIN:
            lines.append(self.tr("Failed re-inspection {at} ({by}); to be redone by {redo}.")
                         .format(at=_when(d.reinspected_at), by=d.reinspected_by,
                                 redo=_when(d.redo_by)))
        if d.status == vendors.FIXED:
            lines.append(self.tr("Fixed {at}; checked by {by}.").format(
                at=_when(d.fixed_at), by=d.reinspected_by))
        minutes = vendors.defect_late_minutes(d)
        if minutes is not None or d.late:
            lines.append(self.tr("Late: deducted per the contract.") + (
                f" ({vendors.defect_late_text(minutes, QCoreApplication.translate)})"
                if minutes is not None else ""))
        return "\n".join(lines)

    def open_defect(self, d: Defect) -> bool:
        form = RecordForm(self.tr("Defect {number} — {status}").format(
            number=d.number, status=_status(d.status)), [], lambda v: None, self,
            intro=self.history(d))
        form.setObjectName("vendorDefectForm")
        form.save_button.hide()
        modal.run_form(form)
        return False

    def fix(self, d: Defect) -> bool:
        fields = [
            FieldSpec("fixed_at", self.tr("Fixed at"), "datetime", required=True),
            FieldSpec("checked_by", self.tr("Checked by"), field=Defect.reinspected_by),
        ]
        intro = self.tr("{text} at {place}, due {due}.").format(
            text=d.text, place=d.place or "—", due=_when(d.due_at))
        return self._form(self.tr("Defect {number} fixed").format(number=d.number), fields,
                          lambda v: vendors.fix_minor(d.id, by=self.user, **v),
                          values={"fixed_at": clock.now(), "checked_by": self.user.full_name},
                          intro=intro, save_text=self.tr("Fixed")) is not None

    def reply(self, d: Defect) -> bool:
        fields = [
            FieldSpec("reply", self.tr("The vendor's reply"), "multiline", required=True,
                      field=Defect.reply),
            FieldSpec("replied_at", self.tr("Replied at"), "datetime", required=True),
        ]
        intro = self.tr("Work ticket {number}: {text}, due {due}.").format(
            number=d.number, text=d.text, due=_when(d.redo_by or d.due_at))
        return self._form(self.tr("The vendor's reply to {number}").format(number=d.number),
                          fields, lambda v: vendors.record_reply(
                              d.id, v["reply"], by=self.user, replied_at=v["replied_at"]),
                          values={"replied_at": clock.now()}, intro=intro) is not None

    def reinspect(self, d: Defect) -> bool:
        fields = [
            FieldSpec("result", self.tr("Result"), "combo", required=True,
                      choices=[(self.tr("Passed"), PASSED), (self.tr("Failed again"), FAILED)]),
            FieldSpec("inspected_by", self.tr("Re-inspected by"), field=Defect.reinspected_by),
            FieldSpec("at", self.tr("Re-inspected at"), "datetime", required=True),
            FieldSpec("new_due_at", self.tr("New deadline"), "datetime",
                      tooltip=self.tr("When it failed again")),
        ]
        intro = self.tr("The vendor replied {at}: {reply}").format(at=_when(d.replied_at),
                                                                    reply=d.reply)

        def save(v: dict) -> object:
            return vendors.reinspect(d.id, v["result"] == PASSED, by=self.user,
                                     inspected_by=v.get("inspected_by") or "", at=v["at"],
                                     new_due_at=v.get("new_due_at"))

        return self._form(self.tr("Re-inspect {number}").format(number=d.number), fields,
                          save, values={"result": PASSED, "at": clock.now(),
                                        "inspected_by": self.user.full_name},
                          intro=intro) is not None

    # --- paper ------------------------------------------------------------------------

    def print_ticket(self, d: Defect) -> bool:
        from reports.vendors import work_ticket_pdf

        print_preview.preview_built(self, lambda: work_ticket_pdf(d.id),
                                    self.tr("Work ticket {number}").format(number=d.number),
                                    f"{d.number}.pdf")
        return False

    def print_late_list(self) -> bool:
        """The period asked, then the late defects' list previewed for printing."""
        from reports.vendors import late_defects_pdf, late_period

        fields = [FieldSpec("period", self.tr("Period"), required=True, placeholder=self.tr(
            "YYYY-MM or YYYY-MM-DD..YYYY-MM-DD"))]
        chosen: dict[str, str] = {}

        def take(v: dict) -> object:
            late_period(v["period"])  # refused here, in the form, when it is no period
            chosen["period"] = v["period"]
            return v

        if self._form(self.tr("Late defects for the client representative"), fields, take,
                      values={"period": f"{clock.today():%Y-%m}"}) is None:
            return False
        print_preview.preview_built(
            self, lambda: late_defects_pdf(chosen["period"], prepared_by=self.user.full_name),
            self.tr("Late defects {period}").format(period=chosen["period"]),
            f"late-defects-{chosen['period']}.pdf")
        return False
