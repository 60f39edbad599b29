"""The line of counters above a tab's sub-views (what is due today), shared by the tabs.

Each tab counts in models and writes the links; this is only the label and the separator.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

SEPARATOR = "&nbsp;&nbsp;·&nbsp;&nbsp;"


class CountersLabel(QLabel):
    """The counters' line: as wide as its text when there is room, never what keeps the
    window from being made narrower (then clipped; the tooltip says what they are)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())
