"""The reception log tab (来访登记) and its page of the Settings dialog.

    from gui.reception import ReceptionTab
    tab = ReceptionTab(user)   # tab.list_view() for File > Export / Print

``TAB`` and ``SETTINGS_PAGE`` are what the main window and the Settings dialog
take from here (gui.areas).
"""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP

from ..widgets.tab import SettingsPage
from .settings_page import ReceptionSettingsPage
from .tab import ReceptionTab

__all__ = ["SETTINGS_PAGE", "TAB", "ReceptionSettingsPage", "ReceptionTab"]

TAB = ReceptionTab
SETTINGS_PAGE = SettingsPage(ReceptionSettingsPage,
                             QT_TRANSLATE_NOOP("SettingsDialog", "Reception log"))
