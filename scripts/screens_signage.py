"""Screens of the signage tab for scripts/screens.py: each sub-view in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication


def _subviews(window, out: Path) -> list[Path]:
    tab = window.tabs.widget(3)
    window.tabs.setCurrentIndex(3)
    saved = []
    for index in range(tab.views.count()):
        tab.views.setCurrentIndex(index)
        for _ in range(5):
            QApplication.processEvents()
        path = out / f"signage{index + 1}.png"
        window.grab().save(str(path))
        saved.append(path)
    return saved


SCREENS = [("signage", _subviews)]
