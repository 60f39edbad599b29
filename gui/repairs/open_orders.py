"""Before a new order is saved: the orders of the same room or phone whose work is not yet
checked (repairs.open_orders). A customer calling again is most often about the same fault;
the clerk sees those orders and registers anyway, or goes back to the form.

``note_text(orders)`` is the line the order form shows as soon as the room or phone is typed;
``confirm_new_order(parent, orders)`` asks at Save.
"""

from __future__ import annotations

from collections.abc import Sequence

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
    return translate("OpenOrders", "Open order(s) of this room or phone: %n — {orders}", "",
                     len(orders)).format(orders=named)


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
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)


def confirm_new_order(parent: QWidget | None, orders: Sequence[repairs.RepairOrder]) -> bool:
    """True: register the new order (there are no open ones, or the clerk said so)."""
    if not orders:
        return True
    dialog = OpenOrdersDialog(orders, parent)
    try:
        return modal.run_dialog(dialog)
    finally:
        dialog.deleteLater()
