"""The vendor scoring tab (外判考评): one sub-view per part, in the office's order.

考评 (evaluations) · 整改 (defects) · 消杀 (pest control) · 月度结算 (the month) · 单位与合同
(vendors, contracts, criteria). Every sub-view is a QWidget with ``list_view()`` (File >
Export and Print act on the list in front of the clerk), ``toolbar`` (its steps) and
``refresh()``. The sub-view last used is remembered per desk; coming back to the tab
rereads the one in front.

Above the sub-views' tabs, one line of counters of what is due today
(``vendors.TAB_COUNTERS``, counted in models): serious failures open (first, red while not
zero: the property director's queue), sheets waiting for the vendor's signature, objections
to rule on, defects due today and late, density reports overdue, months waiting for the
manager. Each is a link that brings its sub-view to the front with its list filtered to
what it counts (the density reports: the pest view's density page, which lists the
half-years overdue). They are counted again whenever a sub-view's list is read again and
when the clerk comes back to the tab.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QWidget

from models import vendors
from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..widgets.counters_line import SEPARATOR, CountersLabel
from ..widgets.tab import ViewsTab
from .defects_view import DefectsView
from .evaluations_view import EvaluationsView
from .month_view import MonthView
from .pest_view import PestView
from .setup_view import SetupView

LATE = "#c62828"


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
        self._set_up_counters()

    # --- the counters ----------------------------------------------------------------

    def _set_up_counters(self) -> None:
        self.counters = CountersLabel(self)
        self.counters.setObjectName("vendorsCounters")
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        self.counters.setContentsMargins(6, 2, 6, 0)
        self.counters.setWordWrap(True)
        self.counters.setToolTip(self.tr("What is due today: click a number to list it"))
        self.counters.linkActivated.connect(self.open_counter)
        self.layout().insertWidget(0, self.counters)  # above the sub-views' tabs
        self._recount = QTimer(self, singleShot=True, interval=0)
        self._recount.timeout.connect(self.update_counters)
        for view in (self.evaluations, self.defects, self.pest, self.month, self.setup):
            view.list_view().model.modelReset.connect(self._recount.start)
        self.pest.density_list.model.modelReset.connect(self._recount.start)
        self.update_counters()

    def counted(self) -> dict[str, int]:
        """{counter key: count} as the line shows them now."""
        return dict(self._counts)

    def update_counters(self) -> None:
        """Count again (models) and show each counter as a link; alarms red while not 0."""
        self._recount.stop()
        self._counts: dict[str, int] = {}
        normal = self.palette().link().color().name()
        links = []
        for counter in vendors.TAB_COUNTERS:
            count = self._counts[counter.key] = counter.count()
            colour = LATE if counter.alarm and count else normal
            text = QCoreApplication.translate("Vendors", counter.label).format(count=count)
            links.append(f'<a href="{counter.key}" style="color: {colour};">'
                         f"{html.escape(text)}</a>")
        self.counters.setText(SEPARATOR.join(links))

    def open_counter(self, key: str) -> None:
        """A counter clicked: its sub-view in front, filtered to what it counts."""
        counter = vendors.tab_counter(key)
        if counter is None:
            return
        view = getattr(self, counter.view)
        self.views.setCurrentWidget(view)
        if counter.open_filter is not None:
            view.list_view().show_filter(counter.open_filter())
            self.focus_list()
        elif counter.page is not None:
            view.pages.setCurrentIndex(counter.page)
            view.refresh_panels()

    def shown_again(self) -> None:
        """Back at the tab: the list in front and the counters read again."""
        super().shown_again()
        self.update_counters()
