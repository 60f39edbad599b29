"""拾遗 (lost and found), the reception tab's sub-view: found items, loss reports, claims.

Three big lists on inner tabs under one toolbar; the toolbar's buttons are the steps
models declares (reception.ITEM_STEPS, LOSS_STEPS, CLAIM_STEPS), enabled for the record
selected in the list in front. Saving a found item points out the open loss reports it
may answer; a selected loss report shows the found items that may be its.
``SETTINGS_SECTION``: the disposal period, on the Settings dialog's reception page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import reception
from models.errors import DomainError
from models.people import User

from ..errors import error_text, show_error
from ..widgets import modal, print_preview
from ..widgets.list_view import ListView
from ..widgets.tab import AreaTab
from ..widgets.toolbar import enable_steps, text_toolbar, view_shortcut
from . import lostfound_forms as forms

_s = reception.lostfound_steps
ITEM_STEPS, LOSS_STEPS, CLAIM_STEPS = reception.ITEM_STEPS, reception.LOSS_STEPS, \
    reception.CLAIM_STEPS
FOUND, LOSSES, CLAIMS = 0, 1, 2  # the inner tabs


class LostFoundView(QWidget):
    """The register's lists, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("lostFoundView")
        self.last_item: dict[str, object] = {}  # the last entry's defaults
        self.found = ListView(reception.FOUND_LIST, self)
        self.found.setObjectName("lfFoundList")
        self.losses = ListView(reception.LOSS_LIST, self)
        self.losses.setObjectName("lfLossList")
        self.claims = ListView(reception.CLAIM_LIST, self)
        self.claims.setObjectName("lfClaimList")
        self.staff_filter = QCheckBox(self.tr("Found by our staff"), self)
        self.staff_filter.setObjectName("lfStaffFilter")
        self.found.add_filter_widget("", self.staff_filter, "staff")
        self.lists = QTabWidget(self)
        self.lists.setObjectName("lfLists")
        self.lists.setDocumentMode(True)  # no frame: the list has the width the tab has
        for view, title in ((self.found, self.tr("Found items")),
                            (self.losses, self.tr("Loss reports")),
                            (self.claims, self.tr("Claims"))):
            self.lists.addTab(view, title)
            # the states' words are long in English: the combo need not widen the window
            view.status_combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            view.status_combo.setMinimumContentsLength(6)
            view.currentChanged.connect(lambda _id: self.update_actions())
        self.lists.currentChanged.connect(self._list_changed)
        self.found.activated.connect(lambda _id: self.run(_s.PRINT_ITEM))
        self.claims.activated.connect(lambda _id: self.run(_s.PRINT_CLAIM))
        self.losses.activated.connect(lambda _id: self.show_candidates())

        texts = self.texts()
        names = [*ITEM_STEPS.names(), *LOSS_STEPS.names(), *CLAIM_STEPS.names()]
        self.toolbar, self.qactions = text_toolbar(
            self, "lostFoundToolbar",
            [(name, texts[name], texts[name], lambda n=name: self.run(n)) for name in names],
            separate_after=(_s.UNCLAIMED_MONTH, _s.ANSWER))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.info = QLabel(self)
        self.info.setObjectName("lfInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.info)
        layout.addWidget(self.lists, 1)
        self.update_actions()

    def texts(self) -> dict[str, str]:
        return {
            _s.NEW_ITEM: self.tr("New found item"),
            _s.SIGN: self.tr("Sign for…"),
            _s.CLAIM: self.tr("Hand to owner…"),
            _s.DISPOSE: self.tr("Dispose of…"),
            _s.PRINT_ITEM: self.tr("Print hand-over record"),
            _s.UNCLAIMED_MONTH: self.tr("Month's unclaimed…"),
            _s.NEW_LOSS: self.tr("New loss report"),
            _s.RECOVER: self.tr("Found, owner told…"),
            _s.ANSWER: self.tr("Not found, answered…"),
            _s.PRINT_CLAIM: self.tr("Print claim form"),
        }

    # --- what is in front -------------------------------------------------------------

    def list_view(self) -> ListView:
        return self.lists.currentWidget()

    def _list_changed(self, _index: int) -> None:
        self.update_actions()
        owner = self.parent()
        while owner is not None and not isinstance(owner, AreaTab):
            owner = owner.parent()
        if owner is not None:
            owner.list_changed.emit()

    def _current(self, index: int, getter: Callable[[int], object]):
        view = self.lists.widget(index)
        record_id = view.current_id() if self.lists.currentIndex() == index else None
        if record_id is None:
            return None
        try:
            return getter(record_id)
        except DomainError:
            return None

    def current_item(self) -> reception.FoundItem | None:
        return self._current(FOUND, reception.get_found_item)

    def current_report(self) -> reception.LossReport | None:
        return self._current(LOSSES, reception.get_loss_report)

    def current_claim(self) -> reception.Claim | None:
        return self._current(CLAIMS, reception.get_claim)

    def update_actions(self) -> None:
        item, report, record = self.current_item(), self.current_report(), self.current_claim()
        allowed = [*ITEM_STEPS.allowed(self.user, item), *LOSS_STEPS.allowed(self.user, report),
                   *CLAIM_STEPS.allowed(self.user, record)]
        enable_steps(self.qactions, allowed)
        self.info.setText(self._info(item, report, record))

    def _info(self, item, report, record) -> str:
        if item is not None:
            text = self.tr("{number}: {name}, {status}").format(
                number=item.number, name=item.item_name,
                status=self.tr_status(reception.ITEM_STATUS, item.status))
            if item.status in reception.OPEN_ITEM:
                text += "  " + self.tr("Kept for its owner; may be disposed of from {date}.").format(
                    date=f"{reception.disposable_from(item):%Y-%m-%d}")
            return text
        if report is not None:
            return self.candidates_text(report)
        if record is not None:
            return self.tr("{number}: {owner}, {kind} {id}").format(
                number=record.number, owner=record.owner,
                kind=self.tr_status(reception.ID_TYPES, record.id_type), id=record.id_masked)
        return ""

    @staticmethod
    def tr_status(vocabulary, code: str) -> str:
        return vocabulary.text(code, QCoreApplication.translate)

    def candidates_text(self, report: reception.LossReport) -> str:
        if report.status != reception.REPORTED:
            return self.tr("{number}: {status}").format(
                number=report.number, status=self.tr_status(reception.LOSS_STATUS, report.status))
        items = reception.candidate_items(report)
        if not items:
            return self.tr("{number}: no found item matches yet.").format(number=report.number)
        return self.tr("{number} may be: {items}").format(
            number=report.number, items="; ".join(
                f"{i.number} {i.item_name} {i.style} ({i.found_on:%Y-%m-%d}, {i.place})"
                for i in items[:5]))

    def refresh(self) -> None:
        """Read the list in front again."""
        self.list_view().refresh()
        self.update_actions()

    def _saved(self, view: ListView, record_id: int) -> None:
        view.refresh()
        view.select_only(record_id)
        self.update_actions()

    # --- the steps ----------------------------------------------------------------------

    def run(self, step: str) -> None:
        handlers: dict[str, Callable[[], None]] = {
            _s.NEW_ITEM: self.new_item, _s.SIGN: self.sign, _s.CLAIM: self.claim,
            _s.DISPOSE: self.dispose, _s.PRINT_ITEM: self.print_item,
            _s.UNCLAIMED_MONTH: self.print_month, _s.NEW_LOSS: self.new_loss,
            _s.RECOVER: self.recover, _s.ANSWER: self.answer, _s.PRINT_CLAIM: self.print_claim,
        }
        handlers[step]()
        self.update_actions()

    def _permitted(self, steps, step: str) -> bool:
        try:
            steps.require_permission(self.user, step)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    def new_item(self) -> None:
        if not self._permitted(ITEM_STEPS, _s.NEW_ITEM):
            return
        self.lists.setCurrentIndex(FOUND)
        item = modal.run_form(forms.found_form(self.user, self, self.last_item))
        if item is None:
            return
        self.last_item = {"found_on": item.found_on, "handed_to": item.handed_to,
                          "storage": item.storage}
        self._saved(self.found, item.id)
        self.point_out_matches(item)

    def point_out_matches(self, item: reception.FoundItem) -> None:
        """The open loss reports this item may answer, told to the clerk at once."""
        reports = reception.matching_reports(item)
        if not reports:
            return
        lines = "\n".join(
            self.tr("{number}: {owner} ({phone}) lost {name} {style} on {date} at {place}")
            .format(number=r.number, owner=r.owner, phone=r.phone, name=r.item_name,
                    style=r.style, date=f"{r.lost_at:%Y-%m-%d %H:%M}", place=r.place)
            for r in reports)
        QMessageBox.information(
            self, self.tr("A loss report matches"),
            self.tr("Found item {number} ({name}) may be what was reported lost:\n\n{lines}\n\n"
                    "Call the owner to come and claim it.").format(
                number=item.number, name=item.item_name, lines=lines))

    def _item_step(self, step: str, make_form) -> None:
        item = self.current_item()
        if item is None or not self._permitted(ITEM_STEPS, step):
            return
        if modal.run_form(make_form(self.user, item, self)) is not None:
            self._saved(self.found, item.id)

    def sign(self) -> None:
        self._item_step(_s.SIGN, forms.sign_form)

    def dispose(self) -> None:
        self._item_step(_s.DISPOSE, forms.dispose_form)

    def claim(self) -> None:
        item = self.current_item()
        if item is None or not self._permitted(ITEM_STEPS, _s.CLAIM):
            return
        record = modal.run_form(forms.claim_form(self.user, item, self))
        if record is None:
            return
        self._saved(self.found, item.id)
        self.claims.refresh()
        answer = QMessageBox.question(
            self, self.tr("Print the claim form"),
            self.tr("{name} is handed to {owner} ({id}). Print the claim form for the owner to "
                    "sign now?").format(name=item.item_name, owner=record.owner,
                                        id=record.id_masked))
        if answer == QMessageBox.StandardButton.Yes:
            self._print_claim(record)

    def print_item(self) -> None:
        from reports.reception import found_item_pdf

        item = self.current_item()
        if item is not None:
            print_preview.preview_built(
                self, lambda: found_item_pdf(item.id),
                self.tr("Hand-over record {number}").format(number=item.number),
                f"失物移交记录表-{item.number}.pdf")

    def print_claim(self) -> None:
        record = self.current_claim()
        if record is not None:
            self._print_claim(record)

    def _print_claim(self, record: reception.Claim) -> None:
        from reports.reception import claim_pdf

        print_preview.preview_built(
            self, lambda: claim_pdf(record.id),
            self.tr("Claim form {number}").format(number=record.number),
            f"失物认领表-{record.number}.pdf")

    def print_month(self) -> None:
        """未认领失物汇总: pick the month, preview the list for the property director."""
        from reports.reception import unclaimed_pdf

        chosen: dict[str, str] = {}

        def build(values: dict) -> bytes:
            chosen["month"] = month = str(values["month"])
            return unclaimed_pdf(month, prepared_by=self.user.full_name)

        pdf = modal.run_form(forms.month_form(build, self))
        if pdf:
            month = chosen["month"]
            print_preview.preview_pdf(
                self, pdf, self.tr("Unclaimed items {month}").format(month=month),
                f"未认领失物汇总-{month}.pdf")

    def new_loss(self) -> None:
        if not self._permitted(LOSS_STEPS, _s.NEW_LOSS):
            return
        self.lists.setCurrentIndex(LOSSES)
        report = modal.run_form(forms.loss_form(self.user, self))
        if report is not None:
            self._saved(self.losses, report.id)
            if reception.candidate_items(report):
                self.show_candidates()

    def show_candidates(self) -> None:
        report = self.current_report()
        if report is not None and report.status == reception.REPORTED:
            QMessageBox.information(self, self.tr("Found items that may match"),
                                    self.candidates_text(report))

    def _loss_step(self, step: str, make_form) -> None:
        report = self.current_report()
        if report is None or not self._permitted(LOSS_STEPS, step):
            return
        if modal.run_form(make_form(self.user, report, self)) is not None:
            self._saved(self.losses, report.id)

    def recover(self) -> None:
        self._loss_step(_s.RECOVER, forms.recover_form)

    def answer(self) -> None:
        self._loss_step(_s.ANSWER, forms.answer_form)


class LostFoundSettings(QGroupBox):
    """拾遗: how many months an unclaimed item is kept before it may be disposed of."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lost and found"), parent)
        self.user = user
        self.setObjectName("lostFoundSettings")
        self.months = QSpinBox(self)
        self.months.setObjectName("lfDisposalMonths")
        self.months.setRange(1, reception.MAX_PERIOD_MONTHS)
        self.months.setValue(reception.disposal_months())
        self.months.setSuffix(self.tr(" months"))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("lfSavePeriod")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("lfPeriodMessage")
        may = reception.LOSTFOUND_SETTINGS_STEPS.permits(user, _s.PERIOD)
        self.months.setEnabled(may)
        self.save_button.setEnabled(may)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep unclaimed items for"), self))
        row.addWidget(self.months)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr(
            "After this, the manager may dispose of an item nobody claimed, giving the "
            "reason."), self))
        layout.addWidget(self.message)

    def save(self) -> bool:
        try:
            months = reception.set_disposal_period(self.months.value(), by=self.user)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(self.tr("Saved: {months} months.").format(months=months))
        return True


SETTINGS_SECTION = LostFoundSettings
