"""The manager's audit log: filter it, export it, print it."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QFileDialog
from reportlab.platypus.doctemplate import LayoutError

from models import audit, people
from models.db import database
from models.errors import PermissionDenied
from tests.helpers.pdf import flat_pdf_text


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


def test_audit_log_export_and_print(app, qtbot, office_with_clerk, tmp_path, monkeypatch,
                                    printed):
    dialog = _dialog(qtbot, office_with_clerk)
    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Time", "User", "Action", "Table", "Record", "Changes")
    assert len(rows) == 1 + 5  # admin created, office named, xiaoli created, roles, password
    dialog.print_button.click()
    assert printed[-1][0].startswith(b"%PDF")


# --- issue 10 items 4 and 5: a long cell prints, a failure is told, the log reads in words ---

COUNTS = "；".join(f"WJ{n:04d} 盘点数：（空） → {n}" for n in range(1, 600))  # ~11,000 chars


class Marking(QTranslator):
    """The desk's language as a test can read it: every translated text comes out «text»."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return f"«{source}»"


@pytest.fixture
def marked(app):
    translator = Marking(app)
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def _long_row(by) -> None:
    """One row as long as the one that broke the printout (a stocktake's counts)."""
    with database.atomic():
        audit.record(by, "stocktake_counts", "stocktake", 1, "PD20261130-0001",
                     {"note": COUNTS})


def test_a_log_with_a_cell_of_ten_thousand_characters_prints(
        app, qtbot, office_with_clerk, printed, messages, tmp_path):
    _long_row(office_with_clerk)
    assert len(COUNTS) > 10_000
    dialog = _dialog(qtbot, office_with_clerk)
    qtbot.waitUntil(lambda: dialog.view.model.total() >= 6)
    dialog.print_button.click()
    assert messages == []
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert "…" in text and "PD20261130-0001" in text and "xiaoli" in text


def test_a_printout_or_export_that_fails_tells_the_clerk(
        app, qtbot, office_with_clerk, printed, messages, monkeypatch, tmp_path):
    """reportlab giving up (as it did on the long cell) and a file that cannot be written
    both reach the clerk as a message, never only the terminal."""
    import gui.widgets.list_actions as actions

    def layout_fails(*args, **kwargs):
        raise LayoutError("Flowable <Table@0x7f 1 rows x 6 cols> too large on page 1")

    monkeypatch.setattr(actions, "list_pdf", layout_fails)
    dialog = _dialog(qtbot, office_with_clerk)
    dialog.print_button.click()
    assert printed == []
    kind, text = messages[-1]
    assert kind == "warning" and "The printout could not be made" in text
    assert "LayoutError" in text and "log file" in text

    locked = tmp_path / "a file, not a folder"
    locked.write_text("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(locked / "audit.xlsx"), ""))
    dialog.export_button.click()
    kind, text = messages[-1]
    assert kind == "warning" and "could not be written" in text


def test_the_log_reads_in_the_desks_language_on_screen_and_in_its_export(
        app, qtbot, office_with_clerk, marked, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, office_with_clerk)
    model = dialog.view.model
    qtbot.waitUntil(lambda: model.total() == 5)
    qtbot.waitUntil(lambda: model.rowCount() == 5)
    spec = dialog.view.spec
    screen = [[model.index(r, spec.index_of(k)).data() for k in ("entity", "changes")]
              for r in range(model.rowCount())]
    raw = ("storekeeper", "duty", "clerk", "∅", "roles:", "full_name", "office_name")
    for table, changes in screen:
        assert table in ("«User»", "«Office setting»"), table
        assert not any(word in changes for word in raw), changes
    assert any(c == "««Roles»: «Clerk» → «Clerk»«, »«Duty officer»»" for _t, c in screen), screen

    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_button.click()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][3] == "«Table»"
    exported = [[cell or "" for cell in r[3:6:2]] for r in rows[1:]]
    assert sorted(exported) == sorted([[cell or "" for cell in row] for row in screen])
