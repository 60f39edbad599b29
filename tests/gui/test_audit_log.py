"""The manager's audit log: filter it, export it, print it."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from models import people
from models.errors import PermissionDenied


@pytest.fixture
def office_with_clerk(admin, make_user):
    clerk = make_user(people.CLERK, login="xiaoli", full_name="李小丽")
    people.set_roles(clerk.id, {people.CLERK, people.DUTY}, by=admin)
    people.reset_password(clerk.id, "temp9999", by=admin)
    return admin


def _dialog(qtbot, user):
    from gui.dialogs.audit_log import AuditLogDialog

    dialog = AuditLogDialog(user)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_only_those_allowed_see_the_audit_log(app, qtbot, office_with_clerk, make_user):
    from gui.dialogs.audit_log import AuditLogDialog

    clerk = make_user(people.CLERK, login="c2")
    with pytest.raises(PermissionDenied):
        AuditLogDialog(clerk)


def test_manager_filters_the_audit_log(app, qtbot, office_with_clerk):
    dialog = _dialog(qtbot, office_with_clerk)
    model = dialog.view.model
    qtbot.waitUntil(lambda: model.total() >= 4)
    qtbot.keyClicks(dialog.view.search, "xiaoli")
    qtbot.waitUntil(lambda: model.total() == 3, timeout=3000)
    actions = {model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert actions == {"User created", "Roles changed", "Password reset"}


def test_audit_log_export_and_print(app, qtbot, office_with_clerk, tmp_path, monkeypatch):
    import gui.widgets.list_actions as actions

    dialog = _dialog(qtbot, office_with_clerk)
    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Time", "User", "Action", "Table", "Record", "Changes")
    assert len(rows) == 1 + 5  # admin created, office named, xiaoli created, roles, password
    printed = {}
    monkeypatch.setattr(actions, "preview_pdf", lambda parent, pdf, title, name: printed.update(pdf=pdf))
    dialog.print_button.click()
    assert printed["pdf"].startswith(b"%PDF")
