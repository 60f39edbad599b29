"""The vendors tab's evaluations sub-view (see gui.vendors.tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar, QVBoxLayout, QWidget

from models.people import User

from ..widgets.list_view import ListView

SETTINGS_SECTION = None  # this part's group of the Settings page (a QWidget class) or None


class EvaluationsView(QWidget):
    """The part's list, its steps toolbar and its forms."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.toolbar = QToolBar(self)
        QVBoxLayout(self).addWidget(self.toolbar)

    def list_view(self) -> ListView | None:
        return None

    def refresh(self) -> None:
        """Read the list again."""
