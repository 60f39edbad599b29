"""The vendors tab's month sub-view (月度考评结算): choose the month and the vendor, compute
(or recompute) the draft, read its lines, the manager approves, the vendor's lead confirms,
print the sheet or the vendor's year; the score trend of the vendor's last twelve months.

The toolbar follows models.vendors.SETTLEMENT_STEPS for the settlement of the chosen
vendor and month (none yet: Compute). The counter says how many months with 4+ failed
daily or 2+ failed weekly checks wait for the manager (the manager and the technical
department are told).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import clock, vendors
from models.errors import DomainError
from models.people import User

from ..errors import show_error
from ..widgets import modal, print_preview
from ..widgets.bar_chart import BarChart
from ..widgets.list_view import ListView
from ..widgets.record_form import FieldSpec, RecordForm
from ..widgets.toolbar import offer_steps, text_toolbar, view_shortcut
from ..widgets.vouch import acting_user

COMPUTE, APPROVE, CONFIRM, PRINT, YEAR_SHEET = (
    "compute", "approve", "confirm", "print", "year_sheet")
RED = QColor("#c62828")
MONTHS_SHOWN = 36


def recent_months(count: int = MONTHS_SHOWN) -> list[str]:
    """The month being worked on (today's, under the period setting) and those before."""
    out, month = [], vendors.month_of(clock.today())
    for _ in range(count):
        out.append(month)
        year, number = (int(p) for p in month.split("-"))
        month = f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"
    return out


def _money(value) -> str:
    return f"{Decimal(value):,.2f}"


def _points(value) -> str:
    return f"{Decimal(value):.1f}"


def _row_style(values: dict) -> QColor | None:
    return RED if values.get("alert") and values.get("status") == vendors.DRAFT else None


class MonthView(QWidget):
    """The part's list, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("monthView")
        texts = {
            COMPUTE: (self.tr("Compute"), self.tr(
                "Compute the month of the chosen vendor from its confirmed sheets, late "
                "defects and pest treatments (a draft is recomputed)"), self.compute),
            APPROVE: (self.tr("Approve"), self.tr("经理审核: the manager approves; the month is "
                                                  "frozen"), self.approve),
            CONFIRM: (self.tr("Vendor confirms…"), self.tr(
                "The vendor's lead signs the approved settlement (name and date)"),
                self.confirm),
            PRINT: (self.tr("Print"), self.tr("月度考评结算表"), self.print_settlement),
            YEAR_SHEET: (self.tr("Year sheet"), self.tr(
                "The vendor's twelve months and the score trend"), self.print_year),
        }
        self.toolbar, self.qactions = text_toolbar(
            self, "monthToolbar",
            [(key, text, tip, handler) for key, (text, tip, handler) in texts.items()],
            separate_after=(CONFIRM,))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.month = QComboBox(self)
        self.month.setObjectName("monthChoice")
        self.vendor = QComboBox(self)
        self.vendor.setObjectName("vendorChoice")
        self.month.currentIndexChanged.connect(lambda _i: self.show_current())
        self.vendor.currentIndexChanged.connect(lambda _i: self.show_current())
        self.counter = QLabel(self)
        self.counter.setObjectName("monthCounter")
        self.counter.setTextFormat(Qt.TextFormat.RichText)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Month:"), self))
        choose.addWidget(self.month)
        choose.addWidget(QLabel(self.tr("Vendor:"), self))
        choose.addWidget(self.vendor, 1)
        choose.addWidget(self.counter)

        self.list = ListView(vendors.SETTLEMENT_LIST, self, row_style=_row_style)
        self.list.setObjectName("settlementList")
        self.list.currentChanged.connect(self._list_moved)
        self.alert_filter = QCheckBox(self.tr("Manager and technical dept. told"), self)
        self.alert_filter.setObjectName("monthAlertFilter")  # the tab's counter opens it
        self.list.add_filter_widget("", self.alert_filter, "alert")
        self.summary = QLabel(self)
        self.summary.setObjectName("settlementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = QTableWidget(0, 3, self)
        self.lines.setObjectName("settlementLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Reason"),
                                              self.tr("Amount")])
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.setColumnWidth(0, 120)
        self.lines.setColumnWidth(1, 460)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chart = BarChart(self)
        self.chart.setObjectName("scoreTrend")
        detail = QWidget(self)
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.lines, 2)
        box.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(choose)
        layout.addWidget(split, 1)
        self._fill_choices()
        self.refresh()

    def list_view(self) -> ListView | None:
        return self.list

    # --- choices ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for month in recent_months():
            self.month.addItem(month, month)
        self.month.blockSignals(False)
        self._fill_vendors()

    def _fill_vendors(self) -> None:
        chosen = self.vendor.currentData()
        self.vendor.blockSignals(True)
        self.vendor.clear()
        for vendor_id, label in vendors.month_vendors():
            self.vendor.addItem(label, vendor_id)
        at = self.vendor.findData(chosen)
        self.vendor.setCurrentIndex(at if at >= 0 else 0)
        self.vendor.blockSignals(False)

    def choose(self, vendor_id: int, month: str) -> None:
        """Put the choices on a vendor's month (the month added when older than the list)."""
        if self.month.findData(month) < 0:
            self.month.addItem(month, month)
        self.month.blockSignals(True)
        self.month.setCurrentIndex(self.month.findData(month))
        self.month.blockSignals(False)
        self.vendor.setCurrentIndex(max(0, self.vendor.findData(vendor_id)))
        self.show_current()

    def _list_moved(self, record_id) -> None:
        if record_id is None:
            return
        try:
            s = vendors.get_settlement(record_id)
        except DomainError:
            return
        if (s.vendor_id, s.month) != (self.vendor.currentData(), self.month.currentData()):
            self.choose(s.vendor_id, s.month)

    def current(self) -> vendors.Settlement | None:
        vendor_id, month = self.vendor.currentData(), self.month.currentData()
        if vendor_id is None or not month:
            return None
        return vendors.settlement_for(vendor_id, month)

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again."""
        self._fill_vendors()
        self.list.refresh()
        waiting = vendors.alerts_waiting()
        text = self.tr("Months to tell the manager and the technical department: {n}").format(
            n=waiting)
        self.counter.setText(f'<span style="color:#c62828; font-weight:bold">{text}</span>'
                             if waiting else text)
        self.show_current()

    def show_current(self) -> None:
        s = self.current()
        self.lines.setRowCount(0)
        if s is None:
            self.summary.setText(self.tr("Not computed yet: choose Compute.")
                                 if self.vendor.count() else self.tr("No vendor yet."))
        else:
            self._show(s)
        vendor_id, month = self.vendor.currentData(), self.month.currentData()
        if vendor_id is not None and month:
            points = vendors.trend(vendor_id, month)
            self.chart.set_data([m[2:] for m, _score in points],
                                [(self.tr("Month's score"), [v or 0 for _m, v in points])],
                                value_format="{:.1f}")
        self.update_actions()

    def _show(self, s: vendors.Settlement) -> None:
        status = vendors.SETTLEMENT_STATUS.text(s.status, QCoreApplication.translate)
        parts = [
            self.tr("{number} · {status}").format(number=s.number, status=status),
            self.tr("Period {first} to {last}").format(first=s.starts_on, last=s.ends_on),
            self.tr("Daily average {daily}, systematic average {systematic}: score {score}")
            .format(daily=_points(s.daily_average), systematic=_points(s.systematic_average),
                    score=_points(s.score)),
            self.tr("Failed daily checks {daily}, failed weekly checks {weekly}").format(
                daily=s.failed_daily, weekly=s.failed_weekly),
            self.tr("Fee {fee} − band {band} − deductions {deductions} = payable {payable}")
            .format(fee=_money(s.monthly_fee), band=_money(s.band_reduction),
                    deductions=_money(s.deductions), payable=_money(s.payable)),
        ]
        if s.alert:
            parts.append(self.tr("The manager and the technical department are told."))
        if s.warning:
            parts.append(self.tr("The band gives the vendor a written warning."))
        if s.vendor_signed_by:
            parts.append(self.tr("Confirmed by {name} on {day}").format(
                name=s.vendor_signed_by, day=s.vendor_signed_on))
        self.summary.setText("\n".join(parts))
        for line in vendors.settlement_lines(s.id):
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            self.lines.setItem(row, 0, QTableWidgetItem(
                vendors.CLAUSE_LABELS.text(line.clause, QCoreApplication.translate)))
            self.lines.setItem(row, 1, QTableWidgetItem(line.reason))
            amount = QTableWidgetItem(_money(line.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, 2, amount)

    def update_actions(self) -> None:
        """The steps models allow on the chosen month, and the manager's approval offered at
        a clerk's desk (signed there with the manager's login and password)."""
        s = self.current()
        offer_steps(self.qactions, vendors.SETTLEMENT_STEPS, self.user, s)
        if (s is not None and s.status != vendors.DRAFT) or self.vendor.currentData() is None:
            self.qactions[COMPUTE].setEnabled(False)
        if self.vendor.currentData() is None:
            self.qactions[YEAR_SHEET].setEnabled(False)

    # --- steps --------------------------------------------------------------------------

    def _after(self, s: vendors.Settlement) -> None:
        self.refresh()
        self.list.select_only(s.id)
        self.show_current()

    def compute(self) -> vendors.Settlement | None:
        vendor_id, month = self.vendor.currentData(), self.month.currentData()
        if vendor_id is None:
            return None
        try:
            s = vendors.compute_month(vendor_id, month, self.user)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self._after(s)
        return s

    def approve(self) -> vendors.Settlement | None:
        s = self.current()
        if s is None:
            return None
        answer = QMessageBox.question(
            self, self.tr("Approve {number}").format(number=s.number),
            self.tr("Approve the month of {vendor}: payable {payable}? It can no longer be "
                    "recomputed.").format(vendor=s.vendor.name, payable=_money(s.payable)))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        actor = acting_user(self, vendors.SETTLEMENT_STEPS, self.user, APPROVE, s,
                            self.tr("Approve"), self.tr("Settlement {number}").format(
                                number=s.number))
        if actor is None:
            return None
        try:
            s = vendors.approve(s.id, actor)
        except DomainError as exc:
            show_error(self, exc)
            return None
        self._after(s)
        return s

    def confirm(self) -> vendors.Settlement | None:
        s = self.current()
        if s is None:
            return None
        fields = [FieldSpec("signed_by", self.tr("Signed for the vendor by"), required=True,
                            field=vendors.Settlement.vendor_signed_by),
                  FieldSpec("signed_on", self.tr("On"), "date", required=True)]
        form = RecordForm(
            self.tr("The vendor confirms {number}").format(number=s.number), fields,
            lambda v: vendors.confirm(s.id, v["signed_by"], v["signed_on"], self.user), self,
            values={"signed_by": s.vendor.lead, "signed_on": clock.today()},
            save_text=self.tr("Confirm"))
        form.setObjectName("confirmSettlementForm")
        saved = modal.run_form(form)
        if saved is not None:
            self._after(saved)
        return saved

    def print_settlement(self) -> None:
        from reports.vendors import settlement_pdf

        s = self.current()
        if s is not None:
            print_preview.preview_built(
                self, lambda: settlement_pdf(s.id),
                self.tr("Settlement {number}").format(number=s.number),
                f"月度考评结算表-{s.number}.pdf")

    def print_year(self) -> None:
        from reports.vendors import year_pdf

        vendor_id, month = self.vendor.currentData(), self.month.currentData()
        if vendor_id is None:
            return
        year = int(month[:4]) if month else clock.today().year
        print_preview.preview_built(
            self, lambda: year_pdf(vendor_id, year),
            self.tr("Year {year} of {vendor}").format(year=year, vendor=self.vendor.currentText()),
            f"年度考评汇总表-{year}.pdf")


class MonthSettings(QWidget):
    """How the month runs: the calendar month or the 26th to the 25th (the administrator's)."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("monthSettings")
        self.period = QComboBox(self)
        self.period.setObjectName("monthPeriod")
        for text, code in vendors.PERIOD_CHOICES.choices(QCoreApplication.translate):
            self.period.addItem(text, code)
        self.period.setCurrentIndex(max(0, self.period.findData(vendors.period_kind())))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveMonthPeriod")
        self.save_button.clicked.connect(self.save)
        allowed = vendors.MONTH_SETTINGS_STEPS.allows(user, "period")
        self.period.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        row = QHBoxLayout(self)
        row.addWidget(QLabel(self.tr("Vendors' month:"), self))
        row.addWidget(self.period)
        row.addWidget(self.save_button)
        row.addStretch(1)

    def save(self) -> bool:
        try:
            vendors.set_period_kind(self.period.currentData(), self.user)
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True


SETTINGS_SECTION = MonthSettings  # this part's group of the Settings page
