"""The signage tab's inspections sub-view (标识检查): rounds, corrections, not-found signs,
work-site signs, and the counters line that turns red when something is late.

The toolbar's buttons follow the steps declared in models.signage (ROUND_STEPS,
CORRECTION_STEPS, WORK_SIGN_STEPS) for the record selected in each list. F8 on a
correction makes its replacement request (one key).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import clock, people, signage
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut

RED = QColor("#c62828")
BLUE = QColor("#1565c0")
GREY = QColor("#9e9e9e")
START, SHEET, RESULTS, CLOSE, QUARTER = "start", "sheet", "results", "close", "quarter"
EDIT, DONE, REPLACE, PUT_UP, TAKE_DOWN = "edit", "done", "replace", "put_up", "take_down"
ROUNDS, CORRECTIONS, NOT_FOUND, WORK = range(4)


def recent_quarters(count: int = 12) -> list[str]:
    out, quarter = [], signage.quarter_of(clock.today())
    for _ in range(count):
        out.append(quarter)
        first, _last = signage.quarter_bounds(quarter)
        quarter = signage.quarter_of(first - dt.timedelta(days=1))
    return out


def _round_style(values: dict[str, Any]) -> QColor | None:
    return BLUE if values.get("status") == "open" else None


def _correction_style(values: dict[str, Any]) -> QColor | None:
    if values.get("late"):
        return RED
    return GREY if values.get("done_on") else None


class InspectionsView(QWidget):
    """The part's lists, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("inspectionsView")
        self._left_up: set[int] = set()
        self.rounds = ListView(signage.ROUND_LIST, self, row_style=_round_style)
        self.rounds.setObjectName("roundList")
        self.rounds.activated.connect(lambda _id: self.enter_results())
        self.corrections = ListView(signage.CORRECTION_LIST, self, row_style=_correction_style)
        self.corrections.setObjectName("correctionList")
        self.corrections.activated.connect(lambda _id: self.edit_correction())
        self.not_found = ListView(signage.NOT_FOUND_LIST, self)
        self.not_found.setObjectName("notFoundList")
        self.work = ListView(signage.WORK_SIGN_LIST, self, row_style=self._work_style)
        self.work.setObjectName("workSignList")
        self.lists = QTabWidget(self)
        self.lists.setObjectName("inspectionLists")
        for view, title in ((self.rounds, self.tr("Inspections")),
                            (self.corrections, self.tr("Corrections")),
                            (self.not_found, self.tr("Not found")),
                            (self.work, self.tr("Work-site signs"))):
            self.lists.addTab(view, title)
            view.currentChanged.connect(lambda _id: self.update_actions())
            view.table.selectionModel().selectionChanged.connect(
                lambda *_a: self.update_actions())
        self.lists.currentChanged.connect(lambda _i: self.update_actions())

        texts: dict[str, tuple[str, str, Callable[[], object]]] = {
            START: (self.tr("Start inspection…"), self.tr(
                "A department or the whole building: its signs in use now are the lines"),
                self.start),
            SHEET: (self.tr("Print sheet"), self.tr("The blind inspection sheet with its tick "
                                                    "columns"), self.print_sheet),
            RESULTS: (self.tr("Enter results…"), self.tr("Type one key per sign from the "
                                                         "filled-in sheet"), self.enter_results),
            CLOSE: (self.tr("Close inspection"), self.tr("Write each sign's result; failed "
                                                         "signs wait for a correction"),
                    self.close_round),
            QUARTER: (self.tr("Quarter record…"), self.tr("Print the 季度检查记录"),
                      self.print_quarter),
            EDIT: (self.tr("Correction…"), self.tr("The correction (纠正 / 预防措施) and its "
                                                   "deadline"), self.edit_correction),
            DONE: (self.tr("Done…"), self.tr("The correction is done: the sign is back in use"),
                   self.finish_correction),
            REPLACE: (self.tr("Replacement request"), self.tr(
                "A draft request for a new sign to replace this one"), self.replace),
            PUT_UP: (self.tr("Put up work sign…"), self.tr(
                "A 工作状态 / 警示 sign put up for a repair job"), self.put_up),
            TAKE_DOWN: (self.tr("Taken down"), self.tr("The work-site sign has come down"),
                        self.take_down),
        }
        self.toolbar, self.qactions = text_toolbar(
            self, "inspectionToolbar",
            [(key, text, tip, handler) for key, (text, tip, handler) in texts.items()],
            separate_after=(QUARTER, REPLACE))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))
        self.counters = QLabel(self)
        self.counters.setObjectName("inspectionCounters")
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        self.counters.setWordWrap(True)  # a narrow window wraps it rather than growing
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.counters)
        layout.addWidget(self.lists, 1)
        self.refresh()

    def _work_style(self, values: dict[str, Any]) -> QColor | None:
        if values.get("id") in self._left_up:
            return RED
        return GREY if values.get("taken_down_at") else None

    def list_view(self) -> ListView | None:
        return self.lists.currentWidget()

    # --- state --------------------------------------------------------------------------

    def _current(self, view: ListView, get: Callable[[int], Any]) -> Any:
        record_id = view.current_id()
        if record_id is None:
            return None
        try:
            return get(record_id)
        except DomainError:
            return None

    def current_round(self) -> signage.InspectionRound | None:
        return self._current(self.rounds, signage.get_round)

    def current_correction(self) -> signage.Correction | None:
        return self._current(self.corrections, signage.get_correction)

    def current_work_sign(self) -> signage.WorkSign | None:
        return self._current(self.work, signage.get_work_sign)

    def update_actions(self) -> None:
        allowed = set(signage.ROUND_STEPS.allowed(self.user, self.current_round()))
        page = self.lists.currentIndex()
        if page == CORRECTIONS:
            allowed |= set(signage.CORRECTION_STEPS.allowed(self.user, self.current_correction()))
            if not signage.replacement_available():
                allowed.discard(REPLACE)
        if page == WORK:
            allowed |= set(signage.WORK_SIGN_STEPS.allowed(self.user, self.current_work_sign()))
        elif signage.WORK_SIGN_STEPS.allows(self.user, PUT_UP):
            allowed.add(PUT_UP)
        enable_steps(self.qactions, allowed)

    def update_counters(self) -> None:
        """This quarter's progress, the last quarter, corrections, not found, left up."""
        c = signage.counters()
        this, last = c["this"], c["last"]
        earlier = [q for q in c["late_quarters"] if q != last.quarter]

        def red(text: str, on: bool) -> str:
            text = html.escape(text)
            return f'<span style="color:#c62828; font-weight:bold">{text}</span>' if on else text

        parts = [
            self.tr("{quarter}: {done} of {signs} sign(s) inspected").format(
                quarter=this.quarter, done=this.inspected, signs=this.signs),
            red(self.tr("{quarter}: not inspected in full ({missing} sign(s) left)").format(
                quarter=last.quarter, missing=last.signs - last.inspected) if last.late else
                self.tr("{quarter}: inspected in full").format(quarter=last.quarter), last.late),
            *([red(self.tr("earlier quarters not in full: {quarters}").format(
                quarters=", ".join(earlier)), True)] if earlier else []),
            self.tr("corrections open: {n}").format(n=c["open_corrections"]),
            red(self.tr("late: {n}").format(n=c["late_corrections"]), c["late_corrections"] > 0),
            red(self.tr("not found: {n}").format(n=c["not_found"]), False),
            red(self.tr("work-site signs left up: {n}").format(n=len(self._left_up)),
                bool(self._left_up)),
        ]
        self.counters.setText(" · ".join(parts))

    def refresh(self) -> None:
        self._left_up = {row.id for row in signage.left_up()}
        for view in (self.rounds, self.corrections, self.not_found, self.work):
            view.refresh()
        self.update_counters()
        self.update_actions()

    def _select(self, view: ListView, record_id: int) -> None:
        self.lists.setCurrentWidget(view)
        self.refresh()
        view.select_only(record_id)
        self.update_actions()

    def _need(self, record: Any, title: str) -> Any:
        if record is None:
            QMessageBox.information(self, title, self.tr("Select a line in the list first."))
        return record

    # --- rounds -------------------------------------------------------------------------

    def start(self) -> signage.InspectionRound | None:
        departments = [(self.tr("Whole building"), "")] + [
            (d.name, d.id) for d in people.departments()]
        kinds = [(text, code) for text, code in signage.ROUND_KIND_LABELS.choices(
            QCoreApplication.translate)]
        fields = [
            FieldSpec("kind", self.tr("Kind"), "combo", required=True, choices=kinds),
            FieldSpec("department", self.tr("Department"), "combo", choices=departments),
            FieldSpec("inspector", self.tr("Inspected by (检查人)"), required=True,
                      field=signage.InspectionRound.inspector,
                      tooltip=self.tr("A department head inspecting their own signs, or the "
                                      "clerk")),
        ]

        def save(v: dict) -> signage.InspectionRound:
            return signage.start_round(self.user, department=v["department"] or None,
                                       kind=v["kind"], inspector=v["inspector"])

        form = RecordForm(self.tr("Start an inspection"), fields, save, self,
                          values={"kind": signage.QUARTERLY, "department": "",
                                  "inspector": self.user.full_name},
                          intro=self.tr("Every quarter every sign in use is inspected; a "
                                        "department head may inspect their own signs at any "
                                        "time."), save_text=self.tr("Start"))
        form.setObjectName("startInspectionForm")
        rnd = modal.run_form(form)
        if rnd is not None:
            self._select(self.rounds, rnd.id)
        return rnd

    def print_sheet(self) -> None:
        from reports.signage import inspection_sheet_pdf

        rnd = self._need(self.current_round(), self.tr("Inspections"))
        if rnd is not None:
            print_preview.preview_built(
                self, lambda: inspection_sheet_pdf(rnd.id),
                self.tr("Inspection sheet {number}").format(number=rnd.number),
                f"标识检查表-{rnd.number}.pdf")

    def enter_results(self) -> None:
        from .inspections_grid import ResultsGrid

        rnd = self._need(self.current_round(), self.tr("Inspections"))
        if rnd is None:
            return
        grid = ResultsGrid(rnd.id, self.user, self)
        try:
            modal.run_dialog(grid)
        finally:
            grid.deleteLater()
        self._select(self.rounds, rnd.id)

    def close_round(self) -> bool:
        rnd = self._need(self.current_round(), self.tr("Inspections"))
        if rnd is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Close inspection {number}").format(number=rnd.number),
            self.tr("Close inspection {number}? Each sign's result is written; failed signs "
                    "wait for a correction.").format(number=rnd.number))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            signage.close_round(rnd.id, self.user)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self._select(self.rounds, rnd.id)
        return True

    def print_quarter(self) -> None:
        from reports.signage import quarter_record_pdf

        quarters = recent_quarters()
        fields = [FieldSpec("quarter", self.tr("Quarter"), "combo", required=True,
                            choices=quarters)]
        form = RecordForm(self.tr("Quarter record"), fields, lambda v: v["quarter"], self,
                          values={"quarter": quarters[0]}, save_text=self.tr("Print"))
        form.setObjectName("quarterForm")
        quarter = modal.run_form(form)
        if quarter:
            print_preview.preview_built(
                self, lambda: quarter_record_pdf(str(quarter)),
                self.tr("Quarter record {quarter}").format(quarter=quarter),
                f"标识季度检查记录-{quarter}.pdf")

    # --- corrections --------------------------------------------------------------------

    def edit_correction(self) -> signage.Correction | None:
        corr = self._need(self.current_correction(), self.tr("Corrections"))
        if corr is None:
            return None
        fields = [FieldSpec("action", self.tr("Correction / prevention (纠正 / 预防措施)"),
                            required=True, field=signage.Correction.action),
                  FieldSpec("due_on", self.tr("Deadline"), "date", required=True)]
        form = RecordForm(self.tr("Correction of sign {number}").format(number=corr.number),
                          fields, lambda v: signage.update_correction(corr.id, v, self.user),
                          self, values={"action": corr.action, "due_on": corr.due_on},
                          intro=corr.problem)
        form.setObjectName("correctionForm")
        saved = modal.run_form(form)
        if saved is not None:
            self._select(self.corrections, corr.id)
        return saved

    def finish_correction(self) -> signage.Correction | None:
        corr = self._need(self.current_correction(), self.tr("Corrections"))
        if corr is None:
            return None
        fields = [FieldSpec("action", self.tr("Correction / prevention (纠正 / 预防措施)"),
                            required=True, field=signage.Correction.action),
                  FieldSpec("done_on", self.tr("Done on"), "date", required=True)]
        form = RecordForm(self.tr("Correction of sign {number} done").format(number=corr.number),
                          fields, lambda v: signage.finish_correction(
                              corr.id, self.user, done_on=v["done_on"], action=v["action"]),
                          self, values={"action": corr.action, "done_on": clock.today()})
        form.setObjectName("correctionDoneForm")
        saved = modal.run_form(form)
        if saved is not None:
            self._select(self.corrections, corr.id)
        return saved

    def replace(self) -> Any:
        corr = self._need(self.current_correction(), self.tr("Corrections"))
        if corr is None:
            return None
        try:
            request = signage.replace_from_correction(corr.id, self.user)
        except DomainError as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(self, self.tr("Replacement request"), self.tr(
            "A draft replacement request for sign {number} is in the requests list.").format(
            number=corr.number))
        self._select(self.corrections, corr.id)
        return request

    # --- work-site signs ----------------------------------------------------------------

    def put_up(self) -> signage.WorkSign | None:
        signs = [(f"{s.number} {s.text}", s.id) for s in signage.work_site_signs()]
        fields = [
            FieldSpec("order", self.tr("Repair order"), required=True,
                      field=signage.WorkSign.order_number),
            FieldSpec("sign", self.tr("Sign"), "combo", choices=signs,
                      tooltip=self.tr("A 工作状态 / 警示 sign of the registry, or leave empty "
                                      "and write the text")),
            FieldSpec("text", self.tr("Text"), field=signage.WorkSign.text),
            FieldSpec("place", self.tr("Place"), required=True, field=signage.WorkSign.place),
        ]
        form = RecordForm(self.tr("Put up a work-site sign"), fields,
                          lambda v: signage.put_up_work_sign(v, self.user), self)
        form.setObjectName("workSignForm")
        row = modal.run_form(form)
        if row is not None:
            self._select(self.work, row.id)
        return row

    def take_down(self) -> bool:
        row = self._need(self.current_work_sign(), self.tr("Work-site signs"))
        if row is None:
            return False
        try:
            signage.take_down_work_sign(row.id, self.user)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self._select(self.work, row.id)
        return True


class InspectionSettings(QWidget):
    """The correction deadline in days (the administrator's)."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("inspectionSettings")
        self.days = QSpinBox(self)
        self.days.setObjectName("correctionDays")
        self.days.setRange(1, 90)
        self.days.setValue(signage.correction_days())
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveCorrectionDays")
        self.save_button.clicked.connect(self.save)
        allowed = signage.INSPECTION_SETTINGS_STEPS.allows(user, "deadline")
        self.days.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        row = QHBoxLayout(self)
        row.addWidget(QLabel(self.tr("Days to correct a failed sign:"), self))
        row.addWidget(self.days)
        row.addWidget(self.save_button)
        row.addStretch(1)

    def save(self) -> bool:
        try:
            signage.set_correction_days(self.days.value(), self.user)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True


SETTINGS_SECTION = InspectionSettings  # this part's group of the Settings page
