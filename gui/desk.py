"""Per-desk UI state (window geometry, column widths, language): QSettings in INI format.

FRONTDESK_SETTINGS_DIR moves the INI file (tests set it, so they never touch
the real desk's settings).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANISATION = "FrontDesk"
APPLICATION = "FrontDesk"


def desk_settings() -> QSettings:
    override = os.environ.get("FRONTDESK_SETTINGS_DIR")
    if override:
        os.makedirs(override, exist_ok=True)
        return QSettings(os.path.join(override, "frontdesk.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
