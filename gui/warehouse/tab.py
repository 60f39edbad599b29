"""The warehouse tab (仓库出入库): one sub-view per kind of record, in the storeroom's order.

物品 (items) · 入库单 (receipts) · 出库单 (issue slips) · 申购单 (purchase requests) ·
盘点 (stocktakes) · 报表 (monthly summary, registers, low stock, the ledger). Every
sub-view is a QWidget with ``list_view()``, so File > Export and Print act on the
list in front of the clerk. The sub-view last used is remembered per desk. Each
sub-view reads its list again when it is shown again (RereadWhenShownAgain and
the like), so coming back to the tab rereads the one in front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models import warehouse
from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..widgets.document_view import DocumentView
from ..widgets.tab import ViewsTab
from .issues_view import IssueSlipsView
from .items_view import ItemsView
from .receipts_view import ReceiptsView
from .reports_view import ReportsView
from .requests_view import RequestsView
from .stocktake_view import StocktakesView

PRINT = warehouse.steps.PRINT
RECORD, SHEETS = warehouse.steps.RECORD, warehouse.steps.SHEETS


class WarehouseTab(ViewsTab):
    """The tab; ``list_view()`` is the current sub-view's list."""

    SETTING = "warehouse/subview"
    TITLE = QT_TRANSLATE_NOOP("MainWindow", "Warehouse")

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("warehouseTab")
        self.items = ItemsView(user, self)
        self.receipts = ReceiptsView(user, self)
        self.issue_slips = IssueSlipsView(user, self)
        self.requests = RequestsView(user, self)
        self.stocktakes = StocktakesView(user, self)
        self.reports = ReportsView(user, self)
        self.set_up_views("warehouseViews", [
            (self.items, self.tr("Items")),
            (self.receipts, self.tr("Receipts")),
            (self.issue_slips, self.tr("Issue slips")),
            (self.requests, self.tr("Purchase requests")),
            (self.stocktakes, self.tr("Stocktakes")),
            (self.reports, self.tr("Reports")),
        ])

    def print_selected(self) -> bool:
        """File > Print (Ctrl+P): the selected document's form in the sub-view in front (入库单,
        出库单, 物品申购表; a stocktake's 物料盘点记录表, or its count sheets while the record
        may not be printed); False where nothing is selected or there is no form (物品, 报表)."""
        view = self.views.currentWidget()
        if isinstance(view, DocumentView):
            doc = view.current_document()
            if doc is None or PRINT not in view.steps.allowed(self.user, doc):
                return False
            view.print_document(doc.id)
            return True
        if isinstance(view, StocktakesView):
            stocktake = view.current()
            allowed = warehouse.STOCKTAKE_STEPS.allowed(self.user, stocktake)
            if stocktake is None or not {RECORD, SHEETS} & set(allowed):
                return False
            if RECORD in allowed:
                view.print_record(stocktake.id)
            else:
                view.print_sheets(stocktake.id)
            return True
        return False

    def shown_again(self) -> None:
        """Nothing more: the sub-view in front rereads itself when shown again."""
