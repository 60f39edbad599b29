"""Before a new order is saved: the orders of the same room or phone whose work is not yet
checked (repairs.open_orders). A customer calling again is most often about the same fault;
the clerk sees those orders and registers anyway, goes back to the form, or opens the earlier
order instead (the new one is dropped).

``note_text(orders)`` is the line the order form shows as soon as the room or phone is typed;
``ask(parent, orders)`` asks at Save.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import repairs

from ..widgets import modal
from ..widgets.tables import record_table
from . import labels

translate = QCoreApplication.translate
SHOWN = 3  # orders named in the form's note


def note_text(orders: Sequence[repairs.RepairOrder]) -> str:
    """"Open order of this room or phone: BX…-0003 (Dispatched) 卫生间漏水" (blank: none)."""
    if not orders:
        return ""
    named = translate("OpenOrders", "; ").join(
        translate("OpenOrders", "{number} ({status}) {content}").format(
            number=o.number, status=labels.status_text(o.status), content=_short(o.content))
        for o in orders[:SHOWN])
    if len(orders) > SHOWN:
        named += "…"
    return translate("OpenOrders", "Open orders of this room or phone ({count}): {orders}").format(
        count=len(orders), orders=named)


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OpenOrdersDialog(QDialog):
    """The open orders, and the clerk's choice: register anyway, or back to the form."""

    def __init__(self, orders: Sequence[repairs.RepairOrder],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openOrdersDialog")
        self.setWindowTitle(self.tr("This room or phone has an open order"))
        self.resize(760, 320)
        intro = QLabel(self.tr(
            "The work of %n order(s) of this room or phone is not yet checked. If the customer "
            "is calling about the same fault, go back and cancel the new order instead of "
            "registering it twice.", "", len(orders)))
        intro.setObjectName("openOrdersIntro")
        intro.setWordWrap(True)
        self.table = record_table([self.tr("Number"), self.tr("Reported"), self.tr("Status"),
                                   self.tr("Engineer"), self.tr("Room"), self.tr("Phone"),
                                   self.tr("Content")], "openOrders")
        self.table.setRowCount(len(orders))
        for row, order in enumerate(orders):
            cells = [order.number, labels.time_text(order.reported_at),
                     labels.status_text(order.status), order.engineer, order.location,
                     order.phone, order.content]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 20 else "")
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox(self)
        self.register_button = buttons.addButton(self.tr("Register anyway"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setObjectName("registerAnyway")
        self.back_button = buttons.addButton(self.tr("Back to the form"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("backToForm")
        self.back_button.setDefault(True)  # Enter does not make a second order by accident
        self.open_button = buttons.addButton(self.tr("Open the selected order instead"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openEarlier")
        self.open_button.setToolTip(self.tr("Drop the new order and open the earlier one "
                                            "(double-click a row does the same)"))
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.orders = list(orders)
        self.chosen: int | None = None
        if orders:
            self.table.selectRow(0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)


    def open_selected(self, *_args) -> None:
        row = self.table.currentRow()
        self.chosen = self.orders[row if 0 <= row < len(self.orders) else 0].id
        self.done(OPEN)


OPEN = 2  # the dialog's result code beside Accepted (register) and Rejected (back)


class Choice(NamedTuple):
    """The clerk's answer: register the new order, or not; and an earlier order to open."""

    register: bool
    open_id: int | None = None


def ask(parent: QWidget | None, orders: Sequence[repairs.RepairOrder]) -> Choice:
    """Register at once when there are no open orders; otherwise the clerk says."""
    if not orders:
        return Choice(True)
    dialog = OpenOrdersDialog(orders, parent)
    try:
        registered = modal.run_dialog(dialog)
        return Choice(registered, None if registered else dialog.chosen)
    finally:
        dialog.deleteLater()
