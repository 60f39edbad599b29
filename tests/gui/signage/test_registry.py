"""The registry sub-view as customer service uses it: the import of the signs on the walls
(a file with a bad row refused with its report, then a good one accepted), a sign corrected,
a replacement drafted, the kinds on the Settings page."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from gui.signage import registry_view
from gui.signage.registry_view import AMBER, SignKindsSection, SignRegistryView
from models import signage
from tests.helpers.sign_requests import department, sign_staff, wall_sign
from tests.helpers.widgets import enabled, label_texts, pick


def fill(path, rows) -> None:
    """Rows typed into the template under its example row."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for values in rows:
        sheet.append(values)
    book.save(path)


def test_an_import_with_a_bad_row_is_refused_with_its_report_then_a_good_one_accepted(
        open_view, driver, make_user, clock, messages, monkeypatch, tmp_path, table_snapshot):
    staff = sign_staff(make_user)
    department()
    template = tmp_path / "标识导入模板.xlsx"
    monkeypatch.setattr(registry_view, "ask_save_path", lambda *a: str(template))
    view = open_view(SignRegistryView, staff["clerk"])
    view.qactions["template"].trigger()
    assert template.exists() and any("The template is saved" in t for _k, t in messages)

    good_rows = [["", "办公室", "财务部 综合办公室", "财务部", "A座", "12F", "1201", 1,
                  "300×100mm", "不锈钢", "2023-05-01", "在用"],
                 ["", "会议室", "第12会议室", "财务部", "A座", "12F", "1220", 1,
                  "300×120mm", "不锈钢", None, "待整改"]]
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(template.read_bytes())
    fill(bad, [*good_rows, ["", "灯箱", "大堂灯箱", "财务部", "A座", "1F", "大堂", 1, "", "",
                            None, None]])
    monkeypatch.setattr(registry_view, "ask_open_path", lambda *a: str(bad))
    shown = []

    def problems(dialog):
        shown.append(dialog.problems.toPlainText())
        assert any("1 row(s) of bad.xlsx cannot be imported" in t for t in label_texts(dialog))
        dialog.findChild(QPushButton, "copyProblems").click()

    before = table_snapshot()
    driver.then(problems)
    view.qactions["import"].trigger()
    assert shown == ["Row 5, 类别: There is no sign kind 灯箱."]
    assert QApplication.clipboard().text() == shown[0]
    assert table_snapshot() == before
    assert view.list.model.rowCount() == 0

    good = tmp_path / "good.xlsx"
    good.write_bytes(template.read_bytes())
    fill(good, good_rows)
    monkeypatch.setattr(registry_view, "ask_open_path", lambda *a: str(good))
    view.qactions["import"].trigger()
    assert any("2 sign(s) imported from good.xlsx" in t for _k, t in messages)
    assert [s.text for s in signage.Sign.select().order_by(signage.Sign.number)] == [
        "财务部 综合办公室", "第12会议室"]
    view.refresh()
    assert view.list.model.rowCount() == 2
    assert view.list.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).name() == AMBER


def test_a_sign_is_corrected_and_a_replacement_drafted(open_view, qtbot, driver, make_user,
                                                        clock, messages):
    staff = sign_staff(make_user)
    sign = wall_sign(staff["clerk"])
    view = open_view(SignRegistryView, staff["clerk"])
    view.refresh()
    assert view.list.select_only(sign.id)
    view.update_actions()
    assert {"edit", "replace", "print", "template", "import"} <= enabled(view)

    def correct(form):
        assert any("办公室 sign of 财务部" in text for text in label_texts(form))
        form.fields["room"].editor.setText("1206")
        pick(form, "state", "To be corrected")
        assert form.save()

    driver.then(correct)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    sign = signage.get_sign(sign.id)
    assert (sign.room, sign.state) == ("1206", signage.TO_FIX)

    view.qactions["replace"].trigger()
    request = signage.SignRequest.get()
    assert (request.replaces_id, request.status) == (sign.id, signage.DRAFT)
    assert any(f"Draft request {request.number} names sign {sign.number}" in t
               for _k, t in messages)

    duty_view = open_view(SignRegistryView, staff["duty"])
    duty_view.refresh()
    duty_view.list.select_only(sign.id)
    duty_view.update_actions()
    assert enabled(duty_view) == {"print", "template"}

    def read(form):
        assert not form.save_button.isVisible()
        assert form.fields["room"].editor.text() == "1206"

    driver.then(read)
    duty_view.list.table.setFocus()
    qtbot.keyClick(duty_view.list.table, Qt.Key.Key_Return)
    assert not driver.steps and signage.get_sign(sign.id).room == "1206"


def test_the_kinds_are_kept_on_the_settings_page(app, qtbot, driver, make_user, admin):
    staff = sign_staff(make_user)
    section = SignKindsSection(staff["clerk"])
    qtbot.addWidget(section)

    def name(form):
        form.fields["name"].editor.setText("导向牌")
        assert form.save()

    driver.then(name)
    section.editor.buttons["add"].click()
    assert "导向牌" in [k.name for k in signage.kinds()]
    duty = SignKindsSection(staff["duty"])
    qtbot.addWidget(duty)
    assert not duty.editor.buttons["add"].isEnabled()
