"""Picking the repair order an issue slip is for (出库单 from 工程服务单), by keyboard.

Typing in the repair order field (a number, a room, a word of the fault) drops
down the matching orders: open ones first, then recently finished ones
(warehouse.orders_for_issue); Down on the empty field lists them all. Enter
takes the highlighted one. Once the field names an order, 领料部门, 领料人 and
用途 take what the order proposes (warehouse.issue_values_for_order) unless the
clerk has typed them: a value the clerk changed is never overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from models import repairs, warehouse

from ..widgets.document_form import DocumentForm

PROPOSED = ("department", "receiver", "purpose")


def order_text(order: repairs.RepairOrder) -> str:
    """One line of the list: number, room, what is wrong, its state."""
    content = " ".join(order.content.split())
    if len(content) > 40:
        content = content[:39] + "…"
    status = repairs.STATUS_LABELS.text(order.status, QCoreApplication.translate)
    return f"{order.number}   {order.location}   {content}   [{status}]"


class OrderCompleter(QCompleter):
    """The orders matching what is typed in the repair order field, best first."""

    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, editor: QLineEdit) -> None:
        self.source = QStandardItemModel(editor)
        super().__init__(self.source, editor)
        self.editor = editor
        editor.completer_ = self  # where Enter goes while the list is open (tests/helpers/keys)
        self.setWidget(editor)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self.popup().setObjectName("orderMatches")
        editor.textEdited.connect(self.update_matches)
        editor.installEventFilter(self)
        self.activated[QModelIndex].connect(self._activated)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not self.popup().isVisible()):
            self.update_matches(self.editor.text(), every=True)
            return True
        return super().eventFilter(watched, event)

    def update_matches(self, text: str, every: bool = False) -> None:
        self.source.clear()
        if not text.strip() and not every:
            self.popup().hide()
            return
        matches = warehouse.orders_for_issue(text)
        for order in matches:
            row = QStandardItem(order_text(order))
            row.setData(order.number, self.NUMBER_ROLE)
            self.source.appendRow(row)
        if not matches:
            self.popup().hide()
            return
        width = max(self.editor.width(), 560)
        self.complete(QRect(0, 0, width, self.editor.height()))
        self.popup().setCurrentIndex(self.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        number = index.data(self.NUMBER_ROLE)
        if number is not None:
            self.editor.setText(str(number))
            # the list took the Enter: hand it on, so the form moves to the next field
            QCoreApplication.sendEvent(self.editor, QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))


class OrderProposals:
    """Fills 领料部门, 领料人 and 用途 from the order the field names, as far as the clerk
    has not typed them: a field is filled while it still holds what it opened with (a new
    slip) or what the last order proposed."""

    def __init__(self, form: DocumentForm, new: bool, number: str) -> None:
        self.form = form
        self.last_number = number.strip()  # a saved slip's own order proposes nothing
        self.proposed: dict[str, object] = {}
        self.opened = {key: form.fields[key].value() for key in PROPOSED} if new else {}

    def untouched(self, key: str) -> bool:
        value = self.form.fields[key].value()
        if key in self.proposed:
            return value == self.proposed[key]
        return key in self.opened and value == self.opened[key]

    def order_named(self, order: repairs.RepairOrder | None) -> None:
        """The field now names ``order`` (None: no order, or a wrong number)."""
        number = order.number if order is not None else ""
        if number == self.last_number:
            return
        self.last_number = number
        if order is None or order.status == repairs.CANCELLED:
            return
        for key, value in warehouse.issue_values_for_order(order).items():
            if self.untouched(key):
                self.form.fields[key].set_value(value)
                self.proposed[key] = self.form.fields[key].value()
