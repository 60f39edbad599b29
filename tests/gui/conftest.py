"""GUI fixtures: the application set up as at start-up (font registered), dialogs never block.

``driver`` replaces gui.widgets.modal.run_dialog, through which every tab shows its
dialogs; ``printed`` replaces the print preview of every tab; ``open_view`` shows a
view as the active window; ``items`` stocks the storeroom's item list; ``x_display`` is a
real X display (Xvfb) for the few tests that need a real window. Defined once
here for every GUI test (the fixtures for all tests are in tests/conftest.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers.dialog_driver import DialogDriver


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


@pytest.fixture
def open_view(app, qtbot, messages):
    """open_view(view_class, user) -> the view, 1200×700, shown as the active window."""

    def _open(view_class, user):
        view = view_class(user)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        return view

    return _open


@pytest.fixture
def items(staff):
    """Three items with no stock: 十字螺丝 (盒, safety 5), 电线 (米), 水龙头 (个)."""
    from models import warehouse

    keeper = staff["keeper"]
    return {
        "screw": warehouse.create_item({"code": "WJ001", "name": "十字螺丝", "spec": "M4×20",
                                        "unit": "盒", "category": "五金", "location": "A-01",
                                        "safety_stock": "5"}, by=keeper),
        "wire": warehouse.create_item({"code": "DL001", "name": "电线", "spec": "BV2.5",
                                       "unit": "米", "category": "电料", "location": "B-02"},
                                      by=keeper),
        "tap": warehouse.create_item({"code": "SN001", "name": "水龙头", "unit": "个",
                                      "category": "水暖", "location": "C-01"}, by=keeper),
    }


@pytest.fixture(scope="session")
def x_display():
    """A real X display (Xvfb :N, tests/helpers/xvfb.py) for the tests that need a real
    window and a real pointer; skipped, saying why, where Xvfb or xdotool is missing, but
    a failure in CI (CI or FRONTDESK_CI set: .ci/run installs them), never a silent skip."""
    from tests.helpers import xvfb

    reason = xvfb.missing_tools()
    if reason:
        if xvfb.in_ci():
            pytest.fail(f"CI must run the real-window tests: {reason}")
        pytest.skip(reason)
    with xvfb.XDisplay() as display:
        yield display
