"""The vendors page of the Settings dialog: one group per part that has settings.

Each part's view module may offer ``SETTINGS_SECTION``, a QWidget class made with
the user (it decides what that user may change and saves its own values).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from models.people import User

from . import defects_view, evaluations_view, month_view, pest_view, setup_view

_MODULES = (setup_view, evaluations_view, defects_view, pest_view, month_view)


class VendorsSettingsPage(QWidget):
    """The parts' settings sections, stacked in the tab's order."""

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vendorsSettingsPage")
        layout = QVBoxLayout(self)
        self.sections: list[QWidget] = []
        for module in _MODULES:
            section = getattr(module, "SETTINGS_SECTION", None)
            if section is not None:
                widget = section(user, self)
                self.sections.append(widget)
                layout.addWidget(widget)
        layout.addStretch(1)
