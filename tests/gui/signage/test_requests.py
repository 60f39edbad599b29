"""The requests sub-view as the clerk and the manager use it: a department's request typed,
submitted, approved, made and installed, the new sign then on that department's printed
registry; a request rejected with the reason; late requests red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gui.signage.registry_view import SignRegistryView
from gui.signage.requests_view import LATE, SignRequestsView
from models import signage
from tests.helpers.keys import type_text
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.sign_requests import department, request_values, sign_staff
from tests.helpers.widgets import enabled, label_texts, pick


def _type(qtbot, form, key: str, text: str) -> None:
    type_text(qtbot, form.fields[key].editor, text)


def _select(view, request_id: int) -> None:
    view.refresh()
    assert view.list.select_only(request_id)
    view.update_actions()


def test_a_department_request_goes_from_typed_to_installed_and_onto_its_registry(
        open_view, qtbot, driver, make_user, clock, messages, printed, tmp_path):
    staff = sign_staff(make_user)
    department()
    clerk_view = open_view(SignRequestsView, staff["clerk"])

    def type_request(form):
        pick(form, "department", "财务部")
        _type(qtbot, form, "applicant", "王芳")
        pick(form, "kind", "会议室")
        _type(qtbot, form, "text", "财务部 第2会议室")
        form.fields["quantity"].editor.setText("")
        _type(qtbot, form, "quantity", "2")
        _type(qtbot, form, "size", "300×120mm")
        _type(qtbot, form, "building", "A座")
        _type(qtbot, form, "floor", "12F")
        _type(qtbot, form, "room", "1220")
        _type(qtbot, form, "reason", "会议室启用，门口需要标识")
        _type(qtbot, form, "needed_by", "2026-03-20")
        assert form.save()

    driver.then(type_request)
    clerk_view.list.table.setFocus()
    qtbot.keyClick(clerk_view.list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    request = signage.SignRequest.get()
    assert (request.department.name, request.applicant, request.kind.name, request.text,
            request.quantity, request.room, request.needed_by, request.status) == (
        "财务部", "王芳", "会议室", "财务部 第2会议室", 2, "1220", dt.date(2026, 3, 20),
        signage.DRAFT)
    assert clerk_view.list.current_id() == request.id
    assert {"edit", "submit", "cancel", "print"} <= enabled(clerk_view)
    assert "authorize" not in enabled(clerk_view)
    clerk_view.qactions["submit"].trigger()
    assert signage.get_request(request.id).status == signage.SUBMITTED
    assert enabled(clerk_view) >= {"cancel", "print"} and "authorize" not in enabled(clerk_view)

    manager_view = open_view(SignRequestsView, staff["manager"])
    _select(manager_view, request.id)
    assert {"authorize", "reject"} <= enabled(manager_view)
    manager_view.qactions["authorize"].trigger()
    assert signage.get_request(request.id).status == signage.APPROVED
    assert "Approved" in manager_view.selected_label.text()

    clock.advance(days=2)
    _select(clerk_view, request.id)
    clerk_view.qactions["produce"].trigger()
    assert signage.get_request(request.id).status == signage.IN_PRODUCTION

    def installed(form):
        assert any("enters the registry of 财务部" in text for text in label_texts(form))
        form.fields["installed_by"].editor.setText("")
        _type(qtbot, form, "installed_by", "标识公司 刘师傅")
        _type(qtbot, form, "material", "不锈钢")
        assert form.save()

    driver.then(installed)
    clerk_view.qactions["install"].trigger()
    request = signage.get_request(request.id)
    assert (request.status, request.installed_by, request.installed_on) == (
        signage.INSTALLED, "标识公司 刘师傅", dt.date(2026, 3, 12))
    sign = signage.get_sign(request.sign_id)
    assert (sign.number, sign.text, sign.material, sign.quantity) == (
        "BS-00001", "财务部 第2会议室", "不锈钢", 2)
    assert enabled(clerk_view) >= {"print"} and "cancel" not in enabled(clerk_view)

    clerk_view.qactions["print"].trigger()
    assert request.number in flat_pdf_text(printed[-1][0], tmp_path)

    registry = open_view(SignRegistryView, staff["clerk"])
    pick_filter = registry.department_filter
    pick_filter.setCurrentIndex(pick_filter.findText("财务部"))
    registry.qactions["print"].trigger()
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert "部门标识管理一览表" in text and "财务部" in text
    assert "BS-00001" in text and "财务部第2会议室" in text.replace(" ", "")


def test_the_manager_rejects_with_the_reason_and_a_late_request_is_red(
        open_view, qtbot, driver, make_user, clock, messages):
    staff = sign_staff(make_user)
    department()
    late = signage.save_request(request_values(needed_by=dt.date(2026, 3, 11)),
                                by=staff["clerk"])
    signage.submit_request(late.id, by=staff["clerk"])
    clock.advance(days=3)
    view = open_view(SignRequestsView, staff["manager"])
    row = 0
    assert view.list.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).name() == LATE
    assert view.list.model.index(row, signage.REQUEST_LIST.index_of("late")).data() == "2 d late"

    def refuse(form):
        assert not form.save()  # the reason is required
        form.fields["reason"].editor.setPlainText("该位置已有同类标识")
        assert form.save()

    _select(view, late.id)
    driver.then(refuse)
    view.qactions["reject"].trigger()
    request = signage.get_request(late.id)
    assert (request.status, request.reject_reason) == (signage.REJECTED, "该位置已有同类标识")
    assert view.list.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).name() != LATE
    assert enabled(view) == {"new", "open", "print"}

    def read(form):
        assert any("Rejected: 该位置已有同类标识" in text for text in label_texts(form))
        assert not form.save_button.isVisible()

    driver.then(read)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    assert not driver.steps
