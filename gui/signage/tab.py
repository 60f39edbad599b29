"""The sign requests tab (标识申请): the registry, the requests, the inspections.

标识一览 (the registry by department) · 标识申请 (requests) · 标识检查 (inspections). Every
sub-view is a QWidget with ``list_view()`` (File > Export and Print act on the list
in front of the clerk), ``toolbar`` (its steps) and ``refresh()``. The sub-view last
used is remembered per desk; coming back to the tab rereads the one in front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.i18n import QT_TRANSLATE_NOOP
from models.people import User

from ..widgets.tab import ViewsTab
from .inspections_view import InspectionsView
from .registry_view import RegistryView
from .requests_view import RequestsView


class SignageTab(ViewsTab):
    """The tab; ``list_view()`` is the current sub-view's list."""

    SETTING = "signage/subview"
    TITLE = QT_TRANSLATE_NOOP("MainWindow", "Sign requests")

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("signageTab")
        self.registry = RegistryView(user, self)
        self.requests = RequestsView(user, self)
        self.inspections = InspectionsView(user, self)
        self.set_up_views("signageViews", [
            (self.registry, self.tr("Signs")),
            (self.requests, self.tr("Requests")),
            (self.inspections, self.tr("Inspections")),
        ])
