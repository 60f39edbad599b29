"""The warehouse tab (仓库出入库): one sub-view per kind of record, in the storeroom's order.

物品 (items) · 入库单 (receipts) · 出库单 (issue slips) · 申购单 (purchase requests) ·
盘点 (stocktakes) · 报表 (monthly summary, registers, low stock, the ledger). Every
sub-view is a QWidget with ``list_view()``, so File > Export and Print act on the
list in front of the clerk. The sub-view last used is remembered per desk.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from models.people import User

from ..desk import desk_settings
from .issues_view import IssueSlipsView
from .items_view import ItemsView
from .receipts_view import ReceiptsView
from .reports_view import ReportsView
from .requests_view import RequestsView
from .stocktake_view import StocktakesView

SETTING = "warehouse/subview"


class WarehouseTab(QWidget):
    """The tab; ``list_view()`` is the current sub-view's list."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("warehouseTab")
        self.views = QTabWidget(self)
        self.views.setObjectName("warehouseViews")
        self.views.setDocumentMode(True)
        self.items = ItemsView(user, self)
        self.receipts = ReceiptsView(user, self)
        self.issue_slips = IssueSlipsView(user, self)
        self.requests = RequestsView(user, self)
        self.stocktakes = StocktakesView(user, self)
        self.reports = ReportsView(user, self)
        for view, title in (
            (self.items, self.tr("Items")),
            (self.receipts, self.tr("Receipts")),
            (self.issue_slips, self.tr("Issue slips")),
            (self.requests, self.tr("Purchase requests")),
            (self.stocktakes, self.tr("Stocktakes")),
            (self.reports, self.tr("Reports")),
        ):
            self.views.addTab(view, title)
        index = desk_settings().value(SETTING, 0, type=int)
        if 0 <= index < self.views.count():
            self.views.setCurrentIndex(index)
        self.views.currentChanged.connect(self._remember)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def _remember(self, index: int) -> None:
        desk_settings().setValue(SETTING, index)
        window = self.window()
        update = getattr(window, "update_list_actions", None)
        if update is not None:
            update()

    def list_view(self):
        view = self.views.currentWidget()
        getter = getattr(view, "list_view", None)
        return getter() if getter else None
