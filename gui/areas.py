"""The GUI's side of the one list of areas (models.areas): the tabs and the settings pages.

Each built area's GUI package (``gui.<name>``) offers ``TAB``, its tab class
(a gui.widgets.tab.AreaTab, made with the logged-in user), and
``SETTINGS_PAGE``, a gui.widgets.tab.SettingsPage or None. An area still
PENDING gets a PendingTab under its title. The main window and the Settings
dialog take their tabs and pages from here, in the list's order.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtCore import QCoreApplication

from models import areas
from models.people import User

from .widgets.tab import TITLE_CONTEXT, AreaTab, PendingTab, SettingsPage


def package(name: str) -> ModuleType:
    """``gui.<name>``, checked for what a built area's GUI package must offer."""
    module = importlib.import_module(f"{__package__}.{name}")
    tab = getattr(module, "TAB", None)
    if not (isinstance(tab, type) and issubclass(tab, AreaTab)):
        raise LookupError(f"{module.__name__} must offer TAB, its tab (a gui.widgets.tab.AreaTab)")
    return module


def build_tabs(user: User) -> list[AreaTab]:
    """Every area's tab, in the list's order; one not built yet says so."""
    tabs: list[AreaTab] = []
    for name in areas.AREAS:
        if name in areas.PENDING:
            tabs.append(PendingTab(QCoreApplication.translate(TITLE_CONTEXT, areas.PENDING[name])))
        else:
            tabs.append(package(name).TAB(user))
    return tabs


def settings_pages() -> list[SettingsPage]:
    """The built areas' pages of the Settings dialog, in the list's order."""
    pages = (getattr(package(name), "SETTINGS_PAGE", None) for name in areas.built())
    return [page for page in pages if page is not None]
