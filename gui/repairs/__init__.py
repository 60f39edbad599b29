"""The repair orders tab (报修单 / 工程服务单) and its page of the Settings dialog.

    from gui.repairs import RepairsTab, RepairsSettingsPage
    tab = RepairsTab(user)            # tab.list_view() for File > Export / Print
    page = RepairsSettingsPage(user)  # deadlines and categories (administrators)

``TAB`` and ``SETTINGS_PAGE`` are what the main window and the Settings dialog
take from here (gui.areas).
"""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP

from ..widgets.tab import SettingsPage
from .settings_page import RepairsSettingsPage
from .tab import RepairsTab

__all__ = ["SETTINGS_PAGE", "TAB", "RepairsSettingsPage", "RepairsTab"]

TAB = RepairsTab
# Read-only for those who may not change it: the page decides.
SETTINGS_PAGE = SettingsPage(RepairsSettingsPage, QT_TRANSLATE_NOOP("SettingsDialog", "Repair orders"))
