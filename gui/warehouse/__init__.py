"""The warehouse tab (仓库出入库): items, receipts, issue slips, purchase requests, stocktakes, reports.

    from gui.warehouse import WarehouseTab
    tab = WarehouseTab(user)  # tab.list_view(): the list of the sub-view in front

``TAB`` and ``SETTINGS_PAGE`` (none: the storekeeper keeps the item categories
in the tab itself) are what the main window and the Settings dialog take from
here (gui.areas).
"""

from __future__ import annotations

from .tab import WarehouseTab

__all__ = ["SETTINGS_PAGE", "TAB", "WarehouseTab"]

TAB = WarehouseTab
SETTINGS_PAGE = None
