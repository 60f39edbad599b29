"""The reception log tab (来访登记): one sub-view per register, in the desk's order.

来访 (visitors) · 来电 (calls) · 投诉 (complaints) · 建议/意见 (suggestions) · 拾遗 (lost and found) · 回访 (callbacks) ·
意见咨询 (consultations) · 满意度调查 (satisfaction surveys). Every sub-view is a QWidget with
``list_view()`` (File > Export and Print act on the list
in front of the clerk), ``toolbar`` (its steps) and ``refresh()``. The sub-view last
used is remembered per desk; coming back to the tab rereads the one in front.

Above the sub-views' tabs, the counters of what is due today (``reception.tab_counters()``:
each register's ``COUNTERS``, counted in models): each a link that brings its sub-view to
the front with the list filtered to what it counts (as the repairs tab's 超时 counter).
They are counted again whenever a sub-view's list is read again (a record saved, F5, a
filter) and when the clerk comes back to the tab. A calls' complaint is registered through
the complaints view's form (登记投诉: ``register_from_call``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from models import reception
from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..widgets.counters_line import SEPARATOR, CountersLabel
from ..widgets.list_view import ListView
from ..widgets.tab import ViewsTab
from .callbacks_view import CallbacksView
from .calls_view import CallsView
from .complaints_view import ComplaintsView
from .consultations_view import ConsultationsView
from .lostfound_view import LostFoundView
from .suggestions_view import SuggestionsView
from .surveys_view import SurveysView
from .visitors_view import VisitorsView

LATE = QColor("#c62828")


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
        self.consultations = ConsultationsView(user, self)
        self.surveys = SurveysView(user, self)
        self.calls.register_complaint = self.complaints.register_from_call  # 登记投诉
        self.set_up_views("receptionViews", [
            (self.visitors, self.tr("Visitors")),
            (self.calls, self.tr("Calls")),
            (self.complaints, self.tr("Complaints")),
            (self.suggestions, self.tr("Suggestions")),
            (self.lostfound, self.tr("Lost and found")),
            (self.callbacks, self.tr("Callbacks")),
            (self.consultations, self.tr("Consultations")),
            (self.surveys, self.tr("Satisfaction surveys")),
        ])
        self._set_up_counters()

    # --- the counters ----------------------------------------------------------------

    def _set_up_counters(self) -> None:
        self.counters = CountersLabel(self)
        self.counters.setObjectName("receptionCounters")
        self.counters.setTextFormat(Qt.TextFormat.RichText)
        self.counters.setContentsMargins(6, 2, 6, 0)
        self.counters.setWordWrap(True)  # a narrow window: on two lines, never hiding a tab
        self.counters.setToolTip(self.tr("What is due today: click a number to list it"))
        self.counters.linkActivated.connect(self.open_counter)
        self.layout().insertWidget(0, self.counters)  # above the sub-views' tabs
        # one count for a burst of list reads (a save refreshes, then selects)
        self._recount = QTimer(self, singleShot=True, interval=0)
        self._recount.timeout.connect(self.update_counters)
        for view in self.sub_views():
            view.list_view().model.modelReset.connect(self._recount.start)
        self.update_counters()

    def sub_views(self) -> list[QWidget]:
        """The sub-views with a list, in the tab's order."""
        out = []
        for index in range(self.views.count()):
            view = self.views.widget(index)
            getter = getattr(view, "list_view", None)
            if getter is not None and isinstance(getter(), ListView):
                out.append(view)
        return out

    def counted(self) -> dict[str, int]:
        """{counter key: count} as the counters show them now."""
        return dict(self._counts)

    def update_counters(self) -> None:
        """Count again (models) and show each counter as a link; late ones in red."""
        self._recount.stop()
        self._counts: dict[str, int] = {}
        links = []
        normal = self.palette().link().color().name()
        for counter in reception.tab_counters():
            if self.view_of(counter.list_name) is None:
                continue  # its register's sub-view is not in this tab (yet)
            count = self._counts[counter.key] = counter.count()
            colour = LATE.name() if counter.alarm and count else normal
            text = QCoreApplication.translate("Reception", counter.label).format(count=count)
            links.append(f'<a href="{counter.key}" style="color: {colour};">'
                         f"{html.escape(text)}</a>")
        self.counters.setText(SEPARATOR.join(links))

    def view_of(self, list_name: str) -> QWidget | None:
        """The sub-view showing the list named ``list_name`` (ListSpec.name)."""
        for view in self.sub_views():
            if view.list_view().spec.name == list_name:
                return view
        return None

    def open_counter(self, key: str) -> None:
        """A counter clicked: its sub-view in front, the list filtered to what it counts."""
        counter = next((c for c in reception.tab_counters() if c.key == key), None)
        view = self.view_of(counter.list_name) if counter is not None else None
        if view is None:
            return
        self.views.setCurrentWidget(view)
        shows = getattr(view, "show_counter", None)  # a view with more than its list (回访)
        if shows is None or not shows(counter.key):
            view.list_view().show_filter(counter.open_filter())
        self.focus_list()

    def shown_again(self) -> None:
        """Back at the tab: the list in front and the counters read again."""
        super().shown_again()
        self.update_counters()
