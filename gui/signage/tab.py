"""The sign requests tab (标识申请): the registry, the requests, the inspections.

标识一览 (the registry by department) · 标识申请 (requests) · 标识检查 (inspections). Every
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
from .inspections_view import InspectionsView
from .registry_view import RegistryView
from .requests_view import RequestsView

SETTING = "signage/subview"


class SignageTab(AreaTab):
    """The tab; ``list_view()`` is the current sub-view's list."""

    TITLE = QT_TRANSLATE_NOOP("MainWindow", "Sign requests")

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("signageTab")
        self.views = QTabWidget(self)
        self.views.setObjectName("signageViews")
        self.views.setDocumentMode(True)
        self.registry = RegistryView(user, self)
        self.requests = RequestsView(user, self)
        self.inspections = InspectionsView(user, self)
        for view, title in (
            (self.registry, self.tr("Signs")),
            (self.requests, self.tr("Requests")),
            (self.inspections, self.tr("Inspections")),
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
