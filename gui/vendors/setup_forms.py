"""The setup sub-view's two tables: a contract's fee bands and a criteria template's items.

Both are small editable grids in a dialog with a red banner for the refusal: the
bands must cover the month's score 0..100 once (models.vendors.save_bands), the items'
points must add to exactly 100 (models.vendors.save_template) — the total is shown
live under the grid, red while it is not 100. Saving a template makes a new version;
evaluations made with the old one keep their own copy of its items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import vendors
from models.errors import DomainError
from models.people import User

from ..errors import error_text
from ..widgets.fields import error_banner

CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
RED, GREEN = "#c62828", "#2e7d32"


def _number(value: Decimal) -> str:
    return vendors.number_text(Decimal(value))


def _check_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(CHECKABLE)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class GridDialog(QDialog):
    """A grid of rows with Add / Remove, a banner, Save and Cancel; ``save`` calls one operation."""

    headers: Sequence[str] = ()
    check_column = -1  # the column holding a check box

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_record: Any = None
        self.banner = error_banner()
        self.grid = QTableWidget(0, len(self.headers), self)
        self.grid.setHorizontalHeaderLabels(list(self.headers))
        self.grid.horizontalHeader().setStretchLastSection(False)
        self.add_button = QPushButton(QCoreApplication.translate("GridDialog", "Add a line"), self)
        self.add_button.setObjectName("addLine")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(QCoreApplication.translate("GridDialog", "Remove the line"),
                                         self)
        self.remove_button.setObjectName("removeLine")
        self.remove_button.clicked.connect(self.remove_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.top = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.below = QLabel(self)
        self.below.setObjectName("gridTotal")
        row.addWidget(self.below)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.top)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    def add_row(self, values: Sequence[Any] = ()) -> int:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for column in range(len(self.headers)):
            value = values[column] if column < len(values) else None
            if column == self.check_column:
                self.grid.setItem(row, column, _check_item(bool(value)))
            else:
                self.grid.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        return row

    def remove_row(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)

    def cell(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item is not None else ""

    def checked(self, row: int, column: int) -> bool:
        item = self.grid.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def rows(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def operation(self) -> Callable[[list[dict[str, Any]]], Any]:
        raise NotImplementedError

    def save(self) -> bool:
        """The one operation; its refusal stays in the banner with the grid as typed."""
        try:
            self.result_record = self.operation()(self.rows())
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.banner.hide()
        self.accept()
        return True


class BandsDialog(GridDialog):
    """费用档次: from, below, the fee's reduction in %, a written warning."""

    check_column = 3

    def __init__(self, user: User, contract: vendors.Contract,
                 parent: QWidget | None = None) -> None:
        self.headers = [QCoreApplication.translate("BandsDialog", "Score from"),
                        QCoreApplication.translate("BandsDialog", "Below (top band: to 100)"),
                        QCoreApplication.translate("BandsDialog", "Fee reduced by %"),
                        QCoreApplication.translate("BandsDialog", "Warning")]
        super().__init__(self.tr("Fee bands of contract {number}").format(
            number=contract.number), parent)
        self.setObjectName("bandsDialog")
        self.user, self.contract = user, contract
        self.top.addRow(QLabel(self.tr(
            "The month's score picks the band; the bands must cover 0 to 100 without a gap "
            "or an overlap."), self))
        for band in vendors.band_rows(contract):
            self.add_row([_number(band["from_score"]), _number(band["to_score"]),
                          _number(band["reduction_pct"]), band["warning"]])
        for column, width in enumerate((110, 190, 140, 80)):
            self.grid.setColumnWidth(column, width)
        self.resize(600, 380)

    def rows(self) -> list[dict[str, Any]]:
        return [{"from_score": self.cell(r, 0), "to_score": self.cell(r, 1),
                 "reduction_pct": self.cell(r, 2), "warning": self.checked(r, 3)}
                for r in range(self.grid.rowCount())
                if any(self.cell(r, c) for c in range(3))]

    def operation(self) -> Callable[[list[dict[str, Any]]], Any]:
        return lambda rows: vendors.save_bands(self.user, self.contract.id, rows)


class TemplateEditor(GridDialog):
    """考评标准: a template's items by area (area, standard, points, serious), total shown live."""

    check_column = 3

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        self.headers = [QCoreApplication.translate("TemplateEditor", "Area"),
                        QCoreApplication.translate("TemplateEditor", "Standard"),
                        QCoreApplication.translate("TemplateEditor", "Points"),
                        QCoreApplication.translate("TemplateEditor", "Serious")]
        super().__init__(self.tr("Criteria templates"), parent)
        self.setObjectName("templateEditor")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.user = user
        self.template: vendors.CriteriaTemplate | None = None
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("templateChooser")
        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.kind = QComboBox(self)
        self.kind.setObjectName("templateKind")
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("templateSheet")
        for kind in vendors.kinds():
            self.kind.addItem(kind.name, kind.id)
        for text, code in vendors.EVALUATION_KINDS.choices(QCoreApplication.translate):
            self.sheet.addItem(text, code)
        self.version = QLabel(self)
        self.version.setObjectName("templateVersion")
        self.top.addRow(self.tr("Template"), self.chooser)
        self.top.addRow(self.tr("Name"), self.name)
        self.top.addRow(self.tr("Vendor kind"), self.kind)
        self.top.addRow(self.tr("Sheet"), self.sheet)
        self.top.addRow("", self.version)
        self.grid.setColumnWidth(0, 120)
        self.grid.setColumnWidth(1, 420)
        self.grid.setColumnWidth(2, 70)
        self.grid.setColumnWidth(3, 70)
        self.grid.itemChanged.connect(lambda _item: self.show_total())
        self.fill_chooser()
        self.chooser.currentIndexChanged.connect(lambda _i: self.load(self.chooser.currentData()))
        self.load(self.chooser.currentData())

    def fill_chooser(self, select_id: int | None = None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for template in vendors.templates():
            sheet = vendors.EVALUATION_KINDS.text(template.evaluation_kind,
                                                   QCoreApplication.translate)
            self.chooser.addItem(f"{template.kind.name} · {sheet} · {template.name}", template.id)
        self.chooser.addItem(self.tr("(a new template)"), None)
        if select_id is not None:
            self.chooser.setCurrentIndex(max(self.chooser.findData(select_id), 0))
        self.chooser.blockSignals(False)

    def load(self, template_id: int | None) -> None:
        """Show a template's items (a new one: empty, its kind and sheet to choose)."""
        self.template = vendors.get_template(template_id) if template_id is not None else None
        self.grid.blockSignals(True)
        self.grid.setRowCount(0)
        if self.template is not None:
            self.name.setText(self.template.name)
            self.kind.setCurrentIndex(max(self.kind.findData(self.template.kind_id), 0))
            self.sheet.setCurrentIndex(max(self.sheet.findData(self.template.evaluation_kind), 0))
            for item in vendors.items_of(self.template):
                self.add_row([item.area, item.text, _number(item.points), item.serious])
            self.version.setText(self.tr(
                "Version {version}. Saving makes version {next}; sheets already made keep "
                "their own copy.").format(version=self.template.version,
                                          next=self.template.version + 1))
        else:
            self.name.clear()
            self.version.setText(self.tr("A new template: choose its vendor kind and sheet."))
        self.kind.setEnabled(self.template is None)
        self.sheet.setEnabled(self.template is None)
        self.grid.blockSignals(False)
        self.banner.hide()
        self.show_total()

    def add_row(self, values: Sequence[Any] = ()) -> int:
        self.grid.blockSignals(True)
        row = super().add_row(values)
        self.grid.blockSignals(False)
        self.show_total()
        return row

    def remove_row(self) -> None:
        super().remove_row()
        self.show_total()

    def total(self) -> Decimal | None:
        """The points typed so far (None while one is not a number)."""
        total = Decimal("0")
        for row in range(self.grid.rowCount()):
            text = self.cell(row, 2)
            if not text:
                continue
            try:
                total += Decimal(text)
            except InvalidOperation:
                return None
        return total

    def show_total(self) -> None:
        total = self.total()
        if total is None:
            text, colour = self.tr("Points: a number is wrong"), RED
        else:
            text = self.tr("Points: {total} of 100").format(total=_number(total))
            colour = GREEN if total == 100 else RED
        self.below.setText(text)
        self.below.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def rows(self) -> list[dict[str, Any]]:
        return [{"area": self.cell(r, 0), "text": self.cell(r, 1), "points": self.cell(r, 2),
                 "serious": self.checked(r, 3)}
                for r in range(self.grid.rowCount())
                if any(self.cell(r, c) for c in range(3))]

    def operation(self) -> Callable[[list[dict[str, Any]]], Any]:
        data = {"name": self.name.text(), "kind": self.kind.currentData(),
                "evaluation_kind": self.sheet.currentData()}
        old = self.template.id if self.template is not None else None
        return lambda rows: vendors.save_template(self.user, {**data, "items": rows}, old)

    def save(self) -> bool:
        """Save a version and stay on it (the editor keeps the other templates at hand)."""
        try:
            saved = self.operation()(self.rows())
        except DomainError as exc:
            self.banner.setText(error_text(exc))
            self.banner.show()
            return False
        self.result_record = saved
        self.fill_chooser(saved.id)
        self.load(saved.id)
        return True
