"""The vendor scoring tab (外判考评): one sub-view per part, in the office's order.

考评 (evaluations) · 整改 (defects) · 消杀 (pest control) · 月度结算 (the month) · 单位与合同
(vendors, contracts, criteria). Every sub-view is a QWidget with ``list_view()`` (File >
Export and Print act on the list in front of the clerk), ``toolbar`` (its steps) and
``refresh()``. The sub-view last used is remembered per desk; coming back to the tab
rereads the one in front.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..widgets.tab import ViewsTab
from .defects_view import DefectsView
from .evaluations_view import EvaluationsView
from .month_view import MonthView
from .pest_view import PestView
from .setup_view import SetupView


class VendorsTab(ViewsTab):
    """The tab; ``list_view()`` is the current sub-view's list."""

    SETTING = "vendors/subview"
    TITLE = QT_TRANSLATE_NOOP("MainWindow", "Vendor scoring")

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("vendorsTab")
        self.evaluations = EvaluationsView(user, self)
        self.defects = DefectsView(user, self)
        self.pest = PestView(user, self)
        self.month = MonthView(user, self)
        self.setup = SetupView(user, self)
        self.set_up_views("vendorsViews", [
            (self.evaluations, self.tr("Evaluations")),
            (self.defects, self.tr("Defects")),
            (self.pest, self.tr("Pest control")),
            (self.month, self.tr("Month")),
            (self.setup, self.tr("Vendors and contracts")),
        ])
        # the defects' counters (due today, late) above the sub-views, as the reception tab's
        self.counters = QLabel(self, objectName="vendorsCounters",
                               textFormat=Qt.TextFormat.RichText)
        self.counters.linkActivated.connect(self.open_counter)
        self.layout().insertWidget(0, self.counters)
        self.defects.list.model.modelReset.connect(self.update_counters)
        self.update_counters()

    def update_counters(self) -> None:
        self.counters.setText(self.defects.counters_text())

    def open_counter(self, key: str) -> None:
        self.views.setCurrentWidget(self.defects)
        self.defects.open_counter(key)

    def shown_again(self) -> None:
        super().shown_again()
        self.update_counters()
