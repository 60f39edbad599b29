"""The reception page of the Settings dialog: one group per register that has settings.

Each register's view module may offer ``SETTINGS_SECTION``, a QWidget class made with
the user (it decides what that user may change and saves its own values).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from models.people import User

from . import calls_view, complaints_view, lostfound_view, suggestions_view, visitors_view

_MODULES = (visitors_view, calls_view, complaints_view, suggestions_view, lostfound_view)


class ReceptionSettingsPage(QWidget):
    """The registers' settings sections, stacked in the tab's order."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receptionSettingsPage")
        layout = QVBoxLayout(self)
        self.sections: list[QWidget] = []
        for module in _MODULES:
            section = getattr(module, "SETTINGS_SECTION", None)
            if section is not None:
                widget = section(user, self)
                self.sections.append(widget)
                layout.addWidget(widget)
        layout.addStretch(1)
