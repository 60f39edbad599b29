"""The reception log tab (来访登记): one sub-view per register, in the desk's order.

来访 (visitors) · 来电 (calls) · 投诉 (complaints) · 建议/意见 (suggestions) · 拾遗 (lost and found). Every
sub-view is a QWidget with ``list_view()`` (File > Export and Print act on the list
in front of the clerk), ``toolbar`` (its steps) and ``refresh()``. The sub-view last
used is remembered per desk; coming back to the tab rereads the one in front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..widgets.tab import ViewsTab
from .callbacks_view import CallbacksView
from .calls_view import CallsView
from .complaints_view import ComplaintsView
from .lostfound_view import LostFoundView
from .suggestions_view import SuggestionsView
from .visitors_view import VisitorsView


class ReceptionTab(ViewsTab):
    """The tab; ``list_view()`` is the current sub-view's list."""

    SETTING = "reception/subview"
    TITLE = QT_TRANSLATE_NOOP("MainWindow", "Reception log")

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("receptionTab")
        self.visitors = VisitorsView(user, self)
        self.calls = CallsView(user, self)
        self.complaints = ComplaintsView(user, self)
        self.suggestions = SuggestionsView(user, self)
        self.lostfound = LostFoundView(user, self)
        self.callbacks = CallbacksView(user, self)
        self.set_up_views("receptionViews", [
            (self.visitors, self.tr("Visitors")),
            (self.calls, self.tr("Calls")),
            (self.complaints, self.tr("Complaints")),
            (self.suggestions, self.tr("Suggestions")),
            (self.lostfound, self.tr("Lost and found")),
            (self.callbacks, self.tr("Callbacks")),
        ])
