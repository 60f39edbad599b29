"""One repair order opened (报修单详情): its fields, the steps allowed now, its timeline,
and the earlier orders of the same room or phone.

``open_order(actions, parent, order_id)`` shows it; its buttons run the same
handlers (``actions.OrderActions``) as the tab's toolbar.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import repairs
from models.errors import DomainError

from ..errors import show_error
from ..widgets import modal
from ..widgets.tables import record_table
from ..widgets.toolbar import give_key
from . import labels
from .actions import EDIT, OPEN, ORDER_ACTIONS, OrderActions

LATE_COLOUR = "#c62828"
HISTORY_LIMIT = 50


def _item(text: object, record_id: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setToolTip(item.text() if len(item.text()) > 20 else "")
    if record_id is not None:
        item.setData(Qt.ItemDataRole.UserRole, record_id)
    return item


class OrderDialog(QDialog):
    """The order as the clerk reads it; its buttons run the same handlers as the toolbar."""

    def __init__(self, order_id: int, actions: OrderActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order_id = order_id
        self.actions = actions
        self.order = repairs.get_order(order_id)
        self.setObjectName("repairOrderDialog")
        self.resize(900, 760)

        self.heading = QLabel()
        self.heading.setObjectName("orderHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.late_label = QLabel()
        self.late_label.setObjectName("orderLate")
        self.late_label.setStyleSheet(f"color: {LATE_COLOUR}; font-weight: bold;")

        self.values: dict[str, QLabel] = {}
        details = QGridLayout()
        details.setHorizontalSpacing(24)
        for column, keys in enumerate(self._detail_keys()):
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setHorizontalSpacing(12)
            form.setVerticalSpacing(4)
            for key, caption in keys:
                value = QLabel()
                value.setObjectName(f"value_{key}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setMinimumWidth(160)
                self.values[key] = value
                caption_label = QLabel(caption)
                caption_label.setStyleSheet("color: #555;")
                form.addRow(caption_label, value)
            details.addLayout(form, 0, column)
        details.setColumnStretch(0, 1)
        details.setColumnStretch(1, 1)

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        texts = actions.texts()
        for action in ORDER_ACTIONS:
            if action == OPEN:
                continue
            button = QPushButton(texts[action])
            button.setObjectName(f"action_{action}")
            button.setAutoDefault(False)
            give_key(button, action, texts[action], "")
            button.clicked.connect(lambda _c=False, a=action: self._run(a))
            self.buttons[action] = button
            bar.addWidget(button)
        bar.addStretch(1)

        self.timeline = record_table([self.tr("When"), self.tr("What"), self.tr("Who"),
                                self.tr("Note")], "timeline")
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        self.history = record_table([self.tr("Number"), self.tr("Reported"), self.tr("Status"),
                               self.tr("Room"), self.tr("Phone"), self.tr("Content")],
                              "history")
        self.history.setToolTip(self.tr("Double-click or Enter opens an earlier order"))
        self.history.itemActivated.connect(self._open_history)
        self.history_box = QGroupBox()
        QVBoxLayout(self.history_box).addWidget(self.history)

        self.issued = record_table([self.tr("Issue slip"), self.tr("Date"), self.tr("Code"),
                              self.tr("Item"), self.tr("Quantity"), self.tr("Cost")], "issued")
        self.issued_box = QGroupBox()
        QVBoxLayout(self.issued_box).addWidget(self.issued)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.late_label)
        layout.addLayout(details)
        layout.addLayout(bar)
        layout.addWidget(timeline_box, 3)
        layout.addWidget(self.issued_box, 1)
        layout.addWidget(self.history_box, 2)
        layout.addWidget(close)
        self.reload()

    def _detail_keys(self) -> list[list[tuple[str, str]]]:
        """(key, caption) of the shown fields: the registration left, the work right."""
        return [
            [("reported_at", labels.field_text("reported_at")),
             ("entered_at", self.tr("Entered")),
             ("source", labels.field_text("source")),
             ("department_name", labels.field_text("department_name")),
             ("location", labels.field_text("location")),
             ("reporter", labels.field_text("reporter")),
             ("phone", labels.field_text("phone")),
             ("category", labels.field_text("category")),
             ("urgency", labels.field_text("urgency")),
             ("content", labels.field_text("content"))],
            [("due", self.tr("Deadlines")),
             ("engineer", self.tr("Engineer")),
             ("paper", self.tr("Paper copy")),
             ("accepted_at", self.tr("Accepted")),
             ("completed_at", self.tr("Completed")),
             ("work_done", self.tr("Work done")),
             ("materials", self.tr("Materials")),
             ("checked_at", self.tr("Checked")),
             ("callback", self.tr("Callback")),
             ("cancelled", self.tr("Cancelled"))],
        ]

    # --- filling --------------------------------------------------------------------

    def reload(self) -> None:
        """Read the order again (after a step here or in an earlier order's dialog)."""
        order = self.order = repairs.get_order(self.order_id)
        self.setWindowTitle(self.tr("Repair order {number}").format(number=order.number))
        self.heading.setText(
            "<span style='font-size:15pt; font-weight:bold'>{number}</span>"
            "&nbsp;&nbsp;<span style='font-size:13pt'>{status}</span>{urgent}".format(
                number=html.escape(order.number),
                status=html.escape(labels.status_text(order.status)),
                urgent=(f"&nbsp;&nbsp;<span style='color:{LATE_COLOUR}; font-size:13pt'>"
                        f"{html.escape(labels.urgency_text(order.urgency))}</span>"
                        if order.urgency == repairs.URGENT else "")))
        late = labels.lateness_text(order)
        self.late_label.setText(late)
        self.late_label.setVisible(bool(late))
        self._fill_values(order)
        allowed = self.actions.offered(order)  # and what another may take at this desk
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
        self._fill_timeline()
        self._fill_issued(order)
        self._fill_history(order)

    def _fill_values(self, order: repairs.RepairOrder) -> None:
        t = labels.time_text
        urgency = labels.urgency_text(order.urgency)
        if order.urgency == repairs.URGENT and order.urgent_cause:
            urgency = self.tr("{urgency} — {cause}").format(urgency=urgency,
                                                           cause=order.urgent_cause)
        paper = ""
        if order.dispatched_at is not None:
            paper = (self.tr("Returned {time}").format(time=t(order.paper_returned_at))
                     if order.paper_returned else self.tr("Not returned yet"))
        callback = ""
        if order.verdict:
            callback = labels.verdict_text(order.verdict)
            if order.called_back_at:
                callback = f"{callback}  {t(order.called_back_at)}"
            if order.callback_comment:
                callback = f"{callback}\n{order.callback_comment}"
        completed = t(order.completed_at)
        late = repairs.completed_late(order)
        if late is not None:
            completed = self.tr("{time} ({late} late)").format(
                time=completed, late=labels.duration_text(late))
        engineer = order.engineer
        if order.dispatched_at:
            engineer = self.tr("{engineer}, dispatched {time}").format(
                engineer=order.engineer, time=t(order.dispatched_at))
        cancelled = ""
        if order.cancelled_at:
            cancelled = f"{t(order.cancelled_at)}  {order.cancel_reason}"
        shown = {
            "reported_at": t(order.reported_at),
            "entered_at": t(order.entered_at),
            "source": labels.source_text(order.source),
            "department_name": order.department_name,
            "location": order.location,
            "reporter": order.reporter,
            "phone": order.phone,
            "category": order.category.name,
            "urgency": urgency,
            "content": order.content,
            "due": self.tr("accept by {accept}, complete by {complete}").format(
                accept=t(order.accept_due), complete=t(order.complete_due)),
            "engineer": engineer,
            "paper": paper,
            "accepted_at": t(order.accepted_at),
            "completed_at": completed,
            "work_done": order.work_done,
            "materials": order.materials,
            "checked_at": t(order.checked_at),
            "callback": callback,
            "cancelled": cancelled,
        }
        if order.send_back_count:
            shown["checked_at"] = self.tr("{time} (sent back %n time(s))", "",
                                          order.send_back_count).format(
                time=t(order.checked_at) or "—")
        for key, text in shown.items():
            self.values[key].setText(text or "—")

    def event_note(self, event: repairs.RepairEvent) -> str:
        """The timeline's note column in the clerk's words."""
        if event.action == "update":
            changed = [labels.field_text(k) for k in event.note.split(",") if k]
            return self.tr("Changed: {fields}").format(fields=self.tr(", ").join(changed))
        if event.action == "dispatch":
            return self.tr("To {engineer}").format(engineer=event.note)
        if event.action == "call_back":
            verdict = labels.verdict_text(event.verdict)
            return f"{verdict}: {event.note}" if event.note else verdict
        return event.note

    def _fill_timeline(self) -> None:
        events = repairs.timeline(self.order_id)
        self.timeline.setRowCount(len(events))
        for row, event in enumerate(events):
            who = event.user.full_name if event.user_id is not None else ""
            cells = [labels.time_text(event.at), labels.event_text(event.action), who,
                     self.event_note(event)]
            for column, text in enumerate(cells):
                self.timeline.setItem(row, column, _item(text))
        self.timeline.resizeRowsToContents()

    def _fill_issued(self, order: repairs.RepairOrder) -> None:
        """What the storeroom issued for this order (signed slips), and what it cost."""
        from models import warehouse

        lines = warehouse.issued_for_repair(order.id)
        self.issued_box.setTitle(self.tr("Materials issued from the store: {cost} yuan").format(
            cost=warehouse.fmt_money(warehouse.repair_material_cost(order.id))))
        self.issued_box.setVisible(bool(lines))
        self.issued.setRowCount(len(lines))
        for row, (slip, line) in enumerate(lines):
            cells = [slip.number, f"{slip.date:%Y-%m-%d}", line.item.code,
                     " ".join(p for p in (line.item.name, line.item.spec) if p),
                     f"{warehouse.fmt_qty(line.qty)} {line.item.unit}",
                     warehouse.fmt_money(line.amount)]
            for column, text in enumerate(cells):
                self.issued.setItem(row, column, _item(text))

    def _fill_history(self, order: repairs.RepairOrder) -> None:
        earlier = repairs.history(phone=order.phone, location=order.location,
                                  exclude_id=order.id, limit=HISTORY_LIMIT + 1)
        if len(earlier) > HISTORY_LIMIT:
            earlier = earlier[:HISTORY_LIMIT]
            title = self.tr("Other orders of this room or phone (the latest %n)", "",
                            HISTORY_LIMIT)
        else:
            title = self.tr("Other orders of this room or phone (%n)", "", len(earlier))
        self.history_box.setTitle(title)
        self.history.setRowCount(len(earlier))
        for row, other in enumerate(earlier):
            cells = [other.number, labels.time_text(other.reported_at),
                     labels.status_text(other.status), other.location, other.phone,
                     other.content]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, _item(text, other.id))

    # --- doing ----------------------------------------------------------------------

    def _run(self, action: str) -> None:
        if action == EDIT:
            self.actions.edit(self, self.order_id)
        else:
            self.actions.run(action, self, [self.order_id])
        self.reload()

    def _open_history(self, item: QTableWidgetItem) -> None:
        other = self.history.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        if other is not None:
            self.open_history_order(int(other))

    def open_history_order(self, order_id: int) -> None:
        open_order(self.actions, self, order_id)
        self.reload()


def open_order(actions: OrderActions, parent: QWidget, order_id: int) -> bool:
    """The order dialog: details, actions, timeline, earlier orders of the room or phone.

    Writes nothing itself (its buttons' steps tell ``actions.changed``), so returns False.
    """
    try:
        repairs.get_order(order_id)
    except DomainError as exc:
        show_error(parent, exc)
        return False
    dialog = OrderDialog(order_id, actions, parent)
    try:
        modal.run_dialog(dialog)
    finally:
        dialog.deleteLater()
    return False
