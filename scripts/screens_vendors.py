"""Screens of the vendor scoring tab for scripts/screens.py: each sub-view in the main window
(and the pest view's three pages)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _subviews(window, out: Path) -> list[Path]:
    index = next(i for i in range(window.tabs.count())
                 if window.tabs.widget(i).objectName() == "vendorsTab")
    tab = window.tabs.widget(index)
    window.tabs.setCurrentIndex(index)
    saved = []
    for number in range(tab.views.count()):
        tab.views.setCurrentIndex(number)
        _settle()
        path = out / f"vendors{number + 1}.png"
        window.grab().save(str(path))
        saved.append(path)
    tab.views.setCurrentWidget(tab.pest)
    pages = tab.pest.findChild(QTabWidget, "pestPages")
    for page in range(1, pages.count() if pages is not None else 0):
        pages.setCurrentIndex(page)
        _settle()
        path = out / f"vendors_pest{page + 1}.png"
        window.grab().save(str(path))
        saved.append(path)
    if pages is not None:
        pages.setCurrentIndex(0)
    tab.views.setCurrentIndex(0)
    return saved


SCREENS = [("vendors", _subviews)]
