"""The sign requests tab (标识申请) and its page of the Settings dialog.

``TAB`` and ``SETTINGS_PAGE`` are what the main window and the Settings dialog
take from here (gui.areas).
"""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP

from ..widgets.tab import SettingsPage
from .settings_page import SignageSettingsPage
from .tab import SignageTab

__all__ = ["SETTINGS_PAGE", "TAB", "SignageSettingsPage", "SignageTab"]

TAB = SignageTab
SETTINGS_PAGE = SettingsPage(SignageSettingsPage,
                             QT_TRANSLATE_NOOP("SettingsDialog", "Sign requests"))
