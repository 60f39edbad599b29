"""GUI fixtures: the application set up as at start-up (font registered), dialogs never block.

``driver`` replaces gui.widgets.modal.run_dialog, through which every tab shows its
dialogs; ``printed`` replaces the print preview of every tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from .dialog_driver import DialogDriver


@pytest.fixture
def app(qapp):
    from gui.app import register_font

    register_font(qapp)
    return qapp


@pytest.fixture
def messages(monkeypatch):
    """Record QMessageBox calls instead of blocking; question() answers Yes."""
    seen: list[tuple[str, str]] = []

    def record(kind, answer=None):
        def _show(parent, title, text, *args, **kwargs):
            seen.append((kind, text))
            return answer if answer is not None else QMessageBox.StandardButton.Ok

        return _show

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "about", record("about"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen.append(("box", self.text())) or 0)
    return seen


@pytest.fixture
def driver(qtbot, monkeypatch) -> DialogDriver:
    """Every dialog a tab runs goes to the next step queued with ``driver.then(step)``."""
    from gui.widgets import modal

    d = DialogDriver(qtbot)
    monkeypatch.setattr(modal, "run_dialog", d)
    return d


@pytest.fixture
def printed(monkeypatch) -> list[tuple[bytes, str]]:
    """The PDFs the tabs would preview, (pdf, title), instead of the preview dialog."""
    from gui.widgets import print_preview

    seen: list[tuple[bytes, str]] = []
    monkeypatch.setattr(print_preview, "preview_pdf",
                        lambda parent, pdf, title, file_name="": seen.append((pdf, title)))
    return seen
