"""The reception log tab (来访登记): one sub-view per register, in the desk's order.

来访 (visitors) · 来电 (calls) · 投诉 (complaints) · 建议/意见 (suggestions) · 拾遗 (lost and found). Every
sub-view is a QWidget with ``list_view()`` (File > Export and Print act on the list
in front of the clerk), ``toolbar`` (its steps) and ``refresh()``. The sub-view last
used is remembered per desk; coming back to the tab rereads the one in front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QToolBar, QVBoxLayout, QWidget

from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..desk import desk_settings
from ..widgets.list_view import ListView
from ..widgets.tab import AreaTab
from .calls_view import CallsView
from .complaints_view import ComplaintsView
from .lostfound_view import LostFoundView
from .suggestions_view import SuggestionsView
from .visitors_view import VisitorsView

SETTING = "reception/subview"


class ReceptionTab(AreaTab):
    """The tab; ``list_view()`` is the current sub-view's list."""

    TITLE = QT_TRANSLATE_NOOP("MainWindow", "Reception log")

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("receptionTab")
        self.views = QTabWidget(self)
        self.views.setObjectName("receptionViews")
        self.views.setDocumentMode(True)
        self.visitors = VisitorsView(user, self)
        self.calls = CallsView(user, self)
        self.complaints = ComplaintsView(user, self)
        self.suggestions = SuggestionsView(user, self)
        self.lostfound = LostFoundView(user, self)
        for view, title in (
            (self.visitors, self.tr("Visitors")),
            (self.calls, self.tr("Calls")),
            (self.complaints, self.tr("Complaints")),
            (self.suggestions, self.tr("Suggestions")),
            (self.lostfound, self.tr("Lost and found")),
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
        self.list_changed.emit()

    def list_view(self) -> ListView | None:
        getter = getattr(self.views.currentWidget(), "list_view", None)
        return getter() if getter else None

    def steps_toolbar(self) -> QToolBar | None:
        return getattr(self.views.currentWidget(), "toolbar", None)

    def refresh(self) -> None:
        """The sub-view in front reads its list again."""
        refresh = getattr(self.views.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()

    def shown_again(self) -> None:
        self.refresh()
