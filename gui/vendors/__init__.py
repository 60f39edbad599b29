"""The vendor scoring tab (外判考评) and its page of the Settings dialog.

``TAB`` and ``SETTINGS_PAGE`` are what the main window and the Settings dialog
take from here (gui.areas).
"""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP

from ..widgets.tab import SettingsPage
from .settings_page import VendorsSettingsPage
from .tab import VendorsTab

__all__ = ["SETTINGS_PAGE", "TAB", "VendorsSettingsPage", "VendorsTab"]

TAB = VendorsTab
SETTINGS_PAGE = SettingsPage(VendorsSettingsPage,
                             QT_TRANSLATE_NOOP("SettingsDialog", "Vendor scoring"))
