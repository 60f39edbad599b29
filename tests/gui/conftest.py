"""GUI fixtures: the application set up as at start-up (font registered), dialogs never block."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


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
