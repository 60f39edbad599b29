"""The repair orders tab (报修单 / 工程服务单) and its page of the Settings dialog.

    from gui.repairs import RepairsTab, RepairsSettingsPage
    tab = RepairsTab(user)            # tab.list_view() for File > Export / Print
    page = RepairsSettingsPage(user)  # deadlines and categories (administrators)
"""

from __future__ import annotations

from .settings_page import RepairsSettingsPage
from .tab import RepairsTab

__all__ = ["RepairsSettingsPage", "RepairsTab"]
