"""拾遗 at the desk, as a clerk: a found wallet typed in (Enter moves on), the owner's loss
report pointed out, the claim against an ID shown masked, the claim form printed; the
month's unclaimed list printed; the disposal period in Settings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.reception.lostfound_view import LOSSES, LostFoundSettings, LostFoundView
from models import reception
from tests.helpers.keys import press_enter, type_text
from tests.helpers.lostfound import ID_CARD, lost_wallet
from tests.helpers.pdf import flat_pdf_text
from tests.helpers.widgets import field, pick

MASKED = "110101********1234"


def enabled(view: LostFoundView) -> set[str]:
    return {name for name, action in view.qactions.items() if action.isEnabled()}


def type_found_wallet(qtbot, form) -> None:
    """The date stays today; place, name, style, model, quantity, finder, phone; Enter on."""
    assert QApplication.focusWidget() is field(form, "found_on")
    press_enter(qtbot, field(form, "found_on"))
    for key, text in (("place", "A座1楼大堂"), ("item_name", "黑色钱包"), ("style", "真皮短款"),
                      ("model", "七匹狼")):
        assert QApplication.focusWidget() is field(form, key)
        type_text(qtbot, field(form, key), text)
        press_enter(qtbot, field(form, key))
    assert QApplication.focusWidget() is field(form, "quantity")
    press_enter(qtbot, field(form, "quantity"))  # 1
    type_text(qtbot, field(form, "finder"), "保洁员王秀兰")
    press_enter(qtbot, field(form, "finder"))
    type_text(qtbot, field(form, "finder_phone"), "13800001111")
    press_enter(qtbot, field(form, "finder_phone"))
    qtbot.keyClick(field(form, "finder_is_staff"), Qt.Key.Key_Space)
    press_enter(qtbot, field(form, "finder_is_staff"))
    type_text(qtbot, field(form, "value"), "300")
    press_enter(qtbot, field(form, "value"))
    assert field(form, "handed_to").text() == "李晓燕"  # the clerk signs for it
    press_enter(qtbot, field(form, "handed_to"))
    type_text(qtbot, field(form, "storage"), "客服部失物柜A格")
    press_enter(qtbot, field(form, "storage"))
    press_enter(qtbot, field(form, "note"), ctrl=True)  # Ctrl+Enter saves


def type_claim(qtbot, form) -> None:
    assert form.fields["loss_report"].value() is not None  # the owner's report, chosen
    type_text(qtbot, field(form, "owner"), "王芳")
    press_enter(qtbot, field(form, "owner"))
    press_enter(qtbot, field(form, "id_type"))  # 身份证
    type_text(qtbot, field(form, "id_number"), ID_CARD)
    press_enter(qtbot, field(form, "id_number"))
    assert field(form, "id_number").displayText() != ID_CARD  # dots once left
    type_text(qtbot, field(form, "phone"), "13912345678")
    press_enter(qtbot, field(form, "phone"))
    press_enter(qtbot, field(form, "claimed_at"))
    press_enter(qtbot, field(form, "handled_by"))
    press_enter(qtbot, field(form, "loss_report"))  # the last field: Enter saves


def test_a_found_wallet_its_owner_pointed_out_claimed_and_printed(
        open_view, qtbot, driver, staff, clock, messages, printed, tmp_path):
    report = lost_wallet(staff["duty"])  # 王芳 reported her wallet last night
    view = open_view(LostFoundView, staff["clerk"])

    driver.then(lambda form: type_found_wallet(qtbot, form))
    view.found.table.setFocus()
    qtbot.keyClick(view.found.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not driver.steps and not driver.banners
    item = reception.FoundItem.get()
    assert (item.item_name, item.finder, item.finder_is_staff, item.handed_to, item.storage) == (
        "黑色钱包", "保洁员王秀兰", True, "李晓燕", "客服部失物柜A格")
    assert item.status == reception.UNCLAIMED and item.value == Decimal("300")
    assert view.found.model.index(0, 0).data() == item.number and view.found.current_id() == item.id
    # the matching loss report is pointed out at once
    assert any(kind == "information" and report.number in text and "王芳" in text
               for kind, text in messages)
    assert {"claim", "print_item"} <= enabled(view) and "dispose" not in enabled(view)

    # the loss report shows the candidate
    view.lists.setCurrentIndex(LOSSES)
    view.losses.refresh()
    assert view.losses.select_only(report.id)
    QApplication.processEvents()
    assert item.number in view.info.text()
    assert {"recover", "answer"} <= enabled(view)

    # the owner comes: claim with her ID, the form printed for her to sign
    view.lists.setCurrentIndex(0)
    assert view.found.select_only(item.id)
    driver.then(lambda form: type_claim(qtbot, form))
    view.qactions["claim"].trigger()
    assert not driver.banners
    record = reception.claim_of(item)
    assert record.owner == "王芳" and record.id_number == ID_CARD
    assert reception.get_loss_report(report.id).status == reception.RECOVERED
    assert any(kind == "question" and MASKED in text for kind, text in messages)
    assert not any(ID_CARD in text for _kind, text in messages)
    text = flat_pdf_text(printed[-1][0], tmp_path)
    assert "失物认领表" in text and MASKED in text and ID_CARD not in text and "王芳" in text
    view.lists.setCurrentIndex(2)
    view.claims.refresh()
    assert view.claims.select_only(record.id)
    QApplication.processEvents()
    shown = [view.claims.model.index(0, c).data() for c in range(view.claims.model.columnCount())]
    assert MASKED in shown and ID_CARD not in shown
    assert MASKED in view.info.text() and ID_CARD not in view.info.text()


def test_the_months_unclaimed_list_printed(open_view, qtbot, driver, staff, clock, printed,
                                            tmp_path):
    from tests.helpers.lostfound import found_wallet

    found_wallet(staff["clerk"], item_name="雨伞", found_on=dt.date(2026, 3, 2))
    view = open_view(LostFoundView, staff["clerk"])

    def month(form):
        assert form.fields["month"].value() == "2026-03"  # this month first
        pick(form, "month", "2026-03")
        press_enter(qtbot, field(form, "month"))

    driver.then(month)
    view.qactions["unclaimed_month"].trigger()
    pdf, title = printed[-1]
    assert "2026-03" in title
    text = flat_pdf_text(pdf, tmp_path)
    assert "未认领失物汇总" in text and "雨伞" in text and "制表人" in text and "李晓燕" in text


def test_the_disposal_period_in_settings(app, qtbot, admin, staff, clock):
    clerk_section = LostFoundSettings(staff["clerk"])
    qtbot.addWidget(clerk_section)
    assert not clerk_section.save_button.isEnabled() and clerk_section.months.value() == 6
    section = LostFoundSettings(admin)
    qtbot.addWidget(section)
    section.months.setValue(3)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert reception.disposal_months() == 3 and "3" in section.message.text()


def test_a_loss_report_typed_in_shows_the_item_found_and_is_answered(
        open_view, qtbot, driver, staff, clock, messages):
    from tests.helpers.lostfound import found_wallet

    item = found_wallet(staff["clerk"], found_on=dt.date(2026, 3, 9))
    view = open_view(LostFoundView, staff["duty"])
    view.lists.setCurrentIndex(LOSSES)

    def type_loss(form):
        for key, text in (("owner", "王芳"), ("phone", "13912345678"), ("company", "星河科技"),
                          ("room", "1603"), ("item_name", "钱包"), ("style", "黑色")):
            assert QApplication.focusWidget() is field(form, key)
            type_text(qtbot, field(form, key), text)
            press_enter(qtbot, field(form, key))
        press_enter(qtbot, field(form, "model"))
        press_enter(qtbot, field(form, "lost_at"))  # now: she noticed just now
        type_text(qtbot, field(form, "place"), "大堂")
        press_enter(qtbot, field(form, "place"))  # the last field: Enter saves

    driver.then(type_loss)
    view.losses.table.setFocus()
    qtbot.keyClick(view.losses.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not driver.banners
    report = reception.LossReport.get()
    assert (report.owner, report.room, report.item_name, report.created_by_id) == (
        "王芳", "1603", "钱包", staff["duty"].id)
    assert view.losses.current_id() == report.id
    assert item.number in view.info.text()
    assert any(kind == "information" and item.number in text for kind, text in messages)

    def told(form):
        type_text(qtbot, field(form, "note"), "暂未找到，有消息再联系")
        press_enter(qtbot, field(form, "note"), ctrl=True)

    driver.then(told)
    view.qactions["answer"].trigger()
    assert reception.get_loss_report(report.id).status == reception.NOT_RECOVERED
    assert not {"recover", "answer"} & enabled(view)


def test_only_the_manager_disposes_and_only_after_the_period(
        open_view, qtbot, driver, staff, clock, messages):
    from tests.helpers.lostfound import found_wallet

    item = found_wallet(staff["clerk"])
    clerk_view = open_view(LostFoundView, staff["clerk"])
    clerk_view.found.select_only(item.id)
    QApplication.processEvents()
    assert "dispose" not in enabled(clerk_view) and "claim" in enabled(clerk_view)

    view = open_view(LostFoundView, staff["manager"])
    assert view.found.select_only(item.id)
    QApplication.processEvents()
    assert "dispose" in enabled(view)

    def reason(form):
        type_text(qtbot, field(form, "reason"), "超期无人认领")
        press_enter(qtbot, field(form, "reason"), ctrl=True)

    driver.then(reason)
    view.qactions["dispose"].trigger()  # March: refused, said in the form
    assert any("2026-09-10" in banner for banner in driver.banners)
    assert reception.get_found_item(item.id).status == reception.UNCLAIMED
    clock.set(dt.datetime(2026, 9, 10, 9, 0))
    driver.then(reason)
    view.qactions["dispose"].trigger()
    assert reception.get_found_item(item.id).status == reception.DISPOSED
    assert not {"claim", "dispose"} & enabled(view)
