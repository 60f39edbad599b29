"""The repair orders tab (报修单): the list with its filters, the steps for the selected order.

The toolbar offers the steps ``repairs.ORDER_STEPS`` allows the user on the
selected order; the list marks overdue orders in red and its tooltip says how late.
"未回单" (papers not returned) is a filter of the same list, where the clerk
selects the orders whose signed copies came back and presses "Paper returned".
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from models import clock, repairs
from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..widgets.list_view import ListView
from ..widgets.tab import AreaTab
from ..widgets.toolbar import offer_steps, text_toolbar, view_shortcut
from . import labels
from .actions import OPEN, PAPER, PRINT, STEPS, OrderActions
from .order_dialog import open_order

LATE = QColor("#c62828")


def row_style(values: dict[str, Any]) -> QColor | None:
    """Overdue orders in red."""
    return LATE if labels.lateness_of(values) is not None else None


class RepairsTab(AreaTab):
    """The tab; ``list_view()`` lets File > Export / Print work on its list."""

    TITLE = QT_TRANSLATE_NOOP("MainWindow", "Repair orders")

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("repairsTab")
        self.actions = OrderActions(user, self)
        self.actions.changed.connect(self._order_changed)

        self.list = ListView(repairs.ORDER_LIST, self, row_style=row_style)
        self._read_stamp = repairs.last_change()  # what the list was read at
        self.list.setObjectName("repairList")
        self._add_filters()
        self.list.activated.connect(self.open_order)
        self.list.currentChanged.connect(lambda _id: self.update_actions())
        self.list.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions())
        self.list.table.viewport().installEventFilter(self)

        texts, tips = self.actions.texts(), self.actions.tips()
        self.toolbar, self.qactions = text_toolbar(
            self, "repairToolbar",
            [(action, texts[action], tips.get(action, texts[action]),
              lambda a=action: self.run(a)) for action in STEPS.names()],
            separate_after=(OPEN, PAPER))
        view_shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Refresh"))

        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedOrder")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("repairSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.summary_label.linkActivated.connect(self._summary_link)
        info = QHBoxLayout()
        info.addWidget(self.selected_label, 1)
        info.addWidget(self.summary_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(info)
        layout.addWidget(self.list, 1)
        self.update_summary()
        self.update_actions()

    def list_view(self) -> ListView:
        return self.list

    def steps_toolbar(self) -> QToolBar:
        return self.toolbar

    def print_selected(self) -> bool:
        """File > Print (Ctrl+P): the selected order's 工程服务单, when it may be printed."""
        order = self.current_order()
        if order is None or not self.actions.allowed(PRINT, order):
            return False
        self.actions.print_service_order(self, order.id)
        return True

    def shown_again(self) -> None:
        """Back at the tab: the counts and the steps afresh; the list too if an order changed
        meanwhile (one made from a call at reception), else it is kept as it was.

        (Reading the list again drops a selection of several orders, e.g. the 未回单 whose
        papers came back: only when something changed.)
        """
        if repairs.last_change() != self._read_stamp:
            self.refresh()
            return
        self.update_summary()
        self.update_actions()

    # --- filters --------------------------------------------------------------------

    def _add_filters(self) -> None:
        """Urgency, category, department, overdue, 未回单 (status and dates are built in)."""
        self.urgency_filter = QComboBox(self)
        self.urgency_filter.setObjectName("urgencyFilter")
        self.urgency_filter.addItem(self.tr("All urgencies"), None)
        for text, code in labels.choices(repairs.URGENCY_LABELS):
            self.urgency_filter.addItem(text, code)
        self.list.add_filter_widget("", self.urgency_filter, "urgency")

        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in repairs.categories(active_only=False):
            self.category_filter.addItem(category.name, category.id)
        self.list.add_filter_widget("", self.category_filter, "category")

        self.department_filter = QLineEdit(self)
        self.department_filter.setObjectName("departmentFilter")
        self.department_filter.setPlaceholderText(self.tr("Department"))
        self.department_filter.setClearButtonEnabled(True)
        self.department_filter.setMaximumWidth(150)
        completer = QCompleter(QStringListModel(self._known_departments(), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.department_filter.setCompleter(completer)
        self.list.add_filter_widget("", self.department_filter, "department")

        self.overdue_filter = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_filter.setObjectName("overdueFilter")
        self.list.add_filter_widget("", self.overdue_filter, "overdue")

        self.unreturned_filter = QCheckBox(self.tr("Papers not returned"), self)
        self.unreturned_filter.setObjectName("unreturnedFilter")
        self.unreturned_filter.setToolTip(self.tr(
            "未回单: dispatched orders whose signed paper copy engineering has not brought "
            "back. Select them and press “Paper returned”."))
        self.list.add_filter_widget("", self.unreturned_filter, "unreturned")

    @staticmethod
    def _known_departments() -> list[str]:
        return repairs.known_departments()

    def show_unreturned_papers(self, on: bool = True) -> None:
        """The 未回单 view: only orders whose signed paper copy is still out."""
        self.unreturned_filter.setChecked(on)

    # --- selection and actions ------------------------------------------------------

    def current_order(self) -> repairs.RepairOrder | None:
        order_id = self.list.current_id()
        if order_id is None:
            return None
        try:
            return repairs.get_order(order_id)
        except DomainError:
            return None

    def selected_ids(self) -> list[int]:
        current = self.list.current_id()
        ids = self.list.selected_ids()
        if current is not None and current in ids:  # the current row first
            ids.remove(current)
            ids.insert(0, current)
        return ids

    def update_actions(self) -> None:
        """Enable the steps the user may take on the selected order."""
        order = self.current_order()
        offer_steps(self.qactions, STEPS, self.user, order)
        if not self.qactions[PAPER].isEnabled():  # 回单 works on every selected order
            ids = self.list.selected_ids()[:500]
            selected = repairs.get_orders(ids)
            self.qactions[PAPER].setEnabled(
                bool(ids) and any(self.actions.allowed(PAPER, o) for o in selected))
        if order is None:
            self.selected_label.setText("")
            return
        late = labels.lateness_text(order)
        text = self.tr("{number}: {status}").format(
            number=order.number, status=labels.status_text(order.status))
        if late:
            text = f"{text} — {late}"
        self.selected_label.setText(text)
        self.selected_label.setStyleSheet(f"color: {LATE.name()};" if late else "")

    def run(self, action: str) -> None:
        """A toolbar button: the action on the selected order(s)."""
        ids = self.selected_ids()
        if action == OPEN:  # the order dialog, on the current order
            if ids:
                open_order(self.actions, self, ids[0])
        else:
            self.actions.run(action, self, ids)
        self.update_actions()

    def new_order(self) -> repairs.RepairOrder | None:
        return self.actions.new_order(self)

    def open_order(self, order_id: int) -> None:
        open_order(self.actions, self, order_id)
        self.update_actions()

    def _order_changed(self, order_id: int) -> None:
        self.refresh()
        self.select_order(order_id)

    def select_order(self, order_id: int) -> bool:
        """Make ``order_id`` the one selected row, if it is among the rows read so far."""
        if not self.list.select_only(order_id):
            return False
        self.update_actions()
        return True

    def refresh(self) -> None:
        self._read_stamp = repairs.last_change()
        self.list.refresh()
        self.update_summary()
        self.update_actions()

    def update_summary(self) -> None:
        """What needs chasing: overdue orders (a link that lists them) and papers not returned."""
        overdue = repairs.count_overdue(clock.now())
        papers = repairs.count_unreturned_papers()
        colour = LATE.name() if overdue else self.palette().link().color().name()
        counter = html.escape(self.tr("Overdue: {overdue}").format(overdue=overdue))
        link = f'<a href="overdue" style="color: {colour};">{counter}</a>'
        rest = html.escape(self.tr("Papers not returned: {papers}").format(papers=papers))
        self.summary_label.setText(f"{link}&nbsp;&nbsp;&nbsp;&nbsp;{rest}")
        self.summary_label.setToolTip(self.tr("Click “Overdue” to list the overdue orders, "
                                              "the most late first"))

    def _summary_link(self, target: str) -> None:
        if target == "overdue":
            self.show_overdue()

    def show_overdue(self) -> None:
        """超时: only the overdue orders, the most late first (the other filters cleared)."""
        self.list.clear_filters()
        self.overdue_filter.setChecked(True)
        late = self.list.spec.index_of("late")
        self.list.set_column_visible(late, True)
        self.list.table.sortByColumn(late, Qt.SortOrder.DescendingOrder)
        self.list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- how late, on hover ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.table.viewport() and event.type() == QEvent.Type.ToolTip:
            text = self.row_tooltip(self.list.table.indexAt(event.pos()).row())
            if text:
                QToolTip.showText(event.globalPos(), text, self.list.table)
                return True
        return super().eventFilter(watched, event)

    def row_tooltip(self, row: int) -> str:
        """An overdue row says how late it is."""
        if row < 0 or row >= self.list.model.loaded():
            return ""
        values = self.list.model.row_values(row)
        late = labels.lateness_text(values)
        return f"{values['number']}: {late}" if late else ""
